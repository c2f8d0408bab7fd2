//! The generated client against a local server answering as Atlas does
//! where it departs from the spec: each tolerance rule (an undocumented
//! 2xx, an empty body, a required property left out, an enum value in
//! another case), the strictness that stays (a wrong JSON type is an
//! error with its path), the deviations a caller sees, the warnings, and
//! the `Deprecation`/`Sunset` headers.

use atlas_admin::deviation::Kind;
use atlas_admin::types::AdvancedClusterDescriptionClusterType;
use atlas_admin::{Client, Error, RetryPolicy};
use serde_json::json;
use std::sync::{Arc, Mutex};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";

async fn answering(status: u16, body: &str, headers: &[(&str, &str)]) -> (MockServer, Client) {
    let server = MockServer::start().await;
    let mut answer =
        ResponseTemplate::new(status).set_body_raw(body.to_owned(), "application/json");
    for (k, v) in headers {
        answer = answer.insert_header(*k, *v);
    }
    Mock::given(any()).respond_with(answer).mount(&server).await;
    let client = Client::builder()
        .base_url(server.uri())
        .bearer("token")
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    (server, client)
}

fn kinds(deviations: &[atlas_admin::Deviation]) -> Vec<(String, Kind)> {
    deviations
        .iter()
        .map(|d| (d.path.clone(), d.kind.clone()))
        .collect()
}

#[tokio::test]
async fn an_undocumented_success_status_is_a_success() {
    // getGroup documents 200 only.
    let body = json!({"id": GROUP, "name": "p", "orgId": GROUP}).to_string();
    let (_s, client) = answering(203, &body, &[]).await;
    let group = client.projects().get_group(GROUP).send().await.unwrap();
    assert_eq!((group.status(), group.name.as_str()), (203, "p"));
    assert_eq!(
        kinds(group.deviations()),
        [(".".into(), Kind::UndocumentedStatus { status: 203 })]
    );
    // deleteGroup documents 202 (spec/overlays/fix-upstream.yaml); a 204
    // is a success too, its body not read.
    let (_s, client) = answering(204, "", &[]).await;
    let deleted = client.projects().delete_group(GROUP).send().await.unwrap();
    assert_eq!(deleted.status(), 204);
    assert_eq!(deleted.deviations().len(), 1);
}

#[tokio::test]
async fn a_required_property_left_out_decodes_as_its_default_and_is_told() {
    // Group requires name and orgId; Atlas leaves name out here.
    let body = json!({"id": GROUP, "orgId": GROUP, "clusterCount": 2}).to_string();
    let (_s, client) = answering(200, &body, &[]).await;
    let group = client.projects().get_group(GROUP).send().await.unwrap();
    assert_eq!(group.name, "");
    assert_eq!(group.cluster_count, Some(2));
    assert_eq!(
        kinds(group.deviations()),
        [("name".into(), Kind::MissingRequired { type_name: "Group" })]
    );
    // Within a list, the path names the item.
    let page = json!({"results": [{"id": GROUP, "name": "a", "orgId": GROUP}, {"id": GROUP, "name": "b"}], "totalCount": 2});
    let (_s, client) = answering(200, &page.to_string(), &[]).await;
    let groups = client.projects().list_groups().send().await.unwrap();
    assert_eq!(groups.results.as_ref().map(Vec::len), Some(2));
    assert_eq!(groups.deviations()[0].path, "results[1].orgId");
}

#[tokio::test]
async fn an_enum_value_in_another_case_is_the_spec_value() {
    let page = json!({"results": [{"name": "c", "clusterType": "replicaset"}], "totalCount": 1});
    let (_s, client) = answering(200, &page.to_string(), &[]).await;
    let clusters = client.clusters().list_clusters(GROUP).send().await.unwrap();
    let cluster = &clusters.results.as_ref().unwrap()[0];
    assert_eq!(
        cluster.cluster_type,
        Some(AdvancedClusterDescriptionClusterType::Replicaset)
    );
    let d = &clusters.deviations()[0];
    assert_eq!(d.path, "results[0].clusterType");
    assert_eq!(
        d.to_string(),
        r#"results[0].clusterType: AdvancedClusterDescriptionClusterType value "replicaset" read as "REPLICASET""#
    );
    // A value that is no spelling of a known one stays Unknown, and is told.
    let page = json!({"results": [{"name": "c", "clusterType": "HYPERCUBE"}]});
    let (_s, client) = answering(200, &page.to_string(), &[]).await;
    let clusters = client.clusters().list_clusters(GROUP).send().await.unwrap();
    assert!(matches!(
        &clusters.deviations()[0].kind,
        Kind::Unknown(u) if u.value == r#""HYPERCUBE""#
    ));
}

