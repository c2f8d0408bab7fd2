//! The contract test: every operation's documented example call, with
//! its optional parameters and body set as well, sent through the
//! generated client to Stoplight Prism, a mock server that
//! validates requests against the pinned spec and answers with the spec's
//! examples. For each operation it records whether Prism accepted the
//! request (its objections come in the `sl-violations` header) and whether
//! the answer decoded into the generated type.
//!
//! Runs when `CI` or `ATLAS_CONTRACT` is set (it installs Prism from npm and
//! takes about a minute); otherwise it says so and passes. Exceptions, each
//! with the reason Prism rather than the client is wrong, are in
//! `tests/contract-exceptions.toml`: an unlisted failure fails the test, and
//! so does a listed exception that now passes. The report goes to
//! `target/contract/report.tsv`, the summary line to stdout and
//! `target/contract/summary.txt`.

#[rustfmt::skip]
#[path = "../generated/tests/contract/cases.rs"]
mod cases;

use atlas_admin::{Client, Error, RetryPolicy};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long Prism may take to load the spec (about 35 s on two cores).
const STARTUP_LIMIT: Duration = Duration::from_secs(240);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    /// Accepted without objection and decoded.
    Passed,
    /// Prism objected to the request (`sl-violations`).
    Rejected(String),
    /// Accepted, but the answer did not decode into the generated type.
    Undecoded(String),
    /// Anything else: refused by the client itself, a transport failure,
    /// an error status without `sl-violations`.
    Failed(String),
}

impl Outcome {
    fn kind(&self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Rejected(_) => "rejected",
            Outcome::Undecoded(_) => "undecoded",
            Outcome::Failed(_) => "failed",
        }
    }
    fn detail(&self) -> &str {
        match self {
            Outcome::Passed => "",
            Outcome::Rejected(d) | Outcome::Undecoded(d) | Outcome::Failed(d) => d,
        }
    }
    fn accepted(&self) -> bool {
        matches!(self, Outcome::Passed | Outcome::Undecoded(_))
    }
}

/// Prism's objections to the request (severity `Error`), from
/// `sl-violations` (a JSON array of `{location, severity, code, message}`). Objections to the response
/// are left out: Prism also checks its own answers, built from the spec's
/// examples, and those say nothing about the client.
fn request_violations(headers: &atlas_admin_runtime::reqwest::header::HeaderMap) -> Vec<String> {
    let Some(raw) = headers.get("sl-violations") else {
        return Vec::new();
    };
    let text = String::from_utf8_lossy(raw.as_bytes());
    // With many objections Prism prefixes "Too many violations! " and may
    // cut the list short; then any request objection counts as the whole.
    let json = text.trim_start_matches("Too many violations!").trim();
    let Ok(list) = serde_json::from_str::<Vec<serde_json::Value>>(json) else {
        return if text.contains(r#""location":["request""#) {
            vec![text.into_owned()]
        } else {
            Vec::new()
        };
    };
    // Warnings (a deprecated parameter sent) do not make a rejection.
    list.iter()
        .filter(|v| v["location"][0] == "request" && v["severity"] == "Error")
        .map(|v| {
            let location: Vec<String> = v["location"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| p.as_str().map_or_else(|| p.to_string(), str::to_owned))
                .collect();
            format!(
                "{} [{}] {}",
                location.join("."),
                v["code"].as_str().unwrap_or("?"),
                v["message"].as_str().unwrap_or("?")
            )
        })
        .collect()
}

