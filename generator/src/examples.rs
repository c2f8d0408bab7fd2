//! What the usage examples show and what the contract test sends, decided
//! in the IR as [`Sample`] trees (emit only prints them): values from the
//! spec's examples, defaults, enums, formats, patterns and bounds (see
//! [`crate::sample`]).
//!
//! - The **example** of an operation (its docs, compiled as a doctest) sets
//!   the path parameters, the required query and header parameters, and a
//!   body with every field a request needs, each union's first variant and
//!   each enum's first value.
//! - Its **contract calls** set every parameter and every field of the
//!   body a request may carry (optional and nullable ones too, read-only
//!   ones not), down to [`CONTRACT_DEPTH`]; an optional value whose sample
//!   would break its own constraints is left out rather than sent wrong.
//!   They rotate through the variants of the unions and the values of the
//!   enums: an operation whose body reaches a union of n variants gets n
//!   calls (at most [`MAX_ROTATIONS`]), and enum values start at an offset
//!   that moves from one operation to the next.
//!
//! A sample of a doc example that breaks its own constraints is a warning
//! (`example-breaks-constraints`), with the pointer of its property.

use crate::diag::Diagnostics;
use crate::ops::{Location, Operation, Param};
use crate::sample::{self, Hints, Sampled};
use crate::types::{Access, DefKind, Field, Struct, Ty, TypeDef, TypeId, Wrapping};
use serde_json::Value;

/// Deeper than this, values fall back to `Default::default()` where possible.
const MAX_DEPTH: usize = 6;
/// Contract calls fill optional fields down to this depth.
pub const CONTRACT_DEPTH: usize = 4;
/// The most calls one operation gets for its unions' variants.
pub const MAX_ROTATIONS: usize = 6;

/// A Rust value of a known type.
#[derive(Clone, Debug, PartialEq)]
pub enum Sample {
    /// A `String` (printed `"…".into()`).
    Str(String),
    Bool(bool),
    Int(i64),
    Float(f64),
    /// A `chrono::DateTime<Utc>` or `NaiveDate`, parsed from this text.
    Parsed(String),
    /// An empty JSON object (`serde_json::Value`).
    EmptyJson,
    List(Vec<Sample>),
    Map(Vec<(String, Sample)>),
    /// An enum's variant.
    Variant {
        def: TypeId,
        ident: String,
    },
    Union {
        def: TypeId,
        ident: String,
        inner: Box<Sample>,
        boxed: bool,
    },
    Struct {
        def: TypeId,
        fields: Vec<FieldSample>,
        rest: Rest,
    },
    /// `Default::default()`.
    Default,
    /// A type that requires itself has no finite value: left to decoding.
    NoFiniteValue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldSample {
    pub ident: String,
    /// `None`: the field is `None`.
    pub value: Option<Sample>,
    pub wrapping: Wrapping,
    pub boxed: bool,
}

/// How a struct literal ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Rest {
    /// `..Default::default()`.
    Default,
    /// Every field is written: the extra-properties map (empty) and the
    /// flattened union, when the struct has them.
    Explicit {
        additional: Option<String>,
        flatten: Option<(String, Box<Sample>)>,
    },
}

/// A parameter's value as the builder takes it.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// `impl Into<String>`: a string literal.
    Text(String),
    /// An iterator of strings: an array of literals.
    Texts(Vec<String>),
    Value(Sample),
}

/// One call of an operation: its positional path arguments, its setters
/// in order (parameter idents, then `body`), and the body.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Call {
    pub path: Vec<Arg>,
    pub setters: Vec<(String, Arg)>,
    pub body: Option<Sample>,
}

/// How much a call sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// What a request needs: the docs' example.
    Needed,
    /// Everything a request may carry, rotation `r` of the variants, enum
    /// values from `offset + r`.
    Everything { rotation: usize, offset: usize },
}

/// The example and contract calls of the `index`th operation; warns about
/// samples of the example that break their own constraints.
/// The calls an operation's docs show and the contract test sends.
#[derive(Clone, Debug, Default)]
pub struct Examples {
    /// The docs' usage example: what a request needs.
    pub docs: Call,
    /// The contract test's calls: everything a request may carry, one per
    /// rotation of the unions' variants.
    pub contract: Vec<Call>,
}

