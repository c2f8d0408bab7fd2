//! Operation building on small inline specs: version choice, parameter
//! order, paging shape, and the names the naming pass gives.

use super::*;
use crate::types::TypeSettings;

/// Builds the operations of a spec whose `paths` is `paths` (YAML) and
/// whose `components` is `components`, at release `release`.
fn build_at(
    paths: &str,
    components: &str,
    release: &str,
) -> (Vec<Operation>, Vec<Group>, Vec<crate::diag::Diagnostic>) {
    let indent = |s: &str, n: usize| -> String {
        s.lines()
            .map(|l| format!("{}{l}\n", " ".repeat(n)))
            .collect()
    };
    let text = format!(
        "openapi: 3.0.1\ninfo: {{title: t, version: '1'}}\npaths:\n{}components:\n{}",
        indent(paths, 2),
        indent(
            if components.is_empty() {
                "{}"
            } else {
                components
            },
            2
        )
    );
    let text = text.replace("components:\n  {}\n", "components: {}\n");
    let doc = crate::load::parse("test.yaml", &text).expect("test spec parses");
    let mut space = TypeSpace::new(&doc, TypeSettings::default());
    space.add_components();
    let mut diags = Diagnostics::default();
    let settings = OpSettings {
        release: release.to_owned(),
        ..OpSettings::default()
    };
    let (ops, groups) = build(&doc, &mut space, &settings, &mut diags);
    diags.extend(std::mem::take(&mut space.diags));
    (ops, groups, diags.into_sorted())
}

fn build_paths(paths: &str) -> (Vec<Operation>, Vec<Group>, Vec<crate::diag::Diagnostic>) {
    build_at(paths, "", "2025-01-01")
}

const VERSIONED: &str = "/things:
  get:
    operationId: listThings
    tags: [Things]
    responses:
      '200':
        description: ok
        content:
          application/vnd.atlas.2023-01-01+json: {schema: {type: string}}
          application/vnd.atlas.2024-05-30+json: {schema: {type: integer}}
          application/vnd.atlas.2026-01-01+json: {schema: {type: boolean}}
          application/vnd.atlas.preview+json: {schema: {type: number}}";

#[test]
fn the_default_is_the_newest_version_not_after_the_release() {
    let (ops, _, diags) = build_paths(VERSIONED);
    assert!(diags.is_empty(), "{diags:?}");
    let versions: Vec<(&str, bool)> = ops
        .iter()
        .map(|o| (o.version.as_str(), o.is_default()))
        .collect();
    assert_eq!(
        versions,
        [
            ("2024-05-30", true),
            ("2023-01-01", false),
            ("2026-01-01", false),
            ("preview", false)
        ]
    );
    let kinds: Vec<&Output> = ops.iter().map(|o| &o.output).collect();
    assert_eq!(
        kinds[0],
        &Output::Single(SuccessKind::Json(Ty::I64)),
        "the 2024-05-30 body"
    );
    assert_eq!(kinds[1], &Output::Single(SuccessKind::Json(Ty::String)));
    assert!(ops[3].preview);
    assert_eq!(ops[0].accept, "application/vnd.atlas.2024-05-30+json");
}

#[test]
fn other_versions_get_methods_named_with_the_version() {
    let (ops, _, _) = build_paths(VERSIONED);
    let methods: Vec<&str> = ops.iter().map(|o| o.names.method.as_str()).collect();
    assert_eq!(
        methods,
        [
            "list_things",
            "list_things_v2023_01_01",
            "list_things_v2026_01_01",
            "list_things_preview"
        ]
    );
    let VersionRole::Default { others } = &ops[0].names.role else {
        panic!("the first is the default")
    };
    let listed: Vec<(&str, &str)> = others
        .iter()
        .map(|o| (o.version.as_str(), o.method.as_str()))
        .collect();
    assert_eq!(
        listed,
        [
            ("2023-01-01", "list_things_v2023_01_01"),
            ("2026-01-01", "list_things_v2026_01_01"),
            ("preview", "list_things_preview")
        ],
        "the default lists exactly the methods the others got"
    );
    assert_eq!(
        ops[1].names.role,
        VersionRole::Other {
            default_method: "list_things".into()
        }
    );
    let builders: Vec<&str> = ops.iter().map(|o| o.names.builder.as_str()).collect();
    assert_eq!(
        builders,
        [
            "ListThings",
            "ListThingsV2023_01_01",
            "ListThingsV2026_01_01",
            "ListThingsPreview"
        ]
    );
}

