//! Mutation fuzzing of the whole generator: the generator must never panic,
//! whatever the spec. A case is a small spec cut from a seed (a few paths of
//! the real spec with every component they reach, or a fixture), damaged by
//! one to three mutations (deleted keys, values of another type, dangling
//! and cyclic `$ref`s, huge and empty strings, odd names, deep nesting,
//! duplicate operationIds), written as JSON or YAML and generated under
//! `catch_unwind`. Everything follows from the case's seed, so a failure
//! reproduces from its number alone.
//!
//! `cargo xtask fuzz` runs many cases (100,000 by default); `tests/fuzz.rs`
//! runs a few thousand in CI.

use crate::inputs::Inputs;
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// A small deterministic generator (xorshift64*), so cases reproduce.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        // Spread small seeds; never zero.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`0` when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    fn pick<'v, T>(&mut self, items: &'v [T]) -> Option<&'v T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

/// The documents cases are cut from.
pub struct Corpus {
    /// The real spec, as JSON.
    pub spec: Option<Value>,
    /// Small specs (the fixtures), by name.
    pub fixtures: Vec<(String, Value)>,
}

/// One generated case: what it was made from, how it was damaged, and the
/// text handed to the generator.
#[derive(Debug, Clone)]
pub struct Case {
    pub seed: u64,
    pub base: String,
    /// One line per mutation, with the JSON pointer it hit.
    pub mutations: Vec<String>,
    pub text: String,
    pub file: String,
}

/// How the generator took a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Generated,
    /// Refused with an error; `parsed` tells whether the document got past
    /// parsing into the IR builder, `located` whether the error names where
    /// (a JSON pointer, or a line and column).
    Refused {
        parsed: bool,
        located: bool,
    },
    Panicked(String),
}

/// What a run found.
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub cases: u64,
    pub generated: u64,
    pub refused_at_parse: u64,
    pub refused_after_parse: u64,
    /// Cases whose error names no place in the document.
    pub unlocated: Vec<(Case, String)>,
    pub panics: Vec<(Case, String)>,
    /// The slowest cases: milliseconds and seed.
    pub slowest: Vec<(u128, u64)>,
    /// Cases that took longer than [`SLOW_MS`]: a hang in the making.
    pub slow: Vec<(Case, u128)>,
}

/// A case slower than this fails the run: the generator must not hang on
/// any input either.
pub const SLOW_MS: u128 = 2000;

impl Report {
    pub fn add(&mut self, case: &Case, outcome: Outcome, error: Option<String>, millis: u128) {
        self.cases += 1;
        self.slowest.push((millis, case.seed));
        self.slowest.sort_unstable_by(|a, b| b.cmp(a));
        self.slowest.truncate(5);
        if millis > SLOW_MS {
            self.slow.push((case.clone(), millis));
        }
        match outcome {
            Outcome::Generated => self.generated += 1,
            Outcome::Refused { parsed, located } => {
                if parsed {
                    self.refused_after_parse += 1;
                } else {
                    self.refused_at_parse += 1;
                }
                if !located && self.unlocated.len() < 20 {
                    self.unlocated
                        .push((case.clone(), error.unwrap_or_default()));
                }
            }
            Outcome::Panicked(message) => self.panics.push((case.clone(), message)),
        }
    }

    pub fn merge(&mut self, other: Report) {
        self.cases += other.cases;
        self.generated += other.generated;
        self.refused_at_parse += other.refused_at_parse;
        self.refused_after_parse += other.refused_after_parse;
        self.unlocated.extend(other.unlocated);
        self.unlocated.truncate(20);
        self.panics.extend(other.panics);
        self.slow.extend(other.slow);
        self.slowest.extend(other.slowest);
        self.slowest.sort_unstable_by(|a, b| b.cmp(a));
        self.slowest.truncate(5);
    }

    /// The share of cases that got past parsing (generated or refused by
    /// the IR builder).
    pub fn past_parsing(&self) -> f64 {
        (self.generated + self.refused_after_parse) as f64 / self.cases.max(1) as f64
    }

