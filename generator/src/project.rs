//! The project's layout and the two workflows on it: generate into
//! `generated/`, and check that `generated/` is what generation gives
//! (rust-analyzer's `ensure_file_contents`, for a whole directory).

use crate::diag::Error;
use crate::inputs::Inputs;
use crate::locate::{Located, locate, read_pinned};
use crate::settings::Settings;
use crate::{Generated, generate};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const SETTINGS: &str = "spec/atlas.toml";
pub const OUT_DIR: &str = "generated";

/// A crate that generation keeps up to date: its settings and directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub name: &'static str,
    pub settings: &'static str,
    pub out_dir: &'static str,
}

/// The Atlas client, from the pinned spec.
pub const CLIENT: Target = Target {
    name: "client",
    settings: SETTINGS,
    out_dir: OUT_DIR,
};

/// A small crate from a fixture spec of this repository, with the runtime
/// renamed: it shows that emit takes every crate path from the settings,
/// and it compiles and round-trips every type mapping the generator has.
pub const FIXTURE: Target = Target {
    name: "fixture",
    settings: "tests/fixture-crate/settings.toml",
    out_dir: "tests/fixture-crate",
};

pub const TARGETS: [Target; 2] = [CLIENT, FIXTURE];

/// Where the spec comes from, beyond the defaults.
#[derive(Debug, Default, Clone)]
pub struct SpecChoice {
    pub flag: Option<PathBuf>,
    pub env: Option<PathBuf>,
    pub allow_unpinned: bool,
}

impl SpecChoice {
    /// `--spec` as given, `ATLAS_SPEC` from the environment.
    pub fn from_env(flag: Option<PathBuf>, allow_unpinned: bool) -> Self {
        let env = std::env::var_os("ATLAS_SPEC")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        Self {
            flag,
            env,
            allow_unpinned,
        }
    }
}

pub struct Run {
    pub located: Located,
    pub sha256: String,
    pub pinned: bool,
    pub generated: Generated,
}

/// Loads the settings, finds and checks the spec, and generates the client
/// in memory.
pub fn run(root: &Path, choice: &SpecChoice) -> Result<Run, Error> {
    run_target(root, &CLIENT, choice)
}

/// The same for any target; the spec choice applies to the client only
/// (a fixture's spec is its own).
pub fn run_target(root: &Path, target: &Target, choice: &SpecChoice) -> Result<Run, Error> {
    let default = SpecChoice::default();
    let choice = if *target == CLIENT { choice } else { &default };
    let inputs = Inputs::load(&root.join(target.settings))?.shown_as(target.settings);
    let settings = &inputs.settings;
    let located = locate(
        root,
        &settings.spec,
        choice.flag.as_deref(),
        choice.env.as_deref(),
    )?;
    let (text, sha256) = read_pinned(&located.path, &settings.spec, choice.allow_unpinned)?;
    let pinned = sha256 == settings.spec.sha256.to_ascii_lowercase();
    let name = located.path.display().to_string();
    let generated = generate(&name, &text, &sha256, &inputs)?;
    Ok(Run {
        located,
        sha256,
        pinned,
        generated,
    })
}

/// The text of the pinned spec, found as generation finds it.
pub fn run_located_text(root: &Path, settings: &Settings) -> Result<String, Error> {
    let located = locate(root, &settings.spec, None, None)?;
    read_pinned(&located.path, &settings.spec, false).map(|(text, _)| text)
}

/// How one file on disk differs from what generation gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// Generation gives it, the directory lacks it.
    Missing(String),
    /// The directory has it, generation does not give it.
    Extra(String),
    /// Both have it with different contents: a short diff.
    Stale { path: String, diff: String },
}

/// Files under `dir` that generation owns: `Cargo.toml`, `src/**/*.rs`
/// and `tests/**/*.rs`.
pub fn owned_files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if dir.join("Cargo.toml").is_file() {
        out.push("Cargo.toml".to_owned());
    }
    let mut stack = vec![dir.join("src"), dir.join("tests")];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                if let Ok(rel) = p.strip_prefix(dir) {
                    out.push(rel.to_string_lossy().replace('\\', "/"));
                }
            }
        }
    }
    out.sort();
    out
}

/// Compares `dir` with the generated files.
pub fn compare(dir: &Path, files: &BTreeMap<String, String>) -> Vec<Drift> {
    let mut drift = Vec::new();
    for (path, want) in files {
        match std::fs::read_to_string(dir.join(path)) {
            Err(_) => drift.push(Drift::Missing(path.clone())),
            Ok(have) if have != *want => drift.push(Drift::Stale {
                path: path.clone(),
                diff: short_diff(&have, want),
            }),
            Ok(_) => {}
        }
    }
    for path in owned_files(dir) {
        if !files.contains_key(&path) {
            drift.push(Drift::Extra(path));
        }
    }
    drift
}

/// The first differing lines, a few on each side.
fn short_diff(have: &str, want: &str) -> String {
    let h: Vec<&str> = have.lines().collect();
    let w: Vec<&str> = want.lines().collect();
    let first = h
        .iter()
        .zip(&w)
        .position(|(a, b)| a != b)
        .unwrap_or(h.len().min(w.len()));
    let mut out = format!("first difference at line {}:\n", first + 1);
    for l in h.iter().skip(first).take(3) {
        out.push_str(&format!("- {l}\n"));
    }
    for l in w.iter().skip(first).take(3) {
        out.push_str(&format!("+ {l}\n"));
    }
    out
}

/// Writes the files, removing owned files generation no longer gives.
/// Returns how many files changed (written or removed).
pub fn write(dir: &Path, files: &BTreeMap<String, String>) -> std::io::Result<usize> {
    let mut changed = 0;
    for path in owned_files(dir) {
        if !files.contains_key(&path) {
            std::fs::remove_file(dir.join(&path))?;
            changed += 1;
        }
    }
    for (path, text) in files {
        let full = dir.join(path);
        if std::fs::read_to_string(&full).ok().as_deref() == Some(text.as_str()) {
            continue;
        }
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&full, text)?;
        changed += 1;
    }
    Ok(changed)
}

/// The workspace root, from a crate's manifest directory inside it.
pub fn workspace_root(manifest_dir: &Path) -> PathBuf {
    manifest_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| manifest_dir.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_finds_missing_extra_and_stale() {
        let dir = std::env::temp_dir().join(format!("atlas-drift-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut files = BTreeMap::new();
        files.insert("src/lib.rs".to_owned(), "a\nb\n".to_owned());
        files.insert("src/x.rs".to_owned(), "x\n".to_owned());
        write(&dir, &files).unwrap();
        assert!(compare(&dir, &files).is_empty());
        std::fs::write(dir.join("src/lib.rs"), "a\nc\n").unwrap();
        std::fs::write(dir.join("src/old.rs"), "").unwrap();
        std::fs::remove_file(dir.join("src/x.rs")).unwrap();
        let drift = compare(&dir, &files);
        assert_eq!(drift.len(), 3, "{drift:?}");
        assert!(
            matches!(&drift[0], Drift::Stale { path, diff } if path == "src/lib.rs" && diff.contains("- c") && diff.contains("+ b"))
        );
        assert_eq!(drift[1], Drift::Missing("src/x.rs".into()));
        assert_eq!(drift[2], Drift::Extra("src/old.rs".into()));
        // write() repairs all three.
        assert_eq!(write(&dir, &files).unwrap(), 3);
        assert!(compare(&dir, &files).is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
