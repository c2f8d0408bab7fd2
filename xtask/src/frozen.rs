//! Caller code frozen at a release (`tests/frozen/`): the README's Rust
//! examples, every usage example of the generated crate's docs, the
//! hand-written examples and `tests/mock-user/`, as they were at the
//! release's commit, made into one crate that depends on the current
//! crates. `cargo xtask api-check` compiles it: code written against the
//! last release must keep compiling, unless the version allows a break and
//! the changelog tells callers what to change.

use atlas_codegen::tooling::changelog::{self, Changelog};
use atlas_codegen::tooling::release::{self, Release};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// Where the frozen crate lives.
pub const DIR: &str = "tests/frozen";

/// The free names the README's examples use, and their types.
const README_PARAMS: &str = "client: atlas_admin::Client, group_id: &str, org_id: &str, cluster: ClusterDescription20240805, advanced: AdvancedClusterDescription";

/// A piece of frozen code: where it came from and its text.
struct Unit {
    /// `README.md#3`, `generated/src/apis/clusters.rs:120`, `examples/x.rs`.
    origin: String,
    /// The file of the frozen crate it is in.
    file: String,
    /// Its first and last line there.
    lines: (usize, usize),
}

/// Where the caller code is read from: a commit (a recorded release), or
/// the working tree (a release being made, before it is committed).
#[derive(Clone, Copy)]
pub enum Source<'a> {
    Commit(&'a str),
    WorkTree,
}

