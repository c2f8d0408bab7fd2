//! When to try a request again, and how long to wait first.

use reqwest::Method;
use reqwest::header::{HeaderMap, RETRY_AFTER};
use std::time::{Duration, SystemTime};

/// How failed requests are retried.
///
/// - 429 (rate limited) is retried for every method: Atlas refused the
///   request before doing anything.
/// - 5xx (503 included) and timeouts are retried only for idempotent
///   methods (GET, HEAD, PUT, DELETE).
/// - Connection failures are retried for every method: the request never
///   left, so even a POST cannot have been applied.
///
/// The wait is `Retry-After` when the response has one, else exponential
/// backoff with full jitter; no retry starts after the total deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 disables retries).
    pub max_attempts: u32,
    /// The first backoff; it doubles with each retry.
    pub initial_backoff: Duration,
    /// The longest single wait (also caps `Retry-After`).
    pub max_backoff: Duration,
    /// No retry starts once this much time has passed since the first attempt.
    pub total_deadline: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(30),
            total_deadline: Duration::from_secs(120),
        }
    }
}

impl RetryPolicy {
    /// One attempt only.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }
}

/// What went wrong with one attempt, as far as retrying cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure {
    /// An HTTP status.
    Status(u16),
    /// The connection could not be made: nothing was sent.
    Connect,
    /// Timed out, or the connection broke after the request may have left.
    Other,
}

pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
    )
}

/// Whether this failure may be retried for this method.
pub(crate) fn retryable(method: &Method, failure: Failure) -> bool {
    match failure {
        Failure::Status(429) => true,
        Failure::Status(s) => (500..600).contains(&s) && is_idempotent(method),
        Failure::Connect => true,
        Failure::Other => is_idempotent(method),
    }
}

/// `Retry-After` as a duration: delta-seconds or an HTTP date.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

impl RetryPolicy {
    /// The wait before another attempt after attempt `attempt` (counted
    /// from 1) failed so, `elapsed` after the first began; `None` when the
    /// failure is final: not retryable for the method, attempts used up, or
    /// the wait would end past the deadline.
    pub(crate) fn next_delay(
        &self,
        attempt: u32,
        method: &Method,
        failure: Failure,
        retry_after: Option<Duration>,
        elapsed: Duration,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts || !retryable(method, failure) {
            return None;
        }
        let delay = self.delay(attempt, retry_after);
        (elapsed + delay <= self.total_deadline).then_some(delay)
    }

    /// The wait before attempt `attempt + 1` (attempts count from 1).
    pub(crate) fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(d) = retry_after {
            return d.min(self.max_backoff);
        }
        let exp = self
            .initial_backoff
            .saturating_mul(1u32 << (attempt.saturating_sub(1)).min(16));
        let cap = exp.min(self.max_backoff);
        // Full jitter: spread clients out so they do not retry in step.
        cap.mul_f64(fastrand::f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn which_failures_retry_for_which_methods() {
        for m in [
            Method::GET,
            Method::PUT,
            Method::DELETE,
            Method::POST,
            Method::PATCH,
        ] {
            assert!(retryable(&m, Failure::Status(429)), "{m}");
            assert!(retryable(&m, Failure::Connect), "{m}");
            assert!(!retryable(&m, Failure::Status(400)), "{m}");
            assert!(!retryable(&m, Failure::Status(401)), "{m}");
        }
        for (m, yes) in [
            (Method::GET, true),
            (Method::DELETE, true),
            (Method::POST, false),
            (Method::PATCH, false),
        ] {
            assert_eq!(retryable(&m, Failure::Status(503)), yes, "{m}");
            assert_eq!(retryable(&m, Failure::Status(500)), yes, "{m}");
            assert_eq!(retryable(&m, Failure::Other), yes, "{m}");
        }
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_static("7"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(7)));
        h.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"),
        );
        assert_eq!(
            retry_after(&h),
            Some(Duration::ZERO),
            "a past date means now"
        );
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(90));
        h.insert(RETRY_AFTER, HeaderValue::from_str(&later).unwrap());
        let d = retry_after(&h).unwrap();
        assert!(
            d > Duration::from_secs(85) && d <= Duration::from_secs(90),
            "{d:?}"
        );
        h.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&h), None);
    }

    /// Full jitter: each wait is uniform below a cap that doubles per
    /// attempt until `max_backoff`. 4,000 draws per attempt (a bound off
    /// by 0.1 of the cap is 15 standard errors away).
    #[test]
    fn backoff_doubles_its_cap_and_spreads_below_it() {
        let p = RetryPolicy {
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(1600),
            ..RetryPolicy::default()
        };
        for attempt in 1..=7 {
            let cap = Duration::from_millis(100 << (attempt - 1).min(4));
            let draws: Vec<f64> = (0..4000)
                .map(|_| p.delay(attempt, None).as_secs_f64() / cap.as_secs_f64())
                .collect();
            let mean = draws.iter().sum::<f64>() / draws.len() as f64;
            let (lo, hi) = draws
                .iter()
                .fold((f64::MAX, 0f64), |(lo, hi), d| (lo.min(*d), hi.max(*d)));
            assert!(hi <= 1.0, "attempt {attempt}: a wait over the cap {cap:?}");
            assert!(
                (0.4..0.6).contains(&mean),
                "attempt {attempt}: mean {mean} of the cap"
            );
            assert!(
                lo < 0.05 && hi > 0.95,
                "attempt {attempt}: spread {lo}..{hi} of the cap"
            );
        }
    }

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        let p = RetryPolicy {
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(500),
            ..RetryPolicy::default()
        };
        for attempt in 1..10 {
            let d = p.delay(attempt, None);
            let cap =
                Duration::from_millis(100 * (1 << (attempt - 1))).min(Duration::from_millis(500));
            assert!(d <= cap, "attempt {attempt}: {d:?} > {cap:?}");
        }
        assert_eq!(
            p.delay(1, Some(Duration::from_secs(2))),
            Duration::from_millis(500)
        );
        assert_eq!(
            p.delay(1, Some(Duration::from_millis(20))),
            Duration::from_millis(20)
        );
    }
}
