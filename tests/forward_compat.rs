//! Forward compatibility on a sample of operations across API groups:
//! responses with fields this crate does not know, enum values it does not
//! know, and only the required fields still decode.

#![allow(deprecated)] // getOrgInvite is deprecated in the spec.

use atlas_admin::types::{
    CloudDatabaseUserDatabaseName, DatabaseUserRoleRoleName, OrgRole, ProjectRole,
};
use atlas_admin::{Client, RetryPolicy};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ID: &str = "32b6e34b3d91647abb20e7b8";
const ID2: &str = "5f1b2c3d4e5f6a7b8c9d0e1f";

async fn serve(server: &MockServer, route: String, body: Value) {
    Mock::given(method("GET"))
        .and(path(route))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body.to_string(), "application/json"))
        .mount(server)
        .await;
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .bearer("t")
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn projects_and_organizations_tolerate_new_fields_and_values() {
    let server = MockServer::start().await;
    // Only the required fields, plus unknown ones (top level and nested).
    serve(
        &server,
        format!("/api/atlas/v2/groups/{ID}"),
        json!({"name": "p", "orgId": ID, "newField": {"a": [1]}}),
    )
    .await;
    serve(
        &server,
        format!("/api/atlas/v2/orgs/{ID}"),
        json!({"name": "o", "futureFlag": true}),
    )
    .await;
    serve(
        &server,
        format!("/api/atlas/v2/orgs/{ID}/invites/{ID2}"),
        json!({"orgName": "o", "roles": ["ORG_OWNER", "ORG_SUPER_ADMIN"], "groupRoleAssignments": [{"groupId": ID, "groupRole": "GROUP_NEW_ROLE", "extra": 1}]}),
    )
    .await;
    let c = client(&server);
    let group = c
        .projects()
        .get_group(ID)
        .send()
        .await
        .expect("group decodes");
    assert_eq!((group.name.as_str(), group.cluster_count), ("p", None));
    let org = c
        .organizations()
        .get_org(ID)
        .send()
        .await
        .expect("org decodes");
    assert_eq!(org.name, "o");
    let invite = c
        .organizations()
        .get_org_invite(ID, ID2)
        .send()
        .await
        .expect("invitation decodes");
    assert_eq!(
        invite.roles.clone().unwrap(),
        vec![
            OrgRole::OrgOwner,
            OrgRole::Unknown("ORG_SUPER_ADMIN".into())
        ]
    );
    let assignment = &invite.group_role_assignments.as_ref().unwrap()[0];
    // Project roles are an open enum too (kept from the spec's last list).
    assert_eq!(
        assignment.group_role,
        Some(ProjectRole::Unknown("GROUP_NEW_ROLE".into()))
    );
}

#[tokio::test]
async fn database_users_and_teams_tolerate_new_fields_and_values() {
    let server = MockServer::start().await;
    serve(
        &server,
        format!("/api/atlas/v2/groups/{ID}/databaseUsers/admin/alice"),
        json!({
            "databaseName": "$newAuthSource",
            "groupId": ID,
            "roles": [{"databaseName": "admin", "roleName": "futureRole", "scope": "new"}],
            "username": "alice",
            "passwordless": true
        }),
    )
    .await;
    serve(
        &server,
        format!("/api/atlas/v2/orgs/{ID}/teams/{ID2}"),
        json!({"id": ID2, "name": "t", "newList": []}),
    )
    .await;
    let c = client(&server);
    let user = c
        .database_users()
        .get_database_user(ID, "admin", "alice")
        .send()
        .await
        .expect("user decodes");
    assert_eq!(
        user.database_name,
        CloudDatabaseUserDatabaseName::Unknown("$newAuthSource".into())
    );
    assert_eq!(
        user.roles[0].role_name,
        DatabaseUserRoleRoleName::Unknown("futureRole".into())
    );
    let team = c
        .teams()
        .get_org_team(ID, ID2)
        .send()
        .await
        .expect("team decodes");
    assert_eq!(team.name.as_deref(), Some("t"));
}
