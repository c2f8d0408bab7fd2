//! The production transport against local servers: retries and
//! Retry-After, rate-limit headers, timeouts (also of streamed downloads), service-account tokens (the
//! shared refresh race included), secrets kept out of errors and traces.

use atlas_admin::{Client, Error, RetryPolicy};
use serde_json::json;
use std::io::{BufRead, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use wiremock::matchers::{body_string, header, method, path, path_regex};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const MEDIA: &str = "application/vnd.atlas.2023-01-01+json";

fn group_json() -> serde_json::Value {
    json!({"clusterCount": 0, "created": "2025-05-04T09:42:00Z", "name": "p", "orgId": GROUP, "id": GROUP})
}

fn fast_retries(attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts: attempts,
        initial_backoff: Duration::from_millis(20),
        max_backoff: Duration::from_secs(2),
        total_deadline: Duration::from_secs(20),
    }
}

fn client(server: &MockServer, policy: RetryPolicy) -> Client {
    Client::builder()
        .base_url(server.uri())
        .bearer("static-token")
        .retry(policy)
        .build()
        .unwrap()
}

/// Answers each request with the next response of a list (the last repeats).
struct Sequence(Mutex<Vec<ResponseTemplate>>);
impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let mut list = self.0.lock().unwrap();
        if list.len() > 1 {
            list.remove(0)
        } else {
            list[0].clone()
        }
    }
}
fn sequence(list: Vec<ResponseTemplate>) -> Sequence {
    Sequence(Mutex::new(list))
}

/// The body of a createGroup request.
fn new_group() -> atlas_admin::types::Group {
    atlas_admin::types::Group {
        name: "p".into(),
        org_id: GROUP.into(),
        ..Default::default()
    }
}

fn ok_group() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(group_json().to_string(), MEDIA)
}

#[tokio::test]
async fn a_429_is_retried_after_its_retry_after() {
    let server = MockServer::start().await;
    let limited = ResponseTemplate::new(429)
        .insert_header("Retry-After", "1")
        .insert_header("RateLimit-Limit", "100")
        .insert_header("RateLimit-Remaining", "0")
        .set_body_raw(
            json!({"error": 429, "errorCode": "RATE_LIMITED"}).to_string(),
            "application/json",
        );
    Mock::given(method("GET"))
        .respond_with(sequence(vec![limited, ok_group()]))
        .mount(&server)
        .await;
    let started = Instant::now();
    let group = client(&server, fast_retries(3))
        .projects()
        .get_group(GROUP)
        .send()
        .await
        .expect("retried");
    assert_eq!(group.name, "p");
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn rate_limit_headers_are_readable_on_responses_and_errors() {
    let server = MockServer::start().await;
    let limited = ResponseTemplate::new(429)
        .insert_header("RateLimit-Limit", "100")
        .insert_header("RateLimit-Remaining", "0")
        .insert_header("Retry-After", "30")
        .set_body_raw(
            json!({"error": 429, "errorCode": "RATE_LIMITED"}).to_string(),
            "application/json",
        );
    let ok = ok_group()
        .insert_header("RateLimit-Limit", "100")
        .insert_header("RateLimit-Remaining", "99");
    Mock::given(method("GET"))
        .respond_with(sequence(vec![ok, limited]))
        .mount(&server)
        .await;
    let c = client(&server, RetryPolicy::none());
    let first = c.projects().get_group(GROUP).send().await.unwrap();
    assert_eq!(
        (first.rate_limit_limit(), first.rate_limit_remaining()),
        (Some(100), Some(99))
    );
    let err = c.projects().get_group(GROUP).send().await.unwrap_err();
    assert_eq!(err.status(), Some(429));
    assert_eq!(err.error_code(), Some("RATE_LIMITED"));
    assert_eq!(
        (err.rate_limit_limit(), err.rate_limit_remaining()),
        (Some(100), Some(0))
    );
    assert_eq!(err.retry_after(), Some(Duration::from_secs(30)));
    assert!(err.is_retryable());
}

#[tokio::test]
async fn gets_are_retried_on_5xx_but_posts_are_not() {
    let server = MockServer::start().await;
    let unavailable = ResponseTemplate::new(503);
    Mock::given(method("GET"))
        .respond_with(sequence(vec![
            unavailable.clone(),
            ResponseTemplate::new(502),
            ok_group(),
        ]))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    let c = client(&server, fast_retries(4));
    c.projects()
        .get_group(GROUP)
        .send()
        .await
        .expect("GET retried through 503 and 502");
    let gets = server.received_requests().await.unwrap().len();
    assert_eq!(gets, 3);
    let err = c
        .projects()
        .create_group(new_group())
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        gets + 1,
        "POST sent once"
    );
}

