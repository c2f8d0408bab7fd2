//! Sample values that satisfy a schema's constraints (example, enum,
//! format, pattern, bounds), for the generated usage examples, which the
//! contract test also sends to a validating mock server. Everything here is
//! deterministic: the same constraints give the same value.

use crate::schema::Flat;
use regex_syntax::hir::{Class, Hir, HirKind};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::HashMap;

/// What the spec says about the values a property or parameter takes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Hints {
    pub example: Option<Value>,
    pub default: Option<Value>,
    pub format: Option<String>,
    pub pattern: Option<String>,
    pub enum_values: Vec<Value>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    /// For arrays: the hints of the items.
    pub items: Option<Box<Hints>>,
}

impl Hints {
    pub fn of(flat: &Flat<'_>) -> Hints {
        Hints {
            example: flat.data.and_then(|d| d.example.clone()),
            default: flat.data.and_then(|d| d.default.clone()),
            format: flat.format.clone(),
            pattern: flat.pattern.map(str::to_owned),
            enum_values: flat.enum_values.clone(),
            minimum: flat.minimum,
            maximum: flat.maximum,
            min_length: flat.min_length,
            max_length: flat.max_length,
            items: None,
        }
    }

    /// Fills what `self` leaves open from `other` (a property's own schema
    /// first, then the schema it references).
    pub fn or(mut self, other: Hints) -> Hints {
        self.example = self.example.or(other.example);
        self.default = self.default.or(other.default);
        self.format = self.format.or(other.format);
        self.pattern = self.pattern.or(other.pattern);
        if self.enum_values.is_empty() {
            self.enum_values = other.enum_values;
        }
        self.minimum = self.minimum.or(other.minimum);
        self.maximum = self.maximum.or(other.maximum);
        self.min_length = self.min_length.or(other.min_length);
        self.max_length = self.max_length.or(other.max_length);
        self.items = self.items.or(other.items);
        self
    }

    /// Whether `s` satisfies the string constraints.
    pub fn accepts(&self, s: &str) -> bool {
        let len = s.chars().count();
        self.min_length.is_none_or(|m| len >= m)
            && self.max_length.is_none_or(|m| len <= m)
            && (self.enum_values.is_empty() || self.enum_values.iter().any(|v| v == s))
            && self.pattern.as_deref().is_none_or(|p| matches(p, s))
            && format_accepts(self.format.as_deref(), s)
    }
}

/// A sample, and whether it meets every constraint it was made for.
#[derive(Clone, Debug, PartialEq)]
pub struct Sampled<T> {
    pub value: T,
    pub fits: bool,
}

/// A string for a property or parameter called `name`: the spec's example
/// or default when it fits, an allowed value, a value of the format, a
/// readable placeholder from the name, else one built from the pattern;
/// when nothing fits, the placeholder (and `fits` is false).
pub fn string(h: &Hints, name: &str) -> Sampled<String> {
    let given = [h.example.as_ref(), h.default.as_ref()];
    let mut candidates: Vec<String> = given
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    candidates.extend(
        h.enum_values
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned)),
    );
    if let Some(f) = h.format.as_deref().and_then(format_sample) {
        candidates.push(f.to_owned());
    }
    candidates.push(placeholder(name));
    let fits = |value: String| Sampled { value, fits: true };
    if let Some(found) = candidates.iter().find(|c| h.accepts(c)) {
        return fits(found.clone());
    }
    if let Some(p) = &h.pattern {
        if let Some(s) = from_pattern(p, |s| h.accepts(s)) {
            return fits(s);
        }
    }
    // Nothing satisfies every constraint; the placeholder at least reads well.
    let mut s = placeholder(name);
    if let Some(min) = h.min_length {
        while s.chars().count() < min {
            s.push('x');
        }
    }
    Sampled {
        value: s,
        fits: false,
    }
}

