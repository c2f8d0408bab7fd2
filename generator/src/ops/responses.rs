//! The request body and success responses of one version.

use super::build::OperationBuilder;
use super::site::{is_success, request_body, response};
use super::{Body, Example, Success, SuccessKind, parse_media_type};
use crate::diag::join;
use crate::schema::SchemaRef;
use crate::types::Ty;
use indexmap::IndexMap;
use openapiv3::{MediaType, ReferenceOr, StatusCode};

/// A body before the `Accept` media type is known (a body without a
/// media type of its version is sent with it).
pub(super) struct BodyDraft {
    body: Body,
    /// The media type picked for the version, if there was one.
    content_type: Option<String>,
}

impl BodyDraft {
    pub fn finish(self, accept: &str) -> Body {
        Body {
            content_type: self.content_type.unwrap_or_else(|| accept.to_owned()),
            ..self.body
        }
    }
}

/// The success responses of one version, with what they decide about the
/// request: the `Accept` media type and the version's `x-sunset`.
pub(super) struct Responses {
    pub list: Vec<Success>,
    pub accept: String,
    pub sunset: Option<String>,
}

impl<'a> OperationBuilder<'_, 'a> {
    /// The request body for `version`.
    pub(super) fn body(&mut self, version: &str, prefix: &str) -> Option<BodyDraft> {
        let rb = self.site.op.request_body.as_ref()?;
        let body_ptr = format!("{}/requestBody", self.site.pointer);
        let Some(b) = request_body(self.doc, rb) else {
            self.diags.error(
                "dangling-ref",
                &body_ptr,
                "requestBody $ref does not resolve",
            );
            return None;
        };
        let mut body = Body {
            ty: Ty::Json,
            required: b.required,
            doc: b.description.clone(),
            content_type: String::new(),
            examples: Vec::new(),
        };
        let Some((mt, media)) = pick(&b.content, version) else {
            let message =
                format!("no request body for version {version}; the body is sent as JSON");
            self.diags.warn("body-version-missing", &body_ptr, message);
            return Some(BodyDraft {
                body,
                content_type: None,
            });
        };
        let media_ptr = join(&format!("{body_ptr}/content"), mt);
        body.ty = self.media_ty(media, &media_ptr, &format!("{prefix}Request"));
        body.examples = examples_of(media, &media_ptr);
        Some(BodyDraft {
            body,
            content_type: Some(mt.to_owned()),
        })
    }

    /// The success responses for `version`. A success response whose
    /// content speaks only other versions belongs to those versions when
    /// another one speaks this version (`createGroupClusterSearchDeployment`:
    /// 200 for 2023-01-01, 201 for 2024-05-30).
    pub(super) fn responses(&mut self, version: &str, prefix: &str) -> Responses {
        let (doc, site) = (self.doc, self.site);
        let successes: Vec<(u16, &'a ReferenceOr<openapiv3::Response>)> = site
            .op
            .responses
            .responses
            .iter()
            .filter(|(code, _)| is_success(code))
            .map(|(code, r)| (status_of(code), r))
            .collect();
        let mut walk = Walk {
            version,
            prefix,
            version_has_own: successes.iter().any(|(_, r)| {
                response(doc, r).is_some_and(|resp| pick(&resp.content, version).is_some())
            }),
            accept: None,
            sunset: None,
        };
        let list: Vec<Success> = successes
            .into_iter()
            .filter_map(|(status, r)| self.success(&mut walk, status, r))
            .collect();
        if list.is_empty() {
            self.diags.warn(
                "no-success-response",
                &site.pointer,
                "no 2xx response; the call returns ()",
            );
        }
        Responses {
            list,
            accept: walk
                .accept
                .unwrap_or_else(|| format!("application/vnd.atlas.{version}+json")),
            sunset: walk.sunset,
        }
    }

    /// One success response; `None` when it belongs to other versions only.
    fn success(
        &mut self,
        walk: &mut Walk<'_>,
        status: u16,
        r: &'a ReferenceOr<openapiv3::Response>,
    ) -> Option<Success> {
        let rptr = format!("{}/responses/{status}", self.site.pointer);
        let Some(resp) = response(self.doc, r) else {
            self.diags
                .error("dangling-ref", &rptr, "response $ref does not resolve");
            return None;
        };
        let mut examples = Vec::new();
        let kind = match pick(&resp.content, walk.version) {
            None if resp.content.is_empty() => SuccessKind::Empty,
            None if walk.version_has_own => return None,
            None => {
                let message = format!("no content for version {}; treated as empty", walk.version);
                self.diags.warn("response-version-missing", &rptr, message);
                SuccessKind::Empty
            }
            Some((mt, media)) => {
                walk.saw(mt, media);
                let media_ptr = join(&format!("{rptr}/content"), mt);
                examples = examples_of(media, &media_ptr);
                let suffix = if status == 200 {
                    String::new()
                } else {
                    status.to_string()
                };
                let hint = format!("{}Response{suffix}", walk.prefix);
                self.success_kind(status, mt, media, &media_ptr, &hint)
            }
        };
        if !matches!(kind, SuccessKind::Json(_)) {
            examples.clear();
        }
        Some(Success {
            status,
            kind,
            description: resp.description.clone(),
            examples,
        })
    }

    /// JSON with a schema is typed; a JSON media type without one is empty;
    /// anything else (gzip, csv) is a byte stream.
    fn success_kind(
        &mut self,
        status: u16,
        mt: &str,
        media: &'a MediaType,
        media_ptr: &str,
        hint: &str,
    ) -> SuccessKind {
        match parse_media_type(mt) {
            Some((_, "json")) | None if media.schema.is_some() && mt.ends_with("json") => {
                SuccessKind::Json(self.media_ty(media, media_ptr, hint))
            }
            // 204 has no body by definition; any other status should say
            // what its body is.
            Some((_, "json")) if status == 204 => SuccessKind::Empty,
            Some((_, "json")) => {
                self.diags.warn(
                    "response-without-schema",
                    media_ptr,
                    format!("{mt} response without a schema; the call returns no body"),
                );
                SuccessKind::Empty
            }
            _ => SuccessKind::Bytes,
        }
    }

    fn media_ty(&mut self, media: &'a MediaType, ptr: &str, hint: &str) -> Ty {
        match &media.schema {
            Some(s) => self
                .types
                .ty_of(SchemaRef::from_plain(s), &format!("{ptr}/schema"), hint),
            None => Ty::Json,
        }
    }
}

