//! Building a client: base URL, credentials, timeouts, retries, and
//! `from_env` with the variables the Atlas CLI and Terraform provider use.

use crate::auth::{Auth, DigestAuth, Secret, ServiceAccount};
use crate::error::Error;
use crate::retry::RetryPolicy;
use crate::transport::Transport;
use reqwest::header::{HeaderMap, HeaderValue, USER_AGENT};
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

pub const DEFAULT_BASE_URL: &str = "https://cloud.mongodb.com";

pub const ENV_PUBLIC_KEY: &str = "MONGODB_ATLAS_PUBLIC_API_KEY";
pub const ENV_PRIVATE_KEY: &str = "MONGODB_ATLAS_PRIVATE_API_KEY";
pub const ENV_CLIENT_ID: &str = "MONGODB_ATLAS_CLIENT_ID";
pub const ENV_CLIENT_SECRET: &str = "MONGODB_ATLAS_CLIENT_SECRET";
pub const ENV_BASE_URL: &str = "MONGODB_ATLAS_BASE_URL";

/// The environment variables [`ClientBuilder::from_env_named`] reads: a
/// service account pair, an API key pair (Digest) and the base URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnvNames<'a> {
    pub client_id: &'a str,
    pub client_secret: &'a str,
    pub public_key: &'a str,
    pub private_key: &'a str,
    pub base_url: &'a str,
}

impl EnvNames<'static> {
    /// The Atlas CLI's and the Terraform provider's (`MONGODB_ATLAS_…`).
    pub const ATLAS: EnvNames<'static> = EnvNames {
        client_id: ENV_CLIENT_ID,
        client_secret: ENV_CLIENT_SECRET,
        public_key: ENV_PUBLIC_KEY,
        private_key: ENV_PRIVATE_KEY,
        base_url: ENV_BASE_URL,
    };
}

#[derive(Clone)]
enum Credentials {
    None,
    Bearer(Secret),
    Digest {
        public_key: String,
        private_key: Secret,
    },
    ServiceAccount {
        client_id: String,
        client_secret: Secret,
    },
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::None => f.write_str("None"),
            Credentials::Bearer(_) => f.write_str("Bearer(<redacted>)"),
            Credentials::Digest { public_key, .. } => {
                write!(
                    f,
                    "Digest {{ public_key: {public_key:?}, private_key: <redacted> }}"
                )
            }
            Credentials::ServiceAccount { client_id, .. } => {
                write!(
                    f,
                    "ServiceAccount {{ client_id: {client_id:?}, client_secret: <redacted> }}"
                )
            }
        }
    }
}

