//! Decoding generated types from a parsed `serde_json::Value`.
//!
//! serde's derived `Deserialize` is generic over the deserializer: every
//! struct's visitor (field enum, `visit_map`, `visit_seq`) is compiled once
//! per deserializer it meets, and it was 41 % of the generated crate's
//! expanded code. A generated type instead implements [`FromJson`], a
//! plain function from a `Value` that takes its fields out by name with
//! [`Object`]; its `Deserialize` is one line ([`deserialize`]) that reads
//! a `Value` and calls it. Paths of decode errors (`results[3].roles[0]`)
//! are kept by [`Error`], without `serde_path_to_error`.

use serde::de::{DeserializeOwned, Deserializer};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;

/// A value that does not decode, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    /// Innermost segment first (errors are built from the inside out).
    path: Vec<Segment>,
    message: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Segment {
    Key(String),
    Index(usize),
}

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Error {
            path: Vec::new(),
            message: message.into(),
        }
    }

    fn at_key(mut self, key: &str) -> Self {
        self.path.push(Segment::Key(key.to_owned()));
        self
    }

    fn at_index(mut self, index: usize) -> Self {
        self.path.push(Segment::Index(index));
        self
    }

    /// `results[3].roles[0]`; `.` at the top.
    pub fn path(&self) -> String {
        if self.path.is_empty() {
            return ".".to_owned();
        }
        let mut out = String::new();
        for segment in self.path.iter().rev() {
            match segment {
                Segment::Key(k) if out.is_empty() => out.push_str(k),
                Segment::Key(k) => {
                    out.push('.');
                    out.push_str(k);
                }
                Segment::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path(), self.message)
        }
    }
}

impl std::error::Error for Error {}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::new(e.to_string())
    }
}

/// A type decoded from a parsed JSON value.
pub trait FromJson: Sized {
    fn from_json(value: Value) -> Result<Self, Error>;
}

/// The `Deserialize` of a generated type: read a `Value`, then decode it.
pub fn deserialize<'de, D: Deserializer<'de>, T: FromJson>(d: D) -> Result<T, D::Error> {
    let value = <Value as serde::Deserialize>::deserialize(d)?;
    T::from_json(value).map_err(serde::de::Error::custom)
}

/// Decodes JSON text: syntax errors name line and column, others the path.
pub fn from_slice<T: FromJson>(bytes: &[u8]) -> Result<T, Error> {
    let value: Value = serde_json::from_slice(bytes)?;
    T::from_json(value)
}

/// Through serde, with the deserializer `Value` only: one instantiation
/// per type, shared by every generated type.
fn through_serde<T: DeserializeOwned>(value: Value) -> Result<T, Error> {
    T::deserialize(value).map_err(Error::from)
}

macro_rules! through_serde {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(value: Value) -> Result<Self, Error> {
                through_serde(value)
            }
        }
    )*};
}

through_serde!(
    String,
    bool,
    i32,
    i64,
    f32,
    f64,
    chrono::DateTime<chrono::Utc>,
    chrono::NaiveDate,
    crate::ApiError
);

impl FromJson for Value {
    fn from_json(value: Value) -> Result<Self, Error> {
        Ok(value)
    }
}

impl FromJson for () {
    fn from_json(_: Value) -> Result<Self, Error> {
        Ok(())
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn from_json(value: Value) -> Result<Self, Error> {
        match T::from_json(value) {
            Ok(v) => Ok(Box::new(v)),
            Err(e) => Err(e),
        }
    }
}

/// `null` is `None`.
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: Value) -> Result<Self, Error> {
        match value {
            Value::Null => Ok(None),
            v => match T::from_json(v) {
                Ok(v) => Ok(Some(v)),
                Err(e) => Err(e),
            },
        }
    }
}

// Plain loops and matches below, not iterator adapters and closures: these
// are compiled once per element type, hundreds of times.
impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: Value) -> Result<Self, Error> {
        let items = match value {
            Value::Array(items) => items,
            other => return Err(invalid_type(&other, "a sequence")),
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.into_iter().enumerate() {
            match T::from_json(v) {
                Ok(item) => out.push(item),
                Err(e) => return Err(e.at_index(i)),
            }
        }
        Ok(out)
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(value: Value) -> Result<Self, Error> {
        let map = match value {
            Value::Object(map) => map,
            other => return Err(invalid_type(&other, "a map")),
        };
        let mut out = BTreeMap::new();
        for (k, v) in map {
            match T::from_json(v) {
                Ok(item) => {
                    out.insert(k, item);
                }
                Err(e) => return Err(e.at_key(&k)),
            }
        }
        Ok(out)
    }
}

/// serde's wording: `invalid type: string "x", expected a map`.
pub fn invalid_type(value: &Value, expected: &str) -> Error {
    let found = match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".to_owned(),
        Value::Object(_) => "map".to_owned(),
    };
    Error::new(format!("invalid type: {found}, expected {expected}"))
}

fn missing(key: &str) -> Error {
    Error::new(format!("missing field `{key}`"))
}

