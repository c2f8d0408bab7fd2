//! Changes of paired operations (versions, sunsets, deprecation,
//! parameters, body, response type) and of paired types (fields, enum
//! values), classified by the side a type is used on.

use super::pair::Pairs;
use super::{Change, Report, route_key};
use crate::ir::Ir;
use crate::ops::{Location, Operation, Output, SuccessKind};
use crate::types::{DefKind, Enum, Field, Struct, Ty, TypeDef, TypeId};
use std::collections::{BTreeMap, BTreeSet};

pub(super) fn all(old: &Ir, new: &Ir, pairs: &Pairs, today: &str, report: &mut Report) {
    let mut cmp = Compare {
        old,
        new,
        pairs,
        changes: Vec::new(),
    };
    for &(o, n) in &pairs.routes {
        let (a, b) = (&old.operations[o], &new.operations[n]);
        cmp.versions(a, b, today);
        cmp.deprecation(a, b);
        cmp.params(a, b);
        cmp.body(a, b);
        cmp.response(a, b);
    }
    let (old_sides, new_sides) = (Sides::of(old), Sides::of(new));
    for (&o, &(n, _)) in &pairs.types {
        let side = old_sides.of_def(o).or(new_sides.of_def(n));
        cmp.def(o, n, side);
    }
    report.changes.extend(cmp.changes);
}

struct Compare<'c> {
    old: &'c Ir,
    new: &'c Ir,
    pairs: &'c Pairs,
    changes: Vec<Change>,
}

