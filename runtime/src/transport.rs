//! The HTTP transport every generated operation goes through.

use crate::ApiError;
use crate::error::{ApiFailure, Error, excerpt};
use crate::params::ToParam;
use crate::response::ResponseValue;
use bytes::Bytes;
use reqwest::Method;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue, USER_AGENT};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

pub const DEFAULT_BASE_URL: &str = "https://cloud.mongodb.com";

/// How much of an unexpected body errors keep.
const EXCERPT: usize = 512;

/// A secret that never shows in `Debug` output.
#[derive(Clone)]
struct Secret(String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

#[derive(Clone, Debug)]
enum Auth {
    None,
    Bearer(Secret),
}

/// Sends requests: base URL, authentication and the HTTP client.
#[derive(Clone, Debug)]
pub struct Transport {
    http: reqwest::Client,
    base: url::Url,
    auth: Auth,
}

/// Builds a client of type `C` (the generated crate's `Client`).
pub struct ClientBuilder<C> {
    base_url: String,
    auth: Auth,
    http: Option<reqwest::Client>,
    allow_http: bool,
    timeout: Duration,
    connect_timeout: Duration,
    user_agent: String,
    _client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("auth", &self.auth)
            .field("allow_http", &self.allow_http)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl<C: From<Transport>> Default for ClientBuilder<C> {
    fn default() -> Self {
        Self::new()
    }
}

impl<C: From<Transport>> ClientBuilder<C> {
    pub fn new() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            auth: Auth::None,
            http: None,
            allow_http: false,
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            user_agent: concat!("atlas-admin-runtime/", env!("CARGO_PKG_VERSION")).to_owned(),
            _client: PhantomData,
        }
    }

    /// The Atlas base URL; default `https://cloud.mongodb.com`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Authenticates with a static OAuth2 bearer token.
    pub fn bearer(mut self, token: impl Into<String>) -> Self {
        self.auth = Auth::Bearer(Secret(token.into()));
        self
    }

    /// Permits a plain `http://` base URL that is not a loopback address.
    /// Credentials then cross the network unencrypted.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_http = allow;
        self
    }

    /// Total time allowed for one request (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Time allowed to connect (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Uses your own `reqwest::Client` (timeouts set here then do not apply).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// The User-Agent header; the generated crate sets its name and version.
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = agent.into();
        self
    }

    pub fn build(self) -> Result<C, Error> {
        let base = url::Url::parse(&self.base_url)
            .map_err(|e| Error::Config(format!("base URL {:?}: {e}", self.base_url)))?;
        match base.scheme() {
            "https" => {}
            "http" if self.allow_http || is_loopback(&base) => {}
            "http" => {
                return Err(Error::Config(format!(
                    "base URL {} is plain http to a non-loopback host; use https or allow_insecure_http(true)",
                    base
                )));
            }
            other => {
                return Err(Error::Config(format!(
                    "base URL scheme {other:?} is not http(s)"
                )));
            }
        }
        let http = match self.http {
            Some(h) => h,
            None => {
                // reqwest is built without a TLS provider; ring is ours. An
                // application may already have installed one: keep it.
                let _ = rustls::crypto::ring::default_provider().install_default();
                let mut headers = HeaderMap::new();
                let agent = HeaderValue::from_str(&self.user_agent)
                    .map_err(|_| Error::Config("user agent is not a valid header value".into()))?;
                headers.insert(USER_AGENT, agent);
                reqwest::Client::builder()
                    .default_headers(headers)
                    .timeout(self.timeout)
                    .connect_timeout(self.connect_timeout)
                    .build()
                    .map_err(|e| Error::Config(format!("HTTP client: {e}")))?
            }
        };
        Ok(C::from(Transport {
            http,
            base,
            auth: self.auth,
        }))
    }
}

fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// One request, as a generated operation describes it.
#[derive(Debug)]
pub struct Request {
    operation: &'static str,
    method: Method,
    path: String,
    query: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    accept: &'static str,
    body: Option<(&'static str, Vec<u8>)>,
}

impl Request {
    /// `path` must already have its parameters encoded.
    pub fn new(
        operation: &'static str,
        method: Method,
        path: String,
        accept: &'static str,
    ) -> Self {
        Self {
            operation,
            method,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            accept,
            body: None,
        }
    }

    pub fn operation(&self) -> &'static str {
        self.operation
    }

    pub fn query(&mut self, name: &'static str, value: &(impl ToParam + ?Sized)) {
        self.query.push((name, value.to_param()));
    }

    pub fn header(&mut self, name: &'static str, value: &(impl ToParam + ?Sized)) {
        self.headers.push((name, value.to_param()));
    }

    pub fn json_body<T: Serialize + ?Sized>(
        &mut self,
        content_type: &'static str,
        body: &T,
    ) -> Result<(), Error> {
        let bytes = serde_json::to_vec(body).map_err(|e| Error::Encode {
            operation: self.operation,
            message: e.to_string(),
        })?;
        self.body = Some((content_type, bytes));
        Ok(())
    }
}

impl Transport {
    pub fn base_url(&self) -> &url::Url {
        &self.base
    }

