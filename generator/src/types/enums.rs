//! String enums. Identical value sets are one type wherever they occur
//! (the org roles appear inline at sixteen places and are one `OrgRole`).

use super::{DefKind, Enum, EnumVariant, Ty, TypeId, TypeSpace};
use crate::naming::{NameTable, pascal_ident};
use crate::schema::Flat;
use serde_json::Value;
use std::collections::BTreeSet;

impl<'a> TypeSpace<'a> {
    /// An inline string enum: reuse an identical one or make a new def.
    pub(super) fn enum_def(&mut self, flat: &Flat<'a>, at: &str, hint: &str) -> TypeId {
        let values = enum_values(flat);
        self.enum_from_values(values, at, hint, flat.description(), flat.deprecated())
    }

    pub(super) fn enum_from_values(
        &mut self,
        values: Vec<String>,
        at: &str,
        hint: &str,
        doc: Option<&str>,
        deprecated: bool,
    ) -> TypeId {
        let key = value_set(&values);
        if let Some(id) = self.enums.get(&key).copied() {
            self.rename_from_settings(id, at);
            return id;
        }
        let id = self.new_def(
            at,
            hint,
            doc,
            deprecated,
            DefKind::Enum(enum_variants(&values)),
        );
        self.enums.insert(key, id);
        id
    }

    /// A later occurrence of a shared enum may carry the configured name
    /// for the type.
    fn rename_from_settings(&mut self, id: TypeId, at: &str) {
        let Some(want) = self.settings.names.get(at).cloned() else {
            return;
        };
        if self.defs[id].name != want && !self.names.is_taken(&want) {
            self.names.reserve(&want);
            self.defs[id].name = want;
        }
    }

    /// A component enum: the first component with a value set owns it; a
    /// later identical one becomes an alias of it.
    pub(super) fn enum_kind(&mut self, flat: &Flat<'a>, this: TypeId) -> DefKind {
        self.owned_enum(enum_values(flat), this)
    }

    /// The enum kind of the def `this`: the first def with a value set owns
    /// it, a later one with the same values is an alias of the first.
    pub(super) fn owned_enum(&mut self, values: Vec<String>, this: TypeId) -> DefKind {
        let key = value_set(&values);
        match self.enums.get(&key).copied() {
            Some(existing) if existing != this => DefKind::Alias(Ty::Named(existing)),
            _ => {
                self.enums.insert(key, this);
                DefKind::Enum(enum_variants(&values))
            }
        }
    }
}

/// The string values of an enum, first occurrence kept, in spec order.
pub(super) fn enum_values(flat: &Flat<'_>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    flat.enum_values
        .iter()
        .filter_map(Value::as_str)
        .filter(|v| seen.insert(v.to_string()))
        .map(str::to_owned)
        .collect()
}

/// The key that identifies a value set: the values, sorted.
fn value_set(values: &[String]) -> Vec<String> {
    let mut key = values.to_vec();
    key.sort();
    key
}

pub(super) fn enum_variants(values: &[String]) -> Enum {
    let mut table = NameTable::new();
    // The catch-all is always `Unknown(String)`; a wire value "UNKNOWN"
    // becomes `UnknownValue`.
    table.reserve("Unknown");
    let variants = values
        .iter()
        .map(|v| {
            let mut want = pascal_ident(v);
            if want == "Unknown" {
                want = "UnknownValue".to_owned();
            }
            EnumVariant {
                ident: table.claim(&want),
                wire: v.clone(),
            }
        })
        .collect();
    Enum { variants }
}

pub fn is_plain_string_enum(flat: &Flat<'_>) -> bool {
    !flat.enum_values.is_empty()
        && flat.enum_values.iter().all(Value::is_string)
        && !flat.has_properties()
        && flat.one_of.is_empty()
        && flat.all_of.is_empty()
        && flat.any_of.is_empty()
}