#[test]
fn a_version_method_name_taken_by_an_operation_gets_a_suffix_everyone_sees() {
    let paths = format!(
        "{VERSIONED}
/a-other:
  get:
    operationId: list_things_v2023_01_01
    tags: [Things]
    responses:
      '204': {{description: none}}"
    );
    let (ops, _, _) = build_paths(&paths);
    let find = |id: &str, v: &str| {
        ops.iter()
            .find(|o| o.id == id && o.version == v)
            .expect("op")
    };
    // `/a-other` sorts before `/things`: its default claims the plain name.
    assert_eq!(
        find("list_things_v2023_01_01", "2023-01-01").names.method,
        "list_things_v2023_01_01"
    );
    let renamed = &find("listThings", "2023-01-01").names.method;
    assert_eq!(renamed, "list_things_v2023_01_01_2");
    let VersionRole::Default { others } = &find("listThings", "2024-05-30").names.role else {
        panic!("default")
    };
    assert!(
        others.iter().any(|o| &o.method == renamed),
        "docs name the method that exists"
    );
}

#[test]
fn an_operation_with_only_future_versions_warns_and_takes_the_oldest() {
    let (ops, _, diags) = build_at(VERSIONED, "", "2020-01-01");
    assert_eq!(
        ops[0].version, "preview",
        "a preview beats a future version"
    );
    let only_future = VERSIONED.replace(
        "          application/vnd.atlas.preview+json: {schema: {type: number}}",
        "",
    );
    let (ops, _, diags2) = build_at(&only_future, "", "2020-01-01");
    assert!(diags.is_empty());
    assert_eq!(ops[0].version, "2023-01-01");
    assert!(
        diags2.iter().any(|d| d.code == "version-after-release"),
        "{diags2:?}"
    );
}

