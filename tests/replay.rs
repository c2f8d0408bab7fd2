//! The replay test: real Atlas exchanges, replayed through the generated
//! client. The server is the truth and the spec a description of it: every
//! other test derives from the spec; this one holds the client to what
//! Atlas really answered.
//!
//! The corpus is `../shared/traffic/terraform-recordings.json` (629
//! exchanges recorded by the Atlas Terraform provider's tests; pinned by
//! sha256 below), or the file `ATLAS_TRAFFIC` names (same format: method,
//! spec path template, version, status, request and response bodies).
//! For each exchange whose operation and version this crate has:
//!
//! - the recorded request body decodes into the operation's body type and
//!   encodes back to the same JSON (`null` and absent count as equal);
//! - the recorded answer, served with its recorded status by a local
//!   server, goes through the real client (`send`): every 2xx must succeed
//!   and every error status must come back as `Error::Api` with it;
//! - what the answer's decoding tolerated (deviations), what landed in
//!   `Unknown`, and the recorded properties the types cannot hold are
//!   counted and reported.
//!
//! Some recordings pair an answer with the wrong request. They are told
//! apart by rule, never by name: a GET's answer whose own `self` link
//! names another path than the one called; an answer none of whose
//! properties is one the operation's answer type has; an answer that is
//! one item of the list the operation answers, or a list of what it
//! answers (served again as that list or that item, it decodes as the
//! spec describes). They are counted and reported, and their answers need
//! not decode.
//!
//! Report: `target/replay/report.tsv` (one line per exchange) and
//! `target/replay/summary.txt`.

#[rustfmt::skip]
#[path = "../generated/tests/contract/cases.rs"]
mod cases;

use atlas_admin::deviation::Kind;
use atlas_admin::{Client, Error, RetryPolicy};
use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The corpus in `../shared/traffic`, and its sha256.
const CORPUS: &str = "terraform-recordings.json";
const CORPUS_SHA256: &str = "dd42644362683aab6261d1cfdb917087ab2a657f7ea3fc092a9cbd5139ed094d";

#[derive(Debug, Deserialize)]
struct Recorded {
    method: String,
    path: String,
    version: String,
    status: u16,
    #[serde(default)]
    request: String,
    #[serde(default)]
    response: String,
    #[serde(default)]
    recording: String,
}

