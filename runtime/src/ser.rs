//! `Serialize` for generated structs without a serde derive.
//!
//! A derived `Serialize` is generic over the serializer, so every struct's
//! field-by-field code is type-checked against serde's generic API,
//! borrow-checked and stored as generic MIR: the largest share of the
//! generated crate's front-end time. Here a struct only lists its fields to
//! send ([`ToFields`], plain non-generic code) and [`serialize`], one small
//! generic function, writes them to any serializer through `erased_serde`.
//!
//! Output is what the derive wrote: a struct (or a map when it has
//! properties beyond the named ones), fields in declaration order, `None`
//! left out, `Some(None)` of a nullable field sent as `null`.

use serde::ser::{Error as _, SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;

/// A struct that lists the fields it sends.
pub trait ToFields {
    /// Adds each field to send to `fields`, in declaration order.
    fn to_fields<'a>(&'a self, fields: &mut Fields<'a>);
}

/// The fields one struct sends, borrowed from it.
#[derive(Default)]
pub struct Fields<'a> {
    entries: Vec<(Key<'a>, Value<'a>)>,
    /// Keys not known at compile time were added (a map is written).
    dynamic: bool,
    /// A flattened value that is not an object.
    error: Option<String>,
}

enum Key<'a> {
    Static(&'static str),
    Borrowed(&'a str),
    Owned(String),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Static(s) => s,
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }
}

enum Value<'a> {
    Borrowed(&'a dyn erased_serde::Serialize),
    Owned(serde_json::Value),
}

impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Borrowed(v) => v.serialize(s),
            Value::Owned(v) => v.serialize(s),
        }
    }
}

impl<'a> Fields<'a> {
    /// A field always sent (`None` of a required nullable field as `null`).
    pub fn required<T: Serialize>(&mut self, name: &'static str, value: &'a T) {
        self.entries
            .push((Key::Static(name), Value::Borrowed(value)));
    }

    /// An optional field: left out when `None`.
    pub fn optional<T: Serialize>(&mut self, name: &'static str, value: &'a Option<T>) {
        if let Some(v) = value {
            self.required(name, v);
        }
    }

    /// An optional nullable field: left out when `None`, `null` when
    /// `Some(None)`.
    pub fn nullable<T: Serialize>(&mut self, name: &'static str, value: &'a Option<Option<T>>) {
        if let Some(v) = value {
            self.required(name, v);
        }
    }

    /// Properties beyond the named ones, each sent under its own name.
    pub fn rest<T: Serialize>(&mut self, map: &'a BTreeMap<String, T>) {
        self.dynamic = true;
        for (k, v) in map {
            self.entries.push((Key::Borrowed(k), Value::Borrowed(v)));
        }
    }

    /// The properties of a value sent inline with the named ones (a
    /// variant-specific part). It must serialize to a JSON object (or
    /// `null`, which adds nothing).
    pub fn flatten<T: Serialize>(&mut self, value: &'a T) {
        self.dynamic = true;
        match serde_json::to_value(value) {
            Ok(serde_json::Value::Object(map)) => self.entries.extend(
                map.into_iter()
                    .map(|(k, v)| (Key::Owned(k), Value::Owned(v))),
            ),
            Ok(serde_json::Value::Null) => {}
            Ok(other) => {
                let e = crate::de::invalid_type(&other, "a map to flatten");
                self.error = Some(e.to_string());
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }
}

/// Writes `value`'s fields as the struct `name`: the `Serialize` impl of
/// every generated struct.
pub fn serialize<T: ToFields + ?Sized, S: Serializer>(
    value: &T,
    name: &'static str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut fields = Fields::default();
    value.to_fields(&mut fields);
    write(fields, name, serializer)
}

/// The half of [`serialize`] that does not depend on the struct.
fn write<S: Serializer>(fields: Fields<'_>, name: &'static str, s: S) -> Result<S::Ok, S::Error> {
    if let Some(e) = fields.error {
        return Err(S::Error::custom(e));
    }
    if fields.dynamic {
        let mut map = s.serialize_map(Some(fields.entries.len()))?;
        for (k, v) in &fields.entries {
            map.serialize_entry(k.as_str(), v)?;
        }
        return map.end();
    }
    let mut st = s.serialize_struct(name, fields.entries.len())?;
    for (k, v) in &fields.entries {
        match k {
            Key::Static(k) => st.serialize_field(k, v)?,
            // Only `rest` and `flatten` add other keys, and they set `dynamic`.
            Key::Borrowed(_) | Key::Owned(_) => {
                return Err(S::Error::custom("a struct field without a static name"));
            }
        }
    }
    st.end()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Default)]
    struct Patch {
        name: String,
        comment: Option<String>,
        note: Option<Option<String>>,
        owner: Option<String>,
        extra: BTreeMap<String, i64>,
    }

    impl ToFields for Patch {
        fn to_fields<'a>(&'a self, f: &mut Fields<'a>) {
            f.required("name", &self.name);
            f.optional("comment", &self.comment);
            f.nullable("note", &self.note);
            f.required("owner", &self.owner);
            f.rest(&self.extra);
        }
    }

    impl Serialize for Patch {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize(self, "Patch", s)
        }
    }

    #[test]
    fn none_is_left_out_and_some_none_is_null() {
        let p = Patch {
            name: "a".into(),
            ..Patch::default()
        };
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"name":"a","owner":null}"#
        );
        let p = Patch {
            name: "a".into(),
            comment: Some("c".into()),
            note: Some(None),
            owner: Some("o".into()),
            extra: BTreeMap::from([("z".into(), 1), ("b".into(), 2)]),
        };
        // Declaration order, then the extra properties in map order.
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"name":"a","comment":"c","note":null,"owner":"o","b":2,"z":1}"#
        );
        let p = Patch {
            note: Some(Some("n".into())),
            ..Patch::default()
        };
        assert_eq!(
            serde_json::to_value(&p).unwrap(),
            json!({"name": "", "note": "n", "owner": null})
        );
    }

    struct Outer {
        id: u8,
        kind: serde_json::Value,
    }

    impl Serialize for Outer {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize(self, "Outer", s)
        }
    }

    impl ToFields for Outer {
        fn to_fields<'a>(&'a self, f: &mut Fields<'a>) {
            f.required("id", &self.id);
            f.flatten(&self.kind);
        }
    }

    #[test]
    fn a_flattened_object_is_inlined_and_anything_else_is_an_error() {
        let o = Outer {
            id: 1,
            kind: json!({"type": "A", "size": 2}),
        };
        assert_eq!(
            serde_json::to_value(&o).unwrap(),
            json!({"id": 1, "type": "A", "size": 2})
        );
        let o = Outer {
            id: 1,
            kind: json!(null),
        };
        assert_eq!(serde_json::to_value(&o).unwrap(), json!({"id": 1}));
        let o = Outer {
            id: 1,
            kind: json!([1]),
        };
        let err = serde_json::to_string(&o).unwrap_err().to_string();
        assert!(err.contains("expected a map to flatten"), "{err}");
    }
}
