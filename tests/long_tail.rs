//! The spec's odd corners, end to end against a local server: header
//! parameters, optional request bodies, a GET with a body, colon
//! custom-method paths, path values that arrive already percent-encoded
//! (and ones that would climb out of their segment), and the operation that
//! takes no credentials. (`{logName}.gz` is in `download.rs`.)

use atlas_admin::types::{ApiPublicUsageDetailsQueryRequest, PinFcvView};
use atlas_admin::{Client, Error};
use serde_json::{Value, json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const ORG: &str = "4888442a3354817a7320eb61";

/// A server answering every request with `status` and `body`.
async fn server(status: u16, body: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(status)
                .insert_header("content-type", "application/json")
                .set_body_json(body),
        )
        .mount(&server)
        .await;
    server
}

async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

fn header<'r>(req: &'r Request, name: &str) -> Option<&'r str> {
    req.headers.get(name).and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn header_parameters_are_sent_as_headers() {
    let server = server(200, json!({})).await;
    atlas_tests::client(&server.uri())
        .clusters()
        .get_cluster(GROUP, "Cluster0")
        .use_effective_instance_fields(true)
        .use_effective_fields_replication_specs(false)
        .send()
        .await
        .expect("getGroupCluster");
    let req = only_request(&server).await;
    assert_eq!(header(&req, "use-effective-instance-fields"), Some("true"));
    assert_eq!(
        header(&req, "use-effective-fields-replication-specs"),
        Some("false")
    );
    assert!(!req.url.query().unwrap_or("").contains("Use-Effective"));

    // Unset, they are not sent at all.
    let unset = server_ok().await;
    atlas_tests::client(&unset.uri())
        .clusters()
        .get_cluster(GROUP, "Cluster0")
        .send()
        .await
        .expect("getGroupCluster");
    let req = only_request(&unset).await;
    assert_eq!(header(&req, "use-effective-instance-fields"), None);
}

async fn server_ok() -> MockServer {
    server(200, json!({})).await
}

#[tokio::test]
async fn an_optional_body_is_sent_when_given_and_left_out_when_not() {
    // Colon custom-method path, optional body left out.
    let without = server(204, json!(null)).await;
    atlas_tests::client(&without.uri())
        .clusters()
        .pin_feature_compatibility_version(GROUP, "Cluster0")
        .send()
        .await
        .expect("pin without body");
    let req = only_request(&without).await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(
        req.url.path(),
        format!("/api/atlas/v2/groups/{GROUP}/clusters/Cluster0:pinFeatureCompatibilityVersion")
    );
    assert!(req.body.is_empty());
    assert_eq!(header(&req, "content-type"), None);

    let with_body = server(204, json!(null)).await;
    atlas_tests::client(&with_body.uri())
        .clusters()
        .pin_feature_compatibility_version(GROUP, "Cluster0")
        .body(PinFcvView {
            expiration_date: Some("2026-12-01T00:00:00Z".parse().expect("date")),
            ..Default::default()
        })
        .send()
        .await
        .expect("pin with body");
    let req = only_request(&with_body).await;
    let body: Value = serde_json::from_slice(&req.body).expect("JSON body");
    assert_eq!(body, json!({"expirationDate": "2026-12-01T00:00:00Z"}));
    assert_eq!(
        header(&req, "content-type"),
        Some("application/vnd.atlas.2024-05-30+json")
    );
}

#[tokio::test]
async fn a_get_can_carry_a_body() {
    let server = server(200, json!({"results": [], "totalCount": 0})).await;
    atlas_tests::client(&server.uri())
        .invoices()
        .search_invoice_line_items(ORG, GROUP, ApiPublicUsageDetailsQueryRequest::default())
        .send()
        .await
        .expect("searchOrgInvoiceLineItems");
    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(
        req.url.path(),
        format!("/api/atlas/v2/orgs/{ORG}/invoices/{GROUP}/lineItems:search")
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&req.body).expect("body"),
        json!({})
    );
}

#[tokio::test]
async fn path_values_may_arrive_encoded_or_not() {
    // A CIDR block: Atlas documents it with the slash encoded; both forms
    // reach the same path, never with the slash as a separator.
    for entry in ["10.0.0.0/16", "10.0.0.0%2F16", "10.0.0.0%2f16"] {
        let mock = server(200, json!({})).await;
        atlas_tests::client(&mock.uri())
            .project_ip_access_list()
            .get_access_list_entry(GROUP, entry)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{entry}: {e}"));
        let req = only_request(&mock).await;
        assert_eq!(
            req.url.path(),
            format!("/api/atlas/v2/groups/{GROUP}/accessList/10.0.0.0%2F16"),
            "{entry}"
        );
    }
    // An Azure private endpoint id, whose pattern is written for the
    // encoded form: the raw id passes the check and is encoded.
    let azure = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe1";
    let azure_server = server(200, json!({})).await;
    let result = atlas_tests::client(&azure_server.uri())
        .private_endpoint_services()
        .get_private_endpoint(
            GROUP,
            atlas_admin::types::AwsCreateDataProcessRegionViewCloudProvider::Azure,
            GROUP,
            azure,
        )
        .send()
        .await;
    assert!(
        !matches!(result, Err(Error::InvalidArgument { .. })),
        "{result:?}"
    );
    let req = only_request(&azure_server).await;
    assert!(
        req.url
            .path()
            .ends_with("/endpoint/%2Fsubscriptions%2F00000000-0000-0000-0000-000000000000%2FresourceGroups%2Frg%2Fproviders%2FMicrosoft.Network%2FprivateEndpoints%2Fpe1"),
        "{}",
        req.url.path()
    );
}