    pub fn summary(&self) -> String {
        format!(
            "{} cases: {} generated, {} refused after parsing, {} refused by the parser ({:.0}% got past parsing), {} panics, {} slower than {SLOW_MS} ms, {} errors without a location",
            self.cases,
            self.generated,
            self.refused_after_parse,
            self.refused_at_parse,
            100.0 * self.past_parsing(),
            self.panics.len(),
            self.slow.len(),
            self.unlocated.len()
        )
    }
}

impl Corpus {
    /// The real spec (YAML or JSON text) and the fixture files that parse.
    pub fn load(spec_text: Option<&str>, fixtures: &[(String, String)]) -> Corpus {
        let parse = |text: &str| {
            yaml_serde::from_str::<Value>(text)
                .ok()
                .filter(Value::is_object)
        };
        Corpus {
            spec: spec_text.and_then(parse),
            fixtures: fixtures
                .iter()
                .filter_map(|(name, text)| Some((name.clone(), parse(text)?)))
                .collect(),
        }
    }
}

/// The case of a seed.
pub fn case(corpus: &Corpus, seed: u64) -> Case {
    let mut rng = Rng::new(seed);
    let (base, mut doc) = match (&corpus.spec, rng.below(4)) {
        (Some(spec), 0..=2) => ("spec".to_owned(), cut(spec, &mut rng)),
        _ => match rng.pick(&corpus.fixtures) {
            Some((name, doc)) => (name.clone(), doc.clone()),
            None => (
                "empty".to_owned(),
                json!({"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}}),
            ),
        },
    };
    let mutations = (0..1 + rng.below(3))
        .map(|_| mutate(&mut doc, &mut rng))
        .collect();
    let yaml = rng.below(8) == 0;
    let text = match yaml {
        true => yaml_serde::to_string(&doc).unwrap_or_default(),
        false => doc.to_string(),
    };
    let file = if yaml { "case.yaml" } else { "case.json" };
    Case {
        seed,
        base,
        mutations,
        text,
        file: file.to_owned(),
    }
}

/// Generates a case, catching panics. Returns the outcome and the error
/// text, if any.
pub fn run_case(case: &Case, inputs: &Inputs) -> (Outcome, Option<String>) {
    let result = catch_unwind(AssertUnwindSafe(|| {
        crate::generate(&case.file, &case.text, "fuzz", inputs)
    }));
    match result {
        Ok(Ok(_)) => (Outcome::Generated, None),
        Ok(Err(e)) => {
            let text = e.to_string();
            let parsed = !e.diagnostics.is_empty();
            let located = text.contains("#/")
                || text.contains(": #:")
                || text.contains("line ")
                || text.contains("the spec is empty");
            (Outcome::Refused { parsed, located }, Some(text))
        }
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "a panic without a message".to_owned());
            (Outcome::Panicked(message), None)
        }
    }
}

/// Runs the seeds `from..from + cases` on `threads` threads, with panic
/// messages kept from the terminal (they are reported instead).
pub fn run(corpus: &Corpus, inputs: &Inputs, from: u64, cases: u64, threads: usize) -> Report {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let threads = threads.max(1) as u64;
    let report = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    let mut report = Report::default();
                    let mut seed = from + t;
                    let trace = std::env::var_os("ATLAS_FUZZ_TRACE").is_some();
                    while seed < from + cases {
                        if trace {
                            eprintln!("fuzz: seed {seed}");
                        }
                        let started = std::time::Instant::now();
                        let case = case(corpus, seed);
                        let (outcome, error) = run_case(&case, inputs);
                        report.add(&case, outcome, error, started.elapsed().as_millis());
                        seed += threads;
                    }
                    report
                })
            })
            .collect();
        let mut total = Report::default();
        for w in workers {
            match w.join() {
                Ok(r) => total.merge(r),
                Err(_) => total
                    .panics
                    .push((case(corpus, from), "a fuzz worker died".to_owned())),
            }
        }
        total
    });
    std::panic::set_hook(hook);
    report
}

