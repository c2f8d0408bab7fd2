//! The generated crate calls `updateOrgInviteById` against a local HTTP
//! server: method, path, headers and body as Atlas expects them; the seed
//! page's 200 example decodes; each of its error examples decodes into the
//! typed error with its real status.

#![allow(deprecated)] // updateOrgInviteById is deprecated in the spec.

use atlas_admin::Error;
use atlas_admin::types::{
    OrgRole, OrganizationInvitationGroupRoleAssignmentsRequest, OrganizationInvitationUpdateRequest,
};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ORG: &str = "32b6e34b3d91647abb20e7b8";
const INVITATION: &str = "5f1b2c3d4e5f6a7b8c9d0e1f";
const MEDIA: &str = "application/vnd.atlas.2023-01-01+json";

/// The seed page's 200 example.
fn invitation_example() -> Value {
    json!({
        "createdAt": "2025-05-04T09:42:00Z",
        "expiresAt": "2025-05-04T09:42:00Z",
        "groupRoleAssignments": [{"groupId": "32b6e34b3d91647abb20e7b8", "groupRole": "GROUP_BACKUP_MANAGER"}],
        "id": "32b6e34b3d91647abb20e7b8",
        "inviterUsername": "hello@example.com",
        "links": [{"href": "https://cloud.mongodb.com/api/atlas", "rel": "self"}],
        "orgId": "32b6e34b3d91647abb20e7b8",
        "orgName": "string",
        "roles": ["ORG_OWNER"],
        "teamIds": ["string"],
        "username": "hello@example.com"
    })
}

fn request_body() -> OrganizationInvitationUpdateRequest {
    OrganizationInvitationUpdateRequest {
        group_role_assignments: Some(vec![OrganizationInvitationGroupRoleAssignmentsRequest {
            group_id: Some("32b6e34b3d91647abb20e7b8".into()),
            roles: Some(vec!["GROUP_BACKUP_MANAGER".into()]),
        }]),
        roles: Some(vec![OrgRole::OrgOwner]),
        team_ids: Some(vec!["string".into()]),
    }
}

#[tokio::test]
async fn update_org_invite_by_id_sends_what_atlas_expects_and_decodes_the_seed_example() {
    let server = MockServer::start().await;
    let route = format!("/api/atlas/v2/orgs/{ORG}/invites/{INVITATION}");
    Mock::given(method("PATCH"))
        .and(path(route.as_str()))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(invitation_example().to_string(), MEDIA),
        )
        .expect(1)
        .mount(&server)
        .await;

    let invitation = atlas_tests::client(&server.uri())
        .organizations()
        .update_org_invite_by_id(ORG, INVITATION, request_body())
        .send()
        .await
        .expect("call succeeds");

    // The decoded response.
    assert_eq!(invitation.status(), 200);
    assert_eq!(invitation.roles.as_deref(), Some(&[OrgRole::OrgOwner][..]));
    assert_eq!(invitation.username.as_deref(), Some("hello@example.com"));
    assert_eq!(
        invitation.created_at.map(|t| t.to_rfc3339()),
        Some("2025-05-04T09:42:00+00:00".to_owned())
    );
    let reencoded = serde_json::to_value(invitation.into_inner()).unwrap();
    assert_eq!(
        reencoded,
        invitation_example(),
        "the example survives a round trip"
    );

    // The request as sent.
    let requests = server.received_requests().await.expect("recording on");
    let req = &requests[0];
    assert_eq!(req.method.as_str(), "PATCH");
    assert_eq!(req.url.path(), route);
    assert_eq!(req.url.query(), None, "no query parameter is set");
    assert_eq!(req.headers.get("accept").unwrap(), MEDIA);
    assert_eq!(req.headers.get("content-type").unwrap(), MEDIA);
    assert_eq!(
        req.headers.get("authorization").unwrap(),
        "Bearer test-token"
    );
    let body: Value = serde_json::from_slice(&req.body).unwrap();
    assert_eq!(
        body,
        json!({
            "groupRoleAssignments": [{"groupId": "32b6e34b3d91647abb20e7b8", "roles": ["GROUP_BACKUP_MANAGER"]}],
            "roles": ["ORG_OWNER"],
            "teamIds": ["string"]
        })
    );
}

#[tokio::test]
async fn error_examples_decode_with_their_real_status() {
    // The seed page's error examples.
    let cases = [
        (400, "VALIDATION_ERROR", "Bad Request"),
        (401, "NOT_ORG_GROUP_CREATOR", "Unauthorized"),
        (403, "CANNOT_CHANGE_GROUP_NAME", "Forbidden"),
        (404, "RESOURCE_NOT_FOUND", "Not Found"),
        (500, "UNEXPECTED_ERROR", "Internal Server Error"),
    ];
    for (status, code, reason) in cases {
        let server = MockServer::start().await;
        let body = json!({
            "error": status,
            "detail": "(This is just an example, the exception may not be related to this endpoint)",
            "reason": reason,
            "errorCode": code
        });
        Mock::given(method("PATCH"))
            .respond_with(
                ResponseTemplate::new(status).set_body_raw(body.to_string(), "application/json"),
            )
            .mount(&server)
            .await;
        let err = atlas_tests::client(&server.uri())
            .organizations()
            .update_org_invite_by_id(ORG, INVITATION, request_body())
            .send()
            .await
            .expect_err("an error status is an error");
        assert_eq!(err.status(), Some(status), "{err}");
        assert_eq!(err.error_code(), Some(code));
        let api = err.api_error().expect("typed ApiError");
        assert_eq!(api.error, status);
        assert_eq!(api.reason.as_deref(), Some(reason));
        assert!(matches!(err, Error::Api(_)));
    }
}

#[tokio::test]
async fn invalid_ids_are_rejected_before_anything_is_sent() {
    let server = MockServer::start().await;
    let err = atlas_tests::client(&server.uri())
        .organizations()
        .update_org_invite_by_id("not-a-24-hex-id", INVITATION, request_body())
        .send()
        .await
        .expect_err("pattern check");
    match &err {
        Error::InvalidArgument {
            parameter,
            operation,
            ..
        } => {
            assert_eq!(*parameter, "orgId");
            assert_eq!(*operation, "updateOrgInviteById");
        }
        other => panic!("{other:?}"),
    }
    // A missing required body is a compile error now (the body is an
    // argument): see the compile_fail doctest of the atlas-tests crate.
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "nothing reached the server"
    );
}

#[tokio::test]
async fn path_values_are_percent_encoded() {
    // deleteGroupAccessListEntry takes a CIDR entry whose slash must be encoded.
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    atlas_tests::client(&server.uri())
        .project_ip_access_list()
        .delete_access_list_entry(ORG, "10.0.0.0/16")
        .send()
        .await
        .expect("204");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        requests[0].url.path(),
        format!("/api/atlas/v2/groups/{ORG}/accessList/10.0.0.0%2F16")
    );
}