/// What walking the success responses of one version gathers.
struct Walk<'v> {
    version: &'v str,
    /// Names inline response types.
    prefix: &'v str,
    /// Some success response has content of this version.
    version_has_own: bool,
    /// The media type to accept: the first seen, a JSON one preferred.
    accept: Option<String>,
    /// `x-sunset` of the version's media types.
    sunset: Option<String>,
}

impl Walk<'_> {
    fn saw(&mut self, mt: &str, media: &MediaType) {
        if self.accept.is_none() || mt.ends_with("+json") {
            self.accept = Some(mt.to_owned());
        }
        if let Some(s) = media.extensions.get("x-sunset").and_then(|v| v.as_str()) {
            self.sunset = Some(s.to_owned());
        }
    }
}

fn status_of(code: &StatusCode) -> u16 {
    match code {
        StatusCode::Code(c) => *c,
        StatusCode::Range(_) => 200,
    }
}

/// The media type for `version` (JSON first), or the only one offered when
/// none is versioned.
fn pick<'a>(
    content: &'a IndexMap<String, MediaType>,
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
fn examples_of(media: &MediaType, ptr: &str) -> Vec<Example> {
    let mut out = Vec::new();
    if let Some(v) = &media.example {
        out.push((format!("{ptr}/example"), v.clone()));
    }
    for (name, ex) in &media.examples {
        if let Some(v) = ex.as_item().and_then(|ex| ex.value.as_ref()) {
            out.push((join(&format!("{ptr}/examples"), name) + "/value", v.clone()));
        }
    }
    out
}
