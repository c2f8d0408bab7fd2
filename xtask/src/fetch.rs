//! `cargo xtask fetch`: the pinned spec into `.spec-cache/`.

use atlas_codegen::project;
use std::path::Path;
use std::process::ExitCode;

/// Downloads the pinned spec into `.spec-cache/` (verified before it is
/// kept), for machines that are online but have no `../shared/spec`.
pub fn fetch(root: &Path) -> ExitCode {
    use atlas_codegen::{locate, settings::Settings};
    let settings = match Settings::load(&root.join(project::SETTINGS)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let dest = locate::cache_path(root, &settings.spec);
    if dest.is_file() {
        println!("fetch: {} is already cached", dest.display());
        return ExitCode::SUCCESS;
    }
    let partial = dest.with_extension("partial");
    if let Some(dir) = dest.parent() {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("error: {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    }
    if let Err(e) = curl(&settings.spec.url, &partial) {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    let result = locate::read_pinned(&partial, &settings.spec, false)
        .map_err(|e| e.to_string())
        .and_then(|_| std::fs::rename(&partial, &dest).map_err(|e| e.to_string()));
    match result {
        Ok(()) => {
            println!("fetch: {} (sha256 verified)", dest.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Downloads `url` to `path` with curl (online only).
pub fn curl(url: &str, path: &Path) -> Result<(), String> {
    let status = std::process::Command::new("curl")
        .args([
            "--fail",
            "--silent",
            "--show-error",
            "--location",
            "--output",
        ])
        .arg(path)
        .arg(url)
        .status()
        .map_err(|e| format!("cannot run curl: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("curl {url} failed ({status})"))
    }
}
