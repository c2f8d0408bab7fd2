//! Objects: properties gathered from a schema and its `allOf` members,
//! then one [`Field`] per property.

use super::{Access, Added, Field, Presence, Struct, Ty, TypeSpace};
use crate::diag::escape_segment;
use crate::naming::{NameTable, pascal_ident, snake_ident};
use crate::schema::{Flat, SchemaRef};
use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema};
use serde_json::Value;
use std::collections::BTreeSet;

/// Properties collected from an object and its allOf members.
#[derive(Default)]
pub(super) struct Collected<'a> {
    /// Property name → its schema and pointer, in the order met.
    pub props: IndexMap<String, (SchemaRef<'a>, String)>,
    pub required: BTreeSet<String>,
    pub additional: Option<(&'a AdditionalProperties, String)>,
}

impl<'a> TypeSpace<'a> {
    /// Gathers properties from the schema and, recursively, its allOf members.
    /// The members' own oneOf/discriminator are ignored: a child that
    /// `allOf`s its parent inherits the parent's fields, not its union.
    pub(super) fn collect(&mut self, flat: &Flat<'a>, at: &str, acc: &mut Collected<'a>) {
        for (i, member) in flat.all_of.iter().enumerate() {
            self.collect_member(member, &format!("{at}/allOf/{i}"), acc);
        }
        if let Some(props) = flat.properties {
            for (k, v) in props {
                let ptr = format!("{at}/properties/{}", escape_segment(k));
                acc.props.insert(k.clone(), (SchemaRef::from_boxed(v), ptr));
            }
        }
        acc.required.extend(flat.required.iter().cloned());
        if let Some(a) = flat.additional {
            acc.additional = Some((a, format!("{at}/additionalProperties")));
        }
    }

    /// One allOf member; a referenced component is merged at most once per
    /// chain, so `A allOf B allOf A` ends with a warning.
    fn collect_member(
        &mut self,
        member: &'a ReferenceOr<Schema>,
        at: &str,
        acc: &mut Collected<'a>,
    ) {
        let r = SchemaRef::from_plain(member);
        let guard = match r {
            SchemaRef::Ref(reference) => Some(reference.to_owned()),
            SchemaRef::Inline(_) => None,
        };
        if let Some(g) = &guard {
            if self.merging.contains(g) {
                self.diags.warn(
                    "allof-cycle",
                    at,
                    format!("allOf reaches {g} again; its properties are merged once"),
                );
                return;
            }
            self.merging.push(g.clone());
        }
        if let Some((schema, ptr)) = self.deref(r, at) {
            let member_flat = Flat::of(schema);
            // Inline members keep the allOf pointer; references their own.
            let ptr = if guard.is_some() { ptr } else { at.to_owned() };
            self.collect(&member_flat, &ptr, acc);
            if member_flat.has_not {
                self.diags
                    .warn("unsupported-not", &ptr, "`not` inside allOf is ignored");
            }
        }
        if guard.is_some() {
            self.merging.pop();
        }
    }

    pub(super) fn struct_of(&mut self, flat: &Flat<'a>, at: &str, name: &str) -> Struct {
        let mut acc = Collected::default();
        self.collect(flat, at, &mut acc);
        self.struct_from(acc, name)
    }

    pub(super) fn struct_from(&mut self, acc: Collected<'a>, name: &str) -> Struct {
        let mut idents = NameTable::new();
        let mut fields = Vec::new();
        for (wire, (r, ptr)) in acc.props {
            let required = acc.required.contains(&wire);
            let ident = idents.claim(&snake_ident(&wire));
            fields.push(self.field(ident, wire, r, &ptr, required, name));
        }
        let additional = acc.additional.and_then(|(a, ptr)| match a {
            AdditionalProperties::Any(false) => None,
            other => match self.map_ty(Some(other), &ptr, &format!("{name}Extra")) {
                Ty::Map(v) => Some(Added::beside(&fields, "additional_properties", *v)),
                _ => None,
            },
        });
        Struct {
            fields,
            additional,
            flatten: None,
        }
    }

    /// One property of the struct `owner`.
    fn field(
        &mut self,
        ident: String,
        wire: String,
        r: SchemaRef<'a>,
        ptr: &str,
        required: bool,
        owner: &str,
    ) -> Field {
        let target = self.deref(r, ptr).map(|(s, _)| s);
        // Descriptions and flags live on the property itself (for a $ref,
        // on the referenced schema).
        let prop_flat = match r {
            SchemaRef::Inline(s) => Flat::of(s),
            SchemaRef::Ref(_) => target.map(Flat::of).unwrap_or_default(),
        };
        let ty = self.field_ty(r, &prop_flat, &wire, ptr, owner);
        Field {
            ident,
            pointer: ptr.to_owned(),
            ty,
            presence: Presence::of(required, prop_flat.nullable()),
            access: Access::of(prop_flat.read_only(), prop_flat.write_only()),
            boxed: false,
            doc: with_allowed_values(prop_flat.description(), target.map(Flat::of)),
            deprecated: prop_flat.deprecated(),
            hints: self.hints_of(r),
            wire,
        }
    }

    /// Inline arrays name their items after the singular property name
    /// (`roles` → `…Role`); anything else after the property.
    fn field_ty(
        &mut self,
        r: SchemaRef<'a>,
        flat: &Flat<'a>,
        wire: &str,
        ptr: &str,
        owner: &str,
    ) -> Ty {
        match (r, flat.items) {
            (SchemaRef::Inline(_), Some(items)) if flat.typ == Some("array") => {
                let hint = format!("{owner}{}", pascal_ident(&singular(wire)));
                let items = SchemaRef::from_boxed(items);
                let at = format!("{ptr}/items");
                self.warn_nullable_element(items, &at);
                Ty::Vec(Box::new(self.ty_of(items, &at, &hint)))
            }
            _ => self.ty_of(r, ptr, &format!("{owner}{}", pascal_ident(wire))),
        }
    }
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