#[tokio::test]
async fn a_post_is_retried_when_the_connection_was_refused() {
    // Nothing listens on the port at first: the POST provably never left.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let late_server = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let listener = std::net::TcpListener::bind(("127.0.0.1", port)).unwrap();
        let server = MockServer::builder().listener(listener).start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(200).set_body_raw(group_json().to_string(), MEDIA))
            .mount(&server)
            .await;
        tokio::time::sleep(Duration::from_secs(10)).await;
        drop(server);
    });
    let c = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .bearer("t")
        .retry(RetryPolicy {
            initial_backoff: Duration::from_millis(400),
            max_attempts: 6,
            ..fast_retries(6)
        })
        .build()
        .unwrap();
    let created = c
        .projects()
        .create_group(new_group())
        .send()
        .await
        .expect("retried after refusal");
    assert_eq!(created.name, "p");
    late_server.abort();
}

#[tokio::test]
async fn timeouts_are_their_own_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok_group().set_delay(Duration::from_secs(2)))
        .mount(&server)
        .await;
    let c = Client::builder()
        .base_url(server.uri())
        .bearer("t")
        .timeout(Duration::from_millis(200))
        .retry(fast_retries(2))
        .build()
        .unwrap();
    let err = c.projects().get_group(GROUP).send().await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Timeout {
                operation: "getGroup"
            }
        ),
        "{err:?}"
    );
    assert!(err.is_retryable());
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        2,
        "a GET that timed out is retried"
    );
}

const BASIC_ID_SECRET: &str = "Basic c2EtY2xpZW50OnNhLXMzY3IzdA=="; // sa-client:sa-s3cr3t

async fn token_server(server: &MockServer, tokens: Vec<(&str, u64)>) {
    let responses = tokens
        .into_iter()
        .map(|(t, expires)| {
            ResponseTemplate::new(200).set_body_json(
                json!({"access_token": t, "expires_in": expires, "token_type": "Bearer"}),
            )
        })
        .collect();
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .and(header("authorization", BASIC_ID_SECRET))
        .and(body_string("grant_type=client_credentials"))
        .respond_with(sequence(responses))
        .mount(server)
        .await;
}

fn service_client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .service_account("sa-client", "sa-s3cr3t")
        .retry(fast_retries(2))
        .build()
        .unwrap()
}

fn token_requests(requests: &[Request]) -> usize {
    requests
        .iter()
        .filter(|r| r.url.path() == "/api/oauth/token")
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_concurrent_calls_with_an_expired_token_share_one_refresh() {
    let server = MockServer::start().await;
    // The first token is already due for refresh (it expires within the margin).
    token_server(&server, vec![("old", 1), ("new", 3600)]).await;
    Mock::given(method("GET"))
        .and(path_regex("^/api/atlas/v2/groups/"))
        .respond_with(ok_group())
        .mount(&server)
        .await;
    let c = service_client(&server);
    c.projects().get_group(GROUP).send().await.unwrap();
    let calls = (0..50).map(|_| {
        let c = c.clone();
        tokio::spawn(async move { c.projects().get_group(GROUP).send().await.map(|_| ()) })
    });
    for call in futures_join(calls).await {
        call.unwrap();
    }
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        token_requests(&requests),
        2,
        "one initial fetch and exactly one refresh"
    );
    let with_new = requests
        .iter()
        .filter(|r| {
            r.headers
                .get("authorization")
                .is_some_and(|v| v == "Bearer new")
        })
        .count();
    assert_eq!(with_new, 50);
    assert_eq!(c.transport().token_requests(), Some(2));
}

async fn futures_join<T: Send + 'static>(
    handles: impl Iterator<Item = tokio::task::JoinHandle<T>>,
) -> Vec<T> {
    let mut out = Vec::new();
    for h in handles.collect::<Vec<_>>() {
        out.push(h.await.expect("task"));
    }
    out
}

#[tokio::test]
async fn a_401_refreshes_the_token_once() {
    let server = MockServer::start().await;
    token_server(
        &server,
        vec![("revoked", 3600), ("fresh", 3600), ("third", 3600)],
    )
    .await;
    Mock::given(method("GET"))
        .and(header("authorization", "Bearer fresh"))
        .respond_with(ok_group())
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"error": 401, "errorCode": "UNAUTHORIZED"})),
        )
        .mount(&server)
        .await;
    let c = service_client(&server);
    c.projects()
        .get_group(GROUP)
        .send()
        .await
        .expect("refreshed after the 401");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(token_requests(&requests), 2);

    // A token that keeps being refused is refreshed once, then the 401 stands.
    let server = MockServer::start().await;
    token_server(&server, vec![("a", 3600), ("b", 3600), ("c", 3600)]).await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"error": 401, "errorCode": "UNAUTHORIZED"})),
        )
        .mount(&server)
        .await;
    let err = service_client(&server)
        .projects()
        .get_group(GROUP)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(401), "a 401 stays a 401");
    assert_eq!(
        token_requests(&server.received_requests().await.unwrap()),
        2
    );
}

