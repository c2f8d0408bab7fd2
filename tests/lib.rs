//! Shared helpers for the tests: where the workspace is, and one generation
//! of the real spec per test binary.
//!
//! A call that leaves out a required body does not compile: the body is an
//! argument after the path parameters, not a setter checked when sent.
//!
//! ```compile_fail,E0061
//! # async fn f(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
//! client.clusters().create_cluster("32b6e34b3d91647abb20e7b8").send().await?;
//! # Ok(())
//! # }
//! ```
//!
//! With it, the same call compiles:
//!
//! ```no_run
//! # async fn f(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
//! let body = atlas_admin::types::ClusterDescription20240805::default();
//! client.clusters().create_cluster("32b6e34b3d91647abb20e7b8", body).send().await?;
//! # Ok(())
//! # }
//! ```

use atlas_codegen::project::{self, Run, SpecChoice};
use atlas_codegen::settings::Settings;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub fn root() -> PathBuf {
    project::workspace_root(Path::new(env!("CARGO_MANIFEST_DIR")))
}

/// The real spec, generated once (as `cargo xtask generate` would).
pub fn real() -> &'static Run {
    static RUN: OnceLock<Run> = OnceLock::new();
    RUN.get_or_init(
        || match project::run(&root(), &SpecChoice::from_env(None, false)) {
            Ok(run) => run,
            Err(e) => panic!("generating from the pinned spec failed: {e}"),
        },
    )
}

/// Inputs for fixture specs: the real settings with the pin ignored, no
/// compatibility records, no overlays.
pub fn fixture_inputs() -> atlas_codegen::inputs::Inputs {
    let mut s = Settings::load(&root().join(project::SETTINGS)).expect("spec/atlas.toml");
    s.names.clear();
    s.replace.clear();
    s.example_unknown_fields.clear();
    s.krate.doc_example = None;
    s.omit_query_parameters.clear();
    s.overlays.clear();
    atlas_codegen::inputs::Inputs::of(s)
}

/// Generates a fixture spec from `tests/fixtures/NAME`.
pub fn fixture(name: &str) -> Result<atlas_codegen::Generated, atlas_codegen::diag::Error> {
    let path = root().join("tests/fixtures").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    atlas_codegen::generate(name, &text, "fixture", &fixture_inputs())
}

/// All type and API files of a generation, concatenated in path order,
/// without the provenance headers (for snapshots).
pub fn code_of(g: &atlas_codegen::Generated) -> String {
    let mut out = String::new();
    for (path, text) in &g.files {
        if !(path.starts_with("src/types/") || path.starts_with("src/apis/"))
            || path.ends_with("mod.rs")
        {
            continue;
        }
        let body: String = text
            .lines()
            .skip_while(|l| l.starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        out.push_str(&format!("// ---- {path}\n{}\n", body.trim()));
    }
    out
}

/// All API-group files of a generation, concatenated (to search for methods).
pub fn api_code(g: &atlas_codegen::Generated) -> String {
    g.files
        .iter()
        .filter(|(p, _)| p.starts_with("src/apis/"))
        .map(|(_, t)| t.as_str())
        .collect()
}

/// Whether a test's prerequisite (a program outside Rust) is there. A
/// missing one fails the test, unless the opt-out variable is set, which
/// CI never does: a skip must be asked for, and it is printed.
pub fn prerequisite(present: bool, what: &str, opt_out: &str) -> bool {
    if present {
        return true;
    }
    if std::env::var_os(opt_out).is_some() {
        eprintln!("SKIPPED: {what} is missing and {opt_out} is set");
        return false;
    }
    panic!(
        "{what} is missing: install it (.ci/run shows how), or set {opt_out}=1 to skip this test"
    );
}

/// A client of the generated crate for a local test server, with a bearer
/// token (`test-token`) and the default retry policy.
pub fn client(base_url: &str) -> atlas_admin::Client {
    atlas_admin::Client::builder()
        .base_url(base_url)
        .bearer("test-token")
        .build()
        .expect("client")
}
