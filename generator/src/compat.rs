//! Names the generated crate had under earlier spec releases, kept as
//! deprecated aliases so that code written against them still compiles:
//! an old method forwards to the renamed one (on its old group), the old
//! builder and type names are type aliases.
//!
//! The records live in `spec/compat.toml`: `cargo xtask update` writes them
//! from the change report (`crate::tooling::update::records`), generation reads them (so generation stays a
//! pure function of spec and settings). They always name the current
//! target: an update that renames a target again rewrites the records that
//! point at it, so aliases chain. An alias is dropped at the update where
//! its target leaves the spec, or where it is older than [`KEEP_MONTHS`]
//! months; the change report lists each dropped alias as breaking.

use crate::diag::Diagnostics;
use crate::naming::pascal_ident;
use crate::ops::{Group, Operation, VersionRole, version_suffix};
use crate::types::{TypeDef, TypeId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// How long an alias is kept after the rename, in months.
pub const KEEP_MONTHS: u32 = 12;

/// The file of the records, beside the settings.
pub const FILE: &str = "compat.toml";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Records {
    #[serde(default, rename = "operation")]
    pub operations: Vec<OperationRecord>,
    #[serde(default, rename = "type")]
    pub types: Vec<TypeRecord>,
    #[serde(default, rename = "enum")]
    pub enums: Vec<EnumRecord>,
}

/// An enum the spec stopped listing at a string property: the generated
/// type stays the open enum it was, with its last known values (values it
/// does not know still decode, into `Unknown`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumRecord {
    /// The string schema that lost its `enum` (a property, or the items of
    /// an array property): `#/components/schemas/GroupUserRequest/properties/roles/items`.
    pub pointer: String,
    /// The enum's Rust name.
    pub name: String,
    /// Its values as the spec last listed them.
    pub values: Vec<String>,
    /// The date of the spec release that dropped them.
    pub since: String,
    /// Where the values come from, when not from the spec release before
    /// `since` (seeded records say which spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Puts each kept enum's values back into the spec (as JSON, before it is
/// read), where the schema is still a plain string without values; names
/// nothing else. A record whose schema is gone, is no longer a string, or
/// lists values again is warned about (`enum-record-stale`; the next
/// update drops it).
pub fn keep_enums(spec: &mut serde_json::Value, records: &[EnumRecord], diags: &mut Diagnostics) {
    for r in records {
        let at = r.pointer.strip_prefix('#').unwrap_or(&r.pointer);
        let why = match spec.pointer_mut(at).and_then(|n| n.as_object_mut()) {
            None => "the schema is gone",
            Some(node) if node.contains_key("enum") => "the spec lists values there again",
            Some(node) if node.get("type").and_then(|t| t.as_str()) != Some("string") => {
                "the schema is no longer a string"
            }
            Some(node) => {
                let values = r.values.iter().cloned().map(serde_json::Value::from);
                node.insert("enum".into(), values.collect());
                let said = node
                    .get("description")
                    .and_then(|d| d.as_str())
                    .unwrap_or("");
                let note = format!(
                    "{said}\n\nValues kept by this crate (spec/compat.toml): {}; the spec lists none here since {}. A value this crate does not know decodes as `Unknown`.",
                    r.source.as_deref().unwrap_or("the spec listed them before"),
                    r.since
                );
                node.insert("description".into(), note.trim_start().into());
                continue;
            }
        };
        diags.warn(
            "enum-record-stale",
            &r.pointer,
            format!("kept enum `{}`: {why}", r.name),
        );
    }
}

/// An operation's earlier Rust names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationRecord {
    /// The method's old name (`update_organization_invitation_by_id`).
    pub old_method: String,
    /// The old request builder (`UpdateOrganizationInvitationById`).
    pub old_builder: String,
    /// The module of the group the old method was on (`organizations`).
    pub old_group: String,
    /// The operationId the alias forwards to.
    pub target: String,
    /// The date of the spec release that renamed it (`YYYY-MM-DD`).
    pub since: String,
}

/// A type's earlier name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeRecord {
    pub old: String,
    /// The type it stands for now.
    pub target: String,
    pub since: String,
}

impl Records {
    pub fn parse(file: &str, text: &str) -> Result<Records, crate::diag::Error> {
        toml::from_str(text).map_err(|e| crate::diag::Error::new(file, e.to_string()))
    }

