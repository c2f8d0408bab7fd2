//! Every operation is mockable: the contract test's calls (every
//! operation, every other version, every union rotation) run through the
//! generated crate's mock, each answered with its operation's documented
//! example response, and must decode. Where the spec documents no example
//! for the success response, the answer is made from the response type
//! (its required fields, enum values, a union's first variant with its
//! tag), as a mock server would.

#[rustfmt::skip]
#[path = "../generated/tests/contract/cases.rs"]
mod cases;

use atlas_admin::Client;
use atlas_admin::mock::{Mock, Reply};
use atlas_codegen::inputs::Inputs;
use atlas_codegen::ops::SuccessKind;
use atlas_codegen::types::{DefKind, Ty, TypeDef};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// A value of type `ty`: required fields only, first enum values, a
/// union's first variant (with its tag).
fn sample(defs: &[TypeDef], ty: &Ty, depth: usize) -> Value {
    if depth > 12 {
        return Value::Null;
    }
    match ty {
        Ty::String => json!("x"),
        Ty::Bool => json!(true),
        Ty::I32 | Ty::I64 => json!(1),
        Ty::F32 | Ty::F64 => json!(1.5),
        Ty::DateTime => json!("2026-01-01T00:00:00Z"),
        Ty::Date => json!("2026-01-01"),
        Ty::Json | Ty::Map(_) => json!({}),
        Ty::Vec(item) => json!([sample(defs, item, depth + 1)]),
        Ty::Named(id) => sample_def(defs, &defs[*id], depth),
    }
}

fn sample_def(defs: &[TypeDef], def: &TypeDef, depth: usize) -> Value {
    match &def.kind {
        DefKind::Struct(s) => {
            let mut object = serde_json::Map::new();
            for f in s.fields.iter().filter(|f| !f.optional()) {
                object.insert(f.wire.clone(), sample(defs, &f.ty, depth + 1));
            }
            if let Some(Value::Object(more)) =
                s.flatten.as_ref().map(|k| sample(defs, &k.ty, depth + 1))
            {
                object.extend(more);
            }
            Value::Object(object)
        }
        DefKind::Enum(e) => e.variants.first().map_or(json!("x"), |v| json!(v.wire)),
        DefKind::Union(u) => {
            let Some(v) = u.variants.first() else {
                return Value::Null;
            };
            let mut value = sample(defs, &v.ty, depth + 1);
            if let (Some(tag), Some(key), Value::Object(o)) = (&u.tag, v.keys.first(), &mut value) {
                o.insert(tag.clone(), json!(key));
            }
            value
        }
        DefKind::Alias(ty) => sample(defs, ty, depth + 1),
        DefKind::External(_) => json!({}),
    }
}

/// (operationId, Accept) → the reply its docs show.
fn documented_replies() -> (BTreeMap<(String, String), Reply>, usize) {
    let run = atlas_tests::real();
    let text = std::fs::read_to_string(&run.located.path).expect("spec");
    let inputs = Inputs::load(&atlas_tests::root().join("spec/atlas.toml")).expect("settings");
    let ir = atlas_codegen::build_ir("spec", &text, &inputs).expect("ir");
    let mut replies = BTreeMap::new();
    let mut documented = 0;
    for op in &ir.operations {
        let Some(success) = op.responses.first() else {
            continue;
        };
        let reply: Option<Reply> = match &success.kind {
            SuccessKind::Json(ty) => {
                let value = match success.examples.first() {
                    Some((_, v)) => {
                        documented += 1;
                        v.clone()
                    }
                    None => sample(&ir.defs, ty, 0),
                };
                let body = serde_json::to_vec(&value).expect("JSON");
                Some((success.status, "application/json", body))
            }
            SuccessKind::Empty => Some((success.status, "application/json", Vec::new())),
            SuccessKind::Bytes => Some((
                success.status,
                "application/octet-stream",
                b"some bytes".to_vec(),
            )),
        };
        replies.extend(reply.map(|r| ((op.id.clone(), op.accept.clone()), r)));
    }
    (replies, documented)
}

#[test]
fn every_operation_runs_through_the_mock() {
    let (replies, documented) = documented_replies();
    let mock = Mock::new();
    mock.otherwise(move |req| {
        replies
            .get(&(req.operation.to_owned(), req.accept.to_owned()))
            .cloned()
    });
    let client = Client::mock(&mock);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let (mut decoded, mut deviating, mut failures) = (0, 0, Vec::new());
    runtime.block_on(async {
        for case in cases::CASES {
            match (case.call)(&client, None).await.map(|e| e.answer) {
                Ok(Ok(answer)) => {
                    decoded += 1;
                    deviating += usize::from(!answer.deviations().is_empty());
                }
                Ok(Err(e)) => failures.push(format!("{}: {e}", case.key)),
                Err(e) => failures.push(format!("{}: {e}", case.key)),
            }
        }
    });
    println!(
        "mock: {} calls, {decoded} decoded ({deviating} of them departing from the spec: examples that leave out required properties or use values the spec does not list), {} failed; {documented} operations answered with their documented example, the others with a value made from their type",
        cases::CASES.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(decoded, cases::CASES.len());
}
