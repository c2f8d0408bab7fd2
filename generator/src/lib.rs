//! `atlas-codegen`: load → IR → emit for the Atlas Administration API v2.
//!
//! - [`locate`]/[`load`]: find the pinned spec, check it, parse it;
//! - [`types`] and [`ops`]: the IR (types with Rust names; operations with
//!   wire and Rust names, versions and responses);
//! - [`emit`]: `quote!` → `syn::File` → `prettyplease`, one file per API group.

pub mod diag;
pub mod emit;
pub mod load;
pub mod locate;
pub mod naming;
pub mod ops;
pub mod schema;
pub mod settings;
pub mod types;

use diag::{Diagnostic, Diagnostics, Severity};
use settings::Settings;
use std::collections::BTreeMap;
use types::{DefKind, TypeSettings, TypeSpace};

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
    pub release: String,
}

/// The intermediate representation: every type and operation, with the
/// diagnostics found while building them.
#[derive(Debug)]
pub struct Ir {
    pub defs: Vec<types::TypeDef>,
    pub operations: Vec<ops::Operation>,
    pub diagnostics: Vec<Diagnostic>,
    pub release: String,
}

impl Ir {
    /// The def named `name`.
    pub fn def(&self, name: &str) -> Option<&types::TypeDef> {
        self.defs.iter().find(|d| d.name == name)
    }
}

/// Load → validate → IR. Errors in the spec (dangling `$ref`s, duplicate
/// operationIds, …) are collected and returned together.
pub fn build_ir(spec_file: &str, text: &str, settings: &Settings) -> Result<Ir, diag::Error> {
    let doc = load::parse(spec_file, text)?;
    let mut diags = Diagnostics::default();
    load::validate(&doc, &mut diags);

    let release = match &settings.generate.release {
        Some(r) => r.clone(),
        None => ops::newest_stable_version(&doc).unwrap_or_else(|| "2023-01-01".to_owned()),
    };

    let mut space = TypeSpace::new(
        &doc,
        TypeSettings {
            names: settings.names.clone(),
            replace: settings.replace.clone(),
        },
    );
    space.add_components();
    let operations = ops::build(&doc, &mut space, &release, &mut diags);
    space.finish();
    diags.extend(std::mem::take(&mut space.diags));
    check_settings_used(settings, &space, &mut diags);
    for op in &operations {
        for p in &op.params {
            if let Some(pattern) = &p.pattern {
                if !emit::ops::pattern_compiles(pattern) {
                    diags.warn(
                        "pattern-not-enforced",
                        &op.pointer,
                        format!("pattern {pattern:?} of parameter {:?} does not compile; it is not checked", p.wire),
                    );
                }
            }
        }
    }

    if diags.has_errors() {
        let diagnostics: Vec<Diagnostic> = diags
            .into_sorted()
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        return Err(diag::Error {
            file: spec_file.to_owned(),
            message: format!("{} error(s) in the spec", diagnostics.len()),
            diagnostics,
        });
    }
    let example_pointers: std::collections::BTreeSet<&str> = operations
        .iter()
        .flat_map(|o| {
            o.body
                .iter()
                .flat_map(|b| &b.examples)
                .chain(o.responses.iter().flat_map(|r| &r.examples))
        })
        .map(|(p, _)| p.as_str())
        .chain(
            space
                .defs
                .iter()
                .filter(|d| d.example.is_some())
                .map(|d| d.pointer.as_str()),
        )
        .collect();
    for pointer in settings.example_unknown_fields.keys() {
        if !example_pointers.contains(pointer.as_str()) {
            diags.warn(
                "unused-example-exception",
                pointer,
                "example_unknown_fields names an example the spec does not have",
            );
        }
    }
    Ok(Ir {
        defs: space.defs,
        operations,
        diagnostics: diags.into_sorted(),
        release,
    })
}

fn provenance(
    spec_file: &str,
    sha256: &str,
    release: &str,
    settings: &Settings,
) -> emit::Provenance {
    emit::Provenance {
        spec_file: spec_file
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(spec_file)
            .to_owned(),
        sha256: sha256.to_owned(),
        release: release.to_owned(),
        crate_name: settings.krate.name.clone(),
        crate_version: settings.krate.version.clone(),
        runtime_name: settings.krate.runtime_name.clone(),
        runtime_path: settings.krate.runtime_path.clone(),
        runtime_version: settings.krate.runtime_version.clone(),
    }
}

/// Generates the crate from spec text. `spec_file` names the spec in
/// diagnostics and headers; `sha256` is the checksum recorded in them.
pub fn generate(
    spec_file: &str,
    text: &str,
    sha256: &str,
    settings: &Settings,
) -> Result<Generated, diag::Error> {
    let ir = build_ir(spec_file, text, settings)?;
    let prov = provenance(spec_file, sha256, &ir.release, settings);
    let files = emit::render(
        &ir.defs,
        &ir.operations,
        &prov,
        &settings.example_unknown_fields,
    )
    .map_err(|m| diag::Error::new(spec_file, m))?;
    let operations = &ir.operations;
    let mut stats = Stats {
        release: ir.release.clone(),
        ..Stats::default()
    };
    let defaults = || operations.iter().filter(|o| o.version_of.is_none());
    stats.operations = defaults().count();
    stats.other_versions = operations.len() - stats.operations;
    stats.preview_operations = defaults().filter(|o| o.preview).count();
    stats.deprecated_operations = defaults().filter(|o| o.deprecated).count();
    stats.deprecated_parameters = defaults()
        .flat_map(|o| &o.params)
        .filter(|p| p.deprecated)
        .count();
    stats.types = ir.defs.len();
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
        if d.deprecated {
            stats.deprecated_types += 1;
        }
    }
    stats.warnings = ir
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    Ok(Generated {
        files,
        stats,
        diagnostics: ir.diagnostics,
    })
}

/// The code of one operation and every type it reaches, as one file; for
/// reviewing (and snapshotting) what a single operation generates.
/// `operationId@version` picks another version than the default.
pub fn render_operation(ir: &Ir, operation_id: &str) -> Result<String, String> {
    let (id, version) = match operation_id.split_once('@') {
        Some((id, v)) => (id, Some(v)),
        None => (operation_id, None),
    };
    let op = ir
        .operations
        .iter()
        .find(|o| {
            o.id == id
                && match version {
                    Some(v) => o.version == v && o.version_of.is_some(),
                    None => o.version_of.is_none(),
                }
        })
        .ok_or_else(|| format!("no operation {operation_id:?}"))?;
    emit::render_slice(&ir.defs, op)
}

/// A configured name or replacement that matches nothing is a mistake in
/// the settings (often a spec change): warn, as k8s-openapi's fixups do.
fn check_settings_used(settings: &Settings, space: &TypeSpace<'_>, diags: &mut Diagnostics) {
    for (pointer, name) in &settings.names {
        if !space.defs.iter().any(|d| &d.name == name) {
            diags.warn(
                "unused-name-override",
                pointer,
                format!("name override {name:?} matched no schema"),
            );
        }
    }
    for name in settings.replace.keys() {
        if space.component_id(name).is_none() {
            diags.warn(
                "unused-replace",
                format!("#/components/schemas/{name}"),
                "replacement for a schema that does not exist",
            );
        }
    }
}
pub mod project;
pub mod sample;
