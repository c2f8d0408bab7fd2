//! The body of a builder's `send`: check the parameters, fill the path,
//! build the request description, send it through the transport, and
//! decode the answer by status; and what `send` returns.

use super::Ctx;
use super::ops::status_variant;
use super::types::ident;
use crate::ops::{Location, Operation, Output, Param, SuccessKind};
use crate::types::Ty;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

impl Ctx<'_> {
    /// The body of `request`: check parameters, fill the path and build the
    /// request description (sent by `send`, and by `send_and_wait`).
    pub(super) fn request_body(&self, op: &Operation) -> TokenStream {
        let rt = &self.rt;
        let id = &op.id;
        let checks: Vec<TokenStream> = op.params.iter().map(|p| self.param_checks(p)).collect();
        let adds: Vec<TokenStream> = op.other_params().map(|p| self.param_add(p)).collect();
        let body = self.body_tokens(op);
        let (accept, template) = (&op.accept, &op.path);
        let method = format_ident!("{}", op.http_method);
        let path_expr = self.path_expr(op);
        let no_auth = if op.no_auth {
            quote!(request.without_auth();)
        } else {
            quote!()
        };
        let mutable = if adds.is_empty() && op.body.is_none() && !op.no_auth {
            quote!()
        } else {
            quote!(mut)
        };
        quote! {
            const OPERATION: &str = #id;
            #(#checks)*
            let path = #path_expr;
            let #mutable request = #rt::Request::new(OPERATION, #rt::reqwest::Method::#method, #template, path, #accept);
            #no_auth
            #(#adds)*
            #body
            Ok(request)
        }
    }

    /// The body of `send`: the runtime's one send path, given the request
    /// description and this operation's decode function.
    pub(super) fn send_body(&self, op: &Operation) -> TokenStream {
        let send = if op.streamed() {
            quote!(send_streaming)
        } else {
            quote!(send)
        };
        let decode = self.decode_tokens(op);
        quote! {
            self.client.transport().#send(self.request(), |response| #decode)
        }
    }

    /// The path template with each parameter encoded into its segment.
    fn path_expr(&self, op: &Operation) -> TokenStream {
        let rt = &self.rt;
        let mut fmt = String::new();
        let mut args = Vec::new();
        let mut rest = op.path.as_str();
        let escape = |s: &str| s.replace('{', "{{").replace('}', "}}");
        while let Some(start) = rest.find('{') {
            let Some(end) = rest[start..].find('}') else {
                break;
            };
            fmt.push_str(&escape(&rest[..start]));
            fmt.push_str("{}");
            let name = &rest[start + 1..start + end];
            match op.path_params().find(|p| p.wire == name) {
                Some(p) => {
                    let field = ident(&p.ident);
                    args.push(
                        quote!(#rt::params::encode_path(&#rt::ToParam::to_param(&self.#field))),
                    );
                }
                None => args.push(quote!("")),
            }
            rest = &rest[start + end + 1..];
        }
        fmt.push_str(&escape(rest));
        if args.is_empty() {
            quote!(#fmt.to_owned())
        } else {
            quote!(format!(#fmt, #(#args),*))
        }
    }

    /// What `send` checks of one parameter before anything is sent: its
    /// pattern, and its presence when required.
    fn param_checks(&self, p: &Param) -> TokenStream {
        let rt = &self.rt;
        let field = ident(&p.ident);
        let wire = &p.wire;
        let pattern = match (&p.pattern, p.location, &p.ty) {
            (None, ..) => quote!(),
            (Some(pattern), Location::Path, _) => quote! {
                #rt::params::check_path_pattern(OPERATION, #wire, &#rt::ToParam::to_param(&self.#field), #pattern)?;
            },
            (Some(pattern), _, Ty::Vec(_)) => quote! {
                for v in self.#field.iter().flatten() {
                    #rt::params::check_pattern(OPERATION, #wire, &#rt::ToParam::to_param(v), #pattern)?;
                }
            },
            (Some(pattern), ..) => quote! {
                if let Some(v) = &self.#field {
                    #rt::params::check_pattern(OPERATION, #wire, &#rt::ToParam::to_param(v), #pattern)?;
                }
            },
        };
        if !p.required || p.location == Location::Path {
            return pattern;
        }
        let msg = format!("the {} parameter `{wire}` is required", p.location.as_str());
        quote! {
            #pattern
            if self.#field.is_none() {
                return Err(#rt::Error::InvalidArgument { operation: OPERATION, parameter: #wire, message: #msg.to_owned() });
            }
        }
    }

    /// Adds a set query or header parameter to the request.
    fn param_add(&self, p: &Param) -> TokenStream {
        let field = ident(&p.ident);
        let wire = &p.wire;
        let add = match p.location {
            Location::Header => quote!(request.header),
            _ => quote!(request.query),
        };
        if let Ty::Vec(_) = p.ty {
            quote! {
                for v in self.#field.iter().flatten() {
                    #add(#wire, v);
                }
            }
        } else {
            quote! {
                if let Some(v) = &self.#field {
                    #add(#wire, v);
                }
            }
        }
    }

    /// Encodes the body, refusing to send without a required one.
    fn body_tokens(&self, op: &Operation) -> TokenStream {
        let rt = &self.rt;
        let Some(b) = &op.body else {
            return quote!();
        };
        let ct = &b.content_type;
        if !b.required {
            return quote! {
                if let Some(body) = &self.body {
                    request.json_body(#ct, body)?;
                }
            };
        }
        quote! {
            match &self.body {
                Some(body) => request.json_body(#ct, body)?,
                None => {
                    return Err(#rt::Error::InvalidArgument {
                        operation: OPERATION,
                        parameter: "body",
                        message: "a request body is required".to_owned(),
                    });
                }
            }
        }
    }
    /// The match that decodes a response by status. Every 2xx is a
    /// success: a status the spec does not document is marked as such and
    /// read as a documented one (`Output::undocumented`).
    pub(super) fn decode_tokens(&self, op: &Operation) -> TokenStream {
        let documented = quote!(response);
        let undocumented = quote!(response.undocumented());
        let call = |kind: &SuccessKind, response: &TokenStream| match kind {
            SuccessKind::Json(_) => quote!(#response.json()),
            SuccessKind::Empty => quote!(Ok(#response.empty())),
            SuccessKind::Bytes => quote!(Ok(#response.stream())),
        };
        match (&op.output, &op.names.response_enum) {
            (Output::Single(kind), _) if op.responses.is_empty() => call(kind, &documented),
            (Output::Single(kind), _) => {
                let statuses: Vec<u16> = op.responses.iter().map(|r| r.status).collect();
                let (read, fallback) = (call(kind, &documented), call(kind, &undocumented));
                quote! {
                    match response.status() {
                        #(#statuses)|* => #read,
                        _ => #fallback,
                    }
                }
            }
            (Output::PerStatus(kinds), name) => {
                let name = format_ident!("{}", name.as_deref().unwrap_or("Self"));
                let read_as = |status: u16| {
                    kinds
                        .iter()
                        .find(|(s, _)| *s == status)
                        .map(|(_, kind)| self.status_arm(&name, status, kind, &undocumented))
                };
                let arms = kinds.iter().map(|(status, kind)| {
                    let read = self.status_arm(&name, *status, kind, &documented);
                    quote!(#status => #read,)
                });
                let fallback = op.output.undocumented();
                let blank = fallback
                    .and_then(|f| f.blank)
                    .and_then(read_as)
                    .map(|read| quote!(_ if response.is_blank() => #read,));
                let otherwise = fallback.and_then(|f| read_as(f.otherwise));
                quote! {
                    match response.status() {
                        #(#arms)*
                        #blank
                        _ => #otherwise,
                    }
                }
            }
        }
    }

    /// Reads `response` as the documented `status` of a per-status output.
    fn status_arm(
        &self,
        name: &Ident,
        status: u16,
        kind: &SuccessKind,
        response: &TokenStream,
    ) -> TokenStream {
        let v = format_ident!("{}", status_variant(status));
        match kind {
            SuccessKind::Empty => quote!(Ok(#response.empty().map(|()| #name::#v))),
            SuccessKind::Bytes => quote!(Ok(#response.stream().map(#name::#v))),
            SuccessKind::Json(t) => {
                let t = self.ty(t);
                quote!(#response.json::<#t>().map(|r| r.map(#name::#v)))
            }
        }
    }

    pub(super) fn kind_ty(&self, k: &SuccessKind) -> TokenStream {
        let rt = &self.rt;
        match k {
            SuccessKind::Json(t) => self.ty(t),
            SuccessKind::Empty => quote!(()),
            SuccessKind::Bytes => quote!(#rt::ByteStream),
        }
    }

    /// Return type and, for per-status outputs, the response enum.
    pub(super) fn output_tokens(&self, op: &Operation) -> (TokenStream, TokenStream) {
        let rt = &self.rt;
        match (&op.output, &op.names.response_enum) {
            (Output::PerStatus(kinds), Some(name)) => {
                let name = format_ident!("{}", name);
                let en = self.response_enum(op, &name, kinds);
                (quote!(#rt::ResponseValue<#name>), en)
            }
            (Output::Single(kind), _) => {
                let t = self.kind_ty(kind);
                (quote!(#rt::ResponseValue<#t>), quote!())
            }
            (Output::PerStatus(_), None) => {
                (quote!(#rt::ResponseValue<serde_json::Value>), quote!())
            }
        }
    }

    fn response_enum(
        &self,
        op: &Operation,
        name: &Ident,
        kinds: &[(u16, SuccessKind)],
    ) -> TokenStream {
        let variants = kinds.iter().map(|(status, kind)| {
            let v = format_ident!("{}", status_variant(*status));
            let desc = op
                .responses
                .iter()
                .find(|r| r.status == *status)
                .map(|r| r.description.clone())
                .unwrap_or_default();
            let d = format!(
                " HTTP {status}: {}",
                self.sanitize(&desc).replace('\n', " ")
            );
            match kind {
                SuccessKind::Empty => quote!(#[doc = #d] #v,),
                other => {
                    let t = self.kind_ty(other);
                    quote!(#[doc = #d] #v(#t),)
                }
            }
        });
        let doc = format!(
            " The success responses of `{}`, one variant per status.",
            op.id
        );
        let cfg = super::preview_cfg(op.preview);
        quote! {
            #[doc = #doc]
            #cfg
            #[derive(Debug, Clone, PartialEq)]
            pub enum #name {
                #(#variants)*
            }
        }
    }
}
