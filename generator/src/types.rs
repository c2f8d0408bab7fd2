//! The type space: every schema the spec reaches becomes a [`Ty`], and every
//! schema that needs a name becomes a [`TypeDef`] (struct, enum, union or
//! alias). Modelled on typify's `TypeSpace`: ids are handed out up front for
//! all component schemas, so references (and cycles) never need a second pass.

use crate::diag::{Diagnostics, join};
use crate::naming::{NameTable, pascal_ident, snake_ident};
use crate::sample::Hints;
use crate::schema::{Flat, SchemaRef, component_name};
use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, OpenAPI, ReferenceOr, Schema};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub type TypeId = usize;

/// A Rust type as used in a field, parameter or response.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ty {
    String,
    Bool,
    I32,
    I64,
    F32,
    F64,
    /// `date-time`: `chrono::DateTime<Utc>`; Atlas always sends RFC 3339.
    DateTime,
    /// `date`: `chrono::NaiveDate`.
    Date,
    /// Free-form JSON: `serde_json::Value`; also the escape hatch for schemas
    /// the generator cannot express (always with a warning).
    Json,
    /// Binary bodies: `bytes::Bytes`.
    Bytes,
    Vec(Box<Ty>),
    Map(Box<Ty>),
    Named(TypeId),
}

#[derive(Clone, Debug)]
pub struct TypeDef {
    pub name: String,
    /// Where the schema is: a component or an inline location.
    pub pointer: String,
    pub doc: Option<String>,
    pub deprecated: bool,
    pub kind: DefKind,
    /// Set once all defs exist: whether `#[derive(Default)]` is possible.
    pub default: bool,
    /// The `x-xgen-…`/`example` of a component schema, for round-trip tests.
    pub example: Option<Value>,
}

#[derive(Clone, Debug)]
pub enum DefKind {
    Struct(Struct),
    Enum(Enum),
    Union(Union),
    Alias(Ty),
    /// A component schema replaced by a hand-written runtime type.
    External(String),
}

#[derive(Clone, Debug, Default)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Extra keys (`additionalProperties` next to `properties`).
    pub additional: Option<Ty>,
    /// A union flattened into the struct (oneOf beside own properties).
    pub flatten: Option<Ty>,
}

#[derive(Clone, Debug)]
pub struct Field {
    pub ident: String,
    pub wire: String,
    pub ty: Ty,
    /// `Option<T>` in Rust: not required, or readOnly/writeOnly.
    pub optional: bool,
    /// `null` is a meaningful value (PATCH): `Option<Option<T>>` when optional.
    pub nullable: bool,
    pub boxed: bool,
    pub doc: Option<String>,
    pub deprecated: bool,
    pub read_only: bool,
    pub write_only: bool,
    /// Listed in `required` (in requests; readOnly and writeOnly fields are
    /// `Option` all the same).
    pub required: bool,
    /// The spec's example and constraints, for generated usage examples.
    pub hints: Hints,
}

#[derive(Clone, Debug)]
pub struct Enum {
    pub variants: Vec<EnumVariant>,
}

#[derive(Clone, Debug)]
pub struct EnumVariant {
    pub ident: String,
    pub wire: String,
}

#[derive(Clone, Debug)]
pub struct Union {
    /// The property that tells variants apart, when there is one.
    pub tag: Option<String>,
    pub variants: Vec<UnionVariant>,
    /// The tag came from the spec's `discriminator` (not inferred).
    pub declared: bool,
}

#[derive(Clone, Debug)]
pub struct UnionVariant {
    pub ident: String,
    /// Tag values that select this variant.
    pub keys: Vec<String>,
    pub ty: Ty,
    pub boxed: bool,
    pub shape: Shape,
}

/// What a JSON value must look like to be a candidate for an untagged
/// variant; the runtime ranks candidates by it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    Object {
        required: Vec<String>,
        known: Vec<String>,
    },
    String,
    Integer,
    Number,
    Boolean,
    Array,
    Any,
}

/// Settings the type space needs.
#[derive(Debug, Default, Clone)]
pub struct TypeSettings {
    pub names: BTreeMap<String, String>,
    pub replace: BTreeMap<String, String>,
}

pub struct TypeSpace<'a> {
    doc: &'a OpenAPI,
    pub defs: Vec<TypeDef>,
    names: NameTable,
    components: BTreeMap<String, TypeId>,
    /// Sorted string values → the enum that has them.
    enums: HashMap<Vec<String>, TypeId>,
    settings: TypeSettings,
    /// Pointers of inline schemas already converted (shared `$ref`-free
    /// subtrees are visited once per pointer).
    inline: HashMap<String, Ty>,
    /// Components being expanded for allOf merging, to stop cycles.
    merging: Vec<String>,
}