/// The corpus and where it came from.
fn corpus() -> (Vec<Recorded>, String) {
    let (path, pinned) = match std::env::var_os("ATLAS_TRAFFIC") {
        Some(p) => (PathBuf::from(p), false),
        None => (
            atlas_tests::root().join("../shared/traffic").join(CORPUS),
            true,
        ),
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let sha = atlas_codegen::locate::sha256_hex(&bytes);
    if pinned {
        assert_eq!(
            sha,
            CORPUS_SHA256,
            "{}: sha256 differs from the pin in tests/replay.rs",
            path.display()
        );
    }
    let list = serde_json::from_slice(&bytes)
        .unwrap_or_else(|e| panic!("{}: not a list of exchanges: {e}", path.display()));
    (list, format!("{} (sha256 {sha})", path.display()))
}

/// What became of one exchange.
#[derive(Debug, Default)]
struct Replay {
    /// Why it was not replayed.
    skipped: Option<String>,
    /// The recorded answer belongs to another request (the rule that says so).
    misattributed: Option<String>,
    /// A recorded 2xx the client rejected, or an error status that did not
    /// come back as `Error::Api` with it.
    failed: Option<String>,
    /// The recorded request body does not decode into the body type.
    body_refused: Option<String>,
    /// Where the re-encoded request body differs from the recorded one.
    body_changes: Vec<String>,
    /// The request had a body to compare.
    body_compared: bool,
    /// What the answer's decoding tolerated, `Unknown` apart.
    deviations: Vec<String>,
    /// Values that landed in `Unknown`: `path: what`.
    unknown: Vec<String>,
    /// Recorded answer properties the types do not hold (paths).
    unheld: Vec<String>,
}

#[test]
fn recorded_atlas_traffic_replays_through_the_client() {
    let wall = Instant::now();
    let (exchanges, source) = corpus();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let replays: Vec<(String, Replay)> = runtime.block_on(async {
        let server = MockServer::start().await;
        let client = Client::builder()
            .base_url(server.uri())
            .bearer("replay")
            .retry(RetryPolicy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .expect("client");
        let mut out = Vec::new();
        for e in &exchanges {
            let key = format!("{} {} {} {}", e.method, e.path, e.version, e.status);
            out.push((key, replay(&server, &client, e).await));
        }
        out
    });
    let report = Report::of(&exchanges, &replays);
    let out = atlas_tests::root().join("target/replay");
    std::fs::create_dir_all(&out).expect("target/replay");
    std::fs::write(out.join("report.tsv"), report.table(&exchanges, &replays)).expect("report");
    let summary = format!(
        "{} from {source}, in {:.1?}",
        report.summary(),
        wall.elapsed()
    );
    std::fs::write(out.join("summary.txt"), format!("{summary}\n")).expect("summary");
    println!("{summary}\n{}", report.details());
    let problems = report.problems();
    assert!(
        problems.is_empty(),
        "{summary}\n{}\n(full report: {})",
        problems.join("\n"),
        out.join("report.tsv").display()
    );
}

/// Serves the recorded answer and sends the recorded request through the
/// operation's case.
async fn replay(server: &MockServer, client: &Client, e: &Recorded) -> Replay {
    let mut r = Replay::default();
    let Some(case) = cases::CASES.iter().find(|c| {
        !c.key.contains('#')
            && c.method.eq_ignore_ascii_case(&e.method)
            && c.path == e.path
            && c.version == e.version
    }) else {
        r.skipped = Some(format!(
            "this crate has no {} {} at version {}",
            e.method, e.path, e.version
        ));
        return r;
    };
    let recorded_body = match e.request.trim() {
        "" => None,
        text => match serde_json::from_str::<Value>(text) {
            Ok(v) => Some(v),
            Err(err) => {
                r.skipped = Some(format!("the recorded request is not JSON: {err}"));
                return r;
            }
        },
    };
    serve(server, e.status, e.response.clone()).await;
    let exchange = match (case.call)(client, recorded_body.clone()).await {
        Ok(x) => x,
        Err(refused) => {
            r.body_refused = Some(refused);
            return r;
        }
    };
    if let (Some(recorded), Some(sent)) = (&recorded_body, &exchange.sent) {
        r.body_compared = true;
        differences(recorded, &sent.json, String::new(), &mut r.body_changes);
    }
    let recorded_answer: Option<Value> = serde_json::from_str(&e.response).ok();
    if e.method.eq_ignore_ascii_case("GET") {
        r.misattributed = recorded_answer
            .as_ref()
            .and_then(|a| foreign_self_link(a, &e.path));
    }
    match (exchange.answer, (200..300).contains(&e.status)) {
        (Ok(answer), true) => {
            if let Some(recorded) = &recorded_answer {
                held_nowhere(recorded, &answer, String::new(), &mut r.unheld);
                if r.misattributed.is_none() {
                    r.misattributed = nothing_held(recorded, &r.unheld);
                }
            }
            for d in answer.deviations() {
                match &d.kind {
                    Kind::Unknown(u) => r.unknown.push(format!("{}: {u}", d.path)),
                    _ => r.deviations.push(d.to_string()),
                }
            }
        }
        (Err(err), true) => {
            if let (None, Some(answer)) = (&r.misattributed, &recorded_answer) {
                r.misattributed =
                    list_item_swap(server, client, case, e.status, &err, answer).await;
            }
            r.failed = Some(format!("recorded {} rejected: {err}", e.status));
        }
        (Err(Error::Api(f)), false) if f.status == e.status => {}
        (other, false) => {
            r.failed = Some(format!(
                "recorded {} came back as {:?}",
                e.status,
                other.map(|a| a.status())
            ))
        }
    }
    r
}

/// Answers every request with `status` and `body`.
async fn serve(server: &MockServer, status: u16, body: String) {
    server.reset().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(status).set_body_raw(body, "application/json"))
        .mount(server)
        .await;
}

/// Rule 3: the answer fails at its very root, and it is one item of the
/// list the operation answers, or a list of what it answers (the answers
/// of a list operation and of its item's GET swapped): served again as
/// that list or that item, it decodes as the spec describes it.
async fn list_item_swap(
    server: &MockServer,
    client: &Client,
    case: &cases::Case,
    status: u16,
    err: &Error,
    answer: &Value,
) -> Option<String> {
    let Error::Decode { path, .. } = err else {
        return None;
    };
    let (swapped, what) = match answer {
        _ if path != "." => return None,
        Value::Object(_) => (Value::Array(vec![answer.clone()]), "one item of the list"),
        Value::Array(items) => (items.first()?.clone(), "a list of what"),
        _ => return None,
    };
    serve(server, status, swapped.to_string()).await;
    let again = (case.call)(client, None).await.ok()?.answer.ok()?;
    again
        .deviations()
        .is_empty()
        .then(|| format!("the answer is {what} the operation answers"))
}

/// Rule 1 of a misattributed answer (for a GET, which reads the resource
/// its path names): its `links` name itself (`rel: self`) at a path that
/// does not fit the template called.
fn foreign_self_link(answer: &Value, template: &str) -> Option<String> {
    let href = answer["links"]
        .as_array()?
        .iter()
        .find(|l| l["rel"] == "self")?
        .get("href")?
        .as_str()?;
    let path = href
        .split_once("://")
        .map_or(href, |(_, rest)| rest.find('/').map_or("", |i| &rest[i..]));
    let path = path.split('?').next().unwrap_or(path);
    let path = path.strip_suffix('/').unwrap_or(path);
    (!fits_template(path, template)).then(|| format!("its self link names {path}"))
}

/// Whether `path` fits `template`, each `{param}` standing for one segment.
fn fits_template(path: &str, template: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (path.split('/').collect(), template.split('/').collect());
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(seg, t)| seg == t || (t.starts_with('{') && t.ends_with('}')))
}

