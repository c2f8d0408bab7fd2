use crate::api_error::ApiError;
use reqwest::header::HeaderMap;
use std::fmt;

/// Everything a call can fail with.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// An argument was rejected before anything was sent (for example a
    /// path parameter that does not match its pattern).
    InvalidArgument {
        operation: &'static str,
        parameter: &'static str,
        message: String,
    },
    /// The client was configured wrongly (bad base URL, plain HTTP, …).
    Config(String),
    /// The request could not be sent or the response not read.
    Transport {
        operation: &'static str,
        source: reqwest::Error,
    },
    /// Atlas answered with an error status.
    Api(Box<ApiFailure>),
    /// A success response whose body does not match the expected type.
    Decode {
        operation: &'static str,
        status: u16,
        /// JSON path where decoding failed, e.g. `results[3].roles[0]`.
        path: String,
        message: String,
        /// The start of the body, for diagnosis.
        excerpt: String,
    },
    /// The request body could not be encoded.
    Encode {
        operation: &'static str,
        message: String,
    },
}

/// An error status from Atlas, with the decoded `ApiError` when the body was one.
#[derive(Debug)]
pub struct ApiFailure {
    pub operation: &'static str,
    pub status: u16,
    pub error: Option<ApiError>,
    pub headers: HeaderMap,
    /// The start of the body when it was not an `ApiError`.
    pub excerpt: String,
}

impl Error {
    /// The HTTP status, for API and decode errors.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(f) => Some(f.status),
            Error::Decode { status, .. } => Some(*status),
            Error::Transport { source, .. } => source.status().map(|s| s.as_u16()),
            _ => None,
        }
    }

    /// The decoded Atlas error body.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api(f) => f.error.as_ref(),
            _ => None,
        }
    }

    /// Atlas's `errorCode`, e.g. `RESOURCE_NOT_FOUND`.
    pub fn error_code(&self) -> Option<&str> {
        self.api_error().map(|e| e.error_code.as_str())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidArgument {
                operation,
                parameter,
                message,
            } => {
                write!(f, "{operation}: invalid argument `{parameter}`: {message}")
            }
            Error::Config(m) => write!(f, "client configuration: {m}"),
            Error::Transport { operation, source } => {
                write!(f, "{operation}: request failed: {source}")
            }
            Error::Api(a) => {
                write!(f, "{}: HTTP {}", a.operation, a.status)?;
                if let Some(e) = &a.error {
                    write!(f, " {}", e.error_code)?;
                    if let Some(d) = &e.detail {
                        write!(f, ": {d}")?;
                    }
                } else if !a.excerpt.is_empty() {
                    write!(f, ": {}", a.excerpt)?;
                }
                Ok(())
            }
            Error::Decode {
                operation,
                status,
                path,
                message,
                ..
            } => {
                write!(
                    f,
                    "{operation}: HTTP {status} response did not decode at `{path}`: {message}"
                )
            }
            Error::Encode { operation, message } => {
                write!(f, "{operation}: request body did not encode: {message}")
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// At most `max` bytes of a body as text, cut on a character boundary.
pub(crate) fn excerpt(body: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(max)]);
    let mut s = text.into_owned();
    if body.len() > max {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_error_display_and_helpers() {
        let e = Error::Api(Box::new(ApiFailure {
            operation: "getGroup",
            status: 401,
            error: Some(ApiError {
                error: 401,
                error_code: "NOT_ORG_GROUP_CREATOR".into(),
                ..Default::default()
            }),
            headers: HeaderMap::new(),
            excerpt: String::new(),
        }));
        assert_eq!(e.status(), Some(401));
        assert_eq!(e.error_code(), Some("NOT_ORG_GROUP_CREATOR"));
        assert_eq!(e.to_string(), "getGroup: HTTP 401 NOT_ORG_GROUP_CREATOR");
    }

    #[test]
    fn excerpt_cuts_on_char_boundary() {
        assert_eq!(excerpt("héllo".as_bytes(), 2), "h\u{fffd}…");
        assert_eq!(excerpt(b"abc", 10), "abc");
    }
}
