//! `cargo xtask generate` and `cargo xtask check`.

use atlas_codegen::diag::Severity;
use atlas_codegen::project::{self, Drift, SpecChoice};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str =
    "usage: cargo xtask <generate|check> [--spec FILE] [--allow-unpinned] [--verbose]

  generate   regenerate generated/ from the pinned spec
  check      regenerate in memory; fail if generated/ differs

  --spec FILE       use this spec file (else $ATLAS_SPEC, the local cache, ../shared/spec)
  --allow-unpinned  accept a spec whose sha256 differs from spec/atlas.toml
  --verbose         print every warning, not only the counts by kind";

struct Args {
    command: String,
    spec: Option<PathBuf>,
    allow_unpinned: bool,
    verbose: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let command = it.next().ok_or_else(|| USAGE.to_owned())?;
    let mut args = Args {
        command,
        spec: None,
        allow_unpinned: false,
        verbose: false,
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--spec" => args.spec = Some(it.next().ok_or("--spec needs a file")?.into()),
            "--allow-unpinned" => args.allow_unpinned = true,
            "--verbose" | "-v" => args.verbose = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let root = project::workspace_root(Path::new(env!("CARGO_MANIFEST_DIR")));
    match args.command.as_str() {
        "generate" | "check" => {}
        other => {
            eprintln!("unknown command {other:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let started = Instant::now();
    let choice = SpecChoice::from_env(args.spec.clone(), args.allow_unpinned);
    let run = match project::run(&root, &choice) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let elapsed = started.elapsed();
    if !run.pinned {
        eprintln!(
            "warning: {} is not the pinned spec (sha256 {}); generating anyway",
            run.located.path.display(),
            run.sha256
        );
    }
    report_warnings(&run.generated.diagnostics, args.verbose);
    let out = root.join(project::OUT_DIR);
    let s = &run.generated.stats;
    let lines: usize = run
        .generated
        .files
        .values()
        .map(|t| t.lines().count())
        .sum();
    let summary = format!(
        "{} operations ({} preview-only), {} types ({} structs, {} enums, {} unions, {} aliases), {} deprecated ({} operations, {} types, {} fields, {} parameters), {} warnings, {} files, {} lines, release {}, {:.2?} from {} ({})",
        s.operations,
        s.preview_operations,
        s.types,
        s.structs,
        s.enums,
        s.unions,
        s.aliases,
        s.deprecated_operations
            + s.deprecated_types
            + s.deprecated_fields
            + s.deprecated_parameters,
        s.deprecated_operations,
        s.deprecated_types,
        s.deprecated_fields,
        s.deprecated_parameters,
        s.warnings,
        run.generated.files.len(),
        lines,
        s.release,
        elapsed,
        run.located.path.display(),
        run.located.source,
    );
    if args.command == "generate" {
        match project::write(&out, &run.generated.files) {
            Ok(changed) => {
                println!("generated: {summary}; {changed} files changed");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: writing {}: {e}", out.display());
                ExitCode::FAILURE
            }
        }
    } else {
        let drift = project::compare(&out, &run.generated.files);
        if drift.is_empty() {
            println!("check: generated/ is up to date; {summary}");
            return ExitCode::SUCCESS;
        }
        eprintln!(
            "check: generated/ is out of date ({} files); run `cargo xtask generate`",
            drift.len()
        );
        for d in &drift {
            match d {
                Drift::Missing(p) => eprintln!("  missing: generated/{p}"),
                Drift::Extra(p) => eprintln!("  extra:   generated/{p}"),
                Drift::Stale { path, diff } => {
                    eprintln!("  stale:   generated/{path}");
                    for l in diff.lines() {
                        eprintln!("      {l}");
                    }
                }
            }
        }
        ExitCode::FAILURE
    }
}

fn report_warnings(diags: &[atlas_codegen::diag::Diagnostic], verbose: bool) {
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
