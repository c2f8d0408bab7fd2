//! `atlas-codegen`: the Atlas Administration API v2 spec → the atlas-admin
//! Rust crate. One way through, each layer importing only the ones above it
//! (`tests/architecture.rs` checks that no modules import each other in a
//! circle):
//!
//! 1. [`settings`]: `spec/atlas.toml`, pins and choices only;
//! 2. [`inputs`] (and [`locate`]): the files the settings name — the spec,
//!    the pinned overlays, the compatibility records — found, checked, read;
//! 3. [`load`]: the spec with its overlays applied, parsed and validated;
//! 4. the IR passes, put together by [`ir`]: types ([`types`]), operations
//!    ([`ops`]), then examples, waiters and compatibility aliases, each
//!    pass producing its own part of [`Ir`];
//! 5. [`emit`]: one renderer per artifact (types, operations, client,
//!    manifest, tests, docs) from the IR, as files.
//!
//! [`tooling`] (the change report, spec updates, releases, fuzzing) is what
//! `cargo xtask` adds on top; the pipeline never imports it.

pub mod compat;
pub mod diag;
pub mod emit;
pub(crate) mod examples;
pub mod inputs;
pub mod ir;
pub mod load;
pub mod locate;
pub(crate) mod naming;
pub mod ops;
pub(crate) mod overlay;
pub(crate) mod parallel;
pub(crate) mod schema;
pub mod settings;
pub mod tooling;
pub mod types;
pub(crate) mod waiters;

pub use ir::{Ir, build_ir};

use diag::{Diagnostic, Severity};
use inputs::Inputs;
use std::collections::BTreeMap;
use types::DefKind;

/// What one generation produced.
#[derive(Debug)]
pub struct Generated {
    /// File contents keyed by path relative to the generated crate's root.
    pub files: BTreeMap<String, String>,
    pub stats: Stats,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Stats {
    pub operations: usize,
    pub preview_operations: usize,
    /// Methods for versions other than an operation's default.
    pub other_versions: usize,
    pub types: usize,
    pub structs: usize,
    pub enums: usize,
    pub unions: usize,
    pub aliases: usize,
    pub deprecated_operations: usize,
    pub deprecated_types: usize,
    pub deprecated_fields: usize,
    pub deprecated_parameters: usize,
    pub warnings: usize,
    /// Operations with a `send_and_wait`, and watchers that got none.
    pub waiters: usize,
    pub skipped_watchers: usize,
    pub release: String,
}

/// Generates the crate from spec text. `spec_file` names the spec in
/// diagnostics; `sha256` is its checksum. Headers name the pinned file
/// when the checksum is the pin's (wherever the file was found), else the
/// file itself.
pub fn generate(
    spec_file: &str,
    text: &str,
    sha256: &str,
    inputs: &Inputs,
) -> Result<Generated, diag::Error> {
    let settings = &inputs.settings;
    let ir = build_ir(spec_file, text, inputs)?;
    let shown = if sha256.eq_ignore_ascii_case(&settings.spec.sha256) {
        settings.spec.file.clone()
    } else {
        spec_file
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(spec_file)
            .to_owned()
    };
    let prov = emit::Provenance {
        spec_file: shown,
        sha256: sha256.to_owned(),
        release: ir.release.clone(),
        settings_file: inputs.settings_file.clone(),
    };
    let files = emit::render(&ir, inputs, &prov).map_err(|m| diag::Error::new(spec_file, m))?;
    Ok(Generated {
        files,
        stats: Stats::of(&ir),
        diagnostics: ir.diagnostics,
    })
}

impl Stats {
    fn of(ir: &Ir) -> Stats {
        let defaults = || ir.operations.iter().filter(|o| o.is_default());
        let mut stats = Stats {
            release: ir.release.clone(),
            operations: defaults().count(),
            preview_operations: defaults().filter(|o| o.preview).count(),
            deprecated_operations: defaults().filter(|o| o.deprecated).count(),
            deprecated_parameters: defaults()
                .flat_map(|o| &o.params)
                .filter(|p| p.deprecated)
                .count(),
            types: ir.defs.len(),
            deprecated_types: ir.defs.iter().filter(|d| d.deprecated).count(),
            warnings: ir
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Warning)
                .count(),
            waiters: ir.waiters.by_operation.len(),
            skipped_watchers: ir.waiters.skipped,
            ..Stats::default()
        };
        stats.other_versions = ir.operations.len() - stats.operations;
        for d in &ir.defs {
            match &d.kind {
                DefKind::Struct(s) => {
                    stats.structs += 1;
                    stats.deprecated_fields += s.fields.iter().filter(|f| f.deprecated).count();
                }
                DefKind::Enum(_) => stats.enums += 1,
                DefKind::Union(_) => stats.unions += 1,
                DefKind::Alias(_) | DefKind::External(_) => stats.aliases += 1,
            }
        }
        stats
    }
}

/// The code of one operation and every type it reaches, as one file; for
/// reviewing (and snapshotting) what a single operation generates.
/// `operationId@version` picks another version than the default.
pub fn render_operation(
    ir: &Ir,
    settings: &settings::Settings,
    operation_id: &str,
) -> Result<String, String> {
    let op = ir
        .operation(operation_id)
        .ok_or_else(|| format!("no operation {operation_id:?}"))?;
    emit::render_slice(ir, settings, op)
}

pub mod project;
pub(crate) mod sample;