fn classify(result: Result<atlas_admin::ResponseValue<()>, Error>) -> Outcome {
    match result {
        Ok(response) => match request_violations(response.headers()).as_slice() {
            [] => Outcome::Passed,
            // Prism answers only requests without errors; should one come
            // back with errors all the same, it is still a rejection.
            v => Outcome::Rejected(format!("{}: {}", response.status(), v.join("; "))),
        },
        Err(e @ Error::Decode { .. }) => Outcome::Undecoded(e.to_string()),
        Err(e) => match e
            .headers()
            .map(request_violations)
            .unwrap_or_default()
            .as_slice()
        {
            // Without a 400 response in the spec Prism answers a request it
            // rejects with its own 422 and gives the reasons only in its log.
            [] if e.status() == Some(422) && e.to_string().contains("Prism") => {
                Outcome::Rejected(
                    "422 from Prism without sl-violations (the spec has no 400 response here); its reasons are in target/contract/prism.log".into(),
                )
            }
            [] => Outcome::Failed(e.to_string()),
            v => Outcome::Rejected(format!("{}: {}", e.status().unwrap_or(0), v.join("; "))),
        },
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Exceptions {
    #[serde(default)]
    exception: Vec<Exception>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Exception {
    operation: String,
    /// `rejected`, `undecoded` or `failed`.
    outcome: String,
    reason: String,
}

fn wanted() -> bool {
    std::env::var_os("CI").is_some() || std::env::var_os("ATLAS_CONTRACT").is_some()
}

/// Installs the pinned Prism (`tests/prism/package*.json`) under
/// `target/prism` with `npm ci`, unless that lock is already installed.
fn install_prism(root: &Path) -> PathBuf {
    let dir = root.join("target/prism");
    let bin = dir.join("node_modules/.bin/prism");
    let lock = std::fs::read(root.join("tests/prism/package-lock.json")).expect("lock file");
    let installed = std::fs::read(dir.join("installed.lock")).ok();
    if bin.is_file() && installed.as_deref() == Some(lock.as_slice()) {
        return bin;
    }
    std::fs::create_dir_all(&dir).expect("target/prism");
    for f in ["package.json", "package-lock.json"] {
        std::fs::copy(root.join("tests/prism").join(f), dir.join(f)).expect("copy package files");
    }
    let started = Instant::now();
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"])
        .current_dir(&dir)
        .env("SCARF_ANALYTICS", "false")
        .status()
        .unwrap_or_else(|e| panic!("running npm (Node.js is needed for the contract test): {e}"));
    assert!(
        status.success(),
        "npm ci in {} failed: {status}",
        dir.display()
    );
    std::fs::write(dir.join("installed.lock"), &lock).expect("write installed.lock");
    println!("contract: installed Prism in {:.1?}", started.elapsed());
    bin
}

/// The running mock server; killed when dropped.
struct Prism {
    child: Child,
    addr: SocketAddr,
    log: PathBuf,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Prism {
    fn start(bin: &Path, spec: &Path, out: &Path) -> Prism {
        // A free port: bind to 0, note it, let it go for Prism.
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        let log = out.join("prism.log");
        let log_file = std::fs::File::create(&log).expect("prism.log");
        let child = Command::new(bin)
            .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
            .arg(spec)
            .env("SCARF_ANALYTICS", "false")
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("log handle"))
            .stderr(log_file)
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}", bin.display()));
        let mut prism = Prism { child, addr, log };
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = prism.child.try_wait() {
                panic!(
                    "Prism exited ({status}) before listening; its log:\n{}",
                    prism.log_tail()
                );
            }
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                break;
            }
            assert!(
                started.elapsed() < STARTUP_LIMIT,
                "Prism did not listen within {STARTUP_LIMIT:?}; its log:\n{}",
                prism.log_tail()
            );
            std::thread::sleep(Duration::from_millis(250));
        }
        println!(
            "contract: Prism listening on {addr} after {:.1?}",
            started.elapsed()
        );
        prism
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }
}

#[test]
fn every_operation_against_prism() {
    if !wanted() {
        println!(
            "contract test skipped: set ATLAS_CONTRACT=1 (CI sets CI) to run it against Prism"
        );
        return;
    }
    let wall = Instant::now();
    let root = atlas_tests::root();
    let out = root.join("target/contract");
    std::fs::create_dir_all(&out).expect("target/contract");
    let spec = atlas_tests::real().located.path.clone();
    let exceptions: Exceptions = {
        let path = root.join("tests/contract-exceptions.toml");
        let text = std::fs::read_to_string(&path).expect("tests/contract-exceptions.toml");
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let bin = install_prism(&root);
    let prism = Prism::start(&bin, &spec, &out);

    let client = Client::builder()
        .base_url(format!("http://{}", prism.addr))
        // Prism checks that credentials are present, accepts any bearer
        // token, and rejects realistic Digest headers.
        .bearer("contract-test-token")
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(60))
        .build()
        .expect("client");

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let calls = Instant::now();
    let outcomes: BTreeMap<&str, Outcome> = runtime.block_on(async {
        let mut outcomes = BTreeMap::new();
        for (operation, call) in cases::CASES {
            outcomes.insert(*operation, classify(call(&client).await));
        }
        outcomes
    });
    let call_time = calls.elapsed();
    drop(prism);

    let mut report = String::from("operation\toutcome\tdetail\n");
    for (op, outcome) in &outcomes {
        let detail = outcome.detail().replace(['\t', '\n'], " ");
        let _ = writeln!(report, "{op}\t{}\t{detail}", outcome.kind());
    }
    std::fs::write(out.join("report.tsv"), &report).expect("report.tsv");

    let (excepted, problems) = judge(&outcomes, &exceptions.exception);

    let accepted = outcomes.values().filter(|o| o.accepted()).count();
    let decoded = outcomes.values().filter(|o| **o == Outcome::Passed).count();
    let summary = format!(
        "contract: {} calls ({} operations + {} other versions), {accepted} accepted, {decoded} accepted and decoded, {excepted} excepted, {} unexpected; calls {:.1?}, whole run {:.1?}",
        outcomes.len(),
        outcomes.keys().filter(|k| !k.contains('@')).count(),
        outcomes.keys().filter(|k| k.contains('@')).count(),
        problems.len(),
        call_time,
        wall.elapsed()
    );
    std::fs::write(out.join("summary.txt"), format!("{summary}\n")).expect("summary.txt");
    println!("{summary}");
    assert!(
        problems.is_empty(),
        "{summary}\n{}\n(full report: {})",
        problems.join("\n"),
        out.join("report.tsv").display()
    );
}

