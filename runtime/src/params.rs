//! Parameters: their text form, path encoding and pattern checks.

use crate::error::Error;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// The text form of a path, query or header value.
pub trait ToParam {
    fn to_param(&self) -> String;
}

impl ToParam for str {
    fn to_param(&self) -> String {
        self.to_owned()
    }
}
impl ToParam for String {
    fn to_param(&self) -> String {
        self.clone()
    }
}
impl<T: ToParam + ?Sized> ToParam for &T {
    fn to_param(&self) -> String {
        (**self).to_param()
    }
}
macro_rules! display_param {
    ($($t:ty),*) => {$(
        impl ToParam for $t {
            fn to_param(&self) -> String { self.to_string() }
        }
    )*};
}
display_param!(bool, i32, i64, u16, u32, u64, f32, f64, chrono::NaiveDate);

impl ToParam for chrono::DateTime<chrono::Utc> {
    fn to_param(&self) -> String {
        self.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }
}

impl ToParam for serde_json::Value {
    fn to_param(&self) -> String {
        match self {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
}

/// RFC 3986 unreserved characters stay; everything else in a path segment
/// is percent-encoded, `/` included, so a value can never change the path.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one path segment value.
pub fn encode_path(value: &str) -> String {
    utf8_percent_encode(value, SEGMENT).to_string()
}

fn pattern_cache() -> &'static Mutex<HashMap<&'static str, Option<fancy_regex::Regex>>> {
    static CACHE: OnceLock<Mutex<HashMap<&'static str, Option<fancy_regex::Regex>>>> =
        OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// Checks `value` against a JSON Schema `pattern`. JSON Schema patterns are
/// searches, not full matches: an unanchored pattern matches anywhere, as
/// here. A pattern that cannot be compiled is not enforced (the generator
/// warns about such patterns and does not emit checks for them).
pub fn check_pattern(
    operation: &'static str,
    parameter: &'static str,
    value: &str,
    pattern: &'static str,
) -> Result<(), Error> {
    let mut cache = pattern_cache()
        .lock()
        .unwrap_or_else(|poison| poison.into_inner());
    let regex = cache
        .entry(pattern)
        .or_insert_with(|| fancy_regex::Regex::new(pattern).ok());
    match regex {
        Some(re) => match re.is_match(value) {
            Ok(true) => Ok(()),
            Ok(false) => Err(Error::InvalidArgument {
                operation,
                parameter,
                message: format!("{value:?} does not match the pattern {pattern}"),
            }),
            // Backtracking limit reached: do not block the call on it.
            Err(_) => Ok(()),
        },
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_values_are_encoded_whole() {
        assert_eq!(
            encode_path("5f1b2c3d4e5f6a7b8c9d0e1f"),
            "5f1b2c3d4e5f6a7b8c9d0e1f"
        );
        assert_eq!(encode_path("10.0.0.0/16"), "10.0.0.0%2F16");
        assert_eq!(encode_path("a b?c#d"), "a%20b%3Fc%23d");
        assert_eq!(encode_path("../admin"), "..%2Fadmin");
        assert_eq!(encode_path("ünï"), "%C3%BCn%C3%AF");
    }

    #[test]
    fn patterns_are_searches_and_lookahead_works() {
        let hex = "^([a-f0-9]{24})$";
        assert!(check_pattern("op", "orgId", "32b6e34b3d91647abb20e7b8", hex).is_ok());
        let err = check_pattern("op", "orgId", "not-an-id", hex).unwrap_err();
        assert!(err.to_string().contains("orgId"), "{err}");
        // Unanchored: a match anywhere is enough.
        assert!(check_pattern("op", "p", "xx-abc-xx", "abc").is_ok());
        // Look-ahead, which the regex crate lacks.
        assert!(check_pattern("op", "ip", "10.1.2.3", r"^(?=\d)[\d.]+$").is_ok());
        assert!(check_pattern("op", "ip", "x10", r"^(?=\d)[\d.]+$").is_err());
        // \p{L}
        assert!(check_pattern("op", "n", "Zürich", r"^[\p{L}]+$").is_ok());
    }

    #[test]
    fn param_text() {
        assert_eq!(true.to_param(), "true");
        assert_eq!(42i64.to_param(), "42");
        let t = chrono::DateTime::parse_from_rfc3339("2025-05-04T09:42:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        assert_eq!(t.to_param(), "2025-05-04T09:42:00Z");
    }
}
