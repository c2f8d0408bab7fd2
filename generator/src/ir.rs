//! The intermediate representation: every type, operation and API group,
//! with every decision made (names, versions, paging, where each type
//! lives), so that emit only renders.

use crate::diag::{self, Diagnostic, Diagnostics, Severity};
use crate::examples::Examples;
use crate::inputs::Inputs;
use crate::ops::{self, Group, Operation, SuccessKind};
use crate::settings::Settings;
use crate::types::{TypeDef, TypeId, TypeSettings, TypeSpace};
use crate::waiters::{Expect, Waiter, Waiters};
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
    /// The groups whose operations reach each def (ascending; empty for an
    /// unused def): the cargo features it is compiled under.
    pub def_groups: Vec<Vec<usize>>,
    /// The serde directions each def's operations use.
    pub def_serde: Vec<SerdeUse>,
    pub diagnostics: Vec<Diagnostic>,
    pub release: String,
    /// Earlier names kept as deprecated aliases (from `spec/compat.toml`).
    pub aliases: crate::compat::Aliases,
    /// The usage examples of each operation, by [`Operation::index`].
    pub examples: Vec<Examples>,
    /// What each operation's `send_and_wait` polls.
    pub waiters: Waiters,
}

impl Ir {
    /// The def named `name`.
    pub fn def(&self, name: &str) -> Option<&TypeDef> {
        self.defs.iter().find(|d| d.name == name)
    }

