//! Sets the roles of a pending organization invitation (`updateOrgInviteById`)
//! with credentials from the environment, and prints the invitation as JSON.
//!
//! ```sh
//! export MONGODB_ATLAS_CLIENT_ID=… MONGODB_ATLAS_CLIENT_SECRET=…   # or the API key pair
//! cargo run -p atlas-tests --example update_org_invite -- ORG_ID INVITATION_ID ORG_MEMBER ORG_BILLING_ADMIN
//! ```
//!
//! On failure it prints the error (status, errorCode, detail) and exits 1;
//! wrong arguments exit 2.

use atlas_admin::Client;
use atlas_admin::types::{OrgRole, OrganizationInvitationUpdateRequest};
use std::process::ExitCode;

const USAGE: &str = "usage: update_org_invite ORG_ID INVITATION_ID ROLE...\n  roles: ORG_OWNER ORG_MEMBER ORG_GROUP_CREATOR ORG_BILLING_ADMIN ORG_BILLING_READ_ONLY ORG_STREAM_PROCESSING_ADMIN ORG_READ_ONLY";

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [org_id, invitation_id, roles @ ..] = args.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if roles.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let roles: Vec<OrgRole> = roles.iter().map(|r| OrgRole::from(r.as_str())).collect();
    if let Some(OrgRole::Unknown(r)) = roles.iter().find(|r| matches!(r, OrgRole::Unknown(_))) {
        eprintln!("unknown role {r:?}\n{USAGE}");
        return ExitCode::from(2);
    }

    let client = match Client::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    #[allow(deprecated)] // Atlas deprecates invitation management; the call still works.
    let result = client
        .organizations()
        .update_org_invite_by_id(
            org_id,
            invitation_id,
            OrganizationInvitationUpdateRequest {
                roles: Some(roles),
                ..Default::default()
            },
        )
        .send()
        .await;
    match result {
        Ok(invitation) => match serde_json::to_string_pretty(&*invitation) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("error: {e}");
            if let Some(status) = e.status() {
                eprintln!("status: {status}");
            }
            if let Some(api) = e.api_error() {
                eprintln!("errorCode: {}", api.error_code);
                if let Some(detail) = &api.detail {
                    eprintln!("detail: {detail}");
                }
            }
            ExitCode::FAILURE
        }
    }
}
