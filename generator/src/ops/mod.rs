//! Operations IR: one [`Operation`] per spec operation and version, with
//! wire and Rust names for everything, the API version it speaks, its
//! typed responses and its paging shape. Modelled on progenitor's
//! `OperationMethod`.
//!
//! - `site`: where operations are in the spec, and which versions each offers;
//! - `build`: one operation at one version (parameters in `params`, body
//!   and responses in `responses`), without Rust names;
//! - `names`: the one naming pass (methods, builders, response enums,
//!   groups), which turns drafts into [`Operation`]s;
//! - `paging`: whether and how an operation pages.

mod build;
mod names;
mod paging;
mod params;
mod responses;
mod site;

#[cfg(test)]
mod tests;

pub use site::newest_stable_version;

use crate::diag::Diagnostics;
use crate::sample::Hints;
use crate::types::{Ty, TypeId, TypeSpace};
use openapiv3::OpenAPI;
use std::collections::BTreeSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Location {
    Path,
    Query,
    Header,
}

impl Location {
    pub fn as_str(self) -> &'static str {
        match self {
            Location::Path => "path",
            Location::Query => "query",
            Location::Header => "header",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Param {
    pub wire: String,
    pub ident: String,
    /// The parameter's JSON pointer (for an undeclared path parameter, the
    /// operation's).
    pub pointer: String,
    pub location: Location,
    pub ty: Ty,
    pub required: bool,
    /// The pattern the client checks before sending: only on strings (and
    /// arrays of them), and only when the runtime's regex engine compiles it.
    pub pattern: Option<String>,
    pub doc: Option<String>,
    pub deprecated: bool,
    pub default: Option<serde_json::Value>,
    /// The spec's example and constraints, for generated usage examples.
    pub hints: Hints,
}

/// A spec example: its JSON pointer and value.
pub type Example = (String, serde_json::Value);

#[derive(Clone, Debug)]
pub struct Body {
    pub ty: Ty,
    pub required: bool,
    pub doc: Option<String>,
    /// The media type sent as `Content-Type`.
    pub content_type: String,
    /// The spec's examples for the chosen version.
    pub examples: Vec<Example>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SuccessKind {
    Json(Ty),
    Empty,
    /// gzip, csv or another non-JSON body, returned as a stream of bytes.
    Bytes,
}

#[derive(Clone, Debug)]
pub struct Success {
    pub status: u16,
    pub kind: SuccessKind,
    pub description: String,
    /// The spec's examples for the chosen version.
    pub examples: Vec<Example>,
}

/// What `send()` returns: one type when every documented success status
/// has the same body, else an enum with a variant per status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Output {
    Single(SuccessKind),
    PerStatus(Vec<(u16, SuccessKind)>),
}

/// How a per-status output reads a 2xx status the spec does not document
/// (every 2xx is a success): as one of the documented statuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Undocumented {
    /// For an empty body: the first documented status without a body,
    /// when there is one.
    pub blank: Option<u16>,
    /// For any other body: the first documented status with a JSON body,
    /// else the first.
    pub otherwise: u16,
}

impl Output {
    /// The reading of an undocumented status; `None` for a single output,
    /// which reads every status alike.
    pub fn undocumented(&self) -> Option<Undocumented> {
        let Output::PerStatus(kinds) = self else {
            return None;
        };
        let first = |f: fn(&SuccessKind) -> bool| kinds.iter().find(|(_, k)| f(k)).map(|(s, _)| *s);
        Some(Undocumented {
            blank: first(|k| *k == SuccessKind::Empty),
            otherwise: first(|k| matches!(k, SuccessKind::Json(_)))
                .or(kinds.first().map(|(s, _)| *s))?,
        })
    }
}

/// The documentation an operation carries besides its names.
#[derive(Clone, Debug, Default)]
pub struct OpDocs {
    pub summary: Option<String>,
    pub description: Option<String>,
    pub docs_url: Option<String>,
    pub roles: Vec<String>,
    /// `externalDocs`: description and URL.
    pub external_docs: Option<(Option<String>, String)>,
    /// `x-xgen-changelog`: date → note.
    pub changelog: Vec<(String, String)>,
    /// `x-xgen-operation-id-override`, a shorter name used by the Atlas CLI.
    pub alias: Option<String>,
}

/// How an operation pages: `pageNum` and `itemsPerPage` integer query
/// parameters and one JSON success body with a `results` array (and,
/// usually, `totalCount`). Operations with only one half do not page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paging {
    /// The builder fields of the two parameters.
    pub page_num: String,
    pub items_per_page: String,
    /// The parameters' Rust type (the walk counts in `i64`).
    pub page_num_ty: Ty,
    /// The page type.
    pub page: TypeId,
    pub results: PageField,
    pub total_count: Option<PageField>,
    /// The type of one item of `results`.
    pub item: Ty,
}

/// A field of the page type that the walk reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageField {
    pub ident: String,
    /// An `Option` in the page type.
    pub optional: bool,
}

