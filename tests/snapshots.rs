//! insta snapshots of generated code: the seed operation with every type it
//! reaches, and one small fixture spec per union case and naming hazard.

use atlas_codegen::inputs::Inputs;
use atlas_codegen::settings::Settings;
use atlas_codegen::types::{DefKind, Ty};
use std::sync::OnceLock;

fn inputs() -> &'static Inputs {
    static INPUTS: OnceLock<Inputs> = OnceLock::new();
    INPUTS.get_or_init(|| Inputs::load(&atlas_tests::root().join("spec/atlas.toml")).unwrap())
}

fn settings() -> &'static Settings {
    &inputs().settings
}

fn real_ir() -> &'static atlas_codegen::Ir {
    static IR: OnceLock<atlas_codegen::Ir> = OnceLock::new();
    IR.get_or_init(|| {
        let spec = atlas_tests::real().located.path.clone();
        let text = std::fs::read_to_string(&spec).unwrap();
        atlas_codegen::build_ir("atlas-api-2026-08-21.yaml", &text, inputs()).unwrap()
    })
}

#[test]
fn update_org_invite_by_id_and_its_types() {
    let code =
        atlas_codegen::render_operation(real_ir(), settings(), "updateOrgInviteById").unwrap();
    insta::assert_snapshot!(code);
}

/// Paging: `pages()` and `items()` beside `send()`.
#[test]
fn list_org_teams_pages() {
    let code = atlas_codegen::render_operation(real_ir(), settings(), "listOrgTeams").unwrap();
    insta::assert_snapshot!(code);
}

/// A waiter: `send_and_wait` polls `getGroupCluster` until it answers 404.
#[test]
fn delete_group_cluster_waits_for_404() {
    let code =
        atlas_codegen::render_operation(real_ir(), settings(), "deleteGroupCluster").unwrap();
    assert!(code.contains("pub async fn send_and_wait("));
    insta::assert_snapshot!(code);
}

/// A streamed download on the `{logName}.gz` path.
#[test]
fn download_group_cluster_log_streams() {
    let code =
        atlas_codegen::render_operation(real_ir(), settings(), "downloadGroupClusterLog").unwrap();
    insta::assert_snapshot!(code);
}

/// Another version than the default: its own method, builder and types.
#[test]
fn create_group_cluster_at_2023_02_01() {
    let code =
        atlas_codegen::render_operation(real_ir(), settings(), "createGroupCluster@2023-02-01")
            .unwrap();
    assert!(
        code.contains("pub fn create_cluster_v2023_02_01("),
        "named by the short name"
    );
    assert!(code.contains("\"application/vnd.atlas.2023-02-01+json\""));
    assert!(
        code.contains("body: AdvancedClusterDescription,"),
        "the 2023-02-01 request type"
    );
    assert!(code.contains("**Sunset**: Atlas retires this version on 2027-07-01"));
    assert!(
        atlas_codegen::render_operation(real_ir(), settings(), "createGroupCluster@2030-01-01")
            .is_err()
    );
}

