//! What a generated call costs against a hand-written `reqwest` call doing
//! the same request and decode (GET a project on a loopback server, both
//! sides decoding into the same `Group` type), as medians of rounds of
//! calls; the ratios are medians of each round's ratio (the three kinds of
//! call run back to back in a round, so a slower spell of the machine
//! weighs on all three). Not a test: a figure to compare.
//!
//! ```text
//! cargo run --release -p atlas-tests --example call_overhead [CALLS_PER_ROUND]
//! ```

use atlas_admin::types::Group;
use atlas_admin_runtime::reqwest;
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PROJECT: &str = "32b6e34b3d91647abb20e7b8";
const ROUNDS: usize = 11;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let calls: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    let server = MockServer::start().await;
    let body = serde_json::json!({
        "id": PROJECT, "name": "project", "orgId": "32b6e34b3d91647abb20e7b9",
        "clusterCount": 2, "created": "2024-01-01T00:00:00Z",
        "links": [{"href": "https://cloud.mongodb.com/api/atlas", "rel": "self"}],
        "tags": [{"key": "env", "value": "test"}]
    });
    Mock::given(method("GET"))
        .and(path_regex("^/api/atlas/v2/groups/[0-9a-f]{24}$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let client = atlas_admin::Client::builder()
        .base_url(server.uri())
        .bearer("token")
        .build()?;
    let http = reqwest::Client::new();
    // The same generated client on the caller's `reqwest::Client` (whose
    // settings rule: no per-request or read timeout), to tell the
    // timeouts' share from the rest.
    let plain = atlas_admin::Client::builder()
        .base_url(server.uri())
        .bearer("token")
        .http_client(http.clone())
        .build()?;
    let url = format!("{}/api/atlas/v2/groups/{PROJECT}", server.uri());

    let generated = || async {
        let g = client.projects().get_group(PROJECT).send().await?;
        Ok::<String, Box<dyn std::error::Error>>(g.into_inner().name)
    };
    let generated_plain = || async {
        let g = plain.projects().get_group(PROJECT).send().await?;
        Ok::<String, Box<dyn std::error::Error>>(g.into_inner().name)
    };
    let by_hand = || async {
        let response = http
            .get(&url)
            .header("Accept", "application/vnd.atlas.2023-01-01+json")
            .header("Authorization", "Bearer token")
            .send()
            .await?
            .error_for_status()?;
        let g: Group = serde_json::from_slice(&response.bytes().await?)?;
        Ok::<String, Box<dyn std::error::Error>>(g.name)
    };
    // Warm-up: connections, allocations.
    for _ in 0..200 {
        generated().await?;
        generated_plain().await?;
        by_hand().await?;
    }
    let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let t = Instant::now();
        for _ in 0..calls {
            generated().await?;
        }
        a.push(t.elapsed() / calls as u32);
        let t = Instant::now();
        for _ in 0..calls {
            by_hand().await?;
        }
        b.push(t.elapsed() / calls as u32);
        let t = Instant::now();
        for _ in 0..calls {
            generated_plain().await?;
        }
        c.push(t.elapsed() / calls as u32);
    }
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let ratio = |x: &[Duration]| median(x.iter().zip(&b).map(|(x, b)| us(*x) / us(*b)).collect());
    let (ratio_a, ratio_c) = (ratio(&a), ratio(&c));
    let per_call = |v: &[Duration]| median(v.iter().map(|d| us(*d)).collect());
    println!(
        "call_overhead: {ROUNDS} rounds of {calls} calls: generated {:.1} µs, hand-written reqwest {:.1} µs a call (medians): {:.3}×; generated on the caller's reqwest::Client (no timeouts) {:.1} µs: {:.3}× (ratios: medians of the rounds' ratios)",
        per_call(&a),
        per_call(&b),
        ratio_a,
        per_call(&c),
        ratio_c,
    );
    Ok(())
}
