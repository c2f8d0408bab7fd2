//! The generator never panics: odd but parseable specs, and the real spec
//! with random damage, give a result or a clear error, never a crash.

use serde_json::{Value, json};

fn generate(text: &str) -> Result<atlas_codegen::Generated, atlas_codegen::diag::Error> {
    atlas_codegen::generate("odd.yaml", text, "odd", &atlas_tests::fixture_settings())
}

#[test]
fn odd_constructs_generate_or_fail_cleanly() {
    let cases = [
        // Self-referencing allOf.
        "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {allOf: [{$ref: '#/components/schemas/A'}], properties: {x: {type: string}}}\n",
        // A discriminator mapping that names the union itself.
        "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    U: {type: object, properties: {kind: {type: string}}, discriminator: {propertyName: kind, mapping: {self: '#/components/schemas/U', other: '#/components/schemas/O'}}}\n    O: {type: object}\n",
        // Enums with nulls and mixed types, arrays without items, unknown types.
        "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    E: {enum: [a, null, 1]}\n    L: {type: array}\n    W: {type: wat}\n    M: {type: object, additionalProperties: false}\n",
        // Operations without ids, tags, responses or declared path parameters.
        "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /a/{id}:\n    get: {responses: {}}\n    post: {operationId: '', tags: [x, y], responses: {'201': {description: c, content: {'text/plain': {schema: {type: string}}}}}}\n",
        // Tags that are keywords or not identifiers at all.
        "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {operationId: a, tags: [type], responses: {'204': {description: n}}}\n  /b:\n    get: {operationId: b, tags: ['2 Fast & Furious'], responses: {'204': {description: n}}}\n",
        // An empty document and an OpenAPI 3.1 one.
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
    ];
    for text in cases {
        match generate(text) {
            Ok(g) => assert!(!g.files.is_empty()),
            Err(e) => panic!("odd but valid input should generate: {e}\n{text}"),
        }
    }
    // A $ref chain back to itself names no schema at all (it used to
    // become `pub type B = B;`, which does not compile): an error.
    let err = generate("openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    B: {$ref: '#/components/schemas/C'}\n    C: {$ref: '#/components/schemas/B'}\n")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("ref-cycle")
            && err.contains("#/components/schemas/B")
            && err.contains("#/components/schemas/C"),
        "{err}"
    );
    // Refs that point outside components/schemas: an error naming both.
    let err = generate("openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    R: {properties: {p: {$ref: '#/paths/x'}, q: {$ref: 'other.yaml#/X'}}}\n")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("#/components/schemas/R/properties/p") && err.contains("other.yaml#/X"),
        "{err}"
    );
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Walks to a random node inside `#/components/schemas` or `#/paths` and
/// damages it: removes a key, or replaces a value with one of another type.
fn damage(doc: &mut Value, rng: &mut Rng) {
    // Choose the node by walking immutably, then damage it through its pointer.
    let mut pointer = if rng.below(2) == 0 {
        "/components/schemas".to_owned()
    } else {
        "/paths".to_owned()
    };
    let mut node = doc.pointer(&pointer).expect("present");
    for _ in 0..(1 + rng.below(6)) {
        let next = match node {
            Value::Object(map) if !map.is_empty() => {
                let key = map.keys().nth(rng.below(map.len())).expect("non-empty");
                Some((key.replace('~', "~0").replace('/', "~1"), &map[key]))
            }
            Value::Array(items) if !items.is_empty() => {
                let i = rng.below(items.len());
                Some((i.to_string(), &items[i]))
            }
            _ => None,
        };
        match next {
            Some((segment, n)) if n.is_object() || n.is_array() => {
                pointer = format!("{pointer}/{segment}");
                node = n;
            }
            _ => break,
        }
    }
    let replacement = [
        json!(null),
        json!("x"),
        json!(7),
        json!([]),
        json!({}),
        json!({"$ref": "#/components/schemas/Nope"}),
    ];
    let pick = replacement[rng.below(replacement.len())].clone();
    let remove = rng.below(2) == 0;
    let key_choice = rng.next();
    match doc.pointer_mut(&pointer).expect("present") {
        Value::Object(map) if !map.is_empty() => {
            let key = map
                .keys()
                .nth((key_choice % map.len() as u64) as usize)
                .cloned()
                .expect("non-empty");
            if remove {
                map.remove(&key);
            } else {
                map.insert(key, pick);
            }
        }
        other => *other = pick,
    }
}

#[test]
fn the_real_spec_with_random_damage_never_panics() {
    let path = &atlas_tests::real().located.path;
    let text = std::fs::read_to_string(path).expect("spec");
    let doc: Value = atlas_codegen::load::parse("spec", &text)
        .map(|d| serde_json::to_value(d).expect("to JSON"))
        .expect("the real spec parses");
    // More rounds locally with ATLAS_DAMAGE_ROUNDS=N.
    let rounds: usize = std::env::var("ATLAS_DAMAGE_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(24);
    let mut rng = Rng(0x5eed_a71a5);
    let (mut ok, mut errors) = (0, 0);
    for _ in 0..rounds {
        let mut damaged = doc.clone();
        for _ in 0..(1 + rng.below(8)) {
            damage(&mut damaged, &mut rng);
        }
        let text = serde_json::to_string(&damaged).expect("JSON");
        match atlas_codegen::generate(
            "damaged.json",
            &text,
            "damaged",
            &atlas_tests::fixture_settings(),
        ) {
            Ok(_) => ok += 1,
            Err(e) => {
                assert!(e.to_string().starts_with("damaged.json"), "{e}");
                errors += 1;
            }
        }
    }
    assert_eq!(ok + errors, rounds);
}

#[test]
fn the_older_release_generates_too() {
    // The 2025-06-30 release is not the pinned spec: it is what a maintainer
    // regenerating after an upstream change would feed in (--allow-unpinned).
    let choice = atlas_codegen::project::SpecChoice {
        flag: Some(atlas_tests::root().join("../shared/spec/atlas-api-2025-06-30.yaml")),
        env: None,
        allow_unpinned: true,
    };
    let run =
        atlas_codegen::project::run(&atlas_tests::root(), &choice).expect("older spec generates");
    assert!(!run.pinned);
    assert_eq!(run.generated.stats.operations, 454);
    let apis = atlas_tests::api_code(&run.generated);
    assert!(apis.contains("#[doc(alias = \"updateOrganizationInvitationById\")]"));
    assert!(!apis.contains("#[doc(alias = \"updateOrgInviteById\")]"));
}
