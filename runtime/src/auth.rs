//! Authentication: HTTP Digest with an API key pair (RFC 7616, through the
//! `digest_auth` crate), OAuth2 client credentials for service accounts,
//! and static bearer tokens. Secrets live in [`Secret`], whose `Debug`
//! never shows them.

use crate::error::Error;
use reqwest::header::{HeaderMap, HeaderValue, WWW_AUTHENTICATE};
use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The token URL of Atlas service accounts (from the spec's security scheme).
pub const DEFAULT_TOKEN_URL: &str = "https://cloud.mongodb.com/api/oauth/token";

/// Tokens are refreshed this long before they expire.
const EXPIRY_MARGIN: Duration = Duration::from_secs(60);

/// A secret string: usable, never printed.
#[derive(Clone)]
pub(crate) struct Secret(String);

impl Secret {
    pub(crate) fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// How requests authenticate.
#[derive(Clone, Debug)]
pub(crate) enum Auth {
    None,
    Bearer(Secret),
    Digest(Arc<DigestAuth>),
    ServiceAccount(Arc<ServiceAccount>),
}

/// A header value that is marked sensitive (hyper then never logs it).
pub(crate) fn sensitive(value: &str) -> Result<HeaderValue, Error> {
    let mut v = HeaderValue::from_str(value)
        .map_err(|_| Error::Config("a credential is not a valid header value".into()))?;
    v.set_sensitive(true);
    Ok(v)
}

/// What authorising one attempt of one request depends on.
pub(crate) struct Signing<'r> {
    pub http: &'r reqwest::Client,
    pub operation: &'static str,
    pub method: &'r str,
    /// The request target as sent (path and query): what Digest signs.
    pub target: &'r str,
    pub body: Option<&'r [u8]>,
}

/// The authentication handshake of one request across its attempts: one
/// extra attempt may answer a challenge (a first Digest challenge, a stale
/// nonce, a refused token); it does not count as a retry.
#[derive(Default)]
pub(crate) struct Handshake {
    used: bool,
    /// The last attempt carried a Digest answer.
    sent_digest: bool,
    /// The token the last attempt carried.
    sent_token: Option<Secret>,
    /// A token the API refused: the next attempt needs another.
    rejected_token: Option<Secret>,
}

impl Handshake {
    /// After a 401: whether one more attempt can succeed (asked once).
    pub(crate) fn answer(&mut self, auth: &Auth, headers: &HeaderMap) -> bool {
        if self.used || !auth.challenged(headers, self) {
            return false;
        }
        self.used = true;
        true
    }
}

/// Credentials: how an attempt is authorised, and what a 401 means.
pub(crate) trait Authorize {
    /// The `Authorization` header for this attempt, if any.
    fn authorization(
        &self,
        signing: &Signing<'_>,
        handshake: &mut Handshake,
    ) -> impl Future<Output = Result<Option<HeaderValue>, Error>> + Send;

    /// After a 401 with these headers: whether another attempt can succeed.
    fn challenged(&self, headers: &HeaderMap, handshake: &mut Handshake) -> bool;
}

impl Authorize for Secret {
    async fn authorization(
        &self,
        _: &Signing<'_>,
        _: &mut Handshake,
    ) -> Result<Option<HeaderValue>, Error> {
        sensitive(&format!("Bearer {}", self.expose())).map(Some)
    }

    fn challenged(&self, _: &HeaderMap, _: &mut Handshake) -> bool {
        false
    }
}

impl Authorize for DigestAuth {
    async fn authorization(
        &self,
        s: &Signing<'_>,
        handshake: &mut Handshake,
    ) -> Result<Option<HeaderValue>, Error> {
        let value = self.answer(s.method, s.target, s.body)?;
        handshake.sent_digest = value.is_some();
        Ok(value)
    }

    fn challenged(&self, headers: &HeaderMap, handshake: &mut Handshake) -> bool {
        self.take_challenge(headers, handshake.sent_digest)
    }
}

impl Authorize for ServiceAccount {
    async fn authorization(
        &self,
        s: &Signing<'_>,
        handshake: &mut Handshake,
    ) -> Result<Option<HeaderValue>, Error> {
        let rejected = handshake.rejected_token.as_ref().map(Secret::expose);
        let token = self.bearer(s.http, s.operation, rejected).await?;
        let value = sensitive(&format!("Bearer {}", token.expose()))?;
        handshake.sent_token = Some(token);
        Ok(Some(value))
    }

    fn challenged(&self, _: &HeaderMap, handshake: &mut Handshake) -> bool {
        handshake.rejected_token = handshake.sent_token.take();
        true
    }
}

impl Authorize for Auth {
    async fn authorization(
        &self,
        s: &Signing<'_>,
        handshake: &mut Handshake,
    ) -> Result<Option<HeaderValue>, Error> {
        match self {
            Auth::None => Ok(None),
            Auth::Bearer(token) => token.authorization(s, handshake).await,
            Auth::Digest(digest) => digest.authorization(s, handshake).await,
            Auth::ServiceAccount(account) => account.authorization(s, handshake).await,
        }
    }

    fn challenged(&self, headers: &HeaderMap, handshake: &mut Handshake) -> bool {
        match self {
            Auth::None => false,
            Auth::Bearer(token) => token.challenged(headers, handshake),
            Auth::Digest(digest) => digest.challenged(headers, handshake),
            Auth::ServiceAccount(account) => account.challenged(headers, handshake),
        }
    }
}

/// Digest state shared by all requests of a client: the last challenge, so
/// that later requests reuse its nonce (with a growing nonce count) instead
/// of paying a 401 round trip each.
pub(crate) struct DigestAuth {
    username: String,
    password: Secret,
    challenge: Mutex<Option<digest_auth::WwwAuthenticateHeader>>,
    /// A fixed client nonce, for the RFC's worked examples (tests only).
    fixed_cnonce: Option<String>,
}

impl fmt::Debug for DigestAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DigestAuth")
            .field("username", &self.username)
            .field("password", &self.password)
            .finish_non_exhaustive()
    }
}

