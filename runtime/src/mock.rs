//! In-process mocks for tests of code that calls Atlas (feature `mock`).
//!
//! A real client is built on a [`Mock`] (`Client::mock(&mock)` in the
//! generated crate): requests are built, encoded, checked, paged and
//! decoded exactly as against Atlas; only the network is replaced. Rules
//! name an operation by its request builder type, so a typo does not
//! compile:
//!
//! ```ignore
//! let mock = Mock::new();
//! mock.on::<GetGroup>().respond(Group { name: "p".into(), ..Default::default() });
//! mock.on::<DeleteGroup>().fail(404, "RESOURCE_NOT_FOUND", "no such project");
//! let client = atlas_admin::Client::mock(&mock);
//! // … the code under test …
//! mock.verify();
//! ```
//!
//! A call that no rule matches fails with [`Error::Mock`] naming the
//! operation, the request and the rules of that operation that did not
//! match; nothing ever reaches the network.

use crate::error::Error;
use bytes::Bytes;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// An operation of the generated crate, implemented by its request
/// builder type.
pub trait Operation {
    /// The spec's operationId.
    const ID: &'static str;
    /// The status of a typed answer ([`Rule::respond`]).
    const STATUS: u16;
    /// What [`Rule::respond`] takes: the success body type (`()` when the
    /// operation answers without a JSON body).
    type Response: Serialize;
    /// The request body type (`()` when the operation has none).
    type Body: DeserializeOwned;
}

/// A paged list operation: the mock can serve a list of items as pages.
pub trait Paged: Operation {
    type Item: Serialize + Clone + Send + Sync + 'static;
    /// A page holding `items`, out of `total` in all.
    fn page(items: Vec<Self::Item>, total: usize) -> Self::Response;
}

/// One request as the mock sees it.
#[derive(Debug, Clone)]
pub struct MockRequest {
    pub operation: &'static str,
    /// The `Accept` media type: which API version was called.
    pub accept: &'static str,
    pub method: String,
    /// The path as sent (parameters encoded).
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
}

impl MockRequest {
    /// The value of a query parameter.
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether a path segment (decoded) equals `value`: for matching on a
    /// path parameter.
    pub fn path_has(&self, value: &str) -> bool {
        self.path.split('/').any(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .is_ok_and(|d| d == value)
        })
    }
}

/// A request of operation `O`, with its body decoded as `O::Body`.
pub struct Call<'a, O: Operation> {
    pub request: &'a MockRequest,
    _op: PhantomData<fn() -> O>,
}

impl<O: Operation> Call<'_, O> {
    /// The request body, decoded (`None` without a body or when it does
    /// not decode).
    pub fn body(&self) -> Option<O::Body> {
        serde_json::from_slice(self.request.body.as_deref()?).ok()
    }

    pub fn query(&self, name: &str) -> Option<&str> {
        self.request.query(name)
    }

    pub fn path_has(&self, value: &str) -> bool {
        self.request.path_has(value)
    }
}

/// What a rule answers with.
#[derive(Clone)]
enum Answer {
    /// A status and a body (JSON or bytes) with its content type.
    Body {
        status: u16,
        content_type: &'static str,
        body: Bytes,
    },
    /// Pages cut from a list, by `pageNum` and `itemsPerPage`.
    Pages(Arc<dyn Fn(usize, usize) -> Bytes + Send + Sync>),
    /// The connection failed (retried like a refused connection).
    Connect,
    /// The request timed out.
    Timeout,
}

type Matcher = Arc<dyn Fn(&MockRequest) -> bool + Send + Sync>;

struct RuleState {
    operation: &'static str,
    /// Headers every answer of the rule carries.
    headers: HeaderMap,
    /// What the rule matches, for messages.
    label: String,
    matcher: Matcher,
    /// In order; the last one answers every later call.
    answers: Vec<Answer>,
    calls: AtomicUsize,
}

/// An untyped answer: status, content type and body.
pub type Reply = (u16, &'static str, Vec<u8>);

type Fallback = Arc<dyn Fn(&MockRequest) -> Option<Reply> + Send + Sync>;

/// The in-process server: rules, and what was called.
#[derive(Clone, Default)]
pub struct Mock {
    rules: Arc<Mutex<Vec<Arc<RuleState>>>>,
    otherwise: Arc<Mutex<Option<Fallback>>>,
}

impl fmt::Debug for Mock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rules = self.rules.lock().map(|r| r.len()).unwrap_or(0);
        f.debug_struct("Mock").field("rules", &rules).finish()
    }
}

impl Mock {
    pub fn new() -> Self {
        Self::default()
    }

    /// A rule for operation `O` (its request builder type), matching every
    /// call until narrowed with [`Rule::when`]. It takes effect when it is
    /// given an answer.
    pub fn on<O: Operation>(&self) -> Rule<O> {
        Rule {
            mock: self.clone(),
            matcher: Arc::new(|_| true),
            label: "any request".to_owned(),
            headers: HeaderMap::new(),
            answers: Vec::new(),
            _op: PhantomData,
        }
    }

