//! Releases of `atlas-admin` and `atlas-admin-runtime`, which share one
//! version: the record of each (`releases.toml` at the workspace root:
//! version, commit, date), the version a change needs, and where the
//! version is written.

use crate::diag::Error;
use crate::tooling::diff::Semver;
use serde::Deserialize;
use std::path::Path;

/// The record, at the workspace root.
pub const FILE: &str = "releases.toml";
/// The runtime's manifest, whose version follows the generated crate's.
pub const RUNTIME_MANIFEST: &str = "runtime/Cargo.toml";

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Release {
    pub version: String,
    /// The commit whose tree is the release.
    pub commit: String,
    pub date: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    #[serde(default)]
    release: Vec<Release>,
}

/// Every release, oldest first (none without the file).
pub fn load(root: &Path) -> Result<Vec<Release>, Error> {
    let path = root.join(FILE);
    let name = path.display().to_string();
    match std::fs::read_to_string(&path) {
        Ok(text) => toml::from_str::<Record>(&text)
            .map(|r| r.release)
            .map_err(|e| Error::new(name, e.to_string())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(Error::new(name, e.to_string())),
    }
}

/// The last release, if any.
pub fn last(root: &Path) -> Result<Option<Release>, Error> {
    Ok(load(root)?.pop())
}

/// The version the crates need after a change with this verdict: the
/// verdict's bump over the last release (over `current` when nothing was
/// released), and never below `current` (changes since the release may
/// have bumped it already). Before 1.0 a breaking change bumps the minor
/// number (Cargo's rule for 0.x) and anything else the patch.
pub fn needed(last: Option<&str>, current: &str, verdict: Semver) -> Result<String, String> {
    let parse = |v: &str| semver::Version::parse(v).map_err(|e| format!("version {v:?}: {e}"));
    let current_v = parse(current)?;
    let mut wanted = parse(last.unwrap_or(current))?;
    match (wanted.major == 0, verdict) {
        (true, Semver::Major) | (false, Semver::Minor) => {
            wanted.minor += 1;
            wanted.patch = 0;
        }
        (false, Semver::Major) => {
            wanted.major += 1;
            wanted.minor = 0;
            wanted.patch = 0;
        }
        (true, _) | (false, Semver::Patch) => wanted.patch += 1,
    }
    Ok(wanted.max(current_v).to_string())
}

/// Whether moving from `from` to `to` allows breaking changes (a new
/// major version; a new minor one before 1.0).
pub fn allows_breaking(from: &str, to: &str) -> bool {
    match (semver::Version::parse(from), semver::Version::parse(to)) {
        (Ok(a), Ok(b)) => match a.major {
            0 => b.major > 0 || b.minor > a.minor,
            _ => b.major > a.major,
        },
        _ => false,
    }
}

/// The runtime's manifest with `version` as its version (and the
/// generated crate's dependency on it), comments kept.
pub fn runtime_manifest(text: &str, name: &str, version: &str) -> Result<String, Error> {
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| Error::new(name, e.to_string()))?;
    doc["package"]["version"] = toml_edit::value(version);
    Ok(doc.to_string())
}

/// Appends a release to the record's text (an append-only file).
pub fn record_text(text: &str, release: &Release) -> String {
    let quoted = |v: &str| toml_edit::Value::from(v).to_string();
    let mut out = text.trim_end().to_owned();
    out.push_str(&format!(
        "\n\n[[release]]\nversion = {}\ncommit = {}\ndate = {}\n",
        quoted(&release.version),
        quoted(&release.commit),
        quoted(&release.date)
    ));
    if let Some(note) = &release.note {
        out.push_str(&format!("note = {}\n", quoted(note)));
    }
    out.trim_start().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_needed_version_counts_from_the_last_release() {
        let n = |last, current, verdict| needed(last, current, verdict).unwrap();
        assert_eq!(n(Some("0.2.0"), "0.2.0", Semver::Minor), "0.2.1");
        // Already bumped since the release: a second addition needs no more.
        assert_eq!(n(Some("0.2.0"), "0.2.1", Semver::Minor), "0.2.1");
        assert_eq!(n(Some("0.2.0"), "0.2.1", Semver::Major), "0.3.0");
        assert_eq!(n(Some("0.2.0"), "0.3.0", Semver::Major), "0.3.0");
        assert_eq!(n(None, "0.2.0", Semver::Patch), "0.2.1");
        assert_eq!(n(Some("1.2.3"), "1.2.3", Semver::Minor), "1.3.0");
        assert_eq!(n(Some("1.2.3"), "1.2.3", Semver::Major), "2.0.0");
        assert!(needed(None, "x", Semver::Patch).is_err());
    }

    #[test]
    fn breaking_needs_a_new_minor_before_one_and_a_new_major_after() {
        assert!(allows_breaking("0.1.0", "0.2.0"));
        assert!(!allows_breaking("0.1.0", "0.1.5"));
        assert!(allows_breaking("1.4.0", "2.0.0"));
        assert!(!allows_breaking("1.4.0", "1.9.0"));
    }

    #[test]
    fn records_append_and_read_back() {
        let text = "# The releases.\n";
        let r = Release {
            version: "0.1.0".into(),
            commit: "abc".into(),
            date: "2026-12-01".into(),
            note: None,
        };
        let text = record_text(text, &r);
        let text = record_text(
            &text,
            &Release {
                version: "0.2.0".into(),
                note: Some("a \"quoted\" note".into()),
                ..r.clone()
            },
        );
        assert!(text.starts_with("# The releases.\n"), "{text}");
        let dir = std::env::temp_dir().join(format!("releases-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(FILE), &text).unwrap();
        let all = load(&dir).unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(last(&dir).unwrap().map(|r| r.version), Some("0.2.0".into()));
        assert_eq!(all[1].note.as_deref(), Some("a \"quoted\" note"));
        std::fs::remove_dir_all(&dir).unwrap();
        let manifest = runtime_manifest(
            "[package] # x\nname = \"r\"\nversion = \"0.1.0\"\n",
            "m",
            "0.2.0",
        )
        .unwrap();
        assert!(
            manifest.contains("version = \"0.2.0\"") && manifest.contains("# x"),
            "{manifest}"
        );
    }
}