#[tokio::test]
async fn an_empty_body_reads_as_an_empty_object() {
    let (_s, client) = answering(200, "", &[]).await;
    let page = client.projects().list_groups().send().await.unwrap();
    assert!(page.results.is_none());
    assert_eq!(kinds(page.deviations()), [(".".into(), Kind::EmptyBody)]);
}

#[tokio::test]
async fn a_wrong_json_type_is_still_an_error_with_its_path() {
    let body = json!({"id": GROUP, "name": 5, "orgId": GROUP}).to_string();
    let (_s, client) = answering(200, &body, &[]).await;
    match client.projects().get_group(GROUP).send().await {
        Err(Error::Decode { path, message, .. }) => {
            assert_eq!(path, "name");
            assert!(message.contains("invalid type"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    // A list where one object is documented, likewise.
    let (_s, client) = answering(200, "[]", &[]).await;
    assert!(matches!(
        client.projects().get_group(GROUP).send().await,
        Err(Error::Decode { .. })
    ));
}

#[tokio::test]
async fn deprecation_and_sunset_are_dates_and_warned_once_per_operation_and_version() {
    let body = json!({"id": GROUP, "name": "p", "orgId": GROUP}).to_string();
    let headers = [
        ("Deprecation", "@1767225600"),
        ("Sunset", "Thu, 1 Jul 2027 00:00:00 GMT"),
    ];
    let (_s, client) = answering(200, &body, &headers).await;
    let logs = capture_warnings(|| async {
        let group = client.projects().get_group(GROUP).send().await.unwrap();
        assert_eq!(
            group.deprecation().map(|d| d.to_rfc3339()),
            Some("2026-01-01T00:00:00+00:00".into())
        );
        assert_eq!(
            group.sunset().map(|d| d.to_rfc3339()),
            Some("2027-07-01T00:00:00+00:00".into())
        );
        client.projects().get_group(GROUP).send().await.unwrap();
    })
    .await;
    let warnings: Vec<&String> = logs.iter().filter(|l| l.contains("retirement")).collect();
    assert_eq!(warnings.len(), 1, "{logs:#?}");
    assert!(
        warnings[0].contains("getGroup") && warnings[0].contains("2023-01-01"),
        "{}",
        warnings[0]
    );
    assert!(warnings[0].contains("Thu, 1 Jul 2027"), "{}", warnings[0]);
}

#[tokio::test]
async fn a_deviation_is_warned_once_per_operation_and_place() {
    // Warnings are once per process: no other test leaves out this one.
    let page = json!({"results": [{"orgId": GROUP, "id": GROUP}, {"orgId": GROUP, "id": GROUP}], "totalCount": 2});
    let (_s, client) = answering(200, &page.to_string(), &[]).await;
    let logs = capture_warnings(|| async {
        for _ in 0..3 {
            let page = client.projects().list_groups().send().await.unwrap();
            assert_eq!(page.deviations().len(), 2);
        }
    })
    .await;
    let warnings: Vec<&String> = logs
        .iter()
        .filter(|l| l.contains("departs from the spec"))
        .collect();
    assert_eq!(warnings.len(), 1, "{logs:#?}");
    assert!(warnings[0].contains("listGroups"), "{}", warnings[0]);
    assert!(warnings[0].contains("results[0].name"), "{}", warnings[0]);
}

/// The WARN lines logged while `f` runs on this thread.
async fn capture_warnings<F, Fut>(f: F) -> Vec<String>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    // See tests/transport.rs: a global subscriber that wants everything
    // keeps tracing's per-callsite cache from saying "unwanted".
    let _ = tracing::subscriber::set_global_default(tracing_subscriber::registry());
    let logs = Arc::new(Mutex::new(Vec::<u8>::new()));
    let sink = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::WARN)
        .with_writer(move || Writer(sink.clone()))
        .with_ansi(false)
        .finish();
    let guard = tracing::subscriber::set_default(subscriber);
    f().await;
    drop(guard);
    let text = String::from_utf8(logs.lock().unwrap().clone()).unwrap();
    text.lines().map(str::to_owned).collect()
}

#[derive(Clone)]
struct Writer(Arc<Mutex<Vec<u8>>>);
impl std::io::Write for Writer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
