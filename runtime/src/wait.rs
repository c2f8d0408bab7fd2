//! Waiting for long-running operations. Creating a cluster answers at
//! once while Atlas builds it for minutes; a generated `send_and_wait`
//! sends, then polls a GET (the Atlas CLI's watcher, from the spec's
//! `x-xgen-atlascli.watcher`) until its answer shows the expected state or
//! status. The loop is here, once: a generated waiter only describes what
//! to poll ([`Watch`]) and what ends the wait ([`State`] or a status).
//!
//! Polling is a plain `async` loop over `tokio::time::sleep`: dropping the
//! future stops it, and nothing keeps running in the background.

use crate::error::Error;
use crate::params::encode_path;
use crate::retry::retry_after;
use crate::transport::{RawResponse, Request, Transport};
use reqwest::Method;
use serde_json::Value;
use std::time::{Duration, Instant};

/// How long and how often to poll. `Wait::default()`: up to one hour,
/// first poll at once, then after 5 s, growing by half each time up to
/// 60 s between polls. A `Retry-After` on a poll's answer is honoured
/// when it asks for a longer pause.
#[derive(Clone, Debug)]
pub struct Wait {
    timeout: Duration,
    interval: Duration,
    max_interval: Duration,
    backoff: f64,
    fail_on: Vec<String>,
}

impl Default for Wait {
    fn default() -> Self {
        Wait {
            timeout: Duration::from_secs(3600),
            interval: Duration::from_secs(5),
            max_interval: Duration::from_secs(60),
            backoff: 1.5,
            fail_on: Vec::new(),
        }
    }
}

impl Wait {
    pub fn new() -> Self {
        Self::default()
    }

    /// The whole wait, polls and pauses included (not the first request).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The pause after the first poll.
    pub fn interval(mut self, interval: Duration) -> Self {
        self.interval = interval;
        self
    }

    /// The longest pause between two polls.
    pub fn max_interval(mut self, max_interval: Duration) -> Self {
        self.max_interval = max_interval;
        self
    }

    /// Each pause is the previous one times `factor` (at least 1).
    pub fn backoff(mut self, factor: f64) -> Self {
        self.backoff = if factor.is_finite() {
            factor.max(1.0)
        } else {
            1.0
        };
        self
    }

    /// Ends the wait with [`Error::WaitFailed`] when the watched field has
    /// this value, besides the states the spec says can never become the
    /// expected one.
    pub fn fail_on(mut self, state: impl Into<String>) -> Self {
        self.fail_on.push(state.into());
        self
    }

    fn next_pause(&self, pause: Duration) -> Duration {
        pause
            .mul_f64(self.backoff)
            .min(self.max_interval.max(self.interval))
    }
}

/// Where the value of one of the polled GET's path parameters comes from.
#[derive(Clone, Copy, Debug)]
pub enum Source {
    /// The parameter of the original call with this (wire) name.
    Input(&'static str),
    /// The original call's answer, at this JSON pointer (the watcher's
    /// JSONPath, e.g. `$.name` → `/name`).
    Answer(&'static str),
}

/// What a generated waiter polls.
#[derive(Clone, Copy, Debug)]
pub struct Watch {
    /// The operation that was sent (`createGroupCluster`).
    pub operation: &'static str,
    /// The GET that is polled (`getGroupCluster`).
    pub poll: &'static str,
    /// Its path template.
    pub template: &'static str,
    /// Its versioned media type.
    pub accept: &'static str,
    /// Each `{name}` of the template and where its value comes from.
    pub params: &'static [(&'static str, Source)],
    /// The GET takes no credentials.
    pub no_auth: bool,
}

/// A wait that ends when a field of the polled answer has one of `done`'s
/// values, and fails at once on one of `failed`'s.
#[derive(Clone, Copy, Debug)]
pub struct State {
    /// JSON pointer of the field (`/stateName`).
    pub pointer: &'static str,
    pub done: &'static [&'static str],
    /// Values the spec lists for the field that never become a `done` one
    /// (for example `DELETING` while waiting for `IDLE`).
    pub failed: &'static [&'static str],
}

/// What one poll showed.
enum Step {
    Done(Option<RawResponse>),
    /// Not yet; what was seen.
    Pending(String),
    Failed(Error),
}

