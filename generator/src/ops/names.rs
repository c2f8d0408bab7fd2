//! The naming pass: every Rust name of every operation and group, decided
//! once, after all types have their names (builders, response enums and
//! group structs share the types' namespace: API modules glob-import the
//! types, and a local item would silently shadow a type of the same name).

use super::{Draft, Group, OpNames, Operation, Output, VersionMethod, VersionRole, version_suffix};
use crate::diag::Diagnostics;
use crate::naming::{NameTable, pascal_ident, snake_ident};
use crate::settings::MethodNames;
use crate::types::TypeSpace;
use std::collections::BTreeMap;

/// Names of the `Client`'s own methods, which no group accessor may take.
const CLIENT_METHODS: [&str; 5] = ["builder", "transport", "new", "from", "from_env"];

/// Modules of the types and apis directories that are not groups, and the
/// crate's features that are not groups (a group's module names its
/// feature).
const TYPE_MODULES: [&str; 8] = [
    "shared", "unused", "mod", "compat", "full", "default", "preview", "mock",
];

/// Names the drafts (one site's versions follow its default) and forms
/// the groups. An operation whose method name another already has is an
/// error and is left out.
pub(super) fn assign(
    drafts: Vec<Draft>,
    types: &mut TypeSpace<'_>,
    source: MethodNames,
    diags: &mut Diagnostics,
) -> (Vec<(Draft, OpNames)>, Vec<Group>) {
    let drafts = with_methods(drafts, source, diags);
    let groups = groups(&drafts, types);
    let group_of: BTreeMap<&str, usize> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.tag.as_str(), i))
        .collect();
    let mut ops = Vec::with_capacity(drafts.len());
    for (draft, method, role, name) in drafts {
        let base = match role {
            VersionRole::Default { .. } => pascal_ident(&name),
            VersionRole::Other { .. } => {
                format!(
                    "{}{}",
                    pascal_ident(&name),
                    pascal_ident(&version_suffix(&draft.version))
                )
            }
        };
        let builder = types.claim_name(&base);
        // Claimed for every operation, so that no name depends on whether
        // another operation's statuses differ in body.
        let response_enum = types.claim_name(&format!("{base}Response"));
        let names = OpNames {
            method,
            builder,
            response_enum: matches!(draft.output, Output::PerStatus(_)).then_some(response_enum),
            group: group_of[draft.tag.as_str()],
            role,
        };
        ops.push((draft, names));
    }
    (ops, groups)
}

/// A draft, its method, its version role and the name its method and
/// builder derive from (the short name or the operationId).
type Named = (Draft, String, VersionRole, String);

/// Method names, claimed in order: a site's default method takes its name
/// (`create_cluster`, see [`names_from`]), its other versions that name with
/// the version (`create_cluster_v2023_02_01`).
fn with_methods(drafts: Vec<Draft>, source: MethodNames, diags: &mut Diagnostics) -> Vec<Named> {
    let sites = by_site(drafts);
    let names = names_from(&sites, source);
    let mut table = NameTable::new();
    let mut out: Vec<Named> = Vec::with_capacity(sites.len());
    for (site, name) in sites.into_iter().zip(names) {
        let mut versions = site.into_iter();
        let Some(default) = versions.next() else {
            continue;
        };
        let want = snake_ident(&name);
        if table.claim(&want) != want {
            let message = format!(
                "operationId {:?} becomes {want:?}, which another operation already has",
                default.id
            );
            diags.error("operation-name-collision", &default.pointer, message);
            continue;
        }
        let others: Vec<Named> = versions
            .map(|d| {
                let method = table.claim(&format!("{want}_{}", version_suffix(&d.version)));
                (
                    d,
                    method,
                    VersionRole::Other {
                        default_method: want.clone(),
                    },
                    name.clone(),
                )
            })
            .collect();
        let methods = others
            .iter()
            .map(|(d, method, _, _)| VersionMethod {
                version: d.version.clone(),
                method: method.clone(),
            })
            .collect();
        out.push((
            default,
            want,
            VersionRole::Default { others: methods },
            name,
        ));
        out.extend(others);
    }
    out
}

