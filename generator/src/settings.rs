//! `spec/atlas.toml`: which spec the crate is generated from (pinned by
//! sha256) and the knobs of generation. Pins and choices only: the files
//! they name are read by `crate::inputs`.

use crate::diag::Error;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub spec: SpecPin,
    #[serde(default)]
    pub generate: GenerateSettings,
    #[serde(rename = "crate")]
    pub krate: CrateSettings,
    /// The service the generated `Client` calls, as its code and docs say.
    pub client: ClientSettings,
    /// The generated crate's cargo features.
    #[serde(default)]
    pub features: FeatureSettings,
    /// Type names by JSON pointer, where the heuristics choose badly.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// Component schemas that the hand-written runtime already provides,
    /// mapped to the Rust path of that type.
    #[serde(default)]
    pub replace: BTreeMap<String, String>,
    /// Spec examples that carry properties their schema does not define:
    /// example pointer → JSON pointers (inside the example) of those
    /// properties. The round-trip test drops exactly these, and fails if one
    /// is no longer there (the spec was fixed).
    #[serde(default)]
    pub example_unknown_fields: BTreeMap<String, Vec<String>>,
    /// Query parameters that no request builder offers: name → why.
    #[serde(default)]
    pub omit_query_parameters: BTreeMap<String, String>,
    /// How waiters (`send_and_wait`) are generated.
    #[serde(default)]
    pub waiters: WaiterSettings,
    /// OpenAPI Overlays applied to the spec before generation, in order.
    #[serde(default)]
    pub overlays: Vec<OverlayPin>,
}

/// An overlay file, pinned like the spec.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverlayPin {
    pub file: String,
    pub sha256: String,
    /// Its path from the settings' directory (default: `overlays/FILE`
    /// there, else `../shared/spec/overlays/FILE` of the workspace).
    #[serde(default)]
    pub path: Option<String>,
    /// Why it is applied.
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecPin {
    /// File name of the spec, as published in `../shared/spec/`.
    pub file: String,
    pub sha256: String,
    /// Where the pinned file can be downloaded (empty when it came from a
    /// local file).
    #[serde(default)]
    pub url: String,
    /// A spec kept in this repository (a fixture): its path from the
    /// workspace root, used unless `--spec` or `ATLAS_SPEC` say otherwise.
    #[serde(default)]
    pub path: Option<String>,
}

/// What the generated client knows of the service: every service-specific
/// string of `client.rs` and the crate docs comes from here.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientSettings {
    /// The API as the crate docs name it (`MongoDB Atlas Administration API v2`).
    pub api: String,
    /// The service as docs name it (`Atlas`): "the Atlas client".
    pub service: String,
    /// The base URL `Client::builder()` starts from.
    pub base_url: String,
    /// Base of the spec's `/path` links (`https://www.mongodb.com`).
    pub docs_site: String,
    /// Base of its `#tag/...` links: the API reference page.
    pub api_docs: String,
    /// The variable the docs' example reads a bearer token from.
    #[serde(default)]
    pub token_variable: Option<String>,
    /// The variables `Client::from_env` reads; without them the client has
    /// no `from_env`.
    #[serde(default)]
    pub env: Option<EnvSettings>,
}

/// Environment variable names (`ClientBuilder::from_env_named`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvSettings {
    pub client_id: String,
    pub client_secret: String,
    pub public_key: String,
    pub private_key: String,
    pub base_url: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GenerateSettings {
    /// The API release date (`YYYY-MM-DD`) the crate speaks: each operation
    /// uses its newest version not after it. Default: the newest stable
    /// version date found in the spec.
    pub release: Option<String>,
    /// How deeply the spec may nest (default `load::DEFAULT_MAX_DEPTH`).
    #[serde(default)]
    pub max_depth: Option<usize>,
    /// Where method and builder names come from.
    #[serde(default)]
    pub method_names: MethodNames,
}

/// Where an operation's method, builder and other-version names come from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MethodNames {
    /// `x-xgen-operation-id-override` where the spec has one (the names of
    /// MongoDB's Go SDK and the Atlas CLI), else the operationId.
    #[default]
    Override,
    /// The operationId always.
    OperationId,
}

/// What the generated crate's cargo features gate, for consumers who build
/// only what they use.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeatureSettings {
    /// One feature per API group (its module name), gating its operations
    /// and the types only its operations reach; `full` (in `default`)
    /// turns all of them on.
    #[serde(default = "yes")]
    pub per_group: bool,
    /// Each type derives only the serde direction its operations use
    /// (sent: `Serialize`, received: `Deserialize`); the `round-trip`
    /// feature adds the other one to every type.
    #[serde(default = "yes")]
    pub serde_by_direction: bool,
}

impl Default for FeatureSettings {
    fn default() -> Self {
        FeatureSettings {
            per_group: true,
            serde_by_direction: true,
        }
    }
}

/// Waiters from the spec's `x-xgen-atlascli.watcher`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaiterSettings {
    /// Values of a watched state field that end a wait early with an error
    /// (compared ignoring case), when the field's enum lists them and the
    /// watcher does not expect them: `DELETING` never becomes `IDLE`.
    #[serde(default = "terminal_states")]
    pub terminal_states: Vec<String>,
}

impl Default for WaiterSettings {
    fn default() -> Self {
        WaiterSettings {
            terminal_states: terminal_states(),
        }
    }
}

