//! Values that decoded into an `Unknown` variant: an open enum's value this
//! crate does not know, or a union value that no variant describes. They
//! are recorded only while a [`Watch`] runs on the current thread, so tests
//! can tell "decoded" from "decoded into the type the spec meant"; outside
//! a watch, noting one costs a thread-local check.
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

use std::cell::RefCell;
use std::fmt::Display;

/// The longest value text kept.
const KEEP: usize = 200;

thread_local! {
    static SEEN: RefCell<Option<Vec<Unknown>>> = const { RefCell::new(None) };
}

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

/// Records unknown values on this thread until [`finish`](Watch::finish)
/// (or drop). Watches nest: the inner one sees only its own values.
#[derive(Debug)]
pub struct Watch {
    /// What the enclosing watch had recorded (`None`: no enclosing watch).
    outer: Option<Vec<Unknown>>,
    finished: bool,
}

impl Watch {
    pub fn start() -> Watch {
        let outer = SEEN.with(|seen| seen.borrow_mut().replace(Vec::new()));
        Watch {
            outer,
            finished: false,
        }
    }

    /// The values recorded since the watch started.
    pub fn finish(mut self) -> Vec<Unknown> {
        self.restore()
    }

    /// Gives the enclosing watch back its records; once.
    fn restore(&mut self) -> Vec<Unknown> {
        if std::mem::replace(&mut self.finished, true) {
            return Vec::new();
        }
        let outer = self.outer.take();
        SEEN.with(|seen| std::mem::replace(&mut *seen.borrow_mut(), outer))
            .unwrap_or_default()
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.restore();
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
    SEEN.with(|seen| {
        if let Some(list) = seen.borrow_mut().as_mut() {
            let mut value = value.to_string();
            if value.len() > KEEP {
                let cut = (0..=KEEP)
                    .rev()
                    .find(|i| value.is_char_boundary(*i))
                    .unwrap_or(0);
                value.truncate(cut);
            }
            list.push(Unknown {
                type_name,
                value,
                why,
            });
        }
    });
}

/// How many values are noted so far (a mark to roll back to).
#[doc(hidden)]
pub fn mark() -> usize {
    SEEN.with(|seen| seen.borrow().as_ref().map_or(0, Vec::len))
}

/// Forgets what was noted after `mark`: an untagged union tries variants
/// in turn, and what a variant that did not fit noted does not count.
#[doc(hidden)]
pub fn rollback(mark: usize) {
    SEEN.with(|seen| {
        if let Some(list) = seen.borrow_mut().as_mut() {
            list.truncate(mark);
        }
    });
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
        let m = mark();
        note_value("C", "c");
        rollback(m);
        let inner = inner.finish();
        assert_eq!(inner.len(), 1);
        assert_eq!(
            inner[0].to_string(),
            r#"B: tag `kind` = "new" names no variant"#
        );
        note_unfit("D", &serde_json::Value::from("x".repeat(500)));
        note_tag("E", "kind", &serde_json::json!({}));
        let seen = outer.finish();
        assert_eq!(seen.len(), 3);
        assert_eq!(
            seen[0].to_string(),
            r#"A: value "a" is not one of its values"#
        );
        assert_eq!(seen[1].value.len(), 200);
        assert_eq!(seen[2].to_string(), "E: no tag property `kind`");
        note_value("After", "x");
        assert!(Watch::start().finish().is_empty());
    }
}
