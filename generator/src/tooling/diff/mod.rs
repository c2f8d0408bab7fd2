//! The change report between two specs, in terms of the generated Rust
//! API: which methods, types, fields and enum values appear, go, get
//! renamed or change, what breaks a caller, and the semver verdict for
//! the generated crate.
//!
//! Operations are paired by route (HTTP method and path, path-parameter
//! names ignored), which is how MongoDB derives operationIds and how
//! oasdiff pairs them; types through the paired operations' parameters,
//! bodies and responses (field by field), then by name, then by identical
//! structure.
//!
//! - `pair`: the pairing of operations and types;
//! - `compare`: the changes of paired operations and types;
//! - `render`: Markdown and JSON.

mod compare;
mod pair;
mod render;

#[cfg(test)]
mod tests;

pub use render::{json, markdown};

use crate::ir::Ir;
use serde::Serialize;

/// What one side of the comparison is.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Side {
    pub file: String,
    pub sha256: String,
    /// The API release date its default versions speak.
    pub release: String,
}

/// The semver verdict for the generated crate.
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Semver {
    /// Documentation only (or nothing).
    Patch,
    /// Additions, deprecations, renames covered by aliases.
    Minor,
    /// Something breaks a caller even with the aliases.
    Major,
}

impl Semver {
    pub fn as_str(self) -> &'static str {
        match self {
            Semver::Patch => "patch",
            Semver::Minor => "minor",
            Semver::Major => "major",
        }
    }
}

/// One change, with a stable check id (for tools), the spec item it is
/// about, and what it means for the Rust API.
#[derive(Clone, Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// Stable id of the kind of change (`request-field-removed`, …).
    pub id: &'static str,
    /// Breaks callers (a compile error or a request that now fails).
    pub breaking: bool,
    /// The operation (`operationId`) or type the change is in.
    pub subject: String,
    /// What changed, in spec and Rust terms.
    pub detail: String,
}

/// An operation on one side: its id, route, Rust method and group.
#[derive(Clone, Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct OpRef {
    pub operation_id: String,
    /// `PATCH /api/atlas/v2/orgs/{orgId}/invites/{invitationId}`.
    pub route: String,
    /// `organizations().update_org_invite_by_id`.
    pub method: String,
    /// The request builder type.
    pub builder: String,
    /// The module of its API group.
    pub group: String,
    pub deprecated: bool,
    pub sunset: Option<String>,
}

/// A route whose operation is named differently on each side.
#[derive(Clone, Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Renamed {
    pub old: OpRef,
    pub new: OpRef,
}

/// A type paired across the specs under another name.
#[derive(Clone, Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct TypeRename {
    pub old: String,
    pub new: String,
    /// How the pair was found: `position` (the same place in paired
    /// operations) or `structure` (identical fields or values).
    pub by: &'static str,
}

/// Everything that changed.
#[derive(Clone, Debug, Serialize, Default)]
pub struct Report {
    pub old: Option<Side>,
    pub new: Option<Side>,
    pub operations_added: Vec<OpRef>,
    pub operations_removed: Vec<OpRef>,
    pub operations_renamed: Vec<Renamed>,
    /// Routes whose operation moved to another API group (renamed or not).
    pub operations_moved: Vec<Renamed>,
    pub types_renamed: Vec<TypeRename>,
    pub types_added: Vec<String>,
    pub types_removed: Vec<String>,
    /// Versions, sunsets, deprecations, request and response changes.
    pub changes: Vec<Change>,
    /// Compatibility aliases that an update drops (see `compat`).
    pub aliases_dropped: Vec<Change>,
    /// Fields whose enum the new spec no longer lists (their changes are
    /// `enum-dropped`); an update keeps them (`compat::EnumRecord`).
    pub enums_dropped: Vec<DroppedEnum>,
}

/// A string schema that lost the values of an enum.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DroppedEnum {
    /// The string schema in the new spec (the property, or its items).
    pub pointer: String,
    /// The enum's name in the old crate, and its values there.
    pub name: String,
    pub values: Vec<String>,
    /// The `enum-dropped` change it explains: its subject and detail.
    pub subject: String,
    pub detail: String,
}

impl Report {
    /// Major when anything breaks a caller (renames are covered by the
    /// aliases the crate keeps), minor when anything was added, renamed
    /// or deprecated, else patch.
    pub fn semver(&self) -> Semver {
        let breaking = !self.operations_removed.is_empty()
            || !self.types_removed.is_empty()
            || !self.aliases_dropped.is_empty()
            || self.changes.iter().any(|c| c.breaking);
        let additive = !self.operations_added.is_empty()
            || !self.operations_renamed.is_empty()
            || !self.operations_moved.is_empty()
            || !self.types_renamed.is_empty()
            || !self.types_added.is_empty()
            || !self.changes.is_empty();
        match (breaking, additive) {
            (true, _) => Semver::Major,
            (false, true) => Semver::Minor,
            (false, false) => Semver::Patch,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.semver() == Semver::Patch && self.aliases_dropped.is_empty()
    }
}

/// Compares two IRs. `today` (`YYYY-MM-DD`) tells which sunsets have
/// passed.
pub fn diff(old: &Ir, new: &Ir, today: &str) -> Report {
    let pairs = pair::pair(old, new);
    let mut report = Report::default();
    pair::operations(old, new, &pairs, &mut report);
    pair::types(old, new, &pairs, &mut report);
    compare::all(old, new, &pairs, today, &mut report);
    report.changes.sort();
    report.changes.dedup();
    report
}

/// `GET /a/{}/b`: the route of an operation, path-parameter names left out.
pub fn route_key(method: &str, path: &str) -> String {
    let mut key = format!("{method} ");
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                key.push_str("{}");
            }
            '}' => in_param = false,
            c if !in_param => key.push(c),
            _ => {}
        }
    }
    key
}
