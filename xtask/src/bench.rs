//! `cargo xtask bench`: generation, and the diff of two full specs, timed
//! in-process (min/median/max over `--runs` runs after one warm-up), with
//! the process's peak resident memory.

use crate::BenchArgs;
use atlas_codegen::inputs::Inputs;
use atlas_codegen::project::{self, SpecChoice};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// The spec the diff is timed against the pinned one with.
const DIFF_AGAINST: &str = "../shared/spec/atlas-api-2026-01-16.yaml";

struct Prepared {
    inputs: Inputs,
    path: PathBuf,
    text: String,
    sha: String,
}

fn prepare(root: &Path, args: &BenchArgs) -> Result<Prepared, String> {
    let choice = SpecChoice::from_env(args.spec.spec.clone(), args.spec.allow_unpinned);
    let inputs = Inputs::load(&root.join(project::SETTINGS)).map_err(|e| e.to_string())?;
    let settings = &inputs.settings;
    let located = atlas_codegen::locate::locate(
        root,
        &settings.spec,
        choice.flag.as_deref(),
        choice.env.as_deref(),
    )
    .map_err(|e| e.to_string())?;
    let (text, sha) =
        atlas_codegen::locate::read_pinned(&located.path, &settings.spec, args.spec.allow_unpinned)
            .map_err(|e| e.to_string())?;
    Ok(Prepared {
        inputs,
        path: located.path,
        text,
        sha,
    })
}

/// Seconds per run, sorted; `None` when a run fails.
fn timed(runs: usize, f: &dyn Fn() -> bool) -> Option<Vec<f64>> {
    let mut out = Vec::new();
    for i in 0..=runs {
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
}

fn show(label: &str, v: &[f64]) {
    println!(
        "{label:<30} median {:>8.3} s   min {:>8.3} s   max {:>8.3} s",
        v[v.len() / 2],
        v[0],
        v[v.len() - 1]
    );
}

pub fn bench(root: &Path, args: &BenchArgs) -> ExitCode {
    let p = match prepare(root, args) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let name = p.path.display().to_string();
    // Peak memory is the process's high-water mark, which only grows: read
    // after each stage, it is that stage's peak.
    let parse = timed(usize::from(args.runs), &|| {
        atlas_codegen::load::parse(&name, &p.text).is_ok()
    });
    let parse_peak = peak_rss_kib();
    let ir = timed(usize::from(args.runs), &|| {
        atlas_codegen::build_ir(&name, &p.text, &p.inputs).is_ok()
    });
    let ir_peak = peak_rss_kib();
    let all = timed(usize::from(args.runs), &|| {
        atlas_codegen::generate(&name, &p.text, &p.sha, &p.inputs).is_ok()
    });
    let all_peak = peak_rss_kib();
    let (Some(parse), Some(ir), Some(all)) = (parse, ir, all) else {
        eprintln!("error: generation failed; run `cargo xtask check` for the reason");
        return ExitCode::FAILURE;
    };
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    println!(
        "generation of {} ({} bytes), {} runs after 1 warm-up, {profile} build",
        p.path.display(),
        p.text.len(),
        args.runs
    );
    show("parse (YAML → OpenAPI)", &parse);
    show("parse + IR", &ir);
    show("parse + IR + emit", &all);
    for (stage, kib) in [
        ("parse", parse_peak),
        ("parse + IR", ir_peak),
        ("parse + IR + emit", all_peak),
    ] {
        if let Some(kib) = kib {
            println!(
                "peak memory through {stage:<18} {:.0} MiB",
                kib as f64 / 1024.0
            );
        }
    }
    let other = root.join(DIFF_AGAINST);
    if other.is_file() {
        let diff = timed(usize::from(args.runs), &|| {
            crate::diff::report(root, &other, &p.path, "2026-11-26").is_ok()
        });
        if let Some(diff) = diff {
            show("diff 2026-01-16 → pinned (whole)", &diff);
        }
    }
    if let Some(kib) = peak_rss_kib() {
        println!(
            "peak resident memory           {:.0} MiB",
            kib as f64 / 1024.0
        );
    }
    ExitCode::SUCCESS
}

/// VmHWM of this process (Linux); `None` elsewhere.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
