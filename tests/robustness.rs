//! Odd and broken inputs give a result with the expected warnings or a
//! clear error naming the file and the JSON pointer. (Random damage of the
//! real spec and the fixtures is `tests/fuzz.rs` and `cargo xtask fuzz`.)

use std::collections::BTreeSet;

/// What generating an input must give: success with exactly these warning
/// codes, or failure whose message holds each of these texts (error codes,
/// pointers).
enum Expect {
    Warnings(&'static [&'static str]),
    Fails(&'static [&'static str]),
}

type Outcome = Result<atlas_codegen::Generated, atlas_codegen::diag::Error>;

fn check(name: &str, result: Outcome, expect: &Expect) {
    match (result, expect) {
        (Ok(g), Expect::Warnings(codes)) => {
            assert!(!g.files.is_empty(), "{name}: no files");
            let got: BTreeSet<&str> = g.diagnostics.iter().map(|d| d.code).collect();
            let want: BTreeSet<&str> = codes.iter().copied().collect();
            assert_eq!(got, want, "{name}: warnings {:?}", g.diagnostics);
            assert!(
                g.diagnostics.iter().all(|d| d.pointer.starts_with('#')),
                "{name}: a warning without a pointer: {:?}",
                g.diagnostics
            );
        }
        (Err(e), Expect::Fails(texts)) => {
            let text = e.to_string();
            assert!(
                text.starts_with(&e.file),
                "{name}: the error does not name the file: {text}"
            );
            for t in *texts {
                assert!(text.contains(t), "{name}: {t:?} not in: {text}");
            }
        }
        (Ok(g), Expect::Fails(_)) => {
            panic!("{name}: generated, but should fail ({:?})", g.diagnostics)
        }
        (Err(e), Expect::Warnings(_)) => panic!("{name}: should generate: {e}"),
    }
}

/// Every fixture file, with what it must give; a fixture missing from the
/// table fails the test, so each new one states its outcome.
#[test]
fn every_fixture_generates_or_fails_as_expected() {
    use Expect::*;
    let table: &[(&str, Expect)] = &[
        (
            "bad_dangling_ref.yaml",
            Fails(&[
                "dangling-ref",
                "#/components/schemas/Holder/properties/missing",
            ]),
        ),
        (
            "bad_duplicate_operation_id.yaml",
            Fails(&["duplicate-operation-id", "#/paths/~1api~1atlas~1v2~1b/get"]),
        ),
        (
            "bad_malformed.yaml",
            Fails(&["malformed YAML", "line 3 column 1"]),
        ),
        (
            "bad_ref_cycle.yaml",
            Fails(&[
                "ref-cycle",
                "#/components/schemas/Loop",
                "#/components/schemas/Ping",
                "#/components/schemas/Pong",
            ]),
        ),
        (
            "bad_too_deep.yaml",
            Fails(&[
                "#/components/schemas/Deep/items/items",
                "nested more than 20 levels",
            ]),
        ),
        ("every_mapping.yaml", Warnings(&[])),
        ("naming_collisions.yaml", Warnings(&["no-paths"])),
        ("naming_keywords.yaml", Warnings(&[])),
        ("naming_leading_digits.yaml", Warnings(&["no-paths"])),
        (
            "odd_long_pattern.yaml",
            Warnings(&["example-breaks-constraints", "no-version"]),
        ),
        ("odd_type_requires_itself.yaml", Warnings(&[])),
        ("union_anyof_tagged.yaml", Warnings(&["no-paths"])),
        (
            "union_branch_only_wraps_the_union.yaml",
            Warnings(&["no-paths"]),
        ),
        (
            "union_discriminator_without_oneof.yaml",
            Warnings(&["no-paths"]),
        ),
        (
            "union_mapping_key_disagrees_with_enum.yaml",
            Warnings(&["no-paths"]),
        ),
        (
            "union_mapping_targets_not_children.yaml",
            Warnings(&["no-paths"]),
        ),
        (
            "union_object_over_enum_branches.yaml",
            Warnings(&["no-paths"]),
        ),
        (
            "union_one_branch_and_untagged.yaml",
            Warnings(&["no-paths"]),
        ),
        ("union_parent_child_cycle.yaml", Warnings(&["no-paths"])),
        (
            "unsupported_not.yaml",
            Warnings(&["no-paths", "unsupported-not"]),
        ),
    ];
    let mut files: Vec<String> = std::fs::read_dir(atlas_tests::root().join("tests/fixtures"))
        .expect("fixtures")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let listed: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
    assert_eq!(files, listed, "every fixture, and only those, in the table");
    for (name, expect) in table {
        check(name, atlas_tests::fixture(name), expect);
    }
}

