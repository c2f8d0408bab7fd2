//! Digest against a real server nobody here wrote: Apache httpd with
//! mod_auth_digest (Debian's `apache2`), started on 127.0.0.1 by the test.
//! The seed call (`updateOrgInviteById`, a PATCH with a JSON body) goes
//! through a CGI script that records what it received.
//!
//! `.ci/run` installs apache2. Without it the tests fail, unless
//! `ATLAS_SKIP_APACHE` is set (CI never sets it).

#![allow(deprecated)] // updateOrgInviteById is deprecated in the spec.

use atlas_admin::types::{OrgRole, OrganizationInvitationUpdateRequest};
use atlas_admin::{Client, RetryPolicy};
use md5::{Digest, Md5};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const APACHE: &str = "/usr/sbin/apache2";
const MODULES: &str = "/usr/lib/apache2/modules";
const REALM: &str = "MMS Public API";
const PUBLIC_KEY: &str = "abcdefgh";
const PRIVATE_KEY: &str = "a1b2c3d4-0000-4000-8000-s3cr3t000000";
const ORG: &str = "32b6e34b3d91647abb20e7b8";
const INVITATION: &str = "5f1b2c3d4e5f6a7b8c9d0e1f";

struct Apache {
    port: u16,
    dir: PathBuf,
}

