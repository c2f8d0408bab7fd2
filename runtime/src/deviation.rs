//! Where an answer differs from the spec and the client read it anyway.
//!
//! The server is the truth and the spec a description of it: Atlas omits
//! properties the spec calls required, spells enum values in another case,
//! and answers statuses the spec does not list. The client reads such an
//! answer by fixed rules (see the README, "What the client tolerates")
//! instead of failing, and records each departure as a [`Deviation`]
//! with its JSON path. A response carries its deviations
//! ([`ResponseValue::deviations`](crate::ResponseValue::deviations)), and
//! the first of each kind at each place is logged as a tracing warning.
//!
//! Notes are gathered on the current thread while a collection runs
//! ([`collect`], or each response's decoding); outside one, noting costs a
//! thread-local check. Paths are built from the inside out, as decode
//! errors' are: a note starts with an empty path and each enclosing field,
//! item or map entry adds its segment ([`prefix`]).

use crate::unknown::Unknown;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::sync::Mutex;

/// One place where an answer departs from the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deviation {
    /// JSON path in the answer (`results[3].biConnector.readPreference`);
    /// `.` for the answer as a whole.
    pub path: String,
    pub kind: Kind,
}

/// How an answer departs from the spec, and what the client made of it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind {
    /// A 2xx status the spec does not document for the operation: a
    /// success all the same, its body read as the documented success's.
    UndocumentedStatus { status: u16 },
    /// An empty body where the documented success has a JSON body: read
    /// as `{}`.
    EmptyBody,
    /// A property the spec calls required was absent (or `null`): the
    /// field holds its type's default (`""`, `0`, `false`, empty, …).
    MissingRequired { type_name: &'static str },
    /// An enum value in another ASCII case than the spec's (`secondary`
    /// for `SECONDARY`): read as the spec's value.
    EnumCase {
        type_name: &'static str,
        received: String,
        value: &'static str,
    },
    /// A value that decoded into an `Unknown` variant: an enum value the
    /// spec does not list, or a union value no variant describes.
    Unknown(Unknown),
}

impl fmt::Display for Deviation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = &self.path;
        match &self.kind {
            Kind::UndocumentedStatus { status } => write!(
                f,
                "status {status} is not documented; read as the documented success"
            ),
            Kind::EmptyBody => f.write_str("empty body where JSON was documented; read as {}"),
            Kind::MissingRequired { type_name } => write!(
                f,
                "{at}: required by {type_name} but absent; read as its default"
            ),
            Kind::EnumCase {
                type_name,
                received,
                value,
            } => write!(f, "{at}: {type_name} value {received:?} read as {value:?}"),
            Kind::Unknown(u) => write!(f, "{at}: {u}"),
        }
    }
}

/// A path segment, innermost first in a note.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Segment {
    Key(String),
    Index(usize),
}

