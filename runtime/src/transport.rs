//! The HTTP transport every generated operation goes through.

use crate::ApiError;
use crate::auth::{Auth, Authorize, Handshake, Signing};
use crate::de::FromJson;
use crate::deviation::{Deviation, Kind};
use crate::download::ByteStream;
use crate::error::{ApiFailure, Error, excerpt};
use crate::params::ToParam;
use crate::response::ResponseValue;
use crate::retry::{Failure, RetryPolicy, retry_after};
use bytes::Bytes;
use reqwest::Method;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap};
use serde::Serialize;
use std::time::{Duration, Instant};
use tracing::Instrument;

/// How much of an unexpected body errors keep.
const EXCERPT: usize = 512;

/// Sends requests: base URL, authentication, retries and the HTTP client.
#[derive(Clone, Debug)]
pub struct Transport {
    pub(crate) http: reqwest::Client,
    /// Whole-request timeout of calls whose body is read at once (`None`
    /// with a caller's own `reqwest::Client`, whose settings rule).
    pub(crate) timeout: Option<std::time::Duration>,
    pub(crate) base: url::Url,
    pub(crate) auth: Auth,
    pub(crate) retry: RetryPolicy,
    /// Answers every request in process instead of the network.
    #[cfg(feature = "mock")]
    pub(crate) mock: Option<crate::mock::Mock>,
}

/// One request, as a generated operation describes it.
#[derive(Debug)]
pub struct Request {
    operation: &'static str,
    method: Method,
    /// The spec's path template, for traces (never a value, so never a secret).
    template: &'static str,
    path: String,
    query: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    accept: &'static str,
    body: Option<(&'static str, Vec<u8>)>,
    /// Sent without credentials (`security: []` in the spec).
    no_auth: bool,
}

impl Request {
    /// `path` is `template` with its parameters filled in, already encoded.
    pub fn new(
        operation: &'static str,
        method: Method,
        template: &'static str,
        path: String,
        accept: &'static str,
    ) -> Self {
        Self {
            operation,
            method,
            template,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            accept,
            body: None,
            no_auth: false,
        }
    }

    /// Sends no credentials: for the operations that need none.
    pub fn without_auth(&mut self) {
        self.no_auth = true;
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
        self.encoded_body(content_type, serde_json::to_vec(body))
    }

    /// The non-generic half of [`json_body`](Self::json_body).
    fn encoded_body(
        &mut self,
        content_type: &'static str,
        encoded: Result<Vec<u8>, serde_json::Error>,
    ) -> Result<(), Error> {
        match encoded {
            Ok(bytes) => {
                self.body = Some((content_type, bytes));
                Ok(())
            }
            Err(e) => Err(Error::Encode {
                operation: self.operation,
                message: e.to_string(),
            }),
        }
    }
}

impl Transport {
    pub fn base_url(&self) -> &url::Url {
        &self.base
    }

    /// Sends the request, retrying within the policy, and answers auth
    /// challenges. Error statuses come back as [`Error::Api`] with the real
    /// status and, when the body is one, the decoded `ApiError`.
    pub async fn execute(&self, req: Request) -> Result<RawResponse, Error> {
        self.execute_as(req, false).await
    }

    /// Like [`execute`](Self::execute), but a success body is not read:
    /// [`RawResponse::stream`] hands it over chunk by chunk (downloads).
    /// No whole-request timeout applies; the read timeout does.
    pub async fn execute_streaming(&self, req: Request) -> Result<RawResponse, Error> {
        self.execute_as(req, true).await
    }

    /// Every operation's `send`: sends the request its builder described
    /// (or returns the error found describing it) and hands the answer to
    /// the operation's `decode`. One async body for all operations, generic
    /// only in what the answer decodes to, so the generated crate compiles
    /// no state machine per operation; a caller's crate instantiates the
    /// ones it awaits.
    pub async fn send<T>(
        &self,
        request: Result<Request, Error>,
        decode: fn(RawResponse) -> Result<T, Error>,
    ) -> Result<T, Error> {
        decode(self.execute_as(request?, false).await?)
    }

    /// [`send`](Self::send) for downloads: the success body is handed over
    /// unread, as with [`execute_streaming`](Self::execute_streaming).
    pub async fn send_streaming<T>(
        &self,
        request: Result<Request, Error>,
        decode: fn(RawResponse) -> Result<T, Error>,
    ) -> Result<T, Error> {
        decode(self.execute_as(request?, true).await?)
    }