/// Rule 2: an object answer none of whose properties the answer type has.
fn nothing_held(answer: &Value, unheld: &[String]) -> Option<String> {
    let keys = answer
        .as_object()?
        .iter()
        .filter(|(_, v)| !v.is_null())
        .count();
    let top: BTreeSet<&str> = unheld
        .iter()
        .filter(|p| !p.contains(['.', '[']))
        .map(String::as_str)
        .collect();
    (keys > 0 && top.len() == keys)
        .then(|| format!("none of its {keys} properties is one the answer type has"))
}

/// Paths in `recorded` whose value the decoded-and-encoded `again` lacks.
fn held_nowhere(recorded: &Value, again: &Value, at: String, out: &mut Vec<String>) {
    match (recorded, again) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a.iter().filter(|(_, v)| !v.is_null()) {
                let path = join(&at, k);
                match b.get(k) {
                    None | Some(Value::Null) => out.push(path),
                    Some(w) => held_nowhere(v, w, path, out),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                held_nowhere(x, y, format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// Where `b` differs from `a`: properties dropped, added or changed.
/// `null` and absent are the same; numbers compare as numbers.
fn differences(a: &Value, b: &Value, at: String, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                let path = join(&at, k);
                match (
                    x.get(k).filter(|v| !v.is_null()),
                    y.get(k).filter(|v| !v.is_null()),
                ) {
                    (Some(v), Some(w)) => differences(v, w, path, out),
                    (Some(_), None) => out.push(format!("{path} dropped")),
                    (None, Some(w)) => out.push(format!("{path} added ({w})")),
                    (None, None) => {}
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                differences(v, w, format!("{at}[{i}]"), out);
            }
        }
        (Value::Number(x), Value::Number(y)) if x.as_f64() == y.as_f64() => {}
        _ if a == b => {}
        _ => out.push(format!("{} changed: {a} -> {b}", shown(&at))),
    }
}

fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_owned()
    } else {
        format!("{at}.{key}")
    }
}

fn shown(at: &str) -> &str {
    if at.is_empty() { "." } else { at }
}

/// `results[3].x` → `results[].x`: one place in every list item.
fn place(path: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for c in path.chars() {
        match c {
            '[' => {
                skipping = true;
                out.push('[');
            }
            ']' => {
                skipping = false;
                out.push(']');
            }
            _ if skipping => {}
            c => out.push(c),
        }
    }
    out
}

