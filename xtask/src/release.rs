//! `cargo xtask api-check` and `cargo xtask release`: the public API of
//! `atlas-admin-runtime` and `atlas-admin` against the last release
//! (`releases.toml`), and the recording of a new one.
//!
//! The API check is cargo-semver-checks (the ecosystem's tool: rustdoc's
//! own view of the API, 200+ lints, the baseline built from the release's
//! commit), plus the caller code frozen at the release (`tests/frozen/`,
//! see `frozen`), which catches what no lint sees (a parameter that
//! became `impl Into<…>` and no longer infers).

use crate::frozen;
use atlas_codegen::project;
use atlas_codegen::settings::Settings;
use atlas_codegen::tooling::changelog::{self, Changelog};
use atlas_codegen::tooling::release::{self, Release};
use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Instant;

/// The cargo-semver-checks CI installs (`cargo install --locked`).
pub const SEMVER_CHECKS: &str = "0.51.0";
/// The packages released together.
const PACKAGES: [&str; 2] = ["atlas-admin-runtime", "atlas-admin"];
/// The features `atlas-admin` is checked with by default: three API
/// groups (the README's), preview and mock. Every group is
/// rendered by the same generator code, so a generator or runtime change
/// shows in these; `--all-groups` checks every group (about 80 s more).
const SAMPLE_FEATURES: &str = "clusters,projects,database_users,preview,mock";

/// The runtime's features beside `mock` that only the current side
/// checks (0.1.0 had none).
const RUNTIME_CURRENT_FEATURES: &str = "ring,webpki-roots";

/// How much of `atlas-admin` to check.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Sample,
    AllGroups,
}

pub fn api_check(root: &Path, scope: Scope) -> ExitCode {
    exit(check(root, scope).map(|ok| ok.then_some(())))
}