    async fn execute_as(&self, req: Request, streaming: bool) -> Result<RawResponse, Error> {
        let span = tracing::info_span!(
            "atlas_request",
            operation = req.operation,
            method = %req.method,
            path = req.template,
            status = tracing::field::Empty,
            attempt = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let result = self
            .attempts(&req, &span, streaming)
            .instrument(span.clone())
            .await;
        span.record("elapsed_ms", started.elapsed().as_millis() as u64);
        span.in_scope(|| match &result {
            Ok(_) => tracing::debug!("atlas request succeeded"),
            Err(e) => tracing::debug!("atlas request failed: {e}"),
        });
        result
    }

    /// The retry loop: attempts until one succeeds, the failure is not
    /// retryable, or the policy's attempts or deadline run out. A 401 that
    /// the credentials can answer gets one extra attempt, not counted.
    async fn attempts(
        &self,
        req: &Request,
        span: &tracing::Span,
        streaming: bool,
    ) -> Result<RawResponse, Error> {
        let url = self.url(req)?;
        // What Digest signs: the request target as sent.
        let target = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        };
        let signing = Signing {
            http: &self.http,
            operation: req.operation,
            method: req.method.as_str(),
            target: &target,
            body: req.body.as_ref().map(|(_, b)| b.as_slice()),
        };
        let auth = if req.no_auth { &Auth::None } else { &self.auth };
        let mut handshake = Handshake::default();
        let started = Instant::now();
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            let failed = match self
                .send_once(req, &url, auth, &signing, &mut handshake, streaming)
                .await?
            {
                Ok(response) => {
                    crate::lifecycle::warn_if_retiring(
                        req.operation,
                        req.accept,
                        &response.headers,
                    );
                    return Ok(response);
                }
                Err(failed) => failed,
            };
            if let Some(headers) = &failed.challenge {
                if handshake.answer(auth, headers) {
                    attempt -= 1;
                    continue;
                }
            }
            let elapsed = started.elapsed();
            let Some(delay) =
                self.retry
                    .next_delay(attempt, &req.method, failed.kind, failed.wait, elapsed)
            else {
                if let Error::Api(f) = &failed.error {
                    crate::lifecycle::warn_if_retiring(req.operation, req.accept, &f.headers);
                }
                return Err(failed.error);
            };
            tracing::debug!(?delay, attempt, "retrying: {}", failed.error);
            tokio::time::sleep(delay).await;
        }
    }

    /// One attempt: authorise, send, and sort the answer into a response
    /// or a failure. The outer error (credentials that cannot be used) is
    /// never retried.
    async fn send_once(
        &self,
        req: &Request,
        url: &url::Url,
        auth: &Auth,
        signing: &Signing<'_>,
        handshake: &mut Handshake,
        streaming: bool,
    ) -> Result<Result<RawResponse, Failed>, Error> {
        #[cfg(feature = "mock")]
        if let Some(mock) = &self.mock {
            return mock_answer(mock, req, url);
        }
        let mut builder = self
            .http
            .request(req.method.clone(), url.clone())
            .header(ACCEPT, req.accept);
        // A whole answer has one timeout for all of it; a streamed one has
        // it for the headers, then for each read (see `ByteStream`). One
        // timer per request, not one per read: timers cost per call.
        if let (Some(t), false) = (self.timeout, streaming) {
            builder = builder.timeout(t);
        }
        for (k, v) in &req.headers {
            builder = builder.header(*k, v);
        }
        if let Some(value) = auth.authorization(signing, handshake).await? {
            builder = builder.header(AUTHORIZATION, value);
        }
        if let Some((content_type, bytes)) = &req.body {
            builder = builder
                .header(CONTENT_TYPE, *content_type)
                .body(bytes.clone());
        }
        let sent = match (self.timeout, streaming) {
            (Some(t), true) => match tokio::time::timeout(t, builder.send()).await {
                Ok(sent) => sent,
                Err(_) => return Ok(Err(Failed::timeout(req.operation))),
            },
            _ => builder.send().await,
        };
        let reads = streaming.then_some(self.timeout);
        Ok(match sent {
            Ok(response) => answer(req.operation, response, reads).await,
            Err(e) => Err(Failed::transport(req.operation, e)),
        })
    }

