//! `cargo xtask update`: move the pin to a new spec, regenerate, record the
//! renames as compatibility aliases, set the version the change report's
//! verdict needs since the last release (both crates share it), and add
//! the report to the coming version of `generated/CHANGELOG.md`.
//! Everything is computed first; nothing in the tree changes unless every
//! step succeeded.

use crate::diag::Error;
use crate::inputs::Inputs;
use crate::locate::{locate, read_pinned, sha256_hex};
use crate::project::{self, SETTINGS};
use crate::settings::{Settings, SpecPin};
use crate::tooling::changelog::{self, Changelog};
use crate::tooling::diff::{self, Report, Side};
use crate::tooling::release;
use crate::{compat, generate};

pub mod records;
use std::collections::BTreeMap;
use std::path::Path;

pub const CHANGELOG: &str = changelog::FILE;

/// What an update did.
#[derive(Debug)]
pub struct Updated {
    pub report: Report,
    pub old_version: String,
    pub new_version: String,
    /// Compatibility aliases the crate carries now: methods, types.
    pub aliases: (usize, usize),
    pub files_changed: usize,
}

/// What to update to.
#[derive(Debug, Clone)]
pub struct Request<'r> {
    pub spec: &'r Path,
    /// Where the file can be downloaded, recorded in the pin.
    pub url: Option<&'r str>,
    /// The date of the new spec release (for the aliases' `since`).
    pub date: &'r str,
    /// Today, for which sunsets have passed.
    pub today: &'r str,
}

/// The files an update writes, all computed before any is written.
struct Plan {
    settings_text: String,
    compat_text: String,
    generated: BTreeMap<String, String>,
    changelog: String,
    /// The runtime's manifest with the shared version, when there is one.
    runtime_manifest: Option<String>,
}

pub fn update(root: &Path, request: &Request<'_>) -> Result<Updated, Error> {
    let settings_path = root.join(SETTINGS);
    let inputs = Inputs::load(&settings_path)?.shown_as(SETTINGS);
    let (old_ir, old_side) = pinned_ir(root, &inputs)?;
    let (new_text, new_side) = read_new(request.spec)?;
    if new_side.sha256 == old_side.sha256 {
        return Err(Error::new(
            request.spec.display().to_string(),
            "this is the pinned spec already",
        ));
    }
    let mut next = inputs.clone();
    next.settings.spec = SpecPin {
        file: new_side.file.clone(),
        sha256: new_side.sha256.clone(),
        url: request.url.unwrap_or_default().to_owned(),
        path: None,
    };
    let name = request.spec.display().to_string();
    let new_ir = crate::build_ir(&name, &new_text, &next)?;
    let mut report = diff::diff(&old_ir, &new_ir, request.today);
    report.old = Some(old_side);
    report.new = Some(Side {
        release: new_ir.release.clone(),
        ..new_side
    });
    let (mut records, dropped) = records::update(&inputs.compat, &report, &new_ir, request.date);
    report.aliases_dropped = dropped;
    records::keep_enums(&mut records, &mut report, &new_ir, request.date);
    next.compat = records;
    set_version(root, &settings_path, &mut next.settings, report.semver())?;
    let generated = generate(&name, &new_text, &next.settings.spec.sha256, &next)?.files;
    let version = &next.settings.krate.version;
    let plan = Plan {
        settings_text: pin_text(&settings_path, &next.settings)?,
        compat_text: next.compat.to_toml(),
        generated,
        changelog: changelog_text(root, &report, version, request.date),
        runtime_manifest: runtime_manifest(root, version)?,
    };
    let files_changed = write(root, &plan)?;
    Ok(Updated {
        aliases: (next.compat.operations.len(), next.compat.types.len()),
        report,
        old_version: inputs.settings.krate.version,
        new_version: version.clone(),
        files_changed,
    })
}

/// The version the update needs since the last release (the runtime's in
/// lockstep, when it is published).
fn set_version(
    root: &Path,
    settings_path: &Path,
    next: &mut Settings,
    semver: diff::Semver,
) -> Result<(), Error> {
    let last = release::last(root)?;
    next.krate.version = release::needed(
        last.as_ref().map(|r| r.version.as_str()),
        &next.krate.version,
        semver,
    )
    .map_err(|e| Error::new(settings_path.display().to_string(), e))?;
    if next.krate.runtime_version.is_some() {
        next.krate.runtime_version = Some(next.krate.version.clone());
    }
    Ok(())
}

