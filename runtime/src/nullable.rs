//! `Option<Option<T>>` for nullable fields: `None` leaves the field out,
//! `Some(None)` sends an explicit `null` (clearing a value in a PATCH), and
//! `Some(Some(v))` sends the value. Use with
//! `#[serde(default, skip_serializing_if = "Option::is_none", with = "…::nullable")]`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub fn serialize<T: Serialize, S: Serializer>(
    value: &Option<Option<T>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(inner) => inner.serialize(s),
        None => s.serialize_none(),
    }
}

pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    // Present (null or a value): Some(..). Absent fields never reach here
    // thanks to `#[serde(default)]`.
    Option::<T>::deserialize(d).map(Some)
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Patch {
        #[serde(default, skip_serializing_if = "Option::is_none", with = "super")]
        comment: Option<Option<String>>,
    }

    #[test]
    fn absent_null_and_value_round_trip() {
        for (value, json) in [
            (None, "{}"),
            (Some(None), r#"{"comment":null}"#),
            (Some(Some("x".to_owned())), r#"{"comment":"x"}"#),
        ] {
            let p = Patch { comment: value };
            assert_eq!(serde_json::to_string(&p).unwrap(), json);
            assert_eq!(serde_json::from_str::<Patch>(json).unwrap(), p);
        }
    }
}
