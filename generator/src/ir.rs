//! The intermediate representation: every type, operation and API group,
//! with every decision made (names, versions, paging, where each type
//! lives), so that emit only renders.

use crate::diag::{self, Diagnostic, Diagnostics, Severity};
use crate::ops::{self, Group, Operation, SuccessKind};
use crate::settings::Settings;
use crate::types::{TypeDef, TypeId, TypeSettings, TypeSpace};
use std::collections::BTreeSet;

/// The module of the types directory for types that several groups reach.
pub const SHARED_MODULE: &str = "shared";
/// The module for component schemas that no operation reaches.
pub const UNUSED_MODULE: &str = "unused";

#[derive(Debug)]
pub struct Ir {
    pub defs: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    pub groups: Vec<Group>,
    /// The types module each def is emitted in: the one group whose
    /// operations reach it, else [`SHARED_MODULE`] or [`UNUSED_MODULE`].
    pub def_modules: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
    pub release: String,
    /// Earlier names kept as deprecated aliases (from `spec/compat.toml`).
    pub aliases: crate::compat::Aliases,
}

impl Ir {
    /// The def named `name`.
    pub fn def(&self, name: &str) -> Option<&TypeDef> {
        self.defs.iter().find(|d| d.name == name)
    }

    pub fn group_of(&self, op: &Operation) -> &Group {
        &self.groups[op.names.group]
    }

    /// The operation with this id (`operationId@version` for another
    /// version than the default).
    pub fn operation(&self, key: &str) -> Option<&Operation> {
        let (id, version) = match key.split_once('@') {
            Some((id, v)) => (id, Some(v)),
            None => (key, None),
        };
        self.operations.iter().find(|o| {
            o.id == id
                && match version {
                    Some(v) => o.version == v && !o.is_default(),
                    None => o.is_default(),
                }
        })
    }
}

/// Load → validate → IR. Errors in the spec (dangling `$ref`s, duplicate
/// operationIds, …) are collected and returned together.
pub fn build_ir(spec_file: &str, text: &str, settings: &Settings) -> Result<Ir, diag::Error> {
    let max_depth = settings
        .generate
        .max_depth
        .unwrap_or(crate::load::DEFAULT_MAX_DEPTH);
    let doc = crate::load::parse_within(spec_file, text, max_depth)?;
    let mut diags = Diagnostics::default();
    crate::load::validate(&doc, &mut diags);
    let release = match &settings.generate.release {
        Some(r) => r.clone(),
        None => ops::newest_stable_version(&doc).unwrap_or_else(|| "2023-01-01".to_owned()),
    };
    let type_settings = TypeSettings {
        names: settings.names.clone(),
        replace: settings.replace.clone(),
    };
    let mut space = TypeSpace::new(&doc, type_settings);
    space.add_components();
    let op_settings = ops::OpSettings {
        release: release.clone(),
        omit_query: settings.omit_query_parameters.keys().cloned().collect(),
    };
    let (operations, groups) = ops::build(&doc, &mut space, &op_settings, &mut diags);
    diags.extend(std::mem::take(&mut space.diags));
    check_settings_used(settings, &space, &operations, &mut diags);
    check_omitted_parameters(settings, &doc, &mut diags);
    if diags.has_errors() {
        return Err(errors_only(spec_file, diags));
    }
    let def_modules = def_modules(&space.defs, &operations, &groups);
    let mut ir = Ir {
        defs: space.defs,
        operations,
        groups,
        def_modules,
        diagnostics: Vec::new(),
        release,
        aliases: crate::compat::Aliases::default(),
    };
    ir.aliases = crate::compat::resolve(&settings.compat, &ir, &mut diags);
    ir.diagnostics = diags.into_sorted();
    Ok(ir)
}

fn errors_only(spec_file: &str, diags: Diagnostics) -> diag::Error {
    let diagnostics: Vec<Diagnostic> = diags
        .into_sorted()
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    diag::Error {
        file: spec_file.to_owned(),
        message: format!("{} error(s) in the spec", diagnostics.len()),
        diagnostics,
    }
}

/// Ids of every def an operation reaches, sorted by name.
pub fn reached_by(defs: &[TypeDef], op: &Operation) -> Vec<TypeId> {
    let mut stack = Vec::new();
    for p in &op.params {
        p.ty.named(&mut stack);
    }
    if let Some(b) = &op.body {
        b.ty.named(&mut stack);
    }
    for r in &op.responses {
        if let SuccessKind::Json(t) = &r.kind {
            t.named(&mut stack);
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(id) = stack.pop() {
        if seen.insert(id) {
            stack.extend(defs[id].refers_to());
        }
    }
    let mut ids: Vec<TypeId> = seen.into_iter().collect();
    ids.sort_by(|a, b| defs[*a].name.cmp(&defs[*b].name));
    ids
}

/// Assigns each def to the module of the one group whose operations reach
/// it, or to the shared module when several do (unused when none do).
fn def_modules(defs: &[TypeDef], ops: &[Operation], groups: &[Group]) -> Vec<String> {
    let mut reached: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); defs.len()];
    for op in ops {
        for id in reached_by(defs, op) {
            reached[id].insert(op.names.group);
        }
    }
    reached
        .into_iter()
        .map(|set| match set.first() {
            None => UNUSED_MODULE.to_owned(),
            Some(g) if set.len() == 1 => groups[*g].module.clone(),
            Some(_) => SHARED_MODULE.to_owned(),
        })
        .collect()
}

/// An omitted query parameter that no operation has is a stale setting.
fn check_omitted_parameters(
    settings: &Settings,
    doc: &openapiv3::OpenAPI,
    diags: &mut Diagnostics,
) {
    let components = doc.components.iter().flat_map(|c| c.parameters.values());
    let in_paths = doc
        .paths
        .iter()
        .filter_map(|(_, item)| item.as_item())
        .flat_map(|item| {
            item.parameters
                .iter()
                .chain(item.iter().flat_map(|(_, op)| &op.parameters))
        });
    let query_names: BTreeSet<&str> = components
        .chain(in_paths)
        .filter_map(|p| p.as_item())
        .filter(|p| matches!(p, openapiv3::Parameter::Query { .. }))
        .map(|p| p.parameter_data_ref().name.as_str())
        .collect();
    for name in settings.omit_query_parameters.keys() {
        if !query_names.contains(name.as_str()) {
            diags.warn(
                "unused-omit-parameter",
                "#/paths",
                format!("omit_query_parameters names {name:?}, which no operation has"),
            );
        }
    }
}

/// A configured name, replacement or example exception that matches
/// nothing is a mistake in the settings (often a spec change): warn, as
/// k8s-openapi's fixups do.
fn check_settings_used(
    settings: &Settings,
    space: &TypeSpace<'_>,
    ops: &[Operation],
    diags: &mut Diagnostics,
) {
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
    if let Some(id) = &settings.krate.doc_example {
        if !ops.iter().any(|o| &o.id == id) {
            diags.warn(
                "unused-doc-example",
                "#/paths",
                format!("crate.doc_example {id:?} is no operation of the spec"),
            );
        }
    }
    let examples: BTreeSet<&str> = ops
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
        if !examples.contains(pointer.as_str()) {
            diags.warn(
                "unused-example-exception",
                pointer,
                "example_unknown_fields names an example the spec does not have",
            );
        }
    }
}
