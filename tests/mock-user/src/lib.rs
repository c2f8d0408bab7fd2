//! A small piece of an application that manages Atlas: the code under
//! test in `tests/mock.rs`, which runs it against the crate's mock.

use atlas_admin::types::{
    CloudDatabaseUser, CloudDatabaseUserDatabaseName, DatabaseUserRole, DatabaseUserRoleRoleName,
};
use atlas_admin::{Client, Error, TryStreamExt};

/// The names of every cluster of a project, across as many pages as it
/// takes.
pub async fn cluster_names(client: &Client, project: &str) -> Result<Vec<String>, Error> {
    let mut names = Vec::new();
    let mut clusters = client
        .clusters()
        .list_clusters(project)
        .items_per_page(2)
        .items();
    while let Some(cluster) = clusters.try_next().await? {
        names.extend(cluster.name);
    }
    Ok(names)
}

/// Creates a user who can read one database; `None` when the project does
/// not exist.
pub async fn add_reader(
    client: &Client,
    project: &str,
    username: &str,
    database: &str,
) -> Result<Option<CloudDatabaseUser>, Error> {
    let user = CloudDatabaseUser {
        database_name: CloudDatabaseUserDatabaseName::Admin,
        group_id: Some(project.to_owned()),
        username: username.to_owned(),
        password: Some("a long generated secret".to_owned()),
        roles: vec![DatabaseUserRole {
            database_name: database.to_owned(),
            role_name: DatabaseUserRoleRoleName::Read,
            ..Default::default()
        }],
        ..Default::default()
    };
    let created = client
        .database_users()
        .create_database_user(project, user)
        .send()
        .await;
    match created {
        Ok(response) => Ok(Some(response.into_inner())),
        Err(e) if e.status() == Some(404) => Ok(None),
        Err(e) => Err(e),
    }
}
