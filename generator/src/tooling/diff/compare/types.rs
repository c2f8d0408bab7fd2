//! Changes of paired types: fields (added, removed, retyped, made
//! required or optional), enum values, kinds.

use super::{Compare, Side, show};
use crate::types::{DefKind, Enum, Field, Struct, Ty, TypeId};
use std::collections::BTreeMap;

impl Compare<'_> {
    pub(super) fn def(&mut self, o: TypeId, n: TypeId, side: Option<Side>) {
        let (a, b) = (&self.old.defs[o], &self.new.defs[n]);
        match (&a.kind, &b.kind) {
            (DefKind::Struct(s), DefKind::Struct(t)) => {
                self.fields(&b.name, s, t, side.unwrap_or_default())
            }
            (DefKind::Union(u), DefKind::Union(v)) => {
                for x in u
                    .variants
                    .iter()
                    .filter(|x| !v.variants.iter().any(|y| y.ident == x.ident))
                {
                    self.push(
                        "union-variant-removed",
                        true,
                        &b.name,
                        format!("variant `{}` removed", x.ident),
                    );
                }
                for y in &v.variants {
                    let Some(x) = u.variants.iter().find(|x| x.ident == y.ident) else {
                        self.push(
                            "union-variant-added",
                            false,
                            &b.name,
                            format!("variant `{}` added", y.ident),
                        );
                        continue;
                    };
                    for key in y.keys.iter().filter(|k| !x.keys.contains(k)) {
                        self.push(
                            "union-tag-added",
                            false,
                            &b.name,
                            format!("tag value {key:?} decodes as variant `{}`", y.ident),
                        );
                    }
                }
            }
            (DefKind::Enum(e), DefKind::Enum(f)) => self.enum_values(&b.name, e, f),
            _ => {}
        }
    }

    /// Enum values removed, added, or spelled anew under the same variant
    /// (`SECONDARY` → `secondary`: callers' code keeps compiling, only the
    /// wire text changes).
    fn enum_values(&mut self, name: &str, e: &Enum, f: &Enum) {
        let wires = |e: &Enum| -> BTreeMap<String, String> {
            e.variants
                .iter()
                .map(|v| (v.wire.clone(), v.ident.clone()))
                .collect()
        };
        let (old, new) = (wires(e), wires(f));
        let ident_of = |wires: &BTreeMap<String, String>, ident: &str| {
            wires
                .iter()
                .find(|(_, i)| *i == ident)
                .map(|(w, _)| w.clone())
        };
        for (gone, ident) in old.iter().filter(|(w, _)| !new.contains_key(*w)) {
            match ident_of(&new, ident) {
                Some(now) => self.push(
                    "enum-value-respelled",
                    false,
                    name,
                    format!("variant `{ident}` is now sent as {now:?} (was {gone:?})"),
                ),
                None => self.push(
                    "enum-value-removed",
                    true,
                    name,
                    format!("value {gone:?} removed"),
                ),
            }
        }
        for (added, ident) in new.iter().filter(|(w, _)| !old.contains_key(*w)) {
            if ident_of(&old, ident).is_none() {
                self.push(
                    "enum-value-added",
                    false,
                    name,
                    format!("value {added:?} added (open enum)"),
                );
            }
        }
    }

    /// Field changes, breaking as the sides the type is used on make them.
    fn fields(&mut self, name: &str, s: &Struct, t: &Struct, side: Side) {
        for f in &t.fields {
            let Some(g) = s.fields.iter().find(|g| g.wire == f.wire) else {
                if side.request && f.needed_in_requests() {
                    self.push(
                        "request-field-added-required",
                        true,
                        name,
                        format!("required field `{}` added", f.wire),
                    );
                } else {
                    self.push(
                        "field-added",
                        false,
                        name,
                        format!("field `{}` added", f.wire),
                    );
                }
                continue;
            };
            self.field(name, g, f, side);
        }
        for g in s
            .fields
            .iter()
            .filter(|g| !t.fields.iter().any(|f| f.wire == g.wire))
        {
            let id = if side.response {
                "response-field-removed"
            } else {
                "request-field-removed"
            };
            self.push(id, true, name, format!("field `{}` removed", g.wire));
        }
    }

    fn field(&mut self, name: &str, g: &Field, f: &Field, side: Side) {
        let wire = &f.wire;
        if g.nullable() == f.nullable() && self.enum_dropped(name, g, f) {
            return;
        }
        if !self.same_ty(&g.ty, &f.ty) || g.nullable() != f.nullable() {
            let id = if side.response {
                "response-field-type-changed"
            } else {
                "request-field-type-changed"
            };
            self.push(
                id,
                true,
                name,
                format!(
                    "field `{wire}`: {} → {}",
                    show(self.old, &g.ty),
                    show(self.new, &f.ty)
                ),
            );
        } else if g.optional() != f.optional() && (side.response || f.needed_in_requests()) {
            let id = if f.optional() {
                "response-field-became-optional"
            } else {
                "request-field-became-required"
            };
            self.push(
                id,
                true,
                name,
                format!(
                    "field `{wire}` became {}",
                    if f.optional() { "optional" } else { "required" }
                ),
            );
        }
        if f.deprecated && !g.deprecated {
            self.push(
                "field-deprecated",
                false,
                name,
                format!("field `{wire}` deprecated"),
            );
        }
    }

    /// The same Rust type on both sides (named types through the pairing).
    /// A field whose type went from an enum (or a list of one) to a plain
    /// string (or a list of them): the spec dropped the values.
    fn enum_dropped(&mut self, name: &str, g: &Field, f: &Field) -> bool {
        let (old, new, items) = match (&g.ty, &f.ty) {
            (Ty::Vec(a), Ty::Vec(b)) => (a.as_ref(), b.as_ref(), "/items"),
            (a, b) => (a, b, ""),
        };
        let (Ty::Named(id), Ty::String) = (old, new) else {
            return false;
        };
        let def = &self.old.defs[*id];
        let DefKind::Enum(e) = &def.kind else {
            return false;
        };
        let detail = format!(
            "field `{}`: the spec no longer lists the values of `{}` (a plain string now)",
            f.wire, def.name
        );
        self.push("enum-dropped", true, name, detail.clone());
        self.enums_dropped.push(super::super::DroppedEnum {
            pointer: format!("{}{items}", f.pointer),
            name: def.name.clone(),
            values: e.variants.iter().map(|v| v.wire.clone()).collect(),
            subject: name.to_owned(),
            detail,
        });
        true
    }

    pub(super) fn same_ty(&self, old: &Ty, new: &Ty) -> bool {
        match (
            old.through_aliases(&self.old.defs),
            new.through_aliases(&self.new.defs),
        ) {
            (Ty::Vec(a), Ty::Vec(b)) | (Ty::Map(a), Ty::Map(b)) => self.same_ty(a, b),
            (Ty::Named(a), Ty::Named(b)) => self.pairs.ty(*a) == Some(*b),
            (a, b) => a == b,
        }
    }
}