    /// The records as the committed file: a header, then one table each.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!(
            "# Names the generated crate had under earlier Atlas spec releases, kept as\n\
             # deprecated aliases so that code written against them still compiles.\n\
             # Written by `cargo xtask update`, read by generation; review it like code.\n\
             # An alias is dropped when its target leaves the spec, or {KEEP_MONTHS} months\n\
             # after `since`, at the next update (the change report lists it as breaking).\n\
             # An `enum` record keeps the values of an enum the spec stopped listing.\n\n{body}"
        )
    }
}

/// A method alias, resolved: where it goes and what it forwards to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodAlias {
    pub record: OperationRecord,
    /// The default operation it forwards to.
    pub target: usize,
    /// The group it is a method of: the old group when the crate still has
    /// it, else a legacy group of that name made for the aliases.
    pub host: Host,
    /// Whether the old builder name can be an alias (no type has it).
    pub builder_alias: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Host {
    Group(usize),
    /// A group of the old name that only holds aliases.
    Legacy {
        module: String,
        ident: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeAlias {
    pub record: TypeRecord,
    pub target: TypeId,
}

/// The aliases of a crate, resolved against its IR.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Aliases {
    pub methods: Vec<MethodAlias>,
    pub types: Vec<TypeAlias>,
    /// The groups that only hold aliases, by module name.
    pub legacy_groups: Vec<LegacyGroup>,
}

/// An old group the crate no longer has, kept for its method aliases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegacyGroup {
    /// Its [`Host::Legacy`].
    pub host: Host,
    /// Indexes into [`Aliases::methods`].
    pub methods: Vec<usize>,
    /// The groups of the aliases' targets (ascending): it exists when any
    /// of them does.
    pub target_groups: Vec<usize>,
}

/// Resolves the records; a record that cannot be honoured (its target is
/// gone, its old name is taken) is warned about and left out.
pub fn resolve(
    records: &Records,
    defs: &[TypeDef],
    operations: &[Operation],
    groups: &[Group],
    diags: &mut Diagnostics,
) -> Aliases {
    let mut aliases = Aliases::default();
    let targets = Targets {
        defs,
        operations,
        groups,
    };
    for r in &records.operations {
        let default = operations
            .iter()
            .position(|o| o.is_default() && o.id == r.target)
            .ok_or_else(|| format!("no operation `{}`", r.target));
        match default.and_then(|t| targets.alias(r.clone(), t)) {
            Ok(alias) => {
                let versions = targets.version_aliases(&alias, diags);
                aliases.methods.push(alias);
                aliases.methods.extend(versions);
            }
            Err(why) => diags.warn(
                "alias-skipped",
                "#/paths",
                format!("compat alias `{}`: {why}", r.old_method),
            ),
        }
    }
    aliases.legacy_groups = legacy_groups(&aliases.methods, operations);
    let names: BTreeSet<&str> = defs.iter().map(|d| d.name.as_str()).collect();
    for r in &records.types {
        let target = defs.iter().position(|d| d.name == r.target);
        match (target, names.contains(r.old.as_str())) {
            (Some(target), false) => aliases.types.push(TypeAlias {
                record: r.clone(),
                target,
            }),
            (None, _) => diags.warn(
                "alias-skipped",
                "#/components/schemas",
                format!("compat alias `{}`: no type `{}`", r.old, r.target),
            ),
            (_, true) => diags.warn(
                "alias-skipped",
                "#/components/schemas",
                format!("compat alias `{}`: a type has that name again", r.old),
            ),
        }
    }
    aliases
}

/// The legacy hosts of `methods`, each with its aliases, sorted by module.
fn legacy_groups(methods: &[MethodAlias], operations: &[Operation]) -> Vec<LegacyGroup> {
    let mut groups: Vec<LegacyGroup> = Vec::new();
    for (index, alias) in methods.iter().enumerate() {
        if let Host::Group(_) = alias.host {
            continue;
        }
        let target_group = operations[alias.target].names.group;
        match groups.iter_mut().find(|g| g.host == alias.host) {
            Some(g) => {
                g.methods.push(index);
                g.target_groups.push(target_group);
            }
            None => groups.push(LegacyGroup {
                host: alias.host.clone(),
                methods: vec![index],
                target_groups: vec![target_group],
            }),
        }
    }
    for g in &mut groups {
        g.target_groups.sort_unstable();
        g.target_groups.dedup();
    }
    groups.sort_by(|a, b| legacy_key(&a.host).cmp(&legacy_key(&b.host)));
    groups
}