impl Compare<'_> {
    fn push(&mut self, id: &'static str, breaking: bool, subject: &str, detail: String) {
        self.changes.push(Change {
            id,
            breaking,
            subject: subject.to_owned(),
            detail,
        });
    }

    /// Versions offered, and the sunsets of every version at the route.
    fn versions(&mut self, a: &Operation, b: &Operation, today: &str) {
        for v in b.versions.iter().filter(|v| !a.versions.contains(v)) {
            let detail = format!(
                "version {v} added (method `{}_{}`)",
                b.names.method,
                crate::ops::version_suffix(v)
            );
            self.push("version-added", false, &b.id, detail);
        }
        let (old_sunsets, new_sunsets) = (sunsets(self.old, a), sunsets(self.new, b));
        for (version, date) in &new_sunsets {
            if old_sunsets.get(version) != Some(date) {
                self.push(
                    "sunset-set",
                    false,
                    &b.id,
                    format!("version {version} sunsets on {date} (x-sunset)"),
                );
            }
            if date.as_str() <= today {
                self.push(
                    "sunset-passed",
                    false,
                    &b.id,
                    format!("version {version} sunset on {date}; Atlas may refuse it"),
                );
            }
        }
    }

    fn deprecation(&mut self, a: &Operation, b: &Operation) {
        if b.deprecated && !a.deprecated {
            let sunset = b
                .sunset
                .as_ref()
                .map(|s| format!(", sunset {s}"))
                .unwrap_or_default();
            self.push(
                "operation-deprecated",
                false,
                &b.id,
                format!("`{}` deprecated{sunset}", b.names.method),
            );
        }
        for p in &b.params {
            let before = a
                .params
                .iter()
                .find(|q| q.wire == p.wire && q.location == p.location);
            if p.deprecated && before.is_some_and(|q| !q.deprecated) {
                self.push(
                    "parameter-deprecated",
                    false,
                    &b.id,
                    format!("{} parameter `{}` deprecated", p.location.as_str(), p.wire),
                );
            }
        }
    }

    /// Added, removed, retyped and newly required parameters.
    fn params(&mut self, a: &Operation, b: &Operation) {
        for p in &b.params {
            let before = a
                .params
                .iter()
                .find(|q| q.wire == p.wire && q.location == p.location);
            let what = format!("{} parameter `{}`", p.location.as_str(), p.wire);
            match before {
                None if p.required || p.location == Location::Path => self.push(
                    "request-parameter-added-required",
                    true,
                    &b.id,
                    format!("required {what} added"),
                ),
                None => self.push(
                    "request-parameter-added",
                    false,
                    &b.id,
                    format!("optional {what} added (setter `{}`)", p.ident),
                ),
                Some(q) if !self.same_ty(&q.ty, &p.ty) => self.push(
                    "request-parameter-type-changed",
                    true,
                    &b.id,
                    format!(
                        "{what}: {} → {}",
                        show(self.old, &q.ty),
                        show(self.new, &p.ty)
                    ),
                ),
                Some(q) if p.required && !q.required => self.push(
                    "request-parameter-became-required",
                    true,
                    &b.id,
                    format!("{what} became required"),
                ),
                Some(_) => {}
            }
        }
        for q in &a.params {
            if !b
                .params
                .iter()
                .any(|p| p.wire == q.wire && p.location == q.location)
            {
                let detail = format!(
                    "{} parameter `{}` removed (setter `{}`)",
                    q.location.as_str(),
                    q.wire,
                    q.ident
                );
                self.push("request-parameter-removed", true, &b.id, detail);
            }
        }
    }

    fn body(&mut self, a: &Operation, b: &Operation) {
        match (&a.body, &b.body) {
            (None, Some(n)) if n.required => self.push(
                "request-body-added-required",
                true,
                &b.id,
                "required body added".into(),
            ),
            (None, Some(_)) => self.push(
                "request-body-added",
                false,
                &b.id,
                "optional body added".into(),
            ),
            (Some(_), None) => self.push(
                "request-body-removed",
                true,
                &b.id,
                "body removed (setter `body`)".into(),
            ),
            (Some(o), Some(n)) => {
                if n.required && !o.required {
                    self.push(
                        "request-body-became-required",
                        true,
                        &b.id,
                        "body became required".into(),
                    );
                }
                if !self.same_ty(&o.ty, &n.ty) {
                    let detail = format!(
                        "body type {} → {}",
                        show(self.old, &o.ty),
                        show(self.new, &n.ty)
                    );
                    self.push("request-body-type-changed", true, &b.id, detail);
                }
            }
            (None, None) => {}
        }
    }

    /// What `send()` returns.
    fn response(&mut self, a: &Operation, b: &Operation) {
        let same = match (&a.output, &b.output) {
            (Output::Single(SuccessKind::Json(x)), Output::Single(SuccessKind::Json(y))) => {
                self.same_ty(x, y)
            }
            (Output::Single(x), Output::Single(y)) => {
                std::mem::discriminant(x) == std::mem::discriminant(y)
            }
            (Output::PerStatus(x), Output::PerStatus(y)) => {
                x.iter().map(|(s, _)| s).eq(y.iter().map(|(s, _)| s))
            }
            _ => false,
        };
        if !same {
            self.push(
                "response-type-changed",
                true,
                &b.id,
                format!(
                    "`send()` returns another type ({})",
                    output_name(self.new, &b.output)
                ),
            );
            return;
        }
        let statuses = |o: &Operation| o.responses.iter().map(|r| r.status).collect::<Vec<_>>();
        let (before, after) = (statuses(a), statuses(b));
        if before != after {
            // Every 2xx is read as a success: only a mock's status changes.
            self.push(
                "response-status-changed",
                false,
                &b.id,
                format!("documented success {before:?} → {after:?}"),
            );
        }
    }

    fn def(&mut self, o: TypeId, n: TypeId, side: Option<Side>) {
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
    fn same_ty(&self, old: &Ty, new: &Ty) -> bool {
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

/// The sunset of each version an operation's route offers.
fn sunsets(ir: &Ir, op: &Operation) -> BTreeMap<String, String> {
    let route = route_key(&op.http_method, &op.path);
    ir.operations
        .iter()
        .filter(|o| route_key(&o.http_method, &o.path) == route)
        .filter_map(|o| Some((o.version.clone(), o.sunset.clone()?)))
        .collect()
}

/// The Rust name of a type, for reports.
fn show(ir: &Ir, ty: &Ty) -> String {
    match ty {
        Ty::Named(id) => ir.defs[*id].name.clone(),
        Ty::Vec(t) => format!("Vec<{}>", show(ir, t)),
        Ty::Map(t) => format!("BTreeMap<String, {}>", show(ir, t)),
        other => format!("{other:?}"),
    }
}

fn output_name(ir: &Ir, output: &Output) -> String {
    match output {
        Output::Single(SuccessKind::Json(t)) => show(ir, t),
        Output::Single(SuccessKind::Empty) => "()".into(),
        Output::Single(SuccessKind::Bytes) => "ByteStream".into(),
        Output::PerStatus(_) => "a response enum".into(),
    }
}

/// Where a type is used: in requests (parameters, bodies), in responses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Side {
    request: bool,
    response: bool,
}

struct Sides(Vec<Side>);

impl Sides {
    fn of(ir: &Ir) -> Sides {
        let mut sides = vec![Side::default(); ir.defs.len()];
        for op in &ir.operations {
            let mut request = Vec::new();
            op.params.iter().for_each(|p| p.ty.named(&mut request));
            op.body.iter().for_each(|b| b.ty.named(&mut request));
            for id in reach(&ir.defs, request) {
                sides[id].request = true;
            }
            let mut response = Vec::new();
            for r in &op.responses {
                if let SuccessKind::Json(t) = &r.kind {
                    t.named(&mut response);
                }
            }
            for id in reach(&ir.defs, response) {
                sides[id].response = true;
            }
        }
        Sides(sides)
    }

    fn of_def(&self, id: TypeId) -> Option<Side> {
        self.0.get(id).copied().filter(|s| s.request || s.response)
    }
}

fn reach(defs: &[TypeDef], mut stack: Vec<TypeId>) -> BTreeSet<TypeId> {
    let mut seen = BTreeSet::new();
    while let Some(id) = stack.pop() {
        if seen.insert(id) {
            stack.extend(defs[id].refers_to());
        }
    }
    seen
}
