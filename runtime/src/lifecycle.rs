//! `Deprecation` (RFC 9745) and `Sunset` (RFC 8594) headers: Atlas sends
//! them on answers of API versions it will retire. The response exposes
//! them as dates, and the client warns once per operation and version, so
//! a program learns of a retirement from the server, not from an outage.

use chrono::{DateTime, TimeZone, Utc};
use reqwest::header::HeaderMap;
use std::collections::HashSet;
use std::sync::Mutex;

/// The date of a `Deprecation` header: RFC 9745's structured date
/// (`@1688169599`, seconds since the epoch), or an HTTP date as earlier
/// drafts wrote it. `None` without the header or for a value without a
/// date (the drafts' `true`).
pub(crate) fn deprecation(headers: &HeaderMap) -> Option<DateTime<Utc>> {
    let value = header(headers, "deprecation")?;
    match value.strip_prefix('@') {
        Some(seconds) => Utc.timestamp_opt(seconds.parse().ok()?, 0).single(),
        None => http_date(value),
    }
}

/// The date of a `Sunset` header (an HTTP date).
pub(crate) fn sunset(headers: &HeaderMap) -> Option<DateTime<Utc>> {
    http_date(header(headers, "sunset")?)
}

fn header<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    Some(headers.get(name)?.to_str().ok()?.trim())
}

/// An HTTP date. RFC 2822's form comes first: it is IMF-fixdate's, but
/// also takes a one-digit day (Atlas sends `Thu, 1 Jul 2027 00:00:00
/// GMT`); then the obsolete forms (RFC 850, asctime).
fn http_date(value: &str) -> Option<DateTime<Utc>> {
    if let Ok(date) = DateTime::parse_from_rfc2822(value) {
        return Some(date.with_timezone(&Utc));
    }
    httpdate::parse_http_date(value)
        .ok()
        .map(DateTime::<Utc>::from)
}

/// Warns when an answer announces the retirement of the version called:
/// once per operation and version in the process.
pub(crate) fn warn_if_retiring(operation: &'static str, accept: &'static str, headers: &HeaderMap) {
    let (deprecated, sunset) = (header(headers, "deprecation"), header(headers, "sunset"));
    if deprecated.is_none() && sunset.is_none() {
        return;
    }
    static WARNED: Mutex<Option<HashSet<(&str, &str)>>> = Mutex::new(None);
    let first = WARNED
        .lock()
        .map(|mut w| {
            w.get_or_insert_with(HashSet::new)
                .insert((operation, accept))
        })
        .unwrap_or(false);
    if !first {
        return;
    }
    // `application/vnd.atlas.2023-02-01+json` → `2023-02-01`.
    let version = accept
        .strip_prefix("application/vnd.atlas.")
        .and_then(|rest| rest.split('+').next())
        .unwrap_or(accept);
    tracing::warn!(
        operation,
        version,
        deprecation = deprecated.unwrap_or("-"),
        sunset = sunset.unwrap_or("-"),
        "Atlas announces the retirement of this API version{}; move to a newer version of the operation",
        match sunset {
            Some(s) => format!(" (sunset {s})"),
            None => String::new(),
        }
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    fn date(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().into()
    }

    #[test]
    fn dates_in_each_form_atlas_and_the_rfcs_use() {
        let h = headers(&[
            ("deprecation", "@1688169599"),
            ("sunset", "Thu, 1 Jul 2027 00:00:00 GMT"),
        ]);
        assert_eq!(deprecation(&h), Some(date("2023-06-30T23:59:59Z")));
        assert_eq!(sunset(&h), Some(date("2027-07-01T00:00:00Z")));
        let h = headers(&[
            ("deprecation", "Sun, 11 Nov 2018 23:59:59 GMT"),
            ("sunset", "Sunday, 06-Nov-94 08:49:37 GMT"),
        ]);
        assert_eq!(deprecation(&h), Some(date("2018-11-11T23:59:59Z")));
        assert_eq!(sunset(&h), Some(date("1994-11-06T08:49:37Z")));
        let h = headers(&[("deprecation", "true"), ("sunset", "soon")]);
        assert_eq!((deprecation(&h), sunset(&h)), (None, None));
        assert_eq!(deprecation(&HeaderMap::new()), None);
    }
}
