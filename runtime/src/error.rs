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
    /// The request or the connection took longer than the configured timeout.
    Timeout { operation: &'static str },
    /// Authentication failed before Atlas could answer (token endpoint
    /// refused, unusable challenge). Never contains a secret.
    Auth {
        operation: &'static str,
        message: String,
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
    /// A paged walk could not go on (the server repeated a page).
    Paging {
        operation: &'static str,
        message: String,
    },
    /// Writing a streamed download failed.
    Io {
        operation: &'static str,
        source: std::io::Error,
    },
    /// A wait (`send_and_wait`) ran out of time before the polled
    /// operation showed the expected state or status.
    WaitTimedOut {
        operation: &'static str,
        waited: std::time::Duration,
        /// What the last poll showed (`stateName = CREATING`, `HTTP 200`).
        last_seen: Option<String>,
    },
    /// A wait ended early: the polled state can never become the expected
    /// one, or a value to poll with was missing. The message says which.
    WaitFailed {
        operation: &'static str,
        message: String,
    },
    /// A mock could not answer: no rule matches the call (the message
    /// names the request and the operation's rules), or a rule simulated a
    /// failed connection.
    #[cfg(feature = "mock")]
    Mock {
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
    /// The whole body as received (error bodies are small), for callers
    /// and tests that need more than the decoded `ApiError`.
    pub body: bytes::Bytes,
}

impl Error {
    /// A transport error, told apart from a timeout.
    pub(crate) fn from_reqwest(operation: &'static str, source: reqwest::Error) -> Self {
        if source.is_timeout() {
            Error::Timeout { operation }
        } else {
            Error::Transport {
                operation,
                source: source.without_url(),
            }
        }
    }

    /// Whether trying again later may succeed: timeouts, connection
    /// failures, 429 and 5xx. (The client already retried within its
    /// policy; this is for callers with their own outer loop.)
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Timeout { .. } => true,
            Error::Transport { source, .. } => source.is_connect() || source.is_request(),
            Error::Api(f) => f.status == 429 || (500..600).contains(&f.status),
            _ => false,
        }
    }

    /// The response headers of an API error.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api(f) => Some(&f.headers),
            _ => None,
        }
    }

    /// `RateLimit-Limit` of an API error (a 429 carries it).
    pub fn rate_limit_limit(&self) -> Option<u64> {
        crate::response::header_u64(self.headers()?, "ratelimit-limit")
    }

    /// `RateLimit-Remaining` of an API error.
    pub fn rate_limit_remaining(&self) -> Option<u64> {
        crate::response::header_u64(self.headers()?, "ratelimit-remaining")
    }

    /// `Retry-After` of an API error, as a duration.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        crate::retry::retry_after(self.headers()?)
    }

    /// The operation (operationId) that failed, when there was one.
    pub fn operation(&self) -> Option<&'static str> {
        match self {
            Error::InvalidArgument { operation, .. }
            | Error::Transport { operation, .. }
            | Error::Timeout { operation }
            | Error::Auth { operation, .. }
            | Error::Decode { operation, .. }
            | Error::Encode { operation, .. }
            | Error::Paging { operation, .. }
            | Error::Io { operation, .. }
            | Error::WaitTimedOut { operation, .. }
            | Error::WaitFailed { operation, .. } => Some(operation),
            #[cfg(feature = "mock")]
            Error::Mock { operation, .. } => Some(operation),
            Error::Api(f) => Some(f.operation),
            Error::Config(_) => None,
        }
    }

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
            Error::Timeout { operation } => write!(f, "{operation}: timed out"),
            Error::Auth { operation, message } => {
                write!(f, "{operation}: authentication failed: {message}")
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
            Error::Paging { operation, message } => write!(f, "{operation}: paging: {message}"),
            Error::Io { operation, source } => {
                write!(f, "{operation}: writing the download failed: {source}")
            }
            Error::WaitTimedOut {
                operation,
                waited,
                last_seen,
            } => {
                write!(f, "{operation}: gave up waiting after {waited:.0?}")?;
                match last_seen {
                    Some(seen) => write!(f, " (last seen: {seen})"),
                    None => Ok(()),
                }
            }
            Error::WaitFailed { operation, message } => {
                write!(f, "{operation}: waiting failed: {message}")
            }
            #[cfg(feature = "mock")]
            Error::Mock { operation, message } => write!(f, "{operation}: mock: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport { source, .. } => Some(source),
            Error::Io { source, .. } => Some(source),
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
            body: bytes::Bytes::new(),
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
