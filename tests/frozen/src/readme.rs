//! The README's Rust examples, each in a function of the names they use.
use atlas_admin::types::*;

async fn readme_0(client: atlas_admin::Client, group_id: &str, org_id: &str, cluster: ClusterDescription20240805, advanced: AdvancedClusterDescription) -> Result<(), Box<dyn std::error::Error>> {
use atlas_admin::types::{OrgRole, OrganizationInvitationUpdateRequest};

async fn promote() -> Result<(), atlas_admin::Error> {
let client = atlas_admin::Client::builder()
    .bearer(std::env::var("ATLAS_ACCESS_TOKEN").unwrap_or_default())
    .build()?;

#[allow(deprecated)] // the spec deprecates invitation management
let invitation = client
    .organizations()
    .update_org_invite_by_id("32b6e34b3d91647abb20e7b8", "5f1b2c3d4e5f6a7b8c9d0e1f")
    .body(OrganizationInvitationUpdateRequest {
        roles: Some(vec![OrgRole::OrgOwner]),
        ..Default::default()
    })
    .send()
    .await?;
println!("{:?} expires {:?}", invitation.roles, invitation.expires_at);
Ok(())
}
Ok(())
}

async fn readme_1(client: atlas_admin::Client, group_id: &str, org_id: &str, cluster: ClusterDescription20240805, advanced: AdvancedClusterDescription) -> Result<(), Box<dyn std::error::Error>> {
use atlas_admin::{Client, RetryPolicy};
use std::time::Duration;

let digest = Client::builder().digest("PUBLIC_KEY", "PRIVATE_KEY").build()?;
let service = Client::builder().service_account("CLIENT_ID", "CLIENT_SECRET").build()?;
let bearer = Client::builder().bearer("ACCESS_TOKEN").build()?;
let from_env = Client::from_env()?; // MONGODB_ATLAS_CLIENT_ID/_SECRET or _PUBLIC/_PRIVATE_API_KEY, MONGODB_ATLAS_BASE_URL
let tuned = Client::builder()
    .digest("PUBLIC_KEY", "PRIVATE_KEY")
    .timeout(Duration::from_secs(30))
    .retry(RetryPolicy { max_attempts: 6, ..RetryPolicy::default() })
    .build()?;
Ok(())
}

async fn readme_2(client: atlas_admin::Client, group_id: &str, org_id: &str, cluster: ClusterDescription20240805, advanced: AdvancedClusterDescription) -> Result<(), Box<dyn std::error::Error>> {
use atlas_admin::TryStreamExt;

let mut clusters = client.clusters().list_group_clusters(group_id).items_per_page(500).items();
while let Some(cluster) = clusters.try_next().await? {
    println!("{:?}", cluster.name);
}
let teams: Vec<_> = client.teams().list_org_teams(org_id).items().try_collect().await?;
Ok(())
}

async fn readme_3(client: atlas_admin::Client, group_id: &str, org_id: &str, cluster: ClusterDescription20240805, advanced: AdvancedClusterDescription) -> Result<(), Box<dyn std::error::Error>> {
let log = client
    .monitoring_and_logs()
    .download_group_cluster_log(group_id, "cluster0-shard-00-00.abcde.mongodb.net", DownloadGroupClusterLogLogName::Mongodb)
    .send()
    .await?
    .into_inner();
let mut file = tokio::fs::File::create("mongodb.log.gz").await?;
log.write_to(&mut file).await?;   // or: while let Some(chunk) = log.next_chunk().await? { … }
Ok(())
}

async fn readme_4(client: atlas_admin::Client, group_id: &str, org_id: &str, cluster: ClusterDescription20240805, advanced: AdvancedClusterDescription) -> Result<(), Box<dyn std::error::Error>> {
use atlas_admin::wait::Wait;
use std::time::Duration;

let cluster = client
    .clusters()
    .create_group_cluster(group_id)
    .body(ClusterDescription20240805 { name: Some("cluster0".into()), ..Default::default() })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;                                  // the cluster, stateName IDLE
client.clusters().delete_group_cluster(group_id, "cluster0")
    .send_and_wait(&Wait::default())
    .await?;                                  // once getGroupCluster answers 404
Ok(())
}

async fn readme_5(client: atlas_admin::Client, group_id: &str, org_id: &str, cluster: ClusterDescription20240805, advanced: AdvancedClusterDescription) -> Result<(), Box<dyn std::error::Error>> {
// 2024-10-23, the default: ClusterDescription20240805 in and out
client.clusters().create_group_cluster(group_id).body(cluster).send().await?;
// 2023-02-01: AdvancedClusterDescription in and out
client.clusters().create_group_cluster_v2023_02_01(group_id).body(advanced).send().await?;
Ok(())
}

async fn readme_6(client: atlas_admin::Client, group_id: &str, org_id: &str, cluster: ClusterDescription20240805, advanced: AdvancedClusterDescription) -> Result<(), Box<dyn std::error::Error>> {
use atlas_admin::apis::{clusters::ListGroupClusters, database_users::CreateGroupDatabaseUser};
use atlas_admin::apis::projects::GetGroup;
use atlas_admin::mock::Mock;
use atlas_admin::types::{CloudDatabaseUser, ClusterDescription20240805, Group};

let mock = Mock::new();
// A typed answer, for the calls a predicate accepts (the body decoded as its type).
let created = mock
    .on::<CreateGroupDatabaseUser>()
    .when("a reader", |call| call.body().is_some_and(|u: CloudDatabaseUser| u.username == "ana"))
    .respond(CloudDatabaseUser { username: "ana".into(), ..Default::default() });
// A list served as pages (honouring pageNum and itemsPerPage), for items() and pages().
mock.on::<ListGroupClusters>().pages(vec![ClusterDescription20240805::default(); 5]);
// An Atlas error; a sequence (two 429s, then success) for retries; a failed connection; a timeout.
mock.on::<GetGroup>().fail(404, "RESOURCE_NOT_FOUND", "No such project.");
mock.on::<GetGroup>().then_fail(429, "RATE_LIMITED", "Slow down.").respond(Group::default());

let client = atlas_admin::Client::mock(&mock);   // or Client::builder().mock(&mock)…build()
// … run the code under test …
assert_eq!(created.calls(), 1);
mock.verify();  // panics listing the rules no call met
Ok(())
}

