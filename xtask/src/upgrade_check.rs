//! `cargo xtask upgrade-check`: the compatibility promise, end to end. In a
//! scratch workspace (`target/upgrade-check/`), the crate is generated from
//! the oldest spec of a chain, updated release by release with the same
//! code as `cargo xtask update`, and the usage example of every operation
//! of the oldest spec is compiled against the result. Every example whose
//! route is still in the spec must compile (deprecation warnings only);
//! every one that fails must be a route the change report lists as removed.

use atlas_codegen::inputs::Inputs;
use atlas_codegen::locate::sha256_hex;
use atlas_codegen::project;
use atlas_codegen::tooling::diff::route_key;
use atlas_codegen::tooling::update::{self, Request};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

/// The chain in `../shared/spec`, oldest first.
const CHAIN: [&str; 3] = [
    "atlas-api-2025-06-30.yaml",
    "atlas-api-2026-01-16.yaml",
    "atlas-api-2026-08-21.yaml",
];

pub fn run(root: &Path, args: &crate::UpgradeCheckArgs) -> ExitCode {
    let outcome = check(root);
    if args.seed_enums && outcome.is_ok() {
        if let Err(e) = seed_enums(root) {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// A usage example of the oldest spec: its operation, route (without
/// parameter names) and the names of the types its request uses.
struct Example {
    id: String,
    /// `operationId`, or `operationId@version` for another version's method.
    key: String,
    route: String,
    call: String,
    request_types: BTreeSet<String>,
}

/// What the change report from the oldest to the newest spec says.
struct Explained {
    removed: BTreeSet<String>,
    breaking: Vec<atlas_codegen::tooling::diff::Change>,
    /// Old operationId → new, old type name → new.
    renamed: BTreeMap<String, String>,
}

impl Explained {
    /// A breaking change about the example's operation or a type its
    /// request uses (under its old or new name).
    fn breaking_for(&self, ex: &Example) -> Option<String> {
        let new_id = self.renamed.get(&ex.id).unwrap_or(&ex.id);
        let types: BTreeSet<&String> = ex
            .request_types
            .iter()
            .flat_map(|t| [t, self.renamed.get(t).unwrap_or(t)])
            .collect();
        self.breaking
            .iter()
            .find(|c| &c.subject == new_id || types.contains(&c.subject))
            .map(|c| format!("{}: {} [{}]", c.subject, c.detail, c.id))
    }
}

fn check(root: &Path) -> Result<bool, String> {
    let started = Instant::now();
    let specs: Vec<PathBuf> = CHAIN
        .iter()
        .map(|f| root.join("../shared/spec").join(f))
        .collect();
    let ws = root.join("target/upgrade-check/ws");
    scratch_workspace(root, &ws, &specs)?;
    let examples = first_generation(&ws, &specs[0])?;
    for spec in &specs[1..] {
        let date = spec
            .file_name()
            .map(|f| f.to_string_lossy()[10..20].to_owned())
            .unwrap_or_default();
        let request = Request {
            spec,
            url: None,
            date: &date,
            today: "2026-11-26",
        };
        let done = update::update(&ws, &request).map_err(|e| e.to_string())?;
        println!(
            "upgrade-check: updated to {} ({}: {} method and {} type aliases)",
            spec.display(),
            done.report.semver().as_str(),
            done.aliases.0,
            done.aliases.1
        );
    }
    let explained = explain(root, &specs[0], &specs[specs.len() - 1])?;
    write_examples(&ws, &examples)?;
    let outcome = compile(&ws, root)?;
    Ok(judge(&examples, &outcome, &explained, started))
}

/// The enum records the chain ended with (the pinned spec's, since the
/// chain ends at it) replace those of spec/compat.toml, each saying where
/// it comes from; the other records stay.
fn seed_enums(root: &Path) -> Result<(), String> {
    let io = |e: std::io::Error| e.to_string();
    let read = |path: &Path| -> Result<atlas_codegen::compat::Records, String> {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        atlas_codegen::compat::Records::parse(&path.display().to_string(), &text)
            .map_err(|e| e.to_string())
    };
    let ws = root.join("target/upgrade-check/ws");
    let file = atlas_codegen::compat::FILE;
    let chain = read(&ws.join("spec").join(file))?;
    let target = root.join("spec").join(file);
    let mut records = read(&target)?;
    let source = format!("the shared chain {}", CHAIN.join(" → "));
    // A record already there keeps its name (a maintainer may have named
    // the enum better) and its source; records of pointers the chain does
    // not reach stay.
    for mut kept in chain.enums {
        match records.enums.iter_mut().find(|e| e.pointer == kept.pointer) {
            Some(existing) => existing.values = kept.values,
            None => {
                kept.source.get_or_insert_with(|| source.clone());
                records.enums.push(kept);
            }
        }
    }
    records.enums.sort_by(|a, b| a.pointer.cmp(&b.pointer));
    println!(
        "upgrade-check: {} kept enums written to {}",
        records.enums.len(),
        target.display()
    );
    std::fs::write(&target, records.to_toml()).map_err(io)
}

/// A workspace of the runtime, the generated crate and the examples crate,
/// with the chain's specs in its spec cache (where generation looks).
fn scratch_workspace(root: &Path, ws: &Path, specs: &[PathBuf]) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(ws);
    let io = |e: std::io::Error| e.to_string();
    for dir in [
        "runtime/src",
        "spec",
        "examples",
        ".spec-cache",
        "generated",
        "check/src",
    ] {
        std::fs::create_dir_all(ws.join(dir)).map_err(io)?;
    }
    for file in [
        "Cargo.lock",
        "runtime/Cargo.toml",
        "examples/update_org_invite.rs",
        // The generated crate's README template, which the settings name.
        "spec/crate-readme.md",
    ] {
        std::fs::copy(root.join(file), ws.join(file)).map_err(|e| format!("{file}: {e}"))?;
    }
    for entry in std::fs::read_dir(root.join("runtime/src"))
        .map_err(io)?
        .flatten()
    {
        std::fs::copy(entry.path(), ws.join("runtime/src").join(entry.file_name())).map_err(io)?;
    }
    for spec in specs {
        let bytes = std::fs::read(spec).map_err(|e| format!("{}: {e}", spec.display()))?;
        let name = spec
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        std::fs::write(
            ws.join(".spec-cache")
                .join(format!("{}-{name}", sha256_hex(&bytes))),
            bytes,
        )
        .map_err(io)?;
    }
    let manifest = "[workspace]\nresolver = \"3\"\nmembers = [\"runtime\", \"generated\", \"check\"]\n\n[workspace.package]\nedition = \"2024\"\nrust-version = \"1.85\"\nlicense = \"Apache-2.0\"\n\n[workspace.dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\nserde_json = \"1\"\n";
    std::fs::write(ws.join("Cargo.toml"), manifest).map_err(io)?;
    let check = "[package]\nname = \"upgrade-check\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\natlas-admin = { path = \"../generated\", features = [\"preview\"] }\nserde_json = \"1\"\n";
    std::fs::write(ws.join("check/Cargo.toml"), check).map_err(io)?;
    // The overlays the settings name, where the scratch settings look first.
    std::fs::create_dir_all(ws.join("spec/overlays")).map_err(io)?;
    for dir in [
        root.join("spec/overlays"),
        root.join("../shared/spec/overlays"),
    ] {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            std::fs::copy(
                entry.path(),
                ws.join("spec/overlays").join(entry.file_name()),
            )
            .map_err(io)?;
        }
    }
    // The project's settings, pinned at the oldest spec, without aliases.
    let settings = std::fs::read_to_string(root.join(project::SETTINGS)).map_err(io)?;
    let mut doc: toml_edit::DocumentMut = settings
        .parse()
        .map_err(|e: toml_edit::TomlError| e.to_string())?;
    let bytes = std::fs::read(&specs[0]).map_err(io)?;
    doc["spec"]["file"] = toml_edit::value(CHAIN[0]);
    doc["spec"]["sha256"] = toml_edit::value(sha256_hex(&bytes));
    doc["spec"]["url"] = toml_edit::value("");
    std::fs::write(ws.join(project::SETTINGS), doc.to_string()).map_err(io)
}

/// Generates the crate from the oldest spec; returns its usage examples.
fn first_generation(ws: &Path, spec: &Path) -> Result<Vec<Example>, String> {
    let run = project::run(ws, &project::SpecChoice::default()).map_err(|e| e.to_string())?;
    project::write(&ws.join(project::OUT_DIR), &run.generated.files).map_err(|e| e.to_string())?;
    let inputs = Inputs::load(&ws.join(project::SETTINGS)).map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(spec).map_err(|e| e.to_string())?;
    let ir = atlas_codegen::build_ir(&spec.display().to_string(), &text, &inputs)
        .map_err(|e| e.to_string())?;
    let examples: Vec<Example> = atlas_codegen::emit::usage_calls(&ir, &inputs.settings)
        .into_iter()
        .map(|(key, route, call)| {
            let id = key.split('@').next().unwrap_or(&key).to_owned();
            let op = ir.operation(&key);
            let (method, path) = route.split_once(' ').unwrap_or(("", &route));
            Example {
                request_types: op.map(|o| request_types(&ir, o)).unwrap_or_default(),
                route: route_key(method, path),
                id,
                key,
                call,
            }
        })
        .collect();
    println!(
        "upgrade-check: generated {} ({} usage examples)",
        spec.display(),
        examples.len()
    );
    Ok(examples)
}

/// The names of every type an operation's parameters and body reach.
fn request_types(ir: &atlas_codegen::Ir, op: &atlas_codegen::ops::Operation) -> BTreeSet<String> {
    let mut stack = Vec::new();
    op.params.iter().for_each(|p| p.ty.named(&mut stack));
    op.body.iter().for_each(|b| b.ty.named(&mut stack));
    let mut seen = BTreeSet::new();
    while let Some(id) = stack.pop() {
        if seen.insert(id) {
            stack.extend(ir.defs[id].refers_to());
        }
    }
    seen.into_iter()
        .map(|id| ir.defs[id].name.clone())
        .collect()
}

/// The change report from the oldest spec to the newest: removed routes,
/// breaking changes and renames.
fn explain(root: &Path, old: &Path, new: &Path) -> Result<Explained, String> {
    let report = crate::diff::report(root, old, new, "2026-11-26")?;
    let removed = report
        .operations_removed
        .iter()
        .map(|op| {
            let (method, path) = op.route.split_once(' ').unwrap_or(("", &op.route));
            route_key(method, path)
        })
        .collect();
    let renamed = report
        .operations_renamed
        .iter()
        .map(|p| (p.old.operation_id.clone(), p.new.operation_id.clone()))
        .chain(
            report
                .types_renamed
                .iter()
                .map(|t| (t.old.clone(), t.new.clone())),
        )
        .collect();
    let breaking = report.changes.into_iter().filter(|c| c.breaking).collect();
    Ok(Explained {
        removed,
        breaking,
        renamed,
    })
}

/// One function per example in the check crate.
fn write_examples(ws: &Path, examples: &[Example]) -> Result<(), String> {
    let mut lib = String::from(
        "//! The usage examples of the oldest spec, against the updated crate.\n#![allow(dead_code, unused_imports)]\nuse atlas_admin::types::*;\n\n",
    );
    for (i, Example { key, call, .. }) in examples.iter().enumerate() {
        lib.push_str(&format!(
            "// example {i}: {key}\nasync fn example_{i}(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {{\n    let _response = {call}\n    .await?;\n    Ok(())\n}}\n\n"
        ));
    }
    std::fs::write(ws.join("check/src/lib.rs"), lib).map_err(|e| e.to_string())
}

/// What the compiler said about each example: (errors, warning kinds).
type Outcome = BTreeMap<usize, (usize, BTreeSet<String>)>;

fn compile(ws: &Path, root: &Path) -> Result<Outcome, String> {
    let started = Instant::now();
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "check",
            "-p",
            "upgrade-check",
            "--message-format",
            "json",
            "--quiet",
        ])
        .current_dir(ws)
        // The workspace's target directory: the dependencies it checked
        // (same versions: the lock file is the workspace's) are reused,
        // and later checks (the frozen callers) reuse these.
        .env("CARGO_TARGET_DIR", root.join("target"))
        .output()
        .map_err(|e| format!("cargo check: {e}"))?;
    println!("upgrade-check: cargo check in {:.1?}", started.elapsed());
    let lib = std::fs::read_to_string(ws.join("check/src/lib.rs")).map_err(|e| e.to_string())?;
    let starts: Vec<(usize, usize)> = lib
        .lines()
        .enumerate()
        .filter_map(|(n, l)| {
            l.strip_prefix("async fn example_")
                .and_then(|r| r.split('(').next()?.parse().ok())
                .map(|i| (n + 1, i))
        })
        .collect();
    let mut outcome = Outcome::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(msg) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let m = &msg["message"];
        // The updated crate itself must build: else no example was checked.
        if msg["reason"] == "compiler-message"
            && msg["target"]["name"] != "upgrade_check"
            && m["level"] == "error"
        {
            return Err(format!(
                "the updated crate does not build: {}",
                m["rendered"].as_str().unwrap_or("?")
            ));
        }
        if msg["target"]["name"] != "upgrade_check" {
            continue;
        }
        // The primary span in the examples' file (others may point into
        // the generated crate).
        let spans = m["spans"].as_array().cloned().unwrap_or_default();
        let primary = spans.iter().find(|s| {
            s["is_primary"] == true
                && s["file_name"]
                    .as_str()
                    .is_some_and(|f| f.ends_with("check/src/lib.rs"))
        });
        let Some(line_no) = primary.and_then(|s| s["line_start"].as_u64()) else {
            continue;
        };
        let Some(&(_, example)) = starts
            .iter()
            .rev()
            .find(|(start, _)| *start <= line_no as usize)
        else {
            continue;
        };
        let entry = outcome.entry(example).or_default();
        match m["level"].as_str() {
            Some("error") => entry.0 += 1,
            Some("warning") => {
                entry
                    .1
                    .insert(m["code"]["code"].as_str().unwrap_or("warning").to_owned());
            }
            _ => {}
        }
    }
    Ok(outcome)
}

