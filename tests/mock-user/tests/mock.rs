//! The application code of this crate, tested against the generated
//! crate's mock: no server, no network, every rule typed.

use atlas_admin::apis::clusters::ListClusters;
use atlas_admin::apis::database_users::CreateDatabaseUser;
use atlas_admin::mock::Mock;
use atlas_admin::types::{CloudDatabaseUser, ClusterDescription20240805};
use atlas_admin::{Client, Error, RetryPolicy};
use atlas_mock_user::{add_reader, cluster_names};
use std::time::Duration;

const PROJECT: &str = "5f0000000000000000000001";

fn cluster(name: &str) -> ClusterDescription20240805 {
    ClusterDescription20240805 {
        name: Some(name.to_owned()),
        ..Default::default()
    }
}

#[tokio::test]
async fn cluster_names_walks_every_page() {
    let mock = Mock::new();
    let list = mock
        .on::<ListClusters>()
        .when("project 1", |call| call.path_has(PROJECT))
        .pages(["a", "b", "c", "d", "e"].map(cluster).to_vec());
    let client = Client::mock(&mock);
    let names = cluster_names(&client, PROJECT).await.unwrap();
    assert_eq!(names, ["a", "b", "c", "d", "e"]);
    // Two items a page: three pages.
    assert_eq!(list.calls(), 3);
    mock.verify();
}

#[tokio::test]
async fn add_reader_sends_the_user_and_returns_it() {
    let mock = Mock::new();
    let created = mock
        .on::<CreateDatabaseUser>()
        .when("a reader of sales", |call| {
            call.body().is_some_and(|user: CloudDatabaseUser| {
                user.username == "ana" && user.roles[0].database_name == "sales"
            })
        })
        .respond(CloudDatabaseUser {
            username: "ana".into(),
            group_id: Some(PROJECT.into()),
            ..Default::default()
        });
    let client = Client::mock(&mock);
    let user = add_reader(&client, PROJECT, "ana", "sales").await.unwrap();
    assert_eq!(user.unwrap().username, "ana");
    assert_eq!(created.calls(), 1);
    mock.verify();
}

