//! Every usage example of the generated crate's docs.

mod doc_0 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .access_tracking()
    .get_group_db_access_history_cluster("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_1 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .access_tracking()
    .get_group_db_access_history_process("32b6e34b3d91647abb20e7b8", "hostname")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_2 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .activity_feed()
    .get_group_activity_feed("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_3 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .activity_feed()
    .get_org_activity_feed("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_4 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_api_keys()
    .list_group_ai_model_api_keys("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_5 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_api_keys()
    .create_group_ai_model_api_key("32b6e34b3d91647abb20e7b8")
    .body(AiModelApiKeyCreateRequest {
        cloud: Some(AiModelApiKeyCreateRequestCloud::Any),
        geography: Some(AiModelApiKeyCreateRequestCloud::Any),
        name: "name".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_6 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_api_keys()
    .get_group_ai_model_api_key("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_7 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_api_keys()
    .delete_group_ai_model_api_key("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_8 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_api_keys()
    .update_group_ai_model_api_key("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(AiModelApiKeyUpdateRequest {
        name: "name".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_9 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_api_keys()
    .list_org_ai_model_api_keys("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_10 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_api_keys()
    .get_org_ai_model_api_key("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_11 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .ai_model_api_keys()
    .list_group_ai_model_api_keys("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_12 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .ai_model_api_keys()
    .list_org_ai_model_api_keys("4888442a3354817a7320eb61")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_13 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_rate_limits()
    .get_group_ai_model_api_cloud_geography_model_group_name_rate_limits("32b6e34b3d91647abb20e7b8", AiModelApiKeyCreateRequestCloud::Any, AiModelApiKeyCreateRequestCloud::Any, "model-group-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_14 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_rate_limits()
    .update_group_ai_model_api_cloud_geography_model_group_name_rate_limits("32b6e34b3d91647abb20e7b8", AiModelApiKeyCreateRequestCloud::Any, AiModelApiKeyCreateRequestCloud::Any, "model-group-name")
    .body(AiModelsRateLimitUpdateRequest {
        requests_per_minute_limit: 1,
        tokens_per_minute_limit: 1,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_15 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_rate_limits()
    .reset_group_ai_model_api_cloud_geography_model_group_name_rate_limits("32b6e34b3d91647abb20e7b8", AiModelApiKeyCreateRequestCloud::Any, AiModelApiKeyCreateRequestCloud::Any, "model-group-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_16 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_rate_limits()
    .get_group_ai_model_api_rate_limits("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_17 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_rate_limits()
    .reset_group_ai_model_api_rate_limits("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_18 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_rate_limits()
    .get_org_ai_model_api_cloud_geography_model_group_name_rate_limits("4888442a3354817a7320eb61", AiModelApiKeyCreateRequestCloud::Any, AiModelApiKeyCreateRequestCloud::Any, "model-group-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_19 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ai_model_rate_limits()
    .get_org_ai_model_api_rate_limits("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_20 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .ai_model_rate_limits()
    .get_group_ai_model_api_rate_limits("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_21 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .ai_model_rate_limits()
    .get_org_ai_model_api_rate_limits("4888442a3354817a7320eb61")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_22 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alert_configurations()
    .list_alert_config_matcher_field_names()
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_23 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alert_configurations()
    .list_group_alert_configs("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_24 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alert_configurations()
    .create_group_alert_config("32b6e34b3d91647abb20e7b8")
    .body(GroupAlertsConfig::DefaultAlertConfigViewForNdsGroup(DefaultAlertConfigViewForNdsGroup {
            event_type_name: DefaultAlertConfigViewForNdsGroupEventTypeName::CreditCardAboutToExpire,
            notifications: vec![AlertsNotificationRootForGroup::Datadog(DatadogNotification {
                        type_name: DatadogType::Datadog,
                        ..Default::default()
                    })],
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_25 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alert_configurations()
    .get_group_alert_config("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_26 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alert_configurations()
    .update_group_alert_config("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(GroupAlertsConfig::DefaultAlertConfigViewForNdsGroup(DefaultAlertConfigViewForNdsGroup {
            event_type_name: DefaultAlertConfigViewForNdsGroupEventTypeName::CreditCardAboutToExpire,
            notifications: vec![AlertsNotificationRootForGroup::Datadog(DatadogNotification {
                        type_name: DatadogType::Datadog,
                        ..Default::default()
                    })],
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_27 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alert_configurations()
    .delete_group_alert_config("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_28 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alert_configurations()
    .toggle_group_alert_config("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(AlertsToggle {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_29 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alert_configurations()
    .get_group_alert_alert_configs("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_30 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .alert_configurations()
    .list_group_alert_configs("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_31 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .alert_configurations()
    .get_group_alert_alert_configs("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_32 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alerts()
    .get_group_alert_config_alerts("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_33 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alerts()
    .list_group_alerts("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_34 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alerts()
    .get_group_alert("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_35 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alerts()
    .acknowledge_group_alert("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(AcknowledgeAlert {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_36 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .alerts()
    .acknowledge_group_alert_v2023_01_01("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(AlertView {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_37 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .alerts()
    .get_group_alert_config_alerts("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_38 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .alerts()
    .list_group_alerts("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_39 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .atlas_search()
    .create_group_cluster_fts_index("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ClusterSearchIndex::Search(SearchIndex {
            collection_name: "collection-name".into(),
            database: "database".into(),
            name: "name".into(),
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_40 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .atlas_search()
    .list_group_cluster_fts_index("32b6e34b3d91647abb20e7b8", "cluster-name", "database-name", "collection-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_41 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .atlas_search()
    .get_group_cluster_fts_index("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_42 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .atlas_search()
    .delete_group_cluster_fts_index("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_43 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .atlas_search()
    .update_group_cluster_fts_index("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .body(ClusterSearchIndex::Search(SearchIndex {
            collection_name: "collection-name".into(),
            database: "database".into(),
            name: "name".into(),
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_44 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .get_group_cluster_search_deployment("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_45 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .get_group_cluster_search_deployment_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_46 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .get_group_cluster_search_deployment_v2024_05_30("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_47 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .create_group_cluster_search_deployment("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ApiSearchDeploymentRequestView {
        specs: vec![ApiSearchDeploymentRequestSpecView {
                instance_size: ApiSearchDeploymentEffectiveSpecViewInstanceSize::S10Highcpu,
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_48 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .create_group_cluster_search_deployment_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ApiSearchDeploymentRequestView {
        specs: vec![ApiSearchDeploymentRequestSpecView {
                instance_size: ApiSearchDeploymentEffectiveSpecViewInstanceSize::S10Highcpu,
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_49 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .delete_group_cluster_search_deployment("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_50 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .delete_group_cluster_search_deployment_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_51 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .update_group_cluster_search_deployment("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ApiSearchDeploymentRequestView {
        specs: vec![ApiSearchDeploymentRequestSpecView {
                instance_size: ApiSearchDeploymentEffectiveSpecViewInstanceSize::S10Highcpu,
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_52 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .update_group_cluster_search_deployment_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ApiSearchDeploymentRequestView {
        specs: vec![ApiSearchDeploymentRequestSpecView {
                instance_size: ApiSearchDeploymentEffectiveSpecViewInstanceSize::S10Highcpu,
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_53 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .list_group_cluster_search_indexes("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_54 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .create_group_cluster_search_index("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(SearchIndexCreateRequest::Search(TextSearchIndexCreateRequest {
            collection_name: "collection-name".into(),
            database: "database".into(),
            name: "name".into(),
            definition: TextSearchIndexDefinition {
                mappings: SearchMappings {
                    ..Default::default()
                },
                ..Default::default()
            },
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_55 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .list_group_cluster_search_index("32b6e34b3d91647abb20e7b8", "cluster-name", "database-name", "collection-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_56 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .get_group_cluster_search_index_by_name("32b6e34b3d91647abb20e7b8", "cluster-name", "database-name", "collection-name", "index-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_57 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .delete_group_cluster_search_index_by_name("32b6e34b3d91647abb20e7b8", "cluster-name", "database-name", "collection-name", "index-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_58 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .update_group_cluster_search_index_by_name("32b6e34b3d91647abb20e7b8", "cluster-name", "database-name", "collection-name", "index-name")
    .body(SearchIndexUpdateRequest {
        definition: SearchIndexUpdateRequestDefinition::TextSearchIndexDefinition(TextSearchIndexDefinition {
                mappings: SearchMappings {
                    ..Default::default()
                },
                ..Default::default()
            }),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_59 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .get_group_cluster_search_index("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_60 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .delete_group_cluster_search_index("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_61 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .atlas_search()
    .update_group_cluster_search_index("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .body(SearchIndexUpdateRequest {
        definition: SearchIndexUpdateRequestDefinition::TextSearchIndexDefinition(TextSearchIndexDefinition {
                mappings: SearchMappings {
                    ..Default::default()
                },
                ..Default::default()
            }),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_62 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .atlas_search()
    .create_group_cluster_search_deployment("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ApiSearchDeploymentRequestView {
        specs: vec![ApiSearchDeploymentRequestSpecView {
                instance_size: ApiSearchDeploymentEffectiveSpecViewInstanceSize::S10Highcpu,
                ..Default::default()
            }],
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_63 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

client
    .atlas_search()
    .delete_group_cluster_search_deployment("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
Ok(())
}
}

mod doc_64 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .atlas_search()
    .update_group_cluster_search_deployment("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ApiSearchDeploymentRequestView {
        specs: vec![ApiSearchDeploymentRequestSpecView {
                instance_size: ApiSearchDeploymentEffectiveSpecViewInstanceSize::S10Highcpu,
                ..Default::default()
            }],
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_65 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .auditing()
    .get_group_audit_log("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_66 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .auditing()
    .update_group_audit_log("32b6e34b3d91647abb20e7b8")
    .body(AuditLog {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_67 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .aws_clusters_dns()
    .get_group_aws_custom_dns("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_68 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .aws_clusters_dns()
    .toggle_group_aws_custom_dns("32b6e34b3d91647abb20e7b8")
    .body(AwsCustomDnsEnabledView {
        enabled: true,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_69 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .list_group_backup_export_buckets("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_70 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .list_group_backup_export_buckets_v2023_01_01("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_71 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .create_group_backup_export_bucket("32b6e34b3d91647abb20e7b8")
    .body(DiskBackupSnapshotExportBucketRequest::Aws(DiskBackupSnapshotAwsExportBucketRequest {
            cloud_provider: AwsCreateDataProcessRegionViewCloudProvider::Aws,
            bucket_name: "export-bucket".into(),
            iam_role_id: "32b6e34b3d91647abb20e7b8".into(),
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_72 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .create_group_backup_export_bucket_v2023_01_01("32b6e34b3d91647abb20e7b8")
    .body(DiskBackupSnapshotAwsExportBucketRequest {
        cloud_provider: AwsCreateDataProcessRegionViewCloudProvider::Aws,
        bucket_name: "export-bucket".into(),
        iam_role_id: "32b6e34b3d91647abb20e7b8".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_73 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_backup_export_bucket("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_74 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_backup_export_bucket_v2023_01_01("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_75 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .delete_group_backup_export_bucket("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_76 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .update_group_backup_export_bucket("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(UpdateRequirePrivateNetworkingRequestView {
        require_private_networking: true,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_77 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .list_group_backup_private_endpoints("32b6e34b3d91647abb20e7b8", ApiAtlasModifyEndpointServiceRequestViewCloudProvider::Aws)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_78 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .create_group_backup_private_endpoint("32b6e34b3d91647abb20e7b8", ApiAtlasModifyEndpointServiceRequestViewCloudProvider::Aws)
    .body(ObjectStoragePrivateEndpointRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_79 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_backup_private_endpoint("32b6e34b3d91647abb20e7b8", ApiAtlasModifyEndpointServiceRequestViewCloudProvider::Aws, "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_80 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .delete_group_backup_private_endpoint("32b6e34b3d91647abb20e7b8", ApiAtlasModifyEndpointServiceRequestViewCloudProvider::Aws, "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_81 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_backup_compliance_policy("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_82 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_backup_compliance_policy_v2023_01_01("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_83 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .update_group_backup_compliance_policy("32b6e34b3d91647abb20e7b8")
    .body(DataProtectionSettings20231001 {
        authorized_email: "user@example.com".into(),
        authorized_user_first_name: "authorized-user-first-name".into(),
        authorized_user_last_name: "authorized-user-last-name".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_84 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .update_group_backup_compliance_policy_v2023_01_01("32b6e34b3d91647abb20e7b8")
    .body(DataProtectionSettings {
        authorized_email: "user@example.com".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_85 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .disable_group_backup_compliance_policy("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_86 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .list_group_cluster_backup_exports("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_87 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .create_group_cluster_backup_export("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(DiskBackupExportJobRequest {
        export_bucket_id: Some("32b6e34b3d91647abb20e7b8".into()),
        snapshot_id: Some("32b6e34b3d91647abb20e7b8".into()),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_88 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_cluster_backup_export("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_89 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .list_group_cluster_backup_restore_jobs("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_90 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .create_group_cluster_backup_restore_job("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(DiskBackupSnapshotRestoreJob {
        delivery_type: DiskBackupSnapshotRestoreJobDeliveryType::Automated,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_91 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_cluster_backup_restore_job("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_92 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .cancel_group_cluster_backup_restore_job("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_93 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_cluster_backup_schedule("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_94 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_cluster_backup_schedule_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_95 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .delete_group_cluster_backup_schedule("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_96 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .delete_group_cluster_backup_schedule_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_97 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .update_group_cluster_backup_schedule("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(DiskBackupSnapshotSchedule20240805 {
        policies: vec![AdvancedDiskBackupSnapshotSchedulePolicy {
                policy_items: vec![DiskBackupApiPolicyItem {
                        frequency_interval: 1,
                        frequency_type: DiskBackupApiPolicyItemFrequencyType::Daily,
                        retention_unit: BackupComplianceOnDemandPolicyItemRetentionUnit::Days,
                        retention_value: 1,
                        ..Default::default()
                    }],
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_98 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .update_group_cluster_backup_schedule_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(DiskBackupSnapshotSchedule {
        policies: vec![AdvancedDiskBackupSnapshotSchedulePolicy {
                policy_items: vec![DiskBackupApiPolicyItem {
                        frequency_interval: 1,
                        frequency_type: DiskBackupApiPolicyItemFrequencyType::Daily,
                        retention_unit: BackupComplianceOnDemandPolicyItemRetentionUnit::Days,
                        retention_value: 1,
                        ..Default::default()
                    }],
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_99 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .list_group_cluster_backup_snapshots("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_100 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .take_group_cluster_backup_snapshots("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(DiskBackupOnDemandSnapshotRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_101 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_cluster_backup_snapshot_sharded_cluster("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_102 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .delete_group_cluster_backup_snapshot_sharded_cluster("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_103 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .list_group_cluster_backup_snapshot_sharded_clusters("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_104 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_cluster_backup_snapshot("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_105 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .delete_group_cluster_backup_snapshot("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_106 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .update_group_cluster_backup_snapshot("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .body(BackupSnapshotRetention {
        retention_unit: BackupSnapshotRetentionRetentionUnit::Days,
        retention_value: 5,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_107 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .list_group_cluster_backup_snapshot_databases("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_108 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_cluster_backup_snapshot_database("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8", "database-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_109 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .list_group_cluster_backup_snapshot_database_collections("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8", "database-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_110 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_cluster_backup_snapshot_database_collection("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8", "database-name", "collection-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_111 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .list_group_cluster_collection_restore_jobs("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_112 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .create_group_cluster_collection_restore_job("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ApiAtlasCollectionRestoreJobRequest {
        index_strategy: ApiAtlasCollectionRestoreJobRequestIndexStrategy::All,
        target_cluster_name: "target-cluster-name".into(),
        target_group_id: "32b6e34b3d91647abb20e7b8".into(),
        write_strategy: ApiAtlasCollectionRestoreJobRequestWriteStrategy::CreateNew,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_113 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_cluster_collection_restore_job("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_114 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .list_group_cluster_collection_restore_job_collections("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_115 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_backups()
    .get_group_cluster_collection_restore_job_collection("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8", "source-namespace")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_116 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .cloud_backups()
    .list_group_serverless_backup_restore_jobs("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_117 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .cloud_backups()
    .create_group_serverless_backup_restore_job("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ServerlessBackupRestoreJob {
        delivery_type: DiskBackupSnapshotRestoreJobDeliveryType::Automated,
        target_cluster_name: "target-cluster-name".into(),
        target_group_id: "32b6e34b3d91647abb20e7b8".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_118 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .cloud_backups()
    .get_group_serverless_backup_restore_job("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_119 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .cloud_backups()
    .list_group_serverless_backup_snapshots("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_120 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .cloud_backups()
    .get_group_serverless_backup_snapshot("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_121 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .cloud_backups()
    .list_group_backup_export_buckets("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_122 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .cloud_backups()
    .list_group_backup_export_buckets_v2023_01_01("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_123 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .cloud_backups()
    .list_group_backup_private_endpoints("32b6e34b3d91647abb20e7b8", ApiAtlasModifyEndpointServiceRequestViewCloudProvider::Aws)
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_124 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .cloud_backups()
    .update_group_backup_compliance_policy("32b6e34b3d91647abb20e7b8")
    .body(DataProtectionSettings20231001 {
        authorized_email: "user@example.com".into(),
        authorized_user_first_name: "authorized-user-first-name".into(),
        authorized_user_last_name: "authorized-user-last-name".into(),
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_125 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .cloud_backups()
    .disable_group_backup_compliance_policy("32b6e34b3d91647abb20e7b8")
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_126 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .cloud_backups()
    .list_group_cluster_backup_exports("32b6e34b3d91647abb20e7b8", "cluster-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_127 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .cloud_backups()
    .create_group_cluster_backup_export("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(DiskBackupExportJobRequest {
        export_bucket_id: Some("32b6e34b3d91647abb20e7b8".into()),
        snapshot_id: Some("32b6e34b3d91647abb20e7b8".into()),
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_128 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .cloud_backups()
    .list_group_cluster_backup_restore_jobs("32b6e34b3d91647abb20e7b8", "cluster-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_129 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .cloud_backups()
    .list_group_cluster_backup_snapshots("32b6e34b3d91647abb20e7b8", "cluster-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_130 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .cloud_backups()
    .take_group_cluster_backup_snapshots("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(DiskBackupOnDemandSnapshotRequest {
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_131 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

client
    .cloud_backups()
    .delete_group_cluster_backup_snapshot("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
Ok(())
}
}

mod doc_132 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .cloud_backups()
    .update_group_cluster_backup_snapshot("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .body(BackupSnapshotRetention {
        retention_unit: BackupSnapshotRetentionRetentionUnit::Days,
        retention_value: 5,
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_133 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .cloud_backups()
    .list_group_cluster_backup_snapshot_databases("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_134 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .cloud_backups()
    .list_group_cluster_backup_snapshot_database_collections("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8", "database-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_135 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .cloud_backups()
    .list_group_cluster_collection_restore_jobs("32b6e34b3d91647abb20e7b8", "cluster-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_136 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .cloud_backups()
    .list_group_cluster_collection_restore_job_collections("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_137 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

#[allow(deprecated)]
let mut items = client
    .cloud_backups()
    .list_group_serverless_backup_restore_jobs("32b6e34b3d91647abb20e7b8", "cluster-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_138 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

#[allow(deprecated)]
let mut items = client
    .cloud_backups()
    .list_group_serverless_backup_snapshots("32b6e34b3d91647abb20e7b8", "cluster-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_139 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_migration_service()
    .create_group_live_migration("32b6e34b3d91647abb20e7b8")
    .body(LiveMigrationRequest20240530 {
        destination: Destination {
            cluster_name: "cluster-name".into(),
            group_id: "32b6e34b3d91647abb20e7b8".into(),
            hostname_schema_type: DestinationHostnameSchemaType::Public,
            ..Default::default()
        },
        migration_hosts: vec!["vm001.example.com".into()],
        source: Source {
            cluster_name: "cluster-name".into(),
            group_id: "32b6e34b3d91647abb20e7b8".into(),
            managed_authentication: true,
            ssl: true,
            ..Default::default()
        },
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_140 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_migration_service()
    .create_group_live_migration_v2023_01_01("32b6e34b3d91647abb20e7b8")
    .body(LiveMigrationRequest {
        destination: Destination {
            cluster_name: "cluster-name".into(),
            group_id: "32b6e34b3d91647abb20e7b8".into(),
            hostname_schema_type: DestinationHostnameSchemaType::Public,
            ..Default::default()
        },
        drop_enabled: Some(true),
        migration_hosts: vec!["vm001.example.com".into()],
        source: Source {
            cluster_name: "cluster-name".into(),
            group_id: "32b6e34b3d91647abb20e7b8".into(),
            managed_authentication: true,
            ssl: true,
            ..Default::default()
        },
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_141 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_migration_service()
    .validate_group_live_migrations("32b6e34b3d91647abb20e7b8")
    .body(LiveMigrationRequest20240530 {
        destination: Destination {
            cluster_name: "cluster-name".into(),
            group_id: "32b6e34b3d91647abb20e7b8".into(),
            hostname_schema_type: DestinationHostnameSchemaType::Public,
            ..Default::default()
        },
        migration_hosts: vec!["vm001.example.com".into()],
        source: Source {
            cluster_name: "cluster-name".into(),
            group_id: "32b6e34b3d91647abb20e7b8".into(),
            managed_authentication: true,
            ssl: true,
            ..Default::default()
        },
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_142 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_migration_service()
    .validate_group_live_migrations_v2023_01_01("32b6e34b3d91647abb20e7b8")
    .body(LiveMigrationRequest {
        destination: Destination {
            cluster_name: "cluster-name".into(),
            group_id: "32b6e34b3d91647abb20e7b8".into(),
            hostname_schema_type: DestinationHostnameSchemaType::Public,
            ..Default::default()
        },
        drop_enabled: Some(true),
        migration_hosts: vec!["vm001.example.com".into()],
        source: Source {
            cluster_name: "cluster-name".into(),
            group_id: "32b6e34b3d91647abb20e7b8".into(),
            managed_authentication: true,
            ssl: true,
            ..Default::default()
        },
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_143 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_migration_service()
    .get_group_live_migration_validate_status("32b6e34b3d91647abb20e7b8", "507f1f77bcf86cd799439011")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_144 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_migration_service()
    .get_group_live_migration("32b6e34b3d91647abb20e7b8", "6296fb4c7c7aa997cf94e9a8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_145 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_migration_service()
    .cutover_group_live_migration("32b6e34b3d91647abb20e7b8", "6296fb4c7c7aa997cf94e9a8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_146 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_migration_service()
    .list_org_live_migration_available_projects("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_147 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_migration_service()
    .create_org_live_migration_link_token("4888442a3354817a7320eb61")
    .body(TargetOrgRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_148 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_migration_service()
    .delete_org_live_migration_link_tokens("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_149 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_provider_access()
    .list_group_cloud_provider_access("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_150 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_provider_access()
    .create_group_cloud_provider_access("32b6e34b3d91647abb20e7b8")
    .body(CloudProviderAccessRoleRequest::Aws(CloudProviderAccessAwsiamRoleRequest {
            provider_name: AwsCreateDataProcessRegionViewCloudProvider::Aws,
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_151 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_provider_access()
    .deauthorize_group_cloud_provider_access_role("32b6e34b3d91647abb20e7b8", AwsCreateDataProcessRegionViewCloudProvider::Aws, "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_152 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_provider_access()
    .get_group_cloud_provider_access("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_153 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cloud_provider_access()
    .authorize_group_cloud_provider_access_role("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(CloudProviderAccessRoleRequestUpdate::Aws(CloudProviderAccessAwsiamRoleRequestUpdate {
            provider_name: AwsCreateDataProcessRegionViewCloudProvider::Aws,
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_154 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cluster_outage_simulation()
    .get_group_cluster_outage_simulation("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_155 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cluster_outage_simulation()
    .start_group_cluster_outage_simulation("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ClusterOutageSimulation {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_156 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .cluster_outage_simulation()
    .end_group_cluster_outage_simulation("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_157 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .cluster_outage_simulation()
    .start_group_cluster_outage_simulation("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ClusterOutageSimulation {
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_158 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

client
    .cluster_outage_simulation()
    .end_group_cluster_outage_simulation("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
Ok(())
}
}

mod doc_159 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .list_cluster_details()
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_160 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .validate_group_cluster_configurations("32b6e34b3d91647abb20e7b8")
    .body(ClusterConfigurationValidation {
        cluster_description: ClusterDescription20240805 {
            ..Default::default()
        },
        editing: true,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_161 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .list_group_clusters("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_162 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .list_group_clusters_v2023_01_01("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_163 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .list_group_clusters_v2023_02_01("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_164 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .create_group_cluster("32b6e34b3d91647abb20e7b8")
    .body(ClusterDescription20240805 {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_165 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .create_group_cluster_v2023_01_01("32b6e34b3d91647abb20e7b8")
    .body(LegacyAtlasCluster {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_166 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .create_group_cluster_v2023_02_01("32b6e34b3d91647abb20e7b8")
    .body(AdvancedClusterDescription {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_167 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .create_group_cluster_v2024_08_05("32b6e34b3d91647abb20e7b8")
    .body(ClusterDescription20240805 {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_168 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .list_group_cluster_provider_regions("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_169 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .upgrade_group_cluster_tenant_upgrade("32b6e34b3d91647abb20e7b8")
    .body(LegacyAtlasTenantClusterUpgradeRequest {
        name: "name".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_170 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .clusters()
    .upgrade_group_cluster_tenant_upgrade_to_serverless("32b6e34b3d91647abb20e7b8")
    .body(ServerlessInstanceDescription {
        provider_settings: ServerlessProviderSettings {
            backing_provider_name: AwsCreateDataProcessRegionViewCloudProvider::Aws,
            region_name: "region-name".into(),
            ..Default::default()
        },
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_171 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .get_group_cluster("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_172 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .get_group_cluster_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_173 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .get_group_cluster_v2023_02_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_174 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .delete_group_cluster("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_175 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .delete_group_cluster_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_176 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .update_group_cluster("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ClusterDescription20240805 {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_177 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .update_group_cluster_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(LegacyAtlasCluster {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_178 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .update_group_cluster_v2023_02_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(AdvancedClusterDescription {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_179 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .update_group_cluster_v2024_08_05("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ClusterDescription20240805 {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_180 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .clusters()
    .auto_group_cluster_scaling_configuration("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_181 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .get_group_cluster_process_args("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_182 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .get_group_cluster_process_args_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_183 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .update_group_cluster_process_args("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ClusterDescriptionProcessArgs20240805 {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_184 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .update_group_cluster_process_args_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ClusterDescriptionProcessArgs {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_185 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .restart_group_cluster_primaries("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_186 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .restart_group_cluster_primaries_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_187 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .get_group_cluster_sql_interface("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_188 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .update_group_cluster_sql_interface("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(SqlInterfaceStatusUpdateRequest {
        status: SqlInterfaceStatusResponseStatus::On,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_189 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .get_group_cluster_status("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_190 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .grant_group_cluster_mongo_db_employee_access("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(EmployeeAccessGrantView {
        expiration_time: "2025-01-01T00:00:00Z".parse().unwrap(),
        grant_type: EmployeeAccessGrantViewGrantType::ClusterDatabaseLogs,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_191 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .pin_group_cluster_feature_compatibility_version("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_192 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .revoke_group_cluster_mongo_db_employee_access("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_193 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .unpin_group_cluster_feature_compatibility_version("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_194 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .request_group_sample_dataset_load("32b6e34b3d91647abb20e7b8", "name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_195 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .clusters()
    .get_group_sample_dataset_load("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_196 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .clusters()
    .list_cluster_details()
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_197 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .clusters()
    .list_group_clusters("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_198 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .clusters()
    .list_group_clusters_v2023_01_01("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_199 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .clusters()
    .list_group_clusters_v2023_02_01("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_200 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .clusters()
    .create_group_cluster("32b6e34b3d91647abb20e7b8")
    .body(ClusterDescription20240805 {
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_201 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .clusters()
    .list_group_cluster_provider_regions("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_202 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

client
    .clusters()
    .delete_group_cluster("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
Ok(())
}
}

mod doc_203 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .clusters()
    .update_group_cluster("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ClusterDescription20240805 {
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_204 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .clusters()
    .request_group_sample_dataset_load("32b6e34b3d91647abb20e7b8", "name")
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_205 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .collection_level_metrics()
    .list_group_cluster_coll_stat_pinned_namespaces("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_206 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .collection_level_metrics()
    .pin_group_cluster_coll_stat_pinned_namespaces("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(NamespacesRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_207 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .collection_level_metrics()
    .update_group_cluster_coll_stat_pinned_namespaces("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(NamespacesRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_208 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .collection_level_metrics()
    .unpin_group_cluster_coll_stat_unpin_namespaces("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(NamespacesRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_209 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .collection_level_metrics()
    .get_group_cluster_coll_stat_namespaces("32b6e34b3d91647abb20e7b8", "cluster-name", GetGroupClusterCollStatNamespacesClusterView::Primary)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_210 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .collection_level_metrics()
    .list_group_cluster_coll_stat_measurements("32b6e34b3d91647abb20e7b8", "cluster-name", GetGroupClusterCollStatNamespacesClusterView::Primary, "mydb", "mycoll")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_211 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .collection_level_metrics()
    .list_group_coll_stat_metrics("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_212 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .collection_level_metrics()
    .get_group_process_coll_stat_namespaces("32b6e34b3d91647abb20e7b8", "my.host.name.com:27017")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_213 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .collection_level_metrics()
    .list_group_process_coll_stat_measurements("32b6e34b3d91647abb20e7b8", "my.host.name.com:27017", "mydb", "mycoll")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_214 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .custom_database_roles()
    .list_group_custom_db_role_roles("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_215 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .custom_database_roles()
    .create_group_custom_db_role_role("32b6e34b3d91647abb20e7b8")
    .body(UserCustomDbRole {
        role_name: "role-name".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_216 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .custom_database_roles()
    .get_group_custom_db_role_role("32b6e34b3d91647abb20e7b8", "role-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_217 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .custom_database_roles()
    .delete_group_custom_db_role_role("32b6e34b3d91647abb20e7b8", "role-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_218 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .custom_database_roles()
    .update_group_custom_db_role_role("32b6e34b3d91647abb20e7b8", "role-name")
    .body(UpdateCustomDbRole {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_219 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .list_group_data_federation("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_220 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .create_group_data_federation("32b6e34b3d91647abb20e7b8")
    .body(DataLakeTenant {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_221 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .get_group_data_federation("32b6e34b3d91647abb20e7b8", "tenant-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_222 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .delete_group_data_federation("32b6e34b3d91647abb20e7b8", "tenant-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_223 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .update_group_data_federation("32b6e34b3d91647abb20e7b8", "tenant-name")
    .skip_role_validation(true)
    .body(DataLakeTenant {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_224 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .list_group_data_federation_limits("32b6e34b3d91647abb20e7b8", "tenant-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_225 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .get_group_data_federation_limit("32b6e34b3d91647abb20e7b8", "tenant-name", GetGroupDataFederationLimitLimitName::BytesProcessedQuery)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_226 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .delete_group_data_federation_limit("32b6e34b3d91647abb20e7b8", "tenant-name", GetGroupDataFederationLimitLimitName::BytesProcessedQuery)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_227 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .set_group_data_federation_limit("32b6e34b3d91647abb20e7b8", "tenant-name", GetGroupDataFederationLimitLimitName::BytesProcessedQuery)
    .body(DataFederationTenantQueryLimit {
        value: 1,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_228 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .download_group_data_federation_query_logs("32b6e34b3d91647abb20e7b8", "tenant-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_229 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .list_group_private_network_setting_endpoint_ids("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_230 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .create_group_private_network_setting_endpoint_id("32b6e34b3d91647abb20e7b8")
    .body(PrivateNetworkEndpointIdEntry {
        endpoint_id: "32b6e34b3d91647abb20e7b8".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_231 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .get_group_private_network_setting_endpoint_id("32b6e34b3d91647abb20e7b8", "vpce-aaaaaaaaaaaaaaaaa")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_232 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .data_federation()
    .delete_group_private_network_setting_endpoint_id("32b6e34b3d91647abb20e7b8", "vpce-aaaaaaaaaaaaaaaaa")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_233 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .data_federation()
    .list_group_private_network_setting_endpoint_ids("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_234 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .database_users()
    .list_group_database_users("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_235 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .database_users()
    .create_group_database_user("32b6e34b3d91647abb20e7b8")
    .body(CloudDatabaseUser {
        database_name: CloudDatabaseUserDatabaseName::Admin,
        group_id: Some("32b6e34b3d91647abb20e7b8".into()),
        roles: vec![DatabaseUserRole {
                database_name: "database-name".into(),
                role_name: DatabaseUserRoleRoleName::AtlasAdmin,
                ..Default::default()
            }],
        username: "username".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_236 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .database_users()
    .get_group_database_user("32b6e34b3d91647abb20e7b8", "database-name", "SCRAM-SHA: dylan or AWS IAM: arn:aws:iam::123456789012:user/sales/enterprise/DylanBloggs or x.509/LDAP: CN=Dylan Bloggs,OU=Enterprise,OU=Sales,DC=Example,DC=COM or OIDC: IdPIdentifier/IdPGroupName")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_237 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .database_users()
    .delete_group_database_user("32b6e34b3d91647abb20e7b8", "database-name", "SCRAM-SHA: dylan or AWS IAM: arn:aws:iam::123456789012:user/sales/enterprise/DylanBloggs or x.509/LDAP: CN=Dylan Bloggs,OU=Enterprise,OU=Sales,DC=Example,DC=COM or OIDC: IdPIdentifier/IdPGroupName")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_238 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .database_users()
    .update_group_database_user("32b6e34b3d91647abb20e7b8", "database-name", "SCRAM-SHA: dylan or AWS IAM: arn:aws:iam::123456789012:user/sales/enterprise/DylanBloggs or x.509/LDAP: CN=Dylan Bloggs,OU=Enterprise,OU=Sales,DC=Example,DC=COM or OIDC: IdPIdentifier/IdPGroupName")
    .body(CloudDatabaseUser {
        database_name: CloudDatabaseUserDatabaseName::Admin,
        group_id: Some("32b6e34b3d91647abb20e7b8".into()),
        roles: vec![DatabaseUserRole {
                database_name: "database-name".into(),
                role_name: DatabaseUserRoleRoleName::AtlasAdmin,
                ..Default::default()
            }],
        username: "username".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_239 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .database_users()
    .list_group_database_users("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_240 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .encryption_at_rest_using_customer_key_management()
    .get_group_encryption_at_rest("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_241 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .encryption_at_rest_using_customer_key_management()
    .update_group_encryption_at_rest("32b6e34b3d91647abb20e7b8")
    .body(EncryptionAtRest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_242 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .encryption_at_rest_using_customer_key_management()
    .list_group_encryption_at_rest_private_endpoints("32b6e34b3d91647abb20e7b8", AwskmsearPrivateEndpointCloudProvider::Azure)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_243 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .encryption_at_rest_using_customer_key_management()
    .create_group_encryption_at_rest_private_endpoint("32b6e34b3d91647abb20e7b8", AwskmsearPrivateEndpointCloudProvider::Azure)
    .body(EarPrivateEndpoint::Aws(AwskmsearPrivateEndpoint {
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_244 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .encryption_at_rest_using_customer_key_management()
    .get_group_encryption_at_rest_private_endpoint("32b6e34b3d91647abb20e7b8", AwskmsearPrivateEndpointCloudProvider::Azure, "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_245 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .encryption_at_rest_using_customer_key_management()
    .request_group_encryption_at_rest_private_endpoint_deletion("32b6e34b3d91647abb20e7b8", AwskmsearPrivateEndpointCloudProvider::Azure, "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_246 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .encryption_at_rest_using_customer_key_management()
    .list_group_encryption_at_rest_private_endpoints("32b6e34b3d91647abb20e7b8", AwskmsearPrivateEndpointCloudProvider::Azure)
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_247 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .events()
    .list_event_types()
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_248 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .events()
    .list_group_events("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_249 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .events()
    .get_group_event("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_250 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .events()
    .list_org_events("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_251 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .events()
    .get_org_event("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_252 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .events()
    .list_event_types()
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_253 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .events()
    .list_group_events("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_254 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .events()
    .list_org_events("4888442a3354817a7320eb61")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_255 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .delete_federation_setting("55fa922fb343282757d9554e")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_256 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .list_federation_setting_connected_org_configs("55fa922fb343282757d9554e")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_257 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .get_federation_setting_connected_org_config("55fa922fb343282757d9554e", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_258 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .remove_federation_setting_connected_org_config("55fa922fb343282757d9554e", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_259 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .update_federation_setting_connected_org_config("55fa922fb343282757d9554e", "32b6e34b3d91647abb20e7b8")
    .body(ConnectedOrgConfig {
        domain_restriction_enabled: true,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_260 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .list_federation_setting_connected_org_config_role_mappings("55fa922fb343282757d9554e", "4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_261 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .create_federation_setting_connected_org_config_role_mapping("55fa922fb343282757d9554e", "4888442a3354817a7320eb61")
    .body(AuthFederationRoleMapping {
        external_group_name: "external-group-name".into(),
        role_assignments: vec![ConnectedOrgConfigRoleAssignment {
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_262 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .get_federation_setting_connected_org_config_role_mapping("55fa922fb343282757d9554e", "4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_263 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .update_federation_setting_connected_org_config_role_mapping("55fa922fb343282757d9554e", "4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(AuthFederationRoleMapping {
        external_group_name: "external-group-name".into(),
        role_assignments: vec![ConnectedOrgConfigRoleAssignment {
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_264 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .delete_federation_setting_connected_org_config_role_mapping("55fa922fb343282757d9554e", "4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_265 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .list_federation_setting_identity_providers("55fa922fb343282757d9554e")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_266 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .create_federation_setting_identity_provider("55fa922fb343282757d9554e")
    .body(FederationOidcIdentityProviderUpdate::FederationOidcWorkforceIdentityProviderUpdate(FederationOidcWorkforceIdentityProviderUpdate {
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_267 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .get_federation_setting_identity_provider("55fa922fb343282757d9554e", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_268 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .get_federation_setting_identity_provider_v2023_01_01("55fa922fb343282757d9554e", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_269 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .delete_federation_setting_identity_provider("55fa922fb343282757d9554e", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_270 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .update_federation_setting_identity_provider("55fa922fb343282757d9554e", "32b6e34b3d91647abb20e7b8")
    .body(FederationIdentityProviderUpdate::FederationSamlIdentityProviderUpdate(FederationSamlIdentityProviderUpdate {
            sso_debug_enabled: true,
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_271 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .update_federation_setting_identity_provider_v2023_01_01("55fa922fb343282757d9554e", "32b6e34b3d91647abb20e7b8")
    .body(FederationSamlIdentityProviderUpdate {
        sso_debug_enabled: true,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_272 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .revoke_federation_setting_identity_provider_jwks("55fa922fb343282757d9554e", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_273 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .get_federation_setting_identity_provider_metadata("55fa922fb343282757d9554e", "c2777a9eca931f29fc2f")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_274 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .federated_authentication()
    .get_org_federation_settings("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_275 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .federated_authentication()
    .list_federation_setting_connected_org_configs("55fa922fb343282757d9554e")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_276 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .federated_authentication()
    .list_federation_setting_identity_providers("55fa922fb343282757d9554e")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_277 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .flex_clusters()
    .list_group_flex_clusters("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_278 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .flex_clusters()
    .create_group_flex_cluster("32b6e34b3d91647abb20e7b8")
    .body(FlexClusterDescriptionCreate20241113 {
        name: Some("name".into()),
        provider_settings: Some(FlexProviderSettingsCreate20241113 {
            backing_provider_name: Some(AwsCreateDataProcessRegionViewCloudProvider::Aws),
            region_name: Some("region-name".into()),
            ..Default::default()
        }),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_279 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .flex_clusters()
    .get_group_flex_cluster("32b6e34b3d91647abb20e7b8", "name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_280 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .flex_clusters()
    .delete_group_flex_cluster("32b6e34b3d91647abb20e7b8", "name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_281 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .flex_clusters()
    .update_group_flex_cluster("32b6e34b3d91647abb20e7b8", "name")
    .body(FlexClusterDescriptionUpdate20241113 {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_282 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .flex_clusters()
    .tenant_group_flex_cluster_upgrade("32b6e34b3d91647abb20e7b8")
    .body(AtlasTenantClusterUpgradeRequest20240805 {
        name: "name".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_283 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .flex_clusters()
    .list_group_flex_clusters("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_284 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .flex_clusters()
    .create_group_flex_cluster("32b6e34b3d91647abb20e7b8")
    .body(FlexClusterDescriptionCreate20241113 {
        name: Some("name".into()),
        provider_settings: Some(FlexProviderSettingsCreate20241113 {
            backing_provider_name: Some(AwsCreateDataProcessRegionViewCloudProvider::Aws),
            region_name: Some("region-name".into()),
            ..Default::default()
        }),
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_285 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

client
    .flex_clusters()
    .delete_group_flex_cluster("32b6e34b3d91647abb20e7b8", "name")
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
Ok(())
}
}

mod doc_286 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .flex_clusters()
    .update_group_flex_cluster("32b6e34b3d91647abb20e7b8", "name")
    .body(FlexClusterDescriptionUpdate20241113 {
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_287 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .flex_restore_jobs()
    .list_group_flex_cluster_backup_restore_jobs("32b6e34b3d91647abb20e7b8", "name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_288 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .flex_restore_jobs()
    .create_group_flex_cluster_backup_restore_job("32b6e34b3d91647abb20e7b8", "name")
    .body(FlexBackupRestoreJobCreate20241113 {
        snapshot_id: Some("32b6e34b3d91647abb20e7b8".into()),
        target_deployment_item_name: Some("target-deployment-item-name".into()),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_289 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .flex_restore_jobs()
    .get_group_flex_cluster_backup_restore_job("32b6e34b3d91647abb20e7b8", "name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_290 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .flex_restore_jobs()
    .list_group_flex_cluster_backup_restore_jobs("32b6e34b3d91647abb20e7b8", "name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_291 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .flex_restore_jobs()
    .create_group_flex_cluster_backup_restore_job("32b6e34b3d91647abb20e7b8", "name")
    .body(FlexBackupRestoreJobCreate20241113 {
        snapshot_id: Some("32b6e34b3d91647abb20e7b8".into()),
        target_deployment_item_name: Some("target-deployment-item-name".into()),
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_292 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .flex_snapshots()
    .download_group_flex_cluster_backup("32b6e34b3d91647abb20e7b8", "name")
    .body(FlexBackupSnapshotDownloadCreate20241113 {
        snapshot_id: Some("32b6e34b3d91647abb20e7b8".into()),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_293 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .flex_snapshots()
    .list_group_flex_cluster_backup_snapshots("32b6e34b3d91647abb20e7b8", "name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_294 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .flex_snapshots()
    .get_group_flex_cluster_backup_snapshot("32b6e34b3d91647abb20e7b8", "name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_295 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .flex_snapshots()
    .list_group_flex_cluster_backup_snapshots("32b6e34b3d91647abb20e7b8", "name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_296 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .get_group_cluster_global_writes("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_297 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .get_group_cluster_global_writes_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_298 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .get_group_cluster_global_writes_v2023_02_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_299 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .create_group_cluster_global_write_custom_zone_mapping("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(CustomZoneMappings {
        custom_zone_mappings: vec![ZoneMapping {
                location: "location".into(),
                zone: "zone".into(),
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_300 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .create_group_cluster_global_write_custom_zone_mapping_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(CustomZoneMappings {
        custom_zone_mappings: vec![ZoneMapping {
                location: "location".into(),
                zone: "zone".into(),
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_301 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .create_group_cluster_global_write_custom_zone_mapping_v2023_02_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(CustomZoneMappings {
        custom_zone_mappings: vec![ZoneMapping {
                location: "location".into(),
                zone: "zone".into(),
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_302 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .delete_group_cluster_global_write_custom_zone_mapping("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_303 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .delete_group_cluster_global_write_custom_zone_mapping_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_304 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .delete_group_cluster_global_write_custom_zone_mapping_v2023_02_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_305 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .create_group_cluster_global_write_managed_namespace("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ManagedNamespaces {
        collection: "collection".into(),
        custom_shard_key: "custom-shard-key".into(),
        db: "db".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_306 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .create_group_cluster_global_write_managed_namespace_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ManagedNamespaces {
        collection: "collection".into(),
        custom_shard_key: "custom-shard-key".into(),
        db: "db".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_307 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .create_group_cluster_global_write_managed_namespace_v2023_02_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ManagedNamespaces {
        collection: "collection".into(),
        custom_shard_key: "custom-shard-key".into(),
        db: "db".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_308 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .delete_group_cluster_global_write_managed_namespaces("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_309 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .delete_group_cluster_global_write_managed_namespaces_v2023_01_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_310 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .global_clusters()
    .delete_group_cluster_global_write_managed_namespaces_v2023_02_01("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_311 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .get_org_associated_invoices("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_312 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .get_org_associated_invoices_preview("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_313 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .create_org_billing_cost_explorer_usage_process("4888442a3354817a7320eb61")
    .body(CostExplorerFilterRequestBody {
        end_date: "2025-01-01".parse().unwrap(),
        start_date: "2025-01-01".parse().unwrap(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_314 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .get_org_billing_cost_explorer_usage("4888442a3354817a7320eb61", "4ABBE973862346D40F3AE859D4BE96E0F895764EB14EAB039E7B82F9D638C05C")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_315 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .list_org_invoices("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_316 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .list_org_invoice_pending("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_317 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .get_org_invoice("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_318 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .get_org_invoice_csv("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_319 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .search_org_invoice_line_items("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(ApiPublicUsageDetailsQueryRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_320 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .list_org_invoice_reports("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_321 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .create_org_invoice_report("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(InvoiceReportRequest {
        report_format: InvoiceReportRequestReportFormat::Csv,
        report_type: InvoiceReportRequestReportType::Focus,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_322 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .get_org_invoice_report("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_323 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .generate_org_invoice_and_download_report("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(ReportGenerationRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_324 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .list_skus()
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_325 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .invoices()
    .get_sku("ATLAS_AWS_INSTANCE_M10")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_326 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .invoices()
    .list_org_invoices("4888442a3354817a7320eb61")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_327 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .invoices()
    .search_org_invoice_line_items("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(ApiPublicUsageDetailsQueryRequest {
        ..Default::default()
    })
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_328 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .invoices()
    .list_org_invoice_reports("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_329 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .invoices()
    .list_skus()
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_330 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ldap_configuration()
    .get_group_user_security("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_331 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ldap_configuration()
    .update_group_user_security("32b6e34b3d91647abb20e7b8")
    .body(UserSecurity {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_332 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ldap_configuration()
    .delete_group_user_security_ldap_user_to_dn_mapping("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_333 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ldap_configuration()
    .verify_group_user_security_ldap("32b6e34b3d91647abb20e7b8")
    .body(LdapVerifyConnectivityJobRequestParams {
        bind_password: Some("bind-password".into()),
        bind_username: "CN=BindUser,CN=Users,DC=myldapserver,DC=mycompany,DC=com".into(),
        hostname: "hostname".into(),
        port: 636,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_334 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .ldap_configuration()
    .get_group_user_security_ldap_verify("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_335 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .ldap_configuration()
    .verify_group_user_security_ldap("32b6e34b3d91647abb20e7b8")
    .body(LdapVerifyConnectivityJobRequestParams {
        bind_password: Some("bind-password".into()),
        bind_username: "CN=BindUser,CN=Users,DC=myldapserver,DC=mycompany,DC=com".into(),
        hostname: "hostname".into(),
        port: 636,
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_336 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .legacy_backup()
    .list_group_cluster_backup_checkpoints("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_337 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .legacy_backup()
    .get_group_cluster_backup_checkpoint("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_338 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .legacy_backup()
    .list_group_cluster_restore_jobs("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_339 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .legacy_backup()
    .create_group_cluster_restore_job("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(BackupRestoreJob {
        delivery: BackupRestoreJobDelivery {
            method_name: BackupRestoreJobDeliveryMethodName::ClientPitHttp,
            ..Default::default()
        },
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_340 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .legacy_backup()
    .get_group_cluster_restore_job("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_341 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .legacy_backup()
    .get_group_cluster_snapshot_schedule("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_342 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .legacy_backup()
    .update_group_cluster_snapshot_schedule("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(ApiAtlasSnapshotScheduleView {
        cluster_checkpoint_interval_min: 15,
        cluster_id: "32b6e34b3d91647abb20e7b8".into(),
        daily_snapshot_retention_days: 0,
        monthly_snapshot_retention_months: 0,
        point_in_time_window_hours: 1,
        snapshot_interval_hours: 6,
        snapshot_retention_days: 2,
        weekly_snapshot_retention_weeks: 0,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_343 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .legacy_backup()
    .list_group_cluster_snapshots("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_344 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .legacy_backup()
    .get_group_cluster_snapshot("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_345 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .legacy_backup()
    .delete_group_cluster_snapshot("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_346 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .legacy_backup()
    .update_group_cluster_snapshot("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .body(BackupSnapshot {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_347 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

#[allow(deprecated)]
let mut items = client
    .legacy_backup()
    .list_group_cluster_backup_checkpoints("32b6e34b3d91647abb20e7b8", "cluster-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_348 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

#[allow(deprecated)]
let mut items = client
    .legacy_backup()
    .list_group_cluster_restore_jobs("32b6e34b3d91647abb20e7b8", "cluster-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_349 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

#[allow(deprecated)]
let mut items = client
    .legacy_backup()
    .list_group_cluster_snapshots("32b6e34b3d91647abb20e7b8", "cluster-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_350 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .limit_description()
    .list_default_group_limits()
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_351 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .limit_description()
    .get_default_group_limit(GetDefaultGroupLimitLimitName::MongodbUsers)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_352 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .limit_description()
    .list_default_group_limits()
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_353 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .maintenance_windows()
    .get_group_maintenance_window("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_354 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .maintenance_windows()
    .get_group_maintenance_window_preview("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_355 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .maintenance_windows()
    .reset_group_maintenance_window("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_356 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .maintenance_windows()
    .update_group_maintenance_window("32b6e34b3d91647abb20e7b8")
    .body(GroupMaintenanceWindow {
        day_of_week: 1,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_357 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .maintenance_windows()
    .update_group_maintenance_window_preview("32b6e34b3d91647abb20e7b8")
    .body(GroupMaintenanceWindowPreviewUpdateRequest {
        day_of_week: 1,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_358 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .maintenance_windows()
    .toggle_group_maintenance_window_auto_defer("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_359 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .maintenance_windows()
    .defer_group_maintenance_window("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_360 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .metric_integrations()
    .list_group_metric_integrations("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_361 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .metric_integrations()
    .list_group_metric_integrations_preview("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_362 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .metric_integrations()
    .create_group_metric_integration("32b6e34b3d91647abb20e7b8")
    .body(MetricIntegrationRequest {
        aggregation_temporality: MetricIntegrationRequestAggregationTemporality::Delta,
        auth_type: MetricIntegrationRequestAuthType::Header,
        endpoint: "https://otel-collector.example.com:4318/v1/metrics".into(),
        integration_type: MetricIntegrationRequestIntegrationType::Otel,
        metric_selection: vec![MetricIntegrationRequestMetricSelection::AtlasStreamProcessing],
        provider_type: MetricIntegrationRequestProviderType::Custom,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_363 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .metric_integrations()
    .create_group_metric_integration_preview("32b6e34b3d91647abb20e7b8")
    .body(MetricIntegrationRequest {
        aggregation_temporality: MetricIntegrationRequestAggregationTemporality::Delta,
        auth_type: MetricIntegrationRequestAuthType::Header,
        endpoint: "https://otel-collector.example.com:4318/v1/metrics".into(),
        integration_type: MetricIntegrationRequestIntegrationType::Otel,
        metric_selection: vec![MetricIntegrationRequestMetricSelection::AtlasStreamProcessing],
        provider_type: MetricIntegrationRequestProviderType::Custom,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_364 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .metric_integrations()
    .get_group_metric_integration("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_365 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .metric_integrations()
    .get_group_metric_integration_preview("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_366 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .metric_integrations()
    .update_group_metric_integration("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(MetricIntegrationUpdateRequest {
        aggregation_temporality: MetricIntegrationRequestAggregationTemporality::Delta,
        auth_type: MetricIntegrationRequestAuthType::Header,
        endpoint: "https://otel-collector.example.com:4318/v1/metrics".into(),
        integration_type: MetricIntegrationRequestIntegrationType::Otel,
        metric_selection: vec![MetricIntegrationRequestMetricSelection::AtlasStreamProcessing],
        provider_type: MetricIntegrationRequestProviderType::Custom,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_367 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .metric_integrations()
    .update_group_metric_integration_preview("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(MetricIntegrationUpdateRequest {
        aggregation_temporality: MetricIntegrationRequestAggregationTemporality::Delta,
        auth_type: MetricIntegrationRequestAuthType::Header,
        endpoint: "https://otel-collector.example.com:4318/v1/metrics".into(),
        integration_type: MetricIntegrationRequestIntegrationType::Otel,
        metric_selection: vec![MetricIntegrationRequestMetricSelection::AtlasStreamProcessing],
        provider_type: MetricIntegrationRequestProviderType::Custom,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_368 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .metric_integrations()
    .delete_group_metric_integration("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_369 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .metric_integrations()
    .delete_group_metric_integration_preview("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_370 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .metric_integrations()
    .list_group_metric_integrations("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_371 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .metric_integrations()
    .list_group_metric_integrations_preview("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_372 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .list_group_users("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_373 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .list_group_users_v2023_01_01("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_374 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .add_group_users("32b6e34b3d91647abb20e7b8")
    .body(GroupUserRequest {
        roles: Some(vec!["roles".into()]),
        username: Some("user@example.com".into()),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_375 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .get_group_user("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_376 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .remove_group_user("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_377 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .remove_group_user_v2023_01_01("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_378 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .add_group_user_role("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(AddOrRemoveGroupRole {
        group_role: "group-role".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_379 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .remove_group_user_role("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(AddOrRemoveGroupRole {
        group_role: "group-role".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_380 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .list_org_team_users("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_381 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .list_org_team_users_v2023_01_01("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_382 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .add_org_team_user("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(AddOrRemoveUserFromTeam {
        id: Some("32b6e34b3d91647abb20e7b8".into()),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_383 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .remove_org_team_user("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(AddOrRemoveUserFromTeam {
        id: Some("32b6e34b3d91647abb20e7b8".into()),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_384 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .list_org_users("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_385 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .list_org_users_v2023_01_01("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_386 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .create_org_user("4888442a3354817a7320eb61")
    .body(OrgUserRequest {
        roles: Some(OrgUserRolesRequest {
            org_roles: vec![OrgRole::OrgOwner],
            ..Default::default()
        }),
        username: Some("user@example.com".into()),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_387 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .get_org_user("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_388 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .remove_org_user("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_389 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .remove_org_user_v2023_01_01("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_390 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .update_org_user("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(OrgUserUpdateRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_391 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .add_org_user_role("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(AddOrRemoveOrgRole {
        org_role: OrgRole::OrgOwner,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_392 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .mongo_db_cloud_users()
    .remove_org_user_role("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(AddOrRemoveOrgRole {
        org_role: OrgRole::OrgOwner,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_393 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .mongo_db_cloud_users()
    .create_user()
    .body(CloudAppUser {
        country: "BD".into(),
        first_name: "first-name".into(),
        last_name: "last-name".into(),
        mobile_number: "\\1\\s.\\s\\s310\\s\\s.\\s710\\s.\\s0000".into(),
        password: "password".into(),
        roles: vec![CloudAccessRoleAssignment {
                ..Default::default()
            }],
        username: "user@example.com".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_394 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .mongo_db_cloud_users()
    .get_user_by_name("a.a@aaa.aaa")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_395 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .mongo_db_cloud_users()
    .get_user("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_396 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .mongo_db_cloud_users()
    .list_group_users("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_397 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .mongo_db_cloud_users()
    .list_group_users_v2023_01_01("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_398 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .mongo_db_cloud_users()
    .list_org_team_users("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_399 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .mongo_db_cloud_users()
    .list_org_team_users_v2023_01_01("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_400 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .mongo_db_cloud_users()
    .list_org_users("4888442a3354817a7320eb61")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_401 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .mongo_db_cloud_users()
    .list_org_users_v2023_01_01("4888442a3354817a7320eb61")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_402 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .download_group_cluster_log("32b6e34b3d91647abb20e7b8", "host-name", DownloadGroupClusterLogLogName::Mongodb)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_403 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .download_group_cluster_log_v2023_01_01("32b6e34b3d91647abb20e7b8", "host-name", DownloadGroupClusterLogLogName::Mongodb)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_404 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .list_group_host_fts_metrics("32b6e34b3d91647abb20e7b8", "my.host.name.com:27017")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_405 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .list_group_host_fts_metric_index_measurements("32b6e34b3d91647abb20e7b8", "my.host.name.com:27017", "mydb", "mycoll")
    .granularity("PT1M")
    .metrics(vec![ListGroupHostFtsMetricIndexMeasurementsMetricsItem::IndexSizeOnDisk])
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_406 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .get_group_host_fts_metric_index_measurements("32b6e34b3d91647abb20e7b8", "my.host.name.com:27017", "mydb", "mycoll", "myindex")
    .granularity("PT1M")
    .metrics(vec![ListGroupHostFtsMetricIndexMeasurementsMetricsItem::IndexSizeOnDisk])
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_407 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .list_group_host_fts_metric_measurements("32b6e34b3d91647abb20e7b8", "my.host.name.com:27017")
    .granularity("PT1M")
    .metrics(vec![ListGroupHostFtsMetricMeasurementsMetricsItem::FtsDiskUsage])
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_408 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .list_group_processes("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_409 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .get_group_process("32b6e34b3d91647abb20e7b8", "mongodb.example.com:27017")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_410 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .list_group_process_databases("32b6e34b3d91647abb20e7b8", "mongodb.example.com:27017")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_411 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .get_group_process_database("32b6e34b3d91647abb20e7b8", "mongodb.example.com:27017", "database-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_412 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .get_group_process_database_measurements("32b6e34b3d91647abb20e7b8", "mongodb.example.com:27017", "database-name")
    .granularity("PT1M")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_413 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .list_group_process_disks("32b6e34b3d91647abb20e7b8", "mongodb.example.com:27017")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_414 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .get_group_process_disk("32b6e34b3d91647abb20e7b8", "mongodb.example.com:27017", "partition-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_415 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .get_group_process_disk_measurements("32b6e34b3d91647abb20e7b8", "mongodb.example.com:27017", "partition-name")
    .granularity("PT1M")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_416 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .monitoring_and_logs()
    .get_group_process_measurements("32b6e34b3d91647abb20e7b8", "mongodb.example.com:27017")
    .granularity("PT1M")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_417 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .monitoring_and_logs()
    .list_group_processes("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_418 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .monitoring_and_logs()
    .list_group_process_databases("32b6e34b3d91647abb20e7b8", "mongodb.example.com:27017")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_419 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .monitoring_and_logs()
    .list_group_process_disks("32b6e34b3d91647abb20e7b8", "mongodb.example.com:27017")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_420 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .network_peering()
    .list_group_containers("32b6e34b3d91647abb20e7b8")
    .provider_name(AwsCreateDataProcessRegionViewCloudProvider::Aws)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_421 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .network_peering()
    .create_group_container("32b6e34b3d91647abb20e7b8")
    .body(CloudProviderContainer::Aws(AwsCloudProviderContainer {
            region_name: AwsCloudProviderContainerRegionName::UsEast1,
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_422 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .network_peering()
    .list_group_container_all("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_423 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .network_peering()
    .get_group_container("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_424 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .network_peering()
    .delete_group_container("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_425 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .network_peering()
    .update_group_container("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(CloudProviderContainer::Aws(AwsCloudProviderContainer {
            region_name: AwsCloudProviderContainerRegionName::UsEast1,
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_426 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .network_peering()
    .list_group_peers("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_427 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .network_peering()
    .create_group_peer("32b6e34b3d91647abb20e7b8")
    .body(BaseNetworkPeeringConnectionSettings::Aws(AwsNetworkPeeringConnectionSettings {
            accepter_region_name: "accepter-region-name".into(),
            aws_account_id: "000000000000".into(),
            container_id: "32b6e34b3d91647abb20e7b8".into(),
            route_table_cidr_block: "4c9:abe5:deff:5:9dfa:d43:dd75:cd2".into(),
            vpc_id: "vpc-aaaaaaaaaaaaaaaaa".into(),
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_428 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .network_peering()
    .get_group_peer("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_429 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .network_peering()
    .delete_group_peer("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_430 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .network_peering()
    .update_group_peer("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(BaseNetworkPeeringConnectionSettings::Aws(AwsNetworkPeeringConnectionSettings {
            accepter_region_name: "accepter-region-name".into(),
            aws_account_id: "000000000000".into(),
            container_id: "32b6e34b3d91647abb20e7b8".into(),
            route_table_cidr_block: "4c9:abe5:deff:5:9dfa:d43:dd75:cd2".into(),
            vpc_id: "vpc-aaaaaaaaaaaaaaaaa".into(),
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_431 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .network_peering()
    .verify_group_private_ip_mode("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_432 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .network_peering()
    .disable_group_private_ip_mode_peering("32b6e34b3d91647abb20e7b8")
    .body(PrivateIpModeView {
        enabled: true,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_433 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .network_peering()
    .list_group_containers("32b6e34b3d91647abb20e7b8")
    .provider_name(AwsCreateDataProcessRegionViewCloudProvider::Aws)
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_434 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .network_peering()
    .list_group_container_all("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_435 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .network_peering()
    .list_group_peers("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_436 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .online_archive()
    .list_group_cluster_online_archives("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_437 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .online_archive()
    .create_group_cluster_online_archive("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(BackupOnlineArchiveCreate {
        coll_name: Some("coll-name".into()),
        criteria: CriteriaView::Custom(CustomCriteriaView {
                query: "query".into(),
                ..Default::default()
            }),
        db_name: Some("db-name".into()),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_438 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .online_archive()
    .download_group_cluster_online_archive_query_logs("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_439 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .online_archive()
    .get_group_cluster_online_archive("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_440 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .online_archive()
    .delete_group_cluster_online_archive("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_441 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .online_archive()
    .update_group_cluster_online_archive("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .body(BackupOnlineArchive {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_442 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .online_archive()
    .list_group_cluster_online_archives("32b6e34b3d91647abb20e7b8", "cluster-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_443 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .online_archive()
    .create_group_cluster_online_archive("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(BackupOnlineArchiveCreate {
        coll_name: Some("coll-name".into()),
        criteria: CriteriaView::Custom(CustomCriteriaView {
                query: "query".into(),
                ..Default::default()
            }),
        db_name: Some("db-name".into()),
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_444 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

client
    .online_archive()
    .delete_group_cluster_online_archive("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
Ok(())
}
}

mod doc_445 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .online_archive()
    .update_group_cluster_online_archive("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .body(BackupOnlineArchive {
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_446 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .list_orgs()
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_447 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .create_org()
    .body(CreateOrganizationRequest {
        name: "name".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_448 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .get_org("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_449 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .delete_org("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_450 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .update_org("4888442a3354817a7320eb61")
    .body(AtlasOrganization {
        name: "name".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_451 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .get_org_delegation_settings("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_452 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .update_org_delegation_settings("4888442a3354817a7320eb61")
    .body(OrgDelegationSettingsUpdateRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_453 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .get_org_groups("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_454 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .organizations()
    .list_org_invites("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_455 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .organizations()
    .create_org_invite("4888442a3354817a7320eb61")
    .body(OrganizationInvitationRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_456 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .organizations()
    .update_org_invites("4888442a3354817a7320eb61")
    .body(OrganizationInvitationRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_457 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .organizations()
    .get_org_invite("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_458 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .organizations()
    .delete_org_invite("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_459 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .organizations()
    .update_org_invite_by_id("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(OrganizationInvitationUpdateRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_460 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .get_org_maintenance_settings("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_461 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .update_org_maintenance_settings("4888442a3354817a7320eb61")
    .body(OrganizationMaintenanceSettingsUpdateRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_462 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .reset_org_maintenance_settings("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_463 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .get_org_settings("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_464 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .organizations()
    .update_org_settings("4888442a3354817a7320eb61")
    .body(OrganizationSettings {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_465 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .organizations()
    .update_org_user_roles("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(UpdateOrgRolesForUser {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_466 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .organizations()
    .list_orgs()
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_467 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .organizations()
    .get_org_groups("4888442a3354817a7320eb61")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_468 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .overload_protection_simulation()
    .list_group_cluster_overload_simulations("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_469 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .overload_protection_simulation()
    .create_group_cluster_overload_simulation("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(OverloadProtectionSimulationRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_470 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .overload_protection_simulation()
    .get_group_cluster_overload_simulation("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_471 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .overload_protection_simulation()
    .delete_group_cluster_overload_simulation("32b6e34b3d91647abb20e7b8", "cluster-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_472 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .overload_protection_simulation()
    .list_group_cluster_overload_simulations("32b6e34b3d91647abb20e7b8", "cluster-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_473 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .performance_advisor()
    .list_group_cluster_performance_advisor_drop_index_suggestions("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_474 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .performance_advisor()
    .list_group_cluster_performance_advisor_schema_advice("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_475 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .performance_advisor()
    .list_group_cluster_performance_advisor_suggested_indexes("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_476 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .performance_advisor()
    .get_group_managed_slow_ms("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_477 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .performance_advisor()
    .disable_group_managed_slow_ms("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_478 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .performance_advisor()
    .enable_group_managed_slow_ms("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_479 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .performance_advisor()
    .list_group_process_performance_advisor_namespaces("32b6e34b3d91647abb20e7b8", "0.0.0.0")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_480 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .performance_advisor()
    .list_group_process_performance_advisor_slow_query_logs("32b6e34b3d91647abb20e7b8", "0.0.0.0")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_481 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .performance_advisor()
    .list_group_process_performance_advisor_suggested_indexes("32b6e34b3d91647abb20e7b8", "0.0.0.0")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_482 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .performance_advisor()
    .get_group_serverless_performance_advisor_auto_indexing("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_483 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .performance_advisor()
    .set_group_serverless_performance_advisor_auto_indexing("32b6e34b3d91647abb20e7b8", "cluster-name")
    .enable(true)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_484 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .private_endpoint_services()
    .create_group_private_endpoint_endpoint_service("32b6e34b3d91647abb20e7b8")
    .body(CloudProviderEndpointServiceRequest {
        provider_name: Some(AwsCreateDataProcessRegionViewCloudProvider::Aws),
        region: Some("region".into()),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_485 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .private_endpoint_services()
    .update_group_private_endpoint_endpoint_service("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(ApiAtlasModifyEndpointServiceRequestView {
        cloud_provider: ApiAtlasModifyEndpointServiceRequestViewCloudProvider::Aws,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_486 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .private_endpoint_services()
    .get_group_private_endpoint_regional_mode("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_487 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .private_endpoint_services()
    .toggle_group_private_endpoint_regional_mode("32b6e34b3d91647abb20e7b8")
    .body(ProjectSettingItemView {
        enabled: true,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_488 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .private_endpoint_services()
    .list_group_private_endpoint_endpoint_service("32b6e34b3d91647abb20e7b8", AwsCreateDataProcessRegionViewCloudProvider::Aws)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_489 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .private_endpoint_services()
    .get_group_private_endpoint_endpoint_service("32b6e34b3d91647abb20e7b8", AwsCreateDataProcessRegionViewCloudProvider::Aws, "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_490 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .private_endpoint_services()
    .delete_group_private_endpoint_endpoint_service("32b6e34b3d91647abb20e7b8", AwsCreateDataProcessRegionViewCloudProvider::Aws, "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_491 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .private_endpoint_services()
    .create_group_private_endpoint_endpoint_service_endpoint("32b6e34b3d91647abb20e7b8", AwsCreateDataProcessRegionViewCloudProvider::Aws, "32b6e34b3d91647abb20e7b8")
    .body(CreateEndpointRequest::Aws(CreateAwsEndpointRequest {
            id: Some("vpce-3bf78b0ddee411ba1".into()),
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_492 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .private_endpoint_services()
    .get_group_private_endpoint_endpoint_service_endpoint("32b6e34b3d91647abb20e7b8", AwsCreateDataProcessRegionViewCloudProvider::Aws, "32b6e34b3d91647abb20e7b8", "vpce-aaaaaaaaaaaaaaaaa")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_493 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .private_endpoint_services()
    .delete_group_private_endpoint_endpoint_service_endpoint("32b6e34b3d91647abb20e7b8", AwsCreateDataProcessRegionViewCloudProvider::Aws, "32b6e34b3d91647abb20e7b8", "vpce-aaaaaaaaaaaaaaaaa")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_494 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

let done = client
    .private_endpoint_services()
    .create_group_private_endpoint_endpoint_service("32b6e34b3d91647abb20e7b8")
    .body(CloudProviderEndpointServiceRequest {
        provider_name: Some(AwsCreateDataProcessRegionViewCloudProvider::Aws),
        region: Some("region".into()),
        ..Default::default()
    })
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
let _ = done;
Ok(())
}
}

mod doc_495 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use std::time::Duration;
use atlas_admin::wait::Wait;

client
    .private_endpoint_services()
    .delete_group_private_endpoint_endpoint_service("32b6e34b3d91647abb20e7b8", AwsCreateDataProcessRegionViewCloudProvider::Aws, "32b6e34b3d91647abb20e7b8")
    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))
    .await?;
Ok(())
}
}

mod doc_496 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .list_group_api_keys("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_497 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .create_group_api_key("32b6e34b3d91647abb20e7b8")
    .body(CreateAtlasProjectApiKey {
        desc: "desc".into(),
        roles: vec!["roles".into()],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_498 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .add_group_api_key("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(vec![UserAccessRoleAssignment {
            ..Default::default()
        }])
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_499 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .remove_group_api_key("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_500 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .update_group_api_key_roles("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(UpdateAtlasProjectApiKey {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_501 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .list_org_api_keys("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_502 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .create_org_api_key("4888442a3354817a7320eb61")
    .body(CreateAtlasOrganizationApiKey {
        desc: "desc".into(),
        roles: vec![OrgRole::OrgOwner],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_503 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .get_org_api_key("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_504 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .delete_org_api_key("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_505 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .update_org_api_key("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(UpdateAtlasOrganizationApiKey {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_506 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .list_org_api_key_access_list_entries("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_507 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .create_org_api_key_access_list_entry("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(vec![UserAccessListRequest {
            ..Default::default()
        }])
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_508 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .get_org_api_key_access_list_entry("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8", "192.0.2.0%2F24")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_509 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .programmatic_api_keys()
    .delete_org_api_key_access_list_entry("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8", "192.0.2.0%2F24")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_510 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .programmatic_api_keys()
    .list_group_api_keys("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_511 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .programmatic_api_keys()
    .list_org_api_keys("4888442a3354817a7320eb61")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_512 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .programmatic_api_keys()
    .list_org_api_key_access_list_entries("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_513 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .programmatic_api_keys()
    .create_org_api_key_access_list_entry("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(vec![UserAccessListRequest {
            ..Default::default()
        }])
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_514 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .project_ip_access_list()
    .list_group_access_list_entries("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_515 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .project_ip_access_list()
    .create_group_access_list_entry("32b6e34b3d91647abb20e7b8")
    .body(vec![NetworkPermissionEntry {
            ..Default::default()
        }])
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_516 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .project_ip_access_list()
    .get_group_access_list_entry("32b6e34b3d91647abb20e7b8", "IPv4: 192.0.2.0%2F24 or IPv6: 2001:db8:85a3:8d3:1319:8a2e:370:7348 or IPv4 CIDR: 198.51.100.0%2f24 or IPv6 CIDR: 2001:db8::%2f58 or AWS SG: sg-903004f8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_517 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .project_ip_access_list()
    .delete_group_access_list_entry("32b6e34b3d91647abb20e7b8", "IPv4: 192.0.2.0%2F24 or IPv6: 2001:db8:85a3:8d3:1319:8a2e:370:7348 or IPv4 CIDR: 198.51.100.0%2f24 or IPv6 CIDR: 2001:db8::%2f58 or AWS SG: sg-903004f8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_518 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .project_ip_access_list()
    .get_group_access_list_status("32b6e34b3d91647abb20e7b8", "IPv4: 192.0.2.0%2F24 or IPv6: 2001:db8:85a3:8d3:1319:8a2e:370:7348 or IPv4 CIDR: 198.51.100.0%2f24 or IPv6 CIDR: 2001:db8::%2f58 or AWS SG: sg-903004f8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_519 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .project_ip_access_list()
    .list_group_access_list_entries("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_520 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .project_ip_access_list()
    .create_group_access_list_entry("32b6e34b3d91647abb20e7b8")
    .body(vec![NetworkPermissionEntry {
            ..Default::default()
        }])
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_521 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .list_groups()
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_522 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .create_group()
    .body(Group {
        name: "name".into(),
        org_id: "32b6e34b3d91647abb20e7b8".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_523 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .get_group_by_name("group-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_524 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .get_group("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_525 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .delete_group("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_526 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .update_group("32b6e34b3d91647abb20e7b8")
    .body(GroupUpdate {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_527 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .projects()
    .add_group_access_user("32b6e34b3d91647abb20e7b8")
    .body(GroupInvitationRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_528 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .projects()
    .list_group_invites("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_529 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .projects()
    .create_group_invite("32b6e34b3d91647abb20e7b8")
    .body(GroupInvitationRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_530 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .projects()
    .update_group_invites("32b6e34b3d91647abb20e7b8")
    .body(GroupInvitationRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_531 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .projects()
    .get_group_invite("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_532 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .projects()
    .delete_group_invite("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_533 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .projects()
    .update_group_invite_by_id("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(GroupInvitationUpdateRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_534 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .get_group_ip_addresses("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_535 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .list_group_limits("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_536 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .get_group_limit("32b6e34b3d91647abb20e7b8", GetGroupLimitLimitName::AtlasProjectSecurityDatabaseAccessUsers)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_537 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .delete_group_limit("32b6e34b3d91647abb20e7b8", GetGroupLimitLimitName::AtlasProjectSecurityDatabaseAccessUsers)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_538 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .set_group_limit("32b6e34b3d91647abb20e7b8", GetGroupLimitLimitName::AtlasProjectSecurityDatabaseAccessUsers)
    .body(DataFederationLimit::DefaultLimit(DefaultLimit {
            value: 1,
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_539 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .get_group_mongo_db_versions("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_540 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .get_group_settings("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_541 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .update_group_settings("32b6e34b3d91647abb20e7b8")
    .body(GroupSettings {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_542 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .projects()
    .update_group_user_roles("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(UpdateGroupRolesForUser {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_543 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .projects()
    .migrate_group("32b6e34b3d91647abb20e7b8")
    .body(GroupMigrationRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_544 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .projects()
    .list_groups()
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_545 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .projects()
    .get_group_mongo_db_versions("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_546 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .push_based_log_export()
    .list_group_log_integrations("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_547 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .push_based_log_export()
    .create_group_log_integration("32b6e34b3d91647abb20e7b8")
    .body(LogIntegrationRequest::AzureLogExport(AzureLogIntegrationRequest {
            log_types: vec![AzureLogIntegrationRequestLogType::Mongod],
            r#type: AzureLogIntegrationRequestType::AzureLogExport,
            prefix_path: "logs/mongodb/".into(),
            role_id: "507f1f77bcf86cd799439011".into(),
            storage_account_name: "mylogstorageaccount".into(),
            storage_container_name: "mongodb-logs".into(),
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_548 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .push_based_log_export()
    .get_group_log_integration("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_549 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .push_based_log_export()
    .update_group_log_integration("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(LogIntegrationRequest::AzureLogExport(AzureLogIntegrationRequest {
            log_types: vec![AzureLogIntegrationRequestLogType::Mongod],
            r#type: AzureLogIntegrationRequestType::AzureLogExport,
            prefix_path: "logs/mongodb/".into(),
            role_id: "507f1f77bcf86cd799439011".into(),
            storage_account_name: "mylogstorageaccount".into(),
            storage_container_name: "mongodb-logs".into(),
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_550 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .push_based_log_export()
    .delete_group_log_integration("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_551 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .push_based_log_export()
    .get_group_push_based_log_export("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_552 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .push_based_log_export()
    .create_group_push_based_log_export("32b6e34b3d91647abb20e7b8")
    .body(CreatePushBasedLogExportProjectRequest {
        bucket_name: "bucket-name".into(),
        iam_role_id: "32b6e34b3d91647abb20e7b8".into(),
        prefix_path: "prefix-path".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_553 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .push_based_log_export()
    .delete_group_push_based_log_export("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_554 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .push_based_log_export()
    .update_group_push_based_log_export("32b6e34b3d91647abb20e7b8")
    .body(PushBasedLogExportProject {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_555 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .push_based_log_export()
    .list_group_log_integrations("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_556 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .query_shape_insights()
    .list_group_cluster_query_shape_insight_summaries("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_557 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .query_shape_insights()
    .get_group_cluster_query_shape_insight_details("32b6e34b3d91647abb20e7b8", "cluster-name", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_558 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .query_shape_insights()
    .list_group_cluster_query_shapes("32b6e34b3d91647abb20e7b8", "cluster-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_559 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .query_shape_insights()
    .get_group_cluster_query_shape("32b6e34b3d91647abb20e7b8", "cluster-name", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_560 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .query_shape_insights()
    .update_group_cluster_query_shape("32b6e34b3d91647abb20e7b8", "cluster-name", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    .body(QueryShapeUpdateRequest {
        status: QueryShapeResponseStatus::Rejected,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_561 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .query_shape_insights()
    .list_group_cluster_query_shapes("32b6e34b3d91647abb20e7b8", "cluster-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_562 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .rate_limiting()
    .list_rate_limits()
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_563 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .rate_limiting()
    .list_rate_limits_preview()
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_564 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .rate_limiting()
    .get_rate_limit("rateLimitsInspection_group")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_565 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .rate_limiting()
    .get_rate_limit_preview("rateLimitsInspection_group")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_566 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .rate_limiting()
    .list_rate_limits()
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_567 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .rate_limiting()
    .list_rate_limits_preview()
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_568 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .list_group_mcp_configs("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_569 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .create_group_mcp_config("32b6e34b3d91647abb20e7b8")
    .body(CreateGroupMcpConfigRequest {
        mcp_config_name: "mcp-config-name".into(),
        roles: vec!["roles".into()],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_570 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .get_group_mcp_config("32b6e34b3d91647abb20e7b8", "b9254bc4-d6cc-4325-abf4-fb9d2a9de00a")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_571 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .delete_group_mcp_config("32b6e34b3d91647abb20e7b8", "b9254bc4-d6cc-4325-abf4-fb9d2a9de00a")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_572 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .update_group_mcp_config("32b6e34b3d91647abb20e7b8", "b9254bc4-d6cc-4325-abf4-fb9d2a9de00a")
    .body(GroupMcpConfigUpdateRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_573 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .list_group_mcp_config_secrets("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647adeabc012")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_574 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .create_group_mcp_config_secret("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647adeabc012")
    .body(ServiceAccountSecretRequest {
        secret_expires_after_hours: 8,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_575 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .get_group_mcp_config_secret("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647adeabc012", "32b6e34b3d91647adeabc013")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_576 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .delete_group_mcp_config_secret("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647adeabc012", "32b6e34b3d91647adeabc013")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_577 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .list_org_mcp_configs("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_578 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .create_org_mcp_config("4888442a3354817a7320eb61")
    .body(CreateOrgMcpConfigRequest {
        mcp_config_name: "mcp-config-name".into(),
        roles: vec![OrgRole::OrgOwner],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_579 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .get_org_mcp_config("4888442a3354817a7320eb61", "b9254bc4-d6cc-4325-abf4-fb9d2a9de00a")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_580 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .delete_org_mcp_config("4888442a3354817a7320eb61", "b9254bc4-d6cc-4325-abf4-fb9d2a9de00a")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_581 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .update_org_mcp_config("4888442a3354817a7320eb61", "b9254bc4-d6cc-4325-abf4-fb9d2a9de00a")
    .body(OrgMcpConfigUpdateRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_582 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .list_org_mcp_config_secrets("4888442a3354817a7320eb61", "32b6e34b3d91647adeabc012")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_583 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .create_org_mcp_config_secret("4888442a3354817a7320eb61", "32b6e34b3d91647adeabc012")
    .body(ServiceAccountSecretRequest {
        secret_expires_after_hours: 8,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_584 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .get_org_mcp_config_secret("4888442a3354817a7320eb61", "32b6e34b3d91647adeabc012", "32b6e34b3d91647adeabc013")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_585 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .remote_mcp_configurations()
    .delete_org_mcp_config_secret("4888442a3354817a7320eb61", "32b6e34b3d91647adeabc012", "32b6e34b3d91647adeabc013")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_586 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .remote_mcp_configurations()
    .list_group_mcp_configs("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_587 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .remote_mcp_configurations()
    .list_group_mcp_config_secrets("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647adeabc012")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_588 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .remote_mcp_configurations()
    .list_org_mcp_configs("4888442a3354817a7320eb61")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_589 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .remote_mcp_configurations()
    .list_org_mcp_config_secrets("4888442a3354817a7320eb61", "32b6e34b3d91647adeabc012")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_590 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .resource_policies()
    .get_org_non_compliant_resources("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_591 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .resource_policies()
    .list_org_resource_policies("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_592 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .resource_policies()
    .create_org_resource_policy("4888442a3354817a7320eb61")
    .body(ApiAtlasResourcePolicyCreateView {
        name: "name".into(),
        policies: vec![ApiAtlasPolicyCreateView {
                body: "  forbid (\n    principal,\n    action == cloud::Action::\"cluster.createEdit\",\n    resource\n  ) when {\n   context.cluster.regions.contains(cloud::region::\"aws:us-east-1\")\n  };\n".into(),
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_593 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .resource_policies()
    .get_org_resource_policy("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_594 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .resource_policies()
    .delete_org_resource_policy("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_595 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .resource_policies()
    .update_org_resource_policy("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(ApiAtlasResourcePolicyEditView {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_596 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .resource_policies()
    .validate_org_resource_policies("4888442a3354817a7320eb61")
    .body(ApiAtlasResourcePolicyCreateView {
        name: "name".into(),
        policies: vec![ApiAtlasPolicyCreateView {
                body: "  forbid (\n    principal,\n    action == cloud::Action::\"cluster.createEdit\",\n    resource\n  ) when {\n   context.cluster.regions.contains(cloud::region::\"aws:us-east-1\")\n  };\n".into(),
                ..Default::default()
            }],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_597 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .rolling_index()
    .create_group_cluster_index_rolling_index("32b6e34b3d91647abb20e7b8", "cluster-name")
    .body(DatabaseRollingIndexRequest {
        collection: Some("collection".into()),
        db: Some("db".into()),
        keys: Some(vec![[("key".to_owned(), "key".into())].into_iter().collect()]),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_598 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .root()
    .get_system_status()
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_599 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .root()
    .list_control_plane_ip_addresses()
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_600 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .sandbox()
    .generate_group_sandbox_cluster_description("32b6e34b3d91647abb20e7b8", "507f1f77bcf86cd799439011")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_601 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .sandbox()
    .list_org_sandbox_config("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_602 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .sandbox()
    .create_org_sandbox_config("4888442a3354817a7320eb61")
    .body(SandboxConfigRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_603 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .sandbox()
    .get_org_sandbox_config("4888442a3354817a7320eb61", "507f1f77bcf86cd799439011")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_604 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .sandbox()
    .delete_org_sandbox_config("4888442a3354817a7320eb61", "507f1f77bcf86cd799439011")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_605 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .sandbox()
    .update_org_sandbox_config("4888442a3354817a7320eb61", "507f1f77bcf86cd799439011")
    .body(SandboxConfigUpdateRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_606 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .sandbox()
    .list_org_sandbox_config("4888442a3354817a7320eb61")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_607 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .serverless_instances()
    .list_group_serverless_instances("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_608 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .serverless_instances()
    .get_group_serverless_instance("32b6e34b3d91647abb20e7b8", "name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_609 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

#[allow(deprecated)]
let mut items = client
    .serverless_instances()
    .list_group_serverless_instances("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_610 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .serverless_private_endpoints()
    .list_group_private_endpoint_serverless_instance_endpoint("32b6e34b3d91647abb20e7b8", "instance-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_611 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .serverless_private_endpoints()
    .create_group_private_endpoint_serverless_instance_endpoint("32b6e34b3d91647abb20e7b8", "instance-name")
    .body(ServerlessTenantCreateRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_612 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .serverless_private_endpoints()
    .get_group_private_endpoint_serverless_instance_endpoint("32b6e34b3d91647abb20e7b8", "instance-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_613 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .serverless_private_endpoints()
    .delete_group_private_endpoint_serverless_instance_endpoint("32b6e34b3d91647abb20e7b8", "instance-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_614 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .serverless_private_endpoints()
    .update_group_private_endpoint_serverless_instance_endpoint("32b6e34b3d91647abb20e7b8", "instance-name", "32b6e34b3d91647abb20e7b8")
    .body(ServerlessTenantEndpointUpdate::Aws(ServerlessAwsTenantEndpointUpdate {
            provider_name: Some(AwskmsearPrivateEndpointCloudProvider::Azure),
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_615 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .list_group_service_accounts("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_616 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .create_group_service_account("32b6e34b3d91647abb20e7b8")
    .body(GroupServiceAccountRequest {
        description: "description".into(),
        name: "name".into(),
        roles: vec!["roles".into()],
        secret_expires_after_hours: 8,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_617 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .get_group_service_account("32b6e34b3d91647abb20e7b8", "mdb_sa_id_1234567890abcdef12345678")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_618 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .delete_group_service_account("32b6e34b3d91647abb20e7b8", "mdb_sa_id_1234567890abcdef12345678")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_619 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .update_group_service_account("32b6e34b3d91647abb20e7b8", "mdb_sa_id_1234567890abcdef12345678")
    .body(GroupServiceAccountUpdateRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_620 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .list_group_service_account_access_list("32b6e34b3d91647abb20e7b8", "mdb_sa_id_1234567890abcdef12345678")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_621 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .create_group_service_account_access_list("32b6e34b3d91647abb20e7b8", "mdb_sa_id_1234567890abcdef12345678")
    .body(vec![ServiceAccountIpAccessListEntry {
            ..Default::default()
        }])
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_622 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .delete_group_service_account_access_list_entry("32b6e34b3d91647abb20e7b8", "mdb_sa_id_1234567890abcdef12345678", "192.0.2.0%2F24")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_623 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .create_group_service_account_secret("32b6e34b3d91647abb20e7b8", "mdb_sa_id_1234567890abcdef12345678")
    .body(ServiceAccountSecretRequest {
        secret_expires_after_hours: 8,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_624 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .delete_group_service_account_secret("32b6e34b3d91647abb20e7b8", "mdb_sa_id_1234567890abcdef12345678", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_625 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .invite_group_service_account("32b6e34b3d91647abb20e7b8", "mdb_sa_id_1234567890abcdef12345678")
    .body(GroupServiceAccountRoleAssignment {
        roles: vec!["roles".into()],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_626 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .list_org_service_accounts("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_627 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .create_org_service_account("4888442a3354817a7320eb61")
    .body(OrgServiceAccountRequest {
        description: "description".into(),
        name: "name".into(),
        roles: vec![OrgRole::OrgOwner],
        secret_expires_after_hours: 8,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_628 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .get_org_service_account("4888442a3354817a7320eb61", "mdb_sa_id_1234567890abcdef12345678")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_629 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .delete_org_service_account("4888442a3354817a7320eb61", "mdb_sa_id_1234567890abcdef12345678")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_630 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .update_org_service_account("4888442a3354817a7320eb61", "mdb_sa_id_1234567890abcdef12345678")
    .body(OrgServiceAccountUpdateRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_631 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .list_org_service_account_access_list("4888442a3354817a7320eb61", "mdb_sa_id_1234567890abcdef12345678")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_632 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .create_org_service_account_access_list("4888442a3354817a7320eb61", "mdb_sa_id_1234567890abcdef12345678")
    .body(vec![ServiceAccountIpAccessListEntry {
            ..Default::default()
        }])
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_633 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .delete_org_service_account_access_list_entry("4888442a3354817a7320eb61", "mdb_sa_id_1234567890abcdef12345678", "192.0.2.0%2F24")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_634 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .get_org_service_account_groups("4888442a3354817a7320eb61", "mdb_sa_id_1234567890abcdef12345678")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_635 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .create_org_service_account_secret("4888442a3354817a7320eb61", "mdb_sa_id_1234567890abcdef12345678")
    .body(ServiceAccountSecretRequest {
        secret_expires_after_hours: 8,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_636 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .service_accounts()
    .delete_org_service_account_secret("4888442a3354817a7320eb61", "mdb_sa_id_1234567890abcdef12345678", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_637 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .service_accounts()
    .list_group_service_accounts("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_638 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .service_accounts()
    .list_group_service_account_access_list("32b6e34b3d91647abb20e7b8", "mdb_sa_id_1234567890abcdef12345678")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_639 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .service_accounts()
    .create_group_service_account_access_list("32b6e34b3d91647abb20e7b8", "mdb_sa_id_1234567890abcdef12345678")
    .body(vec![ServiceAccountIpAccessListEntry {
            ..Default::default()
        }])
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_640 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .service_accounts()
    .list_org_service_accounts("4888442a3354817a7320eb61")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_641 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .service_accounts()
    .list_org_service_account_access_list("4888442a3354817a7320eb61", "mdb_sa_id_1234567890abcdef12345678")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_642 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .service_accounts()
    .create_org_service_account_access_list("4888442a3354817a7320eb61", "mdb_sa_id_1234567890abcdef12345678")
    .body(vec![ServiceAccountIpAccessListEntry {
            ..Default::default()
        }])
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_643 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .service_accounts()
    .get_org_service_account_groups("4888442a3354817a7320eb61", "mdb_sa_id_1234567890abcdef12345678")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_644 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .standby_links()
    .list_group_standby_links("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_645 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .standby_links()
    .create_group_standby_link("32b6e34b3d91647abb20e7b8")
    .body(ApiStandbyLinkRequest {
        active_cluster_unique_id: "507f191e810c19729de860ea".into(),
        standby_cluster_unique_id: "507f191e810c19729de860eb".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_646 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .standby_links()
    .get_group_standby_link("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_647 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .standby_links()
    .delete_group_standby_link("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_648 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .standby_links()
    .list_group_standby_link_failovers("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_649 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .standby_links()
    .create_group_standby_link_failover("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(ApiStandbyLinkFailoverRequest {
        r#type: ApiStandbyLinkFailoverRequestType::Unplanned,
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_650 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .standby_links()
    .get_group_standby_link_failover("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_651 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .standby_links()
    .inspect_group_standby_link_failover_readiness("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_652 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .standby_links()
    .list_group_standby_links("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_653 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .standby_links()
    .list_group_standby_link_failovers("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_654 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .list_group_stream_workspaces("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_655 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .create_group_stream_workspace("32b6e34b3d91647abb20e7b8")
    .body(StreamsTenant {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_656 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .get_group_stream_account_details("32b6e34b3d91647abb20e7b8")
    .cloud_provider("cloud-provider")
    .region_name("region-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_657 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .list_group_stream_active_vpc_peering_connections("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_658 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .list_group_stream_private_link_connections("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_659 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .create_group_stream_private_link_connection("32b6e34b3d91647abb20e7b8")
    .body(StreamsPrivateLinkConnection {
        provider: "provider".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_660 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .get_group_stream_private_link_connection("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_661 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .delete_group_stream_private_link_connection("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_662 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .update_group_stream_private_link_connection("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(StreamsPrivateLinkConnectionRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_663 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .list_group_stream_vpc_peering_connections("32b6e34b3d91647abb20e7b8")
    .requester_account_id("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_664 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .delete_group_stream_vpc_peering_connection("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_665 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .accept_group_stream_vpc_peering_connection("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(VpcPeeringActionChallenge {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_666 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .reject_group_stream_vpc_peering_connection("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_667 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .get_group_stream_workspace("32b6e34b3d91647abb20e7b8", "tenant-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_668 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .delete_group_stream_workspace("32b6e34b3d91647abb20e7b8", "tenant-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_669 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .update_group_stream_workspace("32b6e34b3d91647abb20e7b8", "tenant-name")
    .body(StreamsTenantUpdateRequest {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_670 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .download_group_stream_audit_logs("32b6e34b3d91647abb20e7b8", "tenant-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_671 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .list_group_stream_connections("32b6e34b3d91647abb20e7b8", "tenant-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_672 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .create_group_stream_connection("32b6e34b3d91647abb20e7b8", "tenant-name")
    .body(StreamsConnection::AwsKinesisDataStreams(StreamsAwsKinesisDataStreamsConnection {
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_673 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .get_group_stream_connection("32b6e34b3d91647abb20e7b8", "tenant-name", "connection-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_674 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .delete_group_stream_connection("32b6e34b3d91647abb20e7b8", "tenant-name", "connection-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_675 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .update_group_stream_connection("32b6e34b3d91647abb20e7b8", "tenant-name", "connection-name")
    .body(StreamsConnection::AwsKinesisDataStreams(StreamsAwsKinesisDataStreamsConnection {
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_676 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .list_group_stream_connection_failover_connections("32b6e34b3d91647abb20e7b8", "tenant-name", "connection-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_677 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .create_group_stream_connection_failover_connection("32b6e34b3d91647abb20e7b8", "tenant-name", "connection-name")
    .body(StreamsFailoverConnection::Cluster(StreamsFailoverClusterConnection {
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_678 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .get_group_stream_connection_failover_connection("32b6e34b3d91647abb20e7b8", "tenant-name", "connection-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_679 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .delete_group_stream_connection_failover_connection("32b6e34b3d91647abb20e7b8", "tenant-name", "connection-name", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_680 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .update_group_stream_connection_failover_connection("32b6e34b3d91647abb20e7b8", "tenant-name", "connection-name", "32b6e34b3d91647abb20e7b8")
    .body(StreamsFailoverConnection::Cluster(StreamsFailoverClusterConnection {
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_681 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .create_group_stream_processor("32b6e34b3d91647abb20e7b8", "tenant-name")
    .body(StreamsProcessor {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_682 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .get_group_stream_processor("32b6e34b3d91647abb20e7b8", "tenant-name", "processor-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_683 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .delete_group_stream_processor("32b6e34b3d91647abb20e7b8", "tenant-name", "processor-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_684 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .update_group_stream_processor("32b6e34b3d91647abb20e7b8", "tenant-name", "processor-name")
    .body(StreamsModifyStreamProcessor {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_685 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .start_group_stream_processor("32b6e34b3d91647abb20e7b8", "tenant-name", "processor-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_686 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .start_group_stream_processor_with("32b6e34b3d91647abb20e7b8", "tenant-name", "processor-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_687 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .stop_group_stream_processor("32b6e34b3d91647abb20e7b8", "tenant-name", "processor-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_688 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .get_group_stream_processors("32b6e34b3d91647abb20e7b8", "tenant-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_689 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .download_group_stream_operational_logs("32b6e34b3d91647abb20e7b8", "tenant-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_690 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .streams()
    .with_group_stream_sample_connections("32b6e34b3d91647abb20e7b8")
    .body(serde_json::json!({}))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_691 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .streams()
    .list_group_stream_workspaces("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_692 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .streams()
    .list_group_stream_active_vpc_peering_connections("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_693 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .streams()
    .list_group_stream_private_link_connections("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_694 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .streams()
    .list_group_stream_vpc_peering_connections("32b6e34b3d91647abb20e7b8")
    .requester_account_id("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_695 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .streams()
    .list_group_stream_connections("32b6e34b3d91647abb20e7b8", "tenant-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_696 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .streams()
    .list_group_stream_connection_failover_connections("32b6e34b3d91647abb20e7b8", "tenant-name", "connection-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_697 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .streams()
    .get_group_stream_processors("32b6e34b3d91647abb20e7b8", "tenant-name")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_698 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .teams()
    .list_group_teams("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_699 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .teams()
    .add_group_teams("32b6e34b3d91647abb20e7b8")
    .body(vec![TeamRole {
            role_names: vec!["role-names".into()],
            team_id: "32b6e34b3d91647abb20e7b8".into(),
            ..Default::default()
        }])
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_700 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .teams()
    .get_group_team("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_701 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .teams()
    .remove_group_team("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_702 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .teams()
    .update_group_team("32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .body(TeamRole {
        role_names: vec!["role-names".into()],
        team_id: "32b6e34b3d91647abb20e7b8".into(),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_703 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .teams()
    .list_org_teams("4888442a3354817a7320eb61")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_704 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .teams()
    .create_org_team("4888442a3354817a7320eb61")
    .body(Team {
        name: "name".into(),
        usernames: vec!["user@example.com".into()],
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_705 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .teams()
    .get_org_team_by_name("4888442a3354817a7320eb61", "team-name")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_706 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .teams()
    .get_org_team("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_707 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .teams()
    .delete_org_team("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_708 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .teams()
    .rename_org_team("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(TeamUpdate {
        name: Some("name".into()),
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_709 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .teams()
    .add_org_team_users("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(vec![AddUserToTeam {
            id: "32b6e34b3d91647abb20e7b8".into(),
            ..Default::default()
        }])
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_710 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
#[allow(deprecated)]
let response = client
    .teams()
    .remove_org_team_user_from_team("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_711 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .teams()
    .list_group_teams("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_712 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .teams()
    .list_org_teams("4888442a3354817a7320eb61")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_713 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .third_party_integrations()
    .list_group_integrations("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_714 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .third_party_integrations()
    .get_group_integration("32b6e34b3d91647abb20e7b8", GetGroupIntegrationIntegrationType::PagerDuty)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_715 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .third_party_integrations()
    .update_group_integration("32b6e34b3d91647abb20e7b8", GetGroupIntegrationIntegrationType::PagerDuty)
    .body(ThirdPartyIntegration::Datadog(Datadog {
            api_key: "****************************a23c".into(),
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_716 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .third_party_integrations()
    .create_group_integration("32b6e34b3d91647abb20e7b8", GetGroupIntegrationIntegrationType::PagerDuty)
    .body(ThirdPartyIntegration::Datadog(Datadog {
            api_key: "****************************a23c".into(),
            ..Default::default()
        }))
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_717 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .third_party_integrations()
    .delete_group_integration("32b6e34b3d91647abb20e7b8", GetGroupIntegrationIntegrationType::PagerDuty)
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_718 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .third_party_integrations()
    .list_group_integrations("32b6e34b3d91647abb20e7b8")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_719 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .third_party_integrations()
    .update_group_integration("32b6e34b3d91647abb20e7b8", GetGroupIntegrationIntegrationType::PagerDuty)
    .body(ThirdPartyIntegration::Datadog(Datadog {
            api_key: "****************************a23c".into(),
            ..Default::default()
        }))
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_720 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .third_party_integrations()
    .create_group_integration("32b6e34b3d91647abb20e7b8", GetGroupIntegrationIntegrationType::PagerDuty)
    .body(ThirdPartyIntegration::Datadog(Datadog {
            api_key: "****************************a23c".into(),
            ..Default::default()
        }))
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_721 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .x_509_authentication()
    .list_group_database_user_certs("32b6e34b3d91647abb20e7b8", "username")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_722 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .x_509_authentication()
    .create_group_database_user_cert("32b6e34b3d91647abb20e7b8", "username")
    .body(UserCert {
        ..Default::default()
    })
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_723 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
let response = client
    .x_509_authentication()
    .disable_group_user_security_customer_x509("32b6e34b3d91647abb20e7b8")
    .send()
    .await?;
let _ = response;
Ok(())
}
}

mod doc_724 {
use atlas_admin::types::*;
async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {
use atlas_admin::TryStreamExt;

let mut items = client
    .x_509_authentication()
    .list_group_database_user_certs("32b6e34b3d91647abb20e7b8", "username")
    .items_per_page(500)
    .items();
while let Some(item) = items.try_next().await? {
    let _ = item;
}
Ok(())
}
}

mod doc_725 {
use atlas_admin::types::*;
async fn run() -> Result<(), atlas_admin::Error> {
let client = atlas_admin::Client::builder()
    .bearer(std::env::var("ATLAS_ACCESS_TOKEN").unwrap_or_default())
    .build()?;
#[allow(deprecated)]
let response = client
    .organizations()
    .update_org_invite_by_id("4888442a3354817a7320eb61", "32b6e34b3d91647abb20e7b8")
    .body(OrganizationInvitationUpdateRequest {
        ..Default::default()
    })
    .send()
    .await?;
println!("HTTP {}", response.status());
Ok(())
}
}