impl Drop for Apache {
    fn drop(&mut self) {
        // `-k stop` signals the daemon through its pid file and returns.
        let _ = Command::new(APACHE)
            .args([
                "-f",
                &self.dir.join("httpd.conf").display().to_string(),
                "-k",
                "stop",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while TcpStream::connect(("127.0.0.1", self.port)).is_ok() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Apache {
    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Access log lines: `METHOD URI PROTOCOL STATUS`.
    fn access_log(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.join("access.log"))
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// The statuses Apache logged, once it has logged `n` requests (it
    /// writes each line just after the response). Waits without blocking
    /// the runtime, whose connection tasks may still be finishing.
    async fn statuses(&self, n: usize) -> Vec<u16> {
        let deadline = Instant::now() + Duration::from_secs(5);
        while self.access_log().len() < n && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.access_log()
            .iter()
            .filter_map(|l| l.rsplit(' ').next()?.parse().ok())
            .collect()
    }

    fn file(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.join(name)).unwrap_or_default()
    }
}

fn apache_available() -> bool {
    atlas_tests::prerequisite(
        Path::new(APACHE).exists(),
        &format!("{APACHE} (Debian's apache2)"),
        "ATLAS_SKIP_APACHE",
    )
}

fn start(nonce_lifetime_secs: u32) -> Apache {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = std::env::temp_dir().join(format!("atlas-apache-{}-{port}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    set_mode(&dir, 0o777);

    let ha1 = Md5::digest(format!("{PUBLIC_KEY}:{REALM}:{PRIVATE_KEY}"));
    let ha1: String = ha1.iter().map(|b| format!("{b:02x}")).collect();
    std::fs::write(
        dir.join("htdigest"),
        format!("{PUBLIC_KEY}:{REALM}:{ha1}\n"),
    )
    .unwrap();
    set_mode(&dir.join("htdigest"), 0o644);

    let invitation = r#"{"id":"5f1b2c3d4e5f6a7b8c9d0e1f","orgId":"32b6e34b3d91647abb20e7b8","orgName":"o","roles":["ORG_OWNER"],"username":"hello@example.com"}"#;
    let script = format!(
        "#!/bin/sh\ncat > '{d}/last-body.json'\necho \"$REQUEST_METHOD $REQUEST_URI $CONTENT_TYPE $HTTP_ACCEPT\" > '{d}/last-request.txt'\nprintf 'Content-Type: application/vnd.atlas.2023-01-01+json\\r\\n\\r\\n'\nprintf '%s' '{invitation}'\n",
        d = dir.display()
    );
    std::fs::write(dir.join("atlas.cgi"), script).unwrap();
    set_mode(&dir.join("atlas.cgi"), 0o755);

    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.starts_with(b"0"))
        .unwrap_or(false);
    let user = if root {
        "User nobody\nGroup nogroup\n"
    } else {
        ""
    };
    let d = dir.display();
    let conf = format!(
        r#"ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile {d}/httpd.pid
DefaultRuntimeDir {d}
Mutex file:{d} default
ErrorLog {d}/error.log
LogFormat "%r %>s" plain
CustomLog {d}/access.log plain
{user}LoadModule mpm_prefork_module {MODULES}/mod_mpm_prefork.so
LoadModule authn_core_module {MODULES}/mod_authn_core.so
LoadModule authn_file_module {MODULES}/mod_authn_file.so
LoadModule authz_core_module {MODULES}/mod_authz_core.so
LoadModule authz_user_module {MODULES}/mod_authz_user.so
LoadModule auth_digest_module {MODULES}/mod_auth_digest.so
LoadModule alias_module {MODULES}/mod_alias.so
LoadModule cgi_module {MODULES}/mod_cgi.so
StartServers 1
MinSpareServers 1
MaxSpareServers 2
ScriptAliasMatch "^/api/atlas/v2/(.*)$" "{d}/atlas.cgi"
<Directory "{d}">
    Options +ExecCGI
</Directory>
<Location "/api">
    AuthType Digest
    AuthName "{REALM}"
    AuthDigestProvider file
    AuthUserFile {d}/htdigest
    AuthDigestNonceLifetime {nonce_lifetime_secs}
    Require valid-user
</Location>
"#
    );
    std::fs::write(dir.join("httpd.conf"), conf).unwrap();
    // Started as a daemon, detached from the test's stdio.
    let status = Command::new(APACHE)
        .args([
            "-f",
            &dir.join("httpd.conf").display().to_string(),
            "-k",
            "start",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("start apache2");
    let apache = Apache { port, dir };
    assert!(
        status.success(),
        "apache2 did not start: {}",
        apache.file("error.log")
    );
    let deadline = Instant::now() + Duration::from_secs(15);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "apache2 did not listen: {}",
            apache.file("error.log")
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    apache
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn digest_client(apache: &Apache, private_key: &str) -> Client {
    Client::builder()
        .base_url(apache.url())
        .digest(PUBLIC_KEY, private_key)
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

fn body() -> OrganizationInvitationUpdateRequest {
    OrganizationInvitationUpdateRequest {
        roles: Some(vec![OrgRole::OrgOwner, OrgRole::OrgMember]),
        ..Default::default()
    }
}

#[tokio::test]
async fn digest_with_a_json_body_and_one_challenge_for_many_requests() {
    if !apache_available() {
        return;
    }
    let apache = start(300);
    let client = digest_client(&apache, PRIVATE_KEY);
    for _ in 0..3 {
        let invitation = client
            .organizations()
            .update_org_invite_by_id(ORG, INVITATION, body())
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}\n{}", apache.file("error.log")));
        assert_eq!(invitation.roles.as_deref(), Some(&[OrgRole::OrgOwner][..]));
    }
    // One 401 (the first challenge), then every request reuses the nonce.
    assert_eq!(
        apache.statuses(4).await,
        vec![401, 200, 200, 200],
        "{:?}",
        apache.access_log()
    );
    let request = apache.file("last-request.txt");
    assert!(
        request.starts_with(&format!(
            "PATCH /api/atlas/v2/orgs/{ORG}/invites/{INVITATION}"
        )),
        "{request}"
    );
    assert!(
        request.contains("application/vnd.atlas.2023-01-01+json"),
        "{request}"
    );
    let sent: serde_json::Value = serde_json::from_str(&apache.file("last-body.json")).unwrap();
    assert_eq!(
        sent,
        serde_json::json!({"roles": ["ORG_OWNER", "ORG_MEMBER"]})
    );
}

#[tokio::test]
async fn a_stale_nonce_is_renewed_and_wrong_keys_are_refused() {
    if !apache_available() {
        return;
    }
    let apache = start(1);
    let client = digest_client(&apache, PRIVATE_KEY);
    let call = || {
        client
            .organizations()
            .update_org_invite_by_id(ORG, INVITATION, body())
            .send()
    };
    call()
        .await
        .unwrap_or_else(|e| panic!("{e}\n{}", apache.file("error.log")));
    tokio::time::sleep(Duration::from_millis(2500)).await;
    call()
        .await
        .expect("a stale nonce is answered with the new challenge");
    assert_eq!(
        apache.statuses(4).await,
        vec![401, 200, 401, 200],
        "{:?}",
        apache.access_log()
    );

    let wrong = digest_client(&apache, "not-the-key");
    let err = wrong
        .organizations()
        .update_org_invite_by_id(ORG, INVITATION, body())
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(401), "{err}");
    assert!(!format!("{err} {err:?} {wrong:?}").contains("not-the-key"));
}