/// A few paths of the spec with every component they reach (transitively),
/// so that a case is small and generates in milliseconds.
fn cut(spec: &Value, rng: &mut Rng) -> Value {
    let paths: Vec<&String> = spec["paths"]
        .as_object()
        .map(|p| p.keys().collect())
        .unwrap_or_default();
    let mut chosen = Map::new();
    for _ in 0..1 + rng.below(3) {
        if let Some(p) = rng.pick(&paths) {
            chosen.insert((*p).clone(), spec["paths"][p.as_str()].clone());
        }
    }
    let mut doc = json!({"openapi": spec["openapi"], "info": spec["info"], "paths": chosen});
    let mut reached: BTreeSet<String> = BTreeSet::new();
    let mut todo = refs_in(&doc["paths"]);
    while let Some(r) = todo.pop() {
        if !reached.insert(r.clone()) {
            continue;
        }
        if let Some(target) = r.strip_prefix('#').and_then(|p| spec.pointer(p)) {
            todo.extend(refs_in(target));
            if let Some(slot) = r.strip_prefix('#').map(|p| p.to_owned()) {
                insert_at(&mut doc, &slot, target.clone());
            }
        }
    }
    doc
}

/// Every `$ref` string under a node.
fn refs_in(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    out.push(r.clone());
                }
                stack.extend(m.values());
            }
            Value::Array(a) => stack.extend(a),
            _ => {}
        }
    }
    out
}

/// Sets the value at a JSON pointer, making objects on the way.
fn insert_at(doc: &mut Value, pointer: &str, value: Value) {
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    let Some((last, parents)) = segments.split_last() else {
        return;
    };
    let mut node = doc;
    for s in parents {
        let Value::Object(m) = node else {
            return;
        };
        node = m.entry(s.clone()).or_insert_with(|| json!({}));
    }
    if let Some(m) = node.as_object_mut() {
        m.insert(last.clone(), value);
    }
}

/// Pointers of every node, objects and arrays first.
fn pointers(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), doc)];
    while let Some((p, v)) = stack.pop() {
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    stack.push((
                        format!("{p}/{}", k.replace('~', "~0").replace('/', "~1")),
                        child,
                    ));
                }
            }
            Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    stack.push((format!("{p}/{i}"), child));
                }
            }
            _ => {}
        }
        out.push(p);
    }
    out
}

/// Odd names: keywords, digits first, symbols, empty, non-ASCII, long.
const ODD_NAMES: &[&str] = &[
    "type", "self", "Self", "super", "crate", "", "_", "123", "2dsphere", "<", ">=", "a b", "🦀",
    "r#x", "Unknown", "UNKNOWN", "Option", "Client", "builder", "shared", "mod", "default", "None",
    "$ref",
];

/// Damages the document once; returns what it did and where.
fn mutate(doc: &mut Value, rng: &mut Rng) -> String {
    let all = pointers(doc);
    let Some(at) = rng.pick(&all).cloned() else {
        return "nothing to mutate".to_owned();
    };
    match rng.below(10) {
        0 => delete_key(doc, &at, rng),
        1 | 2 => retype(doc, &at, rng),
        3 => dangling_ref(doc, rng),
        4 => cyclic_ref(doc, rng),
        5 => huge_or_empty_string(doc, rng),
        6 => odd_name(doc, &at, rng),
        7 => deep_nesting(doc, &at, rng),
        8 => duplicate_operation_id(doc, rng),
        _ => odd_value(doc, &at, rng),
    }
}

fn delete_key(doc: &mut Value, at: &str, rng: &mut Rng) -> String {
    let Some(Value::Object(m)) = doc.pointer_mut(at) else {
        return format!("delete: {at} is not an object");
    };
    let keys: Vec<String> = m.keys().cloned().collect();
    match rng.pick(&keys) {
        Some(k) => {
            m.remove(k);
            format!("delete {at}/{k}")
        }
        None => format!("delete: {at} is empty"),
    }
}

