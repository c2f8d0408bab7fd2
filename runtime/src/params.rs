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

/// Percent-encodes one path segment value. Escapes already in the value
/// are kept, since Atlas documents some values in their encoded form (a
/// CIDR entry `10.0.0.0%2F16`, an Azure endpoint id `%2Fsubscriptions%2F…`):
/// `10.0.0.0/16` and `10.0.0.0%2F16` both become `10.0.0.0%2F16`. An escape
/// of an unreserved character (`%2E`) is not kept but encoded, so no value
/// can smuggle in a `..` segment that way.
pub fn encode_path(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = String::with_capacity(value.len());
    let mut plain_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let escape = bytes[i] == b'%'
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit();
        if escape {
            let decoded = u8::from_str_radix(&value[i + 1..i + 3], 16).unwrap_or(b'%');
            let unreserved = decoded.is_ascii_alphanumeric() || b"-._~".contains(&decoded);
            if !unreserved {
                out.extend(utf8_percent_encode(&value[plain_start..i], SEGMENT));
                out.push('%');
                out.push_str(&value[i + 1..i + 3].to_ascii_uppercase());
                i += 3;
                plain_start = i;
                continue;
            }
        }
        i += 1;
    }
    out.extend(utf8_percent_encode(&value[plain_start..], SEGMENT));
    out
}

/// [`check_pattern`] for a path value: the pattern may describe the value
/// as given or in its encoded form (the spec's Azure endpoint ids are
/// patterns of `%2F…`), so either may match.
pub fn check_path_pattern(
    operation: &'static str,
    parameter: &'static str,
    value: &str,
    pattern: &'static str,
) -> Result<(), Error> {
    let encoded = encode_path(value);
    if encoded != value && check_pattern(operation, parameter, &encoded, pattern).is_ok() {
        return Ok(());
    }
    check_pattern(operation, parameter, value, pattern)
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
        // Already encoded: kept, so encoding twice changes nothing.
        assert_eq!(encode_path("10.0.0.0%2F16"), "10.0.0.0%2F16");
        assert_eq!(encode_path("10.0.0.0%2f16"), "10.0.0.0%2F16");
        assert_eq!(encode_path(&encode_path("a b/c")), encode_path("a b/c"));
        // Escapes of unreserved characters and stray percents are encoded.
        assert_eq!(encode_path("%2E%2E"), "%252E%252E");
        assert_eq!(encode_path("100%"), "100%25");
        assert_eq!(encode_path("%zz%4"), "%25zz%254");
    }

    #[test]
    fn path_patterns_match_the_value_or_its_encoding() {
        let azure = r"^%2[fF]subscriptions%2[fF][0-9a-f]+$";
        assert!(check_path_pattern("op", "endpointId", "/subscriptions/abc", azure).is_ok());
        assert!(check_path_pattern("op", "endpointId", "%2Fsubscriptions%2Fabc", azure).is_ok());
        assert!(check_path_pattern("op", "endpointId", "subscriptions", azure).is_err());
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
