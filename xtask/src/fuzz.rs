//! `cargo xtask fuzz`: many mutated specs through the whole generator; any
//! panic fails the run and is printed with its seed and mutations.

use crate::FuzzArgs;
use atlas_codegen::inputs::Inputs;
use atlas_codegen::project;
use atlas_codegen::settings::Settings;
use atlas_codegen::tooling::fuzz::{Corpus, Report};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// The real spec and the fixtures, with fixture settings (no names,
/// replacements or exceptions of the real spec).
pub fn corpus(root: &Path) -> Result<(Corpus, Inputs), String> {
    let mut settings = Settings::load(&root.join(project::SETTINGS)).map_err(|e| e.to_string())?;
    let spec = project::run_located_text(root, &settings).ok();
    settings.names.clear();
    settings.replace.clear();
    settings.example_unknown_fields.clear();
    settings.omit_query_parameters.clear();
    settings.krate.doc_example = None;
    let mut fixtures = Vec::new();
    let dir = root.join("tests/fixtures");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if let Ok(text) = std::fs::read_to_string(&path) {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            fixtures.push((name, text));
        }
    }
    Ok((
        Corpus::load(spec.as_deref(), &fixtures),
        Inputs::of(settings),
    ))
}

pub fn fuzz(root: &Path, args: &FuzzArgs) -> ExitCode {
    let (corpus, settings) = match corpus(root) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let started = Instant::now();
    println!(
        "fuzz: seeds {}..{} on {threads} threads ({} fixtures{})",
        args.seed,
        args.seed + args.cases,
        corpus.fixtures.len(),
        if corpus.spec.is_some() {
            " and the pinned spec"
        } else {
            "; pinned spec not found"
        }
    );
    let report =
        atlas_codegen::tooling::fuzz::run(&corpus, &settings, args.seed, args.cases, threads);
    println!("fuzz: {} in {:.1?}", report.summary(), started.elapsed());
    let slowest: Vec<String> = report
        .slowest
        .iter()
        .map(|(ms, seed)| format!("seed {seed} {ms} ms"))
        .collect();
    println!("fuzz: slowest cases: {}", slowest.join(", "));
    print_failures(&report);
    if report.panics.is_empty() && report.slow.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn print_failures(report: &Report) {
    for (case, message) in &report.panics {
        eprintln!("PANIC seed {} (from {}): {message}", case.seed, case.base);
        for m in &case.mutations {
            eprintln!("    {}", m.chars().take(300).collect::<String>());
        }
    }
    for (case, millis) in &report.slow {
        eprintln!("SLOW seed {} (from {}): {millis} ms", case.seed, case.base);
        for m in &case.mutations {
            eprintln!("    {}", m.chars().take(300).collect::<String>());
        }
    }
    for (case, error) in &report.unlocated {
        eprintln!(
            "error without a location, seed {}: {}",
            case.seed,
            error.chars().take(300).collect::<String>()
        );
    }
}
