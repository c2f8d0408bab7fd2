//! Names the generated crate had under earlier spec releases, kept as
//! deprecated aliases so that code written against them still compiles:
//! an old method forwards to the renamed one (on its old group), the old
//! builder and type names are type aliases.
//!
//! The records live in `spec/compat.toml`: `cargo xtask update` writes them
//! from the change report, generation reads them (so generation stays a
//! pure function of spec and settings). They always name the current
//! target: an update that renames a target again rewrites the records that
//! point at it, so aliases chain. An alias is dropped at the update where
//! its target leaves the spec, or where it is older than [`KEEP_MONTHS`]
//! months; the change report lists each dropped alias as breaking.

use crate::diag::Diagnostics;
use crate::diff::{Change, Report};
use crate::ir::Ir;
use crate::ops::Operation;
use crate::types::TypeId;
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
             # after `since`, at the next update (the change report lists it as breaking).\n\n{body}"
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
}

/// Resolves the records; a record that cannot be honoured (its target is
/// gone, its old name is taken) is warned about and left out.
pub fn resolve(records: &Records, ir: &Ir, diags: &mut Diagnostics) -> Aliases {
    let mut aliases = Aliases::default();
    for r in &records.operations {
        match method_alias(r, ir) {
            Ok(alias) => aliases.methods.push(alias),
            Err(why) => diags.warn(
                "alias-skipped",
                "#/paths",
                format!("compat alias `{}`: {why}", r.old_method),
            ),
        }
    }
    let names: BTreeSet<&str> = ir.defs.iter().map(|d| d.name.as_str()).collect();
    for r in &records.types {
        let target = ir.defs.iter().position(|d| d.name == r.target);
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

fn method_alias(r: &OperationRecord, ir: &Ir) -> Result<MethodAlias, String> {
    let target = ir
        .operations
        .iter()
        .position(|o| o.is_default() && o.id == r.target)
        .ok_or_else(|| format!("no operation `{}`", r.target))?;
    let host = match ir.groups.iter().position(|g| g.module == r.old_group) {
        Some(g) => Host::Group(g),
        None => Host::Legacy {
            module: r.old_group.clone(),
            ident: format!("{}Api", crate::naming::pascal_ident(&r.old_group)),
        },
    };
    if let Host::Group(g) = host {
        let taken = ir
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
    let builder_alias = !ir.defs.iter().any(|d| d.name == r.old_builder)
        && !ir
            .operations
            .iter()
            .any(|o| o.names.builder == r.old_builder);
    Ok(MethodAlias {
        record: r.clone(),
        target,
        host,
        builder_alias,
    })
}

/// The records after an update: existing ones pointed at the new names
/// (chains), new ones for this update's renames and moves, and those past
/// their time or without a target dropped (returned as breaking changes).
pub fn update(records: &Records, report: &Report, new: &Ir, date: &str) -> (Records, Vec<Change>) {
    let mut next = records.clone();
    chain(&mut next, report);
    add_renames(&mut next, report, new, date);
    let dropped = drop_stale(&mut next, new, date);
    (next, dropped)
}

/// Records whose target was renamed again point at the new name.
fn chain(records: &mut Records, report: &Report) {
    for r in &mut records.operations {
        if let Some(p) = report
            .operations_renamed
            .iter()
            .find(|p| p.old.operation_id == r.target)
        {
            r.target = p.new.operation_id.clone();
        }
    }
    for r in &mut records.types {
        if let Some(t) = report.types_renamed.iter().find(|t| t.old == r.target) {
            r.target = t.new.clone();
        }
    }
}

/// A record per renamed or moved operation and per renamed type.
fn add_renames(records: &mut Records, report: &Report, new: &Ir, date: &str) {
    let moved_or_renamed = report
        .operations_renamed
        .iter()
        .chain(&report.operations_moved);
    for p in moved_or_renamed {
        let Some(old_op) = split_method(&p.old.method) else {
            continue;
        };
        let record = OperationRecord {
            old_method: old_op.to_owned(),
            old_builder: p.old.builder.clone(),
            old_group: p.old.group.clone(),
            target: p.new.operation_id.clone(),
            since: date.to_owned(),
        };
        let same = |r: &OperationRecord| {
            r.old_method == record.old_method && r.old_group == record.old_group
        };
        if !records.operations.iter().any(same)
            && new.operations.iter().any(|o| o.id == record.target)
        {
            records.operations.push(record);
        }
    }
    for t in &report.types_renamed {
        if !records.types.iter().any(|r| r.old == t.old) {
            records.types.push(TypeRecord {
                old: t.old.clone(),
                target: t.new.clone(),
                since: date.to_owned(),
            });
        }
    }
    records
        .operations
        .sort_by(|a, b| (&a.old_group, &a.old_method).cmp(&(&b.old_group, &b.old_method)));
    records.types.sort_by(|a, b| a.old.cmp(&b.old));
}

/// `group().method` → `method`.
fn split_method(method: &str) -> Option<&str> {
    method.split_once("().").map(|(_, m)| m)
}

/// Drops aliases whose target left the spec or whose time is up.
fn drop_stale(records: &mut Records, new: &Ir, date: &str) -> Vec<Change> {
    let mut dropped = Vec::new();
    let op_ids: BTreeSet<&str> = new.operations.iter().map(|o| o.id.as_str()).collect();
    let type_names: BTreeSet<&str> = new.defs.iter().map(|d| d.name.as_str()).collect();
    let expired = |since: &str| months_between(since, date).is_some_and(|m| m >= KEEP_MONTHS);
    records.operations.retain(|r| {
        let why = match (op_ids.contains(r.target.as_str()), expired(&r.since)) {
            (false, _) => format!("its target `{}` left the spec", r.target),
            (true, true) => format!("renamed on {}, more than {KEEP_MONTHS} months ago", r.since),
            (true, false) => return true,
        };
        dropped.push(Change {
            id: "alias-dropped",
            breaking: true,
            subject: r.old_method.clone(),
            detail: format!(
                "method alias `{}().{}` dropped: {why}",
                r.old_group, r.old_method
            ),
        });
        false
    });
    records.types.retain(|r| {
        let why = match (type_names.contains(r.target.as_str()), expired(&r.since)) {
            (false, _) => format!("its target `{}` left the spec", r.target),
            (true, true) => format!("renamed on {}, more than {KEEP_MONTHS} months ago", r.since),
            (true, false) => return true,
        };
        dropped.push(Change {
            id: "alias-dropped",
            breaking: true,
            subject: r.old.clone(),
            detail: format!("type alias `{}` dropped: {why}", r.old),
        });
        false
    });
    dropped
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

/// The operation a method alias forwards to.
pub fn target<'i>(ir: &'i Ir, alias: &MethodAlias) -> &'i Operation {
    &ir.operations[alias.target]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{OpRef, Renamed, TypeRename};

    fn op_ref(id: &str, method: &str, group: &str) -> OpRef {
        OpRef {
            operation_id: id.into(),
            route: "GET /a".into(),
            method: format!("{group}().{method}"),
            builder: crate::naming::pascal_ident(id),
            group: group.into(),
            deprecated: false,
            sunset: None,
        }
    }

    fn ir_with(ops: &[&str], types: &[&str]) -> Ir {
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
        crate::build_ir("t.yaml", &text, &settings).expect("ir")
    }

    #[test]
    fn renames_become_records_and_chain_through_later_renames() {
        let mut report = Report::default();
        report.operations_renamed.push(Renamed {
            old: op_ref("getA", "get_a", "g"),
            new: op_ref("getB", "get_b", "g"),
        });
        report.types_renamed.push(TypeRename {
            old: "TypeA".into(),
            new: "TypeB".into(),
            by: "position",
        });
        let (first, dropped) = update(
            &Records::default(),
            &report,
            &ir_with(&["getB"], &["TypeB"]),
            "2026-01-16",
        );
        assert!(dropped.is_empty());
        assert_eq!(first.operations[0].old_method, "get_a");
        assert_eq!(
            (
                first.operations[0].target.as_str(),
                first.types[0].target.as_str()
            ),
            ("getB", "TypeB")
        );
        // A second update renames B to C: the old name points at C now.
        let mut again = Report::default();
        again.operations_renamed.push(Renamed {
            old: op_ref("getB", "get_b", "g"),
            new: op_ref("getC", "get_c", "g"),
        });
        again.types_renamed.push(TypeRename {
            old: "TypeB".into(),
            new: "TypeC".into(),
            by: "name",
        });
        let (second, _) = update(
            &first,
            &again,
            &ir_with(&["getC"], &["TypeC"]),
            "2026-08-21",
        );
        let olds: Vec<(&str, &str)> = second
            .operations
            .iter()
            .map(|r| (r.old_method.as_str(), r.target.as_str()))
            .collect();
        assert_eq!(olds, [("get_a", "getC"), ("get_b", "getC")]);
        assert!(second.types.iter().all(|t| t.target == "TypeC"));
        assert_eq!(
            second.operations[0].since, "2026-01-16",
            "an alias keeps the date of its rename"
        );
    }

    #[test]
    fn aliases_are_dropped_when_their_target_goes_or_their_time_is_up() {
        let records = Records {
            operations: vec![
                OperationRecord {
                    old_method: "gone".into(),
                    old_builder: "Gone".into(),
                    old_group: "g".into(),
                    target: "getGone".into(),
                    since: "2026-01-01".into(),
                },
                OperationRecord {
                    old_method: "old".into(),
                    old_builder: "Old".into(),
                    old_group: "g".into(),
                    target: "getB".into(),
                    since: "2025-01-01".into(),
                },
                OperationRecord {
                    old_method: "kept".into(),
                    old_builder: "Kept".into(),
                    old_group: "g".into(),
                    target: "getB".into(),
                    since: "2026-06-01".into(),
                },
            ],
            types: Vec::new(),
        };
        let (next, dropped) = update(
            &records,
            &Report::default(),
            &ir_with(&["getB"], &[]),
            "2026-08-21",
        );
        assert_eq!(next.operations.len(), 1);
        assert_eq!(next.operations[0].old_method, "kept");
        assert_eq!(dropped.len(), 2);
        assert!(
            dropped
                .iter()
                .all(|c| c.breaking && c.id == "alias-dropped")
        );
    }

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
        };
        let mut diags = Diagnostics::default();
        let aliases = resolve(&records, &ir, &mut diags);
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
    fn months_count_whole_months() {
        assert_eq!(months_between("2025-08-21", "2026-08-21"), Some(12));
        assert_eq!(months_between("2025-08-22", "2026-08-21"), Some(11));
        assert_eq!(months_between("2026-08-21", "2025-08-21"), None);
    }
}
