//! The type space: defs, the one name table, component ids and `$ref`
//! resolution; [`TypeSpace::ty_of`] is the entry point for every schema.

use super::{DefKind, Site, Ty, TypeDef, TypeId, TypeSettings};
use crate::diag::{Diagnostics, escape_segment};
use crate::naming::{NameTable, pascal_ident};
use crate::sample::Hints;
use crate::schema::{Flat, SchemaRef, component_name};
use indexmap::IndexMap;
use openapiv3::{OpenAPI, ReferenceOr, Schema};
use std::collections::{BTreeMap, HashMap};

pub struct TypeSpace<'a> {
    pub(super) doc: &'a OpenAPI,
    pub defs: Vec<TypeDef>,
    pub(super) names: NameTable,
    components: BTreeMap<String, TypeId>,
    /// Sorted string values → the enum that has them.
    pub(super) enums: HashMap<Vec<String>, TypeId>,
    pub(super) settings: TypeSettings,
    /// Pointers of inline schemas already converted (shared `$ref`-free
    /// subtrees are visited once per pointer).
    inline: HashMap<String, Ty>,
    /// Components being expanded for allOf merging, to stop cycles.
    pub(super) merging: Vec<String>,
    /// What converting found: dangling references, unsupported constructs.
    pub diags: Diagnostics,
}

/// Why a `$ref` does not lead to a schema.
enum RefProblem {
    Unsupported,
    Cycle,
    Dangling,
}

impl<'a> TypeSpace<'a> {
    pub fn new(doc: &'a OpenAPI, settings: TypeSettings) -> Self {
        Self {
            doc,
            defs: Vec::new(),
            names: NameTable::new(),
            components: BTreeMap::new(),
            enums: HashMap::new(),
            settings,
            inline: HashMap::new(),
            merging: Vec::new(),
            diags: Diagnostics::default(),
        }
    }

    /// Claims a name in the one namespace that types, API group structs,
    /// request builders and response enums share.
    pub fn claim_name(&mut self, want: &str) -> String {
        self.names.claim(want)
    }

    pub fn component_id(&self, name: &str) -> Option<TypeId> {
        self.components.get(name).copied()
    }

    pub fn components(&self) -> impl Iterator<Item = (&String, &TypeId)> {
        self.components.iter()
    }