/// The examples of every operation, in the IR's order.
pub fn of_all(ops: &[Operation], defs: &[TypeDef], diags: &mut Diagnostics) -> Vec<Examples> {
    ops.iter().map(|op| of(op, defs, diags)).collect()
}

fn of(op: &Operation, defs: &[TypeDef], diags: &mut Diagnostics) -> Examples {
    let index = op.index;
    let mut docs = Builder::new(defs, Mode::Needed);
    let example = docs.call(op);
    for (pointer, message) in docs.broken {
        diags.warn("example-breaks-constraints", pointer, message);
    }
    let rotations = op
        .body
        .as_ref()
        .map_or(1, |b| union_width(defs, &b.ty).clamp(1, MAX_ROTATIONS));
    let contract = (0..rotations)
        .map(|rotation| {
            Builder::new(
                defs,
                Mode::Everything {
                    rotation,
                    offset: index,
                },
            )
            .call(op)
        })
        .collect();
    Examples {
        docs: example,
        contract,
    }
}

/// The most variants of any union a type reaches (through required and
/// optional fields, lists, maps and unions), 1 without unions.
fn union_width(defs: &[TypeDef], ty: &Ty) -> usize {
    let mut seen = vec![false; defs.len()];
    let mut stack = Vec::new();
    ty.named(&mut stack);
    let mut widest = 1;
    while let Some(id) = stack.pop() {
        if std::mem::replace(&mut seen[id], true) {
            continue;
        }
        if let DefKind::Union(u) = &defs[id].kind {
            widest = widest.max(u.variants.len());
        }
        stack.extend(defs[id].refers_to());
    }
    widest
}

struct Builder<'d> {
    defs: &'d [TypeDef],
    mode: Mode,
    /// The defs being built, to stop at a type that requires itself.
    building: Vec<TypeId>,
    /// Samples that break their constraints: pointer and message.
    broken: Vec<(String, String)>,
}

impl<'d> Builder<'d> {
    fn new(defs: &'d [TypeDef], mode: Mode) -> Self {
        Builder {
            defs,
            mode,
            building: Vec::new(),
            broken: Vec::new(),
        }
    }

    fn everything(&self) -> bool {
        matches!(self.mode, Mode::Everything { .. })
    }

    fn call(&mut self, op: &Operation) -> Call {
        let path = op.path_params().map(|p| self.arg(p)).collect();
        let mut setters: Vec<(String, Arg)> = Vec::new();
        let everything = self.everything();
        for p in op.other_params().filter(|p| p.required || everything) {
            if p.required || self.fits(p) {
                let arg = self.arg(p);
                setters.push((p.ident.clone(), arg));
            }
        }
        let body = op
            .body
            .as_ref()
            .filter(|b| b.required || self.everything())
            .map(|b| self.value(&b.ty, 1, "", &Hints::default(), ""));
        Call {
            path,
            setters,
            body,
        }
    }

    /// Whether an optional parameter's sample meets its constraints.
    fn fits(&self, p: &Param) -> bool {
        let mut probe = Builder::new(self.defs, self.mode);
        probe.arg(p);
        probe.broken.is_empty()
    }

    fn arg(&mut self, p: &Param) -> Arg {
        match &p.ty {
            Ty::String => Arg::Text(self.text(&p.hints, &p.wire, &p.pointer)),
            Ty::Vec(inner) if **inner == Ty::String && p.location != Location::Path => {
                let items = p.hints.items.as_deref().cloned().unwrap_or_default();
                Arg::Texts(vec![self.text(
                    &items.or(p.hints.clone()),
                    &p.wire,
                    &p.pointer,
                )])
            }
            ty => Arg::Value(self.value(ty, 1, &p.wire, &p.hints, &p.pointer)),
        }
    }

    /// A string sample, noting it when it breaks its constraints.
    fn text(&mut self, hints: &Hints, name: &str, pointer: &str) -> String {
        let Sampled { value, fits } = sample::string(hints, name);
        if !fits {
            self.broken.push((
                pointer.to_owned(),
                format!("no value meets the constraints; the example sends {value:?}"),
            ));
        }
        value
    }