/// A value of another JSON type.
fn other_value(v: &Value, rng: &mut Rng) -> Value {
    let choices = [
        json!(null),
        json!(true),
        json!(-1),
        json!(1.5e300),
        json!("x"),
        json!([]),
        json!({}),
        json!([{}]),
        json!({"type": 7}),
    ];
    let mut new = choices[rng.below(choices.len())].clone();
    if std::mem::discriminant(&new) == std::mem::discriminant(v) {
        new = json!("swapped");
    }
    new
}

fn retype(doc: &mut Value, at: &str, rng: &mut Rng) -> String {
    match doc.pointer_mut(at) {
        Some(v) => {
            *v = other_value(v, rng);
            format!("retype {at} to {v}")
        }
        None => format!("retype: no {at}"),
    }
}

/// A value that is valid JSON but odd for the place: huge numbers, wrong
/// formats, enums of mixed types.
fn odd_value(doc: &mut Value, at: &str, rng: &mut Rng) -> String {
    let choices = [
        json!({"type": "string", "format": "binary"}),
        json!({"type": "integer", "enum": [1, "a", null]}),
        json!({"type": "string", "pattern": "(?<=x)[", "enum": []}),
        json!({"oneOf": []}),
        json!({"allOf": [{}], "oneOf": [{"type": "string", "enum": ["a"]}], "discriminator": {"propertyName": "k", "mapping": {"a": "#/components/schemas/Nope"}}}),
        json!({"type": "array"}),
        json!({"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Nope"}}),
        json!({"not": {}}),
        json!({"type": "number", "minimum": 1e308, "maximum": -1e308}),
        json!({"type": "string", "pattern": "^[a-z]{99999}$"}),
    ];
    let new = choices[rng.below(choices.len())].clone();
    match doc.pointer_mut(at) {
        Some(v) => {
            *v = new;
            format!("odd value at {at}: {v}")
        }
        None => format!("odd value: no {at}"),
    }
}

fn dangling_ref(doc: &mut Value, rng: &mut Rng) -> String {
    let refs: Vec<String> = pointers(doc)
        .into_iter()
        .filter(|p| p.ends_with("/$ref"))
        .collect();
    let targets = [
        "#/components/schemas/Nope",
        "#/components/parameters/nope",
        "#/paths/x",
        "other.yaml#/X",
        "#",
        "",
    ];
    let target = targets[rng.below(targets.len())];
    match rng
        .pick(&refs)
        .and_then(|p| doc.pointer_mut(p).map(|v| (p.clone(), v)))
    {
        Some((p, v)) => {
            *v = json!(target);
            format!("dangling {p} -> {target}")
        }
        None => "dangling: no $ref".to_owned(),
    }
}

fn cyclic_ref(doc: &mut Value, rng: &mut Rng) -> String {
    let names: Vec<String> = doc["components"]["schemas"]
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let (Some(a), Some(b)) = (rng.pick(&names).cloned(), rng.pick(&names).cloned()) else {
        return "cyclic: no schemas".to_owned();
    };
    let r = |n: &str| {
        format!(
            "#/components/schemas/{}",
            n.replace('~', "~0").replace('/', "~1")
        )
    };
    let schemas = &mut doc["components"]["schemas"];
    match rng.below(3) {
        0 => {
            schemas[&a] = json!({"$ref": r(&b)});
            schemas[&b] = json!({"$ref": r(&a)});
            format!("cyclic $ref {a} <-> {b}")
        }
        1 => {
            schemas[&a] = json!({"allOf": [{"$ref": r(&a)}, {"$ref": r(&b)}], "properties": {"x": {"$ref": r(&a)}}});
            format!("cyclic allOf through {a}")
        }
        _ => {
            schemas[&a] = json!({"type": "object", "required": ["me"], "properties": {"me": {"$ref": r(&a)}}, "oneOf": [{"$ref": r(&a)}]});
            format!("{a} contains and unions itself")
        }
    }
}