    pub(super) fn schemas(&self) -> Option<&'a IndexMap<String, ReferenceOr<Schema>>> {
        self.doc.components.as_ref().map(|c| &c.schemas)
    }

    /// Converts every component schema. Call once, before operations.
    pub fn add_components(&mut self) {
        let Some(schemas) = self.schemas() else {
            return;
        };
        let mut sorted: Vec<&String> = schemas.keys().collect();
        sorted.sort();
        // Reserve every component's name first so inline names never take them.
        for name in &sorted {
            let pointer = format!("#/components/schemas/{}", escape_segment(name));
            let id = self.new_def(&pointer, &pascal_ident(name), None, false, placeholder());
            self.components.insert((*name).clone(), id);
        }
        // Enums first, so that inline copies of a component enum reuse it.
        let (enums, others): (Vec<&String>, Vec<&String>) = sorted.iter().partition(|name| {
            matches!(&schemas[name.as_str()], ReferenceOr::Item(s) if super::is_plain_string_enum(&Flat::of(s)))
        });
        for name in enums.into_iter().chain(others) {
            self.fill_component(name);
        }
    }

    /// A new def at `pointer`, named by the settings' override for that
    /// pointer or else `hint` (made unique).
    pub(super) fn new_def(
        &mut self,
        pointer: &str,
        hint: &str,
        doc: Option<&str>,
        deprecated: bool,
        kind: DefKind,
    ) -> TypeId {
        let want = self
            .settings
            .names
            .get(pointer)
            .map_or(hint, String::as_str);
        let name = self.names.claim(want);
        self.defs.push(TypeDef {
            name,
            pointer: pointer.to_owned(),
            doc: doc.map(str::to_owned),
            deprecated,
            kind,
            default: false,
            example: None,
        });
        self.defs.len() - 1
    }

    fn fill_component(&mut self, name: &str) {
        let id = self.components[name];
        let pointer = self.defs[id].pointer.clone();
        let Some(schemas) = self.schemas() else {
            return;
        };
        if let Some(path) = self.settings.replace.get(name) {
            self.defs[id].kind = DefKind::External(path.clone());
            return;
        }
        let schema = match &schemas[name] {
            ReferenceOr::Item(s) => s,
            ReferenceOr::Reference { reference } => {
                // A component that is only a $ref: an alias, unless the
                // chain never reaches a schema (then JSON, with the error).
                let ty = match self.resolve(reference, &pointer) {
                    Some(_) => self.ty_of(SchemaRef::Ref(reference), &pointer, name),
                    None => Ty::Json,
                };
                self.defs[id].kind = DefKind::Alias(ty);
                return;
            }
        };
        let flat = Flat::of(schema);
        self.defs[id].doc = flat.description().map(str::to_owned);
        self.defs[id].deprecated = flat.deprecated();
        self.defs[id].example = schema.schema_data.example.clone();
        let type_name = self.defs[id].name.clone();
        let site = Site {
            flat: &flat,
            at: &pointer,
            name: &type_name,
            this: id,
        };
        self.defs[id].kind = self.kind_of(site);
    }

    /// The component schema a `$ref` names, following `$ref`-only
    /// components, with its pointer.
    fn lookup(&self, reference: &str) -> Result<(&'a Schema, String), RefProblem> {
        let mut seen: Vec<&str> = Vec::new();
        let mut current = reference;
        loop {
            let name = component_name(current).ok_or(RefProblem::Unsupported)?;
            if seen.contains(&name) {
                return Err(RefProblem::Cycle);
            }
            seen.push(name);
            match self.schemas().and_then(|s| s.get(name)) {
                Some(ReferenceOr::Item(s)) => {
                    return Ok((s, format!("#/components/schemas/{}", escape_segment(name))));
                }
                Some(ReferenceOr::Reference { reference: next }) => current = next,
                None => return Err(RefProblem::Dangling),
            }
        }
    }

    /// Resolves a `$ref` to its schema and pointer, reporting a dangling or
    /// unsupported one at `at`.
    pub(super) fn resolve(&mut self, reference: &str, at: &str) -> Option<(&'a Schema, String)> {
        let problem = match self.lookup(reference) {
            Ok(found) => return Some(found),
            Err(problem) => problem,
        };
        let (code, message) = match problem {
            RefProblem::Unsupported => (
                "unsupported-ref",
                format!("$ref {reference:?} does not point at #/components/schemas/NAME"),
            ),
            RefProblem::Cycle => (
                "ref-cycle",
                format!("$ref {reference:?} leads back to itself through $ref-only schemas"),
            ),
            RefProblem::Dangling => (
                "dangling-ref",
                format!("$ref {reference:?} points at a schema that does not exist"),
            ),
        };
        self.diags.error(code, at, message);
        None
    }

    /// The schema behind a reference (reporting problems), with its pointer.
    pub(super) fn deref(&mut self, r: SchemaRef<'a>, at: &str) -> Option<(&'a Schema, String)> {
        match r {
            SchemaRef::Ref(reference) => self.resolve(reference, at),
            SchemaRef::Inline(s) => Some((s, at.to_owned())),
        }
    }

    /// Like [`deref`](Self::deref), silently (problems are reported where
    /// the type is made).
    pub(super) fn peek(&self, r: SchemaRef<'a>) -> Option<&'a Schema> {
        match r {
            SchemaRef::Ref(reference) => self.lookup(reference).ok().map(|(s, _)| s),
            SchemaRef::Inline(s) => Some(s),
        }
    }

    /// The example and constraints of a property or parameter schema: its
    /// own, then those of the schema it references; for arrays, also the
    /// items'.
    pub fn hints_of(&self, r: SchemaRef<'a>) -> Hints {
        // A `$ref` has no hints of its own (siblings of `$ref` are ignored).
        let own = |r: SchemaRef<'_>| match r {
            SchemaRef::Inline(s) => Hints::of(&Flat::of(s)),
            SchemaRef::Ref(_) => Hints::default(),
        };
        let Some(target) = self.peek(r) else {
            return own(r);
        };
        let flat = Flat::of(target);
        let mut hints = own(r).or(Hints::of(&flat));
        if let Some(items) = flat.items {
            let items = SchemaRef::from_boxed(items);
            if let Some(item) = self.peek(items) {
                hints.items = Some(Box::new(own(items).or(Hints::of(&Flat::of(item)))));
            }
        }
        hints
    }

    /// The Rust type for a schema reference. `hint` names any new type an
    /// inline schema needs.
    pub fn ty_of(&mut self, r: SchemaRef<'a>, at: &str, hint: &str) -> Ty {
        match r {
            SchemaRef::Ref(reference) => {
                if let Some(id) = component_name(reference).and_then(|n| self.component_id(n)) {
                    return Ty::Named(id);
                }
                // Dangling or foreign: report, fall back to JSON.
                let _ = self.resolve(reference, at);
                Ty::Json
            }
            SchemaRef::Inline(schema) => {
                if let Some(ty) = self.inline.get(at) {
                    return ty.clone();
                }
                let ty = self.inline_ty(&Flat::of(schema), at, hint);
                self.inline.insert(at.to_owned(), ty.clone());
                ty
            }
        }
    }

    /// Records the type of an inline schema before descending into it, so
    /// that a self-reference through the same pointer resolves to it.
    pub(super) fn remember_inline(&mut self, at: &str, ty: Ty) {
        self.inline.insert(at.to_owned(), ty);
    }

    /// Runs `f` with diagnostics discarded (for look-ahead that converts
    /// nothing the output keeps).
    pub(super) fn quietly<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        let saved = std::mem::take(&mut self.diags);
        let result = f(self);
        self.diags = saved;
        result
    }
}

/// The kind a def has until its schema is converted.
pub(super) fn placeholder() -> DefKind {
    DefKind::Alias(Ty::Json)
}
