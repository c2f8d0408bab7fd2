//! Prints the calls the IR decided (`crate::examples`): a usage example in
//! every operation's docs, as a `no_run` doctest so all of them
//! type-check, and the contract test's calls.

use super::Ctx;
use crate::examples::{Arg, Call, FieldSample, Rest, Sample};
use crate::ops::Operation;
use crate::types::Wrapping;

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

    /// The call of the example, `client … .send()`.
    pub fn op_call(&self, op: &Operation, indent: &str) -> String {
        self.call_text(op, &self.ir.examples[op.index].docs, indent)
    }

    /// `client.<group>().<method>(<path>)`, the setters, `.send()`.
    pub fn call_text(&self, op: &Operation, call: &Call, indent: &str) -> String {
        let body = call.body.as_ref().map(|b| self.sample(b, 1));
        self.call_with_body(op, call, body.as_deref(), indent)
    }

    /// [`call_text`](Self::call_text) with `body` (an expression) as the
    /// body, if any.
    pub fn call_with_body(
        &self,
        op: &Operation,
        call: &Call,
        body: Option<&str>,
        indent: &str,
    ) -> String {
        let mut path: Vec<String> = call.path.iter().map(|a| self.arg(a)).collect();
        // A required body is an argument, after the path parameters.
        let required = op.body.as_ref().is_some_and(|b| b.required);
        let (positional, set) = match required {
            true => (body, None),
            false => (None, body),
        };
        path.extend(positional.map(str::to_owned));
        let mut text = format!(
            "client\n{indent}.{}()\n{indent}.{}({})",
            self.group_of(op).accessor,
            op.names.method,
            path.join(", ")
        );
        for (setter, arg) in &call.setters {
            text.push_str(&format!("\n{indent}.{setter}({})", self.arg(arg)));
        }
        if let Some(body) = set {
            text.push_str(&format!("\n{indent}.body({body})"));
        }
        text.push_str(&format!("\n{indent}.send()"));
        text
    }

    /// The example body of a call, as an expression.
    pub fn body_text(&self, call: &Call) -> Option<String> {
        call.body.as_ref().map(|b| self.sample(b, 1))
    }

    fn arg(&self, arg: &Arg) -> String {
        match arg {
            Arg::Text(s) => format!("{s:?}"),
            Arg::Texts(items) => {
                let items: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
                format!("[{}]", items.join(", "))
            }
            Arg::Value(v) => self.sample(v, 1),
        }
    }

    /// A Rust expression for a sample; structs are laid out as rustfmt
    /// would at `depth`.
    fn sample(&self, s: &Sample, depth: usize) -> String {
        let name = |def: &usize| self.defs[*def].name.as_str();
        match s {
            Sample::Str(v) => format!("{v:?}.into()"),
            Sample::Bool(b) => b.to_string(),
            Sample::Int(i) => i.to_string(),
            Sample::Float(f) => format!("{f:?}"),
            Sample::Parsed(text) => format!("{text:?}.parse().unwrap()"),
            Sample::EmptyJson => "serde_json::json!({})".into(),
            Sample::List(items) => {
                let items: Vec<String> = items.iter().map(|i| self.sample(i, depth + 1)).collect();
                format!("vec![{}]", items.join(", "))
            }
            Sample::Map(entries) => {
                let entries: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| format!("({k:?}.to_owned(), {})", self.sample(v, depth + 1)))
                    .collect();
                format!("[{}].into_iter().collect()", entries.join(", "))
            }
            Sample::Variant { def, ident } => format!("{}::{ident}", name(def)),
            Sample::Union {
                def,
                ident,
                inner,
                boxed,
            } => {
                let inner = self.maybe_boxed(inner, *boxed, depth + 1);
                format!("{}::{ident}({inner})", name(def))
            }
            Sample::Struct { def, fields, rest } => self.structure(name(def), fields, rest, depth),
            Sample::Default => "Default::default()".into(),
            Sample::NoFiniteValue => NO_FINITE_VALUE.into(),
        }
    }

    fn structure(&self, name: &str, fields: &[FieldSample], rest: &Rest, depth: usize) -> String {
        let indent = "    ".repeat(depth + 1);
        let close = "    ".repeat(depth);
        let mut lines: Vec<String> = fields
            .iter()
            .map(|f| format!("{indent}{}: {},", f.ident, self.field(f, depth)))
            .collect();
        match rest {
            Rest::Default => lines.push(format!("{indent}..Default::default()")),
            Rest::Explicit {
                additional,
                flatten,
            } => {
                if let Some(field) = additional {
                    lines.push(format!("{indent}{field}: Default::default(),"));
                }
                if let Some((field, value)) = flatten {
                    lines.push(format!(
                        "{indent}{field}: {},",
                        self.sample(value, depth + 1)
                    ));
                }
            }
        }
        format!("{name} {{\n{}\n{close}}}", lines.join("\n"))
    }

    /// A field's value, wrapped as its Rust type wants.
    fn field(&self, f: &FieldSample, depth: usize) -> String {
        let Some(value) = &f.value else {
            return "None".into();
        };
        let v = self.maybe_boxed(value, f.boxed, depth + 1);
        match f.wrapping {
            Wrapping::OptionalNullable => format!("Some(Some({v}))"),
            Wrapping::Optional | Wrapping::Nullable => format!("Some({v})"),
            Wrapping::Plain => v,
        }
    }
}

impl Ctx<'_> {
    /// A value, in a `Box` when the field or variant is boxed.
    fn maybe_boxed(&self, s: &Sample, boxed: bool, depth: usize) -> String {
        match (boxed, s) {
            (false, _) => self.sample(s, depth),
            (true, Sample::Default) => "Box::default()".into(),
            (true, _) => format!("Box::new({})", self.sample(s, depth)),
        }
    }
}