/// The figures and the problems of a run.
struct Report {
    total: usize,
    skipped: BTreeMap<String, usize>,
    replayed: usize,
    success: usize,
    errors: usize,
    misattributed: Vec<String>,
    failed: Vec<String>,
    bodies: usize,
    bodies_same: usize,
    body_problems: Vec<String>,
    tolerated_answers: usize,
    deviations: BTreeMap<String, usize>,
    unknown: BTreeMap<String, usize>,
    unheld: BTreeMap<String, usize>,
    unknown_values: usize,
    unheld_values: usize,
}

impl Report {
    fn of(exchanges: &[Recorded], replays: &[(String, Replay)]) -> Report {
        let mut r = Report {
            total: exchanges.len(),
            skipped: BTreeMap::new(),
            replayed: 0,
            success: 0,
            errors: 0,
            misattributed: Vec::new(),
            failed: Vec::new(),
            bodies: 0,
            bodies_same: 0,
            body_problems: Vec::new(),
            tolerated_answers: 0,
            deviations: BTreeMap::new(),
            unknown: BTreeMap::new(),
            unheld: BTreeMap::new(),
            unknown_values: 0,
            unheld_values: 0,
        };
        for (i, ((key, x), e)) in replays.iter().zip(exchanges).enumerate() {
            let at = format!("#{i} {key} ({})", e.recording);
            if let Some(why) = &x.skipped {
                *r.skipped.entry(why.clone()).or_default() += 1;
                continue;
            }
            r.replayed += 1;
            if (200..300).contains(&e.status) {
                r.success += 1;
            } else {
                r.errors += 1;
            }
            if let Some(rule) = &x.misattributed {
                r.misattributed.push(format!("{at}: {rule}"));
            }
            match (&x.failed, &x.misattributed) {
                (Some(f), None) => r.failed.push(format!("{at}: {f}")),
                (Some(f), Some(_)) => r.misattributed.push(format!("{at}:   and then {f}")),
                _ => {}
            }
            if let Some(refused) = &x.body_refused {
                r.bodies += 1;
                r.body_problems.push(format!("{at}: {refused}"));
            } else if x.body_compared {
                r.bodies += 1;
                if x.body_changes.is_empty() {
                    r.bodies_same += 1;
                } else {
                    r.body_problems
                        .push(format!("{at}: {}", x.body_changes.join("; ")));
                }
            }
            if x.misattributed.is_some() {
                continue;
            }
            let op = key.rsplit_once(' ').map_or(key.as_str(), |(k, _)| k);
            r.tolerated_answers += usize::from(!x.deviations.is_empty());
            for d in &x.deviations {
                *r.deviations
                    .entry(format!("{op}: {}", place(d)))
                    .or_default() += 1;
            }
            r.unknown_values += x.unknown.len();
            for u in &x.unknown {
                *r.unknown.entry(format!("{op}: {}", place(u))).or_default() += 1;
            }
            r.unheld_values += x.unheld.len();
            for p in &x.unheld {
                *r.unheld.entry(format!("{op}: {}", place(p))).or_default() += 1;
            }
        }
        r
    }

    fn summary(&self) -> String {
        let skipped: usize = self.skipped.values().sum();
        format!(
            "replay: {} exchanges, {} replayed ({} successes, {} error statuses), {skipped} skipped; \
             {} misattributed by rule; {} recorded answers rejected; \
             request bodies: {}/{} round-trip; {} answers read by tolerance ({} places); \
             {} values in Unknown ({} places); {} recorded properties the types cannot hold ({} places)",
            self.total,
            self.replayed,
            self.success,
            self.errors,
            self.misattributed
                .iter()
                .filter(|m| !m.contains("and then"))
                .count(),
            self.failed.len(),
            self.bodies_same,
            self.bodies,
            self.tolerated_answers,
            self.deviations.len(),
            self.unknown_values,
            self.unknown.len(),
            self.unheld_values,
            self.unheld.len(),
        )
    }

