//! Finding the pinned spec: `--spec`, then `ATLAS_SPEC`, then the local cache,
//! then `../shared/spec/`; and checking it against the pinned sha256.

use crate::diag::Error;
use crate::settings::SpecPin;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Where a spec was found, and by which rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub path: PathBuf,
    pub source: &'static str,
}

/// The cache file for a pin: `<root>/.spec-cache/<sha256>-<file>`.
pub fn cache_path(root: &Path, pin: &SpecPin) -> PathBuf {
    root.join(".spec-cache")
        .join(format!("{}-{}", pin.sha256, pin.file))
}

/// Candidate locations in priority order; the first that exists wins, except
/// that an explicit flag or variable must exist.
pub fn locate(
    root: &Path,
    pin: &SpecPin,
    flag: Option<&Path>,
    env: Option<&Path>,
) -> Result<Located, Error> {
    if let Some(p) = flag {
        return existing(p, "--spec");
    }
    if let Some(p) = env {
        return existing(p, "ATLAS_SPEC");
    }
    if let Some(p) = &pin.path {
        return existing(&root.join(p), "spec.path");
    }
    let cache = cache_path(root, pin);
    if cache.is_file() {
        return Ok(Located {
            path: cache,
            source: "local cache",
        });
    }
    let shared = root.join("..").join("shared").join("spec").join(&pin.file);
    if shared.is_file() {
        return Ok(Located {
            path: shared,
            source: "../shared/spec",
        });
    }
    Err(Error::new(
        pin.file.clone(),
        format!(
            "spec not found: pass --spec FILE, set ATLAS_SPEC, put it at {} or {}; it can be downloaded from {}",
            cache.display(),
            shared.display(),
            pin.url
        ),
    ))
}

fn existing(p: &Path, source: &'static str) -> Result<Located, Error> {
    if p.is_file() {
        Ok(Located {
            path: p.to_path_buf(),
            source,
        })
    } else {
        Err(Error::new(
            p.display().to_string(),
            format!("given by {source}, but no such file"),
        ))
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads the spec and checks its checksum against the pin. With
/// `allow_unpinned` a mismatch is accepted (the caller reports it).
pub fn read_pinned(
    path: &Path,
    pin: &SpecPin,
    allow_unpinned: bool,
) -> Result<(String, String), Error> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::new(&name, e.to_string()))?;
    let sum = sha256_hex(&bytes);
    if sum != pin.sha256.to_ascii_lowercase() && !allow_unpinned {
        return Err(Error::new(
            &name,
            format!(
                "checksum mismatch: the file has sha256 {sum}, spec/atlas.toml pins {}; pass --allow-unpinned to generate from it anyway",
                pin.sha256
            ),
        ));
    }
    let text =
        String::from_utf8(bytes).map_err(|e| Error::new(&name, format!("not UTF-8: {e}")))?;
    Ok((text, sum))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin(sha: &str) -> SpecPin {
        SpecPin {
            path: None,
            file: "s.yaml".into(),
            sha256: sha.into(),
            url: "https://example.com/s.yaml".into(),
        }
    }

    #[test]
    fn order_flag_env_cache_shared() {
        let dir = std::env::temp_dir().join(format!("atlas-locate-{}", std::process::id()));
        let root = dir.join("main");
        std::fs::create_dir_all(root.join(".spec-cache")).unwrap();
        std::fs::create_dir_all(dir.join("shared/spec")).unwrap();
        let p = pin(&"a".repeat(64));
        let shared = dir.join("shared/spec/s.yaml");
        std::fs::write(&shared, "x").unwrap();
        let flag = dir.join("flag.yaml");
        std::fs::write(&flag, "x").unwrap();

        assert_eq!(
            locate(&root, &p, None, None).unwrap().source,
            "../shared/spec"
        );
        std::fs::write(cache_path(&root, &p), "x").unwrap();
        assert_eq!(locate(&root, &p, None, None).unwrap().source, "local cache");
        assert_eq!(
            locate(&root, &p, None, Some(&flag)).unwrap().source,
            "ATLAS_SPEC"
        );
        assert_eq!(
            locate(&root, &p, Some(&flag), Some(&flag)).unwrap().source,
            "--spec"
        );
        let missing = dir.join("missing.yaml");
        assert!(
            locate(&root, &p, Some(&missing), None)
                .unwrap_err()
                .message
                .contains("no such file")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn checksum_mismatch_names_both_sums() {
        let dir = std::env::temp_dir().join(format!("atlas-pin-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("s.yaml");
        std::fs::write(&f, "openapi: 3.0.1").unwrap();
        let actual = sha256_hex(b"openapi: 3.0.1");
        let err = read_pinned(&f, &pin(&"b".repeat(64)), false).unwrap_err();
        assert!(
            err.message.contains(&actual) && err.message.contains(&"b".repeat(64)),
            "{err}"
        );
        assert!(read_pinned(&f, &pin(&"b".repeat(64)), true).is_ok());
        assert!(read_pinned(&f, &pin(&actual), false).is_ok());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
