//! The generated crate's `Cargo.toml`, written as a TOML document from the
//! settings (`[crate]`, `[crate.package]`, `[features]`) and the IR's
//! groups: package metadata, docs.rs and cargo-semver-checks settings,
//! features and dependencies.

use super::features::{FULL, ROUND_TRIP};
use crate::ir::Ir;
use crate::settings::Settings;
use toml_edit::{Array, DocumentMut, InlineTable, Item, Table, value};

/// The manifest's text (without the provenance header).
pub(super) fn cargo_toml(ir: &Ir, settings: &Settings) -> String {
    let mut doc = DocumentMut::new();
    doc["package"] = Item::Table(package(settings));
    doc["features"] = Item::Table(features(ir, settings));
    doc["dependencies"] = Item::Table(dependencies(settings));
    doc["dev-dependencies"] = Item::Table(dev_dependencies(settings));
    doc.to_string()
}

fn strings<S: AsRef<str>>(items: &[S]) -> Array {
    items.iter().map(|s| s.as_ref()).collect()
}

fn package(settings: &Settings) -> Table {
    let (k, p) = (&settings.krate, &settings.krate.package);
    let mut t = Table::new();
    t["name"] = value(&k.name);
    t["version"] = value(&k.version);
    t["edition"] = value(&p.edition);
    let optional = [
        ("rust-version", &p.rust_version),
        ("description", &p.description),
        ("license", &p.license),
        ("repository", &p.repository),
        ("documentation", &p.documentation),
    ];
    for (key, v) in optional {
        if let Some(v) = v {
            t[key] = value(v);
        }
    }
    if !p.keywords.is_empty() {
        t["keywords"] = value(strings(&p.keywords));
    }
    if !p.categories.is_empty() {
        t["categories"] = value(strings(&p.categories));
    }
    if !p.publish {
        t["publish"] = value(false);
        return t;
    }
    t["readme"] = value(super::readme::FILE);
    let mut metadata = Table::new();
    metadata.set_implicit(true);
    // docs.rs documents every feature; `docsrs` turns on the badges that
    // say which feature an item needs.
    let mut docs_rs = Table::new();
    docs_rs["all-features"] = value(true);
    docs_rs["rustdoc-args"] = value(strings(&["--cfg", "docsrs"]));
    metadata["docs"] = Item::Table(dotted("rs", docs_rs));
    let mut lints = Table::new();
    let mut minor = InlineTable::new();
    minor.insert("required-update", "minor".into());
    lints["constructible_struct_adds_field"] = value(minor);
    if let Some(mut key) = lints.key_mut("constructible_struct_adds_field") {
        key.leaf_decor_mut().set_prefix(
            "# A spec update adds fields to structs; callers build them with\n# `..Default::default()`, so an added field is a minor change, as\n# `cargo xtask diff` rates it.\n",
        );
    }
    let mut semver = Table::new();
    semver.set_implicit(true);
    semver["lints"] = Item::Table(lints);
    metadata["cargo-semver-checks"] = Item::Table(semver);
    t["metadata"] = Item::Table(metadata);
    t
}

/// `[docs.rs]` written as the table `docs.rs` (a key with a dot).
fn dotted(key: &str, inner: Table) -> Table {
    let mut t = Table::new();
    t.set_implicit(true);
    t[key] = Item::Table(inner);
    t
}

fn runtime_key(settings: &Settings) -> &str {
    let k = &settings.krate;
    k.runtime_rename.as_deref().unwrap_or(&k.runtime_name)
}

fn features(ir: &Ir, settings: &Settings) -> Table {
    let mut modules: Vec<&str> = ir.groups.iter().map(|g| g.module.as_str()).collect();
    modules.sort_unstable();
    let mut t = Table::new();
    default_features(&mut t, settings, &modules);
    feature(
        &mut t,
        "preview",
        Vec::new(),
        Some("Operations that exist only as preview versions."),
    );
    test_features(&mut t, settings);
    let runtime = runtime_key(settings);
    for (i, name) in settings.krate.runtime_features.iter().enumerate() {
        let note = "The runtime's TLS set-up (see its README): the provider and the roots.";
        feature(
            &mut t,
            name,
            vec![format!("{runtime}/{name}")],
            (i == 0).then_some(note),
        );
    }
    if settings.features.per_group {
        let note = "One feature per API group: its operations and the types they use.";
        for (i, m) in modules.iter().enumerate() {
            feature(&mut t, m, Vec::new(), (i == 0).then_some(note));
        }
    }
    t
}