fn terminal_states() -> Vec<String> {
    [
        "FAILED",
        "FAIL",
        "ERROR",
        "CANCELLED",
        "DELETING",
        "DELETED",
    ]
    .map(String::from)
    .to_vec()
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrateSettings {
    pub name: String,
    pub version: String,
    /// Path from the generated crate to the runtime crate.
    pub runtime_path: String,
    /// The runtime's package name.
    pub runtime_name: String,
    /// The runtime's version, which the generated crate requires; without
    /// it the dependency is by path only (a crate that is not published).
    #[serde(default)]
    pub runtime_version: Option<String>,
    /// The name the generated crate depends on the runtime by, when it is
    /// not the package name (Cargo's `package =` rename).
    #[serde(default)]
    pub runtime_rename: Option<String>,
    /// The operation whose usage example opens the crate docs.
    #[serde(default)]
    pub doc_example: Option<String>,
    /// The generated manifest's `[package]` metadata.
    #[serde(default)]
    pub package: PackageSettings,
    /// Features of the runtime the generated crate offers under the same
    /// names (TLS providers and roots), and those on by default.
    #[serde(default)]
    pub runtime_features: Vec<String>,
    #[serde(default)]
    pub default_runtime_features: Vec<String>,
}

/// What the generated crate's manifest says of the package, beside its
/// name and version. Unset fields are left out.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageSettings {
    #[serde(default = "default_edition")]
    pub edition: String,
    #[serde(default)]
    pub rust_version: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub license: Option<String>,
    #[serde(default)]
    pub repository: Option<String>,
    /// `https://docs.rs/<name>` when published.
    #[serde(default)]
    pub documentation: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    /// `false` for a crate that is never published.
    #[serde(default = "yes")]
    pub publish: bool,
    /// The README's template, beside the settings (see `emit::readme`).
    #[serde(default)]
    pub readme: Option<String>,
}

fn default_edition() -> String {
    "2024".to_owned()
}

impl Default for PackageSettings {
    fn default() -> Self {
        PackageSettings {
            edition: default_edition(),
            rust_version: None,
            description: None,
            license: None,
            repository: None,
            documentation: None,
            keywords: Vec::new(),
            categories: Vec::new(),
            publish: true,
            readme: None,
        }
    }
}

impl CrateSettings {
    /// The generated crate as Rust code names it (`atlas_admin`).
    pub fn crate_ident(&self) -> String {
        self.name.replace('-', "_")
    }

    /// The runtime crate as the generated code names it.
    pub fn runtime_ident(&self) -> String {
        self.runtime_rename
            .as_deref()
            .unwrap_or(&self.runtime_name)
            .replace('-', "_")
    }
}

impl Settings {
    pub fn parse(file: &str, text: &str) -> Result<Self, Error> {
        let settings: Settings =
            toml::from_str(text).map_err(|e| Error::new(file, e.to_string()))?;
        if let Some(release) = &settings.generate.release {
            if !is_date(release) {
                return Err(Error::new(
                    file,
                    format!("generate.release {release:?} is not a YYYY-MM-DD date"),
                ));
            }
        }
        if settings.spec.sha256.len() != 64
            || !settings.spec.sha256.bytes().all(|b| b.is_ascii_hexdigit())
        {
            return Err(Error::new(
                file,
                "spec.sha256 must be 64 hexadecimal digits",
            ));
        }
        Ok(settings)
    }

    /// Reads and checks the settings file alone; `crate::inputs::Inputs`
    /// reads the files it names too.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| Error::new(&name, e.to_string()))?;
        Self::parse(&name, &text)
    }
}

/// The least settings a generator unit test needs (crate `t`, runtime `rt`).
#[cfg(test)]
pub(crate) fn minimal() -> Settings {
    Settings::parse(
        "t.toml",
        "[spec]\nfile = \"t.yaml\"\nsha256 = \"0000000000000000000000000000000000000000000000000000000000000000\"\n[crate]\nname = \"t\"\nversion = \"0.1.0\"\nruntime_name = \"rt\"\nruntime_path = \"../rt\"\nruntime_version = \"0.1.0\"\n[client]\napi = \"T API\"\nservice = \"T\"\nbase_url = \"https://t.example\"\ndocs_site = \"https://t.example\"\napi_docs = \"https://t.example/api\"\n",
    )
    .expect("minimal settings")
}

pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r##"
[spec]
file = "a.yaml"
sha256 = "0fd914afb4a3e1ede2d0f48822fe30d7f1ba2c287625382dfb98bbe2606119f9"
url = "https://example.com/a.yaml"
[generate]
release = "2025-03-12"
[crate]
name = "atlas-admin"
version = "0.1.0"
runtime_path = "../runtime"
runtime_name = "atlas-admin-runtime"
runtime_version = "0.1.0"
[client]
api = "T API"
service = "T"
base_url = "https://t.example"
docs_site = "https://t.example"
api_docs = "https://t.example/api"
[names]
"#/components/schemas/X" = "Y"
"##;

    #[test]
    fn parses_and_validates() {
        let s = Settings::parse("atlas.toml", GOOD).unwrap();
        assert_eq!(s.generate.release.as_deref(), Some("2025-03-12"));
        assert_eq!(s.names["#/components/schemas/X"], "Y");
        let bad = GOOD.replace("2025-03-12", "March");
        assert!(
            Settings::parse("atlas.toml", &bad)
                .unwrap_err()
                .message
                .contains("not a YYYY-MM-DD")
        );
        let unknown = format!("{GOOD}\n[extra]\n");
        assert!(Settings::parse("atlas.toml", &unknown).is_err());
    }
}