/// Builds a client of type `C` (the generated crate's `Client`).
pub struct ClientBuilder<C> {
    base_url: String,
    credentials: Credentials,
    token_url: Option<String>,
    http: Option<reqwest::Client>,
    allow_http: bool,
    timeout: Duration,
    connect_timeout: Duration,
    retry: RetryPolicy,
    user_agent: String,
    #[cfg(feature = "mock")]
    mock: Option<crate::mock::Mock>,
    _client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .field("token_url", &self.token_url)
            .field("allow_http", &self.allow_http)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl<C: From<Transport>> Default for ClientBuilder<C> {
    fn default() -> Self {
        Self::new()
    }
}

impl<C: From<Transport>> ClientBuilder<C> {
    pub fn new() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            credentials: Credentials::None,
            token_url: None,
            http: None,
            allow_http: false,
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
            user_agent: concat!("atlas-admin-runtime/", env!("CARGO_PKG_VERSION")).to_owned(),
            #[cfg(feature = "mock")]
            mock: None,
            _client: PhantomData,
        }
    }

    /// The Atlas base URL; default `https://cloud.mongodb.com`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Authenticates with an API key pair over HTTP Digest.
    pub fn digest(mut self, public_key: impl Into<String>, private_key: impl Into<String>) -> Self {
        self.credentials = Credentials::Digest {
            public_key: public_key.into(),
            private_key: Secret::new(private_key),
        };
        self
    }

    /// Authenticates as a service account (OAuth2 client credentials).
    pub fn service_account(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        self.credentials = Credentials::ServiceAccount {
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret),
        };
        self
    }

    /// The OAuth2 token URL; default `<base URL>/api/oauth/token`
    /// (`https://cloud.mongodb.com/api/oauth/token`).
    pub fn token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = Some(url.into());
        self
    }

    /// Authenticates with a static OAuth2 bearer token.
    pub fn bearer(mut self, token: impl Into<String>) -> Self {
        self.credentials = Credentials::Bearer(Secret::new(token));
        self
    }

    /// Permits plain `http://` URLs that are not loopback addresses.
    /// Credentials then cross the network unencrypted.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_http = allow;
        self
    }

    /// Time allowed for one attempt, from sending to the whole body (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Time allowed to connect (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How failed requests are retried (default: [`RetryPolicy::default`]).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Uses your own `reqwest::Client` (the timeouts and User-Agent set here
    /// then do not apply; credentials and retries still do).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// The User-Agent header; the generated crate sets its name and version.
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = agent.into();
        self
    }

    /// Answers every request from this mock, in process: nothing reaches
    /// the network (feature `mock`).
    #[cfg(feature = "mock")]
    pub fn mock(mut self, mock: &crate::mock::Mock) -> Self {
        self.mock = Some(mock.clone());
        self
    }

    /// Reads credentials and base URL from the environment, as the Atlas CLI
    /// and the Terraform provider do: `MONGODB_ATLAS_CLIENT_ID` and
    /// `MONGODB_ATLAS_CLIENT_SECRET` (service account), or
    /// `MONGODB_ATLAS_PUBLIC_API_KEY` and `MONGODB_ATLAS_PRIVATE_API_KEY`
    /// (Digest); `MONGODB_ATLAS_BASE_URL` overrides the base URL. A pair
    /// with one half missing, or no pair at all, is an error.
    pub fn from_env(self) -> Result<Self, Error> {
        self.from_env_named(&EnvNames::ATLAS)
    }

    /// [`from_env`](Self::from_env) reading variables through `get`.
    pub fn from_env_with(self, get: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        self.from_env_named_with(&EnvNames::ATLAS, get)
    }

    /// [`from_env`](Self::from_env) with other variable names.
    pub fn from_env_named(self, names: &EnvNames<'_>) -> Result<Self, Error> {
        self.from_env_named_with(names, |name| std::env::var(name).ok())
    }

    /// [`from_env_named`](Self::from_env_named) reading variables through `get`.
    pub fn from_env_named_with(
        mut self,
        names: &EnvNames<'_>,
        get: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, Error> {
        let var = |name: &str| get(name).filter(|v| !v.trim().is_empty());
        let pair = |a: &str, b: &str| -> Result<Option<(String, String)>, Error> {
            match (var(a), var(b)) {
                (Some(x), Some(y)) => Ok(Some((x, y))),
                (None, None) => Ok(None),
                (Some(_), None) => Err(Error::Config(format!("{a} is set but {b} is not"))),
                (None, Some(_)) => Err(Error::Config(format!("{b} is set but {a} is not"))),
            }
        };
        let service = pair(names.client_id, names.client_secret)?;
        let digest = pair(names.public_key, names.private_key)?;
        self = match (service, digest) {
            (Some((id, secret)), _) => self.service_account(id, secret),
            (None, Some((public, private))) => self.digest(public, private),
            (None, None) => {
                return Err(Error::Config(format!(
                    "no credentials: set {} and {}, or {} and {}",
                    names.client_id, names.client_secret, names.public_key, names.private_key
                )));
            }
        };
        if let Some(url) = var(names.base_url) {
            self.base_url = url;
        }
        Ok(self)
    }

    pub fn build(self) -> Result<C, Error> {
        let base = checked_url("base URL", &self.base_url, self.allow_http)?;
        let timeout = self.http.is_none().then_some(self.timeout);
        let http = match self.http {
            Some(h) => h,
            None => {
                tls_provider()?;
                let mut headers = HeaderMap::new();
                let agent = HeaderValue::from_str(&self.user_agent)
                    .map_err(|_| Error::Config("user agent is not a valid header value".into()))?;
                headers.insert(USER_AGENT, agent);
                // `timeout` is set per request by the transport: on the
                // whole answer, or on the headers and then each read of a
                // streamed download.
                let builder = reqwest::Client::builder()
                    .default_headers(headers)
                    .connect_timeout(self.connect_timeout);
                #[cfg(feature = "webpki-roots")]
                let builder = builder.tls_backend_preconfigured(bundled_roots_tls()?);
                builder
                    .build()
                    .map_err(|e| Error::Config(format!("HTTP client: {e}")))?
            }
        };
        let auth = match self.credentials {
            Credentials::None => Auth::None,
            Credentials::Bearer(token) => Auth::Bearer(token),
            Credentials::Digest {
                public_key,
                private_key,
            } => Auth::Digest(Arc::new(DigestAuth::new(public_key, private_key.expose()))),
            Credentials::ServiceAccount {
                client_id,
                client_secret,
            } => {
                let token_url = match self.token_url {
                    Some(u) => u,
                    None => format!("{}/api/oauth/token", base.as_str().trim_end_matches('/')),
                };
                checked_url("token URL", &token_url, self.allow_http)?;
                Auth::ServiceAccount(Arc::new(ServiceAccount::new(
                    client_id,
                    client_secret.expose(),
                    token_url,
                )))
            }
        };
        if self.retry.max_attempts == 0 {
            return Err(Error::Config(
                "retry policy: max_attempts must be at least 1".into(),
            ));
        }
        Ok(C::from(Transport {
            http,
            timeout,
            base,
            auth,
            retry: self.retry,
            #[cfg(feature = "mock")]
            mock: self.mock,
        }))
    }
}

