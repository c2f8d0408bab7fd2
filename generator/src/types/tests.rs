//! The type space's decisions on small inline specs: which def each schema
//! becomes, which fields are boxed, which enums are shared.

use super::*;
use crate::diag::Severity;

/// Converts the component schemas of a spec whose `components/schemas`
/// is `schemas` (YAML), and returns the defs and diagnostics.
fn space(schemas: &str) -> (Vec<TypeDef>, Vec<crate::diag::Diagnostic>) {
    let indented: String = schemas.lines().map(|l| format!("    {l}\n")).collect();
    let text = format!(
        "openapi: 3.0.1\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{indented}"
    );
    let doc = crate::load::parse("test.yaml", &text).expect("test spec parses");
    let mut space = TypeSpace::new(&doc, TypeSettings::default());
    space.add_components();
    space.finish();
    let diags = std::mem::take(&mut space.diags).into_sorted();
    (space.defs, diags)
}

fn def<'d>(defs: &'d [TypeDef], name: &str) -> &'d TypeDef {
    defs.iter().find(|d| d.name == name).unwrap_or_else(|| {
        panic!(
            "no def {name}: {:?}",
            defs.iter().map(|d| &d.name).collect::<Vec<_>>()
        )
    })
}

fn id_of(defs: &[TypeDef], name: &str) -> TypeId {
    defs.iter().position(|d| d.name == name).expect("def")
}

fn fields<'d>(defs: &'d [TypeDef], name: &str) -> &'d [Field] {
    match &def(defs, name).kind {
        DefKind::Struct(s) => &s.fields,
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

fn field<'d>(defs: &'d [TypeDef], owner: &str, wire: &str) -> &'d Field {
    fields(defs, owner)
        .iter()
        .find(|f| f.wire == wire)
        .expect("field")
}

#[test]
fn objects_become_structs_with_presence_and_access() {
    let (defs, diags) = space(
        "Invite:
  type: object
  required: [id, name, note, secret]
  properties:
    id: {type: string, readOnly: true}
    name: {type: string}
    note: {type: string, nullable: true}
    secret: {type: string, writeOnly: true}
    expires: {type: string, format: date-time, nullable: true}
    count: {type: integer, format: int32}",
    );
    assert!(diags.is_empty(), "{diags:?}");
    let f = |w| field(&defs, "Invite", w);
    assert_eq!(f("name").presence, Presence::Required);
    assert_eq!(f("name").wrapping(), Wrapping::Plain);
    assert_eq!(f("id").access, Access::ReadOnly);
    assert_eq!(
        f("id").wrapping(),
        Wrapping::Optional,
        "read-only: requests need not set it"
    );
    assert!(!f("id").needed_in_requests());
    assert_eq!(f("secret").access, Access::WriteOnly);
    assert!(
        f("secret").needed_in_requests(),
        "write-only and required: requests set it"
    );
    assert_eq!(f("note").wrapping(), Wrapping::Nullable);
    assert_eq!(f("expires").presence, Presence::OptionalNullable);
    assert_eq!(f("expires").ty, Ty::DateTime);
    assert_eq!(f("count").ty, Ty::I32);
    assert!(
        def(&defs, "Invite").default,
        "no required field lacks a default"
    );
}

#[test]
fn every_type_has_a_default_but_one_that_requires_itself() {
    let (defs, _) = space(
        "Window:
  type: object
  required: [start, color]
  properties:
    start: {type: string, format: date}
    color: {type: string, enum: [RED]}
Holder:
  type: object
  required: [window]
  properties:
    window: {$ref: '#/components/schemas/Window'}
Me:
  type: object
  required: [me]
  properties:
    me: {$ref: '#/components/schemas/Me'}
Loose:
  type: object
  properties:
    me: {$ref: '#/components/schemas/Me'}",
    );
    assert!(
        def(&defs, "Window").default,
        "dates and open enums have defaults"
    );
    assert!(def(&defs, "Holder").default, "through a required field");
    assert!(
        !def(&defs, "Me").default,
        "no finite value: Default would never return"
    );
    assert!(
        def(&defs, "Loose").default,
        "an optional field needs no default"
    );
}