/// Properties collected from an object and its allOf members.
#[derive(Default)]
struct Collected<'a> {
    props: IndexMap<String, (SchemaRef<'a>, String)>,
    required: BTreeSet<String>,
    additional: Option<(&'a AdditionalProperties, String)>,
}

fn singular(s: &str) -> String {
    if s.ends_with("ies") && s.len() > 3 {
        format!("{}y", &s[..s.len() - 3])
    } else if s.ends_with("ses") || s.ends_with("xes") {
        s[..s.len() - 2].to_owned()
    } else if s.ends_with('s') && !s.ends_with("ss") && s.len() > 1 {
        s[..s.len() - 1].to_owned()
    } else {
        s.to_owned()
    }
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

    fn schemas(&self) -> Option<&'a IndexMap<String, ReferenceOr<Schema>>> {
        self.doc.components.as_ref().map(|c| &c.schemas)
    }

    /// Converts every component schema. Call once, before operations.
    pub fn add_components(&mut self, diags: &mut Diagnostics) {
        let Some(schemas) = self.schemas() else {
            return;
        };
        let mut sorted: Vec<&String> = schemas.keys().collect();
        sorted.sort();
        // Reserve every component's name first so inline names never take them.
        for name in &sorted {
            let pointer = format!("#/components/schemas/{}", crate::diag::escape_segment(name));
            let id = self.new_def(
                &pointer,
                &pascal_ident(name),
                None,
                false,
                DefKind::Alias(Ty::Json),
            );
            self.components.insert((*name).clone(), id);
        }
        // Enums first, so that inline copies of a component enum reuse it.
        let (enums, others): (Vec<&String>, Vec<&String>) = sorted.iter().partition(|name| {
            matches!(&schemas[name.as_str()], ReferenceOr::Item(s) if is_plain_string_enum(&Flat::of(s)))
        });
        for name in enums.into_iter().chain(others) {
            self.fill_component(name, diags);
        }
    }

    fn push(&mut self, def: TypeDef) -> TypeId {
        self.defs.push(def);
        self.defs.len() - 1
    }

    /// A new def at `pointer`, named by the settings' override for that
    /// pointer or else `hint` (made unique).
    fn new_def(
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
            .cloned()
            .unwrap_or_else(|| hint.to_owned());
        let name = self.names.claim(&want);
        self.push(TypeDef {
            name,
            pointer: pointer.to_owned(),
            doc: doc.map(str::to_owned),
            deprecated,
            kind,
            default: false,
            example: None,
        })
    }

    fn fill_component(&mut self, name: &str, diags: &mut Diagnostics) {
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
                // A component that is only a $ref: an alias.
                let ty = self.ty_of(SchemaRef::Ref(reference), &pointer, name, diags);
                self.defs[id].kind = DefKind::Alias(ty);
                return;
            }
        };
        let flat = Flat::of(schema);
        self.defs[id].doc = flat.description().map(str::to_owned);
        self.defs[id].deprecated = flat.deprecated();
        self.defs[id].example = schema.schema_data.example.clone();
        let type_name = self.defs[id].name.clone();
        let kind = self.kind_of(&flat, &pointer, &type_name, Some(id), diags);
        self.defs[id].kind = kind;
    }

    /// Resolves a `$ref` to its schema and pointer, reporting dangling ones.
    fn resolve(
        &self,
        reference: &str,
        at: &str,
        diags: &mut Diagnostics,
    ) -> Option<(&'a Schema, String)> {
        let Some(name) = component_name(reference) else {
            diags.error(
                "unsupported-ref",
                at,
                format!("$ref {reference:?} does not point at #/components/schemas/NAME"),
            );
            return None;
        };
        match self.schemas().and_then(|s| s.get(name)) {
            Some(ReferenceOr::Item(s)) => Some((
                s,
                format!("#/components/schemas/{}", crate::diag::escape_segment(name)),
            )),
            Some(ReferenceOr::Reference { reference: next }) => {
                if next == reference {
                    diags.error(
                        "ref-cycle",
                        at,
                        format!("$ref {reference:?} points at itself"),
                    );
                    None
                } else {
                    self.resolve(next, at, diags)
                }
            }
            None => {
                diags.error(
                    "dangling-ref",
                    at,
                    format!("$ref {reference:?} points at a schema that does not exist"),
                );
                None
            }
        }
    }

    /// The example and constraints of a property or parameter schema: its
    /// own, then those of the schema it references; for arrays, also the
    /// items'. (Resolution problems are reported where the type is made.)
    pub fn hints_of(&self, r: SchemaRef<'a>, at: &str) -> Hints {
        let quiet = &mut Diagnostics::default();
        // A `$ref` has no hints of its own (siblings of `$ref` are ignored).
        let own = |r: SchemaRef<'_>| match r {
            SchemaRef::Inline(s) => Hints::of(&Flat::of(s)),
            SchemaRef::Ref(_) => Hints::default(),
        };
        let Some((target, _)) = self.deref(r, at, quiet) else {
            return own(r);
        };
        let flat = Flat::of(target);
        let mut hints = own(r).or(Hints::of(&flat));
        if let Some(items) = flat.items {
            let items = SchemaRef::from_boxed(items);
            if let Some((item, _)) = self.deref(items, at, quiet) {
                hints.items = Some(Box::new(own(items).or(Hints::of(&Flat::of(item)))));
            }
        }
        hints
    }

    fn deref(
        &self,
        r: SchemaRef<'a>,
        at: &str,
        diags: &mut Diagnostics,
    ) -> Option<(&'a Schema, String)> {
        match r {
            SchemaRef::Ref(reference) => self.resolve(reference, at, diags),
            SchemaRef::Inline(s) => Some((s, at.to_owned())),
        }
    }

    /// The Rust type for a schema reference. `hint` names any new type an
    /// inline schema needs.
    pub fn ty_of(&mut self, r: SchemaRef<'a>, at: &str, hint: &str, diags: &mut Diagnostics) -> Ty {
        match r {
            SchemaRef::Ref(reference) => {
                if let Some(name) = component_name(reference) {
                    if let Some(id) = self.components.get(name) {
                        return Ty::Named(*id);
                    }
                }
                // Dangling or foreign: report, fall back to JSON.
                let _ = self.resolve(reference, at, diags);
                Ty::Json
            }
            SchemaRef::Inline(schema) => {
                if let Some(ty) = self.inline.get(at) {
                    return ty.clone();
                }
                let flat = Flat::of(schema);
                let ty = self.inline_ty(&flat, at, hint, diags);
                self.inline.insert(at.to_owned(), ty.clone());
                ty
            }
        }
    }

    /// An inline schema: primitives and containers map directly; anything
    /// that needs a name becomes a new def.
    fn inline_ty(&mut self, flat: &Flat<'a>, at: &str, hint: &str, diags: &mut Diagnostics) -> Ty {
        // A lone allOf/oneOf/anyOf around one schema just annotates it.
        if let Some(single) = single_wrapped(flat) {
            return self.ty_of(
                single,
                &format!("{at}/{}/0", wrapper_key(flat)),
                hint,
                diags,
            );
        }
        if is_plain_string_enum(flat) {
            return Ty::Named(self.enum_def(flat, at, hint));
        }
        if let Some(ty) = self.simple_ty(flat, at, hint, diags) {
            return ty;
        }
        let id = self.new_def(
            at,
            hint,
            flat.description(),
            flat.deprecated(),
            DefKind::Alias(Ty::Json),
        );
        let name = self.defs[id].name.clone();
        // Record before descending so a self-reference through the same
        // pointer resolves to this def.
        self.inline.insert(at.to_owned(), Ty::Named(id));
        let kind = self.kind_of(flat, at, &name, Some(id), diags);
        self.defs[id].kind = kind;
        Ty::Named(id)
    }

    /// Types that need no def of their own: primitives, arrays, maps and
    /// free-form objects. `None` means the schema needs a named def.
    fn simple_ty(
        &mut self,
        flat: &Flat<'a>,
        at: &str,
        hint: &str,
        diags: &mut Diagnostics,
    ) -> Option<Ty> {
        if !flat.one_of.is_empty() || !flat.any_of.is_empty() || !flat.all_of.is_empty() {
            return None;
        }
        if flat.discriminator().is_some_and(|d| !d.mapping.is_empty()) {
            return None;
        }
        if flat.has_not {
            diags.warn(
                "unsupported-not",
                at,
                "`not` schemas are not supported; using serde_json::Value",
            );
            return Some(Ty::Json);
        }
        if !flat.enum_values.is_empty() && !flat.enum_values.iter().all(Value::is_string) {
            // Integer/number/boolean enums: the primitive type, values in docs.
            return Some(self.primitive(flat, at, diags));
        }
        if flat.has_properties() {
            return None;
        }
        match flat.typ {
            Some("array") => {
                let item_hint = format!("{}Item", hint);
                let ty = match flat.items {
                    Some(items) => self.ty_of(
                        SchemaRef::from_boxed(items),
                        &format!("{at}/items"),
                        &item_hint,
                        diags,
                    ),
                    None => Ty::Json,
                };
                Some(Ty::Vec(Box::new(ty)))
            }
            Some("object") | None
                if flat.typ.is_some() || flat.additional.is_some() || flat.properties.is_some() =>
            {
                Some(self.map_ty(flat.additional, at, hint, diags))
            }
            Some("object") | None => {
                if let Some(items) = flat.items {
                    let ty = self.ty_of(
                        SchemaRef::from_boxed(items),
                        &format!("{at}/items"),
                        &format!("{hint}Item"),
                        diags,
                    );
                    return Some(Ty::Vec(Box::new(ty)));
                }
                Some(Ty::Json)
            }
            Some(_) => Some(self.primitive(flat, at, diags)),
        }
    }

    fn map_ty(
        &mut self,
        additional: Option<&'a AdditionalProperties>,
        at: &str,
        hint: &str,
        diags: &mut Diagnostics,
    ) -> Ty {
        match additional {
            Some(AdditionalProperties::Schema(s)) => {
                let v = self.ty_of(
                    SchemaRef::from_plain(s),
                    &format!("{at}/additionalProperties"),
                    &format!("{hint}Value"),
                    diags,
                );
                Ty::Map(Box::new(v))
            }
            Some(AdditionalProperties::Any(true)) => Ty::Map(Box::new(Ty::Json)),
            // A free-form object.
            _ => Ty::Json,
        }
    }

    fn primitive(&mut self, flat: &Flat<'a>, at: &str, diags: &mut Diagnostics) -> Ty {
        let format = flat.format.as_deref();
        match flat.typ {
            Some("string") => match format {
                Some("date-time") => Ty::DateTime,
                Some("date") => Ty::Date,
                Some("binary") => Ty::Bytes,
                _ => Ty::String,
            },
            Some("integer") => match format {
                Some("int32") => Ty::I32,
                _ => Ty::I64,
            },
            Some("number") => match format {
                Some("float") => Ty::F32,
                _ => Ty::F64,
            },
            Some("boolean") => Ty::Bool,
            Some(other) => {
                diags.warn(
                    "unknown-type",
                    at,
                    format!("unknown type {other:?}; using serde_json::Value"),
                );
                Ty::Json
            }
            None => Ty::Json,
        }
    }

    /// The def kind of a schema that needs a name.
    fn kind_of(
        &mut self,
        flat: &Flat<'a>,
        at: &str,
        name: &str,
        this: Option<TypeId>,
        diags: &mut Diagnostics,
    ) -> DefKind {
        if let Some(single) = single_wrapped(flat) {
            return DefKind::Alias(self.ty_of(
                single,
                &format!("{at}/{}/0", wrapper_key(flat)),
                name,
                diags,
            ));
        }
        if !flat.one_of.is_empty() || !flat.any_of.is_empty() {
            return self.union_kind(flat, at, name, this, diags);
        }
        if flat.discriminator().is_some_and(|d| !d.mapping.is_empty()) {
            return self.mapping_union(flat, at, name, this, diags);
        }
        if is_plain_string_enum(flat) {
            return self.enum_kind(flat, at, this);
        }
        if !flat.all_of.is_empty() || flat.has_properties() {
            return DefKind::Struct(self.struct_of(flat, at, name, diags));
        }
        match self.simple_ty(flat, at, name, diags) {
            Some(ty) => DefKind::Alias(ty),
            None => DefKind::Struct(self.struct_of(flat, at, name, diags)),
        }
    }

    fn enum_values(flat: &Flat<'_>) -> Vec<String> {
        let mut seen = BTreeSet::new();
        flat.enum_values
            .iter()
            .filter_map(|v| v.as_str())
            .filter(|v| seen.insert(v.to_string()))
            .map(str::to_owned)
            .collect()
    }

    /// An inline string enum: reuse an identical one or make a new def.
    fn enum_def(&mut self, flat: &Flat<'a>, at: &str, hint: &str) -> TypeId {
        self.enum_from_values(
            Self::enum_values(flat),
            at,
            hint,
            flat.description(),
            flat.deprecated(),
        )
    }

    fn enum_from_values(
        &mut self,
        values: Vec<String>,
        at: &str,
        hint: &str,
        doc: Option<&str>,
        deprecated: bool,
    ) -> TypeId {
        let mut key = values.clone();
        key.sort();
        if let Some(id) = self.enums.get(&key).copied() {
            // A later occurrence may carry the configured name for the type.
            if let Some(want) = self.settings.names.get(at).cloned() {
                if self.defs[id].name != want && !self.names.is_taken(&want) {
                    self.names.reserve(&want);
                    self.defs[id].name = want;
                }
            }
            return id;
        }
        let id = self.new_def(
            at,
            hint,
            doc,
            deprecated,
            DefKind::Enum(enum_variants(&values)),
        );
        self.enums.insert(key, id);
        id
    }

    /// A component enum: the first component with a value set owns it; a
    /// later identical one becomes an alias of it.
    fn enum_kind(&mut self, flat: &Flat<'a>, at: &str, this: Option<TypeId>) -> DefKind {
        let values = Self::enum_values(flat);
        let mut key = values.clone();
        key.sort();
        if let Some(existing) = self.enums.get(&key).copied() {
            if Some(existing) != this {
                return DefKind::Alias(Ty::Named(existing));
            }
        }
        if let Some(id) = this {
            self.enums.insert(key, id);
        }
        let _ = at;
        DefKind::Enum(enum_variants(&values))
    }

    /// Gathers properties from the schema and, recursively, its allOf members.
    /// The members' own oneOf/discriminator are ignored: a child that
    /// `allOf`s its parent inherits the parent's fields, not its union.
    fn collect(
        &mut self,
        flat: &Flat<'a>,
        at: &str,
        acc: &mut Collected<'a>,
        diags: &mut Diagnostics,
    ) {
        for (i, member) in flat.all_of.iter().enumerate() {
            let member_at = format!("{at}/allOf/{i}");
            let r = SchemaRef::from_plain(member);
            let guard = match r {
                SchemaRef::Ref(reference) => Some(reference.to_owned()),
                SchemaRef::Inline(_) => None,
            };
            if let Some(g) = &guard {
                if self.merging.contains(g) {
                    diags.warn(
                        "allof-cycle",
                        &member_at,
                        format!("allOf reaches {g} again; its properties are merged once"),
                    );
                    continue;
                }
                self.merging.push(g.clone());
            }
            if let Some((schema, ptr)) = self.deref(r, &member_at, diags) {
                let member_flat = Flat::of(schema);
                let ptr = if guard.is_some() {
                    ptr
                } else {
                    member_at.clone()
                };
                self.collect(&member_flat, &ptr, acc, diags);
                if member_flat.has_not {
                    diags.warn("unsupported-not", &ptr, "`not` inside allOf is ignored");
                }
            }
            if guard.is_some() {
                self.merging.pop();
            }
        }
        if let Some(props) = flat.properties {
            for (k, v) in props {
                let ptr = format!("{}/properties/{}", at, crate::diag::escape_segment(k));
                acc.props.insert(k.clone(), (SchemaRef::from_boxed(v), ptr));
            }
        }
        acc.required.extend(flat.required.iter().cloned());
        if let Some(a) = flat.additional {
            acc.additional = Some((a, format!("{at}/additionalProperties")));
        }
    }

    fn struct_of(
        &mut self,
        flat: &Flat<'a>,
        at: &str,
        name: &str,
        diags: &mut Diagnostics,
    ) -> Struct {
        let mut acc = Collected::default();
        self.collect(flat, at, &mut acc, diags);
        self.struct_from(acc, name, diags)
    }

    fn struct_from(&mut self, acc: Collected<'a>, name: &str, diags: &mut Diagnostics) -> Struct {
        let mut idents = NameTable::new();
        let mut fields = Vec::new();
        for (wire, (r, ptr)) in acc.props {
            let (target, doc_from) = match self.deref(r, &ptr, diags) {
                Some((s, _)) => (Some(s), Flat::of(s)),
                None => (None, Flat::default()),
            };
            // Descriptions and flags live on the property itself (for a $ref,
            // on the referenced schema).
            let prop_flat = match r {
                SchemaRef::Inline(s) => Flat::of(s),
                SchemaRef::Ref(_) => doc_from,
            };
            // Inline arrays name their items after the singular property name
            // (`roles` → `…Role`).
            let ty = match (r, prop_flat.items) {
                (SchemaRef::Inline(s), Some(items)) if Flat::of(s).typ == Some("array") => {
                    let hint = format!("{name}{}", pascal_ident(&singular(&wire)));
                    let item = self.ty_of(
                        SchemaRef::from_boxed(items),
                        &format!("{ptr}/items"),
                        &hint,
                        diags,
                    );
                    Ty::Vec(Box::new(item))
                }
                _ => {
                    let hint = format!("{name}{}", pascal_ident(&wire));
                    self.ty_of(r, &ptr, &hint, diags)
                }
            };
            let required = acc.required.contains(&wire);
            let read_only = prop_flat.read_only();
            let write_only = prop_flat.write_only();
            let nullable = prop_flat.nullable();
            fields.push(Field {
                ident: idents.claim(&snake_ident(&wire)),
                wire,
                ty,
                optional: !required || read_only || write_only,
                nullable,
                boxed: false,
                doc: with_allowed_values(prop_flat.description(), target.map(Flat::of)),
                deprecated: prop_flat.deprecated(),
                read_only,
                write_only,
                required,
                hints: self.hints_of(r, &ptr),
            });
        }
        let additional = acc.additional.and_then(|(a, ptr)| match a {
            AdditionalProperties::Any(false) => None,
            other => match self.map_ty(Some(other), &ptr, &format!("{name}Extra"), diags) {
                Ty::Map(v) => Some(*v),
                _ => None,
            },
        });
        Struct {
            fields,
            additional,
            flatten: None,
        }
    }

    /// oneOf/anyOf (with or without discriminator).
    fn union_kind(
        &mut self,
        flat: &Flat<'a>,
        at: &str,
        name: &str,
        this: Option<TypeId>,
        diags: &mut Diagnostics,
    ) -> DefKind {
        let (branches, key) = if !flat.one_of.is_empty() {
            (flat.one_of, "oneOf")
        } else {
            (flat.any_of, "anyOf")
        };
        // Resolve branches once.
        let mut resolved: Vec<(SchemaRef<'a>, String, Option<&'a Schema>)> = Vec::new();
        for (i, b) in branches.iter().enumerate() {
            let ptr = format!("{at}/{key}/{i}");
            let r = SchemaRef::from_plain(b);
            let s = self.deref(r, &ptr, diags).map(|(s, _)| s);
            resolved.push((r, ptr, s));
        }
        // oneOf of string enums (with a stray `type: object` beside): the
        // enums are the intent, so the union is one enum of all their values.
        if resolved
            .iter()
            .all(|(_, _, s)| s.is_some_and(|s| is_plain_string_enum(&Flat::of(s))))
        {
            let mut values = Vec::new();
            for (_, _, s) in &resolved {
                for v in Self::enum_values(&Flat::of(s.expect("checked"))) {
                    if !values.contains(&v) {
                        values.push(v);
                    }
                }
            }
            if let Some(id) = this {
                let mut sorted = values.clone();
                sorted.sort();
                if let Some(existing) = self.enums.get(&sorted).copied() {
                    if existing != id {
                        return DefKind::Alias(Ty::Named(existing));
                    }
                }
                self.enums.insert(sorted, id);
                return DefKind::Enum(enum_variants(&values));
            }
            return DefKind::Alias(Ty::Named(self.enum_from_values(
                values,
                at,
                name,
                flat.description(),
                flat.deprecated(),
            )));
        }

        // Declared discriminator: dispatch on the mapping; branches missing
        // from the mapping are keyed by their schema name (the OpenAPI rule).
        if let Some(disc) = flat.discriminator() {
            let mut targets = mapping_targets(disc);
            for (r, _, _) in &resolved {
                if let SchemaRef::Ref(reference) = r {
                    if !targets.contains_key(reference) {
                        if let Some(n) = component_name(reference) {
                            targets.insert(reference, vec![n.to_owned()]);
                        }
                    }
                }
            }
            for (r, ptr, _) in &resolved {
                if let SchemaRef::Inline(_) = r {
                    diags.warn("inline-discriminated-branch", ptr, "inline branch of a discriminated union has no tag value; it is only reached through Unknown");
                }
            }
            let u = Union {
                tag: Some(disc.property_name.clone()),
                variants: self.mapped_variants(&targets, at, name, this, diags),
                declared: true,
            };
            return self.with_own_properties(flat, at, name, u, diags);
        }

        // No discriminator: infer a tag when every branch pins the same
        // property to a distinct single value; otherwise best-fit by shape.
        let mut variant_names = NameTable::new();
        variant_names.reserve("Unknown");
        let mut variants: Vec<UnionVariant> = Vec::new();
        let tag = infer_tag(
            &resolved.iter().map(|(_, _, s)| *s).collect::<Vec<_>>(),
            self,
            diags,
        );
        for (i, (r, ptr, s)) in resolved.iter().enumerate() {
            let hint_base = match r {
                SchemaRef::Ref(reference) => component_name(reference)
                    .map(pascal_ident)
                    .unwrap_or_else(|| format!("Variant{i}")),
                SchemaRef::Inline(_) => format!("Variant{i}"),
            };
            let keys = match (&tag, s) {
                (Some(t), Some(s)) => single_value_of(s, t, self, diags).into_iter().collect(),
                _ => Vec::new(),
            };
            let ident_want = match (&tag, keys.first()) {
                (Some(_), Some(k)) => pascal_ident(k),
                _ => hint_base.clone(),
            };
            let ident = variant_names.claim(&ident_want);
            let ty = self.ty_of(*r, ptr, &format!("{name}{ident}"), diags);
            let shape = match s {
                Some(s) => self.shape_of(s, ptr, diags),
                None => Shape::Any,
            };
            variants.push(UnionVariant {
                ident,
                keys,
                ty,
                boxed: false,
                shape,
            });
        }
        let u = Union {
            tag,
            variants,
            declared: false,
        };
        self.with_own_properties(flat, at, name, u, diags)
    }

    /// `discriminator.mapping` without oneOf: the mapping lists the variants.
    fn mapping_union(
        &mut self,
        flat: &Flat<'a>,
        at: &str,
        name: &str,
        this: Option<TypeId>,
        diags: &mut Diagnostics,
    ) -> DefKind {
        let disc = flat.discriminator().expect("caller checked");
        let targets = mapping_targets(disc);
        let variants = self.mapped_variants(&targets, at, name, this, diags);
        DefKind::Union(Union {
            tag: Some(disc.property_name.clone()),
            variants,
            declared: true,
        })
    }

    /// One variant per mapping target (keys that share a target share it).
    fn mapped_variants(
        &mut self,
        targets: &IndexMap<&'a str, Vec<String>>,
        at: &str,
        name: &str,
        this: Option<TypeId>,
        diags: &mut Diagnostics,
    ) -> Vec<UnionVariant> {
        let mut variant_names = NameTable::new();
        variant_names.reserve("Unknown");
        let mut variants = Vec::new();
        let map_at = join(&format!("{at}/discriminator"), "mapping");
        for (target, keys) in targets {
            let ident_want = if keys.len() == 1 {
                pascal_ident(&keys[0])
            } else {
                component_name(target)
                    .map(pascal_ident)
                    .unwrap_or_else(|| pascal_ident(&keys[0]))
            };
            let ident = variant_names.claim(&ident_want);
            let mut ty = self.ty_of(
                SchemaRef::Ref(target),
                &map_at,
                &format!("{name}{ident}"),
                diags,
            );
            let schema = self.resolve(target, &map_at, diags).map(|(s, _)| s);
            // A mapping that names the union itself: the variant is the plain
            // object form of the schema, not the union (which would recurse).
            if this.is_some() && ty == Ty::Named(this.expect("checked")) {
                if let Some(s) = schema {
                    let mut acc = Collected::default();
                    let f = Flat::of(s);
                    let ptr = at.to_owned();
                    self.collect(&f, &ptr, &mut acc, diags);
                    let st = self.struct_from(acc, &format!("{name}{ident}"), diags);
                    let id = self.new_def(
                        &format!("{at}#self"),
                        &format!("{name}{ident}"),
                        f.description(),
                        f.deprecated(),
                        DefKind::Struct(st),
                    );
                    ty = Ty::Named(id);
                }
            }
            let shape = match schema {
                Some(s) => self.shape_of(s, &map_at, diags),
                None => Shape::Any,
            };
            variants.push(UnionVariant {
                ident,
                keys: keys.clone(),
                ty,
                boxed: false,
                shape,
            });
        }
        variants
    }

    /// oneOf beside own properties that the branches lack: a struct of the
    /// own properties with the union flattened into it, so nothing is lost.
    fn with_own_properties(
        &mut self,
        flat: &Flat<'a>,
        at: &str,
        name: &str,
        u: Union,
        diags: &mut Diagnostics,
    ) -> DefKind {
        let Some(own) = flat.properties.filter(|p| !p.is_empty()) else {
            return DefKind::Union(u);
        };
        let mut missing = false;
        for v in &u.variants {
            let Shape::Object { known, .. } = &v.shape else {
                missing = true;
                break;
            };
            if own.keys().any(|k| !known.contains(k)) {
                missing = true;
                break;
            }
        }
        if !missing {
            return DefKind::Union(u);
        }
        let doc = format!("The variant part of [`{name}`].");
        let uid = self.new_def(
            &format!("{at}#union"),
            &format!("{name}Kind"),
            Some(&doc),
            false,
            DefKind::Union(u),
        );
        let mut acc = Collected::default();
        let own_only = Flat {
            properties: flat.properties,
            required: flat.required,
            data: flat.data,
            ..Flat::default()
        };
        self.collect(&own_only, at, &mut acc, diags);
        let mut st = self.struct_from(acc, name, diags);
        st.flatten = Some(Ty::Named(uid));
        DefKind::Struct(st)
    }

    /// The JSON shape of a schema, for ranking untagged variants.
    fn shape_of(&mut self, s: &'a Schema, at: &str, diags: &mut Diagnostics) -> Shape {
        let f = Flat::of(s);
        if !f.one_of.is_empty() || !f.any_of.is_empty() {
            return Shape::Any;
        }
        if !f.all_of.is_empty()
            || f.has_properties()
            || (f.typ == Some("object") && f.enum_values.is_empty())
        {
            let mut acc = Collected::default();
            self.collect(&f, at, &mut acc, diags);
            let known: Vec<String> = acc.props.keys().cloned().collect();
            let required: Vec<String> = acc
                .required
                .iter()
                .filter(|r| acc.props.contains_key(*r))
                .cloned()
                .collect();
            return Shape::Object { required, known };
        }
        match f.typ {
            Some("string") => Shape::String,
            Some("integer") => Shape::Integer,
            Some("number") => Shape::Number,
            Some("boolean") => Shape::Boolean,
            Some("array") => Shape::Array,
            _ if !f.enum_values.is_empty() => Shape::String,
            _ => Shape::Any,
        }
    }

    /// Sets `boxed` on every field and variant that would make a type
    /// contain itself, and decides which structs can derive `Default`.
    pub fn finish(&mut self) {
        let n = self.defs.len();
        let mut edges: Vec<Vec<TypeId>> = vec![Vec::new(); n];
        for (id, def) in self.defs.iter().enumerate() {
            match &def.kind {
                DefKind::Struct(s) => {
                    for f in &s.fields {
                        if let Ty::Named(t) = f.ty {
                            edges[id].push(t);
                        }
                    }
                    if let Some(Ty::Named(t)) = s.flatten {
                        edges[id].push(t);
                    }
                }
                DefKind::Union(u) => {
                    for v in &u.variants {
                        if let Ty::Named(t) = v.ty {
                            edges[id].push(t);
                        }
                    }
                }
                DefKind::Alias(Ty::Named(t)) => edges[id].push(*t),
                _ => {}
            }
        }
        let scc = tarjan(&edges);
        for id in 0..n {
            let same = |t: TypeId| scc[t] == scc[id];
            match &mut self.defs[id].kind {
                DefKind::Struct(s) => {
                    for f in &mut s.fields {
                        if let Ty::Named(t) = f.ty {
                            f.boxed = same(t);
                        }
                    }
                }
                DefKind::Union(u) => {
                    for v in &mut u.variants {
                        if let Ty::Named(t) = v.ty {
                            v.boxed = same(t);
                        }
                    }
                }
                _ => {}
            }
        }
        // Default: structs whose required fields all have defaults.
        let mut changed = true;
        while changed {
            changed = false;
            for id in 0..n {
                if self.defs[id].default {
                    continue;
                }
                let ok = match &self.defs[id].kind {
                    DefKind::Struct(s) => {
                        s.fields
                            .iter()
                            .all(|f| f.optional || f.nullable || self.ty_has_default(&f.ty))
                            && s.flatten.as_ref().is_none_or(|t| self.ty_has_default(t))
                    }
                    DefKind::Alias(t) => self.ty_has_default(t),
                    _ => false,
                };
                if ok {
                    self.defs[id].default = true;
                    changed = true;
                }
            }
        }
    }

    fn ty_has_default(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Named(id) => self.defs[*id].default,
            Ty::DateTime | Ty::Date => false,
            _ => true,
        }
    }
}