/// The properties of a JSON object, taken out by name as a generated
/// struct's fields are filled; what is left are unknown properties.
pub struct Object(Map<String, Value>);

impl Object {
    /// `name`: the struct, for the error when the value is no object.
    pub fn new(value: Value, name: &str) -> Result<Self, Error> {
        match value {
            Value::Object(map) => Ok(Object(map)),
            other => Err(invalid_type(&other, &format!("struct {name}"))),
        }
    }

    /// A property that must be present.
    pub fn required<T: FromJson>(&mut self, key: &str) -> Result<T, Error> {
        match self.0.remove(key) {
            Some(v) => match T::from_json(v) {
                Ok(v) => Ok(v),
                Err(e) => Err(e.at_key(key)),
            },
            None => Err(missing(key)),
        }
    }

    /// Absent or `null`: `None`.
    pub fn optional<T: FromJson>(&mut self, key: &str) -> Result<Option<T>, Error> {
        match self.0.remove(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => match T::from_json(v) {
                Ok(v) => Ok(Some(v)),
                Err(e) => Err(e.at_key(key)),
            },
        }
    }

    /// Absent: `None`; `null`: `Some(None)` (see [`crate::nullable`]).
    pub fn nullable<T: FromJson>(&mut self, key: &str) -> Result<Option<Option<T>>, Error> {
        match self.0.remove(key) {
            None => Ok(None),
            Some(Value::Null) => Ok(Some(None)),
            Some(v) => match T::from_json(v) {
                Ok(v) => Ok(Some(Some(v))),
                Err(e) => Err(e.at_key(key)),
            },
        }
    }

    /// Every property not taken yet, each decoded (`additionalProperties`).
    pub fn rest<T: FromJson>(&self) -> Result<BTreeMap<String, T>, Error> {
        BTreeMap::from_json(Value::Object(self.0.clone()))
    }

    /// Every property not taken yet, as one object (a union flattened
    /// into the struct).
    pub fn flatten<T: FromJson>(self) -> Result<T, Error> {
        T::from_json(Value::Object(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq)]
    struct Role {
        name: String,
        level: Option<i32>,
        note: Option<Option<String>>,
    }

    impl FromJson for Role {
        fn from_json(value: Value) -> Result<Self, Error> {
            let mut o = Object::new(value, "Role")?;
            Ok(Role {
                name: o.required("name")?,
                level: o.optional("level")?,
                note: o.nullable("note")?,
            })
        }
    }

    #[derive(Debug, PartialEq)]
    struct Page {
        results: Vec<Role>,
        extra: BTreeMap<String, i64>,
    }

    impl FromJson for Page {
        fn from_json(value: Value) -> Result<Self, Error> {
            let mut o = Object::new(value, "Page")?;
            Ok(Page {
                results: o.required("results")?,
                extra: o.rest()?,
            })
        }
    }

    impl<'de> serde::Deserialize<'de> for Page {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize(d)
        }
    }

    #[test]
    fn fields_by_presence() {
        let r = Role::from_json(json!({"name": "a", "level": null, "note": null})).unwrap();
        assert_eq!((r.level, r.note), (None, Some(None)));
        let r = Role::from_json(json!({"name": "a", "level": 2, "note": "x", "new": 1})).unwrap();
        assert_eq!((r.level, r.note), (Some(2), Some(Some("x".into()))));
        let r = Role::from_json(json!({"name": "a"})).unwrap();
        assert_eq!((r.level, r.note), (None, None));
    }

    #[test]
    fn errors_name_the_path_and_say_what_serde_says() {
        let e = from_slice::<Page>(br#"{"results": [{"name": "a"}, {"name": 3}]}"#).unwrap_err();
        assert_eq!(e.path(), "results[1].name");
        assert_eq!(e.message(), "invalid type: integer `3`, expected a string");
        let e = from_slice::<Page>(br#"{"results": [{}]}"#).unwrap_err();
        assert_eq!(
            (e.path().as_str(), e.message()),
            ("results[0]", "missing field `name`")
        );
        let e = from_slice::<Page>(br#"{"results": [], "n": "x"}"#).unwrap_err();
        assert_eq!(e.path(), "n");
        let e = from_slice::<Page>(br#"[1]"#).unwrap_err();
        assert_eq!(e.message(), "invalid type: sequence, expected struct Page");
        let e = from_slice::<Page>(br#"{"results": "#).unwrap_err();
        assert!(e.message().contains("EOF"), "{e}");
    }

    #[test]
    fn unknown_properties_land_in_rest_and_serde_goes_through_from_json() {
        let p: Page = serde_json::from_str(r#"{"results": [], "a": 1, "b": 2}"#).unwrap();
        assert_eq!(p.extra, BTreeMap::from([("a".into(), 1), ("b".into(), 2)]));
        let e = serde_json::from_str::<Page>(r#"{"results": [{"name": 1}]}"#).unwrap_err();
        assert!(
            e.to_string().starts_with("results[0].name: invalid type"),
            "{e}"
        );
    }
}