    /// The operation a method alias forwards to.
    pub fn alias_target(&self, alias: &crate::compat::MethodAlias) -> &Operation {
        &self.operations[alias.target]
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
pub fn build_ir(spec_file: &str, text: &str, inputs: &Inputs) -> Result<Ir, diag::Error> {
    let settings = &inputs.settings;
    let mut diags = Diagnostics::default();
    let doc = load_spec(spec_file, text, inputs, &mut diags)?;
    let release = match &settings.generate.release {
        Some(r) => r.clone(),
        None => ops::newest_stable_version(&doc).unwrap_or_else(|| "2023-01-01".to_owned()),
    };
    let mut space = TypeSpace::new(&doc, type_settings(inputs));
    space.add_components();
    let op_settings = ops::OpSettings {
        release: release.clone(),
        omit_query: settings.omit_query_parameters.keys().cloned().collect(),
        method_names: settings.generate.method_names,
    };
    let (operations, groups) = ops::build(&doc, &mut space, &op_settings, &mut diags);
    diags.extend(std::mem::take(&mut space.diags));
    let defs = space.defs;
    let waiters = crate::waiters::of_all(&doc, &operations, &defs, &settings.waiters, &mut diags);
    check_settings_used(settings, &doc, &defs, &operations, &mut diags);
    check_omitted_parameters(settings, &doc, &mut diags);
    // The rest reads the IR alone: the spec's memory is free for it.
    drop(doc);
    let examples = crate::examples::of_all(&operations, &defs, &mut diags);
    if diags.has_errors() {
        return Err(errors_only(spec_file, diags));
    }
    let aliases = crate::compat::resolve(&inputs.compat, &defs, &operations, &groups, &mut diags);
    let reach = Reach::of(&defs, &operations, &waiters);
    Ok(Ir {
        def_modules: reach.modules(&groups),
        def_groups: reach
            .groups
            .iter()
            .map(|g| g.iter().copied().collect())
            .collect(),
        def_serde: reach.serde,
        defs,
        operations,
        groups,
        diagnostics: diags.into_sorted(),
        release,
        aliases,
        examples,
        waiters,
    })
}

/// The type names and replacements of the settings; a kept enum keeps its
/// name.
fn type_settings(inputs: &Inputs) -> TypeSettings {
    let kept_names = inputs
        .compat
        .enums
        .iter()
        .map(|e| (e.pointer.clone(), e.name.clone()));
    let settings = &inputs.settings;
    TypeSettings {
        names: settings
            .names
            .clone()
            .into_iter()
            .chain(kept_names)
            .collect(),
        replace: settings.replace.clone(),
    }
}

/// The spec with the overlays applied, parsed and checked.
fn load_spec(
    spec_file: &str,
    text: &str,
    inputs: &Inputs,
    diags: &mut Diagnostics,
) -> Result<openapiv3::OpenAPI, diag::Error> {
    let max_depth = inputs
        .settings
        .generate
        .max_depth
        .unwrap_or(crate::load::DEFAULT_MAX_DEPTH);
    let kept = &inputs.compat.enums;
    let doc = crate::load::parse_kept(spec_file, text, max_depth, &inputs.overlays, kept, diags)?;
    crate::load::validate(&doc, diags);
    Ok(doc)
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

/// Which serde directions a def needs: sent in a request (`Serialize`),
/// received in a response (`Deserialize`), or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SerdeUse {
    Sent,
    Received,
    Both,
}

impl SerdeUse {
    pub fn serializes(self) -> bool {
        self != SerdeUse::Received
    }

    pub fn deserializes(self) -> bool {
        self != SerdeUse::Sent
    }

    fn with(self, other: SerdeUse) -> SerdeUse {
        if self == other { self } else { SerdeUse::Both }
    }
}

/// The roots of an operation's types: what it sends (parameters, body) and
/// what it receives (JSON responses).
fn roots(op: &Operation, waiters: &Waiters) -> (Vec<TypeId>, Vec<TypeId>) {
    let (mut sent, mut received) = (Vec::new(), Vec::new());
    for p in &op.params {
        p.ty.named(&mut sent);
    }
    if let Some(b) = &op.body {
        b.ty.named(&mut sent);
    }
    for r in &op.responses {
        if let SuccessKind::Json(t) = &r.kind {
            t.named(&mut received);
        }
    }
    // `send_and_wait` decodes the polled GET's answer.
    if let Some(Waiter {
        expect: Expect::State { output, .. },
        ..
    }) = waiters.of(op)
    {
        output.named(&mut received);
    }
    (sent, received)
}

/// Whether an operation's code names any generated type.
pub fn names_types(op: &Operation, waiters: &Waiters) -> bool {
    let (sent, received) = roots(op, waiters);
    !sent.is_empty() || !received.is_empty()
}

/// Whether a method alias of the operation names generated types: its
/// arguments are the path parameters and a required body.
pub fn alias_names_types(op: &Operation) -> bool {
    let mut named = Vec::new();
    op.path_params().for_each(|p| p.ty.named(&mut named));
    if let Some(b) = op.body.as_ref().filter(|b| b.required) {
        b.ty.named(&mut named);
    }
    !named.is_empty()
}

/// Every def reachable from `stack`.
fn closure(defs: &[TypeDef], mut stack: Vec<TypeId>) -> BTreeSet<TypeId> {
    let mut seen = BTreeSet::new();
    while let Some(id) = stack.pop() {
        if seen.insert(id) {
            stack.extend(defs[id].refers_to());
        }
    }
    seen
}

/// Ids of every def an operation reaches, sorted by name.
pub fn reached_by(defs: &[TypeDef], op: &Operation, waiters: &Waiters) -> Vec<TypeId> {
    let (mut stack, received) = roots(op, waiters);
    stack.extend(received);
    let mut ids: Vec<TypeId> = closure(defs, stack).into_iter().collect();
    ids.sort_by(|a, b| defs[*a].name.cmp(&defs[*b].name));
    ids
}

/// For each def: the groups whose operations reach it and the serde
/// directions they use it in.
struct Reach {
    groups: Vec<BTreeSet<usize>>,
    serde: Vec<SerdeUse>,
}

impl Reach {
    fn of(defs: &[TypeDef], ops: &[Operation], waiters: &Waiters) -> Reach {
        let mut groups = vec![BTreeSet::new(); defs.len()];
        let mut serde: Vec<Option<SerdeUse>> = vec![None; defs.len()];
        for op in ops {
            let (sent, received) = roots(op, waiters);
            for (stack, way) in [(sent, SerdeUse::Sent), (received, SerdeUse::Received)] {
                for id in closure(defs, stack) {
                    groups[id].insert(op.names.group);
                    serde[id] = Some(serde[id].map_or(way, |s| s.with(way)));
                }
            }
        }
        // A def no operation reaches keeps both directions, and so does
        // every def it refers to.
        let unused: Vec<TypeId> = (0..defs.len()).filter(|id| serde[*id].is_none()).collect();
        for id in closure(defs, unused) {
            serde[id] = Some(SerdeUse::Both);
        }
        Reach {
            groups,
            serde: serde
                .into_iter()
                .map(|s| s.unwrap_or(SerdeUse::Both))
                .collect(),
        }
    }

    /// Each def's types module: its one group's, or the shared module when
    /// several groups reach it (the unused one when none does).
    fn modules(&self, groups: &[Group]) -> Vec<String> {
        self.groups
            .iter()
            .map(|set| match set.first() {
                None => UNUSED_MODULE.to_owned(),
                Some(g) if set.len() == 1 => groups[*g].module.clone(),
                Some(_) => SHARED_MODULE.to_owned(),
            })
            .collect()
    }
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
    doc: &openapiv3::OpenAPI,
    defs: &[TypeDef],
    ops: &[Operation],
    diags: &mut Diagnostics,
) {
    for (pointer, name) in &settings.names {
        if !defs.iter().any(|d| &d.name == name) {
            diags.warn(
                "unused-name-override",
                pointer,
                format!("name override {name:?} matched no schema"),
            );
        }
    }
    let schemas = doc.components.as_ref().map(|c| &c.schemas);
    for name in settings.replace.keys() {
        if !schemas.is_some_and(|s| s.contains_key(name)) {
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
    check_example_exceptions(settings, defs, ops, diags);
}

/// An `example_unknown_fields` entry names an example the spec has.
fn check_example_exceptions(
    settings: &Settings,
    defs: &[TypeDef],
    ops: &[Operation],
    diags: &mut Diagnostics,
) {
    let in_operations = ops.iter().flat_map(|o| {
        o.body
            .iter()
            .flat_map(|b| &b.examples)
            .chain(o.responses.iter().flat_map(|r| &r.examples))
    });
    let examples: BTreeSet<&str> = in_operations
        .map(|(p, _)| p.as_str())
        .chain(
            defs.iter()
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
