//! The report as Markdown (for pull requests and the changelog) and as
//! JSON (stable check ids and a `summary`, for tools).

use super::{Change, OpRef, Renamed, Report};
use serde_json::{Value, json};
use std::fmt::Write as _;

/// The report as JSON, with a top-level `summary`.
pub fn json(report: &Report) -> Value {
    let breaking = report.changes.iter().filter(|c| c.breaking).count()
        + report.operations_removed.len()
        + report.types_removed.len()
        + report.aliases_dropped.len();
    json!({
        "summary": {
            "operations": {
                "added": report.operations_added.len(),
                "removed": report.operations_removed.len(),
                "renamed": report.operations_renamed.len(),
                "moved": report.operations_moved.len(),
            },
            "types": {
                "added": report.types_added.len(),
                "removed": report.types_removed.len(),
                "renamed": report.types_renamed.len(),
            },
            "changes": report.changes.len(),
            "breaking": breaking,
            "semver": report.semver().as_str(),
        },
        "old": report.old,
        "new": report.new,
        "operations": {
            "added": report.operations_added,
            "removed": report.operations_removed,
            "renamed": report.operations_renamed,
            "moved": report.operations_moved,
        },
        "types": {
            "added": report.types_added,
            "removed": report.types_removed,
            "renamed": report.types_renamed,
        },
        "changes": report.changes,
        "aliases_dropped": report.aliases_dropped,
    })
}

/// The report as Markdown.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let side = |s: &Option<super::Side>| {
        s.as_ref().map_or("?".to_owned(), |s| {
            format!("`{}` (release {})", s.file, s.release)
        })
    };
    let _ = writeln!(
        out,
        "# Atlas spec change: {} → {}\n",
        side(&report.old),
        side(&report.new)
    );
    if report.is_empty() {
        out.push_str("No change to the generated Rust API.\n");
        return out;
    }
    summary(&mut out, report);
    breaking(&mut out, report);
    ops_table(&mut out, "Operations added", &report.operations_added);
    removed(&mut out, &report.operations_removed);
    renamed(
        &mut out,
        "Operations renamed (the old methods stay, deprecated, forwarding)",
        &report.operations_renamed,
    );
    renamed(
        &mut out,
        "Operations moved to another API group",
        &report.operations_moved,
    );
    types(&mut out, report);
    other_changes(&mut out, &report.changes);
    out
}

fn summary(out: &mut String, r: &Report) {
    let breaking = r.changes.iter().filter(|c| c.breaking).count();
    let _ = writeln!(
        out,
        "**Semver: {}** for the generated crate.\n",
        r.semver().as_str()
    );
    let _ = writeln!(
        out,
        "| | added | removed | renamed | moved |\n| --- | --- | --- | --- | --- |"
    );
    let _ = writeln!(
        out,
        "| operations | {} | {} | {} | {} |",
        r.operations_added.len(),
        r.operations_removed.len(),
        r.operations_renamed.len(),
        r.operations_moved.len()
    );
    let _ = writeln!(
        out,
        "| types | {} | {} | {} | |\n",
        r.types_added.len(),
        r.types_removed.len(),
        r.types_renamed.len()
    );
    let _ = writeln!(
        out,
        "{} other changes, {breaking} of them breaking.\n",
        r.changes.len()
    );
}

/// What breaks callers, first.
fn breaking(out: &mut String, r: &Report) {
    let changes: Vec<&Change> = r
        .changes
        .iter()
        .chain(&r.aliases_dropped)
        .filter(|c| c.breaking)
        .collect();
    let removed = r.operations_removed.len() + r.types_removed.len();
    if changes.is_empty() && removed == 0 {
        return;
    }
    let _ = writeln!(out, "## Breaking changes\n");
    for op in &r.operations_removed {
        let _ = writeln!(
            out,
            "- operation `{}` removed: `{}` ({})",
            op.operation_id, op.method, op.route
        );
    }
    for t in &r.types_removed {
        let _ = writeln!(out, "- type `{t}` removed");
    }
    for c in changes {
        let _ = writeln!(out, "- `{}`: {} [{}]", c.subject, c.detail, c.id);
    }
    out.push('\n');
}

fn ops_table(out: &mut String, title: &str, ops: &[OpRef]) {
    if ops.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "## {title} ({})\n\n| operationId | route | Rust method |\n| --- | --- | --- |",
        ops.len()
    );
    for op in ops {
        let _ = writeln!(
            out,
            "| `{}` | `{}` | `{}` |",
            op.operation_id, op.route, op.method
        );
    }
    out.push('\n');
}

fn removed(out: &mut String, ops: &[OpRef]) {
    if ops.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "## Operations removed ({})\n\n| operationId | route | deprecated before | sunset |\n| --- | --- | --- | --- |",
        ops.len()
    );
    for op in ops {
        let deprecated = if op.deprecated { "yes" } else { "no" };
        let sunset = op.sunset.as_deref().unwrap_or("");
        let _ = writeln!(
            out,
            "| `{}` | `{}` | {deprecated} | {sunset} |",
            op.operation_id, op.route
        );
    }
    out.push('\n');
}

fn renamed(out: &mut String, title: &str, pairs: &[Renamed]) {
    if pairs.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "## {title} ({})\n\n| route | old | new |\n| --- | --- | --- |",
        pairs.len()
    );
    for p in pairs {
        let _ = writeln!(
            out,
            "| `{}` | `{}` | `{}` |",
            p.new.route, p.old.method, p.new.method
        );
    }
    out.push('\n');
}

fn types(out: &mut String, r: &Report) {
    if !r.types_renamed.is_empty() {
        let _ = writeln!(
            out,
            "## Types renamed ({}; the old names stay, deprecated)\n\n| old | new | paired by |\n| --- | --- | --- |",
            r.types_renamed.len()
        );
        for t in &r.types_renamed {
            let _ = writeln!(out, "| `{}` | `{}` | {} |", t.old, t.new, t.by);
        }
        out.push('\n');
    }
    if !r.types_added.is_empty() {
        let names: Vec<String> = r.types_added.iter().map(|t| format!("`{t}`")).collect();
        let _ = writeln!(
            out,
            "## Types added ({})\n\n{}\n",
            r.types_added.len(),
            names.join(", ")
        );
    }
}

/// Everything else, grouped by kind.
fn other_changes(out: &mut String, changes: &[Change]) {
    let rest: Vec<&Change> = changes.iter().filter(|c| !c.breaking).collect();
    if rest.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Other changes ({})\n", rest.len());
    let mut by_id: std::collections::BTreeMap<&str, Vec<&Change>> = Default::default();
    for c in rest {
        by_id.entry(c.id).or_default().push(c);
    }
    for (id, list) in by_id {
        let _ = writeln!(out, "### {id} ({})\n", list.len());
        for c in list {
            let _ = writeln!(out, "- `{}`: {}", c.subject, c.detail);
        }
        out.push('\n');
    }
}
