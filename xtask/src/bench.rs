//! `cargo xtask bench`: generation timed in-process.

use crate::Args;
use atlas_codegen::project::{self, SpecChoice};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Times generation in-process: parsing alone, and parse → IR → emit, each
/// over `args.runs` runs after one warm-up; prints min/median/max and the
/// process's peak resident memory.
pub fn bench(root: &Path, args: &Args) -> ExitCode {
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
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
