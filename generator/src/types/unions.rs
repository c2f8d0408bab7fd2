//! `oneOf`/`anyOf` and discriminators → [`Union`]s: dispatched on a declared
//! discriminator, on a tag every branch pins, or by the shape of the value.

use super::enums::enum_values;
use super::is_plain_string_enum;
use super::structs::Collected;
use super::{Added, DefKind, Shape, Site, Struct, Ty, TypeId, TypeSpace, Union, UnionVariant};
use crate::diag::{escape_segment, join};
use crate::naming::{NameTable, pascal_ident};
use crate::schema::{Flat, SchemaRef, component_name};
use indexmap::IndexMap;
use openapiv3::Schema;
use serde_json::Value;
use std::collections::BTreeSet;

/// One branch of a oneOf/anyOf: how it is written, where, and the schema
/// it leads to (`None` when its `$ref` dangles).
#[derive(Clone, Copy)]
struct Branch<'p, 'a> {
    r: SchemaRef<'a>,
    at: &'p str,
    schema: Option<&'a Schema>,
}

/// Mapping targets (`$ref`s) with the tag values that select each.
type Targets<'a> = IndexMap<&'a str, Vec<String>>;

impl<'a> TypeSpace<'a> {
    /// oneOf/anyOf (with or without discriminator).
    pub(super) fn union_kind(&mut self, site: Site<'_, 'a>) -> DefKind {
        let (list, key) = if !site.flat.one_of.is_empty() {
            (site.flat.one_of, "oneOf")
        } else {
            (site.flat.any_of, "anyOf")
        };
        let pointers: Vec<String> = (0..list.len())
            .map(|i| format!("{}/{key}/{i}", site.at))
            .collect();
        let branches: Vec<Branch<'_, 'a>> = list
            .iter()
            .zip(&pointers)
            .map(|(b, at)| {
                let r = SchemaRef::from_plain(b);
                let schema = self.deref(r, at).map(|(s, _)| s);
                Branch { r, at, schema }
            })
            .collect();
        // oneOf of string enums (with a stray `type: object` beside): the
        // enums are the intent, so the union is one enum of all their values.
        if let Some(values) = enum_branch_values(&branches) {
            return self.owned_enum(values, site.this);
        }
        let union = match site.flat.discriminator() {
            Some(disc) => self.declared_union(site, disc, &branches),
            None => self.inferred_union(site, &branches),
        };
        self.with_own_properties(site, union)
    }

    /// A declared discriminator: dispatch on the mapping; branches missing
    /// from the mapping are keyed by their schema name (the OpenAPI rule).
    fn declared_union(
        &mut self,
        site: Site<'_, 'a>,
        disc: &'a openapiv3::Discriminator,
        branches: &[Branch<'_, 'a>],
    ) -> Union {
        let mut targets = mapping_targets(disc);
        for b in branches {
            match b.r {
                SchemaRef::Ref(reference) => {
                    if let (false, Some(n)) = (targets.contains_key(reference), component_name(reference)) {
                        targets.insert(reference, vec![n.to_owned()]);
                    }
                }
                SchemaRef::Inline(_) => self.diags.warn(
                    "inline-discriminated-branch",
                    b.at,
                    "inline branch of a discriminated union has no tag value; it is only reached through Unknown",
                ),
            }
        }
        Union {
            tag: Some(disc.property_name.clone()),
            variants: self.mapped_variants(&targets, site),
            declared: true,
        }
    }