    /// A value of `ty` that satisfies the hints: the spec's example when it
    /// fits, else a sample.
    fn value(&mut self, ty: &Ty, depth: usize, name: &str, hints: &Hints, pointer: &str) -> Sample {
        match self.spec_example(ty, depth, name, hints, pointer) {
            Some(sample) => sample,
            None => self.sample(ty, depth, name, hints, pointer),
        }
    }

    /// The spec's example as a value of `ty`, where it fits.
    fn spec_example(
        &mut self,
        ty: &Ty,
        depth: usize,
        name: &str,
        hints: &Hints,
        pointer: &str,
    ) -> Option<Sample> {
        match (ty, hints.example.as_ref()?) {
            (Ty::Bool, Value::Bool(b)) => Some(Sample::Bool(*b)),
            (Ty::Vec(inner), Value::Array(items)) if !items.is_empty() => {
                let item = Hints {
                    example: items.first().cloned(),
                    ..hints.items.as_deref().cloned().unwrap_or_default()
                };
                Some(Sample::List(vec![self.value(
                    inner,
                    depth + 1,
                    name,
                    &item,
                    pointer,
                )]))
            }
            (Ty::Named(id), Value::String(s)) => {
                let DefKind::Enum(e) = &self.defs[*id].kind else {
                    return None;
                };
                let v = e.variants.iter().find(|v| &v.wire == s)?;
                Some(Sample::Variant {
                    def: *id,
                    ident: v.ident.clone(),
                })
            }
            _ => None,
        }
    }

    fn sample(
        &mut self,
        ty: &Ty,
        depth: usize,
        name: &str,
        hints: &Hints,
        pointer: &str,
    ) -> Sample {
        match ty {
            Ty::String => Sample::Str(self.text(hints, name, pointer)),
            Ty::Bool => Sample::Bool(true),
            Ty::I32 | Ty::I64 | Ty::F32 | Ty::F64 => self.number(ty, hints, pointer),
            Ty::DateTime => Sample::Parsed("2025-01-01T00:00:00Z".into()),
            Ty::Date => Sample::Parsed("2025-01-01".into()),
            Ty::Json => Sample::EmptyJson,
            Ty::Map(value) => self.map(value, depth, hints, pointer),
            Ty::Vec(inner) => {
                let item = hints.items.as_deref().cloned().unwrap_or_default();
                Sample::List(vec![self.value(inner, depth + 1, name, &item, pointer)])
            }
            Ty::Named(id) => self.named(*id, depth),
        }
    }

    /// An integer or float within the hints' bounds.
    fn number(&mut self, ty: &Ty, hints: &Hints, pointer: &str) -> Sample {
        let integer = matches!(ty, Ty::I32 | Ty::I64);
        let Sampled { value: v, fits } = sample::number(hints, integer);
        if !fits {
            self.broken.push((
                pointer.to_owned(),
                format!("no number meets the constraints; the example sends {v}"),
            ));
        }
        match ty {
            Ty::I32 if v.abs() <= f64::from(i32::MAX) => Sample::Int(v as i64),
            Ty::I64 if v.abs() <= 9e15 => Sample::Int(v as i64),
            _ if integer => Sample::Int(1),
            _ if v.is_finite() => Sample::Float(v),
            _ => Sample::Float(1.0),
        }
    }

    /// One entry (validators may ask for `minProperties: 1`), from the
    /// example's first when there is one.
    fn map(&mut self, value: &Ty, depth: usize, hints: &Hints, pointer: &str) -> Sample {
        let first = hints
            .example
            .as_ref()
            .and_then(Value::as_object)
            .and_then(|m| m.iter().next());
        let (key, example) = match first {
            Some((k, v)) => (k.clone(), Some(v.clone())),
            None => ("key".to_owned(), None),
        };
        let item = Hints {
            example,
            ..Hints::default()
        };
        let v = self.value(value, depth + 1, &key, &item, pointer);
        Sample::Map(vec![(key, v)])
    }

    fn named(&mut self, id: TypeId, depth: usize) -> Sample {
        let def = &self.defs[id];
        if depth > MAX_DEPTH && def.default {
            return Sample::Default;
        }
        if !def.default && self.building.contains(&id) {
            return Sample::NoFiniteValue;
        }
        self.building.push(id);
        let sample = self.of_def(id, depth);
        self.building.pop();
        sample
    }