    /// The request URL. A path the URL parser would rewrite (a `.` or `..`
    /// segment, which it resolves) is refused: a value must never change
    /// which resource a request names.
    fn url(&self, req: &Request) -> Result<url::Url, Error> {
        let mut url = self.base.clone();
        let base_path = url.path().trim_end_matches('/').to_owned();
        let wanted = format!("{base_path}{}", req.path);
        url.set_path(&wanted);
        if url.path() != wanted {
            return Err(Error::InvalidArgument {
                operation: req.operation,
                parameter: "path",
                message: format!(
                    "a path value would change the path: {} became {}",
                    req.path,
                    url.path()
                ),
            });
        }
        if !req.query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (k, v) in &req.query {
                pairs.append_pair(k, v);
            }
        }
        Ok(url)
    }

    /// Token requests a service-account client has made so far.
    pub fn token_requests(&self) -> Option<u64> {
        match &self.auth {
            Auth::ServiceAccount(a) => Some(a.token_requests()),
            _ => None,
        }
    }
}

/// An attempt that did not succeed, as the retry loop sees it.
struct Failed {
    kind: Failure,
    /// The server's `Retry-After`.
    wait: Option<Duration>,
    /// The headers of a 401, which the credentials may answer.
    challenge: Option<HeaderMap>,
    error: Error,
}

impl Failed {
    fn timeout(operation: &'static str) -> Self {
        Failed {
            kind: Failure::Other,
            wait: None,
            challenge: None,
            error: Error::Timeout { operation },
        }
    }

    fn transport(operation: &'static str, e: reqwest::Error) -> Self {
        // A connection that could not be made sent nothing.
        let kind = if e.is_connect() {
            Failure::Connect
        } else {
            Failure::Other
        };
        Failed {
            kind,
            wait: None,
            challenge: None,
            error: Error::from_reqwest(operation, e),
        }
    }
}

/// A response: a success (its body read, or kept to stream when `reads`
/// is set: the timeout of each read), or a failure with the decoded Atlas
/// error.
async fn answer(
    operation: &'static str,
    mut response: reqwest::Response,
    reads: Option<Option<Duration>>,
) -> Result<RawResponse, Failed> {
    let status = response.status().as_u16();
    tracing::Span::current().record("status", status);
    // Taken, not cloned: the response is only read from now on.
    let headers = std::mem::take(response.headers_mut());
    let success = (200..300).contains(&status);
    if let (Some(read_timeout), true) = (reads, success) {
        let body = RawBody::Stream(response, read_timeout);
        return Ok(RawResponse::new(operation, status, headers, body));
    }
    let bytes = match response.bytes().await {
        Ok(bytes) => bytes,
        Err(e) => {
            return Err(Failed {
                kind: Failure::Other,
                wait: None,
                challenge: None,
                error: Error::from_reqwest(operation, e),
            });
        }
    };
    sorted(operation, status, headers, bytes)
}

/// A whole answer sorted into a success or a failure.
// `Failed` is big, but it lives only between here and the retry loop.
#[allow(clippy::result_large_err)]
fn sorted(
    operation: &'static str,
    status: u16,
    headers: HeaderMap,
    bytes: Bytes,
) -> Result<RawResponse, Failed> {
    if (200..300).contains(&status) {
        let body = RawBody::Whole(bytes);
        return Ok(RawResponse::new(operation, status, headers, body));
    }
    Err(Failed {
        kind: Failure::Status(status),
        wait: retry_after(&headers),
        challenge: (status == 401).then(|| headers.clone()),
        error: api_failure(operation, status, headers, bytes),
    })
}

/// The mock's answer, sorted as the network's would be.
#[cfg(feature = "mock")]
#[allow(clippy::result_large_err)]
fn mock_answer(
    mock: &crate::mock::Mock,
    req: &Request,
    url: &url::Url,
) -> Result<Result<RawResponse, Failed>, Error> {
    use crate::mock::{MockRequest, MockResponse};
    let request = MockRequest {
        operation: req.operation,
        accept: req.accept,
        method: req.method.to_string(),
        path: url.path().to_owned(),
        query: url.query_pairs().into_owned().collect(),
        body: req.body.as_ref().map(|(_, b)| b.clone()),
    };
    let failed = |kind, error| Failed {
        kind,
        wait: None,
        challenge: None,
        error,
    };
    Ok(match mock.answer(&request)? {
        MockResponse::Answer {
            status,
            headers,
            body,
        } => {
            tracing::Span::current().record("status", status);
            sorted(req.operation, status, headers, body)
        }
        MockResponse::Connect => Err(failed(
            Failure::Connect,
            Error::Mock {
                operation: req.operation,
                message: "the connection failed (a rule's answer)".into(),
            },
        )),
        MockResponse::Timeout => Err(failed(
            Failure::Other,
            Error::Timeout {
                operation: req.operation,
            },
        )),
    })
}