/// The IR of the pinned spec, and what identifies it.
pub fn pinned_ir(root: &Path, inputs: &Inputs) -> Result<(crate::Ir, Side), Error> {
    let settings = &inputs.settings;
    let located = locate(root, &settings.spec, None, None)?;
    let (text, sha256) = read_pinned(&located.path, &settings.spec, false)?;
    let ir = crate::build_ir(&located.path.display().to_string(), &text, inputs)?;
    let side = Side {
        file: settings.spec.file.clone(),
        sha256,
        release: ir.release.clone(),
    };
    Ok((ir, side))
}

fn read_new(path: &Path) -> Result<(String, Side), Error> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::new(&name, e.to_string()))?;
    let sha256 = sha256_hex(&bytes);
    let text =
        String::from_utf8(bytes).map_err(|e| Error::new(&name, format!("not UTF-8: {e}")))?;
    let file = path
        .file_name()
        .map_or(name.clone(), |f| f.to_string_lossy().into_owned());
    Ok((
        text,
        Side {
            file,
            sha256,
            release: String::new(),
        },
    ))
}

/// `spec/atlas.toml` with the new pin and version, comments kept.
fn pin_text(path: &Path, next: &Settings) -> Result<String, Error> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| Error::new(&name, e.to_string()))?;
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| Error::new(&name, e.to_string()))?;
    doc["spec"]["file"] = toml_edit::value(next.spec.file.as_str());
    doc["spec"]["sha256"] = toml_edit::value(next.spec.sha256.as_str());
    doc["spec"]["url"] = toml_edit::value(next.spec.url.as_str());
    doc["crate"]["version"] = toml_edit::value(next.krate.version.as_str());
    if let Some(v) = &next.krate.runtime_version {
        doc["crate"]["runtime_version"] = toml_edit::value(v.as_str());
    }
    Ok(doc.to_string())
}

/// The runtime's manifest with the shared version (`None` where there is
/// no runtime beside the settings).
fn runtime_manifest(root: &Path, version: &str) -> Result<Option<String>, Error> {
    let path = root.join(release::RUNTIME_MANIFEST);
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            release::runtime_manifest(&text, &path.display().to_string(), version).map(Some)
        }
        Err(_) => Ok(None),
    }
}

/// The changelog with this update's report in the coming version.
fn changelog_text(root: &Path, report: &Report, version: &str, date: &str) -> String {
    let path = root.join(project::OUT_DIR).join(CHANGELOG);
    let mut log = Changelog::parse(&std::fs::read_to_string(&path).unwrap_or_default());
    let body = diff::markdown(report);
    // The report's own title names the two specs; the heading says it.
    let body = body
        .split_once('\n')
        .map_or(body.as_str(), |(_, rest)| rest);
    let body = body.replace("\n## ", "\n#### ");
    let file = report.new.as_ref().map_or("", |s| s.file.as_str());
    log.add(version, &format!("Atlas spec {date} (`{file}`)"), &body);
    log.render()
}

/// Writes the plan: the three single files to temporary names first, then
/// the generated crate, then the single files renamed into place.
fn write(root: &Path, plan: &Plan) -> Result<usize, Error> {
    let io = |p: &Path, e: std::io::Error| Error::new(p.display().to_string(), e.to_string());
    let out = root.join(project::CLIENT.out_dir);
    let mut singles = vec![
        (root.join(SETTINGS), &plan.settings_text),
        (
            root.join(SETTINGS).with_file_name(compat::FILE),
            &plan.compat_text,
        ),
        (out.join(CHANGELOG), &plan.changelog),
    ];
    if let Some(text) = &plan.runtime_manifest {
        singles.push((root.join(release::RUNTIME_MANIFEST), text));
    }
    for (path, text) in &singles {
        let tmp = path.with_extension("update-tmp");
        std::fs::write(&tmp, text).map_err(|e| io(&tmp, e))?;
    }
    let changed = project::write(&out, &plan.generated).map_err(|e| io(&out, e))?;
    for (path, _) in &singles {
        std::fs::rename(path.with_extension("update-tmp"), path).map_err(|e| io(path, e))?;
    }
    Ok(changed + singles.len())
}