#[tokio::test]
async fn secrets_stay_out_of_errors_debug_output_and_traces() {
    let server = MockServer::start().await;
    // A token endpoint that echoes what it got.
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(ResponseTemplate::new(401).set_body_string("bad client sa-client:sa-s3cr3t"))
        .mount(&server)
        .await;
    // tracing caches whether each callsite is wanted, process-wide, when a
    // thread first hits it. A test on another thread without a subscriber
    // can hit the transport's span first and cache it as unwanted for every
    // thread (CI saw the span missing once). A global subscriber that wants
    // everything (a bare registry, which prints nothing) makes that cache
    // say yes; the subscriber below then gets what this thread emits.
    let _ = tracing::subscriber::set_global_default(tracing_subscriber::registry());
    let logs = Arc::new(Mutex::new(Vec::<u8>::new()));
    let sink = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || Writer(sink.clone()))
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let c = service_client(&server);
    let err = c.projects().get_group(GROUP).send().await.unwrap_err();
    assert!(matches!(err, Error::Auth { .. }), "{err:?}");
    for shown in [err.to_string(), format!("{err:?}"), format!("{c:?}")] {
        assert!(!shown.contains("s3cr3t"), "{shown}");
    }

    // A request that succeeds with a bearer token: the span has the
    // operation, method, template, status and attempt; never the token.
    let ok = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok_group())
        .mount(&ok)
        .await;
    let c = Client::builder()
        .base_url(ok.uri())
        .bearer("b34r3r-s3cr3t")
        .build()
        .unwrap();
    c.projects().get_group(GROUP).send().await.unwrap();
    drop(_guard);
    let text = String::from_utf8(logs.lock().unwrap().clone()).unwrap();
    assert!(!text.contains("s3cr3t"), "{text}");
    assert!(
        text.contains("operation=\"getGroup\"") || text.contains("operation=getGroup"),
        "{text}"
    );
    assert!(text.contains("/api/atlas/v2/groups/{groupId}"), "{text}");
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

#[tokio::test]
async fn user_agent_names_the_crate_and_version() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok_group())
        .mount(&server)
        .await;
    client(&server, RetryPolicy::none())
        .projects()
        .get_group(GROUP)
        .send()
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    let agent = requests[0]
        .headers
        .get("user-agent")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(agent.starts_with("atlas-admin-rust/0."), "{agent}");
}

#[tokio::test]
async fn a_503_with_retry_after_is_retried_after_that_wait_for_a_get() {
    let server = MockServer::start().await;
    let unavailable = ResponseTemplate::new(503).insert_header("Retry-After", "1");
    Mock::given(method("GET"))
        .respond_with(sequence(vec![unavailable, ok_group()]))
        .mount(&server)
        .await;
    let started = Instant::now();
    client(&server, fast_retries(3))
        .projects()
        .get_group(GROUP)
        .send()
        .await
        .expect("retried");
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

/// A log host for the download tests.
const LOG_HOST: &str = "cluster0-shard-00-00.abcde.mongodb.net";

/// Answers with headers and 3 bytes of a 100-byte body, then stalls for
/// `stall`; or, with `headers_late`, stalls before the headers.
fn serve_stalling(headers_late: bool, stall: Duration) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().expect("accept");
        let mut reader = std::io::BufReader::new(stream.try_clone().expect("clone"));
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).expect("header") <= 2 {
                break;
            }
        }
        let mut out = stream;
        if headers_late {
            std::thread::sleep(stall);
        }
        let media = "application/vnd.atlas.2023-02-01+gzip";
        let _ = write!(
            out,
            "HTTP/1.1 200 OK\r\nContent-Type: {media}\r\nContent-Length: 100\r\n\r\nabc"
        );
        let _ = out.flush();
        std::thread::sleep(stall);
    });
    format!("http://{addr}")
}

fn impatient(base: &str) -> Client {
    Client::builder()
        .base_url(base)
        .bearer("t")
        .timeout(Duration::from_millis(300))
        .retry(RetryPolicy {
            max_attempts: 1,
            ..Default::default()
        })
        .build()
        .expect("client")
}

/// The download both stall tests start.
fn log_download(client: &Client) -> atlas_admin::apis::monitoring_and_logs::DownloadClusterLog<'_> {
    client.monitoring_and_logs().download_cluster_log(
        GROUP,
        LOG_HOST,
        atlas_admin::types::DownloadGroupClusterLogLogName::Mongodb,
    )
}

/// A streamed download has no whole-request timeout, but each read has
/// the client's: a body that stops coming ends with `Error::Timeout`.
#[tokio::test]
async fn a_stalled_download_times_out_between_reads() {
    let base = serve_stalling(false, Duration::from_secs(3));
    let client = impatient(&base);
    let mut body = log_download(&client)
        .send()
        .await
        .expect("headers came")
        .into_inner();
    assert_eq!(
        body.next_chunk().await.expect("first bytes").as_deref(),
        Some(&b"abc"[..])
    );
    let err = body.next_chunk().await.expect_err("the body stalls");
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
}

/// …and so does waiting for the headers of a download.
#[tokio::test]
async fn a_download_whose_headers_never_come_times_out() {
    let base = serve_stalling(true, Duration::from_secs(3));
    let client = impatient(&base);
    let err = log_download(&client).send().await.expect_err("no headers");
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
}
