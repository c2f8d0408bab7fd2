//! Changes of paired operations (versions, sunsets, deprecation,
//! parameters, body, response type) and of paired types (fields, enum
//! values), classified by the side a type is used on.

mod operations;
mod types;

use super::pair::Pairs;
use super::{Change, Report, route_key};
use crate::ir::Ir;
use crate::ops::{Operation, Output, SuccessKind};
use crate::types::{Ty, TypeDef, TypeId};
use std::collections::{BTreeMap, BTreeSet};

pub(super) fn all(old: &Ir, new: &Ir, pairs: &Pairs, today: &str, report: &mut Report) {
    let mut cmp = Compare {
        old,
        new,
        pairs,
        changes: Vec::new(),
        enums_dropped: Vec::new(),
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
    report.enums_dropped.extend(cmp.enums_dropped);
}

struct Compare<'c> {
    old: &'c Ir,
    new: &'c Ir,
    pairs: &'c Pairs,
    changes: Vec<Change>,
    enums_dropped: Vec<super::DroppedEnum>,
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
}

/// The sunset of each version an operation's route offers.
pub(super) fn sunsets(ir: &Ir, op: &Operation) -> BTreeMap<String, String> {
    let route = route_key(&op.http_method, &op.path);
    ir.operations
        .iter()
        .filter(|o| route_key(&o.http_method, &o.path) == route)
        .filter_map(|o| Some((o.version.clone(), o.sunset.clone()?)))
        .collect()
}

/// The Rust name of a type, for reports.
pub(super) fn show(ir: &Ir, ty: &Ty) -> String {
    match ty {
        Ty::Named(id) => ir.defs[*id].name.clone(),
        Ty::Vec(t) => format!("Vec<{}>", show(ir, t)),
        Ty::Map(t) => format!("BTreeMap<String, {}>", show(ir, t)),
        other => format!("{other:?}"),
    }
}

pub(super) fn output_name(ir: &Ir, output: &Output) -> String {
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
