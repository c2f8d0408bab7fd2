//! The compatibility records after an update: existing ones pointed at the
//! new names (chains), new ones for the update's renames and moves, those
//! past their time or without a target dropped.

use crate::compat::{
    EnumRecord, KEEP_MONTHS, OperationRecord, Records, TypeRecord, months_between,
};
use crate::ir::Ir;
use crate::tooling::diff::{Change, Report};
use std::collections::BTreeSet;

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

/// Enums the new spec stopped listing are kept (a record each; their
/// `enum-dropped` changes become the non-breaking `enum-kept`), and records
/// generation found stale (the spec lists values there again, or the schema
/// is gone) are dropped, each with a change saying so.
pub fn keep_enums(records: &mut Records, report: &mut Report, new: &Ir, date: &str) {
    let stale: BTreeSet<&str> = new
        .diagnostics
        .iter()
        .filter(|d| d.code == "enum-record-stale")
        .map(|d| d.pointer.as_str())
        .collect();
    records.enums.retain(|r| {
        if !stale.contains(r.pointer.as_str()) {
            return true;
        }
        report.changes.push(Change {
            id: "enum-record-dropped",
            breaking: false,
            subject: r.name.clone(),
            detail: format!(
                "the kept values of `{}` at `{}` are no longer needed (the spec lists values there again, or the schema changed)",
                r.name, r.pointer
            ),
        });
        false
    });
    for dropped in &report.enums_dropped {
        if !records.enums.iter().any(|r| r.pointer == dropped.pointer) {
            records.enums.push(EnumRecord {
                pointer: dropped.pointer.clone(),
                name: dropped.name.clone(),
                values: dropped.values.clone(),
                since: date.to_owned(),
                source: None,
            });
        }
        let explained = report
            .changes
            .iter_mut()
            .filter(|c| c.id == "enum-dropped")
            .find(|c| c.subject == dropped.subject && c.detail == dropped.detail);
        if let Some(change) = explained {
            change.id = "enum-kept";
            change.breaking = false;
            change.detail = format!(
                "{}: enum kept from {date} (spec/compat.toml), values {}",
                change.detail,
                dropped.values.join(", ")
            );
        }
    }
    records.enums.sort_by(|a, b| a.pointer.cmp(&b.pointer));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compat::ir_with;
    use crate::tooling::diff::{OpRef, Renamed, TypeRename};

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
            enums: Vec::new(),
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
}
