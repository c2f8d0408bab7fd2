//! Waiters (`send_and_wait`) against a local server that plays a cluster:
//! created, it is CREATING for a few polls and then IDLE; deleted, it
//! answers 200 DELETING for a few polls and then 404. Also: a timeout, a
//! state that never becomes the expected one, `Retry-After`, a dropped
//! wait that stops polling, and a missing value to poll with.

use atlas_admin::Error;
use atlas_admin::types::{AdvancedClusterDescriptionStateName, ClusterDescription20240805};
use atlas_admin::wait::Wait;
use serde_json::json;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const CLUSTER: &str = "waiting-cluster";
/// The version the watcher names for `getGroupCluster`.
const POLL_MEDIA: &str = "application/vnd.atlas.2024-08-05+json";

fn cluster_route() -> String {
    format!("/api/atlas/v2/groups/{GROUP}/clusters/{CLUSTER}")
}

fn cluster(state: &str) -> serde_json::Value {
    json!({"name": CLUSTER, "groupId": GROUP, "stateName": state})
}

/// Answers the polls in order; the last answer repeats forever.
#[derive(Clone)]
struct Script {
    answers: Arc<Vec<ResponseTemplate>>,
    polls: Arc<AtomicUsize>,
}

impl Script {
    fn new(answers: Vec<ResponseTemplate>) -> Self {
        Script {
            answers: Arc::new(answers),
            polls: Arc::new(AtomicUsize::new(0)),
        }
    }

    fn polls(&self) -> usize {
        self.polls.load(Ordering::SeqCst)
    }
}

impl Respond for Script {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.polls.fetch_add(1, Ordering::SeqCst);
        self.answers[n.min(self.answers.len() - 1)].clone()
    }
}

fn state(s: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(cluster(s).to_string(), POLL_MEDIA)
}

fn not_found() -> ResponseTemplate {
    let body = json!({"error": 404, "errorCode": "CLUSTER_NOT_FOUND", "detail": "gone"});
    ResponseTemplate::new(404).set_body_raw(body.to_string(), "application/json")
}

/// A server whose `createGroupCluster` answers 201 with `created`, and
/// whose `getGroupCluster` at the watcher's version plays `polls`.
async fn server(created: serde_json::Value, polls: &Script) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(format!("/api/atlas/v2/groups/{GROUP}/clusters")))
        .respond_with(ResponseTemplate::new(201).set_body_raw(created.to_string(), POLL_MEDIA))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path(cluster_route()))
        .respond_with(ResponseTemplate::new(202))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(cluster_route()))
        .and(header("accept", POLL_MEDIA))
        .respond_with(polls.clone())
        .mount(&server)
        .await;
    server
}

fn fast() -> Wait {
    Wait::new()
        .interval(Duration::from_millis(10))
        .max_interval(Duration::from_millis(40))
        .timeout(Duration::from_secs(20))
}

/// Creates the cluster on `server` and waits as `wait` says.
async fn create_and_wait(
    server: &MockServer,
    wait: &Wait,
) -> Result<atlas_admin::ResponseValue<ClusterDescription20240805>, Error> {
    let new_cluster = ClusterDescription20240805 {
        name: Some(CLUSTER.into()),
        ..Default::default()
    };
    atlas_tests::client(&server.uri())
        .clusters()
        .create_cluster(GROUP, new_cluster)
        .send_and_wait(wait)
        .await
}

#[tokio::test]
async fn a_created_cluster_is_waited_for_until_idle() {
    let polls = Script::new(vec![
        state("CREATING"),
        state("CREATING"),
        state("CREATING"),
        state("IDLE"),
    ]);
    let server = server(cluster("CREATING"), &polls).await;
    let done = create_and_wait(&server, &fast())
        .await
        .expect("the cluster becomes IDLE");
    assert_eq!(
        done.state_name,
        Some(AdvancedClusterDescriptionStateName::Idle)
    );
    assert_eq!(done.status(), 200);
    assert_eq!(polls.polls(), 4, "three CREATING answers, then IDLE");
}

#[tokio::test]
async fn a_deleted_cluster_is_waited_for_until_404() {
    let polls = Script::new(vec![state("DELETING"), state("DELETING"), not_found()]);
    let server = server(cluster("IDLE"), &polls).await;
    let client = atlas_tests::client(&server.uri());
    client
        .clusters()
        .delete_cluster(GROUP, CLUSTER)
        .send_and_wait(&fast())
        .await
        .expect("the cluster is gone");
    assert_eq!(polls.polls(), 3);
}

