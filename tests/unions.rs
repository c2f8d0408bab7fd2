//! Unions round-trip real JSON: the fixture specs' generated types (built
//! by build.rs from tests/fixtures) and the real crate's types for the same
//! cases in the Atlas spec.

#![allow(clippy::large_enum_variant)]

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::fmt::Debug;

macro_rules! fixture_module {
    ($module:ident, $file:literal) => {
        #[allow(dead_code)]
        mod $module {
            include!(concat!(env!("OUT_DIR"), "/", $file, ".rs"));
        }
    };
}
fixture_module!(without_oneof, "union_discriminator_without_oneof");
fixture_module!(cycle, "union_parent_child_cycle");
fixture_module!(not_children, "union_mapping_targets_not_children");
fixture_module!(key_mismatch, "union_mapping_key_disagrees_with_enum");
fixture_module!(enum_branches, "union_object_over_enum_branches");
fixture_module!(any_of, "union_anyof_tagged");
fixture_module!(untagged, "union_one_branch_and_untagged");
fixture_module!(wraps_union, "union_branch_only_wraps_the_union");
fixture_module!(digits, "naming_leading_digits");
fixture_module!(collisions, "naming_collisions");

/// Decodes, re-encodes and checks the JSON comes back unchanged.
fn round_trip<T: Serialize + DeserializeOwned + Debug>(json: Value) -> T {
    let decoded: T =
        serde_json::from_value(json.clone()).unwrap_or_else(|e| panic!("decode {json}: {e}"));
    let again = serde_json::to_value(&decoded).unwrap();
    assert_eq!(again, json, "{decoded:?}");
    decoded
}

#[test]
fn discriminator_without_one_of_dispatches_on_the_mapping() {
    use without_oneof::*;
    let v: Index = round_trip(json!({"type": "vectorSearch", "name": "v", "dimensions": 3}));
    assert!(matches!(&v, Index::VectorSearch(i) if i.dimensions == 3 && i.name == "v"));
    let s: Index =
        round_trip(json!({"type": "search", "name": "s", "analyzer": "lucene.standard"}));
    assert!(matches!(&s, Index::Search(i) if i.analyzer.as_deref() == Some("lucene.standard")));
    // A tag this crate does not know is kept whole.
    let u: Index = round_trip(json!({"type": "lexical", "name": "x", "extra": [1]}));
    assert!(matches!(u, Index::Unknown(_)));
    // A variant built in Rust gets its tag on the wire.
    let built = Index::VectorSearch(VectorIndex {
        name: "n".into(),
        dimensions: 2,
        ..Default::default()
    });
    assert_eq!(
        serde_json::to_value(built).unwrap(),
        json!({"type": "vectorSearch", "name": "n", "dimensions": 2})
    );
}

#[test]
fn parent_child_cycles_nest() {
    use cycle::*;
    let c: Connection = round_trip(json!({
        "type": "Kafka", "name": "a", "bootstrapServers": "k:9092",
        "next": {"type": "Cluster", "name": "b", "clusterName": "c0"}
    }));
    let Connection::Kafka(kafka) = c else {
        panic!("{c:?}")
    };
    assert!(
        matches!(kafka.next.as_deref(), Some(Connection::Cluster(cl)) if cl.cluster_name.as_deref() == Some("c0"))
    );
}

#[test]
fn mapping_targets_need_not_be_children_and_may_share_a_target() {
    use not_children::*;
    let a: Limit = round_trip(json!({"name": "atlas.nodes", "value": 3}));
    assert!(matches!(&a, Limit::DefaultLimit(l) if l.value == 3));
    let b: Limit = round_trip(json!({"name": "atlas.clusters", "value": 9}));
    assert!(matches!(b, Limit::DefaultLimit(_)));
    let c: Limit = round_trip(json!({"name": "atlas.special", "reason": "why"}));
    assert!(matches!(c, Limit::AtlasSpecial(_)));
}

