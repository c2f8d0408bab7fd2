//! Where the operations are: one [`Site`] per path and method, with its
//! operationId checked, and the API versions it offers.

use super::{OpDocs, parse_media_type};
use crate::diag::{Diagnostics, join};
use crate::naming::pascal_ident;
use openapiv3::{
    OpenAPI, Operation as SpecOp, PathItem, ReferenceOr, RequestBody, Response, StatusCode,
};
use std::collections::{BTreeMap, BTreeSet};

/// One operation of the spec where it is.
pub(super) struct Site<'a> {
    pub path: &'a str,
    /// `get`, `post`, … (the path item's key).
    pub method: &'static str,
    pub pointer: String,
    pub id: String,
    pub item: &'a PathItem,
    pub op: &'a SpecOp,
    pub tag: String,
    pub docs: OpDocs,
    pub versions: Versions,
}

/// The versions one site offers and which is the default.
pub(super) struct Versions {
    /// Every version the request and success responses mention.
    pub all: BTreeSet<String>,
    /// The version of the default method.
    pub default: String,
}

/// A version to build a method for.
#[derive(Clone, Debug)]
pub(super) struct VersionChoice {
    pub version: String,
    /// Another version than the default: its inline types carry the version.
    pub other: bool,
}

impl VersionChoice {
    pub fn preview(&self) -> bool {
        self.version == "preview"
    }
}

impl Versions {
    /// The default version first, then the others in date order.
    pub fn methods(&self) -> impl Iterator<Item = VersionChoice> + '_ {
        let default = VersionChoice {
            version: self.default.clone(),
            other: false,
        };
        let others = self
            .all
            .iter()
            .filter(|v| **v != self.default)
            .map(|v| VersionChoice {
                version: v.clone(),
                other: true,
            });
        std::iter::once(default).chain(others)
    }
}

/// Every operation, in path order then method order; operations whose id
/// another already has are reported and left out.
pub(super) fn sites<'a>(doc: &'a OpenAPI, release: &str, diags: &mut Diagnostics) -> Vec<Site<'a>> {
    let mut seen_ids: BTreeMap<String, String> = BTreeMap::new();
    let mut paths: Vec<(&String, &ReferenceOr<PathItem>)> = doc.paths.paths.iter().collect();
    paths.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = Vec::new();
    for (path, item) in paths {
        let path_ptr = join("#/paths", path);
        let ReferenceOr::Item(item) = item else {
            diags.warn(
                "path-ref",
                &path_ptr,
                "path item $ref is not supported; the path is skipped",
            );
            continue;
        };
        for (method, op) in item.iter() {
            let pointer = format!("{path_ptr}/{method}");
            let id = operation_id(op, method, path, &pointer, diags);
            if let Some(prev) = seen_ids.insert(id.clone(), pointer.clone()) {
                diags.error(
                    "duplicate-operation-id",
                    &pointer,
                    format!("operationId {id:?} is also used at {prev}"),
                );
                continue;
            }
            let versions = versions(doc, op, &pointer, release, diags);
            out.push(Site {
                path,
                method: static_method(method),
                tag: tag_of(op, &pointer, diags),
                docs: docs_of(op, &id),
                pointer,
                id,
                item,
                op,
                versions,
            });
        }
    }
    out
}

/// The operationId, or one made from the method and path (with a warning).
fn operation_id(
    op: &SpecOp,
    method: &str,
    path: &str,
    pointer: &str,
    diags: &mut Diagnostics,
) -> String {
    match &op.operation_id {
        Some(id) if !id.is_empty() => id.clone(),
        _ => {
            let made = format!("{method}{}", pascal_ident(path));
            diags.warn(
                "missing-operation-id",
                pointer,
                format!("no operationId; using {made:?}"),
            );
            made
        }
    }
}

fn static_method(method: &str) -> &'static str {
    match method {
        "get" => "get",
        "put" => "put",
        "post" => "post",
        "delete" => "delete",
        "options" => "options",
        "head" => "head",
        "patch" => "patch",
        _ => "trace",
    }
}