fn legacy_key(host: &Host) -> (&str, &str) {
    match host {
        Host::Legacy { module, ident } => (module, ident),
        Host::Group(_) => ("", ""),
    }
}

/// What aliases are resolved against.
struct Targets<'a> {
    defs: &'a [TypeDef],
    operations: &'a [Operation],
    groups: &'a [Group],
}

impl Targets<'_> {
    /// The alias of `r` forwarding to the operation at `target`, unless its
    /// old name is taken again.
    fn alias(&self, r: OperationRecord, target: usize) -> Result<MethodAlias, String> {
        let host = match self.groups.iter().position(|g| g.module == r.old_group) {
            Some(g) => Host::Group(g),
            None => Host::Legacy {
                module: r.old_group.clone(),
                ident: format!("{}Api", crate::naming::pascal_ident(&r.old_group)),
            },
        };
        if let Host::Group(g) = host {
            let taken = self
                .operations
                .iter()
                .any(|o| o.names.group == g && o.names.method == r.old_method);
            if taken {
                return Err(format!(
                    "the group `{}` has a method of that name again",
                    r.old_group
                ));
            }
        }
        let builder_alias = !self.defs.iter().any(|d| d.name == r.old_builder)
            && !self
                .operations
                .iter()
                .any(|o| o.names.builder == r.old_builder);
        Ok(MethodAlias {
            record: r,
            target,
            host,
            builder_alias,
        })
    }

    /// The aliases of the renamed operation's other versions (and preview),
    /// named as the old crate named them: `old_v2023_02_01` forwarding to
    /// `new_v2023_02_01`, builder `OldV20230201` for `NewV20230201`.
    fn version_aliases(&self, alias: &MethodAlias, diags: &mut Diagnostics) -> Vec<MethodAlias> {
        let target = &self.operations[alias.target];
        let VersionRole::Default { others } = &target.names.role else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for other in others {
            let suffix = version_suffix(&other.version);
            let record = OperationRecord {
                old_method: format!("{}_{suffix}", alias.record.old_method),
                old_builder: format!("{}{}", alias.record.old_builder, pascal_ident(&suffix)),
                ..alias.record.clone()
            };
            let Some(index) = self.operations.iter().position(|o| {
                o.names.group == target.names.group && o.names.method == other.method
            }) else {
                continue;
            };
            match self.alias(record, index) {
                Ok(a) => out.push(a),
                Err(why) => diags.warn(
                    "alias-skipped",
                    "#/paths",
                    format!("compat alias `{}_{suffix}`: {why}", alias.record.old_method),
                ),
            }
        }
        out
    }
}

/// Whole months from one `YYYY-MM-DD` date to another.
pub fn months_between(from: &str, to: &str) -> Option<u32> {
    let parse = |d: &str| -> Option<(i64, i64, i64)> {
        let mut it = d.splitn(3, '-').map(|p| p.parse::<i64>().ok());
        Some((it.next()??, it.next()??, it.next()??))
    };
    let ((y1, m1, d1), (y2, m2, d2)) = (parse(from)?, parse(to)?);
    let months = (y2 - y1) * 12 + (m2 - m1) - i64::from(d2 < d1);
    u32::try_from(months).ok()
}

