//! `cargo xtask update --spec FILE [--url URL]`: moves the pin to a new
//! spec, regenerates `generated/`, records renames as compatibility
//! aliases (`spec/compat.toml`), bumps the crate's version by the change
//! report's verdict and prepends the report to `generated/CHANGELOG.md`.
//! With `--url` alone it downloads the spec first. Nothing changes on an
//! error.

use crate::UpdateArgs;
use atlas_codegen::tooling::update::{self, Request};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(root: &Path, args: &UpdateArgs) -> ExitCode {
    let spec = match (&args.spec, &args.url) {
        (Some(spec), _) => spec.clone(),
        (None, Some(url)) => match download(root, url) {
            Ok(path) => path,
            Err(e) => return fail(&e),
        },
        (None, None) => return fail("update needs --spec FILE or --url URL"),
    };
    let today = args.today.clone().unwrap_or_else(crate::diff::today);
    let date = args
        .date
        .clone()
        .or_else(|| date_in(&spec))
        .unwrap_or_else(|| today.clone());
    let request = Request {
        spec: &spec,
        url: args.url.as_deref(),
        date: &date,
        today: &today,
    };
    match update::update(root, &request) {
        Ok(done) => {
            let r = &done.report;
            println!(
                "update: {} → {}; semver {}: crate {} → {}; operations +{} -{} renamed {} moved {}; types +{} -{} renamed {}; {} breaking changes, {} aliases dropped; the crate carries {} method and {} type aliases; {} files written",
                r.old.as_ref().map_or("?", |s| s.file.as_str()),
                r.new.as_ref().map_or("?", |s| s.file.as_str()),
                r.semver().as_str(),
                done.old_version,
                done.new_version,
                r.operations_added.len(),
                r.operations_removed.len(),
                r.operations_renamed.len(),
                r.operations_moved.len(),
                r.types_added.len(),
                r.types_removed.len(),
                r.types_renamed.len(),
                r.changes.iter().filter(|c| c.breaking).count(),
                r.aliases_dropped.len(),
                done.aliases.0,
                done.aliases.1,
                done.files_changed,
            );
            println!(
                "update: the full report is at the top of generated/{}",
                update::CHANGELOG
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
}

/// A `YYYY-MM-DD` in the file's name (`atlas-api-2026-08-21.yaml`).
fn date_in(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let bytes = name.as_bytes();
    (0..bytes.len().saturating_sub(9))
        .map(|i| &name[i..i + 10])
        .find(|s| atlas_codegen::settings::is_date(s))
        .map(str::to_owned)
}

/// Downloads the spec into `.spec-cache/` (online only).
fn download(root: &Path, url: &str) -> Result<PathBuf, String> {
    let name = url
        .rsplit('/')
        .next()
        .filter(|n| !n.is_empty())
        .unwrap_or("spec.yaml");
    let dir = root.join(".spec-cache");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = dir.join(format!("update-{name}"));
    crate::fetch::curl(url, &path)?;
    Ok(path)
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
