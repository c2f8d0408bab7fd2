//! Each kind of change on a small pair of specs.

use super::*;

/// The IR of a spec with these `paths` and `components/schemas` (YAML).
fn ir(paths: &str, schemas: &str) -> Ir {
    ir_in(
        paths,
        schemas,
        &crate::inputs::Inputs::of(crate::settings::minimal()),
    )
}

/// [`ir`] with these inputs.
fn ir_in(paths: &str, schemas: &str, inputs: &crate::inputs::Inputs) -> Ir {
    let indent = |s: &str, n: usize| -> String {
        s.lines()
            .map(|l| format!("{}{l}\n", " ".repeat(n)))
            .collect()
    };
    let schemas = if schemas.is_empty() {
        "    {}\n".to_owned()
    } else {
        indent(schemas, 4)
    };
    let text = format!(
        "openapi: 3.0.1\ninfo: {{title: t, version: '1'}}\npaths:\n{}components:\n  schemas:\n{schemas}",
        indent(paths, 2)
    );
    crate::build_ir("t.yaml", &text, inputs).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn report(old: (&str, &str), new: (&str, &str)) -> Report {
    diff(&ir(old.0, old.1), &ir(new.0, new.1), "2026-01-01")
}

fn ids(r: &Report) -> Vec<(&'static str, bool, String)> {
    r.changes
        .iter()
        .map(|c| (c.id, c.breaking, c.subject.clone()))
        .collect()
}

fn op(path: &str, method: &str, id: &str, extra: &str) -> String {
    format!(
        "{path}:\n  {method}:\n    operationId: {id}\n    tags: [Things]\n{extra}    responses:\n      '200':\n        description: ok\n        content:\n          application/vnd.atlas.2024-01-01+json: {{schema: {{$ref: '#/components/schemas/Thing'}}}}\n"
    )
}

const THING: &str = "Thing:
  type: object
  required: [name]
  properties:
    name: {type: string}
    size: {type: integer}
    color: {type: string, enum: [RED, BLUE]}";

#[test]
fn the_same_spec_gives_an_empty_report() {
    let paths = op(
        "/things/{id}",
        "get",
        "getThing",
        "    parameters:\n      - {name: id, in: path, required: true, schema: {type: string}}\n",
    );
    let r = report((&paths, THING), (&paths, THING));
    assert!(r.is_empty(), "{r:?}");
    assert_eq!(r.semver(), Semver::Patch);
    assert!(markdown(&r).contains("No change"));
    assert_eq!(json(&r)["summary"]["semver"], "patch");
}

#[test]
fn operations_are_paired_by_route_with_parameter_names_ignored() {
    let old = [
        op("/things/{id}", "get", "getThing", ""),
        op("/gone", "get", "getGone", "    deprecated: true\n"),
    ]
    .concat();
    let new = [
        op("/things/{thingId}", "get", "getThingById", ""),
        op("/fresh", "post", "createFresh", ""),
    ]
    .concat();
    let r = report((&old, THING), (&new, THING));
    assert_eq!(r.operations_renamed.len(), 1);
    let renamed = &r.operations_renamed[0];
    assert_eq!(
        (renamed.old.method.as_str(), renamed.new.method.as_str()),
        ("things().get_thing", "things().get_thing_by_id")
    );
    assert_eq!(r.operations_added[0].operation_id, "createFresh");
    assert_eq!(r.operations_removed[0].operation_id, "getGone");
    assert!(
        r.operations_removed[0].deprecated,
        "deprecated before it went"
    );
    assert_eq!(r.semver(), Semver::Major, "a removal breaks callers");
    let summary = &json(&r)["summary"]["operations"];
    assert_eq!(
        (
            summary["added"].as_u64(),
            summary["removed"].as_u64(),
            summary["renamed"].as_u64()
        ),
        (Some(1), Some(1), Some(1))
    );
}

#[test]
fn a_rename_alone_is_minor_and_a_moved_group_is_reported() {
    let old = op("/a", "get", "getA", "");
    let new = op("/a", "get", "getAlpha", "").replace("tags: [Things]", "tags: [Letters]");
    let r = report((&old, THING), (&new, THING));
    assert_eq!(r.operations_renamed.len(), 1);
    assert_eq!(r.operations_moved.len(), 1);
    assert_eq!(r.operations_moved[0].new.group, "letters");
    assert_eq!(r.semver(), Semver::Minor);
}

#[test]
fn parameters_added_removed_retyped_and_required() {
    let params = |list: &str| format!("    parameters:\n{list}");
    let old = op(
        "/a",
        "get",
        "getA",
        &params(
            "      - {name: gone, in: query, schema: {type: string}}\n      - {name: kind, in: query, schema: {type: string}}\n      - {name: soon, in: query, schema: {type: string}}\n",
        ),
    );
    let new = op(
        "/a",
        "get",
        "getA",
        &params(
            "      - {name: kind, in: query, schema: {type: integer}}\n      - {name: soon, in: query, required: true, schema: {type: string}}\n      - {name: must, in: query, required: true, schema: {type: string}}\n      - {name: may, in: query, schema: {type: string}}\n",
        ),
    );
    let r = report((&old, THING), (&new, THING));
    let got = ids(&r);
    for (id, breaking) in [
        ("request-parameter-removed", true),
        ("request-parameter-type-changed", true),
        ("request-parameter-became-required", true),
        ("request-parameter-added-required", true),
        ("request-parameter-added", false),
    ] {
        assert!(
            got.contains(&(id, breaking, "getA".to_owned())),
            "{id}: {got:?}"
        );
    }
    assert_eq!(r.semver(), Semver::Major);
}

#[test]
fn request_and_response_fields_by_the_side_they_are_used_on() {
    let body = "    requestBody:\n      required: true\n      content:\n        application/vnd.atlas.2024-01-01+json: {schema: {$ref: '#/components/schemas/Input'}}\n";
    let paths = op("/a", "post", "postA", body);
    let old = format!(
        "{THING}\nInput:\n  type: object\n  properties:\n    note: {{type: string}}\n    old: {{type: string}}"
    );
    let new = "Thing:\n  type: object\n  properties:\n    name: {type: string}\n    color: {type: string, enum: [RED, GREEN]}\nInput:\n  type: object\n  required: [must]\n  properties:\n    note: {type: string}\n    must: {type: string}";
    let r = report((&paths, &old), (&paths, new));
    let got = ids(&r);
    for (id, breaking, subject) in [
        ("request-field-added-required", true, "Input"),
        ("request-field-removed", true, "Input"),
        ("response-field-removed", true, "Thing"),
        ("response-field-became-optional", true, "Thing"),
        ("enum-value-removed", true, "ThingColor"),
        ("enum-value-added", false, "ThingColor"),
    ] {
        assert!(
            got.contains(&(id, breaking, subject.to_owned())),
            "{id} on {subject}: {got:?}"
        );
    }
}

#[test]
fn types_renamed_by_position_and_by_structure_added_and_removed() {
    let paths = op("/a", "get", "getA", "");
    let old = format!(
        "{THING}\nLonely:\n  type: object\n  properties:\n    x: {{type: string}}\n    y: {{type: string}}\nDropped:\n  type: string\n  enum: [A, B]"
    );
    let new = format!(
        "{}\nAlone:\n  type: object\n  properties:\n    x: {{type: string}}\n    y: {{type: string}}\nFresh:\n  type: string\n  enum: [C]",
        THING.replace("Thing:", "Item:")
    )
    .replace("'#/components/schemas/Thing'", "'#/components/schemas/Item'");
    let paths_new = paths.replace(
        "'#/components/schemas/Thing'",
        "'#/components/schemas/Item'",
    );
    let r = report((&paths, &old), (&paths_new, &new));
    let renames: Vec<(&str, &str, &str)> = r
        .types_renamed
        .iter()
        .map(|t| (t.old.as_str(), t.new.as_str(), t.by))
        .collect();
    assert!(
        renames.contains(&("Thing", "Item", "position")),
        "{renames:?}"
    );
    assert!(
        renames.contains(&("ThingColor", "ItemColor", "position")),
        "{renames:?}"
    );
    assert!(
        renames.contains(&("Lonely", "Alone", "structure")),
        "{renames:?}"
    );
    assert_eq!(r.types_removed, ["Dropped"]);
    assert_eq!(r.types_added, ["Fresh"]);
}

#[test]
fn versions_sunsets_and_deprecations_are_minor() {
    let old = op("/a", "get", "getA", "");
    let new = old.replace(
        "          application/vnd.atlas.2024-01-01+json: {schema: {$ref: '#/components/schemas/Thing'}}\n",
        "          application/vnd.atlas.2024-01-01+json: {schema: {$ref: '#/components/schemas/Thing'}, x-sunset: '2025-06-01'}\n          application/vnd.atlas.2025-01-01+json: {schema: {$ref: '#/components/schemas/Thing'}}\n",
    )
    .replace("    tags: [Things]\n", "    tags: [Things]\n    deprecated: true\n");
    let r = report((&old, THING), (&new, THING));
    let got = ids(&r);
    for id in [
        "version-added",
        "sunset-set",
        "sunset-passed",
        "operation-deprecated",
    ] {
        assert!(got.iter().any(|(i, b, _)| *i == id && !b), "{id}: {got:?}");
    }
    assert_eq!(r.semver(), Semver::Minor);
}

#[test]
fn routes_ignore_parameter_names() {
    assert_eq!(
        route_key("GET", "/a/{groupId}/b/{name}.gz"),
        "GET /a/{}/b/{}.gz"
    );
}

#[test]
fn a_respelled_enum_value_a_new_field_and_another_success_status_do_not_break() {
    let old = op("/things", "get", "getThing", "");
    let new = old.replace("'200':", "'201':");
    let respelled = THING
        .replace("enum: [RED, BLUE]", "enum: [red, BLUE, GREEN]")
        .replace(
            "size: {type: integer}",
            "size: {type: integer}\n    weight: {type: number}",
        );
    let r = report((&old, THING), (&new, &respelled));
    let mut got = ids(&r);
    got.sort();
    assert_eq!(
        got,
        [
            ("enum-value-added", false, "ThingColor".to_owned()),
            ("enum-value-respelled", false, "ThingColor".to_owned()),
            ("field-added", false, "Thing".to_owned()),
            ("response-status-changed", false, "getThing".to_owned()),
        ]
    );
    let respelled = r.changes.iter().find(|c| c.id == "enum-value-respelled");
    assert_eq!(
        respelled.map(|c| c.detail.as_str()),
        Some(r#"variant `Red` is now sent as "red" (was "RED")"#)
    );
    assert_eq!(r.semver(), Semver::Minor);
}

#[test]
fn a_new_tag_value_of_a_union_variant_is_reported() {
    let paths = op("/things", "get", "getThing", "");
    let union = |keys: &str| {
        format!(
            "Thing:
  type: object
  discriminator:
    propertyName: kind
    mapping: {{{keys}}}
  properties:
    kind: {{type: string}}
Plain:
  type: object
  properties:
    kind: {{type: string}}
    n: {{type: integer}}"
        )
    };
    // Keys that share a target are one variant, named after the target.
    let old = union("a: '#/components/schemas/Plain', c: '#/components/schemas/Plain'");
    let new = union(
        "a: '#/components/schemas/Plain', b: '#/components/schemas/Plain', c: '#/components/schemas/Plain'",
    );
    let r = report((&paths, &old), (&paths, &new));
    let tags: Vec<&str> = r
        .changes
        .iter()
        .filter(|c| c.id == "union-tag-added")
        .map(|c| c.detail.as_str())
        .collect();
    assert_eq!(
        tags,
        [r#"tag value "b" decodes as variant `Plain`"#],
        "{r:?}"
    );
}

/// A field whose enum the new spec drops is an `enum-dropped` change with
/// what an update needs to keep it; the update keeps it (a record, and the
/// change becomes `enum-kept`), and generation with the record gives the
/// enum back under its name.
#[test]
fn a_dropped_enum_is_reported_and_kept() {
    let paths = op("/things", "get", "getThing", "");
    let plain = THING.replace(
        "color: {type: string, enum: [RED, BLUE]}",
        "color: {type: string}",
    );
    let mut r = report((&paths, THING), (&paths, &plain));
    assert_eq!(
        ids(&r),
        [("enum-dropped", true, "Thing".to_owned())],
        "{r:?}"
    );
    let dropped = r.enums_dropped[0].clone();
    assert_eq!(
        dropped.pointer,
        "#/components/schemas/Thing/properties/color"
    );
    assert_eq!(dropped.values, ["RED", "BLUE"]);
    let new = ir(&paths, &plain);
    let mut records = crate::compat::Records::default();
    crate::tooling::update::records::keep_enums(&mut records, &mut r, &new, "2026-05-01");
    assert_eq!(ids(&r), [("enum-kept", false, "Thing".to_owned())]);
    assert!(r.changes[0].detail.contains("enum kept from 2026-05-01"));
    assert_eq!(records.enums[0].name, dropped.name);

    // Generated again with the record: the field is the enum it was.
    let mut inputs = crate::inputs::Inputs::of(crate::settings::minimal());
    inputs.compat = records;
    let kept = ir_in(&paths, &plain, &inputs);
    let again = diff(&ir(&paths, THING), &kept, "2026-01-01");
    assert!(again.is_empty(), "{again:?}");
}