/// A crate of a few operations (tag `g`) and object types, for unit tests.
#[cfg(test)]
pub(crate) fn ir_with(ops: &[&str], types: &[&str]) -> crate::Ir {
    let paths: String = ops
        .iter()
        .enumerate()
        .map(|(i, id)| format!("  /p{i}:\n    get: {{operationId: {id}, tags: [g], responses: {{'204': {{description: n}}}}}}\n"))
        .collect();
    let schemas: String = types
        .iter()
        .map(|t| format!("    {t}: {{type: object, properties: {{x: {{type: string}}}}}}\n"))
        .collect();
    let schemas = if schemas.is_empty() {
        "    {}\n".to_owned()
    } else {
        schemas
    };
    let text = format!(
        "openapi: 3.0.1\ninfo: {{title: t, version: '1'}}\npaths:\n{paths}components:\n  schemas:\n{schemas}"
    );
    let settings = crate::settings::minimal();
    crate::build_ir("t.yaml", &text, &crate::inputs::Inputs::of(settings)).expect("ir")
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn records_resolve_to_hosts_and_skip_what_they_cannot_honour() {
        let ir = ir_with(&["getB"], &["TypeB"]);
        let records = Records {
            operations: vec![
                OperationRecord {
                    old_method: "get_a".into(),
                    old_builder: "GetA".into(),
                    old_group: "g".into(),
                    target: "getB".into(),
                    since: "d".into(),
                },
                OperationRecord {
                    old_method: "get_x".into(),
                    old_builder: "GetX".into(),
                    old_group: "gone_group".into(),
                    target: "getB".into(),
                    since: "d".into(),
                },
                OperationRecord {
                    old_method: "get_b".into(),
                    old_builder: "GetB".into(),
                    old_group: "g".into(),
                    target: "getB".into(),
                    since: "d".into(),
                },
                OperationRecord {
                    old_method: "get_y".into(),
                    old_builder: "GetY".into(),
                    old_group: "g".into(),
                    target: "getMissing".into(),
                    since: "d".into(),
                },
            ],
            types: vec![TypeRecord {
                old: "TypeA".into(),
                target: "TypeB".into(),
                since: "d".into(),
            }],
            enums: Vec::new(),
        };
        let mut diags = Diagnostics::default();
        let aliases = resolve(&records, &ir.defs, &ir.operations, &ir.groups, &mut diags);
        let hosts: Vec<(&str, &Host)> = aliases
            .methods
            .iter()
            .map(|a| (a.record.old_method.as_str(), &a.host))
            .collect();
        assert_eq!(hosts.len(), 2);
        assert_eq!(hosts[0], ("get_a", &Host::Group(0)));
        assert!(
            matches!(hosts[1], ("get_x", Host::Legacy { module, .. }) if module == "gone_group")
        );
        assert_eq!(aliases.types.len(), 1);
        assert_eq!(
            diags.into_sorted().len(),
            2,
            "a taken method name, a missing target"
        );
    }

    #[test]
    fn kept_enums_go_back_where_the_spec_has_a_plain_string_only() {
        let record = |pointer: &str| EnumRecord {
            pointer: pointer.into(),
            name: "Color".into(),
            values: vec!["RED".into(), "BLUE".into()],
            since: "2026-05-01".into(),
            source: None,
        };
        let mut spec = serde_json::json!({"components": {"schemas": {"Thing": {"properties": {
            "color": {"type": "string", "description": "The colour."},
            "listed": {"type": "string", "enum": ["GREEN"]},
            "size": {"type": "integer"}
        }}}}});
        let records = [
            record("#/components/schemas/Thing/properties/color"),
            record("#/components/schemas/Thing/properties/listed"),
            record("#/components/schemas/Thing/properties/size"),
            record("#/components/schemas/Gone/properties/color"),
        ];
        let mut diags = Diagnostics::default();
        keep_enums(&mut spec, &records, &mut diags);
        let color = &spec["components"]["schemas"]["Thing"]["properties"]["color"];
        assert_eq!(color["enum"], serde_json::json!(["RED", "BLUE"]));
        assert!(
            color["description"]
                .as_str()
                .unwrap()
                .starts_with("The colour.\n\nValues kept")
        );
        let listed = &spec["components"]["schemas"]["Thing"]["properties"]["listed"];
        assert_eq!(
            listed["enum"],
            serde_json::json!(["GREEN"]),
            "values the spec lists win"
        );
        let stale: Vec<String> = diags
            .into_sorted()
            .into_iter()
            .map(|d| d.code.to_owned())
            .collect();
        assert_eq!(stale, ["enum-record-stale"; 3]);
    }

    #[test]
    fn months_count_whole_months() {
        assert_eq!(months_between("2025-08-21", "2026-08-21"), Some(12));
        assert_eq!(months_between("2025-08-22", "2026-08-21"), Some(11));
        assert_eq!(months_between("2026-08-21", "2025-08-21"), None);
    }
}
