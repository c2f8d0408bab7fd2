//! `cargo xtask`: the project's commands (rust-analyzer's xtask pattern:
//! plain Rust), each with its own arguments (clap: `--help` for every
//! command, an error for an unknown flag or a bad value).

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
use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The project's commands: generation, checks, spec updates, releases,
/// benchmarks.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate generated/ (and the fixture crate) from the pinned spec
    Generate(GenerateArgs),
    /// Regenerate in memory; fail, naming stale/missing/extra files, on drift
    Check(GenerateArgs),
    /// Time generation in-process (parse, IR, emit) and print peak memory
    Bench(BenchArgs),
    /// Download the pinned spec into .spec-cache/ (online; sha256 checked)
    Fetch,
    /// Mutated specs through the whole generator: it must never panic
    Fuzz(FuzzArgs),
    /// Move the pin to a new spec, regenerate, keep renamed names as
    /// deprecated aliases (spec/compat.toml), set the version the change
    /// needs, add the change report to generated/CHANGELOG.md
    Update(UpdateArgs),
    /// Generate the oldest spec of ../shared/spec, update it release by
    /// release, and compile the oldest spec's usage examples against the result
    UpgradeCheck(UpgradeCheckArgs),
    /// What the generated crate costs its dependents to compile (scratch
    /// workspaces in target/bench-build/)
    BenchBuild(BenchBuildArgs),
    /// Each API-group feature of generated/ alone builds warning-free (clippy)
    Features(FeaturesArgs),
    /// The public API of both crates against the last release
    /// (cargo-semver-checks) and the caller code frozen at it (tests/frozen/)
    ApiCheck(ApiCheckArgs),
    /// Set the crates' shared version, date its changelog section, run
    /// api-check and package, commit, freeze the caller code, record the release
    Release(ReleaseArgs),
    /// cargo package (verified) of both crates, with their sizes
    Package(PackageArgs),
    /// Write tests/frozen/ anew from the last release of releases.toml
    Freeze,
    /// The workspace with the newest compatible dependencies (scratch copy):
    /// clippy -D warnings over every target and feature
    FreshDeps,
    /// The change report between two specs (OLD: the pinned spec) in terms
    /// of the generated Rust API; exit 0 minor/patch, 1 major, 2 error
    Diff(DiffArgs),
    /// The methods the naming rule renames on the pinned spec (operationId →
    /// the spec's short name); with --record, the old names are kept as
    /// deprecated aliases in spec/compat.toml
    MethodNames(MethodNamesArgs),
}

#[derive(clap::Args)]
pub struct MethodNamesArgs {
    /// Record the old names as compatibility aliases (since today)
    #[arg(long)]
    pub record: bool,
    /// The date the aliases are recorded with (default: today)
    #[arg(long, value_parser = date)]
    pub today: Option<String>,
}

/// Which spec file generation reads.
#[derive(clap::Args, Clone, Default)]
pub struct SpecArgs {
    /// Use this spec file (else $ATLAS_SPEC, the local cache, ../shared/spec)
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// Accept a spec whose sha256 differs from spec/atlas.toml
    #[arg(long)]
    pub allow_unpinned: bool,
}

#[derive(clap::Args)]
pub struct GenerateArgs {
    #[command(flatten)]
    pub spec: SpecArgs,
    /// Print every warning, not only the counts by kind
    #[arg(short, long)]
    pub verbose: bool,
}

#[derive(clap::Args)]
pub struct BenchArgs {
    #[command(flatten)]
    pub spec: SpecArgs,
    /// Timed runs after one warm-up
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..))]
    pub runs: u16,
}

#[derive(clap::Args)]
pub struct FuzzArgs {
    /// How many cases (`_` separators allowed)
    #[arg(long, default_value = "100000", value_parser = count)]
    pub cases: u64,
    /// The first seed; a case is reproduced by its seed
    #[arg(long, default_value = "0", value_parser = count)]
    pub seed: u64,
}

#[derive(clap::Args)]
pub struct UpdateArgs {
    /// The new spec file
    #[arg(long, value_name = "FILE", required_unless_present = "url")]
    pub spec: Option<PathBuf>,
    /// Where the new spec is downloaded from (recorded in the pin; without
    /// --spec it is downloaded)
    #[arg(long)]
    pub url: Option<String>,
    /// The new spec's release date (default: the one in its file name)
    #[arg(long, value_parser = date)]
    pub date: Option<String>,
    /// The date sunsets are compared with (default: today)
    #[arg(long, value_parser = date)]
    pub today: Option<String>,
}