fn huge_or_empty_string(doc: &mut Value, rng: &mut Rng) -> String {
    let strings: Vec<String> = pointers(doc)
        .into_iter()
        .filter(|p| doc.pointer(p).is_some_and(Value::is_string))
        .collect();
    let Some(p) = rng.pick(&strings).cloned() else {
        return "string: none".to_owned();
    };
    let new = match rng.below(3) {
        0 => String::new(),
        1 => "x".repeat(70_000),
        _ => "ä{}\"\\`<>\n#/*".repeat(1000),
    };
    if let Some(v) = doc.pointer_mut(&p) {
        *v = json!(new);
    }
    format!("string at {p} of {} bytes", new.len())
}

fn odd_name(doc: &mut Value, at: &str, rng: &mut Rng) -> String {
    let Some(Value::Object(m)) = doc.pointer_mut(at) else {
        return format!("rename: {at} is not an object");
    };
    let keys: Vec<String> = m.keys().cloned().collect();
    let (Some(old), Some(new)) = (rng.pick(&keys).cloned(), rng.pick(ODD_NAMES)) else {
        return format!("rename: {at} is empty");
    };
    if let Some(v) = m.remove(&old) {
        m.insert((*new).to_owned(), v);
    }
    format!("rename {at}/{old} to {new:?}")
}

/// Wraps a node in many levels of arrays, allOfs or properties: mostly
/// within the generator's depth limit (`load::MAX_DEPTH`), sometimes beyond.
fn deep_nesting(doc: &mut Value, at: &str, rng: &mut Rng) -> String {
    let Some(v) = doc.pointer_mut(at) else {
        return format!("nest: no {at}");
    };
    let depth = 2 + rng.below(20);
    let kind = rng.below(3);
    let mut node = std::mem::take(v);
    for _ in 0..depth {
        node = match kind {
            0 => json!({"type": "array", "items": node}),
            1 => json!({"allOf": [node]}),
            _ => json!({"type": "object", "properties": {"a": node}}),
        };
    }
    *v = node;
    format!("nest {at} {depth} levels deep (kind {kind})")
}

fn duplicate_operation_id(doc: &mut Value, rng: &mut Rng) -> String {
    let ids: Vec<String> = pointers(doc)
        .into_iter()
        .filter(|p| p.ends_with("/operationId"))
        .collect();
    let (Some(a), Some(b)) = (rng.pick(&ids).cloned(), rng.pick(&ids).cloned()) else {
        return "duplicate id: none".to_owned();
    };
    let value = doc.pointer(&a).cloned().unwrap_or(json!("dup"));
    if let Some(v) = doc.pointer_mut(&b) {
        *v = value;
    }
    format!("operationId of {b} copied from {a}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_reproduce_from_their_seed() {
        let corpus = Corpus {
            spec: None,
            fixtures: vec![(
                "f".into(),
                json!({"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"operationId": "a", "responses": {}}}}}),
            )],
        };
        for seed in 0..50 {
            let (a, b) = (case(&corpus, seed), case(&corpus, seed));
            assert_eq!((a.text, a.mutations), (b.text, b.mutations));
        }
    }

    #[test]
    fn cut_keeps_what_the_paths_reach() {
        let spec = json!({
            "openapi": "3.0.1",
            "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/R"}}}}},
            "components": {
                "responses": {"R": {"description": "r", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}},
                "schemas": {"A": {"properties": {"b": {"$ref": "#/components/schemas/B"}}}, "B": {}, "Unreached": {}}
            }
        });
        let doc = cut(&spec, &mut Rng::new(1));
        let schemas: Vec<&String> = doc["components"]["schemas"]
            .as_object()
            .unwrap()
            .keys()
            .collect();
        assert_eq!(schemas, ["A", "B"]);
        assert!(doc["components"]["responses"]["R"].is_object());
    }
}