    /// Sends the request. Error statuses come back as [`Error::Api`] with
    /// the real status and, when the body is one, the decoded `ApiError`.
    pub async fn execute(&self, req: Request) -> Result<RawResponse, Error> {
        let operation = req.operation;
        let mut url = self.base.clone();
        {
            let base_path = url.path().trim_end_matches('/').to_owned();
            url.set_path(&format!("{base_path}{}", req.path));
        }
        if !req.query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (k, v) in &req.query {
                pairs.append_pair(k, v);
            }
        }
        let mut builder = self
            .http
            .request(req.method, url)
            .header(ACCEPT, req.accept);
        for (k, v) in &req.headers {
            builder = builder.header(*k, v);
        }
        match &self.auth {
            Auth::None => {}
            Auth::Bearer(Secret(token)) => {
                let mut value =
                    HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| {
                        Error::Config("bearer token is not a valid header value".into())
                    })?;
                value.set_sensitive(true);
                builder = builder.header(AUTHORIZATION, value);
            }
        }
        if let Some((content_type, body)) = req.body {
            builder = builder.header(CONTENT_TYPE, content_type).body(body);
        }
        let response = builder
            .send()
            .await
            .map_err(|source| Error::Transport { operation, source })?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response
            .bytes()
            .await
            .map_err(|source| Error::Transport { operation, source })?;
        if (200..300).contains(&status) {
            Ok(RawResponse {
                operation,
                status,
                headers,
                body,
            })
        } else {
            Err(api_failure(operation, status, headers, &body))
        }
    }
}

fn api_failure(operation: &'static str, status: u16, headers: HeaderMap, body: &[u8]) -> Error {
    let error = serde_json::from_slice::<ApiError>(body).ok();
    let excerpt = if error.is_some() {
        String::new()
    } else {
        excerpt(body, EXCERPT)
    };
    Error::Api(Box::new(ApiFailure {
        operation,
        status,
        error,
        headers,
        excerpt,
    }))
}

/// A success response not yet decoded.
#[derive(Debug)]
pub struct RawResponse {
    operation: &'static str,
    status: u16,
    headers: HeaderMap,
    body: Bytes,
}

impl RawResponse {
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Decodes the body as JSON; failures name the JSON path.
    pub fn json<T: DeserializeOwned>(self) -> Result<ResponseValue<T>, Error> {
        let de = &mut serde_json::Deserializer::from_slice(&self.body);
        match serde_path_to_error::deserialize::<_, T>(de) {
            Ok(v) => Ok(ResponseValue::new(v, self.status, self.headers)),
            Err(e) => Err(Error::Decode {
                operation: self.operation,
                status: self.status,
                path: e.path().to_string(),
                message: e.into_inner().to_string(),
                excerpt: excerpt(&self.body, EXCERPT),
            }),
        }
    }

    pub fn empty(self) -> ResponseValue<()> {
        ResponseValue::new((), self.status, self.headers)
    }

    pub fn bytes(self) -> ResponseValue<Bytes> {
        ResponseValue::new(self.body, self.status, self.headers)
    }

    /// A 2xx status the spec does not list for the operation.
    pub fn unexpected(self) -> Error {
        Error::Decode {
            operation: self.operation,
            status: self.status,
            path: String::new(),
            message: format!(
                "status {} is not documented for this operation",
                self.status
            ),
            excerpt: excerpt(&self.body, EXCERPT),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct C(Transport);
    impl From<Transport> for C {
        fn from(t: Transport) -> Self {
            C(t)
        }
    }

    #[test]
    fn plain_http_only_on_loopback_or_when_allowed() {
        for ok in [
            "https://cloud.mongodb.com",
            "http://127.0.0.1:8080",
            "http://localhost:1",
            "http://[::1]:9",
        ] {
            assert!(
                ClientBuilder::<C>::new().base_url(ok).build().is_ok(),
                "{ok}"
            );
        }
        let err = ClientBuilder::<C>::new()
            .base_url("http://example.com")
            .build()
            .err()
            .unwrap();
        assert!(err.to_string().contains("plain http"), "{err}");
        assert!(
            ClientBuilder::<C>::new()
                .base_url("http://example.com")
                .allow_insecure_http(true)
                .build()
                .is_ok()
        );
        assert!(
            ClientBuilder::<C>::new()
                .base_url("ftp://x")
                .build()
                .is_err()
        );
    }

    #[test]
    fn debug_never_shows_the_token() {
        let b = ClientBuilder::<C>::new().bearer("s3cr3t-token");
        assert!(!format!("{b:?}").contains("s3cr3t"));
        let c = b.build().unwrap();
        assert!(!format!("{:?}", c.0).contains("s3cr3t"));
    }

    #[test]
    fn decode_errors_name_the_path() {
        let raw = RawResponse {
            operation: "op",
            status: 200,
            headers: HeaderMap::new(),
            body: Bytes::from_static(br#"{"a":[1,"x"]}"#),
        };
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            a: Vec<i32>,
        }
        match raw.json::<T>() {
            Err(Error::Decode { path, status, .. }) => {
                assert_eq!(path, "a[1]");
                assert_eq!(status, 200);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn api_failure_keeps_status_and_decodes_body() {
        let e = api_failure(
            "op",
            401,
            HeaderMap::new(),
            br#"{"error":401,"errorCode":"UNAUTHORIZED"}"#,
        );
        assert_eq!(e.status(), Some(401));
        assert_eq!(e.error_code(), Some("UNAUTHORIZED"));
        let e = api_failure("op", 502, HeaderMap::new(), b"<html>bad gateway</html>");
        assert_eq!(e.status(), Some(502));
        assert!(e.api_error().is_none());
        assert!(e.to_string().contains("bad gateway"));
    }
}
