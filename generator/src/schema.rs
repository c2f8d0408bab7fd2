//! One flat view of an OpenAPI schema, whatever shape openapiv3 parsed it
//! into. openapiv3 returns `SchemaKind::Any` for about 190 Atlas schemas
//! (object + allOf/oneOf side by side, integers with float bounds); viewing
//! every kind through the same fields means one code path handles them all.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaData, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};
use serde_json::Value;

pub type Properties = IndexMap<String, ReferenceOr<Box<Schema>>>;

/// A schema reference that is either a `$ref` or an inline schema, borrowed.
#[derive(Clone, Copy, Debug)]
pub enum SchemaRef<'a> {
    Ref(&'a str),
    Inline(&'a Schema),
}

impl<'a> SchemaRef<'a> {
    pub fn from_boxed(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Inline(s),
        }
    }
    pub fn from_plain(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Inline(s),
        }
    }
}

/// Name of the component schema a `$ref` points at, if it is one.
pub fn component_name(reference: &str) -> Option<&str> {
    reference
        .strip_prefix("#/components/schemas/")
        .filter(|n| !n.contains('/'))
}

#[derive(Debug, Default)]
pub struct Flat<'a> {
    pub data: Option<&'a SchemaData>,
    pub typ: Option<&'a str>,
    pub format: Option<String>,
    pub pattern: Option<&'a str>,
    pub enum_values: Vec<Value>,
    pub properties: Option<&'a Properties>,
    pub required: &'a [String],
    pub additional: Option<&'a AdditionalProperties>,
    pub items: Option<&'a ReferenceOr<Box<Schema>>>,
    pub one_of: &'a [ReferenceOr<Schema>],
    pub any_of: &'a [ReferenceOr<Schema>],
    pub all_of: &'a [ReferenceOr<Schema>],
    pub has_not: bool,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
}

fn fmt<T>(f: &VariantOrUnknownOrEmpty<T>, name: impl Fn(&T) -> &'static str) -> Option<String> {
    match f {
        VariantOrUnknownOrEmpty::Item(t) => Some(name(t).to_owned()),
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

impl<'a> Flat<'a> {
    pub fn of(schema: &'a Schema) -> Self {
        let mut f = Flat {
            data: Some(&schema.schema_data),
            ..Flat::default()
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => f.string(s),
            SchemaKind::Type(Type::Number(n)) => f.number(n),
            SchemaKind::Type(Type::Integer(i)) => f.integer(i),
            SchemaKind::Type(Type::Boolean(b)) => {
                f.typ = Some("boolean");
                f.enum_values = b
                    .enumeration
                    .iter()
                    .flatten()
                    .map(|v| Value::from(*v))
                    .collect();
            }
            SchemaKind::Type(Type::Object(o)) => {
                f.typ = Some("object");
                f.properties = Some(&o.properties);
                f.required = &o.required;
                f.additional = o.additional_properties.as_ref();
            }
            SchemaKind::Type(Type::Array(a)) => {
                f.typ = Some("array");
                f.items = a.items.as_ref();
            }
            SchemaKind::OneOf { one_of } => f.one_of = one_of,
            SchemaKind::AllOf { all_of } => f.all_of = all_of,
            SchemaKind::AnyOf { any_of } => f.any_of = any_of,
            SchemaKind::Not { .. } => f.has_not = true,
            SchemaKind::Any(a) => f.any(a),
        }
        f
    }

    fn string(&mut self, s: &'a openapiv3::StringType) {
        self.typ = Some("string");
        self.format = fmt(&s.format, |x| match x {
            StringFormat::Date => "date",
            StringFormat::DateTime => "date-time",
            StringFormat::Password => "password",
            StringFormat::Byte => "byte",
            StringFormat::Binary => "binary",
        });
        self.pattern = s.pattern.as_deref();
        self.min_length = s.min_length;
        self.max_length = s.max_length;
        self.enum_values = s
            .enumeration
            .iter()
            .flatten()
            .map(|v| Value::String(v.clone()))
            .collect();
    }

    fn number(&mut self, n: &openapiv3::NumberType) {
        self.typ = Some("number");
        self.format = fmt(&n.format, |x| match x {
            NumberFormat::Float => "float",
            NumberFormat::Double => "double",
        });
        self.minimum = n.minimum;
        self.maximum = n.maximum;
        self.enum_values = n
            .enumeration
            .iter()
            .flatten()
            .map(|v| Value::from(*v))
            .collect();
    }

    fn integer(&mut self, i: &openapiv3::IntegerType) {
        self.typ = Some("integer");
        self.format = fmt(&i.format, |x| match x {
            IntegerFormat::Int32 => "int32",
            IntegerFormat::Int64 => "int64",
        });
        // Bounds are small enough here for f64 to hold them exactly.
        self.minimum = i.minimum.map(|v| v as f64);
        self.maximum = i.maximum.map(|v| v as f64);
        self.enum_values = i
            .enumeration
            .iter()
            .flatten()
            .map(|v| Value::from(*v))
            .collect();
    }

    /// What openapiv3 could not sort into one kind: object and allOf side
    /// by side, integers with float bounds, no type at all.
    fn any(&mut self, a: &'a openapiv3::AnySchema) {
        let f = self;
        f.typ = a.typ.as_deref();
        f.format = a.format.clone();
        f.pattern = a.pattern.as_deref();
        f.minimum = a.minimum;
        f.maximum = a.maximum;
        f.min_length = a.min_length;
        f.max_length = a.max_length;
        f.enum_values = a
            .enumeration
            .iter()
            .filter(|v| !v.is_null())
            .cloned()
            .collect();
        if !a.properties.is_empty() || a.typ.as_deref() == Some("object") {
            f.properties = Some(&a.properties);
        }
        f.required = &a.required;
        f.additional = a.additional_properties.as_ref();
        f.items = a.items.as_ref();
        f.one_of = &a.one_of;
        f.any_of = &a.any_of;
        f.all_of = &a.all_of;
        f.has_not = a.not.is_some();
    }

    pub fn description(&self) -> Option<&'a str> {
        self.data.and_then(|d| d.description.as_deref())
    }
    pub fn deprecated(&self) -> bool {
        self.data.is_some_and(|d| d.deprecated)
    }
    pub fn nullable(&self) -> bool {
        self.data.is_some_and(|d| d.nullable)
    }
    pub fn read_only(&self) -> bool {
        self.data.is_some_and(|d| d.read_only)
    }
    pub fn write_only(&self) -> bool {
        self.data.is_some_and(|d| d.write_only)
    }
    pub fn discriminator(&self) -> Option<&'a openapiv3::Discriminator> {
        self.data.and_then(|d| d.discriminator.as_ref())
    }
    pub fn has_properties(&self) -> bool {
        self.properties.is_some_and(|p| !p.is_empty())
    }
}