/// Every Rust name of an operation, decided once by the naming pass.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpNames {
    /// The method on the group struct (`update_org_invite_by_id`).
    pub method: String,
    /// The request builder type (unique among all generated type names).
    pub builder: String,
    /// The per-status response enum, when the output has one.
    pub response_enum: Option<String>,
    /// Index into [`crate::Ir::groups`].
    pub group: usize,
    pub role: VersionRole,
}

/// Whether a method speaks the operation's default version or another one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VersionRole {
    /// The default method, with the methods of the other versions.
    Default { others: Vec<VersionMethod> },
    /// Another version's method; `default_method` is the plain one.
    Other { default_method: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionMethod {
    pub version: String,
    pub method: String,
}

/// An API group (one spec tag): its module, `Client` accessor and struct.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub tag: String,
    /// `cloud_backups`: the module of its API file, and of its types.
    pub module: String,
    /// The `Client` method that returns the group (`client.cloud_backups()`).
    pub accessor: String,
    /// The group struct (`CloudBackupsApi`).
    pub ident: String,
    /// Operations with their default version (other versions not counted).
    pub operations: usize,
    /// Every operation of the group is preview-only (the module exists only
    /// with the `preview` feature).
    pub preview_only: bool,
}

/// An operation at one API version. `N` is its Rust names: `()` while it
/// is a [`Draft`], [`OpNames`] once the naming pass has run. Later passes
/// (examples, waiters) keep their results in the IR, by [`Operation::index`].
#[derive(Clone, Debug)]
pub struct Operation<N = OpNames> {
    pub id: String,
    pub names: N,
    /// Its position in the IR's operations.
    pub index: usize,
    /// `GET`, `POST`, …
    pub http_method: String,
    pub path: String,
    pub pointer: String,
    pub tag: String,
    pub docs: OpDocs,
    pub deprecated: bool,
    /// `x-sunset` of the chosen version.
    pub sunset: Option<String>,
    /// `YYYY-MM-DD` or `preview`.
    pub version: String,
    /// All versions the operation offers.
    pub versions: Vec<String>,
    pub preview: bool,
    pub accept: String,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Success>,
    pub output: Output,
    pub paging: Option<Paging>,
    /// `security: []`: the operation takes no credentials, and none are sent.
    pub no_auth: bool,
}

/// An operation before its names are decided.
pub type Draft = Operation<()>;

impl<N> Operation<N> {
    pub fn path_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| p.location == Location::Path)
    }

    pub fn other_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| p.location != Location::Path)
    }

    /// Downloads (gzip, csv): the body is read as the caller consumes it.
    pub fn streamed(&self) -> bool {
        let any = |f: fn(&SuccessKind) -> bool| self.responses.iter().any(|r| f(&r.kind));
        any(|k| *k == SuccessKind::Bytes) && !any(|k| matches!(k, SuccessKind::Json(_)))
    }
}

impl Operation {
    /// The default version's method (not another version's).
    pub fn is_default(&self) -> bool {
        matches!(self.names.role, VersionRole::Default { .. })
    }
}

/// What building operations needs from the settings.
#[derive(Debug, Clone, Default)]
pub struct OpSettings {
    /// The API release date: each operation's default version is its
    /// newest not after it.
    pub release: String,
    /// Query parameters no builder offers (the settings give the reason).
    pub omit_query: BTreeSet<String>,
    /// Where method and builder names come from.
    pub method_names: crate::settings::MethodNames,
}

/// Every operation at every version it offers, named, and the API groups
/// they form. Path order, then method order, each default version first.
pub fn build<'a>(
    doc: &'a OpenAPI,
    types: &mut TypeSpace<'a>,
    settings: &OpSettings,
    diags: &mut Diagnostics,
) -> (Vec<Operation>, Vec<Group>) {
    let mut drafts = Vec::new();
    for site in site::sites(doc, &settings.release, diags) {
        let mut builder = build::OperationBuilder::new(doc, types, diags, &site, settings);
        for choice in site.versions.methods() {
            drafts.push(builder.build(&choice));
        }
    }
    // Every type exists now: box cycles and decide `Default`, which the
    // later passes need.
    types.finish();
    let (named, groups) = names::assign(drafts, types, settings.method_names, diags);
    let ops = named
        .into_iter()
        .enumerate()
        .map(|(index, (draft, names))| draft.complete(names, index))
        .collect();
    (ops, groups)
}

/// A versioned Atlas media type: `application/vnd.atlas.2023-01-01+json`.
pub fn parse_media_type(mt: &str) -> Option<(&str, &str)> {
    let rest = mt.strip_prefix("application/vnd.atlas.")?;
    let (version, suffix) = rest.split_once('+')?;
    Some((version, suffix))
}

/// `v2023_02_01` for a dated version, `preview` for the preview.
pub fn version_suffix(version: &str) -> String {
    if version == "preview" {
        "preview".to_owned()
    } else {
        format!("v{}", version.replace('-', "_"))
    }
}

/// `{name}` placeholders of a path template, in order.
pub fn path_template_names(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push(rest[start + 1..start + end].to_owned());
        rest = &rest[start + end + 1..];
    }
    out
}