/// `discriminator.mapping` grouped by target, keys in spec order.
fn mapping_targets(disc: &openapiv3::Discriminator) -> IndexMap<&str, Vec<String>> {
    let mut targets: IndexMap<&str, Vec<String>> = IndexMap::new();
    for (k, target) in &disc.mapping {
        targets.entry(target.as_str()).or_default().push(k.clone());
    }
    targets
}

/// Strongly connected components (Tarjan), iterative; returns a component
/// index per node. Nodes in the same component reach each other, and a
/// self-loop puts a node in a cycle with itself.
fn tarjan(edges: &[Vec<TypeId>]) -> Vec<usize> {
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut comp = vec![usize::MAX; n];
    let mut next_index = 0;
    let mut next_comp = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut ei)) = work.last_mut() {
            if *ei == 0 && index[v] == usize::MAX {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if *ei < edges[v].len() {
                let w = edges[v][*ei];
                *ei += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                loop {
                    let w = stack.pop().expect("tarjan stack");
                    on_stack[w] = false;
                    comp[w] = next_comp;
                    if w == v {
                        break;
                    }
                }
                next_comp += 1;
            }
        }
    }
    // A node alone in its component is only cyclic with a self-loop.
    let mut sizes = vec![0usize; next_comp];
    for &c in &comp {
        sizes[c] += 1;
    }
    let mut out = comp.clone();
    for v in 0..n {
        if sizes[comp[v]] == 1 && !edges[v].contains(&v) {
            // Give it a unique id that no neighbour shares.
            out[v] = next_comp + v;
        }
    }
    out
}