/// The versions an operation offers, and the default: the newest stable
/// version not after the release date; preview-only operations use the
/// preview.
fn versions(
    doc: &OpenAPI,
    op: &SpecOp,
    pointer: &str,
    release: &str,
    diags: &mut Diagnostics,
) -> Versions {
    let all = op_versions(doc, op);
    let stable: Vec<&String> = all.iter().filter(|v| *v != "preview").collect();
    let newest_released = stable.iter().rev().find(|v| v.as_str() <= release);
    let default = match (newest_released, stable.first()) {
        (Some(v), _) => (*v).clone(),
        (None, _) if all.contains("preview") => "preview".to_owned(),
        (None, Some(oldest)) => {
            diags.warn(
                "version-after-release",
                pointer,
                format!("every version is newer than the release date {release}; using {oldest}"),
            );
            (*oldest).clone()
        }
        (None, None) => {
            diags.warn(
                "no-version",
                pointer,
                "no versioned media type; assuming 2023-01-01",
            );
            "2023-01-01".to_owned()
        }
    };
    Versions { all, default }
}

/// The newest stable version date in the whole spec.
pub fn newest_stable_version(doc: &OpenAPI) -> Option<String> {
    doc.paths
        .iter()
        .filter_map(|(_, item)| item.as_item())
        .flat_map(|item| item.iter().flat_map(|(_, op)| op_versions(doc, op)))
        .filter(|v| v != "preview")
        .max()
}

/// Every version an operation's request and success responses mention.
fn op_versions(doc: &OpenAPI, op: &SpecOp) -> BTreeSet<String> {
    let body = op.request_body.as_ref().and_then(|b| request_body(doc, b));
    let responses = op
        .responses
        .responses
        .iter()
        .filter(|(code, _)| is_success(code))
        .filter_map(|(_, r)| response(doc, r));
    body.map(|b| &b.content)
        .into_iter()
        .chain(responses.map(|r| &r.content))
        .flat_map(|content| content.keys())
        .filter_map(|mt| parse_media_type(mt).map(|(v, _)| v.to_owned()))
        .collect()
}

pub(super) fn is_success(code: &StatusCode) -> bool {
    match code {
        StatusCode::Code(c) => (200..300).contains(c),
        StatusCode::Range(r) => *r == 2,
    }
}

/// A response, through a `#/components/responses/…` reference.
pub(super) fn response<'a>(doc: &'a OpenAPI, r: &'a ReferenceOr<Response>) -> Option<&'a Response> {
    match r {
        ReferenceOr::Item(r) => Some(r),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/responses/")?;
            doc.components.as_ref()?.responses.get(name)?.as_item()
        }
    }
}

/// A request body, through a `#/components/requestBodies/…` reference.
pub(super) fn request_body<'a>(
    doc: &'a OpenAPI,
    r: &'a ReferenceOr<RequestBody>,
) -> Option<&'a RequestBody> {
    match r {
        ReferenceOr::Item(b) => Some(b),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/requestBodies/")?;
            doc.components.as_ref()?.request_bodies.get(name)?.as_item()
        }
    }
}

/// The tag that groups an operation: its first, or `Default` (warned).
fn tag_of(op: &openapiv3::Operation, pointer: &str, diags: &mut Diagnostics) -> String {
    match op.tags.as_slice() {
        [] => {
            diags.warn(
                "missing-tag",
                pointer,
                "operation has no tag; grouped under \"Default\"",
            );
            "Default".to_owned()
        }
        [one] => one.clone(),
        [first, ..] => {
            diags.warn(
                "many-tags",
                pointer,
                format!("operation has several tags; grouped under {first:?}"),
            );
            first.clone()
        }
    }
}

/// The operation's documentation and extensions.
fn docs_of(op: &openapiv3::Operation, id: &str) -> OpDocs {
    let ext_str = |k: &str| {
        op.extensions
            .get(k)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    let roles = op
        .extensions
        .get("x-rolesRequirements")
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|r| r.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let changelog = op
        .extensions
        .get("x-xgen-changelog")
        .and_then(|v| v.as_object())
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
                .collect()
        })
        .unwrap_or_default();
    OpDocs {
        summary: op.summary.clone(),
        description: op.description.clone(),
        docs_url: ext_str("x-xgen-docs-url"),
        roles,
        external_docs: op
            .external_docs
            .as_ref()
            .map(|d| (d.description.clone(), d.url.clone())),
        changelog,
        alias: ext_str("x-xgen-operation-id-override").filter(|a| a != id),
    }
}