/// `results[3].roles[0]` from segments innermost first; `.` when empty.
pub(crate) fn render_path(segments: &[Segment]) -> String {
    if segments.is_empty() {
        return ".".to_owned();
    }
    let mut out = String::new();
    for segment in segments.iter().rev() {
        match segment {
            Segment::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

#[derive(Debug, Clone)]
pub(crate) struct Note {
    /// Innermost segment first.
    path: Vec<Segment>,
    kind: Kind,
}

thread_local! {
    /// The notes of the innermost collection running on this thread.
    static NOTES: RefCell<Option<Vec<Note>>> = const { RefCell::new(None) };
}

/// Gathers the notes made on this thread until [`finish`](Self::finish)
/// (or drop). Collections nest: the inner one returns its own notes and
/// hands them on to the enclosing one too.
#[derive(Debug)]
pub struct Collection {
    /// What the enclosing collection had gathered (`None`: there is none).
    outer: Option<Vec<Note>>,
    finished: bool,
}

impl Collection {
    pub fn start() -> Collection {
        let outer = NOTES.with(|n| n.borrow_mut().replace(Vec::new()));
        Collection {
            outer,
            finished: false,
        }
    }

    /// The deviations noted since the start, in the order noted.
    pub fn finish(mut self) -> Vec<Deviation> {
        self.close()
            .into_iter()
            .map(|n| Deviation {
                path: render_path(&n.path),
                kind: n.kind,
            })
            .collect()
    }

    /// Restores the enclosing collection with these notes added; once.
    fn close(&mut self) -> Vec<Note> {
        if std::mem::replace(&mut self.finished, true) {
            return Vec::new();
        }
        let mut outer = self.outer.take();
        NOTES.with(|n| {
            let mut slot = n.borrow_mut();
            let own = slot.take().unwrap_or_default();
            if let Some(outer) = outer.as_mut() {
                outer.extend(own.iter().cloned());
            }
            *slot = outer;
            own
        })
    }
}

impl Drop for Collection {
    fn drop(&mut self) {
        self.close();
    }
}

/// Runs `f` and returns what it noted: for code that decodes generated
/// types itself (`serde_json::from_str`) and wants to see what was
/// tolerated.
pub fn collect<R>(f: impl FnOnce() -> R) -> (R, Vec<Deviation>) {
    let collection = Collection::start();
    let result = f();
    (result, collection.finish())
}

/// Notes a deviation at the current place (its path is filled in by the
/// enclosing fields as decoding returns through them).
pub(crate) fn note(kind: Kind) {
    NOTES.with(|n| {
        if let Some(list) = n.borrow_mut().as_mut() {
            list.push(Note {
                path: Vec::new(),
                kind,
            });
        }
    });
}

/// Whether a collection runs on this thread (notes are worth building).
pub(crate) fn collecting() -> bool {
    NOTES.with(|n| n.borrow().is_some())
}

/// How many notes there are so far: a mark for [`prefix`] and
/// [`rollback`].
#[doc(hidden)]
pub fn mark() -> usize {
    NOTES.with(|n| n.borrow().as_ref().map_or(0, Vec::len))
}

/// Adds `segment` to the path of every note made since `mark`.
pub(crate) fn prefix(mark: usize, segment: impl FnOnce() -> Segment) {
    NOTES.with(|n| {
        if let Some(list) = n.borrow_mut().as_mut() {
            if list.len() > mark {
                let segment = segment();
                for note in &mut list[mark..] {
                    note.path.push(segment.clone());
                }
            }
        }
    });
}

/// Forgets the notes made since `mark`: an untagged union tries variants
/// in turn, and what a variant that was not chosen noted does not count.
#[doc(hidden)]
pub fn rollback(mark: usize) {
    NOTES.with(|n| {
        if let Some(list) = n.borrow_mut().as_mut() {
            list.truncate(mark);
        }
    });
}

/// Whether a note since `mark` is a required property left out.
pub(crate) fn lacks_required_since(mark: usize) -> bool {
    NOTES.with(|n| {
        n.borrow().as_ref().is_some_and(|list| {
            list.iter()
                .skip(mark)
                .any(|note| matches!(note.kind, Kind::MissingRequired { .. }))
        })
    })
}

/// Whether a note since `mark` is a value in `Unknown`.
pub(crate) fn has_unknown_since(mark: usize) -> bool {
    NOTES.with(|n| {
        n.borrow().as_ref().is_some_and(|list| {
            list.iter()
                .skip(mark)
                .any(|note| matches!(note.kind, Kind::Unknown(_)))
        })
    })
}

/// Takes the notes made since `mark` out (to put back with [`restore`]).
pub(crate) fn take_since(mark: usize) -> Vec<Note> {
    NOTES.with(|n| match n.borrow_mut().as_mut() {
        Some(list) if list.len() > mark => list.split_off(mark),
        _ => Vec::new(),
    })
}

pub(crate) fn restore(notes: Vec<Note>) {
    NOTES.with(|n| {
        if let Some(list) = n.borrow_mut().as_mut() {
            list.extend(notes);
        }
    });
}

/// The `Unknown` notes made since `mark` (for [`crate::unknown::Watch`]).
pub(crate) fn unknowns(deviations: Vec<Deviation>) -> Vec<Unknown> {
    deviations
        .into_iter()
        .filter_map(|d| match d.kind {
            Kind::Unknown(u) => Some(u),
            _ => None,
        })
        .collect()
}

/// The spec's value that `received` equals but for ASCII case, when
/// exactly one does; noted as [`Kind::EnumCase`]. Otherwise the value is
/// new, noted as [`Kind::Unknown`], and `None`.
#[doc(hidden)]
pub fn enum_value(
    type_name: &'static str,
    values: &'static [&'static str],
    received: &str,
) -> Option<&'static str> {
    let mut matches = values.iter().filter(|v| v.eq_ignore_ascii_case(received));
    match (matches.next(), matches.next()) {
        (Some(value), None) => {
            note(Kind::EnumCase {
                type_name,
                received: received.to_owned(),
                value,
            });
            Some(value)
        }
        _ => {
            crate::unknown::note_value(type_name, received);
            None
        }
    }
}

/// Logs each deviation of an answer as a tracing warning, once per
/// operation, kind and place (list indices left out) in the process: a
/// list of 500 clusters with the same departure, or a waiter polling
/// every few seconds, warns once.
pub(crate) fn warn(operation: &'static str, deviations: &[Deviation]) {
    static SEEN: Mutex<Option<HashSet<String>>> = Mutex::new(None);
    for d in deviations {
        let key = format!(
            "{operation} {} {}",
            kind_name(&d.kind),
            without_indices(&d.path)
        );
        let first = SEEN
            .lock()
            .map(|mut seen| seen.get_or_insert_with(HashSet::new).insert(key))
            .unwrap_or(false);
        if first {
            tracing::warn!(operation, path = %d.path, "the answer departs from the spec: {d}");
        } else {
            tracing::debug!(operation, path = %d.path, "the answer departs from the spec: {d}");
        }
    }
}

fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::UndocumentedStatus { .. } => "status",
        Kind::EmptyBody => "empty",
        Kind::MissingRequired { .. } => "missing",
        Kind::EnumCase { .. } => "case",
        Kind::Unknown(_) => "unknown",
    }
}

