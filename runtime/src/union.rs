//! Helpers for generated `oneOf`/`anyOf` unions, which decode through a
//! `serde_json::Value` so that the tag can be read (or the best-fitting
//! variant chosen) before the variant is decoded.

use crate::deviation;
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
/// spec's order. After them, as a last resort (Atlas leaves out
/// properties the spec calls required), objects that lack some required
/// property but know at least one of the value's keys: fewest missing
/// first, then as above.
pub fn rank(value: &Value, shapes: &[Shape]) -> Vec<usize> {
    scored(value, shapes).into_iter().map(|(i, _)| i).collect()
}

/// How well a variant's shape fits: missing required properties, known
/// keys, unknown keys. Equal scores are ties.
type Score = (usize, i64, i64);

/// [`rank`] with each candidate's score.
fn scored(value: &Value, shapes: &[Shape]) -> Vec<(usize, Score)> {
    let mut scored: Vec<(usize, Score)> = Vec::new();
    for (i, shape) in shapes.iter().enumerate() {
        let score = match (shape, value) {
            (Shape::Object { required, known }, Value::Object(map)) => {
                object_score(map, required, known)
            }
            (Shape::String, Value::String(_)) => Some((0, 1, 0)),
            (Shape::Integer, Value::Number(n)) if n.is_i64() || n.is_u64() => Some((0, 1, 0)),
            (Shape::Number, Value::Number(_)) => Some((0, 1, 0)),
            (Shape::Boolean, Value::Bool(_)) => Some((0, 1, 0)),
            (Shape::Array, Value::Array(_)) => Some((0, 1, 0)),
            (Shape::Any, _) => Some((0, 0, 0)),
            _ => None,
        };
        if let Some(score) = score {
            scored.push((i, score));
        }
    }
    scored.sort_by(|(i, a), (j, b)| {
        a.0.cmp(&b.0)
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(i.cmp(j))
    });
    scored
}

fn object_score(map: &Map<String, Value>, required: &[&str], known: &[&str]) -> Option<Score> {
    let missing = required.iter().filter(|r| !map.contains_key(**r)).count();
    let hits = map.keys().filter(|k| known.contains(&k.as_str())).count() as i64;
    let misses = map.len() as i64 - hits;
    (missing == 0 || hits > 0).then_some((missing, hits, misses))
}

/// How a candidate decoded, best first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    /// Every value known, every required property there.
    Exact,
    /// Some value landed in `Unknown` (an enum value this crate does not
    /// list): a tie with an exact variant goes to the exact one.
    UnknownValue,
    /// Some required property absent: only when no other variant decodes.
    LacksRequired,
}

