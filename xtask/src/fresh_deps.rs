//! `cargo xtask fresh-deps`: the workspace as a new user of the crates
//! builds it, with the newest version of every dependency its manifests
//! allow, not `Cargo.lock`'s. In a scratch copy (`target/fresh-deps/`),
//! `cargo update`, then `cargo check` over every target and feature, where
//! any warning of a workspace crate fails: a deprecation in a newer
//! dependency (rustls deprecating a provider) fails here before a user
//! sees it.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Instant;

/// Dependencies whose resolved versions the report names.
const NAMED: [&str; 10] = [
    "reqwest",
    "rustls",
    "aws-lc-rs",
    "ring",
    "rustls-platform-verifier",
    "webpki-roots",
    "hyper",
    "tokio",
    "serde",
    "serde_json",
];

pub fn run(root: &Path) -> ExitCode {
    match fresh(root) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn fresh(root: &Path) -> Result<bool, String> {
    let started = Instant::now();
    let scratch = root.join("target/fresh-deps");
    let ws = scratch.join("ws");
    copy_tracked(root, &ws)?;
    // `../shared` as the workspace sees it.
    let shared = scratch.join("shared");
    if !shared.exists() {
        symlink(&root.join("../shared"), &shared)?;
    }
    let before = versions(&ws.join("Cargo.lock"))?;
    let status = cargo()
        .args(["update", "--quiet"])
        .current_dir(&ws)
        .status()
        .map_err(|e| format!("cargo update: {e}"))?;
    if !status.success() {
        return Err("cargo update failed".into());
    }
    let after = versions(&ws.join("Cargo.lock"))?;
    let changed = after
        .iter()
        .filter(|(name, v)| before.get(*name) != Some(*v))
        .count();
    println!(
        "fresh-deps: {} packages resolved, {changed} newer than Cargo.lock",
        after.len()
    );
    for name in NAMED {
        if let Some(v) = after.get(name) {
            let was = before.get(name).filter(|b| *b != v);
            let note = was
                .map(|b| format!(" (Cargo.lock: {b})"))
                .unwrap_or_default();
            println!("  {name} {v}{note}");
        }
    }
    // The workspace's target directory: only what changed is built again.
    // `cargo check`, its messages read: a warning in a workspace crate
    // fails (a dependency's own warnings are capped by cargo).
    let output = cargo()
        .args([
            "check",
            "--workspace",
            "--all-targets",
            "--all-features",
            "--message-format",
            "json",
            "--quiet",
        ])
        .current_dir(&ws)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .output()
        .map_err(|e| format!("cargo check: {e}"))?;
    let mut warnings = workspace_warnings(&String::from_utf8_lossy(&output.stdout));
    // Code that every feature on does not compile: the `ring` provider.
    for features in crate::features::TLS {
        let tls = cargo()
            .args([
                "check",
                "-p",
                "atlas-admin",
                "--lib",
                "--no-default-features",
            ])
            .args([
                "--features",
                features,
                "--message-format",
                "json",
                "--quiet",
            ])
            .current_dir(&ws)
            .env("CARGO_TARGET_DIR", root.join("target"))
            .output()
            .map_err(|e| format!("cargo check: {e}"))?;
        warnings.extend(workspace_warnings(&String::from_utf8_lossy(&tls.stdout)));
    }
    for w in &warnings {
        println!("{w}");
    }
    let clean = output.status.success() && warnings.is_empty();
    if !output.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&output.stderr));
    }
    println!(
        "fresh-deps: cargo check with the newest dependencies: {} ({} warnings; {:.1?})",
        if clean { "clean" } else { "FAILED" },
        warnings.len(),
        started.elapsed()
    );
    Ok(clean)
}

/// The rendered warnings and errors of the workspace's own crates (path
/// packages) in cargo's JSON messages.
fn workspace_warnings(messages: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in messages.lines() {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let local = msg["package_id"]
            .as_str()
            .is_some_and(|id| id.starts_with("path+file://"));
        let level = msg["message"]["level"].as_str().unwrap_or_default();
        if msg["reason"] == "compiler-message" && local && matches!(level, "warning" | "error") {
            let rendered = msg["message"]["rendered"].as_str().unwrap_or_default();
            if !out.iter().any(|r| r == rendered) {
                out.push(rendered.to_owned());
            }
        }
    }
    out
}

/// Copies the files git tracks (as they are in the working tree).
fn copy_tracked(root: &Path, to: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(to);
    let out = Command::new("git")
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .current_dir(root)
        .output()
        .map_err(|e| format!("git ls-files: {e}"))?;
    for path in out.stdout.split(|b| *b == 0).filter(|p| !p.is_empty()) {
        let path = String::from_utf8_lossy(path);
        let (from, dest) = (root.join(&*path), to.join(&*path));
        if !from.is_file() {
            continue;
        }
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::copy(&from, &dest).map_err(|e| format!("{path}: {e}"))?;
    }
    Ok(())
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) -> Result<(), String> {
    std::os::unix::fs::symlink(target, link).map_err(|e| format!("{}: {e}", link.display()))
}

#[cfg(not(unix))]
fn symlink(_: &Path, link: &Path) -> Result<(), String> {
    Err(format!("{}: symlinks need unix", link.display()))
}

/// Package name → version, from a lock file (the newest when a package
/// appears in several versions).
fn versions(lock: &Path) -> Result<BTreeMap<String, String>, String> {
    let text = std::fs::read_to_string(lock).map_err(|e| format!("{}: {e}", lock.display()))?;
    let doc: toml::Table = toml::from_str(&text).map_err(|e| e.to_string())?;
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for p in doc["package"].as_array().into_iter().flatten() {
        let (Some(name), Some(v)) = (p["name"].as_str(), p["version"].as_str()) else {
            continue;
        };
        let newer = out
            .get(name)
            .is_none_or(|old| semver::Version::parse(v).ok() > semver::Version::parse(old).ok());
        if newer {
            out.insert(name.to_owned(), v.to_owned());
        }
    }
    Ok(out)
}