    /// Answers the calls no rule matches, untyped (for generic tests over
    /// every operation); `None` leaves the call unmatched.
    pub fn otherwise(
        &self,
        answer: impl Fn(&MockRequest) -> Option<Reply> + Send + Sync + 'static,
    ) {
        if let Ok(mut slot) = self.otherwise.lock() {
            *slot = Some(Arc::new(answer));
        }
    }

    /// Fails listing every rule that no call matched.
    pub fn check(&self) -> Result<(), String> {
        let rules = self.rules.lock().map_err(|_| "mock poisoned".to_owned())?;
        let unmet: Vec<String> = rules
            .iter()
            .filter(|r| r.calls.load(Ordering::SeqCst) == 0)
            .map(|r| format!("{} ({})", r.operation, r.label))
            .collect();
        if unmet.is_empty() {
            Ok(())
        } else {
            Err(format!("rules never met: {}", unmet.join("; ")))
        }
    }

    /// Panics listing every rule that no call matched.
    pub fn verify(&self) {
        if let Err(e) = self.check() {
            panic!("{e}");
        }
    }

    /// The answer to a request: the first rule of its operation that
    /// matches (rules added later win, so a test can override a default).
    pub(crate) fn answer(&self, request: &MockRequest) -> Result<MockResponse, Error> {
        let rules = self.rules.lock().map_err(|_| Error::Mock {
            operation: request.operation,
            message: "mock poisoned by a panicking rule".into(),
        })?;
        let same_op: Vec<&Arc<RuleState>> = rules
            .iter()
            .rev()
            .filter(|r| r.operation == request.operation)
            .collect();
        let fallback = self.otherwise.lock().ok().and_then(|f| f.clone());
        let Some(rule) = same_op.iter().find(|r| (r.matcher)(request)) else {
            if let Some((status, content_type, body)) = fallback.and_then(|f| f(request)) {
                return Ok(MockResponse::Answer {
                    status,
                    headers: content_type_header(content_type),
                    body: body.into(),
                });
            }
            let close: Vec<&str> = same_op.iter().map(|r| r.label.as_str()).collect();
            return Err(Error::Mock {
                operation: request.operation,
                message: format!(
                    "no rule matches {} {}{}{}",
                    request.method,
                    request.path,
                    query_text(&request.query),
                    if close.is_empty() {
                        " (no rule for this operation)".to_owned()
                    } else {
                        format!(" (rules of this operation: {})", close.join("; "))
                    }
                ),
            });
        };
        let n = rule.calls.fetch_add(1, Ordering::SeqCst);
        let answer = rule.answers[n.min(rule.answers.len() - 1)].clone();
        let with_rule_headers = |content_type| {
            let mut headers = content_type_header(content_type);
            headers.extend(rule.headers.clone());
            headers
        };
        Ok(match answer {
            Answer::Body {
                status,
                content_type,
                body,
            } => MockResponse::Answer {
                status,
                headers: with_rule_headers(content_type),
                body,
            },
            Answer::Pages(cut) => {
                let number = |name: &str, default: usize| {
                    request
                        .query(name)
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(default)
                };
                let body = cut(number("pageNum", 1).max(1), number("itemsPerPage", 100));
                MockResponse::Answer {
                    status: 200,
                    headers: with_rule_headers("application/json"),
                    body,
                }
            }
            Answer::Connect => MockResponse::Connect,
            Answer::Timeout => MockResponse::Timeout,
        })
    }
}

fn query_text(query: &[(String, String)]) -> String {
    if query.is_empty() {
        return String::new();
    }
    let pairs: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("?{}", pairs.join("&"))
}

fn content_type_header(content_type: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        headers.insert(CONTENT_TYPE, v);
    }
    headers
}

/// What the transport gets from the mock.
pub(crate) enum MockResponse {
    Answer {
        status: u16,
        headers: HeaderMap,
        body: Bytes,
    },
    Connect,
    Timeout,
}

/// A rule being written: what it matches, then what it answers.
#[must_use = "a rule takes effect once it is given an answer"]
pub struct Rule<O: Operation> {
    mock: Mock,
    matcher: Matcher,
    label: String,
    headers: HeaderMap,
    answers: Vec<Answer>,
    _op: PhantomData<fn() -> O>,
}

/// Counts the calls a rule answered.
#[derive(Clone)]
pub struct RuleHandle(Arc<RuleState>);

impl RuleHandle {
    pub fn calls(&self) -> usize {
        self.0.calls.load(Ordering::SeqCst)
    }
}

