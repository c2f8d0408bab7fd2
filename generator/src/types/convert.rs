//! Which kind of type a schema becomes: a primitive, a container of other
//! types, or a def (struct, enum, union, alias) of its own.

use super::{DefKind, Site, Ty, TypeSpace, is_plain_string_enum, space::placeholder};
use crate::schema::{Flat, SchemaRef};
use openapiv3::{AdditionalProperties, ReferenceOr, Schema};
use serde_json::Value;

impl<'a> TypeSpace<'a> {
    /// An inline schema: primitives and containers map directly; anything
    /// that needs a name becomes a new def.
    pub(super) fn inline_ty(&mut self, flat: &Flat<'a>, at: &str, hint: &str) -> Ty {
        // A lone allOf/oneOf/anyOf around one schema just annotates it.
        if let Some((single, key)) = single_wrapped(flat) {
            return self.ty_of(single, &format!("{at}/{key}/0"), hint);
        }
        if is_plain_string_enum(flat) {
            return Ty::Named(self.enum_def(flat, at, hint));
        }
        if let Some(ty) = self.simple_ty(flat, at, hint) {
            return ty;
        }
        let id = self.new_def(
            at,
            hint,
            flat.description(),
            flat.deprecated(),
            placeholder(),
        );
        let name = self.defs[id].name.clone();
        self.remember_inline(at, Ty::Named(id));
        let site = Site {
            flat,
            at,
            name: &name,
            this: id,
        };
        self.defs[id].kind = self.kind_of(site);
        Ty::Named(id)
    }

    /// Types that need no def of their own: primitives, arrays, maps and
    /// free-form objects. `None` means the schema needs a named def.
    pub(super) fn simple_ty(&mut self, flat: &Flat<'a>, at: &str, hint: &str) -> Option<Ty> {
        let composed = !flat.one_of.is_empty() || !flat.any_of.is_empty();
        if composed || !flat.all_of.is_empty() {
            return None;
        }
        if flat.discriminator().is_some_and(|d| !d.mapping.is_empty()) {
            return None;
        }
        if flat.has_not {
            self.diags.warn(
                "unsupported-not",
                at,
                "`not` schemas are not supported; using serde_json::Value",
            );
            return Some(Ty::Json);
        }
        if !flat.enum_values.is_empty() && !flat.enum_values.iter().all(Value::is_string) {
            // Integer/number/boolean enums: the primitive type, values in docs.
            return Some(self.primitive(flat, at));
        }
        if flat.has_properties() {
            return None;
        }
        let map_like = flat.additional.is_some() || flat.properties.is_some();
        Some(match flat.typ {
            Some("array") => self.array_ty(flat.items, at, hint),
            Some("object") => self.map_ty(flat.additional, at, hint),
            None if map_like => self.map_ty(flat.additional, at, hint),
            // No type: items make it an array, anything else is free JSON.
            None if flat.items.is_some() => self.array_ty(flat.items, at, hint),
            None => Ty::Json,
            Some(_) => self.primitive(flat, at),
        })
    }

    fn array_ty(
        &mut self,
        items: Option<&'a ReferenceOr<Box<Schema>>>,
        at: &str,
        hint: &str,
    ) -> Ty {
        let item = match items {
            Some(items) => {
                let r = SchemaRef::from_boxed(items);
                let at = format!("{at}/items");
                self.warn_nullable_element(r, &at);
                self.ty_of(r, &at, &format!("{hint}Item"))
            }
            None => Ty::Json,
        };
        Ty::Vec(Box::new(item))
    }

    /// `Vec<T>` and map values hold no `null`: an element schema that
    /// allows it is warned about (a null element fails decoding).
    pub(super) fn warn_nullable_element(&mut self, r: SchemaRef<'a>, at: &str) {
        if self.peek(r).is_some_and(|s| s.schema_data.nullable) {
            self.diags.warn(
                "nullable-element",
                at,
                "elements may be null, which the generated collection does not hold: a null element fails decoding",
            );
        }
    }

    pub(super) fn map_ty(
        &mut self,
        additional: Option<&'a AdditionalProperties>,
        at: &str,
        hint: &str,
    ) -> Ty {
        match additional {
            Some(AdditionalProperties::Schema(s)) => {
                let r = SchemaRef::from_plain(s);
                let at = format!("{at}/additionalProperties");
                self.warn_nullable_element(r, &at);
                Ty::Map(Box::new(self.ty_of(r, &at, &format!("{hint}Value"))))
            }
            Some(AdditionalProperties::Any(true)) => Ty::Map(Box::new(Ty::Json)),
            // A free-form object.
            _ => Ty::Json,
        }
    }

    fn primitive(&mut self, flat: &Flat<'a>, at: &str) -> Ty {
        let format = flat.format.as_deref();
        match flat.typ {
            Some("string") => match format {
                Some("date-time") => Ty::DateTime,
                Some("date") => Ty::Date,
                // Inside a JSON document binary content can only be a JSON
                // string; whole binary bodies are `SuccessKind::Bytes`.
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
                self.diags.warn(
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
    pub(super) fn kind_of(&mut self, site: Site<'_, 'a>) -> DefKind {
        let flat = site.flat;
        if let Some((single, key)) = single_wrapped(flat) {
            let at = format!("{}/{key}/0", site.at);
            return DefKind::Alias(self.ty_of(single, &at, site.name));
        }
        if !flat.one_of.is_empty() || !flat.any_of.is_empty() {
            return self.union_kind(site);
        }
        if flat.discriminator().is_some_and(|d| !d.mapping.is_empty()) {
            return self.mapping_union(site);
        }
        if is_plain_string_enum(flat) {
            return self.enum_kind(flat, site.this);
        }
        if !flat.all_of.is_empty() || flat.has_properties() {
            return DefKind::Struct(self.struct_of(flat, site.at, site.name));
        }
        match self.simple_ty(flat, site.at, site.name) {
            Some(ty) => DefKind::Alias(ty),
            None => DefKind::Struct(self.struct_of(flat, site.at, site.name)),
        }
    }
}

/// `allOf`/`oneOf`/`anyOf` with exactly one member and nothing else of
/// substance beside it: a wrapper that only adds a description. Returns
/// the member and the keyword that holds it.
pub(super) fn single_wrapped<'a>(flat: &Flat<'a>) -> Option<(SchemaRef<'a>, &'static str)> {
    if flat.has_properties() || !flat.enum_values.is_empty() || flat.discriminator().is_some() {
        return None;
    }
    let lists = [
        (flat.all_of, "allOf"),
        (flat.one_of, "oneOf"),
        (flat.any_of, "anyOf"),
    ];
    let mut non_empty = lists.iter().filter(|(l, _)| !l.is_empty());
    match (non_empty.next(), non_empty.next()) {
        (Some(([only], key)), None) => Some((SchemaRef::from_plain(only), key)),
        _ => None,
    }
}
