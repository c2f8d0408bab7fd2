//! The contract test: every operation's documented example call, with
//! its optional parameters and body set as well, sent through the
//! generated client to Stoplight Prism, a mock server that
//! validates requests against the pinned spec and answers with the spec's
//! examples. For each operation it records whether Prism accepted the
//! request (its objections come in the `sl-violations` header) and whether
//! the answer decoded into the generated type.
//!
//! It needs Node.js and npm (it installs Prism from npm and takes about a
//! minute); without them it fails, unless `ATLAS_SKIP_CONTRACT` is set (CI
//! never sets it). Exceptions, each
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
    /// Accepted without objection and decoded into known variants.
    Passed,
    /// Prism objected to the request: its objections, each
    /// `location [code] message` (from `sl-violations`, or from the body of
    /// the 422 Prism makes up where the spec has no 400).
    Rejected(Vec<String>),
    /// Accepted, but the answer did not decode: `path: message`.
    Undecoded(String),
    /// Accepted and decoded, but some value landed in an `Unknown`
    /// variant: `Type value` for each.
    Unknown(Vec<String>),
    /// Accepted and decoded only by the client's tolerance of answers
    /// that depart from the spec (a required property absent, an enum
    /// value in another case): each deviation.
    Deviated(Vec<String>),
    /// Anything else: refused by the client itself, a transport failure,
    /// an error status without objections (`HTTP status: body`).
    Failed(String),
}

impl Outcome {
    fn kind(&self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Rejected(_) => "rejected",
            Outcome::Undecoded(_) => "undecoded",
            Outcome::Unknown(_) => "unknown",
            Outcome::Deviated(_) => "deviated",
            Outcome::Failed(_) => "failed",
        }
    }

    /// What went wrong, one line per cause.
    fn causes(&self) -> Vec<String> {
        match self {
            Outcome::Passed => Vec::new(),
            Outcome::Rejected(v) | Outcome::Unknown(v) | Outcome::Deviated(v) => v.clone(),
            Outcome::Undecoded(d) | Outcome::Failed(d) => vec![d.clone()],
        }
    }

    fn accepted(&self) -> bool {
        matches!(
            self,
            Outcome::Passed | Outcome::Undecoded(_) | Outcome::Unknown(_) | Outcome::Deviated(_)
        )
    }

    fn decoded(&self) -> bool {
        matches!(
            self,
            Outcome::Passed | Outcome::Unknown(_) | Outcome::Deviated(_)
        )
    }
}

/// `location [code] message` for each `Error` of a list of Prism
/// diagnostics on the request (warnings, such as a deprecated parameter
/// sent, are no objection; objections to Prism's own answers, built from
/// the spec's examples, say nothing about the client).
fn request_objections(list: &[serde_json::Value]) -> Vec<String> {
    list.iter()
        .filter(|v| v["severity"] == "Error")
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

/// The diagnostics of an `sl-violations` header. With many, Prism prefixes
/// "Too many violations!" and cuts the list short: then the complete
/// entries at its start are taken.
fn violation_list(text: &str) -> Vec<serde_json::Value> {
    let json = text.trim_start_matches("Too many violations!").trim();
    if let Ok(list) = serde_json::from_str::<Vec<serde_json::Value>>(json) {
        return list;
    }
    let mut out = Vec::new();
    let mut rest = json.strip_prefix('[').unwrap_or(json);
    loop {
        let mut values = serde_json::Deserializer::from_str(rest).into_iter::<serde_json::Value>();
        match values.next() {
            Some(Ok(v)) => {
                out.push(v);
                rest = rest[values.byte_offset()..]
                    .trim_start()
                    .trim_start_matches(',');
            }
            _ => return out,
        }
    }
}

/// The diagnostics in `sl-violations` about one side: `request` (Prism's
/// objections to the request) or `response` (what Prism says is wrong with
/// its own answer, built from the spec's schemas and examples: the report
/// shows it, since it explains an answer that does not decode).
fn violations(
    headers: &atlas_admin_runtime::reqwest::header::HeaderMap,
    side: &str,
) -> Vec<String> {
    let Some(raw) = headers.get("sl-violations") else {
        return Vec::new();
    };
    let text = String::from_utf8_lossy(raw.as_bytes());
    let list: Vec<serde_json::Value> = violation_list(&text)
        .into_iter()
        .filter(|v| v["location"][0] == side)
        .collect();
    request_objections(&list)
}

/// Prism's objections to the request.
fn request_violations(headers: &atlas_admin_runtime::reqwest::header::HeaderMap) -> Vec<String> {
    violations(headers, "request")
}

/// The objections in the body of a 422 that Prism made up (the spec has no
/// 400 for the operation): `{"validation": [{location, severity, code, message}]}`.
fn prism_422_objections(body: &[u8]) -> Vec<String> {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) else {
        return Vec::new();
    };
    match (v["type"].as_str(), v["validation"].as_array()) {
        (Some(t), Some(list)) if t.contains("stoplight.io/prism") => request_objections(list),
        _ => Vec::new(),
    }
}