#[test]
fn mapping_key_wins_over_the_targets_enum() {
    use key_mismatch::*;
    let t: Tokenizer = round_trip(json!({"type": "nGram", "maxGram": 3}));
    let Tokenizer::NGram(n) = &t else {
        panic!("{t:?}")
    };
    assert_eq!(n.r#type, TokenizeredgeGramType::Unknown("nGram".into()));
    // Built in Rust with the (wrong) pinned value, it still goes out as nGram.
    let built = Tokenizer::NGram(TokenizernGram {
        max_gram: 2,
        r#type: TokenizeredgeGramType::EdgeGram,
    });
    assert_eq!(
        serde_json::to_value(built).unwrap(),
        json!({"type": "nGram", "maxGram": 2})
    );
}

#[test]
fn object_over_string_enum_branches_is_one_open_enum() {
    use enum_branches::*;
    assert_eq!(round_trip::<InstanceSize>(json!("R40")), InstanceSize::R40);
    assert_eq!(
        round_trip::<InstanceSize>(json!("M400")),
        InstanceSize::Unknown("M400".into())
    );
    assert_eq!(
        round_trip::<Region>(json!("EUROPE_NORTH")),
        Region::EuropeNorth
    );
    assert_eq!(InstanceSize::VALUES, &["M10", "M20", "M30", "R40"]);
}

#[test]
fn any_of_is_a_union_tagged_by_the_pinned_property() {
    use any_of::*;
    let a: Analyzer = round_trip(
        json!({"tokenFilters": [{"type": "lowercase"}, {"type": "length", "min": 1, "max": 9}, {"type": "future"}]}),
    );
    let filters = a.token_filters.unwrap();
    assert!(matches!(filters[0], AnalyzerTokenFilter::Lowercase(_)));
    assert!(matches!(&filters[1], AnalyzerTokenFilter::Length(l) if l.min == Some(1)));
    assert!(matches!(filters[2], AnalyzerTokenFilter::Unknown(_)));
}

#[test]
fn one_branch_wrappers_and_untagged_unions() {
    use untagged::*;
    // The wrapper is the branch itself, and recursion is boxed.
    let w: Wrapped = round_trip(json!({"id": "a", "note": {"id": "b"}}));
    assert_eq!(w.note.unwrap().id.as_deref(), Some("b"));
    // Untagged: the branch whose properties fit best; own properties kept.
    let aws: Hardware =
        round_trip(json!({"nodeCount": 3, "ebsVolumeType": "gp3", "diskIOPS": 100}));
    assert_eq!(aws.node_count, Some(3));
    assert!(matches!(&aws.kind, HardwareKind::AwsHardware(h) if h.disk_iops == Some(100)));
    let azure: Hardware = round_trip(json!({"nodeCount": 1, "diskSizeGB": 10.5}));
    assert!(matches!(&azure.kind, HardwareKind::AzureHardware(h) if h.disk_size_gb == Some(10.5)));
}

#[test]
fn awkward_names_still_carry_their_wire_names() {
    use collisions::*;
    use digits::*;
    let s: V2faSettings = round_trip(
        json!({"2dsphereIndexVersion": 3, "version": "3.6", "comparison": "<", "region": "US East (N. Virginia)"}),
    );
    assert_eq!(s.n2dsphere_index_version, Some(3));
    assert_eq!(s.version, Some(V2faSettingsVersion::V3_6));
    assert_eq!(s.comparison, Some(V2faSettingsComparison::Lt));
    assert_eq!(s.region, Some(V2faSettingsRegion::UsEastNVirginia));
    assert_eq!(
        round_trip::<V2faSettingsRegion>(json!("")),
        V2faSettingsRegion::Empty
    );
    let f: FooBar2 = round_trip(json!({"userName": "s", "user_name": 1, "UserName": true}));
    assert_eq!(
        (f.user_name2.as_deref(), f.user_name3, f.user_name),
        (Some("s"), Some(1), Some(true))
    );
    let kinds: Vec<FooBarKind> = round_trip(json!(["a-b", "a_b", "A B", "a.b"]));
    assert_eq!(
        kinds,
        vec![
            FooBarKind::AB,
            FooBarKind::AB2,
            FooBarKind::AB3,
            FooBarKind::AB4
        ]
    );
}

// The same cases in the real crate.

#[test]
fn real_tokenizer_ngram_mismatch_round_trips() {
    use atlas_admin::types::*;
    let t: ApiAtlasFtsAnalyzersViewManualTokenizer =
        round_trip(json!({"type": "nGram", "minGram": 1, "maxGram": 3}));
    assert!(matches!(&t, ApiAtlasFtsAnalyzersViewManualTokenizer::NGram(n) if n.max_gram == 3));
}

#[test]
fn real_discriminator_without_one_of_and_shared_targets() {
    use atlas_admin::types::*;
    let l: DataFederationLimit = round_trip(
        json!({"name": "atlas.project.deployment.clusters", "value": 10, "currentUsage": 2}),
    );
    assert!(matches!(&l, DataFederationLimit::DefaultLimit(d) if d.value == 10));
    let s: BaseCloudProviderInstanceSize = round_trip(json!("M10"));
    assert_eq!(s.as_str(), "M10");
}

#[test]
fn real_responses_accept_unknown_enum_values_and_fields() {
    use atlas_admin::types::*;
    let inv: OrganizationInvitation = serde_json::from_value(json!({
        "id": "32b6e34b3d91647abb20e7b8",
        "orgName": "o",
        "roles": ["ORG_OWNER", "ORG_FUTURE_ROLE"],
        "someNewField": {"nested": true}
    }))
    .unwrap();
    assert_eq!(
        inv.roles.unwrap(),
        vec![
            OrgRole::OrgOwner,
            OrgRole::Unknown("ORG_FUTURE_ROLE".into())
        ]
    );
}

/// Values routed to `Unknown` are noted while a watch runs (the spec-example
/// round trips and the contract test fail on them): an open enum's new
/// value, a tagged union's new tag, and an untagged union value no variant
/// fits; a variant tried and dropped on the way notes nothing.
#[test]
fn unknown_variants_are_noted_under_a_watch() {
    use atlas_admin_runtime::unknown::Watch;
    use fixture_client::types::{Choice, Color, Either};
    let watch = Watch::start();
    let color: Color = serde_json::from_str(r#""PURPLE""#).unwrap();
    let choice: Choice = serde_json::from_str(r#"{"type": "triangle", "sides": 3}"#).unwrap();
    let either: Either = serde_json::from_str("[1]").unwrap();
    let known: Choice = serde_json::from_str(r#"{"type": "circle", "radius": 1.5}"#).unwrap();
    let fitting: Either = serde_json::from_str(r#"{"type": "square", "side": 2}"#).unwrap();
    let noted: Vec<String> = watch.finish().iter().map(ToString::to_string).collect();
    assert_eq!(
        noted,
        [
            r#"Color: value "PURPLE" is not one of its values"#,
            r#"Choice: tag `type` = "triangle" names no variant"#,
            "Either: no variant fits [1]",
        ]
    );
    assert!(matches!(color, Color::Unknown(_)) && matches!(choice, Choice::Unknown(_)));
    assert!(matches!(either, Either::Unknown(_)));
    assert!(matches!(known, Choice::Circle(_)) && matches!(fitting, Either::Square(_)));
}

/// A branch that only wraps its union decodes into its own variant (it
/// used to be the union itself, and decoding recursed without end).
#[test]
fn a_branch_that_only_wraps_its_union_decodes_into_its_variant() {
    use wraps_union::Access;
    let gcp: Access = round_trip(json!({"provider": "GCP"}));
    assert!(matches!(gcp, Access::Gcp(_)), "{gcp:?}");
    let aws: Access = round_trip(json!({"provider": "AWS", "arn": "a"}));
    assert!(matches!(aws, Access::Aws(_)), "{aws:?}");
}

/// The five unions of the Atlas spec whose branch only wraps the union
/// decode that branch's tag (each used to recurse until the stack
/// overflowed).
#[test]
fn atlas_branches_that_only_wrap_their_union_decode() {
    use atlas_admin::types::{
        CloudProviderAccessRoleRequestUpdate, DiskBackupCopyPolicyItem, OnlineArchiveSchedule,
        SchemaRegistryAuthentication, StreamsConnection,
    };
    let schedule: OnlineArchiveSchedule = round_trip(json!({"type": "DEFAULT"}));
    assert!(
        matches!(schedule, OnlineArchiveSchedule::DefaultType(_)),
        "{schedule:?}"
    );
    let connection: StreamsConnection =
        round_trip(json!({"type": "Sample", "name": "sample_stream_solar"}));
    assert!(
        matches!(connection, StreamsConnection::Sample(_)),
        "{connection:?}"
    );
    // An on-demand item has no retention; its siblings keep theirs.
    let copy: DiskBackupCopyPolicyItem = round_trip(json!({"frequencyType": "ondemand"}));
    assert!(
        matches!(copy, DiskBackupCopyPolicyItem::Ondemand(_)),
        "{copy:?}"
    );
    let daily: DiskBackupCopyPolicyItem =
        round_trip(json!({"frequencyType": "daily", "retentionUnit": "days", "retentionValue": 7}));
    assert!(
        matches!(
            daily,
            DiskBackupCopyPolicyItem::DiskBackupTimeBasedCopyPolicyItem(_)
        ),
        "{daily:?}"
    );
    let role: CloudProviderAccessRoleRequestUpdate = round_trip(json!({"providerName": "GCP"}));
    assert!(
        matches!(role, CloudProviderAccessRoleRequestUpdate::Gcp(_)),
        "{role:?}"
    );
    let auth: SchemaRegistryAuthentication = round_trip(json!({"type": "SASL_INHERIT"}));
    assert!(
        matches!(auth, SchemaRegistryAuthentication::SaslInherit(_)),
        "{auth:?}"
    );
}
