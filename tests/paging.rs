//! Paging end to end: `items()` and `pages()` of a generated operation
//! (`listOrgTeams`) against a local server that pages like Atlas, one that
//! does not count, and one that ignores `pageNum`; and which operations of
//! the spec page at all.

use atlas_admin::{Error, StreamExt, TryStreamExt};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const ORG: &str = "32b6e34b3d91647abb20e7b8";

/// Answers `pageNum`/`itemsPerPage` from `n` teams, like Atlas.
struct Teams {
    n: usize,
    counts: bool,
    ignores_page_num: bool,
}

impl Respond for Teams {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let q = |k: &str| {
            req.url
                .query_pairs()
                .find(|(name, _)| name == k)
                .and_then(|(_, v)| v.parse::<usize>().ok())
        };
        let per_page = q("itemsPerPage").unwrap_or(100);
        let page = if self.ignores_page_num {
            1
        } else {
            q("pageNum").unwrap_or(1)
        };
        let start = (page - 1) * per_page;
        let results: Vec<Value> = (start..self.n.min(start + per_page))
            .map(|i| json!({"id": format!("{i:024x}"), "name": format!("team-{i}")}))
            .collect();
        let mut body = json!({"links": [], "results": results});
        if self.counts {
            body["totalCount"] = json!(self.n);
        }
        ResponseTemplate::new(200)
            .insert_header("content-type", "application/vnd.atlas.2023-01-01+json")
            .set_body_json(body)
    }
}

async fn server(teams: Teams) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/api/atlas/v2/orgs/{ORG}/teams")))
        .respond_with(teams)
        .mount(&server)
        .await;
    server
}

async fn pages_asked(server: &MockServer) -> Vec<(String, String)> {
    let requests = server.received_requests().await.unwrap_or_default();
    requests
        .iter()
        .map(|r| {
            let q = |k: &str| {
                r.url
                    .query_pairs()
                    .find(|(name, _)| name == k)
                    .map(|(_, v)| v.into_owned())
                    .unwrap_or_default()
            };
            (q("pageNum"), q("itemsPerPage"))
        })
        .collect()
}

#[tokio::test]
async fn items_walk_every_page_and_stop_on_total_count() {
    let server = server(Teams {
        n: 7,
        counts: true,
        ignores_page_num: false,
    })
    .await;
    let client = atlas_tests::client(&server.uri());
    let names: Vec<String> = client
        .teams()
        .list_org_teams(ORG)
        .items_per_page(3)
        .items()
        .map_ok(|team| team.name.unwrap_or_default())
        .try_collect()
        .await
        .expect("items");
    let expected: Vec<String> = (0..7).map(|i| format!("team-{i}")).collect();
    assert_eq!(names, expected);
    let asked = pages_asked(&server).await;
    let want: Vec<(String, String)> = ["1", "2", "3"]
        .iter()
        .map(|p| (p.to_string(), "3".to_string()))
        .collect();
    assert_eq!(asked, want);
}

#[tokio::test]
async fn pages_start_where_asked_and_stop_at_the_total_without_an_empty_page() {
    let server = server(Teams {
        n: 9,
        counts: true,
        ignores_page_num: false,
    })
    .await;
    let client = atlas_tests::client(&server.uri());
    let pages: Vec<_> = client
        .teams()
        .list_org_teams(ORG)
        .items_per_page(3)
        .page_num(2)
        .pages()
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].total_count, Some(9));
    assert_eq!(pages[0].status(), 200);
    assert_eq!(pages_asked(&server).await.len(), 2);
}

#[tokio::test]
async fn without_total_count_the_short_page_ends_the_walk() {
    let server = server(Teams {
        n: 5,
        counts: false,
        ignores_page_num: false,
    })
    .await;
    let client = atlas_tests::client(&server.uri());
    let n = client
        .teams()
        .list_org_teams(ORG)
        .items_per_page(2)
        .items()
        .try_fold(0, |n, _| async move { Ok(n + 1) })
        .await
        .expect("items");
    assert_eq!(n, 5);
    assert_eq!(pages_asked(&server).await.len(), 3);
}