impl DigestAuth {
    pub(crate) fn new(public_key: impl Into<String>, private_key: impl Into<String>) -> Self {
        Self {
            username: public_key.into(),
            password: Secret::new(private_key),
            challenge: Mutex::new(None),
            fixed_cnonce: None,
        }
    }

    #[cfg(test)]
    fn with_cnonce(mut self, cnonce: &str) -> Self {
        self.fixed_cnonce = Some(cnonce.to_owned());
        self
    }

    /// The `Authorization` value for a request, if a challenge is known.
    pub(crate) fn answer(
        &self,
        method: &str,
        uri: &str,
        body: Option<&[u8]>,
    ) -> Result<Option<HeaderValue>, Error> {
        let mut guard = self
            .challenge
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        let Some(challenge) = guard.as_mut() else {
            return Ok(None);
        };
        let mut context = digest_auth::AuthContext::new_with_method(
            self.username.as_str(),
            self.password.expose(),
            uri,
            body,
            digest_auth::HttpMethod::from(method),
        );
        if let Some(cnonce) = &self.fixed_cnonce {
            context.set_custom_cnonce(cnonce.as_str());
        }
        let answer = challenge
            .respond(&context)
            .map_err(|e| Error::Config(format!("digest challenge cannot be answered: {e}")))?;
        sensitive(&answer.to_header_string()).map(Some)
    }