/// A number: the example or default when it is one and within bounds,
/// else the first allowed value, else 1 moved inside the bounds (which
/// fits unless the bounds contradict each other or allowed values exist).
pub fn number(h: &Hints, integer: bool) -> Sampled<f64> {
    let fits = |v: f64| {
        h.minimum.is_none_or(|m| v >= m)
            && h.maximum.is_none_or(|m| v <= m)
            && (!integer || v.fract() == 0.0)
            && (h.enum_values.is_empty() || h.enum_values.iter().any(|e| e.as_f64() == Some(v)))
    };
    let given = [h.example.as_ref(), h.default.as_ref()]
        .into_iter()
        .flatten()
        .chain(&h.enum_values)
        .filter_map(Value::as_f64);
    for v in given {
        if fits(v) {
            return Sampled {
                value: v,
                fits: true,
            };
        }
    }
    let mut v: f64 = 1.0;
    if let Some(min) = h.minimum {
        v = v.max(if integer { min.ceil() } else { min });
    }
    if let Some(max) = h.maximum {
        v = v.min(if integer { max.floor() } else { max });
    }
    Sampled {
        value: v,
        fits: fits(v),
    }
}

/// A readable placeholder from a name: a 24-hex id for `…Id`, else the
/// name in kebab case (`clusterName` → `cluster-name`).
pub fn placeholder(name: &str) -> String {
    if name.ends_with("Id") || name == "id" {
        return HEX_ID.to_owned();
    }
    let mut s = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            s.push('-');
        }
        s.push(c.to_ascii_lowercase());
    }
    if s.is_empty() { "string".to_owned() } else { s }
}

/// Stands in for 24-hex ids (`^([a-f0-9]{24})$`), the commonest pattern.
pub const HEX_ID: &str = "32b6e34b3d91647abb20e7b8";

fn format_sample(format: &str) -> Option<&'static str> {
    Some(match format {
        "email" => "user@example.com",
        "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "uri" | "url" => "https://example.com",
        "ipv4" => "192.0.2.1",
        "date" => "2025-01-01",
        "date-time" => "2025-01-01T00:00:00Z",
        _ => return None,
    })
}

/// The formats a validator checks, roughly as JSON Schema validators do.
fn format_accepts(format: Option<&str>, s: &str) -> bool {
    match format {
        Some("email") => s
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.')),
        Some("uuid") => {
            s.len() == 36
                && s.char_indices().all(|(i, c)| {
                    if [8, 13, 18, 23].contains(&i) {
                        c == '-'
                    } else {
                        c.is_ascii_hexdigit()
                    }
                })
        }
        Some("uri" | "url") => s.contains("://"),
        _ => true,
    }
}

/// Whether the pattern finds a match in `s` (JSON Schema patterns are
/// searches, not full matches). A pattern that does not compile matches
/// nothing, so such a value is never chosen for it.
fn matches(pattern: &str, s: &str) -> bool {
    thread_local! {
        static COMPILED: RefCell<HashMap<String, Option<fancy_regex::Regex>>> =
            RefCell::new(HashMap::new());
    }
    COMPILED.with(|cache| {
        let mut cache = cache.borrow_mut();
        let re = cache
            .entry(pattern.to_owned())
            .or_insert_with(|| fancy_regex::Regex::new(pattern).ok());
        re.as_ref()
            .and_then(|re| re.is_match(s).ok())
            .unwrap_or(false)
    })
}

/// How many strings to build from a pattern before giving up.
const ATTEMPTS: u64 = 400;
/// The longest string built from a pattern.
const MAX_LEN: usize = 256;

/// A string the pattern matches and `accept` takes: built by walking the
/// pattern's syntax (look-arounds removed, since `regex-syntax` has none),
/// first with the shortest choices, then with seeded pseudo-random ones,
/// each checked against the whole pattern.
pub fn from_pattern(pattern: &str, accept: impl Fn(&str) -> bool) -> Option<String> {
    let stripped = strip_lookarounds(pattern);
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(&stripped)
        .ok()?;
    // A pattern that needs longer strings than any walk builds
    // (`[a-z]{99999}`) gives up at once instead of 400 times.
    if hir.properties().minimum_len().is_some_and(|n| n > MAX_LEN) {
        return None;
    }
    (0..ATTEMPTS).find_map(|attempt| {
        let mut walk = Walk {
            state: attempt.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
            shortest: attempt == 0,
            out: String::new(),
        };
        walk.hir(&hir);
        (matches(pattern, &walk.out) && accept(&walk.out)).then_some(walk.out)
    })
}