fn api_failure(operation: &'static str, status: u16, headers: HeaderMap, body: Bytes) -> Error {
    let error = serde_json::from_slice::<ApiError>(&body).ok();
    let excerpt = if error.is_some() {
        String::new()
    } else {
        excerpt(&body, EXCERPT)
    };
    Error::Api(Box::new(ApiFailure {
        operation,
        status,
        error,
        headers,
        excerpt,
        body,
    }))
}

/// A success response not yet decoded.
#[derive(Debug)]
pub struct RawResponse {
    operation: &'static str,
    status: u16,
    headers: HeaderMap,
    body: RawBody,
    /// The status is not one the spec documents for the operation.
    undocumented: bool,
}

#[derive(Debug)]
enum RawBody {
    Whole(Bytes),
    /// Not read yet (from [`Transport::execute_streaming`]), with the
    /// timeout of each read.
    Stream(reqwest::Response, Option<Duration>),
}

impl RawBody {
    fn whole(&self) -> &[u8] {
        match self {
            RawBody::Whole(b) => b,
            RawBody::Stream(..) => &[],
        }
    }
}

impl RawResponse {
    fn new(operation: &'static str, status: u16, headers: HeaderMap, body: RawBody) -> Self {
        RawResponse {
            operation,
            status,
            headers,
            body,
            undocumented: false,
        }
    }

    /// A whole answer (for tests of code that reads raw answers).
    #[cfg(test)]
    pub(crate) fn whole(operation: &'static str, status: u16, body: Bytes) -> Self {
        RawResponse::new(operation, status, HeaderMap::new(), RawBody::Whole(body))
    }

    pub fn status(&self) -> u16 {
        self.status
    }

    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body read so far (empty for one not read yet).
    pub fn body(&self) -> &[u8] {
        self.body.whole()
    }

    /// Marks the status as one the spec does not document for the
    /// operation: the answer is a success all the same (every 2xx is) and
    /// is read as the documented success it is decoded as, with an
    /// [`UndocumentedStatus`](crate::deviation::Kind::UndocumentedStatus)
    /// deviation.
    pub fn undocumented(mut self) -> Self {
        self.undocumented = true;
        self
    }

    /// Whether the body is empty (or only white space).
    pub fn is_blank(&self) -> bool {
        self.body.whole().iter().all(u8::is_ascii_whitespace)
    }

    /// Decodes the body as JSON; failures name the JSON path. Where the
    /// answer departs from the spec in ways the client tolerates (see
    /// [`crate::deviation`]), the response lists them and the first of
    /// each kind is logged. An empty body reads as `{}`.
    pub fn json<T: FromJson>(self) -> Result<ResponseValue<T>, Error> {
        let collection = crate::deviation::Collection::start();
        let blank = self.is_blank();
        let decoded = if blank {
            T::from_json(serde_json::Value::Object(serde_json::Map::new()))
        } else {
            crate::de::from_slice::<T>(self.body.whole())
        };
        let mut deviations = collection.finish();
        match decoded {
            Ok(v) => {
                if blank {
                    deviations.insert(0, at_top(Kind::EmptyBody));
                }
                let (status, headers, deviations) = self.settle(deviations);
                Ok(ResponseValue::new(v, status, headers).with_deviations(deviations))
            }
            Err(e) => Err(self.undecoded(e)),
        }
    }

    /// The status, headers and deviations of a decoded answer, the
    /// undocumented status among them; logs them.
    fn settle(self, mut deviations: Vec<Deviation>) -> (u16, HeaderMap, Vec<Deviation>) {
        if self.undocumented {
            let status = self.status;
            deviations.insert(0, at_top(Kind::UndocumentedStatus { status }));
        }
        if !deviations.is_empty() {
            crate::deviation::warn(self.operation, &deviations);
        }
        (self.status, self.headers, deviations)
    }

