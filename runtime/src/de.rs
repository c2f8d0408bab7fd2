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

use crate::deviation::{self, Kind, Segment, render_path};
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
        render_path(&self.path)
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
            let mark = deviation::mark();
            match T::from_json(v) {
                Ok(item) => out.push(item),
                Err(e) => return Err(e.at_index(i)),
            }
            deviation::prefix(mark, || Segment::Index(i));
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
            let mark = deviation::mark();
            match T::from_json(v) {
                Ok(item) => {
                    deviation::prefix(mark, || Segment::Key(k.clone()));
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
pub struct Object {
    map: Map<String, Value>,
    /// The struct, for errors and deviations.
    name: &'static str,
}

impl Object {
    pub fn new(value: Value, name: &'static str) -> Result<Self, Error> {
        match value {
            Value::Object(map) => Ok(Object { map, name }),
            other => Err(invalid_type(&other, &format!("struct {name}"))),
        }
    }

    /// A property the spec requires. Atlas sometimes leaves one out (or
    /// sends `null`): the field then holds its type's default, and the
    /// deviation is noted, so the rest of the answer is not lost. A value
    /// of the wrong type is still an error.
    pub fn required<T: FromJson + Default>(&mut self, key: &str) -> Result<T, Error> {
        match self.map.remove(key) {
            // `null` is a value of some types (JSON, unions): absent for the rest.
            Some(Value::Null) => match T::from_json(Value::Null) {
                Ok(v) => Ok(v),
                Err(_) => Ok(self.absent(key)),
            },
            Some(v) => field(key, v),
            None => Ok(self.absent(key)),
        }
    }

    /// The default of a required property that is not there, noted.
    fn absent<T: Default>(&self, key: &str) -> T {
        let mark = deviation::mark();
        deviation::note(Kind::MissingRequired {
            type_name: self.name,
        });
        deviation::prefix(mark, || Segment::Key(key.to_owned()));
        T::default()
    }

    /// A required property whose type has no default value (it contains
    /// itself): absent is an error.
    pub fn required_no_default<T: FromJson>(&mut self, key: &str) -> Result<T, Error> {
        match self.map.remove(key) {
            Some(v) => field(key, v),
            None => Err(missing(key)),
        }
    }

    /// Absent or `null`: `None`.
    pub fn optional<T: FromJson>(&mut self, key: &str) -> Result<Option<T>, Error> {
        match self.map.remove(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => field(key, v).map(Some),
        }
    }

    /// Absent: `None`; `null`: `Some(None)`.
    pub fn nullable<T: FromJson>(&mut self, key: &str) -> Result<Option<Option<T>>, Error> {
        match self.map.remove(key) {
            None => Ok(None),
            Some(Value::Null) => Ok(Some(None)),
            Some(v) => field(key, v).map(|v| Some(Some(v))),
        }
    }

    /// Every property not taken yet, each decoded (`additionalProperties`).
    pub fn rest<T: FromJson>(&self) -> Result<BTreeMap<String, T>, Error> {
        BTreeMap::from_json(Value::Object(self.map.clone()))
    }

    /// Every property not taken yet, as one object (a union flattened
    /// into the struct).
    pub fn flatten<T: FromJson>(self) -> Result<T, Error> {
        T::from_json(Value::Object(self.map))
    }
}

/// A property's value decoded; errors and deviations inside it get its key.
fn field<T: FromJson>(key: &str, value: Value) -> Result<T, Error> {
    let mark = deviation::mark();
    match T::from_json(value) {
        Ok(v) => {
            deviation::prefix(mark, || Segment::Key(key.to_owned()));
            Ok(v)
        }
        Err(e) => Err(e.at_key(key)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq, Default)]
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
        let e = from_slice::<Page>(br#"{"results": [{"name": null, "level": "2"}]}"#).unwrap_err();
        assert_eq!(
            (e.path().as_str(), e.message()),
            (
                "results[0].level",
                "invalid type: string \"2\", expected i32"
            )
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

    #[test]
    fn an_absent_or_null_required_property_is_its_default_and_noted_with_its_path() {
        let (page, seen) = crate::deviation::collect(|| {
            from_slice::<Page>(br#"{"results": [{"name": "a"}, {"level": 1}, {"name": null}]}"#)
        });
        let page = page.unwrap();
        assert_eq!(page.results[1].name, "");
        assert_eq!(page.results[1].level, Some(1));
        let paths: Vec<String> = seen.iter().map(|d| d.path.clone()).collect();
        assert_eq!(paths, ["results[1].name", "results[2].name"]);
        assert_eq!(
            seen[0].kind,
            crate::deviation::Kind::MissingRequired { type_name: "Role" }
        );
        // Nothing collects: the same answer decodes, nothing is kept.
        assert!(from_slice::<Page>(br#"{}"#).unwrap().results.is_empty());
    }

    #[test]
    fn a_required_property_without_a_default_is_still_required() {
        struct Node(#[allow(dead_code)] Box<Node>);
        impl FromJson for Node {
            fn from_json(value: Value) -> Result<Self, Error> {
                let mut o = Object::new(value, "Node")?;
                Ok(Node(o.required_no_default("next")?))
            }
        }
        let e = from_slice::<Node>(br#"{"next": {}}"#).err().unwrap();
        assert_eq!(
            (e.path().as_str(), e.message()),
            ("next", "missing field `next`")
        );
    }

    #[test]
    fn null_stays_a_value_where_the_type_has_it() {
        struct J(Value);
        impl FromJson for J {
            fn from_json(value: Value) -> Result<Self, Error> {
                let mut o = Object::new(value, "J")?;
                Ok(J(o.required("any")?))
            }
        }
        let (j, seen) = crate::deviation::collect(|| from_slice::<J>(br#"{"any": null}"#));
        assert_eq!(j.unwrap().0, Value::Null);
        assert!(seen.is_empty(), "{seen:?}");
    }
}