/// `default`, and `full` (every group) when there is a feature per group.
fn default_features(t: &mut Table, settings: &Settings, modules: &[&str]) {
    let per_group = settings.features.per_group;
    let mut default: Vec<String> = Vec::new();
    if per_group {
        default.push(FULL.to_owned());
    }
    default.extend(settings.krate.default_runtime_features.iter().cloned());
    if per_group || !default.is_empty() {
        feature(t, "default", default, None);
    }
    if per_group {
        let all = modules.iter().map(|m| (*m).to_owned()).collect();
        let note = "Every API group (and the schemas no operation uses).";
        feature(t, FULL, all, Some(note));
    }
}

/// `round-trip` (when types derive one serde direction) and `mock`.
fn test_features(t: &mut Table, settings: &Settings) {
    let mut mock = Vec::new();
    if settings.features.serde_by_direction {
        let note = "Serialize and Deserialize on every type (without it, a type derives only\n the direction its operations use): for tests that build responses or\n decode requests.";
        feature(t, ROUND_TRIP, Vec::new(), Some(note));
        mock.push(ROUND_TRIP.to_owned());
    }
    mock.push(format!("{}/mock", runtime_key(settings)));
    let note = format!(
        "In-process mocks for tests of code that calls {}: `Client::mock`.",
        settings.client.service
    );
    feature(t, super::mock::MOCK, mock, Some(&note));
}

/// `key = [values]`, with a comment above it.
fn feature(t: &mut Table, key: &str, values: Vec<String>, comment: Option<&str>) {
    t[key] = value(strings(&values));
    if let Some(text) = comment {
        decorate(t, key, text);
    }
}

/// A comment above a key (each line of `text` one comment line).
fn decorate(t: &mut Table, key: &str, text: &str) {
    let comment: String = text
        .lines()
        .map(|l| format!("#{}{l}\n", if l.starts_with(' ') { "" } else { " " }))
        .collect();
    if let Some(mut k) = t.key_mut(key) {
        k.leaf_decor_mut().set_prefix(comment);
    }
}

fn dependencies(settings: &Settings) -> Table {
    let k = &settings.krate;
    let mut runtime = InlineTable::new();
    if k.runtime_rename.is_some() {
        runtime.insert("package", k.runtime_name.as_str().into());
    }
    runtime.insert("path", k.runtime_path.as_str().into());
    if let Some(v) = &k.runtime_version {
        runtime.insert("version", v.as_str().into());
    }
    if !k.runtime_features.is_empty() {
        // The TLS set-up is this crate's features (forwarded).
        runtime.insert("default-features", false.into());
    }
    let mut t = Table::new();
    t[runtime_key(settings)] = value(runtime);
    let mut chrono = InlineTable::new();
    chrono.insert("version", "0.4".into());
    chrono.insert("default-features", false.into());
    chrono.insert("features", strings(&["serde", "std"]).into());
    t["chrono"] = value(chrono);
    let mut serde = InlineTable::new();
    serde.insert("version", "1".into());
    serde.insert("features", strings(&["derive"]).into());
    t["serde"] = value(serde);
    t["serde_json"] = value("1");
    t
}

fn dev_dependencies(settings: &Settings) -> Table {
    let k = &settings.krate;
    let mut t = Table::new();
    let mut tokio = InlineTable::new();
    tokio.insert("version", "1".into());
    tokio.insert("features", strings(&["macros", "rt-multi-thread"]).into());
    t["tokio"] = value(tokio);
    if settings.features.serde_by_direction {
        // The crate's own tests round-trip every type: they turn on
        // `round-trip` (and nothing else) through a dependency on the crate.
        let mut own = InlineTable::new();
        own.insert("path", ".".into());
        own.insert("default-features", false.into());
        own.insert("features", strings(&[ROUND_TRIP]).into());
        t[k.name.as_str()] = value(own);
    }
    t
}