#[derive(clap::Args)]
pub struct UpgradeCheckArgs {
    /// Also write the enums the chain kept into spec/compat.toml (the
    /// enum memory of the pinned spec, seeded from the shared chain)
    #[arg(long)]
    pub seed_enums: bool,
}

#[derive(clap::Args)]
pub struct BenchBuildArgs {
    /// A git revision whose committed crate is measured too, with ratios
    #[arg(long, value_name = "REV")]
    pub against: Option<String>,
    /// Measured builds of each kind
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..))]
    pub runs: u16,
}

#[derive(clap::Args)]
pub struct FeaturesArgs {
    /// Only the sample CI runs: no features, clusters, projects,
    /// database_users, the three together, and the TLS choices
    #[arg(long)]
    pub sample: bool,
}

#[derive(clap::Args)]
pub struct ApiCheckArgs {
    /// Check atlas-admin with every API group (else three)
    #[arg(long)]
    pub all_groups: bool,
}

#[derive(clap::Args)]
pub struct ReleaseArgs {
    /// The version to release (else the one the crates have)
    #[arg(long)]
    pub version: Option<String>,
    /// The release date (default: today)
    #[arg(long, value_parser = date)]
    pub today: Option<String>,
}

#[derive(clap::Args)]
pub struct PackageArgs {
    /// Skip building the packaged crates
    #[arg(long)]
    pub no_verify: bool,
}

#[derive(clap::Args)]
pub struct DiffArgs {
    /// OLD and NEW spec files, or NEW alone (against the pinned spec)
    #[arg(value_name = "SPEC", num_args = 0..=2)]
    pub files: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// The change report of one overlay of spec/atlas.toml instead (the
    /// pinned spec without it against the pinned spec with it)
    #[arg(long, value_name = "FILE", conflicts_with = "files")]
    pub overlay: Option<String>,
    /// The date sunsets are compared with (default: today)
    #[arg(long, value_parser = date)]
    pub today: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Markdown,
    Json,
}

fn count(text: &str) -> Result<u64, String> {
    text.replace('_', "")
        .parse()
        .map_err(|_| format!("{text:?} is not a whole number"))
}

fn date(text: &str) -> Result<String, String> {
    match atlas_codegen::settings::is_date(text) {
        true => Ok(text.to_owned()),
        false => Err(format!("{text:?} is not a YYYY-MM-DD date")),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = project::workspace_root(Path::new(env!("CARGO_MANIFEST_DIR")));
    match &cli.command {
        Command::Generate(args) => generate::generate(&root, args),
        Command::Check(args) => generate::check(&root, args),
        Command::Bench(args) => bench::bench(&root, args),
        Command::Fetch => fetch::fetch(&root),
        Command::Fuzz(args) => fuzz::fuzz(&root, args),
        Command::Diff(args) => diff::run(&root, args),
        Command::MethodNames(args) => diff::method_names(&root, args),
        Command::Update(args) => update::run(&root, args),
        Command::UpgradeCheck(args) => upgrade_check::run(&root, args),
        Command::Features(args) => features::run(&root, args),
        Command::BenchBuild(args) => bench_build::run(&root, args),
        Command::ApiCheck(args) => release::api_check(
            &root,
            match args.all_groups {
                true => release::Scope::AllGroups,
                false => release::Scope::Sample,
            },
        ),
        Command::Release(args) => {
            let today = args.today.clone().unwrap_or_else(diff::today);
            release::run(&root, args.version.as_deref(), &today)
        }
        Command::Package(args) => release::package_command(&root, !args.no_verify),
        Command::Freeze => frozen::freeze_last(&root),
        Command::FreshDeps => fresh_deps::run(&root),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn unknown_flags_and_bad_values_are_errors() {
        let parse = |args: &[&str]| Cli::try_parse_from(["xtask"].iter().chain(args));
        assert!(parse(&["check", "--nope"]).is_err());
        assert!(parse(&["bench", "--runs", "0"]).is_err());
        assert!(parse(&["diff", "--today", "March"]).is_err());
        assert!(parse(&["diff", "a", "b", "c"]).is_err());
        assert!(parse(&["update"]).is_err(), "update needs --spec or --url");
        let Ok(Cli {
            command: Command::Fuzz(f),
        }) = parse(&["fuzz", "--cases", "1_000"])
        else {
            panic!("fuzz parses");
        };
        assert_eq!((f.cases, f.seed), (1000, 0));
    }
}