#[tokio::test]
async fn a_cluster_that_stays_creating_times_out_naming_its_state() {
    let polls = Script::new(vec![state("CREATING")]);
    let server = server(cluster("CREATING"), &polls).await;
    let wait = fast().timeout(Duration::from_millis(300));
    let err = create_and_wait(&server, &wait)
        .await
        .expect_err("never IDLE");
    match &err {
        Error::WaitTimedOut {
            operation,
            waited,
            last_seen,
        } => {
            assert_eq!(*operation, "createGroupCluster");
            assert!(*waited >= Duration::from_millis(300), "{waited:?}");
            assert_eq!(last_seen.as_deref(), Some("stateName = CREATING"));
        }
        other => panic!("{other:?}"),
    }
    assert!(
        err.to_string().contains("last seen: stateName = CREATING"),
        "{err}"
    );
    assert!(polls.polls() >= 3, "it kept polling: {}", polls.polls());
}

#[tokio::test]
async fn a_state_that_never_becomes_idle_ends_the_wait_at_once() {
    // DELETING is in the spec's enum of stateName and is no IDLE: the
    // generator lists it as a terminal state of this waiter.
    let polls = Script::new(vec![state("CREATING"), state("DELETING")]);
    let server = server(cluster("CREATING"), &polls).await;
    let err = create_and_wait(&server, &fast())
        .await
        .expect_err("DELETING never becomes IDLE");
    match &err {
        Error::WaitFailed { operation, message } => {
            assert_eq!(*operation, "createGroupCluster");
            assert!(message.contains("`stateName` = `DELETING`"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(polls.polls(), 2, "no poll after the terminal state");
}

#[tokio::test]
async fn the_caller_can_name_more_failure_states() {
    let polls = Script::new(vec![state("REPAIRING"), state("IDLE")]);
    let server = server(cluster("CREATING"), &polls).await;
    let err = create_and_wait(&server, &fast().fail_on("REPAIRING"))
        .await
        .expect_err("REPAIRING is a failure for this caller");
    assert!(matches!(err, Error::WaitFailed { .. }), "{err:?}");
    assert_eq!(polls.polls(), 1);
}

#[tokio::test]
async fn retry_after_on_a_poll_is_honoured() {
    let polls = Script::new(vec![
        state("CREATING").insert_header("Retry-After", "1"),
        state("IDLE"),
    ]);
    let server = server(cluster("CREATING"), &polls).await;
    let started = Instant::now();
    create_and_wait(&server, &fast())
        .await
        .expect("IDLE after the pause the server asked for");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "the second poll came before Retry-After: {:?}",
        started.elapsed()
    );
    assert_eq!(polls.polls(), 2);
}

#[tokio::test]
async fn dropping_the_wait_stops_polling() {
    let polls = Script::new(vec![state("CREATING")]);
    let server = server(cluster("CREATING"), &polls).await;
    let wait = fast();
    let waiting = create_and_wait(&server, &wait);
    let outcome = tokio::time::timeout(Duration::from_millis(200), waiting).await;
    assert!(outcome.is_err(), "still waiting when dropped");
    // A poll already written to the socket when the future was dropped may
    // still reach the server (CI saw one land after the drop): let it land
    // before counting. 50 ms is more than the 40 ms maximum pause, so a
    // loop still running would poll again in the 300 ms that follow.
    tokio::time::sleep(Duration::from_millis(50)).await;
    let seen = polls.polls();
    assert!(seen >= 2, "it polled before being dropped: {seen}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(polls.polls(), seen, "no poll after the future was dropped");
}

#[tokio::test]
async fn an_answer_without_the_value_to_poll_with_fails_before_polling() {
    let polls = Script::new(vec![state("IDLE")]);
    let server = server(json!({"groupId": GROUP, "stateName": "CREATING"}), &polls).await;
    let err = create_and_wait(&server, &fast())
        .await
        .expect_err("no name in the answer");
    match &err {
        Error::WaitFailed { message, .. } => {
            assert!(message.contains("`/name`"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(polls.polls(), 0);
}

#[tokio::test]
async fn an_error_while_polling_ends_the_wait_with_that_error() {
    let polls = Script::new(vec![state("CREATING"), not_found()]);
    let server = server(cluster("CREATING"), &polls).await;
    let err = create_and_wait(&server, &fast())
        .await
        .expect_err("the cluster vanished while being created");
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.error_code(), Some("CLUSTER_NOT_FOUND"));
}