/// Integer, number and boolean enums stay primitives (their values rarely
/// name anything); the allowed values go into the docs instead of being lost.
fn with_allowed_values(description: Option<&str>, target: Option<Flat<'_>>) -> Option<String> {
    let values: Vec<String> = target
        .map(|t| {
            t.enum_values
                .iter()
                .filter(|v| !v.is_string())
                .map(Value::to_string)
                .collect()
        })
        .unwrap_or_default();
    match (description, values.is_empty()) {
        (d, true) => d.map(str::to_owned),
        (Some(d), false) => Some(format!("{d}\n\nAllowed values: {}.", values.join(", "))),
        (None, false) => Some(format!("Allowed values: {}.", values.join(", "))),
    }
}

fn enum_variants(values: &[String]) -> Enum {
    let mut table = NameTable::new();
    // The catch-all is always `Unknown(String)`; a wire value "UNKNOWN"
    // becomes `UnknownValue`.
    table.reserve("Unknown");
    let variants = values
        .iter()
        .map(|v| {
            let mut want = pascal_ident(v);
            if want == "Unknown" {
                want = "UnknownValue".to_owned();
            }
            EnumVariant {
                ident: table.claim(&want),
                wire: v.clone(),
            }
        })
        .collect();
    Enum { variants }
}