    fn details(&self) -> String {
        let mut s = String::new();
        let counted = |s: &mut String, title: &str, map: &BTreeMap<String, usize>| {
            if !map.is_empty() {
                let _ = writeln!(s, "{title}:");
                for (k, n) in map {
                    let _ = writeln!(s, "  {n:>4} × {k}");
                }
            }
        };
        counted(&mut s, "skipped", &self.skipped);
        if !self.misattributed.is_empty() {
            let _ = writeln!(s, "misattributed:");
            for m in &self.misattributed {
                let _ = writeln!(s, "  {m}");
            }
        }
        counted(&mut s, "read by tolerance", &self.deviations);
        counted(&mut s, "values in Unknown", &self.unknown);
        counted(
            &mut s,
            "recorded properties the types cannot hold",
            &self.unheld,
        );
        s
    }

    fn problems(&self) -> Vec<String> {
        let mut p = self.failed.clone();
        p.extend(
            self.body_problems
                .iter()
                .map(|b| format!("request body: {b}")),
        );
        p
    }

    fn table(&self, exchanges: &[Recorded], replays: &[(String, Replay)]) -> String {
        let mut t = String::from("exchange\trecording\toutcome\tdetail\n");
        for (i, ((key, x), e)) in replays.iter().zip(exchanges).enumerate() {
            let (outcome, detail) = if let Some(s) = &x.skipped {
                ("skipped", s.clone())
            } else if let Some(m) = &x.misattributed {
                ("misattributed", m.clone())
            } else if let Some(f) = &x.failed {
                ("failed", f.clone())
            } else if let Some(b) = &x.body_refused {
                ("body refused", b.clone())
            } else {
                let mut notes: Vec<String> = x.body_changes.clone();
                notes.extend(x.deviations.iter().cloned());
                notes.extend(x.unknown.iter().cloned());
                notes.extend(x.unheld.iter().map(|p| format!("{p} not held")));
                ("replayed", notes.join(" | "))
            };
            let _ = writeln!(
                t,
                "#{i} {key}\t{}\t{outcome}\t{}",
                e.recording,
                detail.replace(['\t', '\n'], " ")
            );
        }
        t
    }
}

#[test]
fn misattribution_rules() {
    let cluster = serde_json::json!({"links": [{"rel": "self", "href": "https://cloud-dev.mongodb.com/api/atlas/v2/groups/{groupId}/clusters?pageNum=1"}]});
    assert!(foreign_self_link(&cluster, "/api/atlas/v2/groups/{groupId}/flexClusters").is_some());
    assert!(foreign_self_link(&cluster, "/api/atlas/v2/groups/{groupId}/clusters").is_none());
    assert!(foreign_self_link(&serde_json::json!({"a": 1}), "/x").is_none());
    let slash = serde_json::json!({"links": [{"rel": "self", "href": "https://h/api/atlas/v2/groups/g/clusters/?pageNum=1"}]});
    assert!(foreign_self_link(&slash, "/api/atlas/v2/groups/{groupId}/clusters").is_none());

    let answer =
        serde_json::json!({"javascriptEnabled": true, "noTableScan": false, "oplogSizeMB": null});
    let unheld = vec!["javascriptEnabled".to_owned(), "noTableScan".to_owned()];
    assert!(nothing_held(&answer, &unheld).is_some());
    assert!(nothing_held(&answer, &unheld[..1]).is_none());
    assert!(nothing_held(&serde_json::json!({}), &[]).is_none());
}

#[test]
fn differences_treat_null_as_absent_and_numbers_as_numbers() {
    let mut out = Vec::new();
    let a = serde_json::json!({"a": null, "b": 1, "c": [1, {"d": "x"}], "e": "SECONDARY"});
    let b = serde_json::json!({"b": 1.0, "c": [1, {"d": "x", "f": 2}], "e": "secondary"});
    differences(&a, &b, String::new(), &mut out);
    assert_eq!(
        out,
        [
            "c[1].f added (2)",
            "e changed: \"SECONDARY\" -> \"secondary\""
        ]
    );
    let mut unheld = Vec::new();
    held_nowhere(&a, &serde_json::json!({"b": 1}), String::new(), &mut unheld);
    assert_eq!(unheld, ["c", "e"]);
    assert_eq!(place("results[12].x[0]"), "results[].x[]");
}
