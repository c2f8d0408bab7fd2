//! Operations IR: one [`Operation`] per spec operation, with wire and Rust
//! names for everything, the API version it speaks and its typed responses.
//! Modelled on progenitor's `OperationMethod`.

use crate::diag::{Diagnostics, join};
use crate::naming::{NameTable, pascal_ident, snake_ident};
use crate::sample::Hints;
use crate::schema::{Flat, SchemaRef};
use crate::types::{Ty, TypeSpace};
use openapiv3::{
    MediaType, OpenAPI, Operation as SpecOp, Parameter, ParameterSchemaOrContent, ReferenceOr,
    RequestBody, Response, StatusCode,
};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Location {
    Path,
    Query,
    Header,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub wire: String,
    pub ident: String,
    pub location: Location,
    pub ty: Ty,
    pub required: bool,
    pub pattern: Option<String>,
    pub doc: Option<String>,
    pub deprecated: bool,
    pub default: Option<serde_json::Value>,
    /// The spec's example and constraints, for generated usage examples.
    pub hints: Hints,
}

#[derive(Clone, Debug)]
pub struct Body {
    pub ty: Ty,
    pub required: bool,
    pub doc: Option<String>,
    /// The spec's examples for the chosen version: (pointer, value).
    pub examples: Vec<(String, serde_json::Value)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SuccessKind {
    Json(Ty),
    Empty,
    /// gzip, csv or another non-JSON body, returned as bytes.
    Bytes,
}

#[derive(Clone, Debug)]
pub struct Success {
    pub status: u16,
    pub kind: SuccessKind,
    pub description: String,
    /// The spec's examples for the chosen version: (pointer, value).
    pub examples: Vec<(String, serde_json::Value)>,
}

#[derive(Clone, Debug)]
pub struct Operation {
    pub id: String,
    /// `x-xgen-operation-id-override`, a shorter name used by the Atlas CLI.
    pub alias: Option<String>,
    pub method_ident: String,
    /// The request builder type (unique among all generated type names).
    pub builder_ident: String,
    /// The per-status response enum, when success statuses differ in body.
    pub response_enum_ident: String,
    pub http_method: &'static str,
    pub path: String,
    pub pointer: String,
    pub tag: String,
    /// The API group struct of the tag (`OrganizationsApi`).
    pub group_ident: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub docs_url: Option<String>,
    pub roles: Vec<String>,
    pub external_docs: Option<(Option<String>, String)>,
    pub deprecated: bool,
    /// `x-sunset` of the chosen version.
    pub sunset: Option<String>,
    /// `YYYY-MM-DD` or `preview`.
    pub version: String,
    /// All versions the operation offers, for the docs.
    pub versions: Vec<String>,
    /// For another version than the default: the default method's name.
    pub version_of: Option<String>,
    pub accept: String,
    pub content_type: Option<String>,
    pub preview: bool,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Success>,
    pub changelog: Vec<(String, String)>,
    /// `security: []`: the operation takes no credentials, and none are sent.
    pub no_auth: bool,
}

impl Operation {
    pub fn path_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| p.location == Location::Path)
    }
    pub fn other_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| p.location != Location::Path)
    }
}

/// A versioned Atlas media type: `application/vnd.atlas.2023-01-01+json`.
pub fn parse_media_type(mt: &str) -> Option<(&str, &str)> {
    let rest = mt.strip_prefix("application/vnd.atlas.")?;
    let (version, suffix) = rest.split_once('+')?;
    Some((version, suffix))
}

/// The newest stable version date in the whole spec.
pub fn newest_stable_version(doc: &OpenAPI) -> Option<String> {
    let mut newest: Option<String> = None;
    for (_, item) in doc.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (_, op) in item.iter() {
            for v in op_versions(doc, op) {
                if v != "preview" && newest.as_deref().is_none_or(|n| v.as_str() > n) {
                    newest = Some(v);
                }
            }
        }
    }
    newest
}