#[test]
fn identical_string_enums_are_one_type() {
    let (defs, _) = space(
        "Role:
  type: string
  enum: [OWNER, MEMBER]
RoleAgain:
  type: string
  enum: [MEMBER, OWNER]
User:
  type: object
  properties:
    role: {type: string, enum: [OWNER, MEMBER]}
    roles:
      type: array
      items: {type: string, enum: [MEMBER, OWNER]}
    color: {type: string, enum: [RED, UNKNOWN]}",
    );
    let role = id_of(&defs, "Role");
    assert!(matches!(def(&defs, "RoleAgain").kind, DefKind::Alias(Ty::Named(id)) if id == role));
    assert_eq!(field(&defs, "User", "role").ty, Ty::Named(role));
    assert_eq!(
        field(&defs, "User", "roles").ty,
        Ty::Vec(Box::new(Ty::Named(role)))
    );
    let DefKind::Enum(color) = &def(&defs, "UserColor").kind else {
        panic!("an inline enum of its own")
    };
    let idents: Vec<&str> = color.variants.iter().map(|v| v.ident.as_str()).collect();
    assert_eq!(
        idents,
        ["Red", "UnknownValue"],
        "`Unknown` is the catch-all"
    );
}

#[test]
fn declared_discriminator_dispatches_on_the_mapping() {
    let (defs, diags) = space(
        "Pet:
  oneOf:
    - $ref: '#/components/schemas/Cat'
    - $ref: '#/components/schemas/Dog'
  discriminator:
    propertyName: kind
    mapping:
      cat: '#/components/schemas/Cat'
      kitten: '#/components/schemas/Cat'
Cat:
  type: object
  properties: {kind: {type: string}, lives: {type: integer}}
Dog:
  type: object
  properties: {kind: {type: string}}",
    );
    assert!(diags.is_empty(), "{diags:?}");
    let DefKind::Union(u) = &def(&defs, "Pet").kind else {
        panic!("a union")
    };
    assert_eq!(u.tag.as_deref(), Some("kind"));
    assert!(u.declared);
    let variants: Vec<(&str, Vec<&str>)> = u
        .variants
        .iter()
        .map(|v| {
            (
                v.ident.as_str(),
                v.keys.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        variants,
        [("Cat", vec!["cat", "kitten"]), ("Dog", vec!["Dog"])],
        "keys sharing a target share a variant; an unmapped branch is keyed by its name"
    );
}

#[test]
fn a_tag_every_branch_pins_is_inferred() {
    let (defs, _) = space(
        "Shape:
  oneOf:
    - type: object
      properties: {type: {type: string, enum: [circle]}, r: {type: number}}
    - type: object
      properties: {type: {type: string, enum: [square]}, side: {type: number}}",
    );
    let DefKind::Union(u) = &def(&defs, "Shape").kind else {
        panic!("a union")
    };
    assert_eq!(u.tag.as_deref(), Some("type"));
    assert!(!u.declared);
    let idents: Vec<&str> = u.variants.iter().map(|v| v.ident.as_str()).collect();
    assert_eq!(idents, ["Circle", "Square"]);
}

#[test]
fn untagged_unions_carry_shapes() {
    let (defs, _) = space(
        "Either:
  anyOf:
    - type: string
    - type: object
      required: [a]
      properties: {a: {type: string}, b: {type: string}}",
    );
    let DefKind::Union(u) = &def(&defs, "Either").kind else {
        panic!("a union")
    };
    assert_eq!(u.tag, None);
    assert_eq!(u.variants[0].shape, Shape::String);
    assert_eq!(
        u.variants[1].shape,
        Shape::Object {
            required: vec!["a".into()],
            known: vec!["a".into(), "b".into()]
        }
    );
}

#[test]
fn a_one_of_of_string_enums_is_one_enum() {
    let (defs, _) = space(
        "Event:
  type: object
  oneOf:
    - {type: string, enum: [A, B]}
    - {type: string, enum: [B, C]}",
    );
    let DefKind::Enum(e) = &def(&defs, "Event").kind else {
        panic!("an enum")
    };
    let wires: Vec<&str> = e.variants.iter().map(|v| v.wire.as_str()).collect();
    assert_eq!(wires, ["A", "B", "C"]);
}

#[test]
fn wrappers_alias_and_all_of_merges() {
    let (defs, _) = space(
        "Base:
  type: object
  required: [id]
  properties: {id: {type: string}}
Wrapped:
  description: only a description around Base
  allOf:
    - $ref: '#/components/schemas/Base'
Child:
  allOf:
    - $ref: '#/components/schemas/Base'
    - type: object
      properties: {extra: {type: boolean}}",
    );
    let base = id_of(&defs, "Base");
    assert!(matches!(def(&defs, "Wrapped").kind, DefKind::Alias(Ty::Named(id)) if id == base));
    let wires: Vec<&str> = fields(&defs, "Child")
        .iter()
        .map(|f| f.wire.as_str())
        .collect();
    assert_eq!(wires, ["id", "extra"]);
    assert_eq!(field(&defs, "Child", "id").presence, Presence::Required);
}

#[test]
fn own_properties_beside_a_one_of_flatten_the_union() {
    let (defs, _) = space(
        "Config:
  type: object
  properties: {name: {type: string}}
  oneOf:
    - type: object
      properties: {a: {type: string}}
    - type: object
      properties: {b: {type: string}}",
    );
    let DefKind::Struct(s) = &def(&defs, "Config").kind else {
        panic!("a struct")
    };
    assert_eq!(s.fields.len(), 1);
    let kind = id_of(&defs, "ConfigKind");
    let flatten = s.flatten.as_ref().expect("a flattened union");
    assert_eq!(
        (&flatten.ty, flatten.ident.as_str()),
        (&Ty::Named(kind), "kind")
    );
    assert!(matches!(defs[kind].kind, DefKind::Union(_)));
}

#[test]
fn cycles_are_boxed_and_containers_are_not() {
    let (defs, _) = space(
        "A:
  type: object
  properties:
    b: {$ref: '#/components/schemas/B'}
    many: {type: array, items: {$ref: '#/components/schemas/A'}}
    leaf: {$ref: '#/components/schemas/Leaf'}
B:
  type: object
  properties:
    a: {$ref: '#/components/schemas/A'}
Node:
  type: object
  properties:
    next: {$ref: '#/components/schemas/Node'}
Leaf:
  type: object
  properties: {x: {type: string}}",
    );
    assert!(field(&defs, "A", "b").boxed, "A → B → A");
    assert!(field(&defs, "B", "a").boxed);
    assert!(!field(&defs, "A", "many").boxed, "a Vec already allocates");
    assert!(
        !field(&defs, "A", "leaf").boxed,
        "Leaf is outside the cycle"
    );
    assert!(field(&defs, "Node", "next").boxed, "a self-loop");
}

#[test]
fn tarjan_separates_components() {
    // 0 → 1 → 0, 2 → 2, 3 → 0
    let scc = super::cycles::tarjan(&[vec![1], vec![0], vec![2], vec![0]]);
    assert_eq!(scc[0], scc[1]);
    assert_ne!(scc[0], scc[2]);
    assert_ne!(scc[3], scc[0]);
    assert_ne!(scc[3], scc[2]);
}

#[test]
fn dangling_and_self_references_are_errors_with_pointers() {
    let (defs, diags) = space(
        "Holder:
  type: object
  properties:
    gone: {$ref: '#/components/schemas/Missing'}
Loop:
  $ref: '#/components/schemas/Loop'
Ping:
  $ref: '#/components/schemas/Pong'
Pong:
  $ref: '#/components/schemas/Ping'",
    );
    assert_eq!(field(&defs, "Holder", "gone").ty, Ty::Json);
    let found: Vec<(Severity, &str, &str)> = diags
        .iter()
        .map(|d| (d.severity, d.code, d.pointer.as_str()))
        .collect();
    assert!(
        found.contains(&(
            Severity::Error,
            "dangling-ref",
            "#/components/schemas/Holder/properties/gone"
        )),
        "{found:?}"
    );
    for pointer in [
        "#/components/schemas/Loop",
        "#/components/schemas/Ping",
        "#/components/schemas/Pong",
    ] {
        assert!(
            found.contains(&(Severity::Error, "ref-cycle", pointer)),
            "{pointer}: {found:?}"
        );
    }
    assert!(
        matches!(def(&defs, "Loop").kind, DefKind::Alias(Ty::Json)),
        "never an alias of itself"
    );
}

#[test]
fn unsupported_constructs_warn_and_fall_back_to_json() {
    let (defs, diags) = space(
        "Odd:
  type: object
  properties:
    neg: {not: {type: string}}
    weird: {type: string, format: binary}",
    );
    assert_eq!(field(&defs, "Odd", "neg").ty, Ty::Json);
    assert!(
        diags.iter().any(|d| d.code == "unsupported-not"),
        "{diags:?}"
    );
}

#[test]
fn nullable_elements_are_warned() {
    let (_, diags) = space(
        "Roles:
  type: object
  properties:
    roles: {type: array, items: {type: string, nullable: true}}
    tags: {type: object, additionalProperties: {type: string, nullable: true}}
    fine: {type: array, items: {type: string}}",
    );
    let pointers: Vec<&str> = diags
        .iter()
        .filter(|d| d.code == "nullable-element")
        .map(|d| d.pointer.as_str())
        .collect();
    assert_eq!(
        pointers,
        [
            "#/components/schemas/Roles/properties/roles/items",
            "#/components/schemas/Roles/properties/tags/additionalProperties"
        ]
    );
}
