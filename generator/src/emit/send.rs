//! The body of a builder's `send`: check the parameters, fill the path,
//! build the request description, send it through the transport, and
//! decode the answer by status; and what `send` returns.

use super::Ctx;
use super::types::ident;
use crate::ops::{Location, Operation, Param};
use crate::types::Ty;
use proc_macro2::TokenStream;
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

    /// Encodes the body (a required one is always there: an argument).
    fn body_tokens(&self, op: &Operation) -> TokenStream {
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
            request.json_body(#ct, &self.body)?;
        }
    }
}