impl Source<'_> {
    /// A file's text.
    fn show(self, root: &Path, path: &str) -> Result<String, String> {
        let Source::Commit(commit) = self else {
            return std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"));
        };
        let out = Command::new("git")
            .args(["show", &format!("{commit}:{path}")])
            .current_dir(root)
            .output()
            .map_err(|e| format!("git show: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "git show {commit}:{path}: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        String::from_utf8(out.stdout).map_err(|e| format!("{path}: {e}"))
    }

    /// The files git tracks under `dir` (at the commit, or now).
    fn files(self, root: &Path, dir: &str) -> Result<Vec<String>, String> {
        let args: Vec<&str> = match self {
            Source::Commit(commit) => vec!["ls-tree", "-r", "--name-only", commit, "--", dir],
            Source::WorkTree => vec!["ls-files", "--", dir],
        };
        let out = Command::new("git")
            .args(&args)
            .current_dir(root)
            .output()
            .map_err(|e| format!("git {}: {e}", args[0]))?;
        if !out.status.success() {
            return Err(format!(
                "git {}: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_owned)
            .collect())
    }
}

/// The ```rust blocks of a Markdown text.
fn markdown_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        match (&mut current, line.trim_start()) {
            (None, l) if l.starts_with("```rust") => current = Some(String::new()),
            (Some(_), "```") => blocks.extend(current.take()),
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            _ => {}
        }
    }
    blocks
}

/// The ```no_run examples of the doc comments of a Rust file, with the
/// lines rustdoc hides (`# `) shown, each with its line.
fn doc_examples(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (n, line) in text.lines().enumerate() {
        let t = line.trim_start();
        let Some(doc) = t.strip_prefix("///").or_else(|| t.strip_prefix("//!")) else {
            continue;
        };
        let doc = doc.strip_prefix(' ').unwrap_or(doc);
        match &mut current {
            None if doc.starts_with("```no_run") => current = Some((n + 1, String::new())),
            Some(_) if doc.trim() == "```" => out.extend(current.take()),
            Some((_, code)) => {
                let shown = match doc.strip_prefix("# ") {
                    Some(rest) => rest,
                    None if doc == "#" => "",
                    None => doc,
                };
                code.push_str(shown);
                code.push('\n');
            }
            None => {}
        }
    }
    out
}

/// The frozen crate's files for the release `version`, read from
/// `source`, and what each piece of code came from.
fn freeze(
    root: &Path,
    version: &str,
    source: Source<'_>,
) -> Result<(BTreeMap<String, String>, Vec<Unit>), String> {
    let mut files_out = BTreeMap::new();
    let mut units = Vec::new();
    let mut push = |file: &str, origin: String, body: &mut String, code: &str| {
        let start = body.lines().count() + 1;
        body.push_str(code);
        if !code.ends_with('\n') {
            body.push('\n');
        }
        units.push(Unit {
            origin,
            file: file.to_owned(),
            lines: (start, body.lines().count()),
        });
    };

    let mut readme = String::from(
        "//! The README's Rust examples, each in a function of the names they use.\nuse atlas_admin::types::*;\n\n",
    );
    for (i, block) in markdown_blocks(&source.show(root, "README.md")?)
        .iter()
        .enumerate()
    {
        let code = format!(
            "async fn readme_{i}({README_PARAMS}) -> Result<(), Box<dyn std::error::Error>> {{\n{block}Ok(())\n}}\n\n"
        );
        push(
            "src/readme.rs",
            format!("README.md, Rust example {}", i + 1),
            &mut readme,
            &code,
        );
    }
    files_out.insert("src/readme.rs".to_owned(), readme);

    let mut docs = String::from("//! Every usage example of the generated crate's docs.\n\n");
    let mut n = 0;
    for path in source.files(root, "generated/src")? {
        if !path.ends_with(".rs") {
            continue;
        }
        for (line, code) in doc_examples(&source.show(root, &path)?) {
            let code = format!("mod doc_{n} {{\n{code}}}\n\n");
            push("src/docs.rs", format!("{path}:{line}"), &mut docs, &code);
            n += 1;
        }
    }
    files_out.insert("src/docs.rs".to_owned(), docs);

    let mut lib = format!(
        "//! Caller code frozen at release {version} (its commit: releases.toml) by\n//! `cargo xtask release`: compiled against the current crates by\n//! `cargo xtask api-check`. Do not edit.\n#![allow(deprecated, dead_code, unused, clippy::all)]\n\nmod docs;\nmod readme;\nmod mock_user;\n#[cfg(test)]\nmod mock_user_tests;\n"
    );
    for path in source.files(root, "examples")? {
        let Some(name) = path
            .strip_prefix("examples/")
            .and_then(|p| p.strip_suffix(".rs"))
        else {
            continue;
        };
        let text = source.show(root, &path)?;
        let file = format!("src/examples/{name}.rs");
        let mut body = String::new();
        push(&file, path.clone(), &mut body, &text);
        files_out.insert(file, body);
        lib.push_str(&format!(
            "#[path = \"examples/{name}.rs\"]\nmod example_{name};\n"
        ));
    }
    files_out.insert("src/lib.rs".to_owned(), lib);

    let mut user = String::new();
    let path = "tests/mock-user/src/lib.rs";
    push(
        "src/mock_user.rs",
        path.to_owned(),
        &mut user,
        &source.show(root, path)?,
    );
    files_out.insert("src/mock_user.rs".to_owned(), user);
    let mut tests_mod = String::new();
    for path in source.files(root, "tests/mock-user/tests")? {
        let Some(module) = path
            .rsplit('/')
            .next()
            .and_then(|f| f.strip_suffix(".rs"))
            .map(|m| m.replace('-', "_"))
        else {
            continue;
        };
        // The crate the tests import is a module here; a `use` may stand
        // anywhere, so it goes last (after the file's inner docs).
        let text = source.show(root, &path)?
            + "\n#[allow(unused_imports)]\nuse crate::mock_user as atlas_mock_user;\n";
        let file = format!("src/mock_user_tests/{module}.rs");
        let mut body = String::new();
        push(&file, path.clone(), &mut body, &text);
        files_out.insert(file, body);
        tests_mod.push_str(&format!(
            "#[path = \"mock_user_tests/{module}.rs\"]\nmod {module};\n"
        ));
    }
    files_out.insert("src/mock_user_tests.rs".to_owned(), tests_mod);

    files_out.insert("Cargo.toml".to_owned(), manifest(version));
    files_out.insert("units.json".to_owned(), units_json(&units));
    Ok((files_out, units))
}

fn manifest(version: &str) -> String {
    format!(
        "# Caller code frozen at release {} (see src/lib.rs); its own workspace.\n[package]\nname = \"atlas-frozen-callers\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\natlas-admin = {{ path = \"../../generated\", features = [\"preview\", \"mock\"] }}\nserde_json = \"1\"\ntokio = {{ version = \"1\", features = [\"full\"] }}\n\n[workspace]\n",
        version
    )
}

fn units_json(units: &[Unit]) -> String {
    let list: Vec<Value> = units
        .iter()
        .map(|u| serde_json::json!({"origin": u.origin, "file": u.file, "lines": [u.lines.0, u.lines.1]}))
        .collect();
    serde_json::to_string_pretty(&list).unwrap_or_default() + "\n"
}

fn read_units(dir: &Path) -> Result<Vec<Unit>, String> {
    let text = std::fs::read_to_string(dir.join("units.json"))
        .map_err(|e| format!("{}/units.json: {e}", dir.display()))?;
    let list: Vec<Value> = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    Ok(list
        .iter()
        .map(|u| Unit {
            origin: u["origin"].as_str().unwrap_or_default().to_owned(),
            file: u["file"].as_str().unwrap_or_default().to_owned(),
            lines: (
                u["lines"][0].as_u64().unwrap_or(0) as usize,
                u["lines"][1].as_u64().unwrap_or(0) as usize,
            ),
        })
        .collect())
}

/// Writes the frozen crate of release `version`, read from `source`
/// (replacing the last one).
pub fn write(root: &Path, version: &str, source: Source<'_>) -> Result<usize, String> {
    let (files, units) = freeze(root, version, source)?;
    let dir = root.join(DIR);
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in &files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(units.len())
}

/// `cargo xtask freeze`: the frozen crate of the last recorded release,
/// written anew (after a change of what is frozen, or to set it up).
pub fn freeze_last(root: &Path) -> std::process::ExitCode {
    let result = release::last(root)
        .map_err(|e| e.to_string())
        .and_then(|last| last.ok_or_else(|| "releases.toml records no release".to_owned()))
        .and_then(|last| {
            write(root, &last.version, Source::Commit(&last.commit)).map(|n| (last, n))
        });
    match result {
        Ok((last, n)) => {
            println!(
                "freeze: {n} pieces of caller code of release {} in {DIR}",
                last.version
            );
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::from(2)
        }
    }
}

/// What compiling the frozen code said: the units that did not compile,
/// with their first error.
pub struct Outcome {
    pub units: usize,
    pub failed: Vec<(String, String)>,
}

/// Compiles the frozen crate against the current crates.
pub fn compile(root: &Path) -> Result<Outcome, String> {
    let dir = root.join(DIR);
    let units = read_units(&dir)?;
    // The workspace's versions, so that the build shares its artifacts.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "check",
            "--all-targets",
            "--message-format",
            "json",
            "--quiet",
        ])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .output()
        .map_err(|e| format!("cargo check: {e}"))?;
    let mut failed: BTreeMap<String, String> = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(msg) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let m = &msg["message"];
        if m["level"] != "error" {
            continue;
        }
        let span = m["spans"]
            .as_array()
            .and_then(|s| s.iter().find(|s| s["is_primary"] == true));
        let origin = span
            .and_then(|s| {
                let file = s["file_name"].as_str()?;
                let line = s["line_start"].as_u64()? as usize;
                units
                    .iter()
                    .find(|u| file.ends_with(&u.file) && u.lines.0 <= line && line <= u.lines.1)
                    .map(|u| u.origin.clone())
            })
            .unwrap_or_else(|| "the frozen crate itself".to_owned());
        failed
            .entry(origin)
            .or_insert_with(|| m["message"].as_str().unwrap_or("error").to_owned());
    }
    if !output.status.success() && failed.is_empty() {
        return Err(format!(
            "cargo check of {DIR} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(Outcome {
        units: units.len(),
        failed: failed.into_iter().collect(),
    })
}