    /// No discriminator: a tag when every branch pins the same property to
    /// a distinct single value; otherwise best fit by shape.
    fn inferred_union(&mut self, site: Site<'_, 'a>, branches: &[Branch<'_, 'a>]) -> Union {
        let schemas: Vec<Option<&'a Schema>> = branches.iter().map(|b| b.schema).collect();
        let tag = self.quietly(|space| space.infer_tag(&schemas));
        let mut variant_names = NameTable::new();
        variant_names.reserve("Unknown");
        let mut variants = Vec::new();
        for (i, b) in branches.iter().enumerate() {
            let keys: Vec<String> = match (&tag, b.schema) {
                (Some(t), Some(s)) => self.single_value_of(s, t).into_iter().collect(),
                _ => Vec::new(),
            };
            let ident_want = match (&tag, keys.first()) {
                (Some(_), Some(k)) => pascal_ident(k),
                _ => branch_name(b.r, i),
            };
            let ident = variant_names.claim(&ident_want);
            let ty = self.ty_of(b.r, b.at, &format!("{}{ident}", site.name));
            let shape = match b.schema {
                Some(s) => self.shape_of(s, b.at),
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
        Union {
            tag,
            variants,
            declared: false,
        }
    }

    /// `discriminator.mapping` without oneOf: the mapping lists the variants.
    pub(super) fn mapping_union(&mut self, site: Site<'_, 'a>) -> DefKind {
        let Some(disc) = site.flat.discriminator() else {
            return DefKind::Alias(Ty::Json);
        };
        let targets = mapping_targets(disc);
        DefKind::Union(Union {
            tag: Some(disc.property_name.clone()),
            variants: self.mapped_variants(&targets, site),
            declared: true,
        })
    }

    /// One variant per mapping target (keys that share a target share it).
    fn mapped_variants(&mut self, targets: &Targets<'a>, site: Site<'_, 'a>) -> Vec<UnionVariant> {
        let mut variant_names = NameTable::new();
        variant_names.reserve("Unknown");
        let map_at = join(&format!("{}/discriminator", site.at), "mapping");
        let mut variants = Vec::new();
        for (target, keys) in targets {
            // One key names the variant; several, the schema they share.
            let ident_want = match keys.as_slice() {
                [only] => pascal_ident(only),
                _ => pascal_ident(
                    component_name(target)
                        .or(keys.first().map(String::as_str))
                        .unwrap_or_default(),
                ),
            };
            let ident = variant_names.claim(&ident_want);
            let hint = format!("{}{ident}", site.name);
            let mut ty = self.ty_of(SchemaRef::Ref(target), &map_at, &hint);
            let schema = self.resolve(target, &map_at).map(|(s, _)| s);
            // A mapping that names the union itself, or a schema that only
            // wraps it (`allOf: [$ref: the union]`): the variant is the plain
            // object form of the schema, not the union, whose decoding
            // would call itself without end.
            if let Some(s) = schema {
                if ty == Ty::Named(site.this) {
                    ty = Ty::Named(self.object_form(s, &format!("{}#self", site.at), &hint));
                } else if self.only_wraps(target, site.this) {
                    ty = Ty::Named(self.object_form(
                        s,
                        &format!(
                            "{map_at}/{}#object",
                            escape_segment(keys.first().map_or("", String::as_str))
                        ),
                        &hint,
                    ));
                }
            }
            let shape = match schema {
                Some(s) => self.shape_of(s, &map_at),
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

    /// Whether a `$ref` leads, through schemas that only wrap another
    /// (a lone `allOf`/`oneOf`/`anyOf` member), to the def `this`.
    fn only_wraps(&self, reference: &str, this: TypeId) -> bool {
        let mut current = reference;
        for _ in 0..self.defs.len() {
            let Some(schema) = self.peek(SchemaRef::Ref(current)) else {
                return false;
            };
            match super::convert::single_wrapped(&Flat::of(schema)) {
                Some((SchemaRef::Ref(next), _)) => {
                    if component_name(next).and_then(|n| self.component_id(n)) == Some(this) {
                        return true;
                    }
                    current = next;
                }
                _ => return false,
            }
        }
        false
    }

    /// The properties of a schema as a struct def of their own (at the
    /// pointer `def_at`), for a variant that would otherwise be the union.
    fn object_form(&mut self, s: &'a Schema, def_at: &str, name: &str) -> TypeId {
        let f = Flat::of(s);
        let at = def_at.rsplit_once('#').map_or(def_at, |(at, _)| at);
        let st = self.struct_of(&f, at, name);
        self.new_def(
            def_at,
            name,
            f.description(),
            f.deprecated(),
            DefKind::Struct(st),
        )
    }

    /// oneOf beside own properties that the branches lack: a struct of the
    /// own properties with the union flattened into it, so nothing is lost.
    fn with_own_properties(&mut self, site: Site<'_, 'a>, u: Union) -> DefKind {
        let Some(own) = site.flat.properties.filter(|p| !p.is_empty()) else {
            return DefKind::Union(u);
        };
        let branches_have_all = u.variants.iter().all(|v| match &v.shape {
            Shape::Object { known, .. } => own.keys().all(|k| known.contains(k)),
            _ => false,
        });
        if branches_have_all {
            return DefKind::Union(u);
        }
        let doc = format!("The variant part of [`{}`].", site.name);
        let uid = self.new_def(
            &format!("{}#union", site.at),
            &format!("{}Kind", site.name),
            Some(&doc),
            false,
            DefKind::Union(u),
        );
        let own_only = Flat {
            properties: site.flat.properties,
            required: site.flat.required,
            data: site.flat.data,
            ..Flat::default()
        };
        let st = self.struct_of(&own_only, site.at, site.name);
        DefKind::Struct(Struct {
            flatten: Some(Added::beside(&st.fields, "kind", Ty::Named(uid))),
            ..st
        })
    }

    /// The JSON shape of a schema, for ranking untagged variants.
    fn shape_of(&mut self, s: &'a Schema, at: &str) -> Shape {
        let f = Flat::of(s);
        if !f.one_of.is_empty() || !f.any_of.is_empty() {
            return Shape::Any;
        }
        let object_like = f.typ == Some("object") && f.enum_values.is_empty();
        if !f.all_of.is_empty() || f.has_properties() || object_like {
            let mut acc = Collected::default();
            self.collect(&f, at, &mut acc);
            let known: Vec<String> = acc.props.keys().cloned().collect();
            let required = acc
                .required
                .into_iter()
                .filter(|r| acc.props.contains_key(r))
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

    /// The one value a branch pins `prop` to (a single-value string enum), if any.
    fn single_value_of(&mut self, s: &'a Schema, prop: &str) -> Option<String> {
        let mut acc = Collected::default();
        self.collect(&Flat::of(s), "#", &mut acc);
        let (r, ptr) = acc.props.get(prop)?.clone();
        let (ps, _) = self.deref(r, &ptr)?;
        match Flat::of(ps).enum_values.as_slice() {
            [Value::String(v)] => Some(v.clone()),
            _ => None,
        }
    }

    /// A tag shared by all branches: a property every branch pins to its own
    /// single value. Preferred name order: `type`, then any other.
    fn infer_tag(&mut self, branches: &[Option<&'a Schema>]) -> Option<String> {
        let schemas: Vec<&'a Schema> = branches.iter().copied().collect::<Option<_>>()?;
        let [first, _, ..] = schemas.as_slice() else {
            return None;
        };
        let mut acc = Collected::default();
        self.collect(&Flat::of(first), "#", &mut acc);
        let mut candidates: Vec<String> = acc.props.keys().cloned().collect();
        candidates.sort_by_key(|c| (c != "type", c.clone()));
        candidates.into_iter().find(|c| {
            let mut seen = BTreeSet::new();
            schemas
                .iter()
                .all(|s| self.single_value_of(s, c).is_some_and(|v| seen.insert(v)))
        })
    }
}

/// The values of a union whose branches are all plain string enums, in
/// order of first appearance; `None` when any branch is something else.
fn enum_branch_values(branches: &[Branch<'_, '_>]) -> Option<Vec<String>> {
    let mut values = Vec::new();
    for b in branches {
        let flat = Flat::of(b.schema?);
        if !is_plain_string_enum(&flat) {
            return None;
        }
        for v in enum_values(&flat) {
            if !values.contains(&v) {
                values.push(v);
            }
        }
    }
    Some(values)
}

/// The variant name of an untagged branch: its component's name, else its place.
fn branch_name(r: SchemaRef<'_>, i: usize) -> String {
    match r {
        SchemaRef::Ref(reference) => component_name(reference)
            .map(pascal_ident)
            .unwrap_or_else(|| format!("Variant{i}")),
        SchemaRef::Inline(_) => format!("Variant{i}"),
    }
}

/// `discriminator.mapping` grouped by target, keys in spec order.
fn mapping_targets(disc: &openapiv3::Discriminator) -> Targets<'_> {
    let mut targets: Targets<'_> = IndexMap::new();
    for (k, target) in &disc.mapping {
        targets.entry(target.as_str()).or_default().push(k.clone());
    }
    targets
}
