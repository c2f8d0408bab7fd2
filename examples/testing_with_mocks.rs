//! Testing code that calls Atlas without Atlas: the client runs against an
//! in-process mock (feature `mock`, for dev-dependencies), with typed
//! rules that name each operation by its request builder.
//!
//! ```text
//! cargo run -p atlas-tests --example testing_with_mocks
//! ```

use atlas_admin::apis::clusters::{GetCluster, ListClusters};
use atlas_admin::mock::Mock;
use atlas_admin::types::ClusterDescription20240805;
use atlas_admin::{Client, Error, TryStreamExt};

/// The code under test: how many clusters a project has.
async fn count_clusters(client: &Client, project: &str) -> Result<usize, Error> {
    let clusters: Vec<_> = client
        .clusters()
        .list_clusters(project)
        .items()
        .try_collect()
        .await?;
    Ok(clusters.len())
}

fn cluster(name: &str) -> ClusterDescription20240805 {
    ClusterDescription20240805 {
        name: Some(name.into()),
        ..Default::default()
    }
}

#[tokio::main]
async fn main() {
    let project = "5f0000000000000000000001";
    let mock = Mock::new();
    // One expression a rule: the operation, what it matches, the answer.
    let list = mock
        .on::<ListClusters>()
        .pages((0..250).map(|i| cluster(&format!("c{i}"))).collect());
    mock.on::<GetCluster>()
        .when("a missing cluster", |call| call.path_has("gone"))
        .fail(404, "CLUSTER_NOT_FOUND", "No cluster named gone.");
    let client = Client::mock(&mock);

    let count = count_clusters(&client, project).await.expect("count");
    println!("{count} clusters in {} page requests", list.calls());
    let missing = client.clusters().get_cluster(project, "gone").send().await;
    println!("a missing cluster: {}", missing.expect_err("404"));
    mock.verify();
}
