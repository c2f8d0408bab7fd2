//! Changes of paired operations: versions and sunsets, deprecation,
//! parameters, body and response type.

use super::{Compare, output_name, show, sunsets};
use crate::ops::{Location, Operation, Output, SuccessKind};

impl Compare<'_> {
    /// Versions offered, and the sunsets of every version at the route.
    pub(super) fn versions(&mut self, a: &Operation, b: &Operation, today: &str) {
        for v in b.versions.iter().filter(|v| !a.versions.contains(v)) {
            let detail = format!(
                "version {v} added (method `{}_{}`)",
                b.names.method,
                crate::ops::version_suffix(v)
            );
            self.push("version-added", false, &b.id, detail);
        }
        let (old_sunsets, new_sunsets) = (sunsets(self.old, a), sunsets(self.new, b));
        for (version, date) in &new_sunsets {
            if old_sunsets.get(version) != Some(date) {
                self.push(
                    "sunset-set",
                    false,
                    &b.id,
                    format!("version {version} sunsets on {date} (x-sunset)"),
                );
            }
            if date.as_str() <= today {
                self.push(
                    "sunset-passed",
                    false,
                    &b.id,
                    format!("version {version} sunset on {date}; Atlas may refuse it"),
                );
            }
        }
    }

    pub(super) fn deprecation(&mut self, a: &Operation, b: &Operation) {
        if b.deprecated && !a.deprecated {
            let sunset = b
                .sunset
                .as_ref()
                .map(|s| format!(", sunset {s}"))
                .unwrap_or_default();
            self.push(
                "operation-deprecated",
                false,
                &b.id,
                format!("`{}` deprecated{sunset}", b.names.method),
            );
        }
        for p in &b.params {
            let before = a
                .params
                .iter()
                .find(|q| q.wire == p.wire && q.location == p.location);
            if p.deprecated && before.is_some_and(|q| !q.deprecated) {
                self.push(
                    "parameter-deprecated",
                    false,
                    &b.id,
                    format!("{} parameter `{}` deprecated", p.location.as_str(), p.wire),
                );
            }
        }
    }

    /// Added, removed, retyped and newly required parameters.
    pub(super) fn params(&mut self, a: &Operation, b: &Operation) {
        for p in &b.params {
            let before = a
                .params
                .iter()
                .find(|q| q.wire == p.wire && q.location == p.location);
            let what = format!("{} parameter `{}`", p.location.as_str(), p.wire);
            match before {
                None if p.required || p.location == Location::Path => self.push(
                    "request-parameter-added-required",
                    true,
                    &b.id,
                    format!("required {what} added"),
                ),
                None => self.push(
                    "request-parameter-added",
                    false,
                    &b.id,
                    format!("optional {what} added (setter `{}`)", p.ident),
                ),
                Some(q) if !self.same_ty(&q.ty, &p.ty) => self.push(
                    "request-parameter-type-changed",
                    true,
                    &b.id,
                    format!(
                        "{what}: {} → {}",
                        show(self.old, &q.ty),
                        show(self.new, &p.ty)
                    ),
                ),
                Some(q) if p.required && !q.required => self.push(
                    "request-parameter-became-required",
                    true,
                    &b.id,
                    format!("{what} became required"),
                ),
                Some(_) => {}
            }
        }
        for q in &a.params {
            if !b
                .params
                .iter()
                .any(|p| p.wire == q.wire && p.location == q.location)
            {
                let detail = format!(
                    "{} parameter `{}` removed (setter `{}`)",
                    q.location.as_str(),
                    q.wire,
                    q.ident
                );
                self.push("request-parameter-removed", true, &b.id, detail);
            }
        }
    }

    pub(super) fn body(&mut self, a: &Operation, b: &Operation) {
        match (&a.body, &b.body) {
            (None, Some(n)) if n.required => self.push(
                "request-body-added-required",
                true,
                &b.id,
                "required body added".into(),
            ),
            (None, Some(_)) => self.push(
                "request-body-added",
                false,
                &b.id,
                "optional body added".into(),
            ),
            (Some(_), None) => self.push(
                "request-body-removed",
                true,
                &b.id,
                "body removed (setter `body`)".into(),
            ),
            (Some(o), Some(n)) => {
                if n.required && !o.required {
                    self.push(
                        "request-body-became-required",
                        true,
                        &b.id,
                        "body became required".into(),
                    );
                }
                if !self.same_ty(&o.ty, &n.ty) {
                    let detail = format!(
                        "body type {} → {}",
                        show(self.old, &o.ty),
                        show(self.new, &n.ty)
                    );
                    self.push("request-body-type-changed", true, &b.id, detail);
                }
            }
            (None, None) => {}
        }
    }

    /// What `send()` returns.
    pub(super) fn response(&mut self, a: &Operation, b: &Operation) {
        let same = match (&a.output, &b.output) {
            (Output::Single(SuccessKind::Json(x)), Output::Single(SuccessKind::Json(y))) => {
                self.same_ty(x, y)
            }
            (Output::Single(x), Output::Single(y)) => {
                std::mem::discriminant(x) == std::mem::discriminant(y)
            }
            (Output::PerStatus(x), Output::PerStatus(y)) => {
                x.iter().map(|(s, _)| s).eq(y.iter().map(|(s, _)| s))
            }
            _ => false,
        };
        if !same {
            self.push(
                "response-type-changed",
                true,
                &b.id,
                format!(
                    "`send()` returns another type ({})",
                    output_name(self.new, &b.output)
                ),
            );
            return;
        }
        let statuses = |o: &Operation| o.responses.iter().map(|r| r.status).collect::<Vec<_>>();
        let (before, after) = (statuses(a), statuses(b));
        if before != after {
            // Every 2xx is read as a success: only a mock's status changes.
            self.push(
                "response-status-changed",
                false,
                &b.id,
                format!("documented success {before:?} → {after:?}"),
            );
        }
    }
}
