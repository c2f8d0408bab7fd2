//! `cargo xtask bench-build [--against REV] [--runs N]`: what the generated
//! crate costs the programs that depend on it, in scratch workspaces under
//! `target/bench-build/`, printed as figures (medians of N runs; wall time
//! and the peak memory of the largest process, from `/usr/bin/time`):
//!
//! - `atlas-admin` alone, all groups, dev build (its dependencies built);
//! - the same with only `clusters`, `projects` and `database_users`;
//! - a cold build (dependencies included) of a small program using those
//!   three groups;
//! - a one-line change in that program (it calls 10 operations).
//!
//! With `--against REV`, the same figures for the crate as committed at REV
//! (its `generated/` and `runtime/`), measured in the same run, and the
//! ratios.

use crate::BenchBuildArgs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Groups of the three-group figures (the `features` sample).
const GROUPS: [&str; 3] = crate::features::SAMPLE;

/// The consumer program: 10 operations of the three groups.
const CONSUMER_MAIN: &str = r#"//! A program using three API groups: the bench's consumer. It calls the
//! operations by their operationIds' names, which every version of the
//! crate has (later ones as deprecated aliases), so that `--against` an
//! older commit compiles the same program.
#![allow(deprecated)]
use atlas_admin::Client;

async fn run(client: &Client, group: &str) -> Result<(), atlas_admin::Error> {
    let (cluster, db, user) = ("Cluster0", "admin", "app");
    client.clusters().list_cluster_details().send().await?;
    client.clusters().list_group_clusters(group).send().await?;
    client.clusters().get_group_cluster(group, cluster).send().await?;
    client.clusters().delete_group_cluster(group, cluster).send().await?;
    client.projects().list_groups().send().await?;
    client.projects().get_group(group).send().await?;
    client.projects().get_group_by_name("project").send().await?;
    client.database_users().list_group_database_users(group).send().await?;
    client.database_users().get_group_database_user(group, db, user).send().await?;
    client.database_users().delete_group_database_user(group, db, user).send().await?;
    Ok(())
}

fn main() {
    let client = Client::builder().bearer("token").build().expect("client");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let group = "5f0000000000000000000000"; // edit: 0
    if std::env::args().count() > 1 {
        let _ = runtime.block_on(run(&client, group));
    }
}
"#;

/// One row of the table: its name and how to read it from the figures.
type Row = (&'static str, fn(&Figures) -> (f64, f64));

struct Figures {
    label: String,
    /// (wall seconds, peak MiB) medians.
    all_groups: (f64, f64),
    three_groups: (f64, f64),
    cold_program: (f64, f64),
    one_line: (f64, f64),
}

pub fn run(root: &Path, args: &BenchBuildArgs) -> ExitCode {
    match bench(root, args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench-build: {e}");
            ExitCode::from(2)
        }
    }
}

fn bench(root: &Path, args: &BenchBuildArgs) -> Result<(), String> {
    let base = root.join("target/bench-build");
    let mut variants = vec![("current".to_owned(), root.to_path_buf())];
    if let Some(rev) = &args.against {
        let src = base.join("src-against");
        extract(root, rev, &src)?;
        variants.push((format!("at {rev}"), src));
    }
    let mut results = Vec::new();
    for (label, src) in &variants {
        let ws = base.join(if results.is_empty() {
            "ws-current"
        } else {
            "ws-against"
        });
        workspace(src, &ws)?;
        println!("bench-build: {label}: measuring in {}", ws.display());
        results.push(measure(label, &ws, usize::from(args.runs))?);
    }
    print(&results);
    Ok(())
}

/// `generated/`, `runtime/`, `examples/` and `Cargo.lock` as committed at `rev`.
fn extract(root: &Path, rev: &str, to: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
    let script = format!(
        "git -C '{}' archive '{rev}' generated runtime examples Cargo.lock | tar -x -C '{}'",
        root.display(),
        to.display()
    );
    run_ok(Command::new("sh").args(["-c", &script]), "git archive")
}