impl Watch {
    /// Polls until the field of [`State`] has a `done` value, and returns
    /// that answer (for the caller to decode).
    pub async fn until_state(
        &self,
        transport: &Transport,
        answer: &RawResponse,
        inputs: &[(&'static str, Option<String>)],
        state: &State,
        wait: &Wait,
    ) -> Result<RawResponse, Error> {
        let classify = |result: Result<RawResponse, Error>| match result {
            Ok(raw) => self.state_of(raw, state, wait),
            Err(e) => Step::Failed(e),
        };
        let done = self.poll(transport, answer, inputs, wait, classify).await?;
        done.ok_or_else(|| self.failed("the poll ended without an answer".into()))
    }

    /// Polls until the GET answers with `status` (404 once a deletion is
    /// done). Any other error status ends the wait with that error.
    pub async fn until_status(
        &self,
        transport: &Transport,
        answer: &RawResponse,
        inputs: &[(&'static str, Option<String>)],
        status: u16,
        wait: &Wait,
    ) -> Result<(), Error> {
        let classify = |result: Result<RawResponse, Error>| match result {
            Ok(raw) if raw.status() == status => Step::Done(None),
            Ok(raw) => Step::Pending(format!("HTTP {}", raw.status())),
            Err(e) if e.status() == Some(status) && matches!(e, Error::Api(_)) => Step::Done(None),
            Err(e) => Step::Failed(e),
        };
        self.poll(transport, answer, inputs, wait, classify)
            .await
            .map(drop)
    }

    async fn poll(
        &self,
        transport: &Transport,
        answer: &RawResponse,
        inputs: &[(&'static str, Option<String>)],
        wait: &Wait,
        classify: impl Fn(Result<RawResponse, Error>) -> Step,
    ) -> Result<Option<RawResponse>, Error> {
        let path = self.path(answer, inputs)?;
        let started = Instant::now();
        let mut pause = wait.interval;
        loop {
            let result = transport.execute(self.request(&path)).await;
            let asked = match &result {
                Ok(raw) => retry_after(raw.headers()),
                Err(e) => e.retry_after(),
            };
            let last_seen = match classify(result) {
                Step::Done(last) => return Ok(last),
                Step::Failed(e) => return Err(e),
                Step::Pending(seen) => seen,
            };
            let waited = started.elapsed();
            let Some(left) = wait.timeout.checked_sub(waited).filter(|d| !d.is_zero()) else {
                return Err(Error::WaitTimedOut {
                    operation: self.operation,
                    waited,
                    last_seen: Some(last_seen),
                });
            };
            let next = pause.max(asked.unwrap_or_default()).min(left);
            tracing::debug!(poll = self.poll, ?next, "waiting: {}", last_seen);
            tokio::time::sleep(next).await;
            pause = wait.next_pause(pause);
        }
    }

    fn request(&self, path: &str) -> Request {
        let mut request = Request::new(
            self.poll,
            Method::GET,
            self.template,
            path.to_owned(),
            self.accept,
        );
        if self.no_auth {
            request.without_auth();
        }
        request
    }

    /// The template with every parameter found and encoded.
    fn path(
        &self,
        answer: &RawResponse,
        inputs: &[(&'static str, Option<String>)],
    ) -> Result<String, Error> {
        let mut body: Option<Value> = None;
        let mut path = self.template.to_owned();
        for (name, from) in self.params {
            let value = match from {
                Source::Input(input) => inputs
                    .iter()
                    .find(|(n, _)| n == input)
                    .and_then(|(_, v)| v.clone())
                    .ok_or_else(|| {
                        self.failed(format!(
                            "the call has no `{input}` to poll `{}` with",
                            self.poll
                        ))
                    })?,
                Source::Answer(pointer) => {
                    let body = match &mut body {
                        Some(b) => b,
                        None => body
                            .insert(serde_json::from_slice(answer.body()).unwrap_or(Value::Null)),
                    };
                    text_of(body.pointer(pointer)).ok_or_else(|| {
                        self.failed(format!(
                            "the answer has no value at `{pointer}` for `{name}` of `{}`",
                            self.poll
                        ))
                    })?
                }
            };
            path = path.replace(&format!("{{{name}}}"), &encode_path(&value));
        }
        Ok(path)
    }

    fn state_of(&self, raw: RawResponse, state: &State, wait: &Wait) -> Step {
        let body: Value = serde_json::from_slice(raw.body()).unwrap_or(Value::Null);
        let Some(seen) = text_of(body.pointer(state.pointer)) else {
            return Step::Pending(format!("no value at `{}`", state.pointer));
        };
        if state.done.contains(&seen.as_str()) {
            return Step::Done(Some(raw));
        }
        if state.failed.contains(&seen.as_str()) || wait.fail_on.contains(&seen) {
            return Step::Failed(self.failed(format!(
                "`{}` answered `{}` = `{seen}`, which never becomes {}",
                self.poll,
                state.pointer.trim_start_matches('/'),
                state.done.join(" or ")
            )));
        }
        Step::Pending(format!(
            "{} = {seen}",
            state.pointer.trim_start_matches('/')
        ))
    }

    fn failed(&self, message: String) -> Error {
        Error::WaitFailed {
            operation: self.operation,
            message,
        }
    }
}

/// A parameter or state value as text: strings as they are, numbers and
/// booleans as JSON writes them.
fn text_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.clone()),
        v @ (Value::Number(_) | Value::Bool(_)) => Some(v.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_grow_to_the_maximum() {
        let wait = Wait::new()
            .interval(Duration::from_secs(2))
            .max_interval(Duration::from_secs(5))
            .backoff(2.0);
        let mut pause = Duration::from_secs(2);
        let mut seen = Vec::new();
        for _ in 0..4 {
            pause = wait.next_pause(pause);
            seen.push(pause.as_secs());
        }
        assert_eq!(seen, [4, 5, 5, 5]);
        assert_eq!(Wait::new().backoff(f64::NAN).backoff, 1.0);
        assert_eq!(Wait::new().backoff(0.5).backoff, 1.0);
    }

    #[test]
    fn values_as_text() {
        let v = serde_json::json!({"s": "IDLE", "n": 3, "b": true, "o": {}});
        assert_eq!(text_of(v.pointer("/s")).as_deref(), Some("IDLE"));
        assert_eq!(text_of(v.pointer("/n")).as_deref(), Some("3"));
        assert_eq!(text_of(v.pointer("/b")).as_deref(), Some("true"));
        assert_eq!(text_of(v.pointer("/o")), None);
        assert_eq!(text_of(v.pointer("/missing")), None);
    }
}