    /// Takes the challenge of a 401. Returns whether a retry can succeed:
    /// a first challenge, or a `stale=true` one (the nonce expired, the
    /// credentials were fine). A non-stale challenge after we already
    /// answered one means the credentials were refused.
    pub(crate) fn take_challenge(&self, headers: &HeaderMap, had_challenge: bool) -> bool {
        let Some(parsed) = headers
            .get_all(WWW_AUTHENTICATE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.trim_start().to_ascii_lowercase().starts_with("digest"))
            .and_then(|v| digest_auth::parse(v).ok())
        else {
            return false;
        };
        // Only qop=auth is ever answered: offered "auth, auth-int", the
        // digest crate would announce auth-int and, without a body to
        // hash, compute auth, which a server checking auth-int refuses.
        let mut parsed = parsed;
        if parsed
            .qop
            .as_ref()
            .is_some_and(|q| q.contains(&digest_auth::Qop::AUTH))
        {
            parsed.qop = Some(vec![digest_auth::Qop::AUTH]);
        }
        let retry = !had_challenge || parsed.stale;
        *self
            .challenge
            .lock()
            .unwrap_or_else(|poison| poison.into_inner()) = Some(parsed);
        retry
    }
}

/// A service account: client credentials exchanged for bearer tokens,
/// cached until shortly before they expire; concurrent callers share one
/// refresh.
pub(crate) struct ServiceAccount {
    client_id: String,
    client_secret: Secret,
    token_url: String,
    token: tokio::sync::Mutex<Option<Token>>,
    /// How many token requests were made (observable in tests and traces).
    fetches: std::sync::atomic::AtomicU64,
}

#[derive(Clone)]
struct Token {
    value: Secret,
    refresh_at: Instant,
}

impl fmt::Debug for ServiceAccount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceAccount")
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("token_url", &self.token_url)
            .finish_non_exhaustive()
    }
}

