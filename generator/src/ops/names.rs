//! The naming pass: every Rust name of every operation and group, decided
//! once, after all types have their names (builders, response enums and
//! group structs share the types' namespace: API modules glob-import the
//! types, and a local item would silently shadow a type of the same name).

use super::{Draft, Group, OpNames, Operation, Output, VersionMethod, VersionRole, version_suffix};
use crate::diag::Diagnostics;
use crate::naming::{NameTable, pascal_ident, snake_ident};
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
    diags: &mut Diagnostics,
) -> (Vec<(Draft, OpNames)>, Vec<Group>) {
    let drafts = with_methods(drafts, diags);
    let groups = groups(&drafts, types);
    let group_of: BTreeMap<&str, usize> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.tag.as_str(), i))
        .collect();
    let mut ops = Vec::with_capacity(drafts.len());
    for (draft, method, role) in drafts {
        let base = match role {
            VersionRole::Default { .. } => pascal_ident(&draft.id),
            VersionRole::Other { .. } => {
                format!(
                    "{}{}",
                    pascal_ident(&draft.id),
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

type Named = (Draft, String, VersionRole);

/// Method names, claimed in order: a site's default method takes the
/// operationId (`update_org_invite_by_id`), its other versions that name
/// with the version (`create_group_cluster_v2023_02_01`).
fn with_methods(drafts: Vec<Draft>, diags: &mut Diagnostics) -> Vec<Named> {
    let mut table = NameTable::new();
    let mut out: Vec<Named> = Vec::with_capacity(drafts.len());
    for site in by_site(drafts) {
        let mut versions = site.into_iter();
        let Some(default) = versions.next() else {
            continue;
        };
        let want = snake_ident(&default.id);
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
                )
            })
            .collect();
        let methods = others
            .iter()
            .map(|(d, method, _)| VersionMethod {
                version: d.version.clone(),
                method: method.clone(),
            })
            .collect();
        out.push((default, want, VersionRole::Default { others: methods }));
        out.extend(others);
    }
    out
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
    for (op, _, role) in ops {
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