fn classify(
    result: Result<atlas_admin::ResponseValue<serde_json::Value>, Error>,
    deviations: Vec<atlas_admin::Deviation>,
) -> Outcome {
    let response = match result {
        Ok(response) => response,
        Err(Error::Decode { path, message, .. }) => {
            return Outcome::Undecoded(format!("{path}: {message}"));
        }
        Err(Error::Api(failure)) => {
            let mut objections = request_violations(&failure.headers);
            if objections.is_empty() && failure.status == 422 {
                objections = prism_422_objections(&failure.body);
            }
            return match objections.is_empty() {
                true => Outcome::Failed(format!(
                    "HTTP {}: {}",
                    failure.status,
                    String::from_utf8_lossy(&failure.body)
                )),
                false => Outcome::Rejected(objections),
            };
        }
        Err(e) => return Outcome::Failed(e.to_string()),
    };
    // Each once: a list answer repeats the same departure per item.
    let texts = |only_unknown: bool| {
        let mut causes: Vec<String> = deviations
            .iter()
            .filter(|d| !only_unknown || matches!(d.kind, atlas_admin::deviation::Kind::Unknown(_)))
            .map(|d| match &d.kind {
                // As before: the type and the value, not where.
                atlas_admin::deviation::Kind::Unknown(u) if only_unknown => u.to_string(),
                _ => d.to_string(),
            })
            .collect();
        causes.sort();
        causes.dedup();
        causes
    };
    let tolerated = deviations
        .iter()
        .any(|d| !matches!(d.kind, atlas_admin::deviation::Kind::Unknown(_)));
    match request_violations(response.headers()) {
        // Prism answers only requests without errors; should one come back
        // with errors all the same, it is still a rejection.
        v if !v.is_empty() => Outcome::Rejected(v),
        _ if tolerated => Outcome::Deviated(texts(false)),
        _ if !deviations.is_empty() => Outcome::Unknown(texts(true)),
        _ => Outcome::Passed,
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
    /// `rejected`, `undecoded`, `unknown`, `deviated` or `failed`.
    outcome: String,
    /// Exactly what goes wrong: Prism's objections, the decode error, the
    /// values routed to `Unknown`, or the status and body.
    cause: Vec<String>,
    reason: String,
}

/// The pinned spec with the settings' overlays, written as JSON to `dir`.
fn overlaid_spec(dir: &Path) -> PathBuf {
    let root = atlas_tests::root();
    let run = atlas_tests::real();
    let text = std::fs::read_to_string(&run.located.path).expect("the pinned spec");
    let inputs = atlas_codegen::inputs::Inputs::load(&root.join("spec/atlas.toml"))
        .expect("spec/atlas.toml");
    let mut diags = atlas_codegen::diag::Diagnostics::default();
    // As the client is generated from it: overlays, and the enums the
    // compatibility records keep (else Prism invents values for them).
    let value = atlas_codegen::load::overlaid_kept(
        "spec",
        &text,
        &inputs.overlays,
        &inputs.compat.enums,
        &mut diags,
    )
    .expect("the overlaid spec");
    let path = dir.join("spec.json");
    std::fs::write(&path, serde_json::to_vec(&value).expect("JSON")).expect("spec.json");
    path
}

fn wanted() -> bool {
    let npm = Command::new("npm")
        .arg("--version")
        .stdout(Stdio::null())
        .status();
    atlas_tests::prerequisite(
        npm.is_ok_and(|s| s.success()),
        "npm (Node.js)",
        "ATLAS_SKIP_CONTRACT",
    )
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
        return;
    }
    let wall = Instant::now();
    let root = atlas_tests::root();
    let out = root.join("target/contract");
    std::fs::create_dir_all(&out).expect("target/contract");
    // Prism validates against the spec the client is generated from: the
    // pinned one with spec/atlas.toml's overlays (statuses, enum values
    // and properties corrected from recorded Atlas traffic).
    let spec = overlaid_spec(&out);
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
    let mut prism_on_itself: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let outcomes: BTreeMap<&str, Outcome> = runtime.block_on(async {
        let mut outcomes = BTreeMap::new();
        for case in cases::CASES {
            let operation = &case.key;
            // One thread polls every call, so the collection sees its
            // decoding.
            let collection = atlas_admin::deviation::Collection::start();
            let result = match (case.call)(&client, None).await {
                Ok(exchange) => exchange.answer,
                // Only a recorded body can fail to decode.
                Err(e) => panic!("{operation}: {e}"),
            };
            let headers = match &result {
                Ok(r) => Some(r.headers()),
                Err(e) => e.headers(),
            };
            prism_on_itself.insert(
                *operation,
                headers
                    .map(|h| violations(h, "response"))
                    .unwrap_or_default(),
            );
            outcomes.insert(*operation, classify(result, collection.finish()));
        }
        outcomes
    });
    let call_time = calls.elapsed();
    drop(prism);

    let mut report = String::from("operation\toutcome\tcause\twhat Prism says of its own answer\n");
    for (op, outcome) in &outcomes {
        let causes = outcome.causes().join(" | ").replace(['\t', '\n'], " ");
        let own = prism_on_itself
            .get(op)
            .map(|v| v.join(" | "))
            .unwrap_or_default()
            .replace(['\t', '\n'], " ");
        let _ = writeln!(report, "{op}\t{}\t{causes}\t{own}", outcome.kind());
    }
    std::fs::write(out.join("report.tsv"), &report).expect("report.tsv");

    let (excepted, problems) = judge(&outcomes, &exceptions.exception);

    let accepted = outcomes.values().filter(|o| o.accepted()).count();
    let decoded = outcomes.values().filter(|o| o.decoded()).count();
    let known = outcomes.values().filter(|o| **o == Outcome::Passed).count();
    let summary = format!(
        "contract: {} calls ({} operations + {} other versions + {} rotations of union variants), {accepted} accepted, {decoded} decoded, {known} accepted and decoded into known variants, {excepted} excepted, {} unexpected; calls {:.1?}, whole run {:.1?}",
        outcomes.len(),
        outcomes.keys().filter(|k| !k.contains(['@', '#'])).count(),
        outcomes
            .keys()
            .filter(|k| k.contains('@') && !k.contains('#'))
            .count(),
        outcomes.keys().filter(|k| k.contains('#')).count(),
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
/// that passes, fails differently or for another cause, a bad entry).
fn judge(outcomes: &BTreeMap<&str, Outcome>, exceptions: &[Exception]) -> (usize, Vec<String>) {
    let mut problems = Vec::new();
    let mut listed: BTreeMap<&str, &Exception> = BTreeMap::new();
    for ex in exceptions {
        if ex.reason.trim().is_empty() || ex.cause.is_empty() {
            problems.push(format!(
                "{}: an exception needs its cause and a reason",
                ex.operation
            ));
        }
        if !["rejected", "undecoded", "unknown", "deviated", "failed"]
            .contains(&ex.outcome.as_str())
        {
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
        let quoted = |causes: &[String]| {
            causes
                .iter()
                .map(|c| format!("{c:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // A further rotation (`op#2`) failing exactly as its operation is
        // covered by the operation's exception; otherwise it needs its own.
        let base = op.split_once('#').map_or(*op, |(b, _)| b);
        let exception = listed.get(op).copied().or_else(|| {
            listed.get(base).copied().filter(|ex| {
                ex.outcome == outcome.kind() && same_causes(&ex.cause, &outcome.causes())
            })
        });
        match (outcome, exception) {
            (Outcome::Passed, None) => {}
            (Outcome::Passed, Some(_)) => problems.push(format!(
                "{op}: listed as an exception but now passes; remove it from tests/contract-exceptions.toml"
            )),
            (o, Some(ex)) if ex.outcome == o.kind() && same_causes(&ex.cause, &o.causes()) => excepted += 1,
            (o, Some(ex)) => problems.push(format!(
                "{op}: listed as {} for [{}], but {} for [{}]",
                ex.outcome,
                quoted(&ex.cause),
                o.kind(),
                quoted(&o.causes())
            )),
            (o, None) => problems.push(format!("{op}: {}: [{}]", o.kind(), quoted(&o.causes()))),
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

/// The same causes, in any order.
fn same_causes(a: &[String], b: &[String]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort();
    b.sort();
    a == b
}

#[test]
fn judge_flags_unlisted_failures_stale_exceptions_and_other_causes() {
    let ex = |op: &str, outcome: &str, cause: &str| Exception {
        operation: op.into(),
        outcome: outcome.into(),
        cause: vec![cause.into()],
        reason: "Prism's fault".into(),
    };
    let outcomes: BTreeMap<&str, Outcome> = [
        ("ok", Outcome::Passed),
        (
            "prismBug",
            Outcome::Undecoded("latestDefinition: missing field `mappings`".into()),
        ),
        (
            "clientBug",
            Outcome::Rejected(vec!["request.query.id [pattern] bad".into()]),
        ),
        ("fixedNow", Outcome::Passed),
        ("changed", Outcome::Failed("HTTP 406: x".into())),
        (
            "newCause",
            Outcome::Rejected(vec![
                "request.body [required] must have a".into(),
                "request.body [type] b".into(),
            ]),
        ),
        ("routed", Outcome::Unknown(vec!["Role \"NEW\"".into()])),
    ]
    .into_iter()
    .collect();
    let (excepted, problems) = judge(
        &outcomes,
        &[
            ex(
                "prismBug",
                "undecoded",
                "latestDefinition: missing field `mappings`",
            ),
            ex("fixedNow", "rejected", "x"),
            ex("changed", "rejected", "x"),
            ex(
                "newCause",
                "rejected",
                "request.body [required] must have a",
            ),
        ],
    );
    assert_eq!(excepted, 1);
    assert_eq!(problems.len(), 5, "{problems:#?}");
    assert!(problems[0].starts_with("changed: listed as rejected"));
    assert!(problems[1].starts_with("clientBug: rejected"));
    assert!(problems[2].starts_with("fixedNow: listed as an exception but now passes"));
    assert!(
        problems[3].starts_with("newCause: listed as rejected") && problems[3].contains("[type] b"),
        "an added cause is a new failure"
    );
    assert!(
        problems[4].starts_with("routed: unknown"),
        "landing in Unknown is no pass"
    );

    let (_, problems) = judge(
        &outcomes,
        &[ex("ok", "nonsense", "c"), ex("ok", "failed", "c")],
    );
    assert!(problems.iter().any(|p| p.contains("unknown outcome")));
    assert!(problems.iter().any(|p| p.contains("listed twice")));
}

#[test]
fn prism_422_bodies_give_their_objections() {
    let body = br#"{"type":"https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY","title":"Invalid request","status":422,"detail":"Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.","validation":[{"location":["body"],"severity":"Error","code":"oneOf","message":"must match exactly one schema in oneOf"}]}"#;
    assert_eq!(
        prism_422_objections(body),
        ["body [oneOf] must match exactly one schema in oneOf"]
    );
    assert!(
        prism_422_objections(br#"{"error":422,"errorCode":"X"}"#).is_empty(),
        "an Atlas error is no Prism objection"
    );
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
    assert_eq!(request_violations(&headers), ["request.query [type] x"]);
}