#[test]
fn parameters_follow_the_template_then_query_then_header() {
    let (ops, _, diags) = build_paths(
        "/a/{second}/b/{first}:
  parameters:
    - {name: first, in: path, required: true, schema: {type: string}}
    - {name: q, in: query, schema: {type: string}}
  get:
    operationId: getA
    tags: [A]
    parameters:
      - {name: X-Header, in: header, schema: {type: string}}
      - {name: q, in: query, description: the operation's own, schema: {type: integer}}
      - {name: body, in: query, schema: {type: string}}
    responses:
      '204': {description: none}",
    );
    let params: Vec<(&str, &str, Location)> = ops[0]
        .params
        .iter()
        .map(|p| (p.wire.as_str(), p.ident.as_str(), p.location))
        .collect();
    assert_eq!(
        params,
        [
            ("second", "second", Location::Path),
            ("first", "first", Location::Path),
            ("q", "q", Location::Query),
            ("body", "body2", Location::Query),
            ("X-Header", "x_header", Location::Header),
        ],
        "template order; `body` is the body setter's name"
    );
    assert_eq!(
        ops[0].params[2].ty,
        Ty::I64,
        "the operation's own `q` replaces the path item's"
    );
    assert!(
        diags.iter().any(|d| d.code == "undeclared-path-parameter"),
        "{diags:?}"
    );
}

#[test]
fn patterns_are_kept_for_strings_that_compile() {
    let (ops, _, diags) = build_paths(
        "/a:
  get:
    operationId: getA
    tags: [A]
    parameters:
      - {name: id, in: query, schema: {type: string, pattern: '^[0-9a-f]{24}$'}}
      - {name: when, in: query, schema: {type: integer, pattern: '1199145600'}}
      - {name: bad, in: query, schema: {type: string, pattern: '(unclosed'}}
    responses:
      '204': {description: none}",
    );
    let pattern = |w: &str| {
        ops[0]
            .params
            .iter()
            .find(|p| p.wire == w)
            .and_then(|p| p.pattern.clone())
    };
    assert_eq!(pattern("id").as_deref(), Some("^[0-9a-f]{24}$"));
    assert_eq!(
        pattern("when"),
        None,
        "JSON Schema applies patterns to strings only"
    );
    assert_eq!(pattern("bad"), None);
    assert!(
        diags.iter().any(|d| d.code == "pattern-not-enforced"),
        "{diags:?}"
    );
}

const PAGE: &str = "schemas:
  Page:
    type: object
    properties:
      results: {type: array, items: {type: string}}
      totalCount: {type: integer, format: int32}
  NotAPage:
    type: object
    properties:
      items: {type: array, items: {type: string}}";

fn paged(response: &str, per_page: &str) -> Option<Paging> {
    let paths = format!(
        "/a:
  get:
    operationId: listA
    tags: [A]
    parameters:
      - {{name: pageNum, in: query, schema: {{type: integer, format: int32}}}}
      - {{name: itemsPerPage, in: query, schema: {per_page}}}
    responses:
      '200':
        description: ok
        content:
          application/vnd.atlas.2023-01-01+json: {{schema: {{$ref: '#/components/schemas/{response}'}}}}"
    );
    let (ops, _, _) = build_at(&paths, PAGE, "2025-01-01");
    ops[0].paging.clone()
}

#[test]
fn paging_needs_both_page_parameters_and_a_results_array() {
    let p = paged("Page", "{type: integer}").expect("pages");
    assert_eq!(
        (p.page_num.as_str(), p.items_per_page.as_str()),
        ("page_num", "items_per_page")
    );
    assert_eq!(p.page_num_ty, Ty::I32);
    assert_eq!(p.item, Ty::String);
    assert_eq!(
        p.results,
        PageField {
            ident: "results".into(),
            optional: true
        }
    );
    assert_eq!(
        p.total_count,
        Some(PageField {
            ident: "total_count".into(),
            optional: true
        })
    );
    assert_eq!(
        paged("NotAPage", "{type: integer}"),
        None,
        "no results array"
    );
    assert_eq!(
        paged("Page", "{type: string}"),
        None,
        "itemsPerPage is not an integer"
    );
}

#[test]
fn groups_take_unique_modules_and_accessors() {
    let op = |path: &str, id: &str, tag: &str| {
        format!(
            "{path}:\n  get:\n    operationId: {id}\n    tags: ['{tag}']\n    responses:\n      '204': {{description: none}}\n"
        )
    };
    let paths = [
        op("/a", "a", "Cloud Backups"),
        op("/b", "b", "Cloud-Backups"),
        op("/c", "c", "Builder"),
        op("/d", "d", "Shared"),
        op("/e", "e", "type"),
    ]
    .concat();
    let (ops, groups, _) = build_paths(&paths);
    let got: Vec<(&str, &str, &str)> = groups
        .iter()
        .map(|g| (g.module.as_str(), g.accessor.as_str(), g.ident.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("builder", "builder_api", "BuilderApi"),
            ("cloud_backups", "cloud_backups", "CloudBackupsApi"),
            ("cloud_backups2", "cloud_backups2", "CloudBackupsApi2"),
            ("shared2", "shared2", "SharedApi"),
            ("type_", "type_", "TypeApi"),
        ]
    );
    assert_eq!(groups[ops[0].names.group].tag, "Cloud Backups");
}

#[test]
fn duplicate_ids_and_colliding_method_names_are_errors() {
    let paths = "/a:
  get: {operationId: getA, tags: [A], responses: {'204': {description: none}}}
  post: {operationId: getA, tags: [A], responses: {'204': {description: none}}}
/b:
  get: {operationId: get_a, tags: [A], responses: {'204': {description: none}}}";
    let (ops, _, diags) = build_paths(paths);
    let codes: Vec<&str> = diags.iter().map(|d| d.code).collect();
    assert!(codes.contains(&"duplicate-operation-id"), "{codes:?}");
    assert!(codes.contains(&"operation-name-collision"), "{codes:?}");
    assert_eq!(ops.len(), 1);
}

#[test]
fn media_types() {
    assert_eq!(
        parse_media_type("application/vnd.atlas.2023-01-01+json"),
        Some(("2023-01-01", "json"))
    );
    assert_eq!(
        parse_media_type("application/vnd.atlas.preview+json"),
        Some(("preview", "json"))
    );
    assert_eq!(parse_media_type("application/json"), None);
}

#[test]
fn template_names() {
    assert_eq!(
        path_template_names("/a/{groupId}/b/{logName}.gz"),
        vec!["groupId", "logName"]
    );
    assert_eq!(
        path_template_names("/a/{clusterName}:pin"),
        vec!["clusterName"]
    );
    assert!(path_template_names("/a/{unclosed").is_empty());
}

#[test]
fn patterns_come_through_refs_and_from_array_items() {
    let components = "schemas:
  Hex: {type: string, pattern: '^[0-9a-f]{24}$'}";
    let (ops, _, _) = build_at(
        "/a:
  get:
    operationId: getA
    tags: [A]
    parameters:
      - {name: id, in: query, schema: {$ref: '#/components/schemas/Hex'}}
      - {name: ids, in: query, schema: {type: array, items: {type: string, pattern: '^[a-z]+$'}}}
    responses:
      '204': {description: none}",
        components,
        "2025-01-01",
    );
    let pattern = |w: &str| {
        ops[0]
            .params
            .iter()
            .find(|p| p.wire == w)
            .and_then(|p| p.pattern.clone())
    };
    assert_eq!(
        pattern("id").as_deref(),
        Some("^[0-9a-f]{24}$"),
        "through the $ref"
    );
    assert_eq!(pattern("ids").as_deref(), Some("^[a-z]+$"), "each item's");
}

#[test]
fn a_json_answer_without_schema_is_empty_and_warned_unless_204() {
    let (ops, _, diags) = build_paths(
        "/a:
  post:
    operationId: postA
    tags: [A]
    responses:
      '200':
        description: ok
        content:
          application/vnd.atlas.2024-01-01+json: {}
      '204':
        description: none
        content:
          application/vnd.atlas.2024-01-01+json: {}",
    );
    assert!(
        ops[0]
            .responses
            .iter()
            .all(|r| r.kind == SuccessKind::Empty)
    );
    let warned: Vec<&str> = diags
        .iter()
        .filter(|d| d.code == "response-without-schema")
        .map(|d| d.pointer.as_str())
        .collect();
    assert_eq!(warned.len(), 1, "{diags:?}");
    assert!(warned[0].contains("/responses/200/"), "{warned:?}");
}
