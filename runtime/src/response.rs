use crate::deviation::Deviation;
use chrono::{DateTime, Utc};
use reqwest::header::HeaderMap;
use std::ops::Deref;

/// A decoded success response with its status, headers and the places
/// where it departs from the spec. Derefs to the body, so
/// `response.field` reads the body directly.
#[derive(Debug, Clone)]
pub struct ResponseValue<T> {
    inner: T,
    status: u16,
    headers: HeaderMap,
    deviations: Vec<Deviation>,
}

impl<T> ResponseValue<T> {
    pub fn new(inner: T, status: u16, headers: HeaderMap) -> Self {
        Self {
            inner,
            status,
            headers,
            deviations: Vec::new(),
        }
    }
    pub(crate) fn with_deviations(mut self, deviations: Vec<Deviation>) -> Self {
        self.deviations = deviations;
        self
    }
    pub fn into_inner(self) -> T {
        self.inner
    }
    pub fn status(&self) -> u16 {
        self.status
    }
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
    /// Where the answer departed from the spec and how the client read it
    /// anyway (an undocumented success status, a required property left
    /// out, an enum value in another case, a value in `Unknown`), each
    /// with its JSON path. Empty for an answer as the spec describes it.
    pub fn deviations(&self) -> &[Deviation] {
        &self.deviations
    }
    /// `RateLimit-Limit`: requests allowed in the current window.
    pub fn rate_limit_limit(&self) -> Option<u64> {
        header_u64(&self.headers, "ratelimit-limit")
    }
    /// `RateLimit-Remaining`: requests left in the current window.
    pub fn rate_limit_remaining(&self) -> Option<u64> {
        header_u64(&self.headers, "ratelimit-remaining")
    }
    /// `Deprecation` (RFC 9745): when the API version called was (or will
    /// be) deprecated. The client also warns (tracing) once per operation
    /// and version when an answer carries it or `Sunset`.
    pub fn deprecation(&self) -> Option<DateTime<Utc>> {
        crate::lifecycle::deprecation(&self.headers)
    }
    /// `Sunset` (RFC 8594): when the API version called stops answering.
    pub fn sunset(&self) -> Option<DateTime<Utc>> {
        crate::lifecycle::sunset(&self.headers)
    }
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ResponseValue<U> {
        ResponseValue {
            inner: f(self.inner),
            status: self.status,
            headers: self.headers,
            deviations: self.deviations,
        }
    }
}

pub(crate) fn header_u64(headers: &HeaderMap, name: &str) -> Option<u64> {
    headers.get(name)?.to_str().ok()?.trim().parse().ok()
}

impl<T> Deref for ResponseValue<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}
