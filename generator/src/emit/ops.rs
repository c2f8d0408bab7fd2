//! Operations → one API group struct per tag, one request builder per
//! operation: the method, its builder with setters and `send`, and the
//! per-status response enum where the IR has one.

use super::Ctx;
use super::types::{doc_lines, ident};
use crate::ops::{Group, Location, Operation, Param};
use crate::types::{DefKind, Ty};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

pub(super) fn status_variant(status: u16) -> String {
    match status {
        200 => "Ok".into(),
        201 => "Created".into(),
        202 => "Accepted".into(),
        204 => "NoContent".into(),
        s => format!("Status{s}"),
    }
}

/// How a builder takes and keeps one parameter: the argument type, the
/// stored type, and the conversion from one to the other (`None`: none).
struct ParamTypes {
    arg: TokenStream,
    stored: TokenStream,
    convert: Option<TokenStream>,
}

impl ParamTypes {
    /// The stored value made from the argument `name`.
    fn value(&self, name: &Ident) -> TokenStream {
        self.convert.clone().unwrap_or_else(|| quote!(#name))
    }

    /// A struct field initialiser from the argument `name`.
    fn init(&self, name: &Ident) -> TokenStream {
        match &self.convert {
            Some(convert) => quote!(#name: #convert),
            None => quote!(#name),
        }
    }
}

impl Ctx<'_> {
    /// Strings and enums are taken as `impl Into<…>` (so `"ORG_OWNER"`
    /// works where `OrgRole::OrgOwner` does; arrays of strings as any
    /// iterator of such), everything else as itself.
    fn param_types(&self, p: &Param) -> ParamTypes {
        let name = ident(&p.ident);
        let is_enum = |ty: &Ty| matches!(ty, Ty::Named(id) if matches!(self.defs[*id].kind, DefKind::Enum(_)));
        match &p.ty {
            Ty::String => ParamTypes {
                arg: quote!(impl Into<String>),
                stored: quote!(String),
                convert: Some(quote!(#name.into())),
            },
            ty if is_enum(ty) => {
                let t = self.ty(ty);
                ParamTypes {
                    arg: quote!(impl Into<#t>),
                    stored: t,
                    convert: Some(quote!(#name.into())),
                }
            }
            Ty::Vec(inner) if **inner == Ty::String && p.location != Location::Path => ParamTypes {
                arg: quote!(impl IntoIterator<Item = impl Into<String>>),
                stored: quote!(Vec<String>),
                convert: Some(quote!(#name.into_iter().map(Into::into).collect())),
            },
            other => {
                let t = self.ty(other);
                ParamTypes {
                    arg: t.clone(),
                    stored: t,
                    convert: None,
                }
            }
        }
    }

    /// The type a path parameter is taken as.
    pub(super) fn path_arg_type(&self, p: &Param) -> TokenStream {
        self.param_types(p).arg
    }

    /// Tokens for one API group: the accessor struct and, per operation,
    /// its method, builder and (when needed) response enum; `aliases` are
    /// more methods of the struct (compatibility aliases).
    pub fn group(
        &self,
        group: &Group,
        ops: &[&Operation],
        aliases: Vec<TokenStream>,
    ) -> TokenStream {
        let head = self.group_struct(group, ops, aliases);
        let builders = ops
            .iter()
            .map(|op| self.builder(op, &format_ident!("{}", group.ident)));
        quote! { #head #(#builders)* }
    }

    /// The group struct and its methods, without the request builders.
    pub fn group_struct(
        &self,
        group: &Group,
        ops: &[&Operation],
        aliases: Vec<TokenStream>,
    ) -> TokenStream {
        let ident = format_ident!("{}", group.ident);
        let group_doc = format!(
            " Operations of the **{}** group; see [`Client::{}`](crate::Client::{}).",
            group.tag, group.accessor, group.accessor
        );
        let index = self.ir.groups.iter().position(|g| g.module == group.module);
        let note = match index {
            Some(i) => self.feature_note_doc(&[i]),
            None => quote!(),
        };
        let methods = ops.iter().map(|op| self.method(op));
        quote! {
            #[doc = #group_doc]
            #note
            #[derive(Debug, Clone, Copy)]
            pub struct #ident<'a> {
                client: &'a crate::Client,
            }

            impl<'a> #ident<'a> {
                pub(crate) fn new(client: &'a crate::Client) -> Self {
                    Self { client }
                }

                #(#methods)*

                #(#aliases)*
            }
        }
    }

    /// The group method: path parameters positional, returning the builder.
    fn method(&self, op: &Operation) -> TokenStream {
        let method = ident(&op.names.method);
        let builder = format_ident!("{}", op.names.builder);
        let docs = self.op_docs(op);
        let cfg = super::preview_cfg(op.preview);
        let deprecated = if op.deprecated {
            let note = self.deprecation_note(op);
            quote!(#[deprecated(note = #note)])
        } else {
            quote!()
        };
        let id = &op.id;
        let alias = op.docs.alias.as_ref().map(|a| quote!(#[doc(alias = #a)]));
        let (mut args, mut inits) = (Vec::new(), Vec::new());
        for p in op.path_params() {
            let name = ident(&p.ident);
            let types = self.param_types(p);
            let arg = &types.arg;
            args.push(quote!(#name: #arg));
            inits.push(types.init(&name));
        }
        for p in op.other_params() {
            let name = ident(&p.ident);
            inits.push(quote!(#name: None));
        }
        match &op.body {
            // A required body is an argument, after the path parameters.
            Some(b) if b.required => {
                let t = self.ty(&b.ty);
                args.push(quote!(body: #t));
                inits.push(quote!(body));
            }
            Some(_) => inits.push(quote!(body: None)),
            None => {}
        }
        quote! {
            #docs
            #[doc(alias = #id)]
            #alias
            #deprecated
            #cfg
            pub fn #method(&self, #(#args),*) -> #builder<'a> {
                #builder { client: self.client, #(#inits),* }
            }
        }
    }

    /// The request builder: its fields, setters, `send`, paging streams,
    /// and the response enum when the output has one.
    pub(super) fn builder(&self, op: &Operation, group: &Ident) -> TokenStream {
        let builder = format_ident!("{}", op.names.builder);
        let cfg = super::preview_cfg(op.preview);
        let rt = &self.rt;
        let (fields, setters) = self.builder_fields(op);
        let (ret, response_enum) = self.output_tokens(op);
        let request_body = self.request_body(op);
        let send_body = self.send_body(op);
        let waiter = self.waiter_tokens(op);
        let paging = self.paging_tokens(op);
        let mock = self.mock_impls(op);
        let doc = format!(
            " Request builder for [`{group}::{}`]; finish with [`send`](Self::send).",
            op.names.method.trim_start_matches("r#")
        );
        quote! {
            #[doc = #doc]
            #cfg
            #[derive(Debug, Clone)]
            #[must_use = "a request does nothing until it is sent with `.send().await`"]
            pub struct #builder<'a> {
                client: &'a crate::Client,
                #(#fields),*
            }

            #cfg
            impl<'a> #builder<'a> {
                #(#setters)*

                /// Sends the request and decodes the response.
                ///
                /// The request is described (and its parameters checked) at
                /// this call; nothing is sent until the future is awaited.
                pub fn send(self) -> impl ::core::future::Future<Output = Result<#ret, #rt::Error>> + 'a {
                    #send_body
                }

                /// The request `send` sends, its parameters checked.
                fn request(&self) -> Result<#rt::Request, #rt::Error> {
                    #request_body
                }

                #waiter

                #paging
            }

            #response_enum
            #mock
        }
    }

    /// The builder's fields (path parameters as given, the others and the
    /// body optional) and the setters of the optional ones.
    fn builder_fields(&self, op: &Operation) -> (Vec<TokenStream>, Vec<TokenStream>) {
        let (mut fields, mut setters) = (Vec::new(), Vec::new());
        for p in &op.params {
            let name = ident(&p.ident);
            let ParamTypes { stored, .. } = self.param_types(p);
            if p.location == Location::Path {
                fields.push(quote!(#name: #stored));
            } else {
                fields.push(quote!(#name: Option<#stored>));
                setters.push(self.param_setter(p));
            }
        }
        match &op.body {
            Some(body) if body.required => {
                let t = self.ty(&body.ty);
                fields.push(quote!(body: #t));
            }
            Some(body) => {
                let t = self.ty(&body.ty);
                fields.push(quote!(body: Option<#t>));
                setters.push(self.body_setter(op));
            }
            None => {}
        }
        (fields, setters)
    }

    /// The setter of a query or header parameter.
    fn param_setter(&self, p: &Param) -> TokenStream {
        let name = ident(&p.ident);
        let types = self.param_types(p);
        let (arg, value) = (&types.arg, types.value(&name));
        let mut doc = p
            .doc
            .as_deref()
            .map(|t| self.sanitize(t))
            .unwrap_or_default();
        doc.push_str(&format!(
            "\n\nSent as the {} parameter `{}`",
            p.location.as_str(),
            p.wire
        ));
        if p.required {
            doc.push_str("; required");
        }
        if let Some(d) = &p.default {
            doc.push_str(&format!("; the server's default is `{d}`"));
        }
        doc.push('.');
        let docs = doc_lines(doc.trim_start());
        let deprecated = if p.deprecated {
            {
                let note = self.deprecated_in_spec();
                quote!(#[deprecated(note = #note)])
            }
        } else {
            quote!()
        };
        quote! {
            #docs
            #deprecated
            pub fn #name(mut self, #name: #arg) -> Self {
                self.#name = Some(#value);
                self
            }
        }
    }

    /// The setter of an optional body (a required one is an argument).
    fn body_setter(&self, op: &Operation) -> TokenStream {
        let Some(body) = &op.body else {
            return quote!();
        };
        let t = self.ty(&body.ty);
        let doc = body
            .doc
            .as_deref()
            .map(|t| self.sanitize(t))
            .unwrap_or_else(|| "The request body.".to_owned());
        let docs = doc_lines(&doc);
        quote! {
            #docs
            pub fn body(mut self, body: #t) -> Self {
                self.body = Some(body);
                self
            }
        }
    }
}
