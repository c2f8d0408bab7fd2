//! Helpers for generated `oneOf`/`anyOf` unions, which decode through a
//! `serde_json::Value` so that the tag can be read (or the best-fitting
//! variant chosen) before the variant is decoded.

use serde::Serialize;
use serde_json::{Map, Value};

/// The string value of the tag property, if the value is an object that has it.
pub fn tag_of<'v>(value: &'v Value, tag: &str) -> Option<&'v str> {
    value.as_object()?.get(tag)?.as_str()
}

/// Serializes a variant with the tag property set to the variant's key. The
/// variant decides: a struct's own tag field may hold another value (the
/// spec sometimes pins a different enum value than the mapping key).
///
/// The variant is written as JSON text and read back, not built with
/// `serde_json::to_value`: request bodies are written as text already, so
/// every type's `Serialize` is compiled for one serializer, not two.
pub fn with_tag<T: Serialize>(inner: &T, tag: &str, key: &str) -> Result<Value, serde_json::Error> {
    match serde_json::to_vec(inner) {
        Ok(text) => tagged(&text, tag, key),
        Err(e) => Err(e),
    }
}

/// The non-generic half of [`with_tag`], compiled once.
fn tagged(text: &[u8], tag: &str, key: &str) -> Result<Value, serde_json::Error> {
    let mut value: Value = serde_json::from_slice(text)?;
    if let Value::Object(map) = &mut value {
        map.insert(tag.to_owned(), Value::String(key.to_owned()));
    }
    Ok(value)
}

/// What a JSON value must look like to be a candidate for a variant.
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    Object {
        required: &'static [&'static str],
        known: &'static [&'static str],
    },
    String,
    Integer,
    Number,
    Boolean,
    Array,
    Any,
}

/// Indices of the variants whose shape fits `value`, best first: objects
/// that have every required property, ranked by how many of the value's
/// keys the variant knows (then by fewest unknown keys); ties keep the
/// spec's order.
pub fn rank(value: &Value, shapes: &[Shape]) -> Vec<usize> {
    let mut scored: Vec<(usize, i64, i64)> = Vec::new();
    for (i, shape) in shapes.iter().enumerate() {
        let score = match (shape, value) {
            (Shape::Object { required, known }, Value::Object(map)) => {
                object_score(map, required, known)
            }
            (Shape::String, Value::String(_)) => Some((1, 0)),
            (Shape::Integer, Value::Number(n)) if n.is_i64() || n.is_u64() => Some((1, 0)),
            (Shape::Number, Value::Number(_)) => Some((1, 0)),
            (Shape::Boolean, Value::Bool(_)) => Some((1, 0)),
            (Shape::Array, Value::Array(_)) => Some((1, 0)),
            (Shape::Any, _) => Some((0, 0)),
            _ => None,
        };
        if let Some((hits, misses)) = score {
            scored.push((i, hits, misses));
        }
    }
    scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)).then(a.0.cmp(&b.0)));
    scored.into_iter().map(|(i, _, _)| i).collect()
}

fn object_score(map: &Map<String, Value>, required: &[&str], known: &[&str]) -> Option<(i64, i64)> {
    if required.iter().any(|r| !map.contains_key(*r)) {
        return None;
    }
    let hits = map.keys().filter(|k| known.contains(&k.as_str())).count() as i64;
    let misses = map.len() as i64 - hits;
    Some((hits, misses))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rank_prefers_required_then_known_keys() {
        let shapes = [
            Shape::Object {
                required: &[],
                known: &["a"],
            },
            Shape::Object {
                required: &["b"],
                known: &["a", "b"],
            },
            Shape::String,
        ];
        assert_eq!(rank(&json!({"a": 1, "b": 2}), &shapes), vec![1, 0]);
        assert_eq!(rank(&json!({"a": 1}), &shapes), vec![0]);
        assert_eq!(rank(&json!("x"), &shapes), vec![2]);
        assert!(rank(&json!(true), &shapes).is_empty());
    }

    #[test]
    fn with_tag_sets_the_key() {
        #[derive(Serialize)]
        struct A {
            x: i32,
        }
        assert_eq!(
            with_tag(&A { x: 1 }, "type", "a").unwrap(),
            json!({"x": 1, "type": "a"})
        );
        assert_eq!(
            with_tag(&json!({"type": "b"}), "type", "a").unwrap(),
            json!({"type": "a"})
        );
        assert_eq!(tag_of(&json!({"type": "b"}), "type"), Some("b"));
        assert_eq!(tag_of(&json!([1]), "type"), None);
    }
}