fn content_of_response<'a>(doc: &'a OpenAPI, r: &'a ReferenceOr<Response>) -> Option<&'a Response> {
    match r {
        ReferenceOr::Item(r) => Some(r),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/responses/")?;
            match doc.components.as_ref()?.responses.get(name)? {
                ReferenceOr::Item(r) => Some(r),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

fn request_body<'a>(doc: &'a OpenAPI, r: &'a ReferenceOr<RequestBody>) -> Option<&'a RequestBody> {
    match r {
        ReferenceOr::Item(b) => Some(b),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/requestBodies/")?;
            match doc.components.as_ref()?.request_bodies.get(name)? {
                ReferenceOr::Item(b) => Some(b),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

/// Every version an operation's request and success responses mention.
fn op_versions(doc: &OpenAPI, op: &SpecOp) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(body) = op.request_body.as_ref().and_then(|b| request_body(doc, b)) {
        for mt in body.content.keys() {
            if let Some((v, _)) = parse_media_type(mt) {
                out.insert(v.to_owned());
            }
        }
    }
    for (code, r) in &op.responses.responses {
        if !is_success(code) {
            continue;
        }
        if let Some(r) = content_of_response(doc, r) {
            for mt in r.content.keys() {
                if let Some((v, _)) = parse_media_type(mt) {
                    out.insert(v.to_owned());
                }
            }
        }
    }
    out
}

fn is_success(code: &StatusCode) -> bool {
    match code {
        StatusCode::Code(c) => (200..300).contains(c),
        StatusCode::Range(r) => *r == 2,
    }
}

const METHODS: [(&str, &str); 8] = [
    ("get", "GET"),
    ("put", "PUT"),
    ("post", "POST"),
    ("delete", "DELETE"),
    ("options", "OPTIONS"),
    ("head", "HEAD"),
    ("patch", "PATCH"),
    ("trace", "TRACE"),
];

/// Builds every operation, in path order then method order.
pub fn build<'a>(
    doc: &'a OpenAPI,
    types: &mut TypeSpace<'a>,
    release: &str,
    diags: &mut Diagnostics,
) -> Vec<Operation> {
    let mut ops = Vec::new();
    let mut seen_ids: BTreeMap<String, String> = BTreeMap::new();
    let mut method_names = NameTable::new();
    let mut paths: Vec<(&String, &ReferenceOr<openapiv3::PathItem>)> =
        doc.paths.paths.iter().collect();
    paths.sort_by(|a, b| a.0.cmp(b.0));
    for (path, item) in paths {
        let path_ptr = join("#/paths", path);
        let item = match item {
            ReferenceOr::Item(i) => i,
            ReferenceOr::Reference { .. } => {
                diags.warn(
                    "path-ref",
                    &path_ptr,
                    "path item $ref is not supported; the path is skipped",
                );
                continue;
            }
        };
        for (key, http) in METHODS {
            let spec_op = match key {
                "get" => item.get.as_ref(),
                "put" => item.put.as_ref(),
                "post" => item.post.as_ref(),
                "delete" => item.delete.as_ref(),
                "options" => item.options.as_ref(),
                "head" => item.head.as_ref(),
                "patch" => item.patch.as_ref(),
                _ => item.trace.as_ref(),
            };
            let Some(spec_op) = spec_op else { continue };
            let pointer = format!("{path_ptr}/{key}");
            let id = match &spec_op.operation_id {
                Some(id) if !id.is_empty() => id.clone(),
                _ => {
                    let made = format!("{key}{}", pascal_ident(path));
                    diags.warn(
                        "missing-operation-id",
                        &pointer,
                        format!("no operationId; using {made:?}"),
                    );
                    made
                }
            };
            if let Some(prev) = seen_ids.insert(id.clone(), pointer.clone()) {
                diags.error(
                    "duplicate-operation-id",
                    &pointer,
                    format!("operationId {id:?} is also used at {prev}"),
                );
                continue;
            }
            let method_ident = snake_ident(&id);
            let claimed = method_names.claim(&method_ident);
            if claimed != method_ident {
                diags.error(
                    "operation-name-collision",
                    &pointer,
                    format!("operationId {id:?} becomes {method_ident:?}, which another operation already has"),
                );
                continue;
            }
            let Some(op) = build_one(
                doc, types, release, path, http, &pointer, &id, item, spec_op, None, diags,
            ) else {
                continue;
            };
            // The other versions the operation offers, each as its own
            // method (`create_group_cluster_v2023_02_01`) with that
            // version's types; the default method stays the plain name.
            let others: Vec<String> = op
                .versions
                .iter()
                .filter(|v| **v != op.version)
                .cloned()
                .collect();
            let default_ident = op.method_ident.clone();
            ops.push(op);
            for version in others {
                let Some(mut other) = build_one(
                    doc,
                    types,
                    release,
                    path,
                    http,
                    &pointer,
                    &id,
                    item,
                    spec_op,
                    Some(&version),
                    diags,
                ) else {
                    continue;
                };
                let ident = format!("{default_ident}_{}", version_suffix(&version));
                other.method_ident = method_names.claim(&ident);
                other.version_of = Some(default_ident.clone());
                ops.push(other);
            }
        }
    }
    // Builders, response enums and group structs share the types' namespace:
    // API modules glob-import the types, and a local item would silently
    // shadow a type of the same name.
    let mut tags: Vec<&str> = ops.iter().map(|o| o.tag.as_str()).collect();
    tags.sort();
    tags.dedup();
    let mut group_names = BTreeMap::new();
    for tag in tags {
        group_names.insert(
            tag.to_owned(),
            types.claim_name(&format!("{}Api", pascal_ident(tag))),
        );
    }
    for op in &mut ops {
        let base = match &op.version_of {
            Some(_) => format!(
                "{}{}",
                pascal_ident(&op.id),
                pascal_ident(&version_suffix(&op.version))
            ),
            None => pascal_ident(&op.id),
        };
        op.builder_ident = types.claim_name(&base);
        op.response_enum_ident = types.claim_name(&format!("{base}Response"));
        op.group_ident = group_names[&op.tag].clone();
    }
    ops
}

/// How an operation pages: `pageNum` and `itemsPerPage` query parameters
/// and one JSON success body with a `results` array (and, usually,
/// `totalCount`). Operations with only one of the two halves do not page.
#[derive(Clone, Debug)]
pub struct Paging {
    pub page_num: Param,
    pub items_per_page: Param,
    /// The page type.
    pub page: crate::types::TypeId,
    /// `results`: field ident, whether it is an `Option`, and the item type.
    pub results: (String, bool, Ty),
    /// `totalCount`: field ident, whether it is an `Option`.
    pub total_count: Option<(String, bool)>,
}

pub fn paging(op: &Operation, defs: &[crate::types::TypeDef]) -> Option<Paging> {
    let query = |wire: &str| {
        op.params
            .iter()
            .find(|p| {
                p.location == Location::Query && p.wire == wire && matches!(p.ty, Ty::I32 | Ty::I64)
            })
            .cloned()
    };
    let (page_num, items_per_page) = (query("pageNum")?, query("itemsPerPage")?);
    let page = match op.responses.as_slice() {
        [
            Success {
                kind: SuccessKind::Json(Ty::Named(id)),
                ..
            },
        ] => *id,
        _ => return None,
    };
    let crate::types::DefKind::Struct(st) = &defs.get(page)?.kind else {
        return None;
    };
    let results = st.fields.iter().find_map(|f| match &f.ty {
        Ty::Vec(item) if f.wire == "results" && !f.nullable() => {
            Some((f.ident.clone(), f.optional(), (**item).clone()))
        }
        _ => None,
    })?;
    let total_count = st
        .fields
        .iter()
        .find(|f| f.wire == "totalCount" && matches!(f.ty, Ty::I32 | Ty::I64) && !f.nullable())
        .map(|f| (f.ident.clone(), f.optional()));
    Some(Paging {
        page_num,
        items_per_page,
        page,
        results,
        total_count,
    })
}

/// `v2023_02_01` for a dated version, `preview` for the preview.
pub fn version_suffix(version: &str) -> String {
    if version == "preview" {
        "preview".to_owned()
    } else {
        format!("v{}", version.replace('-', "_"))
    }
}

#[allow(clippy::too_many_arguments)]
fn build_one<'a>(
    doc: &'a OpenAPI,
    types: &mut TypeSpace<'a>,
    release: &str,
    path: &str,
    http: &'static str,
    pointer: &str,
    id: &str,
    item: &'a openapiv3::PathItem,
    op: &'a SpecOp,
    forced_version: Option<&str>,
    diags: &mut Diagnostics,
) -> Option<Operation> {
    // Inline types of another version get that version in their names.
    let op_pascal = match forced_version {
        Some(v) => format!("{}{}", pascal_ident(id), pascal_ident(&version_suffix(v))),
        None => pascal_ident(id),
    };
    let tag = match op.tags.as_slice() {
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
    };

    // Version: newest stable not after the release date; preview-only
    // operations use the preview version.
    let versions = op_versions(doc, op);
    let stable: Vec<&String> = versions.iter().filter(|v| *v != "preview").collect();
    let chosen = stable
        .iter()
        .rev()
        .find(|v| v.as_str() <= release)
        .map(|v| (*v).clone());
    let chosen = match forced_version {
        Some(v) if v != "preview" => Some(v.to_owned()),
        _ => chosen,
    };
    let (version, preview) = match chosen {
        _ if forced_version == Some("preview") => ("preview".to_owned(), true),
        Some(v) => (v, false),
        None if versions.contains("preview") => ("preview".to_owned(), true),
        None => match stable.first() {
            Some(v) => {
                diags.warn(
                    "version-after-release",
                    pointer,
                    format!("every version is newer than the release date {release}; using {v}"),
                );
                ((*v).clone(), false)
            }
            None => {
                diags.warn(
                    "no-version",
                    pointer,
                    "no versioned media type; assuming 2023-01-01",
                );
                ("2023-01-01".to_owned(), false)
            }
        },
    };

    // Parameters: path-item level first, overridden by operation level.
    let mut params: Vec<Param> = Vec::new();
    let mut param_idents = NameTable::new();
    param_idents.reserve("body");
    param_idents.reserve("client");
    let mut all: Vec<(String, &ReferenceOr<Parameter>)> = Vec::new();
    for (i, p) in item.parameters.iter().enumerate() {
        all.push((
            format!(
                "{}/parameters/{i}",
                pointer.rsplit_once('/').map_or(pointer, |x| x.0)
            ),
            p,
        ));
    }
    for (i, p) in op.parameters.iter().enumerate() {
        all.push((format!("{pointer}/parameters/{i}"), p));
    }
    let mut resolved: Vec<(String, &Parameter)> = Vec::new();
    for (ptr, p) in all {
        let param = match p {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => {
                let found = reference
                    .strip_prefix("#/components/parameters/")
                    .and_then(|n| doc.components.as_ref()?.parameters.get(n))
                    .and_then(|p| match p {
                        ReferenceOr::Item(p) => Some(p),
                        ReferenceOr::Reference { .. } => None,
                    });
                if found.is_none() {
                    diags.error(
                        "dangling-ref",
                        &ptr,
                        format!("parameter $ref {reference:?} does not resolve"),
                    );
                }
                found
            }
        };
        let Some(param) = param else { continue };
        let data = param.parameter_data_ref();
        let loc = param_location(param);
        resolved.retain(|(_, q)| {
            !(q.parameter_data_ref().name == data.name && param_location(q) == loc)
        });
        resolved.push((ptr, param));
    }
    for (ptr, param) in resolved {
        let data = param.parameter_data_ref();
        let location = match param {
            Parameter::Path { .. } => Location::Path,
            Parameter::Query { .. } => Location::Query,
            Parameter::Header { .. } => Location::Header,
            Parameter::Cookie { .. } => {
                diags.warn(
                    "cookie-parameter",
                    &ptr,
                    format!(
                        "cookie parameter {:?} is not supported and is never sent",
                        data.name
                    ),
                );
                continue;
            }
        };
        let mut hints = Hints::default();
        let (ty, pattern) = match &data.format {
            ParameterSchemaOrContent::Schema(s) => {
                let r = SchemaRef::from_plain(s);
                let ty = types.ty_of(
                    r,
                    &format!("{ptr}/schema"),
                    &format!("{op_pascal}{}", pascal_ident(&data.name)),
                );
                let pattern = match r {
                    SchemaRef::Inline(s) => Flat::of(s).pattern.map(str::to_owned),
                    SchemaRef::Ref(_) => None,
                };
                hints = types.hints_of(r);
                (ty, pattern)
            }
            ParameterSchemaOrContent::Content(_) => {
                diags.warn(
                    "parameter-content",
                    &ptr,
                    "parameter with `content` is sent as a JSON string",
                );
                (Ty::Json, None)
            }
        };
        let default = match &data.format {
            ParameterSchemaOrContent::Schema(ReferenceOr::Item(s)) => s.schema_data.default.clone(),
            _ => None,
        };
        let required = data.required || location == Location::Path;
        // The parameter's own example outranks its schema's.
        hints.example = data.example.clone().or(hints.example);
        // JSON Schema applies `pattern` to strings only (two integer
        // parameters carry one, `endDate: pattern 1199145600`).
        let is_string = match &ty {
            Ty::String => true,
            Ty::Vec(inner) => **inner == Ty::String,
            _ => false,
        };
        let pattern = pattern.filter(|_| is_string);
        params.push(Param {
            ident: param_idents.claim(&snake_ident(&data.name)),
            wire: data.name.clone(),
            location,
            ty,
            required,
            pattern,
            doc: data.description.clone(),
            deprecated: data.deprecated.unwrap_or(false),
            default,
            hints,
        });
    }
    // Path parameters in the order they appear in the path template.
    let order: Vec<String> = path_template_names(path);
    for name in &order {
        if !params
            .iter()
            .any(|p| p.location == Location::Path && &p.wire == name)
        {
            diags.warn(
                "undeclared-path-parameter",
                pointer,
                format!(
                    "path has {{{name}}} but no parameter declares it; it is taken as a string"
                ),
            );
            params.push(Param {
                ident: param_idents.claim(&snake_ident(name)),
                wire: name.clone(),
                location: Location::Path,
                ty: Ty::String,
                required: true,
                pattern: None,
                doc: None,
                deprecated: false,
                default: None,
                hints: Hints::default(),
            });
        }
    }
    params.sort_by_key(|p| match p.location {
        Location::Path => (
            0,
            order
                .iter()
                .position(|n| *n == p.wire)
                .unwrap_or(usize::MAX),
        ),
        Location::Query => (1, 0),
        Location::Header => (2, 0),
    });

    // Request body for the chosen version.
    let mut content_type = None;
    let body = match op.request_body.as_ref() {
        None => None,
        Some(rb) => {
            let body_ptr = format!("{pointer}/requestBody");
            match request_body(doc, rb) {
                None => {
                    diags.error(
                        "dangling-ref",
                        &body_ptr,
                        "requestBody $ref does not resolve",
                    );
                    None
                }
                Some(b) => {
                    match pick(&b.content, &version) {
                        Some((mt, media)) => {
                            content_type = Some(mt.to_owned());
                            let media_ptr = join(&format!("{body_ptr}/content"), mt);
                            let ty = media_ty(
                                types,
                                media,
                                &media_ptr,
                                &format!("{op_pascal}Request"),
                                diags,
                            );
                            let examples = examples_of(media, &media_ptr);
                            Some(Body {
                                ty,
                                required: b.required,
                                doc: b.description.clone(),
                                examples,
                            })
                        }
                        None => {
                            diags.warn("body-version-missing", &body_ptr, format!("no request body for version {version}; the body is sent as JSON"));
                            Some(Body {
                                ty: Ty::Json,
                                required: b.required,
                                doc: b.description.clone(),
                                examples: Vec::new(),
                            })
                        }
                    }
                }
            }
        }
    };

    // Success responses for the chosen version. A success response whose
    // content speaks only other versions belongs to those versions when
    // another one speaks this version (`createGroupClusterSearchDeployment`:
    // 200 for 2023-01-01, 201 for 2024-05-30).
    let version_has_own_success = op.responses.responses.iter().any(|(code, r)| {
        is_success(code)
            && content_of_response(doc, r)
                .is_some_and(|resp| pick(&resp.content, &version).is_some())
    });
    let mut responses = Vec::new();
    let mut accept: Option<String> = None;
    let mut sunset = None;
    for (code, r) in &op.responses.responses {
        if !is_success(code) {
            continue;
        }
        let status = match code {
            StatusCode::Code(c) => *c,
            StatusCode::Range(_) => 200,
        };
        let rptr = format!("{pointer}/responses/{status}");
        let Some(resp) = content_of_response(doc, r) else {
            diags.error("dangling-ref", &rptr, "response $ref does not resolve");
            continue;
        };
        let mut examples = Vec::new();
        let kind = match pick(&resp.content, &version) {
            None if resp.content.is_empty() => SuccessKind::Empty,
            None if version_has_own_success => continue,
            None => {
                diags.warn(
                    "response-version-missing",
                    &rptr,
                    format!("no content for version {version}; treated as empty"),
                );
                SuccessKind::Empty
            }
            Some((mt, media)) => {
                if accept.is_none() || mt.ends_with("+json") {
                    accept = Some(mt.to_owned());
                }
                if let Some(s) = media.extensions.get("x-sunset").and_then(|v| v.as_str()) {
                    sunset = Some(s.to_owned());
                }
                examples = examples_of(media, &join(&format!("{rptr}/content"), mt));
                match parse_media_type(mt) {
                    Some((_, "json")) | None
                        if media.schema.is_some() && (mt.ends_with("json")) =>
                    {
                        let hint = format!(
                            "{op_pascal}Response{}",
                            if status == 200 {
                                String::new()
                            } else {
                                status.to_string()
                            }
                        );
                        SuccessKind::Json(media_ty(
                            types,
                            media,
                            &join(&format!("{rptr}/content"), mt),
                            &hint,
                            diags,
                        ))
                    }
                    Some((_, "json")) => SuccessKind::Empty,
                    _ => SuccessKind::Bytes,
                }
            }
        };
        if !matches!(kind, SuccessKind::Json(_)) {
            examples.clear();
        }
        responses.push(Success {
            status,
            kind,
            description: resp.description.clone(),
            examples,
        });
    }
    if responses.is_empty() {
        diags.warn(
            "no-success-response",
            pointer,
            "no 2xx response; the call returns ()",
        );
    }
    let accept = accept.unwrap_or_else(|| format!("application/vnd.atlas.{version}+json"));

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

    Some(Operation {
        id: id.to_owned(),
        alias: ext_str("x-xgen-operation-id-override").filter(|a| a != id),
        method_ident: snake_ident(id),
        builder_ident: String::new(),
        response_enum_ident: String::new(),
        http_method: http,
        path: path.to_owned(),
        pointer: pointer.to_owned(),
        tag,
        group_ident: String::new(),
        summary: op.summary.clone(),
        description: op.description.clone(),
        docs_url: ext_str("x-xgen-docs-url"),
        roles,
        external_docs: op
            .external_docs
            .as_ref()
            .map(|d| (d.description.clone(), d.url.clone())),
        deprecated: op.deprecated,
        sunset,
        version,
        versions: versions.into_iter().collect(),
        version_of: None,
        accept,
        content_type,
        preview,
        params,
        body,
        responses,
        changelog,
        no_auth: op.security.as_ref().is_some_and(|s| s.is_empty()),
    })
}

fn param_location(p: &Parameter) -> u8 {
    match p {
        Parameter::Path { .. } => 0,
        Parameter::Query { .. } => 1,
        Parameter::Header { .. } => 2,
        Parameter::Cookie { .. } => 3,
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

/// The media type for `version` (JSON first), or the only one offered when
/// none is versioned.
fn pick<'a>(
    content: &'a indexmap::IndexMap<String, MediaType>,
    version: &str,
) -> Option<(&'a str, &'a MediaType)> {
    let mut best: Option<(&str, &MediaType)> = None;
    for (mt, media) in content {
        match parse_media_type(mt) {
            Some((v, suffix)) if v == version && (suffix == "json" || best.is_none()) => {
                best = Some((mt, media));
            }
            None if content.len() == 1 => best = Some((mt, media)),
            _ => {}
        }
    }
    best
}

/// `example` and inline `examples` of a media type, with their pointers.
fn examples_of(media: &MediaType, ptr: &str) -> Vec<(String, serde_json::Value)> {
    let mut out = Vec::new();
    if let Some(v) = &media.example {
        out.push((format!("{ptr}/example"), v.clone()));
    }
    for (name, ex) in &media.examples {
        if let ReferenceOr::Item(ex) = ex {
            if let Some(v) = &ex.value {
                out.push((join(&format!("{ptr}/examples"), name) + "/value", v.clone()));
            }
        }
    }
    out
}

fn media_ty<'a>(
    types: &mut TypeSpace<'a>,
    media: &'a MediaType,
    ptr: &str,
    hint: &str,
    diags: &mut Diagnostics,
) -> Ty {
    match &media.schema {
        Some(s) => types.ty_of(SchemaRef::from_plain(s), &format!("{ptr}/schema"), hint),
        None => Ty::Json,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types() {
        assert_eq!(
            parse_media_type("application/vnd.atlas.2023-01-01+json"),
            Some(("2023-01-01", "json"))
        );
        assert_eq!(
            parse_media_type("application/vnd.atlas.preview+json"),
            Some(("preview", "json"))
        );
        assert_eq!(parse_media_type("application/json"), None);
    }

    #[test]
    fn template_names() {
        assert_eq!(
            path_template_names("/a/{groupId}/b/{logName}.gz"),
            vec!["groupId", "logName"]
        );
        assert_eq!(
            path_template_names("/a/{clusterName}:pin"),
            vec!["clusterName"]
        );
        assert!(path_template_names("/a/{unclosed").is_empty());
    }
}
