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
    runs: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let command = it.next().ok_or_else(|| USAGE.to_owned())?;
    let mut args = Args {
        command,
        spec: None,
        allow_unpinned: false,
        verbose: false,
        runs: 5,
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--spec" => args.spec = Some(it.next().ok_or("--spec needs a file")?.into()),
            "--allow-unpinned" => args.allow_unpinned = true,
            "--verbose" | "-v" => args.verbose = true,
            "--runs" => {
                args.runs = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|n| *n > 0)
                    .ok_or("--runs needs a positive number")?
            }
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
        "bench" => return bench(&root, &args),
        "fetch" => return fetch(&root),
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
        "{} operations ({} preview-only) + {} methods for other versions, {} types ({} structs, {} enums, {} unions, {} aliases), {} deprecated ({} operations, {} types, {} fields, {} parameters), {} warnings, {} files, {} lines, release {}, {:.2?} from {} ({})",
        s.operations,
        s.preview_operations,
        s.other_versions,
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

/// Downloads the pinned spec into `.spec-cache/` (verified before it is
/// kept), for machines that are online but have no `../shared/spec`.
fn fetch(root: &Path) -> ExitCode {
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
    let status = std::process::Command::new("curl")
        .args([
            "--fail",
            "--silent",
            "--show-error",
            "--location",
            "--output",
        ])
        .arg(&partial)
        .arg(&settings.spec.url)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => {
            eprintln!("error: curl {} failed ({s})", settings.spec.url);
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("error: cannot run curl: {e}");
            return ExitCode::FAILURE;
        }
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

/// Times generation in-process: parsing alone, and parse → IR → emit, each
/// over `args.runs` runs after one warm-up; prints min/median/max and the
/// process's peak resident memory.
fn bench(root: &Path, args: &Args) -> ExitCode {
    use atlas_codegen::settings::Settings;
    let choice = SpecChoice::from_env(args.spec.clone(), args.allow_unpinned);
    let prepared = Settings::load(&root.join(project::SETTINGS)).and_then(|settings| {
        let located = atlas_codegen::locate::locate(
            root,
            &settings.spec,
            choice.flag.as_deref(),
            choice.env.as_deref(),
        )?;
        let (text, sha) =
            atlas_codegen::locate::read_pinned(&located.path, &settings.spec, args.allow_unpinned)?;
        Ok((settings, located, text, sha))
    });
    let (settings, located, text, sha) = match prepared {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let name = located.path.display().to_string();
    let time = |f: &dyn Fn() -> bool| -> Option<Vec<f64>> {
        let mut out = Vec::new();
        for i in 0..=args.runs {
            let t = Instant::now();
            if !f() {
                return None;
            }
            if i > 0 {
                out.push(t.elapsed().as_secs_f64());
            }
        }
        out.sort_by(f64::total_cmp);
        Some(out)
    };
    let parse = time(&|| atlas_codegen::load::parse(&name, &text).is_ok());
    let ir = time(&|| atlas_codegen::build_ir(&name, &text, &settings).is_ok());
    let all = time(&|| atlas_codegen::generate(&name, &text, &sha, &settings).is_ok());
    let (Some(parse), Some(ir), Some(all)) = (parse, ir, all) else {
        eprintln!("error: generation failed; run `cargo xtask check` for the reason");
        return ExitCode::FAILURE;
    };
    let show = |label: &str, v: &[f64]| {
        println!(
            "{label:<22} median {:>8.3} s   min {:>8.3} s   max {:>8.3} s",
            v[v.len() / 2],
            v[0],
            v[v.len() - 1]
        );
    };
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    println!(
        "generation of {} ({} bytes), {} runs after 1 warm-up, {profile} build",
        located.path.display(),
        text.len(),
        args.runs
    );
    show("parse (YAML → OpenAPI)", &parse);
    show("parse + IR", &ir);
    show("parse + IR + emit", &all);
    if let Some(kib) = peak_rss_kib() {
        println!("peak resident memory   {:.0} MiB", kib as f64 / 1024.0);
    }
    ExitCode::SUCCESS
}

/// VmHWM of this process (Linux); `None` elsewhere.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