/// Decodes an untagged union: tries the variants [`rank`] finds, best
/// first. The first that decodes exactly is taken; among variants that
/// fit the value's keys equally well, one whose values are all known
/// beats one with a value in `Unknown`; a variant that lacks a required
/// property is taken only when no other decodes (its deviations kept).
/// A value no variant decodes is `unknown(value)`, noted. `decode`
/// decodes variant `i`.
pub fn best_fit<T>(
    value: Value,
    shapes: &[Shape],
    type_name: &'static str,
    decode: fn(usize, Value) -> Result<T, crate::de::Error>,
    unknown: fn(Value) -> T,
) -> T {
    // Its own collection, so that how a variant decoded is told even when
    // nothing else collects; what it keeps goes on to the enclosing one.
    let collection = deviation::Collection::start();
    // The best decoded so far: how it fit, its score, the value and notes.
    let mut best: Option<(Fit, Score, T, Vec<deviation::Note>)> = None;
    for (candidate, score) in scored(&value, shapes) {
        if best
            .as_ref()
            .is_some_and(|(fit, s, ..)| *fit == Fit::UnknownValue && *s != score)
        {
            break; // the tie is over: nothing later beats it
        }
        let Ok(v) = decode(candidate, value.clone()) else {
            deviation::rollback(0);
            continue;
        };
        let fit = if deviation::lacks_required_since(0) {
            Fit::LacksRequired
        } else if deviation::has_unknown_since(0) {
            Fit::UnknownValue
        } else {
            Fit::Exact
        };
        let notes = deviation::take_since(0);
        if best.as_ref().is_none_or(|(b, ..)| fit < *b) {
            best = Some((fit, score, v, notes));
        }
        if fit == Fit::Exact {
            break;
        }
    }
    let chosen = match best {
        Some((_, _, v, notes)) => {
            deviation::restore(notes);
            v
        }
        None => {
            crate::unknown::note_unfit(type_name, &value);
            unknown(value)
        }
    };
    drop(collection);
    chosen
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
        // Variant 1 lacks `b` but knows `a`: a last resort after variant 0.
        assert_eq!(rank(&json!({"a": 1}), &shapes), vec![0, 1]);
        // Knowing none of the keys and lacking a required one: no candidate.
        assert_eq!(rank(&json!({"c": 1}), &shapes), vec![0]);
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

    #[derive(Debug, PartialEq)]
    enum Either {
        Full(Full),
        Part(Full),
        Unknown(Value),
    }

    #[derive(Debug, PartialEq, Default)]
    struct Full {
        a: i64,
        b: i64,
    }

    /// `b` is required when `strict`.
    fn full(value: Value, strict: bool) -> Result<Full, crate::de::Error> {
        let mut o = crate::de::Object::new(value, "Full")?;
        Ok(Full {
            a: o.required("a")?,
            b: if strict {
                o.required("b")?
            } else {
                o.optional("b")?.unwrap_or_default()
            },
        })
    }

    /// Variant 0 requires `b` deeper than its shape tells; variant 1 does
    /// not require it.
    const EITHER: [Shape; 2] = [
        Shape::Object {
            required: &[],
            known: &["a", "b", "c"],
        },
        Shape::Object {
            required: &["a"],
            known: &["a"],
        },
    ];

    fn either(value: Value) -> (Either, Vec<crate::Deviation>) {
        deviation::collect(|| {
            best_fit(
                value,
                &EITHER,
                "Either",
                |i, v| match i {
                    0 => full(v, true).map(Either::Full),
                    _ => full(v, false).map(Either::Part),
                },
                Either::Unknown,
            )
        })
    }

    #[test]
    fn best_fit_prefers_a_variant_that_has_its_required_properties() {
        let (v, seen) = either(json!({"a": 1, "b": 2}));
        assert_eq!(v, Either::Full(Full { a: 1, b: 2 }));
        assert!(seen.is_empty());
        // Variant 0 ranks first but lacks `b`: variant 1 decodes strictly.
        let (v, seen) = either(json!({"a": 1, "c": 3}));
        assert_eq!(v, Either::Part(Full { a: 1, b: 0 }));
        assert!(seen.is_empty(), "{seen:?}");
        // Neither has `a`: the first ranked is kept, with its deviations.
        let (v, seen) = either(json!({"c": 3}));
        assert_eq!(v, Either::Full(Full { a: 0, b: 0 }));
        let paths: Vec<&str> = seen.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(paths, ["a", "b"]);
        let (v, seen) = either(json!("text"));
        assert_eq!(v, Either::Unknown(json!("text")));
        assert!(matches!(&seen[0].kind, deviation::Kind::Unknown(_)));
    }

    #[test]
    fn an_unknown_value_loses_a_tie_but_not_to_a_variant_that_knows_fewer_keys() {
        // Variant 0 has a value it does not know (as an open enum notes);
        // variant 1 knows everything it reads.
        fn decode(i: usize, v: Value) -> Result<(usize, Value), crate::de::Error> {
            if i == 0 {
                crate::unknown::note_value("Size", "M5");
            }
            Ok((i, v))
        }
        let tie = [
            Shape::Object {
                required: &[],
                known: &["size", "disk"],
            },
            Shape::Object {
                required: &[],
                known: &["size", "disk"],
            },
        ];
        let value = json!({"size": "M5", "disk": 5});
        let (v, seen) =
            deviation::collect(|| best_fit(value.clone(), &tie, "Spec", decode, |v| (9, v)));
        assert_eq!(v.0, 1);
        assert!(seen.is_empty(), "{seen:?}");
        // Variant 0 knows both keys, variant 1 only one: variant 0, with
        // its unknown value.
        let fewer = [
            Shape::Object {
                required: &[],
                known: &["size", "disk"],
            },
            Shape::Object {
                required: &[],
                known: &["size"],
            },
        ];
        let (v, seen) = deviation::collect(|| best_fit(value, &fewer, "Spec", decode, |v| (9, v)));
        assert_eq!(v.0, 0);
        assert_eq!(seen.len(), 1);
    }
}
