//! The `update_org_invite` example, run as a user would (`cargo run -p
//! atlas-tests --example update_org_invite -- …`), against a local server
//! that plays the Atlas token endpoint and API.

use serde_json::json;
use std::process::Command;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ORG: &str = "32b6e34b3d91647abb20e7b8";
const INVITATION: &str = "5f1b2c3d4e5f6a7b8c9d0e1f";

/// Runs the example off the async workers, which must keep serving the mock.
async fn run_example(base_url: &str, args: &[&str]) -> std::process::Output {
    let base_url = base_url.to_owned();
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    tokio::task::spawn_blocking(move || run_example_blocking(&base_url, &args))
        .await
        .expect("example run")
}

/// `cargo test --workspace` builds the examples beside the tests; use that
/// binary when it is there, else `cargo run` it.
fn example_command() -> Command {
    let exe = std::env::current_exe().expect("test binary");
    let built = exe
        .parent()
        .and_then(|deps| deps.parent())
        .map(|dir| dir.join("examples/update_org_invite"));
    match built.filter(|p| p.is_file()) {
        Some(path) => Command::new(path),
        None => {
            let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
            c.current_dir(atlas_tests::root()).args([
                "run",
                "-q",
                "-p",
                "atlas-tests",
                "--example",
                "update_org_invite",
                "--",
            ]);
            c
        }
    }
}

fn run_example_blocking(base_url: &str, args: &[String]) -> std::process::Output {
    example_command()
        .args(args)
        .env_remove("MONGODB_ATLAS_PUBLIC_API_KEY")
        .env_remove("MONGODB_ATLAS_PRIVATE_API_KEY")
        .env("MONGODB_ATLAS_CLIENT_ID", "sa-client")
        .env("MONGODB_ATLAS_CLIENT_SECRET", "sa-s3cr3t")
        .env("MONGODB_ATLAS_BASE_URL", base_url)
        .output()
        .expect("run the example")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_updates_an_invitation_and_reports_errors() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"access_token": "tok", "expires_in": 3600})),
        )
        .mount(&server)
        .await;
    let invitation = json!({"id": INVITATION, "orgId": ORG, "orgName": "o", "roles": ["ORG_MEMBER", "ORG_BILLING_ADMIN"], "username": "hello@example.com"});
    Mock::given(method("PATCH"))
        .and(path(format!(
            "/api/atlas/v2/orgs/{ORG}/invites/{INVITATION}"
        )))
        .and(header("authorization", "Bearer tok"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            invitation.to_string(),
            "application/vnd.atlas.2023-01-01+json",
        ))
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"error": 404, "errorCode": "RESOURCE_NOT_FOUND", "detail": "No invitation", "reason": "Not Found"})))
        .mount(&server)
        .await;

    let ok = run_example(
        &server.uri(),
        &[ORG, INVITATION, "ORG_MEMBER", "ORG_BILLING_ADMIN"],
    )
    .await;
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let printed: serde_json::Value = serde_json::from_slice(&ok.stdout).expect("JSON on stdout");
    assert_eq!(printed, invitation);
    let sent = server.received_requests().await.unwrap();
    let patch = sent
        .iter()
        .find(|r| r.method.as_str() == "PATCH")
        .expect("a PATCH");
    let body: serde_json::Value = serde_json::from_slice(&patch.body).unwrap();
    assert_eq!(body, json!({"roles": ["ORG_MEMBER", "ORG_BILLING_ADMIN"]}));

    let missing = run_example(
        &server.uri(),
        &[ORG, "aaaaaaaaaaaaaaaaaaaaaaaa", "ORG_OWNER"],
    )
    .await;
    assert_eq!(missing.status.code(), Some(1));
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(
        err.contains("status: 404")
            && err.contains("errorCode: RESOURCE_NOT_FOUND")
            && err.contains("detail: No invitation"),
        "{err}"
    );
    assert!(!err.contains("s3cr3t"));

    let usage = run_example(&server.uri(), &[ORG]).await;
    assert_eq!(usage.status.code(), Some(2));
}
