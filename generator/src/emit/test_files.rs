//! The generated crate's tests: every spec example round-trips through its
//! type, and every operation's example call, for the contract test.

use super::{Ctx, Files};
use crate::ir::Ir;
use crate::ops::{Operation, Output, SuccessKind, VersionRole};
use crate::settings::Settings;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(super) fn render(ir: &Ir, settings: &Settings, out: &mut Files<'_>) -> Result<(), String> {
    let ctx = Ctx::new(ir, settings);
    // The test's crate root only declares the cases module, so that
    // `cargo fmt` (which skips it) leaves the generated cases alone.
    out.rust(
        "tests/spec_examples/main.rs",
        quote! {
            //! Round trips of the spec's examples through the generated types.
            #[rustfmt::skip]
            mod cases;
        },
    )?;
    out.text("tests/spec_examples/cases.rs", ctx.examples_test()?);
    out.text("tests/contract/cases.rs", ctx.contract_cases()?);
    Ok(())
}

impl Ctx<'_> {
    /// Every spec example with the type it should decode into: component
    /// examples, and the request and response examples of the versions
    /// this crate speaks.
    fn example_cases(&self) -> Vec<(String, TokenStream, String)> {
        let mut cases: Vec<(String, TokenStream, String)> = Vec::new();
        for def in self.defs {
            if let Some(example) = &def.example {
                let name = super::types::ident(&def.name);
                cases.push((def.pointer.clone(), quote!(#name), example.to_string()));
            }
        }
        for op in self.ir.operations.iter().filter(|o| !o.preview) {
            let bodies = op.body.iter().map(|b| (&b.ty, &b.examples));
            let responses = op.responses.iter().filter_map(|r| match &r.kind {
                SuccessKind::Json(t) => Some((t, &r.examples)),
                _ => None,
            });
            for (ty, examples) in bodies.chain(responses) {
                for (pointer, value) in examples {
                    cases.push((pointer.clone(), self.ty(ty), value.to_string()));
                }
            }
        }
        cases
    }

    /// A test per example in the spec: it decodes into its generated type and
    /// re-encodes to the same JSON.
    fn examples_test(&self) -> Result<String, String> {
        let cases = self.example_cases();
        let unknown_fields = &self.settings.example_unknown_fields;
        let tests = cases.iter().enumerate().map(|(i, (pointer, ty, json))| {
            let name = format_ident!("example_{:03}", i + 1);
            let doc = format!(" `{pointer}`");
            let unknown = unknown_fields.get(pointer).cloned().unwrap_or_default();
            quote! {
                #[doc = #doc]
                #[test]
                fn #name() {
                    check::<#ty>(#pointer, #json, &[#(#unknown),*]);
                }
            }
        });
        let doc = format!(
            " The spec's {} examples (component schemas, and request and response bodies of the versions this crate speaks) decode into their generated types and re-encode to the same JSON.",
            cases.len()
        );
        let krate = format_ident!("{}", self.krate);
        let check = check_fn(&krate);
        let what = "tests/spec_examples.rs";
        let mut out = super::pretty(
            quote! {
                #![doc = #doc]
                #![allow(deprecated)]
                #[allow(unused_imports)]
                use #krate::types::*;

                #check
            },
            what,
        )?;
        for test in tests {
            out.push_str(&super::pretty(test, what)?);
        }
        Ok(out)
    }

    /// Every operation's example call as a function, and a table of them by
    /// operationId (with method, path template and version), for the
    /// contract test (`tests/contract.rs`), which sends each to a
    /// validating mock server, and the replay test (`tests/replay.rs`),
    /// which sends recorded request bodies and reads recorded answers. The
    /// calls are the ones the method docs show, with every optional
    /// parameter set.
    fn contract_cases(&self) -> Result<String, String> {
        let krate = &self.krate;
        let head = format!(
            "//! Every operation's example call, with its optional parameters and\n\
             //! body set too, by operationId, for the contract and replay tests.\n\
             //! A call sends its example body, or the recorded body it is given\n\
             //! (decoded into the body type); it returns what it sent and the\n\
             //! answer, decoded into its generated type and encoded back to JSON.\n\
             #![allow(deprecated, clippy::needless_update)]\n\
             // Each test reads the part of the table it needs.\n\
             #![allow(dead_code)]\n\
             use {krate}::types::*;\n\
             use {krate}::{{Client, Deviation, Error, ResponseValue}};\n\
             use serde_json::Value;\n\
             use std::future::Future;\n\
             use std::pin::Pin;\n\
             {}",
            HELPERS.replace("KRATE", krate)
        );
        let (mut functions, mut table) = (Vec::new(), String::new());
        for op in &self.ir.operations {
            self.op_cases(op, &mut functions, &mut table);
        }
        let table = format!(
            "/// Every call this build has: `operationId` for the default version,\n\
             /// `operationId@version` for another version, `…#n` for the further\n\
             /// rotations of their unions' variants.\n\
             pub const CASES: &[Case] = &[\n{table}];\n"
        );
        // Formatted a function at a time: one function's syntax tree in
        // memory instead of the whole file's.
        let what = "tests/contract/cases.rs";
        let mut out = pretty_text(&head, what)?;
        for function in functions.iter().chain([&table]) {
            out.push_str(&pretty_text(function, what)?);
        }
        Ok(out)
    }

    /// An operation's case functions and table rows.
    fn op_cases(&self, op: &Operation, functions: &mut Vec<String>, table: &mut String) {
        let cfg = if op.preview {
            "#[cfg(feature = \"preview\")]\n"
        } else {
            ""
        };
        for (r, call) in self.ir.examples[op.index].contract.iter().enumerate() {
            // The first call is the operation's; each further rotation
            // of its unions' variants is `operationId#2`, `#3`, ….
            let (f, key) = match r {
                0 => (op.names.method.clone(), case_key(op)),
                r => (
                    format!("{}_rotation_{}", op.names.method, r + 1),
                    format!("{}#{}", case_key(op), r + 1),
                ),
            };
            functions.push(format!("{cfg}{}", self.case_fn(op, call, &f)));
            table.push_str(&format!(
                "{cfg}Case {{ key: {key:?}, method: {:?}, path: {:?}, version: {:?}, call: {f} }},\n",
                op.http_method, op.path, op.version
            ));
        }
    }

    /// One case's function: the body (recorded or the example's), the
    /// call, and the answer as JSON.
    fn case_fn(&self, op: &Operation, call: &crate::examples::Call, f: &str) -> String {
        let (prepare, send) = match self.body_text(call) {
            Some(example) => (
                format!("let (body, sent) = request_body(recorded, || {example})?;"),
                self.call_with_body(op, call, Some("body"), ""),
            ),
            None => (
                "let _ = recorded; let sent = None;".to_owned(),
                self.call_with_body(op, call, None, ""),
            ),
        };
        let to_json = self.answer_to_json(op);
        format!(
            "fn {f}(client: &Client, recorded: Option<Value>) -> Reply<'_> {{ Box::pin(async move {{ {prepare} let answer = {send}.await{to_json}; answered(sent, answer) }}) }}\n"
        )
    }

    /// What turns the answer into something `answered` encodes: nothing
    /// for a type, a match for a per-status enum, `()` for a download.
    fn answer_to_json(&self, op: &Operation) -> String {
        let json = |kind: &SuccessKind, x: &str| match kind {
            SuccessKind::Json(_) => format!("serde_json::to_value({x}).expect(\"encodes\")"),
            SuccessKind::Empty | SuccessKind::Bytes => "Value::Null".to_owned(),
        };
        match (&op.output, &op.names.response_enum) {
            (Output::Single(SuccessKind::Bytes), _) => ".map(|r| r.map(drop))".to_owned(),
            (Output::PerStatus(kinds), Some(name)) => {
                let name = format!("{}::apis::{}::{name}", self.krate, self.group_of(op).module);
                let arms: Vec<String> = kinds
                    .iter()
                    .map(|(status, kind)| {
                        let v = super::ops::status_variant(*status);
                        match kind {
                            SuccessKind::Empty => format!("{name}::{v} => Value::Null,"),
                            _ => format!("{name}::{v}(x) => {},", json(kind, "x")),
                        }
                    })
                    .collect();
                format!(".map(|r| r.map(|v| match v {{ {} }}))", arms.join(" "))
            }
            _ => String::new(),
        }
    }
}

/// The helpers every case calls, at the top of the cases file (`KRATE`:
/// the generated crate's name).
const HELPERS: &str = r#"
/// A recorded request body as the client sends it: decoded into the body
/// type, with what decoding tolerated, and encoded back.
pub struct Sent {
    pub json: Value,
    pub deviations: Vec<Deviation>,
}

/// What a call sent (a recorded body only) and the answer, decoded into
/// its generated type and encoded back to JSON.
pub struct Exchange {
    pub sent: Option<Sent>,
    pub answer: Result<ResponseValue<Value>, Error>,
}

/// `Err`: a recorded body that does not decode into the body type.
pub type Reply<'a> = Pin<Box<dyn Future<Output = Result<Exchange, String>> + Send + 'a>>;
pub type Call = fn(&Client, Option<Value>) -> Reply<'_>;

/// One call: which operation and version it speaks, and the call.
pub struct Case {
    pub key: &'static str,
    pub method: &'static str,
    pub path: &'static str,
    pub version: &'static str,
    pub call: Call,
}

fn request_body<B>(recorded: Option<Value>, example: impl FnOnce() -> B) -> Result<(B, Option<Sent>), String>
where
    B: serde::de::DeserializeOwned + serde::Serialize,
{
    let Some(recorded) = recorded else {
        return Ok((example(), None));
    };
    let (body, deviations) = KRATE::deviation::collect(|| serde_json::from_value::<B>(recorded));
    let body = body.map_err(|e| format!("the recorded body does not decode: {e}"))?;
    let json = serde_json::to_value(&body).map_err(|e| format!("the body does not encode: {e}"))?;
    Ok((body, Some(Sent { json, deviations })))
}

fn answered<T: serde::Serialize>(sent: Option<Sent>, answer: Result<ResponseValue<T>, Error>) -> Result<Exchange, String> {
    let answer = match answer {
        Ok(r) => {
            let json = serde_json::to_value(&*r).map_err(|e| format!("the answer does not encode: {e}"))?;
            Ok(r.map(|_| json))
        }
        Err(e) => Err(e),
    };
    Ok(Exchange { sent, answer })
}
"#;

/// `operationId`, or `operationId@version` for another version's method.
pub fn case_key(op: &Operation) -> String {
    match op.names.role {
        VersionRole::Default { .. } => op.id.clone(),
        VersionRole::Other { .. } => format!("{}@{}", op.id, op.version),
    }
}

/// The round-trip check the example tests call.
fn check_fn(krate: &proc_macro2::Ident) -> TokenStream {
    quote! {
        /// Decodes the example (into known variants only), re-encodes it to
        /// the same JSON, and decodes that to the same value.
        /// `unknown` lists properties (JSON pointers inside the example) that
        /// the example has but its schema does not define (the settings'
        /// `example_unknown_fields`); they are dropped before comparing, and
        /// each must be there.
        #[track_caller]
        fn check<T>(pointer: &str, json: &str, unknown: &[&str])
        where
            T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
        {
            let mut original: serde_json::Value = serde_json::from_str(json).expect("example JSON");
            let watch = #krate::runtime::unknown::Watch::start();
            let decoded: T = match serde_json::from_value(original.clone()) {
                Ok(v) => v,
                Err(e) => panic!("{pointer}: does not decode: {e}"),
            };
            // Decoded means decoded into the type the spec meant: a value
            // routed to `Unknown` re-encodes the same, so it is checked here.
            let routed = watch.finish();
            assert!(routed.is_empty(), "{pointer}: decoded into Unknown: {routed:?}");
            for field in unknown {
                let (parent, key) = field.rsplit_once('/').expect("a JSON pointer");
                let removed = original.pointer_mut(parent).and_then(|p| p.as_object_mut()).and_then(|p| p.remove(key));
                assert!(removed.is_some(), "{pointer}: listed unknown field {field} is not in the example any more; remove it from the settings' example_unknown_fields");
            }
            let again = serde_json::to_value(&decoded).expect("encode");
            assert!(same(&original, &again), "{pointer}: re-encoded JSON differs\n original: {original}\n    again: {again}");
            // And back: the encoded value decodes into the same Rust value.
            let back: T = serde_json::from_value(again).unwrap_or_else(|e| panic!("{pointer}: re-encoded JSON does not decode: {e}"));
            assert_eq!(back, decoded, "{pointer}: the value changed on its way through JSON");
        }

        /// JSON equality where `1` and `1.0` are the same number.
        fn same(a: &serde_json::Value, b: &serde_json::Value) -> bool {
            use serde_json::Value;
            match (a, b) {
                (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
                (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
                (Value::Object(x), Value::Object(y)) => {
                    x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
                }
                _ => a == b,
            }
        }
    }
}

/// Generated Rust text, formatted.
fn pretty_text(text: &str, what: &str) -> Result<String, String> {
    let tokens: TokenStream = text
        .parse()
        .map_err(|e| format!("{what}: generated text does not lex: {e}"))?;
    super::pretty(tokens, what)
}
