//! An operation's documentation: summary and description, route,
//! operation and version, sunset, preview and deprecation notes, links.

use super::Ctx;
use super::types::doc_lines;
use crate::ops::{Operation, VersionRole};
use proc_macro2::TokenStream;

impl Ctx<'_> {
    /// The method docs: summary, description, route, versions, roles,
    /// changelog, links, deprecation and the usage example.
    pub fn op_docs(&self, op: &Operation) -> TokenStream {
        let mut doc = String::new();
        for text in op.docs.summary.iter().chain(&op.docs.description) {
            doc.push_str(&self.sanitize(text));
            doc.push_str("\n\n");
        }
        doc.push_str(&format!("`{} {}`\n\n", op.http_method, op.path));
        doc.push_str(&format!("Operation `{}`", op.id));
        if let Some(a) = &op.docs.alias {
            doc.push_str(&format!(" ({} CLI: `{a}`)", self.service()));
        }
        doc.push_str(&format!(". API version `{}` (`{}`)", op.version, op.accept));
        doc.push_str(&version_note(op));
        doc.push_str(".\n\n");
        if let (Some(date), false) = (&op.sunset, op.deprecated) {
            doc.push_str(&format!(
                "**Sunset**: {} retires this version on {date} (`x-sunset`).\n\n",
                self.service()
            ));
        }
        doc.push_str(preview_note(op));
        if !op.docs.roles.is_empty() {
            doc.push_str(&format!(
                "Required roles: {}.\n\n",
                op.docs.roles.join(", ")
            ));
        }
        for (date, note) in &op.docs.changelog {
            doc.push_str(&format!("Changelog {date}: {}\n\n", self.sanitize(note)));
        }
        if let Some(url) = &op.docs.docs_url {
            let (service, url) = (&self.settings.client.service, self.links().absolute(url));
            doc.push_str(&format!("[{service} API documentation]({url})\n\n"));
        }
        if op.deprecated {
            doc.push_str(&format!("# Deprecated\n\n{}\n", self.deprecation_note(op)));
        }
        doc.push_str(&format!("# Example\n\n{}\n", self.op_example(op)));
        doc_lines(doc.trim_end())
    }
}

/// Which version the method speaks, and the others offered.
fn version_note(op: &Operation) -> String {
    match &op.names.role {
        VersionRole::Other { default_method } => format!(
            ", with that version's request and response types; `{default_method}` speaks the default version"
        ),
        VersionRole::Default { others } if !others.is_empty() => {
            let others: Vec<String> = others
                .iter()
                .map(|o| format!("`{}` (`{}`)", o.version, o.method))
                .collect();
            format!(
                ", the newest not after the release this crate speaks; also offered: {}",
                others.join(", ")
            )
        }
        VersionRole::Default { .. } => String::new(),
    }
}

fn preview_note(op: &Operation) -> &'static str {
    match (&op.names.role, op.preview) {
        (VersionRole::Other { .. }, true) => {
            "**Preview version**: it may change without notice; it needs the `preview` cargo feature.\n\n"
        }
        (VersionRole::Default { .. }, true) => {
            "**Preview**: this operation exists only as a preview version, which may change without notice; it needs the `preview` cargo feature.\n\n"
        }
        _ => "",
    }
}

impl Ctx<'_> {
    pub fn deprecation_note(&self, op: &Operation) -> String {
        let mut note = format!("Deprecated in the {} API", self.settings.client.service);
        if let Some(s) = &op.sunset {
            note.push_str(&format!("; sunset on {s}"));
        }
        if let Some((desc, url)) = &op.docs.external_docs {
            let url = self.links().absolute(url);
            match desc {
                Some(d) => note.push_str(&format!("; use instead: {d} <{url}>")),
                None => note.push_str(&format!("; see <{url}>")),
            }
        }
        note.push('.');
        note
    }
}
