//! `cargo xtask`: the project's commands (rust-analyzer's xtask pattern:
//! plain Rust, no extra tooling).

mod bench;
mod bench_build;
mod diff;
mod features;
mod fetch;
mod fresh_deps;
mod frozen;
mod fuzz;
mod generate;
mod release;
mod update;
mod upgrade_check;

use atlas_codegen::project;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command> [options]

commands:
  generate   regenerate generated/ (and the fixture crate) from the pinned spec
  check      regenerate in memory; fail, naming stale/missing/extra files, on drift
  bench      time generation in-process (parse, IR, emit) and print peak memory
  fetch      download the pinned spec into .spec-cache/ (online; sha256 checked)
  fuzz       mutated specs through the whole generator: it must never panic
  update     --spec FILE [--url URL]: move the pin to a new spec, regenerate, keep renamed
             names as deprecated aliases (spec/compat.toml), bump the crate's version,
             prepend the change report to generated/CHANGELOG.md
  upgrade-check
             generate the oldest spec of ../shared/spec, update it release by release,
             and compile the oldest spec's usage examples against the result
  bench-build [--against REV] [--runs N]
             what the generated crate costs its dependents to compile (scratch workspaces
             in target/bench-build/); with REV, the crate committed there too, and ratios
  features   [--sample]: each API-group feature of generated/ alone builds warning-free
             (clippy); --sample: no features, clusters, projects, database_users, and the three
  api-check  [--all-groups]: the public API of both crates against the last release
             (cargo-semver-checks, baseline from releases.toml; atlas-admin with three API
             groups, or all) and the caller code frozen at it (tests/frozen/)
  release    [--version X]: set the crates' shared version, date its changelog section,
             run api-check and package, commit, freeze the caller code, record the release
  package    [--no-verify]: cargo package (verified) of both crates, with their sizes
  freeze     write tests/frozen/ anew from the last release of releases.toml
  fresh-deps the workspace with the newest compatible dependencies (scratch copy):
             clippy -D warnings over every target and feature
  diff       [OLD] NEW: the change report between two specs (OLD: the pinned spec),
             in terms of the generated Rust API; exit 0 minor/patch, 1 major, 2 error
             --overlay FILE: what that overlay of spec/atlas.toml changes (the pinned
             spec without it against the pinned spec with it)

options:
  --spec FILE       use this spec file (else $ATLAS_SPEC, the local cache, ../shared/spec)
  --allow-unpinned  accept a spec whose sha256 differs from spec/atlas.toml
  --verbose, -v     print every warning, not only the counts by kind
  --runs N          bench: timed runs after one warm-up (default 5)
  --cases N         fuzz: how many cases (default 100000)
  --seed S          fuzz: the first seed (default 0); a case is reproduced by its seed
  --format F        diff: markdown (default) or json
  --overlay FILE    diff: the change report of one overlay instead of two specs
  --today DATE      diff, update: the date sunsets are compared with (default: today)
  --url URL         update: where the new spec is downloaded from (recorded in the pin)
  --date DATE       update: the new spec's release date (default: the one in its file name)
  --sample          features: only the sample CI runs
  --version X       release: the version to release (else the one the crates have)";

pub struct Args {
    pub command: String,
    pub spec: Option<PathBuf>,
    pub allow_unpinned: bool,
    pub verbose: bool,
    pub runs: usize,
    pub cases: u64,
    pub seed: u64,
    /// Positional arguments (spec files).
    pub files: Vec<PathBuf>,
    pub format: String,
    pub today: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub sample: bool,
    pub against: Option<String>,
    pub overlay: Option<String>,
    pub version: Option<String>,
    pub all_groups: bool,
    pub no_verify: bool,
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
        cases: 100_000,
        seed: 0,
        files: Vec::new(),
        format: "markdown".to_owned(),
        today: None,
        url: None,
        date: None,
        sample: false,
        against: None,
        overlay: None,
        version: None,
        all_groups: false,
        no_verify: false,
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
            "--cases" => args.cases = number(it.next(), "--cases")?,
            "--seed" => args.seed = number(it.next(), "--seed")?,
            "--format" => {
                args.format = it
                    .next()
                    .filter(|f| f == "json" || f == "markdown")
                    .ok_or("--format needs json or markdown")?
            }
            "--today" => args.today = Some(it.next().ok_or("--today needs a YYYY-MM-DD date")?),
            "--url" => args.url = Some(it.next().ok_or("--url needs a URL")?),
            "--date" => args.date = Some(it.next().ok_or("--date needs a YYYY-MM-DD date")?),
            "--sample" => args.sample = true,
            "--against" => args.against = Some(it.next().ok_or("--against needs a git revision")?),
            "--overlay" => {
                args.overlay = Some(it.next().ok_or("--overlay needs an overlay file name")?)
            }
            "--version" => args.version = Some(it.next().ok_or("--version needs a version")?),
            "--all-groups" => args.all_groups = true,
            "--no-verify" => args.no_verify = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other if !other.starts_with('-') => args.files.push(other.into()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(args)
}

fn number(value: Option<String>, flag: &str) -> Result<u64, String> {
    value
        .and_then(|n| n.replace('_', "").parse().ok())
        .ok_or_else(|| format!("{flag} needs a number"))
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
        "generate" => generate::generate(&root, &args),
        "check" => generate::check(&root, &args),
        "bench" => bench::bench(&root, &args),
        "fetch" => fetch::fetch(&root),
        "fuzz" => fuzz::fuzz(&root, &args),
        "diff" => diff::run(&root, &args),
        "update" => update::run(&root, &args),
        "upgrade-check" => upgrade_check::run(&root),
        "features" => features::run(&root, &args),
        "bench-build" => bench_build::run(&root, &args),
        "api-check" => release::api_check(
            &root,
            if args.all_groups {
                release::Scope::AllGroups
            } else {
                release::Scope::Sample
            },
        ),
        "release" => {
            let today = args.today.clone().unwrap_or_else(diff::today);
            release::run(&root, args.version.as_deref(), &today)
        }
        "package" => release::package_command(&root, !args.no_verify),
        "freeze" => frozen::freeze_last(&root),
        "fresh-deps" => fresh_deps::run(&root),
        other => {
            eprintln!("unknown command {other:?}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
