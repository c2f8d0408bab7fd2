//! Pairing across the two specs: operations by route, types by where they
//! are used in paired operations, then by name, then by structure.

use super::{OpRef, Renamed, Report, TypeRename, route_key};
use crate::ir::Ir;
use crate::ops::{Operation, SuccessKind};
use crate::types::{DefKind, Ty, TypeDef, TypeId};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What belongs together across the two specs.
pub(super) struct Pairs {
    /// Default operations with the same route: (old index, new index).
    pub routes: Vec<(usize, usize)>,
    pub only_old: Vec<usize>,
    pub only_new: Vec<usize>,
    /// Old type → new type, and how the pair was found.
    pub types: HashMap<TypeId, (TypeId, &'static str)>,
}

impl Pairs {
    pub fn ty(&self, old: TypeId) -> Option<TypeId> {
        self.types.get(&old).map(|(t, _)| *t)
    }
}

/// Default operations by route.
fn by_route(ir: &Ir) -> BTreeMap<String, usize> {
    ir.operations
        .iter()
        .enumerate()
        .filter(|(_, o)| o.is_default())
        .map(|(i, o)| (route_key(&o.http_method, &o.path), i))
        .collect()
}

pub(super) fn pair(old: &Ir, new: &Ir) -> Pairs {
    let (old_routes, new_routes) = (by_route(old), by_route(new));
    let mut pairs = Pairs {
        routes: Vec::new(),
        only_old: Vec::new(),
        only_new: Vec::new(),
        types: HashMap::new(),
    };
    for (route, &o) in &old_routes {
        match new_routes.get(route) {
            Some(&n) => pairs.routes.push((o, n)),
            None => pairs.only_old.push(o),
        }
    }
    pairs.only_new = new_routes
        .iter()
        .filter(|(r, _)| !old_routes.contains_key(*r))
        .map(|(_, &n)| n)
        .collect();
    let mut walk = TypeWalk {
        old: &old.defs,
        new: &new.defs,
        pairs: &mut pairs.types,
    };
    for &(o, n) in &pairs.routes {
        walk.operation(&old.operations[o], &new.operations[n]);
    }
    by_name(old, new, &mut pairs.types);
    by_structure(old, new, &mut pairs.types);
    pairs
}

/// Pairs the types at the same places of two values' types.
struct TypeWalk<'p> {
    old: &'p [TypeDef],
    new: &'p [TypeDef],
    pairs: &'p mut HashMap<TypeId, (TypeId, &'static str)>,
}

impl TypeWalk<'_> {
    fn operation(&mut self, old: &Operation, new: &Operation) {
        for p in &old.params {
            if let Some(q) = new
                .params
                .iter()
                .find(|q| q.wire == p.wire && q.location == p.location)
            {
                self.ty(&p.ty, &q.ty);
            }
        }
        if let (Some(a), Some(b)) = (&old.body, &new.body) {
            self.ty(&a.ty, &b.ty);
        }
        for r in &old.responses {
            let same = new.responses.iter().find(|s| s.status == r.status);
            if let (SuccessKind::Json(a), Some(s)) = (&r.kind, same) {
                if let SuccessKind::Json(b) = &s.kind {
                    self.ty(a, b);
                }
            }
        }
    }

    fn ty(&mut self, old: &Ty, new: &Ty) {
        match (old, new) {
            (Ty::Vec(a), Ty::Vec(b)) | (Ty::Map(a), Ty::Map(b)) => self.ty(a, b),
            (Ty::Named(a), Ty::Named(b)) => {
                if self.pairs.contains_key(a) {
                    return;
                }
                self.pairs.insert(*a, (*b, "position"));
                self.def(*a, *b);
            }
            _ => {}
        }
    }

    fn def(&mut self, a: TypeId, b: TypeId) {
        let (old, new) = (self.old, self.new);
        match (&old[a].kind, &new[b].kind) {
            (DefKind::Struct(s), DefKind::Struct(t)) => {
                for f in &s.fields {
                    if let Some(g) = t.fields.iter().find(|g| g.wire == f.wire) {
                        self.ty(&f.ty, &g.ty);
                    }
                }
                if let (Some(x), Some(y)) = (&s.flatten, &t.flatten) {
                    self.ty(&x.ty, &y.ty);
                }
            }
            (DefKind::Union(u), DefKind::Union(v)) => {
                for x in &u.variants {
                    let same = v
                        .variants
                        .iter()
                        .find(|y| y.ident == x.ident || (!x.keys.is_empty() && y.keys == x.keys));
                    if let Some(y) = same {
                        self.ty(&x.ty, &y.ty);
                    }
                }
            }
            (DefKind::Alias(x), DefKind::Alias(y)) => self.ty(x, y),
            _ => {}
        }
    }
}