/// `results[3].roles[0]` → `results[].roles[]`.
fn without_indices(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push('[');
            }
            ']' => {
                in_index = false;
                out.push(']');
            }
            _ if in_index => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_grow_from_the_inside_and_collections_nest() {
        note(Kind::EmptyBody); // nothing collects: dropped
        let outer = Collection::start();
        let m = mark();
        let inner = Collection::start();
        note(Kind::MissingRequired { type_name: "T" });
        let inner = inner.finish();
        assert_eq!(inner.len(), 1);
        assert_eq!(inner[0].path, ".");
        // The inner collection's note reached the outer one.
        prefix(m, || Segment::Key("name".into()));
        prefix(m, || Segment::Index(3));
        prefix(m, || Segment::Key("results".into()));
        let m2 = mark();
        prefix(m2, || unreachable!("no note since the mark"));
        note(Kind::EmptyBody);
        let seen = outer.finish();
        assert_eq!(seen.len(), 2);
        assert_eq!(seen[0].path, "results[3].name");
        assert_eq!(
            seen[0].to_string(),
            "results[3].name: required by T but absent; read as its default"
        );
        assert_eq!(seen[1].path, ".");
        assert!(Collection::start().finish().is_empty());
    }

    #[test]
    fn rollback_and_take_forget_notes_after_the_mark() {
        let c = Collection::start();
        note(Kind::EmptyBody);
        let m = mark();
        note(Kind::MissingRequired { type_name: "A" });
        rollback(m);
        note(Kind::MissingRequired { type_name: "B" });
        let taken = take_since(m);
        assert_eq!(taken.len(), 1);
        assert_eq!(mark(), 1);
        restore(taken);
        let seen = c.finish();
        assert_eq!(seen.len(), 2);
        assert_eq!(
            seen[1].kind,
            Kind::MissingRequired { type_name: "B" },
            "{seen:?}"
        );
    }

    #[test]
    fn enum_values_match_ignoring_ascii_case_only_when_one_does() {
        let values: &'static [&'static str] = &["PRIMARY", "SECONDARY", "Mixed", "MIXED"];
        let ((a, b, c), seen) = collect(|| {
            (
                enum_value("Pref", values, "secondary"),
                enum_value("Pref", values, "mixed"),
                enum_value("Pref", values, "nearest"),
            )
        });
        assert_eq!(a, Some("SECONDARY"));
        // Two values fold to `mixed`: no guess.
        assert_eq!((b, c), (None, None));
        assert_eq!(seen.len(), 3);
        assert_eq!(
            seen[0].to_string(),
            r#".: Pref value "secondary" read as "SECONDARY""#
        );
        assert!(matches!(&seen[1].kind, Kind::Unknown(u) if u.value == r#""mixed""#));
    }

    #[test]
    fn indices_are_left_out_of_the_warning_key() {
        assert_eq!(
            without_indices("results[12].roles[0].x"),
            "results[].roles[].x"
        );
        assert_eq!(without_indices("."), ".");
    }
}