#[test]
fn the_org_roles_are_one_type_at_all_sixteen_places() {
    let ir = real_ir();
    let role = ir
        .defs
        .iter()
        .position(|d| d.name == "OrgRole")
        .expect("OrgRole");
    match &ir.defs[role].kind {
        DefKind::Enum(e) => {
            let mut values: Vec<&str> = e.variants.iter().map(|v| v.wire.as_str()).collect();
            values.sort();
            assert_eq!(
                values,
                [
                    "ORG_BILLING_ADMIN",
                    "ORG_BILLING_READ_ONLY",
                    "ORG_GROUP_CREATOR",
                    "ORG_MEMBER",
                    "ORG_OWNER",
                    "ORG_READ_ONLY",
                    "ORG_STREAM_PROCESSING_ADMIN"
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    let places = [
        ("AddOrRemoveOrgRole", "orgRole"),
        ("ConnectedOrgConfig", "postAuthRoleGrants"),
        ("CreateAtlasOrganizationApiKey", "roles"),
        ("CreateOrgMcpConfigRequest", "roles"),
        ("OrgMcpConfigResponse", "roles"),
        ("OrgMcpConfigUpdateRequest", "roles"),
        ("OrgServiceAccount", "roles"),
        ("OrgServiceAccountRequest", "roles"),
        ("OrgServiceAccountUpdateRequest", "roles"),
        ("OrgUserRolesRequest", "orgRoles"),
        ("OrgUserRolesResponse", "orgRoles"),
        ("OrganizationInvitation", "roles"),
        ("OrganizationInvitationRequest", "roles"),
        ("OrganizationInvitationUpdateRequest", "roles"),
        ("UpdateAtlasOrganizationApiKey", "roles"),
        ("UpdateOrgRolesForUser", "orgRoles"),
    ];
    for (schema, prop) in places {
        let def = ir.def(schema).unwrap_or_else(|| panic!("{schema}"));
        let DefKind::Struct(s) = &def.kind else {
            panic!("{schema} is not a struct")
        };
        let field = s
            .fields
            .iter()
            .find(|f| f.wire == prop)
            .unwrap_or_else(|| panic!("{schema}.{prop}"));
        let ok = match &field.ty {
            Ty::Named(id) => *id == role,
            Ty::Vec(inner) => **inner == Ty::Named(role),
            _ => false,
        };
        assert!(ok, "{schema}.{prop} is {:?}", field.ty);
    }
}

macro_rules! fixture_snapshot {
    ($($test:ident => $file:literal),* $(,)?) => {$(
        #[test]
        fn $test() {
            let generated = atlas_tests::fixture($file).unwrap_or_else(|e| panic!("{e}"));
            let mut out = atlas_tests::code_of(&generated);
            for d in &generated.diagnostics {
                out.push_str(&format!("// diagnostic: {d}\n"));
            }
            insta::assert_snapshot!(stringify!($test), out);
        }
    )*};
}

fixture_snapshot! {
    union_discriminator_without_oneof => "union_discriminator_without_oneof.yaml",
    union_parent_child_cycle => "union_parent_child_cycle.yaml",
    union_mapping_targets_not_children => "union_mapping_targets_not_children.yaml",
    union_mapping_key_disagrees_with_enum => "union_mapping_key_disagrees_with_enum.yaml",
    union_object_over_enum_branches => "union_object_over_enum_branches.yaml",
    union_anyof_tagged => "union_anyof_tagged.yaml",
    union_one_branch_and_untagged => "union_one_branch_and_untagged.yaml",
    union_branch_only_wraps_the_union => "union_branch_only_wraps_the_union.yaml",
    naming_keywords => "naming_keywords.yaml",
    naming_leading_digits => "naming_leading_digits.yaml",
    naming_collisions => "naming_collisions.yaml",
    unsupported_not => "unsupported_not.yaml",
}

#[test]
fn a_dangling_ref_is_an_error_naming_file_and_pointer() {
    let err = atlas_tests::fixture("bad_dangling_ref.yaml")
        .unwrap_err()
        .to_string();
    assert!(err.contains("bad_dangling_ref.yaml"), "{err}");
    assert!(
        err.contains("#/components/schemas/Holder/properties/missing"),
        "{err}"
    );
    assert!(
        err.contains("DoesNotExist") && err.contains("does not exist"),
        "{err}"
    );
}

#[test]
fn duplicate_operation_ids_are_an_error() {
    let err = atlas_tests::fixture("bad_duplicate_operation_id.yaml")
        .unwrap_err()
        .to_string();
    assert!(err.contains("duplicate-operation-id"), "{err}");
    assert!(err.contains("#/paths/~1api~1atlas~1v2~1b/get"), "{err}");
    assert!(err.contains("#/paths/~1api~1atlas~1v2~1a/get"), "{err}");
}

#[test]
fn malformed_yaml_is_an_error_with_a_position() {
    let err = atlas_tests::fixture("bad_malformed.yaml")
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("bad_malformed.yaml: malformed YAML"),
        "{err}"
    );
    assert!(err.contains("line"), "{err}");
}

#[test]
fn unsupported_schemas_fall_back_to_json_with_a_warning() {
    let g = atlas_tests::fixture("unsupported_not.yaml").unwrap();
    let warning = g
        .diagnostics
        .iter()
        .find(|d| d.code == "unsupported-not")
        .expect("a warning");
    assert_eq!(
        warning.pointer,
        "#/components/schemas/Holder/properties/anythingButString"
    );
    assert!(
        atlas_tests::code_of(&g).contains("pub anything_but_string: Option<serde_json::Value>")
    );
}

/// No union of the real crate has a variant that is (an alias of) the
/// union itself: decoding it would call itself without end.
#[test]
fn no_union_variant_is_its_own_union() {
    let ir = real_ir();
    for (id, def) in ir.defs.iter().enumerate() {
        if let DefKind::Union(u) = &def.kind {
            for v in &u.variants {
                assert_ne!(
                    v.ty.through_aliases(&ir.defs),
                    &Ty::Named(id),
                    "{}::{}",
                    def.name,
                    v.ident
                );
            }
        }
    }
}