fn exit(result: Result<Option<()>, String>) -> ExitCode {
    match result {
        Ok(Some(())) => ExitCode::SUCCESS,
        Ok(None) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// The shared version of the two crates (they must agree).
fn current_version(root: &Path) -> Result<String, String> {
    let settings = Settings::load(&root.join(project::SETTINGS)).map_err(|e| e.to_string())?;
    let manifest = std::fs::read_to_string(root.join(release::RUNTIME_MANIFEST))
        .map_err(|e| format!("{}: {e}", release::RUNTIME_MANIFEST))?;
    let runtime: toml::Table = toml::from_str(&manifest).map_err(|e| e.to_string())?;
    let runtime = runtime["package"]["version"].as_str().unwrap_or_default();
    let generated = &settings.krate.version;
    if runtime != generated || settings.krate.runtime_version.as_deref() != Some(runtime) {
        return Err(format!(
            "the crates must share one version: spec/atlas.toml says {generated} (runtime_version {:?}), runtime/Cargo.toml {runtime}",
            settings.krate.runtime_version
        ));
    }
    Ok(runtime.to_owned())
}

/// Both checks against the last release; `false` when one fails.
fn check(root: &Path, scope: Scope) -> Result<bool, String> {
    let last = release::last(root)
        .map_err(|e| e.to_string())?
        .ok_or("releases.toml records no release to check against")?;
    let current = current_version(root)?;
    println!(
        "api-check: {current} against release {} (commit {})",
        last.version,
        &last.commit[..last.commit.len().min(12)]
    );
    let api = semver_checks(root, &last, scope)?;
    let started = Instant::now();
    let outcome = frozen::compile(root)?;
    let callers = frozen::judge(root, &last, &current, &outcome)?;
    println!(
        "api-check: frozen callers compiled in {:.1?}",
        started.elapsed()
    );
    Ok(api && callers)
}

/// cargo-semver-checks of both crates against the release's commit: the
/// runtime with every feature, the generated crate as `scope` says.
fn semver_checks(root: &Path, last: &Release, scope: Scope) -> Result<bool, String> {
    let version = Command::new("cargo")
        .args(["semver-checks", "--version"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    let Some(version) = version else {
        return Err(format!(
            "cargo-semver-checks is not installed: cargo install cargo-semver-checks --locked --version {SEMVER_CHECKS}"
        ));
    };
    let started = Instant::now();
    let mut ok = true;
    for package in PACKAGES {
        let mut command = Command::new("cargo");
        command.current_dir(root).args([
            "semver-checks",
            "check-release",
            "--baseline-rev",
            &last.commit,
            "-p",
            package,
        ]);
        match (package, scope) {
            ("atlas-admin", Scope::Sample) => {
                command.args(["--only-explicit-features", "--features", SAMPLE_FEATURES])
            }
            // The TLS provider changes no API: ring builds faster than
            // aws-lc-rs (a C library), and the features the baseline lacks
            // are the current side's only.
            ("atlas-admin-runtime", _) => command.args([
                "--only-explicit-features",
                "--features",
                "mock",
                "--current-features",
                RUNTIME_CURRENT_FEATURES,
            ]),
            _ => command.arg("--all-features"),
        };
        let status = command
            .status()
            .map_err(|e| format!("cargo semver-checks: {e}"))?;
        ok &= status.success();
    }
    println!(
        "api-check: {version}: {} in {:.1?}",
        if ok { "passed" } else { "FAILED" },
        started.elapsed()
    );
    Ok(ok)
}

/// `cargo xtask release [--version X]`: sets the shared version (the one
/// the crates have, or X), dates the changelog's section, checks the API
/// and the frozen callers against the last release, packages both crates,
/// freezes this release's caller code (which must compile against it),
/// commits the release, and records it in `releases.toml` in a second
/// commit. Needs a clean working tree; on an error, `git checkout .`
/// undoes what it changed.
pub fn run(root: &Path, version: Option<&str>, today: &str) -> ExitCode {
    exit(make(root, version, today).map(Some))
}

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(root)
        .output()
        .map_err(|e| format!("git {}: {e}", args.join(" ")))?;
    if !out.status.success() {
        return Err(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn make(root: &Path, version: Option<&str>, today: &str) -> Result<(), String> {
    if !git(root, &["status", "--porcelain"])?.is_empty() {
        return Err("the working tree has changes: commit them first".into());
    }
    let last = release::last(root).map_err(|e| e.to_string())?;
    let version = match version {
        Some(v) => v.to_owned(),
        None => current_version(root)?,
    };
    if let Some(last) = &last {
        let newer = semver::Version::parse(&version).map_err(|e| format!("{version}: {e}"))?
            > semver::Version::parse(&last.version).map_err(|e| e.to_string())?;
        if !newer {
            return Err(format!(
                "{version} is not newer than the last release, {}: give --version",
                last.version
            ));
        }
    }
    // From here on the tree changes; on an error, `git checkout .` undoes it.
    set_version(root, &version)?;
    let log_path = root.join("generated").join(changelog::FILE);
    let mut log = Changelog::parse(&std::fs::read_to_string(&log_path).unwrap_or_default());
    log.release(&version, today)?;
    std::fs::write(&log_path, log.render()).map_err(|e| e.to_string())?;
    if let Some(last) = &last {
        if !check(root, Scope::AllGroups)? {
            return Err(format!(
                "{version} does not pass the API check against {}",
                last.version
            ));
        }
    }
    package(root, true)?;
    // The caller code of this release, which must compile against it.
    let units = frozen::write(root, &version, frozen::Source::WorkTree)?;
    let outcome = frozen::compile(root)?;
    if !outcome.failed.is_empty() {
        let _ = git(root, &["checkout", "--", frozen::DIR]);
        return Err(format!(
            "the caller code of {version} (README, docs, examples, tests/mock-user) does not compile against {version} itself: {:?}",
            outcome.failed
        ));
    }
    git(root, &["add", "-A"])?;
    git(root, &["commit", "-q", "-m", &format!("Release {version}")])?;
    let record = Release {
        version: version.clone(),
        commit: git(root, &["rev-parse", "HEAD"])?,
        date: today.to_owned(),
        note: None,
    };
    let path = root.join(release::FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    std::fs::write(&path, release::record_text(&text, &record)).map_err(|e| e.to_string())?;
    git(root, &["add", "-A"])?;
    git(
        root,
        &[
            "commit",
            "-q",
            "-m",
            &format!(
                "Record release {version}: releases.toml, tests/frozen/ ({units} pieces of caller code)"
            ),
        ],
    )?;
    println!("release: {version} recorded at {}", record.commit);
    Ok(())
}

/// Sets the shared version: spec/atlas.toml, runtime/Cargo.toml, and the
/// generated crate (regenerated).
fn set_version(root: &Path, version: &str) -> Result<(), String> {
    semver::Version::parse(version).map_err(|e| format!("--version {version}: {e}"))?;
    let settings_path = root.join(project::SETTINGS);
    let text = std::fs::read_to_string(&settings_path).map_err(|e| e.to_string())?;
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| e.to_string())?;
    doc["crate"]["version"] = toml_edit::value(version);
    doc["crate"]["runtime_version"] = toml_edit::value(version);
    std::fs::write(&settings_path, doc.to_string()).map_err(|e| e.to_string())?;
    let manifest_path = root.join(release::RUNTIME_MANIFEST);
    let manifest = std::fs::read_to_string(&manifest_path).map_err(|e| e.to_string())?;
    let manifest = release::runtime_manifest(&manifest, release::RUNTIME_MANIFEST, version)
        .map_err(|e| e.to_string())?;
    std::fs::write(&manifest_path, manifest).map_err(|e| e.to_string())?;
    let run = project::run(root, &project::SpecChoice::default()).map_err(|e| e.to_string())?;
    project::write(&root.join(project::OUT_DIR), &run.generated.files)
        .map_err(|e| e.to_string())?;
    Ok(())
}

/// `cargo package` of both crates, verified (each built from its package)
/// unless `verify` is off, with the size of each.
pub fn package(root: &Path, verify: bool) -> Result<(), String> {
    let started = Instant::now();
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root).args(["package", "--allow-dirty"]);
    if !verify {
        command.arg("--no-verify");
    }
    for p in PACKAGES {
        command.args(["-p", p]);
    }
    let status = command
        .status()
        .map_err(|e| format!("cargo package: {e}"))?;
    if !status.success() {
        return Err("cargo package failed".into());
    }
    let version = current_version(root)?;
    for p in PACKAGES {
        let file = root.join(format!("target/package/{p}-{version}.crate"));
        let size = std::fs::metadata(&file)
            .map_err(|e| format!("{}: {e}", file.display()))?
            .len();
        println!(
            "package: {p} {version}: {:.1} KiB compressed (crates.io takes up to 10 MiB)",
            size as f64 / 1024.0
        );
        if size > 10 * 1024 * 1024 {
            return Err(format!("{p} is over the registry's 10 MiB limit"));
        }
    }
    println!(
        "package: both {} in {:.1?}",
        if verify {
            "verified"
        } else {
            "packaged (not verified)"
        },
        started.elapsed()
    );
    Ok(())
}

/// `cargo xtask package [--no-verify]`: what release does to package, on
/// its own.
pub fn package_command(root: &Path, verify: bool) -> ExitCode {
    exit(package(root, verify).map(Some))
}