#[derive(serde::Deserialize)]
struct TokenResponse {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

impl ServiceAccount {
    pub(crate) fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        token_url: impl Into<String>,
    ) -> Self {
        Self {
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret),
            token_url: token_url.into(),
            token: tokio::sync::Mutex::new(None),
            fetches: std::sync::atomic::AtomicU64::new(0),
        }
    }

    pub(crate) fn token_requests(&self) -> u64 {
        self.fetches.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// A valid token, fetching one if none is cached or it is about to
    /// expire. `rejected` is a token the API just refused with a 401: it is
    /// replaced unless another caller already did so.
    pub(crate) async fn bearer(
        &self,
        http: &reqwest::Client,
        operation: &'static str,
        rejected: Option<&str>,
    ) -> Result<Secret, Error> {
        let mut slot = self.token.lock().await;
        let usable = slot.as_ref().is_some_and(|t| {
            Instant::now() < t.refresh_at && rejected.is_none_or(|r| r != t.value.expose())
        });
        if !usable {
            *slot = Some(self.fetch(http, operation).await?);
        }
        match slot.as_ref() {
            Some(token) => Ok(token.value.clone()),
            None => Err(Error::Auth {
                operation,
                message: "no token".into(),
            }),
        }
    }

    async fn fetch(&self, http: &reqwest::Client, operation: &'static str) -> Result<Token, Error> {
        self.fetches
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let started = Instant::now();
        let response = http
            .post(&self.token_url)
            .basic_auth(&self.client_id, Some(self.client_secret.expose()))
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .header(reqwest::header::ACCEPT, "application/json")
            .body("grant_type=client_credentials")
            .send()
            .await
            .map_err(|source| Error::from_reqwest(operation, source))?;
        let status = response.status().as_u16();
        let body = response
            .bytes()
            .await
            .map_err(|source| Error::from_reqwest(operation, source))?;
        if !(200..300).contains(&status) {
            // The token endpoint's body may echo what was sent: keep only
            // the status and a short, secret-free description.
            return Err(Error::Auth {
                operation,
                message: format!("the token endpoint answered HTTP {status}"),
            });
        }
        let parsed: TokenResponse = serde_json::from_slice(&body).map_err(|e| Error::Auth {
            operation,
            message: format!("the token endpoint's answer is not a token: {e}"),
        })?;
        let lifetime = Duration::from_secs(parsed.expires_in.unwrap_or(3600));
        Ok(Token {
            value: Secret::new(parsed.access_token),
            refresh_at: started + lifetime.saturating_sub(EXPIRY_MARGIN),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7616 section 3.9.1, through this crate's Digest code: the
    /// challenge as the server sends it (qop "auth, auth-int"), the
    /// response for a GET; MD5 and SHA-256.
    #[test]
    fn rfc_7616_worked_examples_through_our_digest() {
        let cases = [
            ("MD5", "8ca523f5e9506fed4657c9700eebdbec"),
            (
                "SHA-256",
                "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
            ),
        ];
        for (algorithm, expected) in cases {
            let challenge = format!(
                r#"Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm={algorithm}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS""#
            );
            let mut headers = HeaderMap::new();
            headers.insert(WWW_AUTHENTICATE, HeaderValue::from_str(&challenge).unwrap());
            let digest = DigestAuth::new("Mufasa", "Circle of Life")
                .with_cnonce("f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
            assert!(
                digest.take_challenge(&headers, false),
                "a first challenge is answered"
            );
            let header = digest
                .answer("GET", "/dir/index.html", None)
                .unwrap()
                .unwrap();
            let text = header.to_str().unwrap();
            assert!(
                text.contains(&format!(r#"response="{expected}""#)),
                "{algorithm}: {text}"
            );
            assert!(
                text.contains("qop=auth,") && !text.contains("auth-int"),
                "{text}"
            );
            assert!(
                text.contains("nc=00000001") && text.contains(r#"username="Mufasa""#),
                "{text}"
            );
            assert!(header.is_sensitive());
        }
    }

    /// The digest crate on its own gives the same values (a check of the
    /// vectors above).
    #[test]
    fn rfc_7616_worked_examples() {
        let cases = [
            ("MD5", "8ca523f5e9506fed4657c9700eebdbec"),
            (
                "SHA-256",
                "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
            ),
        ];
        for (algorithm, expected) in cases {
            let challenge = format!(
                r#"Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm={algorithm}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS""#
            );
            let mut prompt = digest_auth::parse(&challenge).unwrap();
            // The RFC's example uses qop=auth (no body).
            prompt.qop = Some(vec![digest_auth::Qop::AUTH]);
            let mut context =
                digest_auth::AuthContext::new("Mufasa", "Circle of Life", "/dir/index.html");
            context.set_custom_cnonce("f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
            let answer = prompt.respond(&context).unwrap();
            assert_eq!(answer.response, expected, "{algorithm}");
            assert_eq!(answer.nc, 1);
        }
    }

    #[test]
    fn nonce_is_reused_with_a_growing_count_and_stale_resets() {
        let digest = DigestAuth::new("public", "private-key");
        assert!(digest.answer("GET", "/a", None).unwrap().is_none());
        let mut headers = HeaderMap::new();
        headers.insert(
            WWW_AUTHENTICATE,
            HeaderValue::from_static(r#"Digest realm="MMS Public API", domain="", nonce="abc", algorithm=MD5, qop="auth", stale=false"#),
        );
        assert!(
            digest.take_challenge(&headers, false),
            "first challenge: retry"
        );
        let first = digest.answer("GET", "/a", None).unwrap().unwrap();
        let second = digest.answer("GET", "/b", None).unwrap().unwrap();
        assert!(first.to_str().unwrap().contains("nc=00000001"));
        assert!(second.to_str().unwrap().contains("nc=00000002"));
        assert!(second.is_sensitive());
        assert!(
            !digest.take_challenge(&headers, true),
            "refused credentials: no retry"
        );
        headers.insert(
            WWW_AUTHENTICATE,
            HeaderValue::from_static(r#"Digest realm="MMS Public API", nonce="def", algorithm=MD5, qop="auth", stale=true"#),
        );
        assert!(digest.take_challenge(&headers, true), "stale nonce: retry");
        let third = digest.answer("GET", "/c", None).unwrap().unwrap();
        assert!(third.to_str().unwrap().contains(r#"nonce="def""#));
        assert!(third.to_str().unwrap().contains("nc=00000001"));
        assert!(!format!("{digest:?}").contains("private-key"));
    }
}