/// A workspace of the runtime, the generated crate and the consumer.
fn workspace(src: &Path, ws: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(ws);
    std::fs::create_dir_all(ws.join("consumer/src")).map_err(|e| e.to_string())?;
    for dir in ["generated", "runtime", "examples"] {
        run_ok(
            Command::new("cp").arg("-r").arg(src.join(dir)).arg(ws),
            "cp",
        )?;
    }
    std::fs::copy(src.join("Cargo.lock"), ws.join("Cargo.lock")).map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(ws.join("generated/target"));
    let has_features = std::fs::read_to_string(ws.join("generated/Cargo.toml"))
        .map_err(|e| e.to_string())?
        .contains("\nfull = [");
    let dependency = if has_features {
        let list: Vec<String> = GROUPS.iter().map(|g| format!("\"{g}\"")).collect();
        format!(
            "atlas-admin = {{ path = \"../generated\", default-features = false, features = [{}] }}",
            list.join(", ")
        )
    } else {
        "atlas-admin = { path = \"../generated\" }".to_owned()
    };
    let write = |path: &str, text: String| {
        std::fs::write(ws.join(path), text).map_err(|e| format!("{path}: {e}"))
    };
    write(
        "Cargo.toml",
        "[workspace]\nresolver = \"3\"\nmembers = [\"runtime\", \"generated\", \"consumer\"]\n\n[workspace.package]\nedition = \"2024\"\nrust-version = \"1.85\"\nlicense = \"Apache-2.0\"\n\n[workspace.dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\nserde_json = \"1\"\n\n[profile.dev]\ndebug = \"line-tables-only\"\n\n[profile.dev.package.\"*\"]\ndebug = false\n".to_owned(),
    )?;
    write(
        "consumer/Cargo.toml",
        format!(
            "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{dependency}\ntokio = {{ version = \"1\", features = [\"rt\"] }}\n"
        ),
    )?;
    write("consumer/src/main.rs", CONSUMER_MAIN.to_owned())
}

fn measure(label: &str, ws: &Path, runs: usize) -> Result<Figures, String> {
    let target = ws.join("target");
    let three = GROUPS.join(",");
    // Dependencies first, so that the library figures are the crate alone.
    cargo(ws, &["build", "-p", "atlas-admin", "--lib"], true)?;
    cargo(
        ws,
        &[
            "build",
            "-p",
            "atlas-admin",
            "--lib",
            "--no-default-features",
            "--features",
            &three,
        ],
        true,
    )
    .ok();
    let lib = |features: &[&str]| -> Result<(f64, f64), String> {
        median(runs, || {
            cargo(ws, &["clean", "-p", "atlas-admin"], false)?;
            let mut argv = vec!["build", "-p", "atlas-admin", "--lib"];
            argv.extend_from_slice(features);
            cargo(ws, &argv, true)
        })
    };
    let all_groups = lib(&[])?;
    println!("bench-build: {label}: all groups {all_groups:.1?}");
    let has_features = std::fs::read_to_string(ws.join("generated/Cargo.toml"))
        .map_err(|e| e.to_string())?
        .contains("\nfull = [");
    let three_groups = if has_features {
        lib(&["--no-default-features", "--features", &three])?
    } else {
        all_groups
    };
    println!("bench-build: {label}: three groups {three_groups:.1?}");
    let cold_program = median(1, || {
        let _ = std::fs::remove_dir_all(&target);
        cargo(ws, &["build", "-p", "consumer"], true)
    })?;
    println!("bench-build: {label}: cold program {cold_program:.1?}");
    let main_rs = ws.join("consumer/src/main.rs");
    // Warm-up: the incremental settings rebuild the workspace's crates once.
    cargo_incremental(ws, &["build", "-p", "consumer"])?;
    let mut edit = 0;
    let one_line = median(runs, || {
        edit += 1;
        let text = std::fs::read_to_string(&main_rs).map_err(|e| e.to_string())?;
        let line = text
            .lines()
            .find(|l| l.contains("// edit: "))
            .unwrap_or_default()
            .to_owned();
        let new = format!("    let group = \"5f0000000000000000000000\"; // edit: {edit}");
        std::fs::write(&main_rs, text.replace(&line, &new)).map_err(|e| e.to_string())?;
        // Incremental, as a consumer's own crate builds.
        cargo_incremental(ws, &["build", "-p", "consumer"])
    })?;
    println!("bench-build: {label}: one-line change {one_line:.1?}");
    Ok(Figures {
        label: label.to_owned(),
        all_groups,
        three_groups,
        cold_program,
        one_line,
    })
}