/// Unpaired old types whose name the new spec still has.
fn by_name(old: &Ir, new: &Ir, pairs: &mut HashMap<TypeId, (TypeId, &'static str)>) {
    let new_names: HashMap<&str, TypeId> = new
        .defs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.name.as_str(), i))
        .collect();
    for (id, def) in old.defs.iter().enumerate() {
        if let (false, Some(&n)) = (pairs.contains_key(&id), new_names.get(def.name.as_str())) {
            pairs.insert(id, (n, "name"));
        }
    }
}

/// What a type looks like, for pairing unpaired types with the same shape:
/// a struct's field names, an enum's values. `None` for the rest.
fn signature(def: &TypeDef) -> Option<String> {
    match &def.kind {
        DefKind::Struct(s) if !s.fields.is_empty() => {
            let mut wires: Vec<&str> = s.fields.iter().map(|f| f.wire.as_str()).collect();
            wires.sort_unstable();
            Some(format!("struct {}", wires.join(",")))
        }
        DefKind::Enum(e) => {
            let mut values: Vec<&str> = e.variants.iter().map(|v| v.wire.as_str()).collect();
            values.sort_unstable();
            Some(format!("enum {}", values.join(",")))
        }
        _ => None,
    }
}

/// Unpaired types with the same shape on both sides, where the shape is
/// unique on each side.
fn by_structure(old: &Ir, new: &Ir, pairs: &mut HashMap<TypeId, (TypeId, &'static str)>) {
    let targets: BTreeSet<TypeId> = pairs.values().map(|(t, _)| *t).collect();
    let unique = |defs: &[TypeDef], skip: &dyn Fn(TypeId) -> bool| {
        let mut seen: BTreeMap<String, Vec<TypeId>> = BTreeMap::new();
        for (id, def) in defs.iter().enumerate().filter(|(id, _)| !skip(*id)) {
            if let Some(sig) = signature(def) {
                seen.entry(sig).or_default().push(id);
            }
        }
        seen.into_iter()
            .filter_map(|(s, ids)| (ids.len() == 1).then(|| (s, ids[0])))
            .collect::<BTreeMap<_, _>>()
    };
    let old_unique = unique(&old.defs, &|id| pairs.contains_key(&id));
    let new_unique = unique(&new.defs, &|id| targets.contains(&id));
    for (sig, o) in old_unique {
        if let Some(&n) = new_unique.get(&sig) {
            pairs.insert(o, (n, "structure"));
        }
    }
}

/// `group().method` of an operation, and its route.
pub(super) fn op_ref(ir: &Ir, op: &Operation) -> OpRef {
    let group = ir.group_of(op);
    OpRef {
        operation_id: op.id.clone(),
        route: format!("{} {}", op.http_method, op.path),
        method: format!("{}().{}", group.accessor, op.names.method),
        builder: op.names.builder.clone(),
        group: group.module.clone(),
        deprecated: op.deprecated,
        sunset: op.sunset.clone(),
    }
}

pub(super) fn operations(old: &Ir, new: &Ir, pairs: &Pairs, report: &mut Report) {
    report.operations_added = pairs
        .only_new
        .iter()
        .map(|&n| op_ref(new, &new.operations[n]))
        .collect();
    report.operations_removed = pairs
        .only_old
        .iter()
        .map(|&o| op_ref(old, &old.operations[o]))
        .collect();
    for &(o, n) in &pairs.routes {
        let (a, b) = (
            op_ref(old, &old.operations[o]),
            op_ref(new, &new.operations[n]),
        );
        if a.group != b.group {
            report.operations_moved.push(Renamed {
                old: a.clone(),
                new: b.clone(),
            });
        }
        // A new operationId, or a new method name for the same one (the
        // spec's short name, or the naming rule, changed).
        let method = |r: &OpRef| r.method.split_once("().").map(|(_, m)| m.to_owned());
        if a.operation_id != b.operation_id || method(&a) != method(&b) {
            report.operations_renamed.push(Renamed { old: a, new: b });
        }
    }
}

pub(super) fn types(old: &Ir, new: &Ir, pairs: &Pairs, report: &mut Report) {
    let old_names: BTreeSet<&str> = old.defs.iter().map(|d| d.name.as_str()).collect();
    let new_names: BTreeSet<&str> = new.defs.iter().map(|d| d.name.as_str()).collect();
    let targets: BTreeSet<TypeId> = pairs.types.values().map(|(t, _)| *t).collect();
    for (id, def) in old.defs.iter().enumerate() {
        match pairs.types.get(&id) {
            Some((n, by)) if new.defs[*n].name != def.name => {
                report.types_renamed.push(TypeRename {
                    old: def.name.clone(),
                    new: new.defs[*n].name.clone(),
                    by,
                })
            }
            Some(_) => {}
            None if !new_names.contains(def.name.as_str()) => {
                report.types_removed.push(def.name.clone())
            }
            None => {}
        }
    }
    report.types_added = new
        .defs
        .iter()
        .enumerate()
        .filter(|(id, d)| !targets.contains(id) && !old_names.contains(d.name.as_str()))
        .map(|(_, d)| d.name.clone())
        .collect();
    report.types_renamed.sort();
    report.types_removed.sort();
    report.types_added.sort();
}