/// Parses a URL that will carry credentials: https, or http on loopback
/// (or anywhere when explicitly allowed).
fn checked_url(what: &str, raw: &str, allow_http: bool) -> Result<url::Url, Error> {
    let url = url::Url::parse(raw).map_err(|e| Error::Config(format!("{what} {raw:?}: {e}")))?;
    match url.scheme() {
        "https" => Ok(url),
        "http" if allow_http || is_loopback(&url) => Ok(url),
        "http" => Err(Error::Config(format!(
            "{what} {url} is plain http to a non-loopback host; use https or allow_insecure_http(true)"
        ))),
        other => Err(Error::Config(format!(
            "{what} scheme {other:?} is not http(s)"
        ))),
    }
}

fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Makes sure rustls has a crypto provider before the HTTP client is
/// built (reqwest would panic without one). With `aws-lc-rs`, reqwest's
/// own default; with `ring` alone, ring, installed as the process default
/// unless the program installed one; with neither, the program's.
fn tls_provider() -> Result<(), Error> {
    #[cfg(all(feature = "ring", not(feature = "aws-lc-rs")))]
    {
        // Chosen by the `ring` feature, knowing that it has no
        // post-quantum key exchange (why rustls deprecates it).
        #[allow(deprecated)]
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
    if cfg!(feature = "aws-lc-rs") || rustls::crypto::CryptoProvider::get_default().is_some() {
        return Ok(());
    }
    Err(Error::Config(
        "no TLS crypto provider: turn on the `aws-lc-rs` (default) or `ring` feature, or install one with rustls::crypto::CryptoProvider::install_default".into(),
    ))
}

/// TLS that trusts Mozilla's root certificates (`webpki-roots`) instead of
/// the platform's store, with the provider reqwest would use.
#[cfg(feature = "webpki-roots")]
fn bundled_roots_tls() -> Result<rustls::ClientConfig, Error> {
    let provider = match rustls::crypto::CryptoProvider::get_default() {
        Some(p) => p.clone(),
        #[cfg(feature = "aws-lc-rs")]
        None => std::sync::Arc::new(rustls::crypto::aws_lc_rs::default_provider()),
        #[cfg(not(feature = "aws-lc-rs"))]
        None => return Err(Error::Config("no TLS crypto provider".into())),
    };
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Config(format!("TLS: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct C(Transport);
    impl From<Transport> for C {
        fn from(t: Transport) -> Self {
            C(t)
        }
    }

    #[test]
    fn plain_http_only_on_loopback_or_when_allowed() {
        for ok in [
            "https://cloud.mongodb.com",
            "http://127.0.0.1:8080",
            "http://127.9.9.9",
            "http://localhost:1",
            "http://[::1]:9",
        ] {
            assert!(
                ClientBuilder::<C>::new().base_url(ok).build().is_ok(),
                "{ok}"
            );
        }
        let err = ClientBuilder::<C>::new()
            .base_url("http://example.com")
            .build()
            .err()
            .unwrap();
        assert!(err.to_string().contains("plain http"), "{err}");
        assert!(
            ClientBuilder::<C>::new()
                .base_url("http://example.com")
                .allow_insecure_http(true)
                .build()
                .is_ok()
        );
        assert!(
            ClientBuilder::<C>::new()
                .base_url("ftp://x")
                .build()
                .is_err()
        );
        let token = ClientBuilder::<C>::new()
            .service_account("id", "secret")
            .token_url("http://tokens.example.com/t")
            .build()
            .err()
            .unwrap();
        assert!(token.to_string().contains("token URL"), "{token}");
    }

    #[test]
    fn debug_never_shows_secrets() {
        let builders = [
            ClientBuilder::<C>::new().bearer("s3cr3t-token"),
            ClientBuilder::<C>::new().digest("public", "s3cr3t-key"),
            ClientBuilder::<C>::new().service_account("client", "s3cr3t-client"),
        ];
        for b in builders {
            assert!(!format!("{b:?}").contains("s3cr3t"), "{b:?}");
            let c = b.build().unwrap();
            assert!(!format!("{:?}", c.0).contains("s3cr3t"), "{:?}", c.0);
        }
    }

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn from_env_picks_the_complete_pair_and_names_the_missing_half() {
        let b = ClientBuilder::<C>::new()
            .from_env_with(env(&[
                (ENV_PUBLIC_KEY, "pub"),
                (ENV_PRIVATE_KEY, "priv"),
                (ENV_BASE_URL, "http://127.0.0.1:9"),
            ]))
            .unwrap();
        assert!(matches!(b.credentials, Credentials::Digest { .. }));
        assert_eq!(b.base_url, "http://127.0.0.1:9");
        let b = ClientBuilder::<C>::new()
            .from_env_with(env(&[(ENV_CLIENT_ID, "id"), (ENV_CLIENT_SECRET, "secret")]))
            .unwrap();
        assert!(matches!(b.credentials, Credentials::ServiceAccount { .. }));
        assert_eq!(b.base_url, DEFAULT_BASE_URL);
        let half = ClientBuilder::<C>::new()
            .from_env_with(env(&[(ENV_PUBLIC_KEY, "pub")]))
            .err()
            .unwrap();
        assert!(half.to_string().contains(ENV_PRIVATE_KEY), "{half}");
        let half = ClientBuilder::<C>::new()
            .from_env_with(env(&[(ENV_CLIENT_SECRET, "s")]))
            .err()
            .unwrap();
        assert!(half.to_string().contains(ENV_CLIENT_ID), "{half}");
        let none = ClientBuilder::<C>::new()
            .from_env_with(env(&[]))
            .err()
            .unwrap();
        assert!(none.to_string().contains("no credentials"), "{none}");
        let other = EnvNames {
            client_id: "X_ID",
            client_secret: "X_SECRET",
            public_key: "X_PUB",
            private_key: "X_PRIV",
            base_url: "X_URL",
        };
        let b = ClientBuilder::<C>::new()
            .from_env_named_with(
                &other,
                env(&[
                    ("X_ID", "id"),
                    ("X_SECRET", "s"),
                    ("X_URL", "http://127.0.0.1:9"),
                ]),
            )
            .unwrap();
        assert!(matches!(b.credentials, Credentials::ServiceAccount { .. }));
        assert_eq!(b.base_url, "http://127.0.0.1:9");
        let atlas_names_ignored = ClientBuilder::<C>::new()
            .from_env_named_with(
                &other,
                env(&[(ENV_CLIENT_ID, "id"), (ENV_CLIENT_SECRET, "s")]),
            )
            .err()
            .unwrap();
        assert!(
            atlas_names_ignored.to_string().contains("X_ID"),
            "{atlas_names_ignored}"
        );
        let blank = ClientBuilder::<C>::new()
            .from_env_with(env(&[(ENV_CLIENT_ID, " "), (ENV_CLIENT_SECRET, "x")]))
            .err()
            .unwrap();
        assert!(blank.to_string().contains(ENV_CLIENT_ID), "{blank}");
    }
}
