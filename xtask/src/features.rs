//! `cargo xtask features [--sample]`: every API-group feature of the
//! generated crate builds alone, warning-free (clippy, `-D warnings`), and
//! so does the crate with no feature at all and with the `ring` TLS
//! provider (whose code only compiles without `aws-lc-rs`). `--sample`
//! (what CI runs) checks no features, three groups alone and the three
//! together, and `ring`.

use crate::FeaturesArgs;
use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Instant;

/// The groups a program that manages clusters, projects and database users
/// turns on: the sample CI checks.
pub const SAMPLE: [&str; 3] = ["clusters", "projects", "database_users"];

/// Features of the generated crate that are not API groups.
const NOT_GROUPS: [&str; 8] = [
    "default",
    "full",
    "preview",
    "round-trip",
    "mock",
    "aws-lc-rs",
    "ring",
    "webpki-roots",
];

/// The TLS set-ups whose code only compiles without the default one:
/// `ring` is the provider only when `aws-lc-rs` is off (the sample and
/// the full run build each, with one group).
pub const TLS: [&str; 2] = ["ring,webpki-roots,projects", "ring,projects"];

pub fn run(root: &Path, args: &FeaturesArgs) -> ExitCode {
    let groups = match group_features(root) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("features: {e}");
            return ExitCode::from(2);
        }
    };
    let mut cases: Vec<String> = vec![String::new()];
    if args.sample {
        cases.extend(SAMPLE.iter().map(|g| (*g).to_owned()));
        cases.push(SAMPLE.join(","));
    } else {
        cases.extend(groups.iter().cloned());
    }
    cases.extend(TLS.iter().map(|t| (*t).to_owned()));
    let start = Instant::now();
    let mut failed = Vec::new();
    for (i, features) in cases.iter().enumerate() {
        let t = Instant::now();
        let ok = clippy(root, features);
        let label = if features.is_empty() {
            "(no features)"
        } else {
            features
        };
        println!(
            "features: [{}/{}] {label}: {} in {:.1}s",
            i + 1,
            cases.len(),
            if ok { "ok" } else { "FAILED" },
            t.elapsed().as_secs_f64()
        );
        if !ok {
            failed.push(label.to_owned());
        }
    }
    println!(
        "features: {} of {} builds warning-free ({} group features in the crate) in {:.1}s",
        cases.len() - failed.len(),
        cases.len(),
        groups.len(),
        start.elapsed().as_secs_f64()
    );
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!("features: failed: {}", failed.join("; "));
        ExitCode::FAILURE
    }
}

/// The group features the generated Cargo.toml declares.
fn group_features(root: &Path) -> Result<Vec<String>, String> {
    let path = root.join("generated/Cargo.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let table = doc
        .get("features")
        .and_then(|f| f.as_table())
        .ok_or_else(|| format!("{}: no [features] table", path.display()))?;
    Ok(table
        .iter()
        .map(|(name, _)| name.to_owned())
        .filter(|name| !NOT_GROUPS.contains(&name.as_str()))
        .collect())
}

/// `cargo clippy` of the generated library with only these features. It
/// shares the workspace's target directory: the dependencies an earlier
/// clippy run checked are reused, and each feature set keeps artifacts of
/// its own.
fn clippy(root: &Path, features: &str) -> bool {
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        .args(["clippy", "--quiet", "-p", "atlas-admin", "--lib"])
        .args(["--no-default-features", "--features", features])
        .args(["--", "-D", "warnings"])
        .status();
    matches!(status, Ok(s) if s.success())
}