/// The name each site's methods and builders derive from. With
/// [`MethodNames::Override`]: the spec's `x-xgen-operation-id-override`
/// (`createCluster` for `createGroupCluster`), unless the method it makes
/// is one another operation wants too (its short name or operationId):
/// then every operation that wants it keeps its operationId, whatever the
/// order. Otherwise, and without an override, the operationId.
fn names_from(sites: &[Vec<Draft>], source: MethodNames) -> Vec<String> {
    let short = |d: &Draft| match source {
        MethodNames::Override => d.docs.alias.clone(),
        MethodNames::OperationId => None,
    };
    let wanted = |d: &Draft| snake_ident(&short(d).unwrap_or_else(|| d.id.clone()));
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for d in sites.iter().filter_map(|s| s.first()) {
        *count.entry(wanted(d)).or_default() += 1;
        if short(d).is_some() {
            // Its operationId's method stays wanted: no short name takes it.
            *count.entry(snake_ident(&d.id)).or_default() += 1;
        }
    }
    sites
        .iter()
        .filter_map(|s| s.first())
        .map(|d| match short(d) {
            Some(name) if count[&snake_ident(&name)] == 1 => name,
            _ => d.id.clone(),
        })
        .collect()
}

/// The drafts of each site (its default version first), in order.
fn by_site(drafts: Vec<Draft>) -> Vec<Vec<Draft>> {
    let mut sites: Vec<Vec<Draft>> = Vec::new();
    for draft in drafts {
        match sites.last_mut() {
            Some(site) if site[0].pointer == draft.pointer => site.push(draft),
            _ => sites.push(vec![draft]),
        }
    }
    sites
}

/// One group per tag, in tag order: its module, accessor and struct.
fn groups(ops: &[Named], types: &mut TypeSpace<'_>) -> Vec<Group> {
    let mut by_tag: BTreeMap<&str, Vec<&Draft>> = BTreeMap::new();
    for (op, _, role, _) in ops {
        let entry = by_tag.entry(op.tag.as_str()).or_default();
        if matches!(role, VersionRole::Default { .. }) {
            entry.push(op);
        }
    }
    let mut modules = NameTable::new();
    TYPE_MODULES.iter().for_each(|m| modules.reserve(m));
    let mut accessors = NameTable::new();
    CLIENT_METHODS.iter().for_each(|m| accessors.reserve(m));
    by_tag
        .into_iter()
        .map(|(tag, defaults)| {
            let module = modules.claim(&module_name(tag));
            Group {
                tag: tag.to_owned(),
                accessor: accessors.claim(&accessor_name(&module)),
                ident: types.claim_name(&format!("{}Api", pascal_ident(tag))),
                module,
                operations: defaults.len(),
                preview_only: defaults.iter().all(|o| o.preview),
            }
        })
        .collect()
}

/// The module name of a tag (`Cloud Backups` → `cloud_backups`); a keyword
/// would need `mod r#type;`, a trailing underscore reads better.
fn module_name(tag: &str) -> String {
    let name = snake_ident(tag);
    match name.strip_prefix("r#") {
        Some(keyword) => format!("{keyword}_"),
        None => name,
    }
}

/// The accessor of a group: its module name, unless the client has a
/// method of that name.
fn accessor_name(module: &str) -> String {
    if CLIENT_METHODS.contains(&module) {
        format!("{module}_api")
    } else {
        module.to_owned()
    }
}

impl Draft {
    /// The operation, with its names and examples.
    pub fn complete(self, names: OpNames, index: usize) -> Operation {
        let Operation {
            id,
            names: (),
            index: _,
            http_method,
            path,
            pointer,
            tag,
            docs,
            deprecated,
            sunset,
            version,
            versions,
            preview,
            accept,
            params,
            body,
            responses,
            output,
            paging,
            no_auth,
        } = self;
        Operation {
            id,
            names,
            index,
            http_method,
            path,
            pointer,
            tag,
            docs,
            deprecated,
            sunset,
            version,
            versions,
            preview,
            accept,
            params,
            body,
            responses,
            output,
            paging,
            no_auth,
        }
    }
}