    fn of_def(&mut self, id: TypeId, depth: usize) -> Sample {
        let defs = self.defs;
        match &defs[id].kind {
            DefKind::Enum(e) if e.variants.is_empty() => Sample::NoFiniteValue,
            DefKind::Enum(e) => {
                let v = &e.variants[self.pick(e.variants.len(), true)];
                Sample::Variant {
                    def: id,
                    ident: v.ident.clone(),
                }
            }
            DefKind::Union(u) if u.variants.is_empty() => Sample::NoFiniteValue,
            DefKind::Union(u) => {
                let v = &u.variants[self.pick(u.variants.len(), false)];
                let inner = self.value(&v.ty, depth + 1, "", &Hints::default(), "");
                Sample::Union {
                    def: id,
                    ident: v.ident.clone(),
                    inner: Box::new(inner),
                    boxed: v.boxed,
                }
            }
            DefKind::Alias(t) => self.value(t, depth, "", &Hints::default(), ""),
            DefKind::External(_) => Sample::Default,
            DefKind::Struct(s) => self.structure(id, s, depth),
        }
    }

    /// Which of `n` variants (or enum values) this call takes: the first
    /// for the docs; for contract calls the rotation, enum values shifted
    /// by the operation's offset.
    fn pick(&self, n: usize, enum_value: bool) -> usize {
        match self.mode {
            Mode::Needed => 0,
            Mode::Everything { rotation, offset } if enum_value => (rotation + offset) % n,
            Mode::Everything { rotation, .. } => rotation % n,
        }
    }

    /// A struct literal with every field a request needs, and in contract
    /// calls the others a request may carry; the rest left to `Default`
    /// (or `None` when the struct has no default).
    fn structure(&mut self, id: TypeId, s: &Struct, depth: usize) -> Sample {
        let def_default = self.defs[id].default;
        let mut fields = Vec::new();
        for f in &s.fields {
            let value = self.field(f, depth);
            if value.is_none() && def_default {
                continue;
            }
            fields.push(FieldSample {
                ident: f.ident.clone(),
                value,
                wrapping: f.wrapping(),
                boxed: f.boxed,
            });
        }
        let rest = if def_default {
            Rest::Default
        } else {
            let additional = s.additional.as_ref().map(|a| a.ident.clone());
            let flatten = s.flatten.as_ref().map(|kind| {
                let value = self.value(&kind.ty, depth + 1, "", &Hints::default(), "");
                (kind.ident.clone(), Box::new(value))
            });
            Rest::Explicit {
                additional,
                flatten,
            }
        };
        Sample::Struct {
            def: id,
            fields,
            rest,
        }
    }

    /// A field's value, or `None` to leave it unset. Required in requests:
    /// write-only fields too (they are `Option` only because responses never
    /// carry them).
    fn field(&mut self, f: &Field, depth: usize) -> Option<Sample> {
        if f.needed_in_requests() {
            return Some(self.value(&f.ty, depth + 1, &f.wire, &f.hints, &f.pointer));
        }
        let optional_too =
            self.everything() && f.access != Access::ReadOnly && depth < CONTRACT_DEPTH;
        if !optional_too {
            return None;
        }
        // An optional value is sent only when it is right.
        let mut probe = Builder {
            defs: self.defs,
            mode: self.mode,
            building: self.building.clone(),
            broken: Vec::new(),
        };
        let value = probe.value(&f.ty, depth + 1, &f.wire, &f.hints, &f.pointer);
        (probe.broken.is_empty() && !contains_no_finite(&value)).then_some(value)
    }
}

fn contains_no_finite(s: &Sample) -> bool {
    match s {
        Sample::NoFiniteValue => true,
        Sample::List(items) => items.iter().any(contains_no_finite),
        Sample::Map(entries) => entries.iter().any(|(_, v)| contains_no_finite(v)),
        Sample::Union { inner, .. } => contains_no_finite(inner),
        Sample::Struct { fields, rest, .. } => {
            fields
                .iter()
                .filter_map(|f| f.value.as_ref())
                .any(contains_no_finite)
                || matches!(rest, Rest::Explicit { flatten: Some((_, v)), .. } if contains_no_finite(v))
        }
        _ => false,
    }
}