#[tokio::test]
async fn add_reader_reports_a_missing_project_as_none() {
    let mock = Mock::new();
    mock.on::<CreateDatabaseUser>().fail(
        404,
        "RESOURCE_NOT_FOUND",
        "No project with ID 5f0000000000000000000001.",
    );
    let client = Client::mock(&mock);
    assert!(
        add_reader(&client, PROJECT, "ana", "sales")
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn an_atlas_error_keeps_its_code_and_detail() {
    let mock = Mock::new();
    mock.on::<CreateDatabaseUser>().fail(
        409,
        "USER_ALREADY_EXISTS",
        "The user ana already exists.",
    );
    let client = Client::mock(&mock);
    let err = add_reader(&client, PROJECT, "ana", "sales")
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(409));
    let Error::Api(failure) = &err else {
        panic!("{err:?}")
    };
    let api = failure.error.as_ref().expect("decoded ApiError");
    assert_eq!(api.error_code, "USER_ALREADY_EXISTS");
}

#[tokio::test]
async fn a_429_is_retried_to_success() {
    let mock = Mock::new();
    let rule = mock
        .on::<CreateDatabaseUser>()
        .then_fail(429, "RATE_LIMITED", "Slow down.")
        .then_fail(429, "RATE_LIMITED", "Slow down.")
        .respond(CloudDatabaseUser {
            username: "ana".into(),
            ..Default::default()
        });
    let client = Client::builder()
        .mock(&mock)
        .retry(RetryPolicy {
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(2),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let user = add_reader(&client, PROJECT, "ana", "sales").await.unwrap();
    assert_eq!(user.unwrap().username, "ana");
    assert_eq!(rule.calls(), 3, "two 429s, then the answer");
}

#[tokio::test]
async fn an_unmatched_call_fails_naming_the_request_and_the_rules() {
    let mock = Mock::new();
    mock.on::<ListClusters>()
        .when("another project", |call| {
            call.path_has("5f00000000000000000000ff")
        })
        .pages(vec![cluster("x")]);
    let client = Client::mock(&mock);
    let err = cluster_names(&client, PROJECT).await.unwrap_err();
    let text = err.to_string();
    assert!(text.contains("listGroupClusters"), "{text}");
    assert!(
        text.contains("/api/atlas/v2/groups/5f0000000000000000000001/clusters"),
        "{text}"
    );
    assert!(text.contains("another project"), "{text}");
    // The rule was never met.
    let unmet = mock.check().unwrap_err();
    assert!(
        unmet.contains("listGroupClusters (another project)"),
        "{unmet}"
    );
}

#[tokio::test]
async fn a_parameter_is_checked_before_the_mock_is_asked() {
    let mock = Mock::new();
    let client = Client::mock(&mock);
    // groupId must be 24 hexadecimal digits: rejected by the client itself.
    let err = cluster_names(&client, "not-a-project").await.unwrap_err();
    assert!(matches!(err, Error::InvalidArgument { .. }), "{err:?}");
}

#[tokio::test]
async fn a_created_cluster_is_waited_for_through_the_mock() {
    use atlas_admin::apis::clusters::{CreateCluster, GetCluster};
    use atlas_admin::types::AdvancedClusterDescriptionStateName as State;
    use atlas_admin::wait::Wait;
    let in_state = |state: State| ClusterDescription20240805 {
        group_id: Some(PROJECT.into()),
        state_name: Some(state),
        ..cluster("c1")
    };
    let mock = Mock::new();
    mock.on::<CreateCluster>()
        .respond(in_state(State::Creating));
    let polls = mock
        .on::<GetCluster>()
        .when("c1", |call| call.path_has("c1"))
        .then_respond(in_state(State::Creating))
        .respond(in_state(State::Idle));
    let client = Client::mock(&mock);
    let done = client
        .clusters()
        .create_cluster(PROJECT, cluster("c1"))
        .send_and_wait(&Wait::new().interval(Duration::from_millis(1)))
        .await
        .unwrap();
    assert_eq!(done.state_name, Some(State::Idle));
    assert_eq!(polls.calls(), 2, "CREATING, then IDLE");
}

#[tokio::test]
async fn the_mock_answers_as_atlas_does_where_the_spec_is_wrong() {
    use atlas_admin::deviation::Kind;
    use atlas_admin::types::DatabaseUserRoleRoleName;
    let mock = Mock::new();
    // A status the spec does not document, a role name in upper case, a
    // required property (`databaseName`) left out, a property the spec
    // does not have, and a sunset announced.
    mock.on::<CreateDatabaseUser>()
        .header("Sunset", "Thu, 1 Jul 2027 00:00:00 GMT")
        .respond_json(
            202,
            serde_json::json!({
                "username": "ana",
                "groupId": PROJECT,
                "roles": [{"databaseName": "sales", "roleName": "READ"}],
                "newProperty": true
            }),
        );
    let client = Client::mock(&mock);
    let user = add_reader(&client, PROJECT, "ana", "sales")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.username, "ana");
    assert_eq!(user.roles[0].role_name, DatabaseUserRoleRoleName::Read);

    let created = client
        .database_users()
        .create_database_user(PROJECT, CloudDatabaseUser::default())
        .send()
        .await
        .unwrap();
    assert_eq!(
        created.sunset().map(|d| d.to_rfc3339()),
        Some("2027-07-01T00:00:00+00:00".into())
    );
    let seen: Vec<(&str, &Kind)> = created
        .deviations()
        .iter()
        .map(|d| (d.path.as_str(), &d.kind))
        .collect();
    assert!(
        matches!(seen[0], (".", Kind::UndocumentedStatus { status: 202 })),
        "{seen:?}"
    );
    assert!(
        matches!(seen[1], ("databaseName", Kind::MissingRequired { .. })),
        "{seen:?}"
    );
    assert!(
        matches!(seen[2], ("roles[0].roleName", Kind::EnumCase { .. })),
        "{seen:?}"
    );
    assert_eq!(seen.len(), 3);
    mock.verify();
}

#[tokio::test]
async fn a_typed_answer_can_come_with_another_status() {
    let mock = Mock::new();
    mock.on::<CreateDatabaseUser>().respond_with_status(
        200,
        CloudDatabaseUser {
            username: "ana".into(),
            database_name: atlas_admin::types::CloudDatabaseUserDatabaseName::Admin,
            ..Default::default()
        },
    );
    let client = Client::mock(&mock);
    let created = client
        .database_users()
        .create_database_user(PROJECT, CloudDatabaseUser::default())
        .send()
        .await
        .unwrap();
    assert_eq!((created.status(), created.username.as_str()), (200, "ana"));
    assert_eq!(created.deviations().len(), 1, "{:?}", created.deviations());
}