/// Every failure must be a removed route or a breaking change the report
/// lists for the operation or a type its request uses; every warning a
/// deprecation.
fn judge(examples: &[Example], outcome: &Outcome, explained: &Explained, started: Instant) -> bool {
    let (mut compiled, mut deprecated, mut on_removed, mut on_breaking) = (0, 0, 0, Vec::new());
    let mut unexpected = Vec::new();
    for (i, ex) in examples.iter().enumerate() {
        let (errors, warnings) = outcome.get(&i).cloned().unwrap_or_default();
        if warnings.iter().any(|w| w != "deprecated") {
            unexpected.push(format!("{}: warnings {warnings:?}", ex.key));
        }
        if errors == 0 {
            compiled += 1;
            deprecated += usize::from(warnings.contains("deprecated"));
        } else if explained.removed.contains(&ex.route) {
            on_removed += 1;
        } else if let Some(change) = explained.breaking_for(ex) {
            on_breaking.push(format!("{} ({change})", ex.key));
        } else {
            unexpected.push(format!(
                "{} ({}): {errors} errors, and the report names no breaking change for it",
                ex.key, ex.route
            ));
        }
    }
    println!(
        "upgrade-check: {} examples of {}: {compiled} compile ({deprecated} with deprecation warnings), {on_removed} fail on a removed route ({} routes removed), {} fail on a breaking change the report lists, {} unexplained; {:.1?}",
        examples.len(),
        CHAIN[0],
        explained.removed.len(),
        on_breaking.len(),
        unexpected.len(),
        started.elapsed()
    );
    for b in &on_breaking {
        println!("  breaking: {b}");
    }
    for u in &unexpected {
        eprintln!("  unexplained: {u}");
    }
    unexpected.is_empty()
}