/// Whether the frozen code's failures are allowed: none, or the version
/// allows a break since `last` and the changelog says what callers change.
pub fn judge(
    root: &Path,
    last: &Release,
    current: &str,
    outcome: &Outcome,
) -> Result<bool, String> {
    println!(
        "frozen callers of {}: {} pieces of code, {} compile, {} do not",
        last.version,
        outcome.units,
        outcome.units - outcome.failed.len(),
        outcome.failed.len()
    );
    for (origin, error) in &outcome.failed {
        println!("  {origin}: {error}");
    }
    if outcome.failed.is_empty() {
        return Ok(true);
    }
    let log_path = root.join("generated").join(changelog::FILE);
    let log = Changelog::parse(&std::fs::read_to_string(&log_path).unwrap_or_default());
    let bumped = release::allows_breaking(&last.version, current);
    let told = log.tells_breaking(current);
    match (bumped, told) {
        (true, true) => {
            println!(
                "frozen callers: allowed: {current} may break {} and {} tells callers what to change",
                last.version,
                log_path.display()
            );
            Ok(true)
        }
        (false, _) => {
            println!(
                "frozen callers: {current} may not break code written for {}: keep it compiling, or bump the version (cargo xtask release --version) and say what callers change in the changelog",
                last.version
            );
            Ok(false)
        }
        (true, false) => {
            println!(
                "frozen callers: {current} may break them, but {} has no `### Breaking changes` in `## {current}` telling callers what to change",
                log_path.display()
            );
            Ok(false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_examples_show_the_hidden_lines() {
        let text = "/// Docs.\n///\n/// ```no_run\n/// # use a::b;\n/// # async fn f() {\n/// let x = 1;\n/// #\n/// # }\n/// ```\nfn f() {}\n";
        let found = doc_examples(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 3);
        assert_eq!(found[0].1, "use a::b;\nasync fn f() {\nlet x = 1;\n\n}\n");
    }

    #[test]
    fn markdown_rust_blocks_only() {
        let text =
            "# T\n```rust\nlet a = 1;\n```\n```toml\nx = 1\n```\n  ```rust\n  let b = 2;\n  ```\n";
        assert_eq!(markdown_blocks(text), ["let a = 1;\n", "  let b = 2;\n"]);
    }
}