const HEAD: &str = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\n";

fn odd(paths: &str, schemas: &str) -> String {
    let components = if schemas.is_empty() {
        String::new()
    } else {
        format!("components:\n  schemas:\n{schemas}")
    };
    format!("{HEAD}paths:{paths}\n{components}")
}

#[test]
fn odd_constructs_generate_or_fail_cleanly() {
    use Expect::*;
    let cases: Vec<(&str, String, Expect)> = vec![
        (
            "self-referencing allOf",
            odd(
                " {}",
                "    A: {allOf: [{$ref: '#/components/schemas/A'}], properties: {x: {type: string}}}\n",
            ),
            Warnings(&["allof-cycle", "no-paths"]),
        ),
        (
            "a discriminator mapping that names the union itself",
            odd(
                " {}",
                "    U: {type: object, properties: {kind: {type: string}}, discriminator: {propertyName: kind, mapping: {self: '#/components/schemas/U', other: '#/components/schemas/O'}}}\n    O: {type: object}\n",
            ),
            Warnings(&["no-paths"]),
        ),
        (
            "enums with nulls and mixed types, arrays without items, unknown types",
            odd(
                " {}",
                "    E: {enum: [a, null, 1]}\n    L: {type: array}\n    W: {type: wat}\n    M: {type: object, additionalProperties: false}\n",
            ),
            Warnings(&["no-paths", "unknown-type"]),
        ),
        (
            "operations without ids, tags, responses or declared path parameters",
            odd(
                "\n  /a/{id}:\n    get: {responses: {}}\n    post: {operationId: '', tags: [x, y], responses: {'201': {description: c, content: {'text/plain': {schema: {type: string}}}}}}",
                "",
            ),
            Warnings(&[
                "many-tags",
                "missing-operation-id",
                "missing-tag",
                "no-success-response",
                "no-version",
                "undeclared-path-parameter",
            ]),
        ),
        (
            "tags that are keywords or not identifiers",
            odd(
                "\n  /a:\n    get: {operationId: a, tags: [type], responses: {'204': {description: n}}}\n  /b:\n    get: {operationId: b, tags: ['2 Fast & Furious'], responses: {'204': {description: n}}}",
                "",
            ),
            Warnings(&["no-version"]),
        ),
        (
            "an OpenAPI 3.1 document",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n".to_owned(),
            Warnings(&["no-paths", "openapi-version"]),
        ),
        (
            "an empty document",
            String::new(),
            Fails(&["the spec is empty"]),
        ),
        (
            "a document of whitespace",
            " \n\t\n".to_owned(),
            Fails(&["the spec is empty"]),
        ),
        (
            "not a mapping",
            "- a\n- b\n".to_owned(),
            Fails(&["#: not a valid OpenAPI 3.0 document"]),
        ),
        (
            "a $ref chain back to itself",
            odd(
                " {}",
                "    B: {$ref: '#/components/schemas/C'}\n    C: {$ref: '#/components/schemas/B'}\n",
            ),
            Fails(&[
                "ref-cycle",
                "#/components/schemas/B",
                "#/components/schemas/C",
            ]),
        ),
        (
            "refs that point outside components/schemas",
            odd(
                " {}",
                "    R: {properties: {p: {$ref: '#/paths/x'}, q: {$ref: 'other.yaml#/X'}}}\n",
            ),
            Fails(&[
                "unsupported-ref",
                "#/components/schemas/R/properties/p",
                "other.yaml#/X",
            ]),
        ),
    ];
    for (what, text, expect) in &cases {
        let result =
            atlas_codegen::generate("odd.yaml", text, "odd", &atlas_tests::fixture_inputs());
        check(&format!("odd.yaml ({what})"), result, expect);
    }
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