/// Compares the outcomes with the exceptions: how many failures are
/// excepted, and every problem (an unlisted failure, a listed exception
/// that passes or fails differently, a bad entry).
fn judge(outcomes: &BTreeMap<&str, Outcome>, exceptions: &[Exception]) -> (usize, Vec<String>) {
    let mut problems = Vec::new();
    let mut listed = BTreeMap::new();
    for ex in exceptions {
        if ex.reason.trim().is_empty() {
            problems.push(format!("{}: exception without a reason", ex.operation));
        }
        if !["rejected", "undecoded", "failed"].contains(&ex.outcome.as_str()) {
            problems.push(format!(
                "{}: unknown outcome {:?}",
                ex.operation, ex.outcome
            ));
        }
        if listed.insert(ex.operation.as_str(), ex).is_some() {
            problems.push(format!("{}: listed twice", ex.operation));
        }
    }
    let mut excepted = 0;
    for (op, outcome) in outcomes {
        match (outcome, listed.get(op)) {
            (Outcome::Passed, None) => {}
            (Outcome::Passed, Some(_)) => problems.push(format!(
                "{op}: listed as an exception but now passes; remove it from tests/contract-exceptions.toml"
            )),
            (o, Some(ex)) if ex.outcome == o.kind() => excepted += 1,
            (o, Some(ex)) => problems.push(format!(
                "{op}: listed as {}, but {}: {}",
                ex.outcome,
                o.kind(),
                o.detail()
            )),
            (o, None) => problems.push(format!("{op}: {}: {}", o.kind(), o.detail())),
        }
    }
    // Without the `preview` feature the preview-only operations are absent.
    if cfg!(feature = "preview") {
        for op in listed.keys() {
            if !outcomes.contains_key(op) {
                problems.push(format!(
                    "{op}: listed as an exception but not an operation of this build"
                ));
            }
        }
    }
    (excepted, problems)
}

#[test]
fn judge_flags_unlisted_failures_and_stale_exceptions() {
    let ex = |op: &str, outcome: &str| Exception {
        operation: op.into(),
        outcome: outcome.into(),
        reason: "Prism's fault".into(),
    };
    let outcomes: BTreeMap<&str, Outcome> = [
        ("ok", Outcome::Passed),
        ("prismBug", Outcome::Undecoded("missing field".into())),
        ("clientBug", Outcome::Rejected("400: pattern".into())),
        ("fixedNow", Outcome::Passed),
        ("changed", Outcome::Failed("406".into())),
    ]
    .into_iter()
    .collect();
    let (excepted, problems) = judge(
        &outcomes,
        &[
            ex("prismBug", "undecoded"),
            ex("fixedNow", "rejected"),
            ex("changed", "rejected"),
        ],
    );
    assert_eq!(excepted, 1);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems[0].starts_with("changed: listed as rejected, but failed"));
    assert!(problems[1].starts_with("clientBug: rejected"));
    assert!(problems[2].starts_with("fixedNow: listed as an exception but now passes"));

    let (_, problems) = judge(&outcomes, &[ex("ok", "nonsense"), ex("ok", "failed")]);
    assert!(problems.iter().any(|p| p.contains("unknown outcome")));
    assert!(problems.iter().any(|p| p.contains("listed twice")));
}

#[test]
fn request_violations_leave_out_objections_to_the_response() {
    use atlas_admin_runtime::reqwest::header::{HeaderMap, HeaderValue};
    let mut headers = HeaderMap::new();
    assert!(request_violations(&headers).is_empty());
    let both = r#"[{"location":["request","body","roles"],"severity":"Error","code":"enum","message":"bad role"},{"location":["request","query","old"],"severity":"Warning","code":"deprecated","message":"old is deprecated"},{"location":["response","body","id"],"severity":"Error","code":"pattern","message":"bad id"}]"#;
    headers.insert("sl-violations", HeaderValue::from_static(both));
    assert_eq!(
        request_violations(&headers),
        ["request.body.roles [enum] bad role"]
    );
    let cut = r#"Too many violations! [{"location":["response","body"],"severity":"Error","code":"type","message":"x"},{"locat"#;
    headers.insert("sl-violations", HeaderValue::from_static(cut));
    assert!(request_violations(&headers).is_empty());
    let cut = r#"Too many violations! [{"location":["request","query"],"severity":"Error","code":"type","message":"x"},{"locat"#;
    headers.insert("sl-violations", HeaderValue::from_static(cut));
    assert_eq!(request_violations(&headers).len(), 1);
}
