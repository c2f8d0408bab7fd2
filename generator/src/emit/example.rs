//! A usage example for every operation, in its method's docs as a `no_run`
//! doctest, so all of them type-check: path and required query parameters,
//! and a request body with every required field.

use super::Ctx;
use crate::ops::{Operation, Param};
use crate::types::{DefKind, Ty, TypeId};
use serde_json::Value;

/// Stands in for 24-hex ids (`^([a-f0-9]{24})$`), the commonest pattern.
const HEX_ID: &str = "32b6e34b3d91647abb20e7b8";
/// Deeper than this, values fall back to `Default::default()` where possible.
const MAX_DEPTH: usize = 6;

impl Ctx<'_> {
    /// The example's markdown (a fenced `no_run` block). Preview-only
    /// operations' docs, example included, exist only with the `preview`
    /// feature, so their examples are compiled under `--all-features`.
    pub fn op_example(&self, op: &Operation) -> String {
        let mut call = format!(
            "let response = client\n    .{}()\n    .{}({})",
            super::group_method(&op.tag),
            op.method_ident,
            op.path_params()
                .map(|p| self.param_value(p))
                .collect::<Vec<_>>()
                .join(", ")
        );
        for p in op.other_params().filter(|p| p.required) {
            call.push_str(&format!("\n    .{}({})", p.ident, self.param_value(p)));
        }
        if let Some(body) = op.body.as_ref().filter(|b| b.required) {
            call.push_str(&format!(
                "\n    .body({})",
                self.value(&body.ty, 1, "", None)
            ));
        }
        call.push_str("\n    .send()\n    .await?;");
        let allow = if op.deprecated {
            "#[allow(deprecated)]\n"
        } else {
            ""
        };
        format!(
            "```no_run\n# use atlas_admin::types::*;\n# async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {{\n{allow}{call}\n# let _ = response;\n# Ok(())\n# }}\n```"
        )
    }

    fn param_value(&self, p: &Param) -> String {
        let example = p.example.as_ref().or(p.default.as_ref());
        let text = || match example.and_then(|e| e.as_str()) {
            Some(s) => s.to_owned(),
            None => string_for(&p.wire, p.pattern.as_deref()),
        };
        match &p.ty {
            Ty::String => format!("{:?}", text()),
            Ty::Vec(inner) if **inner == Ty::String => format!("[{:?}]", text()),
            ty => self.value(ty, 1, &p.wire, example),
        }
    }

    /// A Rust expression of type `ty`, from the spec's example when it fits.
    fn value(&self, ty: &Ty, depth: usize, name: &str, example: Option<&Value>) -> String {
        match (ty, example) {
            (Ty::String, Some(Value::String(s))) => return format!("{s:?}.into()"),
            (Ty::Bool, Some(Value::Bool(b))) => return b.to_string(),
            (Ty::I32, Some(Value::Number(n)))
                if n.as_i64().is_some_and(|v| i32::try_from(v).is_ok()) =>
            {
                return n.to_string();
            }
            (Ty::I64, Some(Value::Number(n))) if n.is_i64() => return n.to_string(),
            (Ty::F32 | Ty::F64, Some(Value::Number(n)))
                if n.as_f64().is_some_and(f64::is_finite) =>
            {
                return format!("{:?}", n.as_f64().unwrap_or(1.0));
            }
            (Ty::Vec(inner), Some(Value::Array(items))) if !items.is_empty() => {
                return format!(
                    "vec![{}]",
                    self.value(inner, depth + 1, name, items.first())
                );
            }
            (Ty::Named(id), Some(Value::String(s))) => {
                if let DefKind::Enum(e) = &self.defs[*id].kind {
                    if let Some(v) = e.variants.iter().find(|v| &v.wire == s) {
                        return format!("{}::{}", self.defs[*id].name, v.ident);
                    }
                }
            }
            _ => {}
        }
        match ty {
            Ty::String => format!("{:?}.into()", string_for(name, None)),
            Ty::Bool => "true".into(),
            Ty::I32 | Ty::I64 => "1".into(),
            Ty::F32 | Ty::F64 => "1.0".into(),
            Ty::DateTime => "\"2025-01-01T00:00:00Z\".parse().unwrap()".into(),
            Ty::Date => "\"2025-01-01\".parse().unwrap()".into(),
            Ty::Json => "serde_json::json!({})".into(),
            Ty::Bytes | Ty::Map(_) => "Default::default()".into(),
            Ty::Vec(inner) => format!("vec![{}]", self.value(inner, depth + 1, name, None)),
            Ty::Named(id) => self.named_value(*id, depth),
        }
    }

    fn named_value(&self, id: TypeId, depth: usize) -> String {
        let def = &self.defs[id];
        let name = def.name.as_str();
        if depth > MAX_DEPTH && def.default {
            return "Default::default()".into();
        }
        match &def.kind {
            DefKind::Enum(e) => match e.variants.first() {
                Some(v) => format!("{name}::{}", v.ident),
                None => format!("{name}::Unknown(String::new())"),
            },
            DefKind::Union(u) => match u.variants.first() {
                Some(v) => {
                    let inner = self.value(&v.ty, depth + 1, "", None);
                    let inner = if v.boxed {
                        format!("Box::new({inner})")
                    } else {
                        inner
                    };
                    format!("{name}::{}({inner})", v.ident)
                }
                None => format!("{name}::Unknown(serde_json::json!({{}}))"),
            },
            DefKind::Alias(t) => self.value(t, depth, "", None),
            DefKind::External(_) => "Default::default()".into(),
            DefKind::Struct(s) => {
                let indent = "    ".repeat(depth + 1);
                let close = "    ".repeat(depth);
                let mut fields = Vec::new();
                for f in &s.fields {
                    let required = !f.optional;
                    let value = if required && !f.nullable {
                        let v = self.value(&f.ty, depth + 1, &f.wire, f.example.as_ref());
                        if f.boxed { format!("Box::new({v})") } else { v }
                    } else if def.default {
                        continue;
                    } else {
                        "None".into()
                    };
                    fields.push(format!("{indent}{}: {value},", f.ident));
                }
                if !def.default {
                    if s.additional.is_some() {
                        let field = super::types::unique_field(s, "additional_properties");
                        fields.push(format!("{indent}{field}: Default::default(),"));
                    }
                    if let Some(kind) = &s.flatten {
                        let field = super::types::unique_field(s, "kind");
                        fields.push(format!(
                            "{indent}{field}: {},",
                            self.value(kind, depth + 1, "", None)
                        ));
                    }
                } else {
                    fields.push(format!("{indent}..Default::default()"));
                }
                format!("{name} {{\n{}\n{close}}}", fields.join("\n"))
            }
        }
    }
}

/// A plausible string for a parameter or property: a 24-hex id where the
/// pattern or the name asks for one, else a placeholder from the name.
fn string_for(name: &str, pattern: Option<&str>) -> String {
    if pattern.is_some_and(|p| p.contains("[a-f0-9]{24}")) || name.ends_with("Id") {
        return HEX_ID.to_owned();
    }
    let mut s = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            s.push('-');
        }
        s.push(c.to_ascii_lowercase());
    }
    if s.is_empty() { "string".to_owned() } else { s }
}
