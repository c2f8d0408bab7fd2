//! The type space: every schema the spec reaches becomes a [`Ty`], and every
//! schema that needs a name becomes a [`TypeDef`] (struct, enum, union or
//! alias). Modelled on typify's `TypeSpace`: ids are handed out up front for
//! all component schemas, so references (and cycles) never need a second pass.
//!
//! One file per concern, each an `impl TypeSpace` block:
//! - `space`: the space itself, component ids, `$ref` resolution, `ty_of`;
//! - `convert`: which kind of type a schema becomes (primitive, container, def);
//! - `structs`: objects and `allOf` merging;
//! - `enums`: string enums, shared by value set;
//! - `unions`: `oneOf`/`anyOf`/discriminators;
//! - `cycles`: boxing inside strongly connected components, `Default`.

mod convert;
mod cycles;
mod enums;
mod space;
mod structs;
mod unions;

#[cfg(test)]
mod tests;

pub use enums::is_plain_string_enum;
pub use space::TypeSpace;

use crate::sample::Hints;
use crate::schema::Flat;
use serde_json::Value;
use std::collections::BTreeMap;

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
    Vec(Box<Ty>),
    Map(Box<Ty>),
    Named(TypeId),
}

impl Ty {
    /// Whether the Rust type has a `Default` (decided for defs by
    /// `cycles`): a required property of such a type that an answer leaves
    /// out decodes as that default.
    pub fn has_default(&self, defs: &[TypeDef]) -> bool {
        match self {
            Ty::Named(t) => defs[*t].default,
            _ => true,
        }
    }

    /// The type an alias stands for (through chains of aliases), else itself.
    pub fn through_aliases<'t>(&'t self, defs: &'t [TypeDef]) -> &'t Ty {
        let mut ty = self;
        for _ in 0..defs.len() {
            match ty {
                Ty::Named(id) => match &defs[*id].kind {
                    DefKind::Alias(next) => ty = next,
                    _ => return ty,
                },
                _ => return ty,
            }
        }
        ty
    }

    /// Every def this type names directly (through `Vec` and maps too).
    pub fn named(&self, out: &mut Vec<TypeId>) {
        match self {
            Ty::Named(id) => out.push(*id),
            Ty::Vec(inner) | Ty::Map(inner) => inner.named(out),
            _ => {}
        }
    }
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

impl TypeDef {
    /// Every def this one refers to directly.
    pub fn refers_to(&self) -> Vec<TypeId> {
        let mut out = Vec::new();
        match &self.kind {
            DefKind::Struct(s) => {
                for f in &s.fields {
                    f.ty.named(&mut out);
                }
                for added in s.additional.iter().chain(&s.flatten) {
                    added.ty.named(&mut out);
                }
            }
            DefKind::Union(u) => {
                for v in &u.variants {
                    v.ty.named(&mut out);
                }
            }
            DefKind::Alias(t) => t.named(&mut out),
            DefKind::Enum(_) | DefKind::External(_) => {}
        }
        out
    }
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
    pub additional: Option<Added>,
    /// A union flattened into the struct (oneOf beside own properties).
    pub flatten: Option<Added>,
}

/// A field the generator adds beside a schema's properties (the extra-keys
/// map, the flattened union): its type and its Rust name.
#[derive(Clone, Debug, PartialEq)]
pub struct Added {
    pub ty: Ty,
    pub ident: String,
}

impl Added {
    /// `ty` under the name `want`, or `want_`, `want__`, … when a property
    /// of `fields` already has it.
    pub fn beside(fields: &[Field], want: &str, ty: Ty) -> Added {
        let mut ident = want.to_owned();
        while fields.iter().any(|f| f.ident == ident) {
            ident.push('_');
        }
        Added { ty, ident }
    }
}

/// Whether a property must be present, and whether `null` is one of its
/// values (the spec's `required` and `nullable`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    Required,
    Optional,
    /// Must be present; `null` is a value (always sent, `None` as `null`).
    RequiredNullable,
    /// May be left out; `null` is a value (a PATCH clearing a field).
    OptionalNullable,
}

impl Presence {
    pub fn of(required: bool, nullable: bool) -> Self {
        match (required, nullable) {
            (true, false) => Presence::Required,
            (false, false) => Presence::Optional,
            (true, true) => Presence::RequiredNullable,
            (false, true) => Presence::OptionalNullable,
        }
    }
    pub fn required(self) -> bool {
        matches!(self, Presence::Required | Presence::RequiredNullable)
    }
    pub fn nullable(self) -> bool {
        matches!(
            self,
            Presence::RequiredNullable | Presence::OptionalNullable
        )
    }
}

/// Which direction a property travels in (`readOnly`, `writeOnly`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    /// Set by Atlas; requests need not carry it.
    ReadOnly,
    /// Sent in requests; responses never carry it.
    WriteOnly,
}

impl Access {
    pub fn of(read_only: bool, write_only: bool) -> Self {
        match (read_only, write_only) {
            (true, _) => Access::ReadOnly,
            (false, true) => Access::WriteOnly,
            (false, false) => Access::ReadWrite,
        }
    }
}

/// How a field's type wraps its value in Rust, derived from presence and
/// access: the four serde cases of a generated struct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wrapping {
    /// `T`.
    Plain,
    /// `Option<T>`, omitted when `None`.
    Optional,
    /// `Option<T>`, always sent, `None` as `null`.
    Nullable,
    /// `Option<Option<T>>`: `None` omits it, `Some(None)` sends `null`.
    OptionalNullable,
}

#[derive(Clone, Debug)]
pub struct Field {
    pub ident: String,
    pub wire: String,
    /// The property's JSON pointer.
    pub pointer: String,
    pub ty: Ty,
    pub presence: Presence,
    pub access: Access,
    pub boxed: bool,
    pub doc: Option<String>,
    pub deprecated: bool,
    /// The spec's example and constraints, for generated usage examples.
    pub hints: Hints,
}

impl Field {
    /// `Option` in Rust: not required, or carried in one direction only
    /// (so requests need not set read-only fields, and responses may omit
    /// write-only ones).
    pub fn optional(&self) -> bool {
        !self.presence.required() || self.access != Access::ReadWrite
    }

    pub fn nullable(&self) -> bool {
        self.presence.nullable()
    }

    pub fn wrapping(&self) -> Wrapping {
        match (self.optional(), self.nullable()) {
            (false, false) => Wrapping::Plain,
            (true, false) => Wrapping::Optional,
            (false, true) => Wrapping::Nullable,
            (true, true) => Wrapping::OptionalNullable,
        }
    }

    /// A request must set it: required, and not set by Atlas.
    pub fn needed_in_requests(&self) -> bool {
        self.presence.required() && self.access != Access::ReadOnly
    }
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

/// A schema that needs a def, as the converters see it: its flat view,
/// where it is, and the def it fills (already named).
#[derive(Clone, Copy)]
pub(crate) struct Site<'s, 'a> {
    pub flat: &'s Flat<'a>,
    pub at: &'s str,
    pub name: &'s str,
    pub this: TypeId,
}