#[tokio::test]
async fn a_value_cannot_climb_out_of_its_segment() {
    let server = server(200, json!({})).await;
    let client = atlas_tests::client(&server.uri());
    // `username` has no pattern, so only the path guard stands in the way.
    for name in ["..", ".", "%2E%2E", "../admin"] {
        let result = client
            .database_users()
            .get_database_user(GROUP, "admin", name)
            .send()
            .await;
        match (name, result) {
            // `..` and `.` would be resolved away by the URL: refused.
            (".." | ".", Err(Error::InvalidArgument { parameter, .. })) => {
                assert_eq!(parameter, "path")
            }
            (".." | ".", other) => panic!("{name}: {other:?}"),
            // The others stay inside the segment (the empty answer does
            // not decode, which does not matter here).
            (_, Err(Error::InvalidArgument { .. })) => panic!("{name} refused"),
            _ => {}
        }
    }
    let requests = server.received_requests().await.unwrap_or_default();
    let paths: Vec<&str> = requests.iter().map(|r| r.url.path()).collect();
    assert_eq!(
        paths,
        [
            format!("/api/atlas/v2/groups/{GROUP}/databaseUsers/admin/%252E%252E"),
            format!("/api/atlas/v2/groups/{GROUP}/databaseUsers/admin/..%2Fadmin"),
        ]
    );
}

#[tokio::test]
async fn the_unauthenticated_operation_sends_no_credentials() {
    let unauth = server(200, json!({})).await;
    // Even a client with credentials sends none for it.
    atlas_tests::client(&unauth.uri())
        .root()
        .list_control_plane_addresses()
        .send()
        .await
        .expect("listControlPlaneIpAddresses");
    let req = only_request(&unauth).await;
    assert_eq!(
        req.url.path(),
        "/api/atlas/v2/unauth/controlPlaneIPAddresses"
    );
    assert_eq!(header(&req, "authorization"), None);

    // And a client without credentials can call it.
    let plain = server(200, json!({})).await;
    Client::builder()
        .base_url(plain.uri())
        .build()
        .expect("client")
        .root()
        .list_control_plane_addresses()
        .send()
        .await
        .expect("without credentials");

    // Other operations do send them.
    let other = server_ok().await;
    atlas_tests::client(&other.uri())
        .clusters()
        .get_cluster(GROUP, "Cluster0")
        .send()
        .await
        .expect("getGroupCluster");
    let req = only_request(&other).await;
    assert_eq!(header(&req, "authorization"), Some("Bearer test-token"));
}

#[tokio::test]
async fn patterns_on_integer_parameters_are_not_enforced() {
    // `endDate` is an integer with `pattern: 1199145600`; JSON Schema
    // applies patterns to strings only, so any timestamp goes.
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("content-type", "application/vnd.atlas.2023-02-01+gzip")
                .set_body_bytes(b"log".to_vec()),
        )
        .mount(&server)
        .await;
    let body = atlas_tests::client(&server.uri())
        .streams()
        .download_audit_logs(GROUP, "tenant")
        .start_date(1_636_466_948)
        .end_date(1_636_481_348)
        .send()
        .await
        .expect("downloadGroupStreamAuditLogs")
        .into_inner()
        .collect()
        .await
        .expect("body");
    assert_eq!(&body[..], b"log");
    let req = only_request(&server).await;
    assert_eq!(
        req.url.query(),
        Some("endDate=1636481348&startDate=1636466948")
    );
}

/// No builder offers `envelope` or `pretty` (spec/atlas.toml `omit_query_parameters`):
/// the typed responses describe the body Atlas sends at the parameter's
/// default, and the client never sends it. An operation whose default is
/// `true` declares the enveloped body as its response type, and that is
/// what it decodes; the usual unwrapped body decodes for the others.
#[tokio::test]
async fn envelope_is_never_sent_and_the_default_body_decodes() {
    let first = server(200, json!({"name": "Cluster0", "stateName": "IDLE"})).await;
    let cluster = atlas_tests::client(&first.uri())
        .clusters()
        .get_cluster(GROUP, "Cluster0")
        .send()
        .await
        .expect("the unwrapped body decodes")
        .into_inner();
    assert_eq!(cluster.name.as_deref(), Some("Cluster0"));
    let req = only_request(&first).await;
    assert_eq!(req.url.query(), None, "neither envelope nor pretty is sent");

    let enveloped = json!({"status": 200, "content": {"hiddenIndexes": [], "redundantIndexes": [], "unusedIndexes": []}});
    let second = server(200, enveloped).await;
    let suggestions = atlas_tests::client(&second.uri())
        .performance_advisor()
        .list_drop_index_suggestions(GROUP, "Cluster0")
        .send()
        .await
        .expect("the enveloped body its spec declares decodes")
        .into_inner();
    assert_eq!(suggestions.status, Some(200));
    assert_eq!(only_request(&second).await.url.query(), None);

    let api = atlas_tests::api_code(&atlas_tests::real().generated);
    assert!(
        !api.contains("pub fn envelope("),
        "a builder offers envelope"
    );
}
