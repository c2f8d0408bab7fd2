//! `cargo xtask generate` and `cargo xtask check`, for every target (the
//! client from the pinned spec, the fixture crate from its own spec).

use crate::GenerateArgs;
use atlas_codegen::diag::{Diagnostic, Severity};
use atlas_codegen::project::{self, Drift, Run, SpecChoice, Target};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Generates each target in memory; prints its warnings and summary.
fn runs(root: &Path, args: &GenerateArgs) -> Result<Vec<(Target, Run, String)>, ExitCode> {
    let choice = SpecChoice::from_env(args.spec.spec.clone(), args.spec.allow_unpinned);
    let mut out = Vec::new();
    for target in project::TARGETS {
        let started = Instant::now();
        let run = project::run_target(root, &target, &choice).map_err(|e| {
            eprintln!("error: {}: {e}", target.name);
            ExitCode::FAILURE
        })?;
        if !run.pinned {
            eprintln!(
                "warning: {} is not the pinned spec (sha256 {}); generating anyway",
                run.located.path.display(),
                run.sha256
            );
        }
        report_warnings(&run.generated.diagnostics, args.verbose);
        let summary = summary(&run, started);
        out.push((target, run, summary));
    }
    Ok(out)
}

pub fn generate(root: &Path, args: &GenerateArgs) -> ExitCode {
    let runs = match runs(root, args) {
        Ok(r) => r,
        Err(code) => return code,
    };
    for (target, run, summary) in runs {
        let out = root.join(target.out_dir);
        match project::write(&out, &run.generated.files) {
            Ok(changed) => println!(
                "generated {}: {summary}; {changed} files changed",
                target.out_dir
            ),
            Err(e) => {
                eprintln!("error: writing {}: {e}", out.display());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

pub fn check(root: &Path, args: &GenerateArgs) -> ExitCode {
    let runs = match runs(root, args) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let mut failed = false;
    for (target, run, summary) in runs {
        let drift = project::compare(&root.join(target.out_dir), &run.generated.files);
        if drift.is_empty() {
            println!("check: {}/ is up to date; {summary}", target.out_dir);
            continue;
        }
        failed = true;
        eprintln!(
            "check: {}/ is out of date ({} files); run `cargo xtask generate`",
            target.out_dir,
            drift.len()
        );
        for d in &drift {
            print_drift(target.out_dir, d);
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn print_drift(dir: &str, d: &Drift) {
    match d {
        Drift::Missing(p) => eprintln!("  missing: {dir}/{p}"),
        Drift::Extra(p) => eprintln!("  extra:   {dir}/{p}"),
        Drift::Stale { path, diff } => {
            eprintln!("  stale:   {dir}/{path}");
            for l in diff.lines() {
                eprintln!("      {l}");
            }
        }
    }
}

fn summary(run: &Run, started: Instant) -> String {
    let s = &run.generated.stats;
    let lines: usize = run
        .generated
        .files
        .values()
        .map(|t| t.lines().count())
        .sum();
    let deprecated = s.deprecated_operations
        + s.deprecated_types
        + s.deprecated_fields
        + s.deprecated_parameters;
    format!(
        "{} operations ({} preview-only) + {} methods for other versions, {} types ({} structs, {} enums, {} unions, {} aliases), {deprecated} deprecated ({} operations, {} types, {} fields, {} parameters), {} waiters ({} watchers skipped), {} warnings, {} files, {lines} lines, release {}, {:.2?} from {} ({})",
        s.operations,
        s.preview_operations,
        s.other_versions,
        s.types,
        s.structs,
        s.enums,
        s.unions,
        s.aliases,
        s.deprecated_operations,
        s.deprecated_types,
        s.deprecated_fields,
        s.deprecated_parameters,
        s.waiters,
        s.skipped_watchers,
        s.warnings,
        run.generated.files.len(),
        s.release,
        started.elapsed(),
        run.located.path.display(),
        run.located.source,
    )
}

fn report_warnings(diags: &[Diagnostic], verbose: bool) {
    let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
    for d in diags.iter().filter(|d| d.severity == Severity::Warning) {
        *by_code.entry(d.code).or_default() += 1;
        if verbose {
            eprintln!("{d}");
        }
    }
    if !by_code.is_empty() {
        let kinds: Vec<String> = by_code.iter().map(|(k, n)| format!("{k} ×{n}")).collect();
        eprintln!("warnings by kind: {}", kinds.join(", "));
    }
}