#[tokio::test]
async fn a_server_that_ignores_page_num_cannot_make_the_walk_loop() {
    let server = server(Teams {
        n: 50,
        counts: false,
        ignores_page_num: true,
    })
    .await;
    let client = atlas_tests::client(&server.uri());
    let mut items = client.teams().list_org_teams(ORG).items_per_page(4).items();
    let mut got = 0;
    let error = loop {
        match items.next().await {
            Some(Ok(_)) => got += 1,
            Some(Err(e)) => break e,
            None => panic!("the walk ended without noticing the repeated page"),
        }
    };
    assert_eq!(got, 4);
    assert!(
        matches!(
            error,
            Error::Paging {
                operation: "listOrgTeams",
                ..
            }
        ),
        "{error}"
    );
    assert!(items.next().await.is_none());
    assert_eq!(pages_asked(&server).await.len(), 2);
}

#[test]
fn which_operations_page() {
    let run = atlas_tests::real();
    let text = std::fs::read_to_string(&run.located.path).expect("spec");
    let inputs = atlas_codegen::inputs::Inputs::load(
        &atlas_tests::root().join(atlas_codegen::project::SETTINGS),
    )
    .expect("settings");
    let ir = atlas_codegen::build_ir("spec", &text, &inputs).expect("ir");
    let defaults: Vec<_> = ir.operations.iter().filter(|o| o.is_default()).collect();
    let takes_page_num =
        |o: &&&atlas_codegen::ops::Operation| o.params.iter().any(|p| p.wire == "pageNum");
    let pages = |o: &&atlas_codegen::ops::Operation| o.paging.is_some();
    let paged: BTreeSet<&str> = defaults
        .iter()
        .filter(|o| pages(o))
        .map(|o| o.id.as_str())
        .collect();
    let page_params_only: BTreeSet<&str> = defaults
        .iter()
        .filter(|o| takes_page_num(o) && !pages(o))
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(defaults.iter().filter(takes_page_num).count(), 96);
    assert_eq!(paged.len(), 94, "{paged:?}");
    // Page parameters without `results`: sent as given, no stream.
    assert_eq!(page_params_only.len(), 2, "{page_params_only:?}");
    assert!(!paged.iter().any(|o| page_params_only.contains(o)));

    // `results` without page parameters: one request, no stream.
    let results_only = defaults
        .iter()
        .filter(|o| !takes_page_num(o) && !pages(o))
        .filter(|o| {
            o.responses.iter().any(|r| match &r.kind {
                atlas_codegen::ops::SuccessKind::Json(atlas_codegen::types::Ty::Named(id)) => {
                    matches!(&ir.defs[*id].kind, atlas_codegen::types::DefKind::Struct(s)
                        if s.fields.iter().any(|f| f.wire == "results"))
                }
                _ => false,
            })
        })
        .map(|o| o.id.as_str())
        .collect::<BTreeSet<_>>();
    // The facts file counts 8; this spec has 9 (re-measured).
    let expected: BTreeSet<&str> = [
        "addGroupTeams",
        "addOrgTeamUsers",
        "createGroupClusterRestoreJob",
        "createGroupPrivateNetworkSettingEndpointId",
        "listFederationSettingConnectedOrgConfigRoleMappings",
        "listGroupClusterBackupSnapshotShardedClusters",
        "listOrgInvoicePending",
        "resetGroupAiModelApiRateLimits",
        "updateGroupTeam",
    ]
    .into_iter()
    .collect();
    assert_eq!(results_only, expected);
    let api = atlas_tests::api_code(&run.generated);
    let n_pages_methods = api.matches("pub fn pages(").count();
    let n_versioned_paged = ir
        .operations
        .iter()
        .filter(|o| !o.is_default() && o.paging.is_some())
        .count();
    assert_eq!(n_pages_methods, 94 + n_versioned_paged);
}