impl<O: Operation + 'static> Rule<O> {
    /// Matches only the calls `matches` accepts; `label` names the rule in
    /// messages.
    pub fn when(
        mut self,
        label: impl Into<String>,
        matches: impl Fn(&Call<'_, O>) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.label = label.into();
        self.matcher = Arc::new(move |request| {
            matches(&Call {
                request,
                _op: PhantomData,
            })
        });
        self
    }

    /// Every answer of the rule carries this header (`Sunset`,
    /// `Deprecation`, `RateLimit-Remaining`, …); an invalid name or value
    /// is ignored.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let (Ok(name), Ok(value)) = (
            reqwest::header::HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            self.headers.append(name, value);
        }
        self
    }

    /// Answers with this value, as the operation's success status.
    pub fn respond(self, value: O::Response) -> RuleHandle {
        self.then_respond(value).done()
    }

    /// Answers with this value and another status than the documented one
    /// (Atlas answers `201` where the spec says `200`, `202` for `204`).
    pub fn respond_with_status(self, status: u16, value: O::Response) -> RuleHandle {
        self.then_respond_with_status(status, value).done()
    }

    /// Answers with this JSON as it stands, with any status: an answer the
    /// spec does not describe (properties it lacks or leaves out, enum
    /// values in another spelling), as Atlas may send.
    pub fn respond_json(self, status: u16, body: serde_json::Value) -> RuleHandle {
        self.then_respond_json(status, body).done()
    }

    /// Answers with an Atlas error (`errorCode`, `detail`).
    pub fn fail(self, status: u16, error_code: &str, detail: &str) -> RuleHandle {
        self.then_fail(status, error_code, detail).done()
    }

    /// Answers with raw bytes (a download's body) and the given status.
    pub fn bytes(mut self, status: u16, body: impl Into<Bytes>) -> RuleHandle {
        self.answers.push(Answer::Body {
            status,
            content_type: "application/octet-stream",
            body: body.into(),
        });
        self.done()
    }

    /// The connection fails (as a refused connection does).
    pub fn connection_error(self) -> RuleHandle {
        self.then_connection_error().done()
    }

    /// The request times out.
    pub fn timeout(mut self) -> RuleHandle {
        self.answers.push(Answer::Timeout);
        self.done()
    }

    /// Answers the next call with this value; chain more answers, then
    /// finish with one of the answering methods (the last answer repeats).
    pub fn then_respond(mut self, value: O::Response) -> Self {
        let body = serde_json::to_vec(&value).unwrap_or_default();
        self.answers.push(Answer::Body {
            status: O::STATUS,
            content_type: "application/json",
            body: body.into(),
        });
        self
    }

    /// Answers the next call with this value and status.
    pub fn then_respond_with_status(mut self, status: u16, value: O::Response) -> Self {
        let body = serde_json::to_vec(&value).unwrap_or_default();
        self.answers.push(Answer::Body {
            status,
            content_type: "application/json",
            body: body.into(),
        });
        self
    }

    /// Answers the next call with this JSON and status.
    pub fn then_respond_json(mut self, status: u16, body: serde_json::Value) -> Self {
        self.answers.push(Answer::Body {
            status,
            content_type: "application/json",
            body: serde_json::to_vec(&body).unwrap_or_default().into(),
        });
        self
    }

    /// Answers the next call with an Atlas error.
    pub fn then_fail(mut self, status: u16, error_code: &str, detail: &str) -> Self {
        let body = serde_json::json!({
            "error": status,
            "errorCode": error_code,
            "detail": detail,
            "reason": reason(status),
            "parameters": [],
        });
        self.answers.push(Answer::Body {
            status,
            content_type: "application/json",
            body: serde_json::to_vec(&body).unwrap_or_default().into(),
        });
        self
    }

    /// The next call's connection fails.
    pub fn then_connection_error(mut self) -> Self {
        self.answers.push(Answer::Connect);
        self
    }

    /// Finishes a chain of answers.
    pub fn done(self) -> RuleHandle {
        let mut answers = self.answers;
        if answers.is_empty() {
            answers.push(Answer::Body {
                status: O::STATUS,
                content_type: "application/json",
                body: Bytes::new(),
            });
        }
        let state = Arc::new(RuleState {
            operation: O::ID,
            headers: self.headers,
            label: self.label,
            matcher: self.matcher,
            answers,
            calls: AtomicUsize::new(0),
        });
        if let Ok(mut rules) = self.mock.rules.lock() {
            rules.push(state.clone());
        }
        RuleHandle(state)
    }
}

impl<O: Paged + 'static> Rule<O> {
    /// Serves `items` as pages, honouring `pageNum` and `itemsPerPage`.
    pub fn pages(mut self, items: Vec<O::Item>) -> RuleHandle {
        let total = items.len();
        let cut = move |page: usize, per_page: usize| {
            let start = (page - 1).saturating_mul(per_page).min(total);
            let end = start.saturating_add(per_page).min(total);
            let page = O::page(items[start..end].to_vec(), total);
            Bytes::from(serde_json::to_vec(&page).unwrap_or_default())
        };
        self.answers.push(Answer::Pages(Arc::new(cut)));
        self.done()
    }
}

fn reason(status: u16) -> &'static str {
    reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error")
}
