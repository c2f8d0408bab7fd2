//! A usage example for every operation, in its method's docs as a `no_run`
//! doctest, so all of them type-check: path and required query parameters,
//! and a request body with every required field.

use super::Ctx;
use crate::ops::{Operation, Param};
use crate::sample::{self, Hints};
use crate::types::{DefKind, Field, Struct, Ty, TypeDef, TypeId, Wrapping};
use serde_json::Value;

/// Deeper than this, values fall back to `Default::default()` where possible.
const MAX_DEPTH: usize = 6;

/// What a value of a type is left to when the type requires itself (no
/// finite value of it exists): decoding, which type-checks for every type.
const NO_FINITE_VALUE: &str = "serde_json::from_value(serde_json::json!({})).unwrap()";

impl Ctx<'_> {
    /// The example's markdown (a fenced `no_run` block). Preview-only
    /// operations' docs, example included, exist only with the `preview`
    /// feature, so their examples are compiled under `--all-features`.
    pub fn op_example(&self, op: &Operation) -> String {
        let call = self.op_call(op, "    ");
        let allow = if op.deprecated {
            "#[allow(deprecated)]\n"
        } else {
            ""
        };
        let k = &self.krate;
        format!(
            "```no_run\n# use {k}::types::*;\n# async fn example(client: {k}::Client) -> Result<(), {k}::Error> {{\n{allow}let response = {call}\n    .await?;\n# let _ = response;\n# Ok(())\n# }}\n```"
        )
    }

    /// The docs of `items()`: the example call walking every item.
    pub fn items_example(&self, op: &Operation) -> String {
        let Some(paging) = &op.paging else {
            return String::new();
        };
        let call = self.op_call(op, "    ");
        let call = call.strip_suffix("\n    .send()").unwrap_or(&call);
        let allow = if op.deprecated {
            "#[allow(deprecated)]\n"
        } else {
            ""
        };
        let (k, per_page) = (&self.krate, &paging.items_per_page);
        format!(
            "Every item of every page (see [`pages`](Self::pages)), in order.\n\n```no_run\n# use {k}::types::*;\n# async fn example(client: {k}::Client) -> Result<(), {k}::Error> {{\nuse {k}::TryStreamExt;\n\n{allow}let mut items = {call}\n    .{per_page}(500)\n    .items();\nwhile let Some(item) = items.try_next().await? {{\n    let _ = item;\n}}\n# Ok(())\n# }}\n```"
        )
    }

    /// The call of the example, `client … .send()`: the group accessor,
    /// path parameters, required query parameters and required body. The
    /// contract test sends this same call, with the optional parts set too
    /// ([`op_call_everything`](Self::op_call_everything)), to a validating
    /// mock server, so what the docs show is what was checked.
    pub fn op_call(&self, op: &Operation, indent: &str) -> String {
        self.call_with(op, indent, false)
    }

    /// The call with every parameter and the body set, optional ones too:
    /// what the contract test sends, so Prism also checks how optional
    /// query parameters (arrays, enums, dates), header parameters and
    /// optional bodies go out.
    pub fn op_call_everything(&self, op: &Operation) -> String {
        self.call_with(op, "", true)
    }

    fn call_with(&self, op: &Operation, indent: &str, everything: bool) -> String {
        let mut call = format!(
            "client\n{indent}.{}()\n{indent}.{}({})",
            self.group_of(op).accessor,
            op.names.method,
            op.path_params()
                .map(|p| self.param_value(p))
                .collect::<Vec<_>>()
                .join(", ")
        );
        for p in op.other_params().filter(|p| p.required || everything) {
            call.push_str(&format!("\n{indent}.{}({})", p.ident, self.param_value(p)));
        }
        if let Some(body) = op.body.as_ref().filter(|b| b.required || everything) {
            call.push_str(&format!(
                "\n{indent}.body({})",
                self.value(&body.ty, 1, "", &Hints::default())
            ));
        }
        call.push_str(&format!("\n{indent}.send()"));
        call
    }

    fn param_value(&self, p: &Param) -> String {
        match &p.ty {
            Ty::String => format!("{:?}", sample::string(&p.hints, &p.wire)),
            Ty::Vec(inner) if **inner == Ty::String => {
                let items = p.hints.items.as_deref().cloned().unwrap_or_default();
                format!(
                    "[{:?}]",
                    sample::string(&items.or(p.hints.clone()), &p.wire)
                )
            }
            ty => self.value(ty, 1, &p.wire, &p.hints),
        }
    }

    /// A Rust expression of type `ty` that satisfies the hints: the spec's
    /// example when it fits, else a sample (see `crate::sample`).
    fn value(&self, ty: &Ty, depth: usize, name: &str, hints: &Hints) -> String {
        self.example_value(ty, depth, name, hints)
            .unwrap_or_else(|| self.sample_value(ty, depth, name, hints))
    }

    /// The spec's example as an expression of `ty`, where it fits.
    fn example_value(&self, ty: &Ty, depth: usize, name: &str, hints: &Hints) -> Option<String> {
        match (ty, hints.example.as_ref()?) {
            (Ty::Bool, Value::Bool(b)) => Some(b.to_string()),
            (Ty::Vec(inner), Value::Array(items)) if !items.is_empty() => {
                let item = Hints {
                    example: items.first().cloned(),
                    ..hints.items.as_deref().cloned().unwrap_or_default()
                };
                Some(format!(
                    "vec![{}]",
                    self.value(inner, depth + 1, name, &item)
                ))
            }
            (Ty::Named(id), Value::String(s)) => {
                let DefKind::Enum(e) = &self.defs[*id].kind else {
                    return None;
                };
                let v = e.variants.iter().find(|v| &v.wire == s)?;
                Some(format!("{}::{}", self.defs[*id].name, v.ident))
            }
            _ => None,
        }
    }

    /// A value of `ty` built from the hints' constraints and formats.
    fn sample_value(&self, ty: &Ty, depth: usize, name: &str, hints: &Hints) -> String {
        match ty {
            Ty::String => format!("{:?}.into()", sample::string(hints, name)),
            Ty::Bool => "true".into(),
            Ty::I32 | Ty::I64 | Ty::F32 | Ty::F64 => number_value(ty, hints),
            Ty::DateTime => "\"2025-01-01T00:00:00Z\".parse().unwrap()".into(),
            Ty::Date => "\"2025-01-01\".parse().unwrap()".into(),
            Ty::Json => "serde_json::json!({})".into(),
            Ty::Map(value) => self.map_value(value, depth, hints),
            Ty::Vec(inner) => {
                let item = hints.items.as_deref().cloned().unwrap_or_default();
                format!("vec![{}]", self.value(inner, depth + 1, name, &item))
            }
            Ty::Named(id) => self.named_value(*id, depth),
        }
    }

    /// One entry (validators may ask for `minProperties: 1`), from the
    /// example's first when there is one.
    fn map_value(&self, value: &Ty, depth: usize, hints: &Hints) -> String {
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
        format!(
            "[({key:?}.to_owned(), {})].into_iter().collect()",
            self.value(value, depth + 1, &key, &item)
        )
    }

    fn named_value(&self, id: TypeId, depth: usize) -> String {
        let def = &self.defs[id];
        if depth > MAX_DEPTH && def.default {
            return "Default::default()".into();
        }
        if !def.default && self.building.borrow().contains(&id) {
            return NO_FINITE_VALUE.into();
        }
        self.building.borrow_mut().push(id);
        let value = self.value_of_def(def, depth);
        self.building.borrow_mut().pop();
        value
    }

    fn value_of_def(&self, def: &TypeDef, depth: usize) -> String {
        let name = def.name.as_str();
        match &def.kind {
            DefKind::Enum(e) => match e.variants.first() {
                Some(v) => format!("{name}::{}", v.ident),
                None => format!("{name}::Unknown(String::new())"),
            },
            DefKind::Union(u) => match u.variants.first() {
                Some(v) => {
                    let inner = self.value(&v.ty, depth + 1, "", &Hints::default());
                    let inner = if v.boxed {
                        format!("Box::new({inner})")
                    } else {
                        inner
                    };
                    format!("{name}::{}({inner})", v.ident)
                }
                None => format!("{name}::Unknown(serde_json::json!({{}}))"),
            },
            DefKind::Alias(t) => self.value(t, depth, "", &Hints::default()),
            DefKind::External(_) => "Default::default()".into(),
            DefKind::Struct(s) => self.struct_value(def, s, depth),
        }
    }

    /// A struct literal with every field a request needs; the rest left to
    /// `Default` (or `None` when the struct has no default).
    fn struct_value(&self, def: &TypeDef, s: &Struct, depth: usize) -> String {
        let indent = "    ".repeat(depth + 1);
        let close = "    ".repeat(depth);
        let mut fields = Vec::new();
        for f in &s.fields {
            // Required in requests: writeOnly fields too (they are `Option`
            // only because responses never carry them).
            let value = if f.needed_in_requests() {
                self.field_value(f, depth)
            } else if def.default {
                continue;
            } else {
                "None".into()
            };
            fields.push(format!("{indent}{}: {value},", f.ident));
        }
        if def.default {
            fields.push(format!("{indent}..Default::default()"));
        } else {
            if s.additional.is_some() {
                let field = super::types::unique_field(s, "additional_properties");
                fields.push(format!("{indent}{field}: Default::default(),"));
            }
            if let Some(kind) = &s.flatten {
                let field = super::types::unique_field(s, "kind");
                let value = self.value(kind, depth + 1, "", &Hints::default());
                fields.push(format!("{indent}{field}: {value},"));
            }
        }
        format!("{} {{\n{}\n{close}}}", def.name, fields.join("\n"))
    }

    /// A field's value, wrapped as its Rust type wants.
    fn field_value(&self, f: &Field, depth: usize) -> String {
        let v = self.value(&f.ty, depth + 1, &f.wire, &f.hints);
        let v = if f.boxed { format!("Box::new({v})") } else { v };
        match f.wrapping() {
            Wrapping::OptionalNullable => format!("Some(Some({v}))"),
            Wrapping::Optional | Wrapping::Nullable => format!("Some({v})"),
            Wrapping::Plain => v,
        }
    }
}

/// An integer or float within the hints' bounds.
fn number_value(ty: &Ty, hints: &Hints) -> String {
    let integer = matches!(ty, Ty::I32 | Ty::I64);
    let v = sample::number(hints, integer);
    match ty {
        Ty::I32 if v.abs() <= f64::from(i32::MAX) => format!("{}", v as i64),
        Ty::I64 if v.abs() <= 9e15 => format!("{}", v as i64),
        _ if integer => "1".into(),
        _ if v.is_finite() => format!("{v:?}"),
        _ => "1.0".into(),
    }
}
