use reqwest::header::HeaderMap;
use std::ops::Deref;

/// A decoded success response with its status and headers. Derefs to the
/// body, so `response.field` reads the body directly.
#[derive(Debug, Clone)]
pub struct ResponseValue<T> {
    inner: T,
    status: u16,
    headers: HeaderMap,
}

impl<T> ResponseValue<T> {
    pub fn new(inner: T, status: u16, headers: HeaderMap) -> Self {
        Self {
            inner,
            status,
            headers,
        }
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
    /// `RateLimit-Limit`: requests allowed in the current window.
    pub fn rate_limit_limit(&self) -> Option<u64> {
        header_u64(&self.headers, "ratelimit-limit")
    }
    /// `RateLimit-Remaining`: requests left in the current window.
    pub fn rate_limit_remaining(&self) -> Option<u64> {
        header_u64(&self.headers, "ratelimit-remaining")
    }
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ResponseValue<U> {
        ResponseValue {
            inner: f(self.inner),
            status: self.status,
            headers: self.headers,
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