pub fn is_plain_string_enum(flat: &Flat<'_>) -> bool {
    !flat.enum_values.is_empty()
        && flat.enum_values.iter().all(Value::is_string)
        && !flat.has_properties()
        && flat.one_of.is_empty()
        && flat.all_of.is_empty()
        && flat.any_of.is_empty()
}

/// `allOf`/`oneOf`/`anyOf` with exactly one member and nothing else of
/// substance beside it: a wrapper that only adds a description.
fn single_wrapped<'a>(flat: &Flat<'a>) -> Option<SchemaRef<'a>> {
    if flat.has_properties() || !flat.enum_values.is_empty() || flat.discriminator().is_some() {
        return None;
    }
    let lists = [flat.all_of, flat.one_of, flat.any_of];
    let non_empty: Vec<_> = lists.iter().filter(|l| !l.is_empty()).collect();
    if non_empty.len() == 1 && non_empty[0].len() == 1 {
        Some(SchemaRef::from_plain(&non_empty[0][0]))
    } else {
        None
    }
}

fn wrapper_key(flat: &Flat<'_>) -> &'static str {
    if !flat.all_of.is_empty() {
        "allOf"
    } else if !flat.one_of.is_empty() {
        "oneOf"
    } else {
        "anyOf"
    }
}

/// The one value a branch pins `prop` to (a single-value string enum), if any.
fn single_value_of<'a>(
    s: &'a Schema,
    prop: &str,
    space: &mut TypeSpace<'a>,
    diags: &mut Diagnostics,
) -> Option<String> {
    let mut acc = Collected::default();
    space.collect(&Flat::of(s), "#", &mut acc, diags);
    let (r, ptr) = acc.props.get(prop)?.clone();
    let (ps, _) = space.deref(r, &ptr, diags)?;
    let f = Flat::of(ps);
    match f.enum_values.as_slice() {
        [Value::String(v)] => Some(v.clone()),
        _ => None,
    }
}

/// A tag shared by all branches: a property every branch pins to its own
/// single value. Preferred name order: `type`, then any other.
fn infer_tag<'a>(
    branches: &[Option<&'a Schema>],
    space: &mut TypeSpace<'a>,
    diags: &mut Diagnostics,
) -> Option<String> {
    if branches.len() < 2 || branches.iter().any(Option::is_none) {
        return None;
    }
    let first = branches[0].expect("checked");
    let mut acc = Collected::default();
    let mut scratch = Diagnostics::default();
    space.collect(&Flat::of(first), "#", &mut acc, &mut scratch);
    let mut candidates: Vec<String> = acc.props.keys().cloned().collect();
    candidates.sort_by_key(|c| (c != "type", c.clone()));
    'next: for c in candidates {
        let mut seen = BTreeSet::new();
        for b in branches {
            match single_value_of(b.expect("checked"), &c, space, &mut scratch) {
                Some(v) if seen.insert(v.clone()) => {}
                _ => continue 'next,
            }
        }
        let _ = diags;
        return Some(c);
    }
    None
}