/// Removes `(?=…)`, `(?!…)`, `(?<=…)` and `(?<!…)` groups.
fn strip_lookarounds(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let rest: String = chars[i..chars.len().min(i + 4)].iter().collect();
        let lookaround = ["(?=", "(?!", "(?<=", "(?<!"]
            .iter()
            .any(|p| rest.starts_with(p));
        if lookaround {
            // Skip to the matching close parenthesis.
            let mut depth = 0;
            let mut in_class = false;
            while i < chars.len() {
                match chars[i] {
                    '\\' => i += 1,
                    '[' if !in_class => in_class = true,
                    ']' if in_class => in_class = false,
                    '(' if !in_class => depth += 1,
                    ')' if !in_class => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            i += 1;
            continue;
        }
        out.push(chars[i]);
        if chars[i] == '\\' && i + 1 < chars.len() {
            out.push(chars[i + 1]);
            i += 1;
        }
        i += 1;
    }
    out
}

struct Walk {
    state: u64,
    shortest: bool,
    out: String,
}

impl Walk {
    /// xorshift64: small, deterministic, good enough to vary choices.
    fn next(&mut self, bound: u64) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        if bound == 0 { 0 } else { self.state % bound }
    }

    fn hir(&mut self, hir: &Hir) {
        // Past this no example value is useful; stop growing it.
        if self.out.len() > MAX_LEN {
            return;
        }
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => {}
            HirKind::Literal(l) => self.out.push_str(&String::from_utf8_lossy(&l.0)),
            HirKind::Class(Class::Unicode(c)) => {
                let ranges: Vec<(char, char)> =
                    c.ranges().iter().map(|r| (r.start(), r.end())).collect();
                if let Some(ch) = self.pick(&ranges) {
                    self.out.push(ch);
                }
            }
            HirKind::Class(Class::Bytes(c)) => {
                let ranges: Vec<(char, char)> = c
                    .ranges()
                    .iter()
                    .map(|r| (char::from(r.start()), char::from(r.end())))
                    .collect();
                if let Some(ch) = self.pick(&ranges) {
                    self.out.push(ch);
                }
            }
            HirKind::Repetition(r) => {
                let min = u64::from(r.min);
                let max = r.max.map_or(min + 3, |m| u64::from(m).min(min + 3));
                let n = if self.shortest {
                    min.max(1).min(max)
                } else {
                    min + self.next(max - min + 1)
                };
                for _ in 0..n {
                    self.hir(&r.sub);
                }
            }
            HirKind::Capture(c) => self.hir(&c.sub),
            HirKind::Concat(parts) => parts.iter().for_each(|p| self.hir(p)),
            HirKind::Alternation(branches) => {
                let i = if self.shortest {
                    0
                } else {
                    self.next(branches.len() as u64) as usize
                };
                self.hir(&branches[i]);
            }
        }
    }

    /// A character from the ranges, printable ASCII where there is one
    /// (lower-case letters and digits first when choosing the shortest).
    fn pick(&mut self, ranges: &[(char, char)]) -> Option<char> {
        let printable: Vec<(char, char)> = ranges
            .iter()
            .filter_map(|&(a, b)| {
                let a = a.max('!');
                let b = b.min('~');
                (a <= b).then_some((a, b))
            })
            .collect();
        if printable.is_empty() {
            return ranges.first().map(|r| r.0);
        }
        if self.shortest {
            for preferred in ['a', '0'] {
                if printable
                    .iter()
                    .any(|&(a, b)| a <= preferred && preferred <= b)
                {
                    return Some(preferred);
                }
            }
        }
        let total: u64 = printable
            .iter()
            .map(|&(a, b)| u64::from(b) - u64::from(a) + 1)
            .sum();
        let mut k = self.next(total);
        for &(a, b) in &printable {
            let size = u64::from(b) - u64::from(a) + 1;
            if k < size {
                return char::from_u32(u32::from(a) + k as u32);
            }
            k -= size;
        }
        printable.first().map(|r| r.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints(pattern: &str) -> Hints {
        Hints {
            pattern: Some(pattern.to_owned()),
            ..Hints::default()
        }
    }

    #[test]
    fn the_spec_patterns_get_matching_values() {
        let patterns = [
            "^([a-f0-9]{24})$",
            "^vpce-[0-9a-f]{17}$",
            "^[0-9]{12}$",
            "^([a-fA-F0-9]{64})$",
            // Look-ahead (IPv4 or IPv6), which regex-syntax cannot parse.
            r"^((25[0-5]|(2[0-4]|1\d|[1-9]|)\d)(\.(?!$)|$)){4}|([0-9a-f]{1,4}:){7}[0-9a-f]{1,4}$",
            r"^([0-9]{1,3}\.){3}[0-9]{1,3}|([0-9a-f]{1,4}\:){7}([0-9a-f]{1,4})|(([a-z0-9]+\.){1,10}[a-z]+)?(\:[0-9]{4,5})$",
            r"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",
            r"^[\p{L}0-9 ._-]+$",
        ];
        for p in patterns {
            let s = string(&hints(p), "value");
            assert!(s.fits && matches(p, &s.value), "{p}: {s:?} does not match");
        }
    }

    #[test]
    fn examples_win_when_they_fit_and_lose_when_they_do_not() {
        let mut h = hints("^[0-9]{12}$");
        h.example = Some(Value::from("123456789012"));
        assert_eq!(string(&h, "awsAccountId").value, "123456789012");
        h.example = Some(Value::from("not digits"));
        let s = string(&h, "awsAccountId").value;
        assert!(matches("^[0-9]{12}$", &s), "{s}");
    }

    #[test]
    fn names_ending_in_id_get_a_hex_id_and_formats_their_sample() {
        assert_eq!(string(&Hints::default(), "groupId").value, HEX_ID);
        assert_eq!(
            string(&Hints::default(), "clusterName").value,
            "cluster-name"
        );
        let email = Hints {
            format: Some("email".into()),
            ..Hints::default()
        };
        assert_eq!(string(&email, "username").value, "user@example.com");
    }

    #[test]
    fn numbers_respect_bounds_and_allowed_values() {
        let h = Hints {
            enum_values: vec![Value::from(15), Value::from(30)],
            ..Hints::default()
        };
        assert_eq!(number(&h, true).value, 15.0);
        let h = Hints {
            minimum: Some(10.5),
            ..Hints::default()
        };
        assert_eq!(number(&h, true).value, 11.0);
        let h = Hints {
            example: Some(Value::from(42)),
            maximum: Some(40.0),
            ..Hints::default()
        };
        assert_eq!(
            number(&h, true),
            Sampled {
                value: 1.0,
                fits: true
            }
        );
        let h = Hints {
            minimum: Some(5.0),
            maximum: Some(2.0),
            ..Hints::default()
        };
        assert!(!number(&h, true).fits, "contradicting bounds");
    }

    #[test]
    fn a_sample_that_meets_no_constraint_says_so() {
        let h = Hints {
            pattern: Some("^[0-9]{4}$".into()),
            max_length: Some(2),
            ..Hints::default()
        };
        assert_eq!(
            string(&h, "code"),
            Sampled {
                value: "code".to_owned(),
                fits: false
            }
        );
    }

    #[test]
    fn odd_patterns_give_up_quietly() {
        for p in [
            "(",
            "(?=unclosed",
            "[^\\s\\S]",
            "a{100000}",
            "(a{1000}){1000}",
            "(?<!x)y(?!",
            "\\",
            "",
        ] {
            // A matching value, or else the placeholder: never a panic.
            let s = string(&hints(p), "name");
            assert!(
                (s.value == "name" && !s.fits) || matches(p, &s.value),
                "{p}: {s:?}"
            );
        }
        assert_eq!(from_pattern("[^\\s\\S]", |_| true), None);
    }

    #[test]
    fn patterns_longer_than_any_sample_give_up_at_once() {
        let started = std::time::Instant::now();
        assert_eq!(from_pattern("^[a-z]{99999}$", |_| true), None);
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[test]
    fn the_same_pattern_gives_the_same_value() {
        let p = r"^[a-z]{3,9}-[0-9]{2}$";
        assert_eq!(from_pattern(p, |_| true), from_pattern(p, |_| true));
    }
}