    fn undecoded(&self, e: crate::de::Error) -> Error {
        Error::Decode {
            operation: self.operation,
            status: self.status,
            path: e.path(),
            message: e.message().to_owned(),
            excerpt: excerpt(self.body.whole(), EXCERPT),
        }
    }

    /// An answer whose documented success has no body: whatever body came
    /// is not read.
    pub fn empty(self) -> ResponseValue<()> {
        let (status, headers, deviations) = self.settle(Vec::new());
        ResponseValue::new((), status, headers).with_deviations(deviations)
    }

    /// The body as a stream of chunks, read as the caller consumes it.
    pub fn stream(self) -> ResponseValue<ByteStream> {
        let (operation, body) = (self.operation, self.body);
        let stream = match body {
            RawBody::Whole(b) => ByteStream::from_bytes(operation, b),
            RawBody::Stream(r, read_timeout) => {
                ByteStream::from_response(operation, r, read_timeout)
            }
        };
        let (status, headers, deviations) = RawResponse {
            body: RawBody::Whole(Bytes::new()),
            ..self
        }
        .settle(Vec::new());
        ResponseValue::new(stream, status, headers).with_deviations(deviations)
    }
}

fn at_top(kind: Kind) -> Deviation {
    Deviation {
        path: ".".to_owned(),
        kind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_errors_name_the_path() {
        let raw = RawResponse::whole("op", 200, Bytes::from_static(br#"{"a":[1,"x"]}"#));
        #[derive(Debug)]
        #[allow(dead_code)]
        struct T {
            a: Vec<i32>,
        }
        impl FromJson for T {
            fn from_json(value: serde_json::Value) -> Result<Self, crate::de::Error> {
                let mut o = crate::de::Object::new(value, "T")?;
                Ok(T {
                    a: o.required("a")?,
                })
            }
        }
        match raw.json::<T>() {
            Err(Error::Decode { path, status, .. }) => {
                assert_eq!(path, "a[1]");
                assert_eq!(status, 200);
            }
            other => panic!("{other:?}"),
        }
    }

    #[derive(Debug, Default)]
    struct Named {
        name: String,
    }

    impl FromJson for Named {
        fn from_json(value: serde_json::Value) -> Result<Self, crate::de::Error> {
            let mut o = crate::de::Object::new(value, "Named")?;
            Ok(Named {
                name: o.required("name")?,
            })
        }
    }

    #[test]
    fn an_undocumented_success_status_and_an_empty_body_are_read_and_noted() {
        let raw = RawResponse::whole("op", 202, Bytes::new()).undocumented();
        let response = raw.json::<Named>().unwrap();
        assert_eq!(response.status(), 202);
        assert_eq!(response.name, "");
        let kinds: Vec<&Kind> = response.deviations().iter().map(|d| &d.kind).collect();
        assert_eq!(
            kinds,
            [
                &Kind::UndocumentedStatus { status: 202 },
                &Kind::EmptyBody,
                &Kind::MissingRequired { type_name: "Named" }
            ]
        );
        // Documented, as described: nothing noted.
        let raw = RawResponse::whole("op", 200, Bytes::from_static(br#"{"name":"a"}"#));
        assert!(raw.json::<Named>().unwrap().deviations().is_empty());
        // A body where none is documented is not read.
        let raw = RawResponse::whole("op", 202, Bytes::from_static(b"{}")).undocumented();
        let response = raw.empty();
        assert_eq!(response.deviations().len(), 1);
        assert_eq!(
            response.deviations()[0].to_string(),
            "status 202 is not documented; read as the documented success"
        );
    }

    #[test]
    fn api_failure_keeps_status_and_decodes_body() {
        let e = api_failure(
            "op",
            401,
            HeaderMap::new(),
            Bytes::from_static(br#"{"error":401,"errorCode":"UNAUTHORIZED"}"#),
        );
        assert_eq!(e.status(), Some(401));
        assert_eq!(e.error_code(), Some("UNAUTHORIZED"));
        let e = api_failure(
            "op",
            502,
            HeaderMap::new(),
            Bytes::from_static(b"<html>bad gateway</html>"),
        );
        assert_eq!(e.status(), Some(502));
        assert!(e.api_error().is_none());
        assert!(e.to_string().contains("bad gateway"));
    }
}
