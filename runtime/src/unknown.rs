//! Values that decoded into an `Unknown` variant: an open enum's value this
//! crate does not know, or a union value that no variant describes. They
//! are deviations like the others ([`crate::deviation`]); a [`Watch`]
//! gathers just these, so tests can tell "decoded" from "decoded into the
//! type the spec meant".
//!
//! ```
//! use atlas_admin_runtime::unknown::Watch;
//! # #[derive(Debug, Clone, PartialEq, Eq)] #[non_exhaustive] pub enum Role { Owner, Unknown(String) }
//! # atlas_admin_runtime::open_enum!(Role { Owner = "OWNER" });
//! let watch = Watch::start();
//! let roles: Vec<Role> = serde_json::from_str(r#"["OWNER", "NEW_ROLE"]"#).unwrap();
//! let unknown = watch.finish();
//! assert_eq!(unknown.len(), 1);
//! assert_eq!(unknown[0].type_name, "Role");
//! assert_eq!(unknown[0].value, r#""NEW_ROLE""#);
//! # let _ = roles;
//! ```

use crate::deviation::{self, Collection, Kind};
use std::fmt::Display;

/// The longest value text kept.
const KEEP: usize = 200;

/// One value that landed in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    /// The generated type it decoded into.
    pub type_name: &'static str,
    /// The value as JSON (cut to 200 characters).
    pub value: String,
    pub why: Why,
}

/// Why a value landed in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// An open enum's value this crate does not list.
    NewValue,
    /// A tagged union's value without its tag property.
    TagMissing(&'static str),
    /// A tagged union's value whose tag names no variant.
    NewTag { tag: &'static str, value: String },
    /// An untagged union's value that no variant fits.
    NoVariantFits,
}

impl std::fmt::Display for Unknown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let t = self.type_name;
        match &self.why {
            Why::NewValue => write!(f, "{t}: value {} is not one of its values", self.value),
            Why::TagMissing(tag) => write!(f, "{t}: no tag property `{tag}`"),
            Why::NewTag { tag, value } => write!(f, "{t}: tag `{tag}` = {value} names no variant"),
            Why::NoVariantFits => write!(f, "{t}: no variant fits {}", self.value),
        }
    }
}

/// Records the values that land in `Unknown` on this thread until
/// [`finish`](Watch::finish) (or drop). Watches nest, and the answers the
/// client decodes meanwhile are seen too.
#[derive(Debug)]
pub struct Watch(Collection);

impl Watch {
    pub fn start() -> Watch {
        Watch(Collection::start())
    }

    /// The values recorded since the watch started.
    pub fn finish(self) -> Vec<Unknown> {
        deviation::unknowns(self.0.finish())
    }
}

/// Notes an open enum's value that decoded into `Unknown`.
#[doc(hidden)]
pub fn note_value(type_name: &'static str, value: &str) {
    note(type_name, &serde_json::Value::from(value), Why::NewValue);
}

/// Notes a tagged union's value that decoded into `Unknown`.
#[doc(hidden)]
pub fn note_tag(type_name: &'static str, tag: &'static str, value: &serde_json::Value) {
    let why = match value.get(tag) {
        None => Why::TagMissing(tag),
        Some(v) => Why::NewTag {
            tag,
            value: v.to_string(),
        },
    };
    note(type_name, value, why);
}

/// Notes an untagged union's value that no variant fits.
#[doc(hidden)]
pub fn note_unfit(type_name: &'static str, value: &serde_json::Value) {
    note(type_name, value, Why::NoVariantFits);
}

fn note(type_name: &'static str, value: &dyn Display, why: Why) {
    if !deviation::collecting() {
        return;
    }
    let mut value = value.to_string();
    if value.len() > KEEP {
        let cut = (0..=KEEP)
            .rev()
            .find(|i| value.is_char_boundary(*i))
            .unwrap_or(0);
        value.truncate(cut);
    }
    deviation::note(Kind::Unknown(Unknown {
        type_name,
        value,
        why,
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_watch_records_and_watches_nest() {
        note_value("Before", "x");
        let outer = Watch::start();
        note_value("A", "a");
        let inner = Watch::start();
        note_tag("B", "kind", &serde_json::json!({"kind": "new"}));
        let m = deviation::mark();
        note_value("C", "c");
        deviation::rollback(m);
        let inner = inner.finish();
        assert_eq!(inner.len(), 1);
        assert_eq!(
            inner[0].to_string(),
            r#"B: tag `kind` = "new" names no variant"#
        );
        note_unfit("D", &serde_json::Value::from("x".repeat(500)));
        note_tag("E", "kind", &serde_json::json!({}));
        let seen = outer.finish();
        // The inner watch's value reached the outer one too.
        assert_eq!(seen.len(), 4);
        assert_eq!(
            seen[0].to_string(),
            r#"A: value "a" is not one of its values"#
        );
        assert_eq!(seen[1].type_name, "B");
        assert_eq!(seen[2].value.len(), 200);
        assert_eq!(seen[3].to_string(), "E: no tag property `kind`");
        note_value("After", "x");
        assert!(Watch::start().finish().is_empty());
    }
}