/// Runs `f` `runs` times and takes the median of each figure.
fn median(
    runs: usize,
    mut f: impl FnMut() -> Result<(f64, f64), String>,
) -> Result<(f64, f64), String> {
    let mut walls = Vec::new();
    let mut peaks = Vec::new();
    for _ in 0..runs {
        let (wall, peak) = f()?;
        walls.push(wall);
        peaks.push(peak);
    }
    let mid = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    Ok((mid(&mut walls), mid(&mut peaks)))
}

/// `cargo ARGS` under `/usr/bin/time`: (wall seconds, peak MiB of the
/// largest process). Library and cold builds are not incremental (as a
/// dependency builds).
fn cargo(ws: &Path, argv: &[&str], quiet: bool) -> Result<(f64, f64), String> {
    timed(ws, argv, quiet, "0")
}

fn cargo_incremental(ws: &Path, argv: &[&str]) -> Result<(f64, f64), String> {
    timed(ws, argv, true, "1")
}

fn timed(ws: &Path, argv: &[&str], quiet: bool, incremental: &str) -> Result<(f64, f64), String> {
    let report: PathBuf = ws.join("time.txt");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new("/usr/bin/time");
    cmd.arg("-f").arg("%e %M").arg("-o").arg(&report).arg(cargo);
    if quiet {
        cmd.arg("--quiet");
    }
    cmd.args(argv)
        .current_dir(ws)
        .env("CARGO_INCREMENTAL", incremental)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("RUSTFLAGS");
    run_ok(&mut cmd, &format!("cargo {}", argv.join(" ")))?;
    let text = std::fs::read_to_string(&report).map_err(|e| e.to_string())?;
    let mut it = text.split_whitespace();
    let wall: f64 = it.next().and_then(|w| w.parse().ok()).ok_or("no time")?;
    let kib: f64 = it.next().and_then(|m| m.parse().ok()).ok_or("no memory")?;
    Ok((wall, kib / 1024.0))
}

fn run_ok(cmd: &mut Command, what: &str) -> Result<(), String> {
    let status = cmd.status().map_err(|e| format!("{what}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

fn print(results: &[Figures]) {
    println!(
        "\n| figure | {} |",
        results
            .iter()
            .map(|r| r.label.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    );
    println!("|---|{}", "---|".repeat(results.len()));
    let rows: [Row; 4] = [
        ("atlas-admin alone, all groups, dev build", |f| f.all_groups),
        ("atlas-admin alone, clusters+projects+database_users", |f| {
            f.three_groups
        }),
        ("cold build of a program using the three groups", |f| {
            f.cold_program
        }),
        ("one-line change in that program (10 calls)", |f| f.one_line),
    ];
    for (name, get) in rows {
        let cells: Vec<String> = results
            .iter()
            .map(|r| {
                let (wall, peak) = get(r);
                format!("{wall:.1} s, {peak:.0} MiB")
            })
            .collect();
        println!("| {name} | {} |", cells.join(" | "));
    }
    if let [now, before] = results {
        println!();
        for (name, get) in rows {
            let (a, b) = (get(now), get(before));
            println!(
                "bench-build: {name}: {:.0} % of the time, {:.0} % of the peak memory",
                100.0 * a.0 / b.0,
                100.0 * a.1 / b.1
            );
        }
        let (three, all_before) = (now.three_groups, before.all_groups);
        println!(
            "bench-build: three groups now vs all groups before: {:.0} % of the time",
            100.0 * three.0 / all_before.0
        );
    }
}
