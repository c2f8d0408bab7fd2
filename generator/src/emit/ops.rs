//! Operations → one API group struct per tag, one request builder per
//! operation.

use super::Ctx;
use super::docs::{absolute, sanitize};
use super::types::{doc_lines, ident};
use crate::ops::{Location, Operation, Param, SuccessKind};
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

fn status_variant(status: u16) -> String {
    match status {
        200 => "Ok".into(),
        201 => "Created".into(),
        202 => "Accepted".into(),
        204 => "NoContent".into(),
        s => format!("Status{s}"),
    }
}

/// The success type: one type when every documented success status has
/// the same body, else an enum per status.
pub enum Output {
    Single(SuccessKind),
    PerStatus(Vec<(u16, SuccessKind)>),
}

pub fn output(op: &Operation) -> Output {
    let mut kinds: Vec<(u16, SuccessKind)> = op
        .responses
        .iter()
        .map(|r| (r.status, r.kind.clone()))
        .collect();
    kinds.sort_by_key(|k| k.0);
    match kinds.as_slice() {
        [] => Output::Single(SuccessKind::Empty),
        [(_, k), rest @ ..] if rest.iter().all(|(_, r)| r == k) => Output::Single(k.clone()),
        _ => Output::PerStatus(kinds),
    }
}

impl Ctx<'_> {
    fn kind_ty(&self, k: &SuccessKind) -> TokenStream {
        match k {
            SuccessKind::Json(t) => self.ty(t),
            SuccessKind::Empty => quote!(()),
            SuccessKind::Bytes => quote!(atlas_admin_runtime::ByteStream),
        }
    }

    /// The type a path parameter is taken as, and how to store it.
    fn path_arg(&self, p: &Param) -> (TokenStream, TokenStream, TokenStream) {
        let name = ident(&p.ident);
        match &p.ty {
            Ty::String => (
                quote!(impl Into<String>),
                quote!(String),
                quote!(#name: #name.into()),
            ),
            other => {
                let t = self.ty(other);
                (t.clone(), t, quote!(#name))
            }
        }
    }

    fn param_setter_ty(&self, p: &Param) -> (TokenStream, TokenStream, TokenStream) {
        let name = ident(&p.ident);
        match &p.ty {
            Ty::String => (
                quote!(impl Into<String>),
                quote!(String),
                quote!(#name.into()),
            ),
            Ty::Vec(inner) if **inner == Ty::String => (
                quote!(impl IntoIterator<Item = impl Into<String>>),
                quote!(Vec<String>),
                quote!(#name.into_iter().map(Into::into).collect()),
            ),
            other => {
                let t = self.ty(other);
                (t.clone(), t, quote!(#name))
            }
        }
    }

    pub fn op_docs(&self, op: &Operation) -> TokenStream {
        let mut doc = String::new();
        if let Some(s) = &op.summary {
            doc.push_str(&sanitize(s));
            doc.push_str("\n\n");
        }
        if let Some(d) = &op.description {
            doc.push_str(&sanitize(d));
            doc.push_str("\n\n");
        }
        doc.push_str(&format!("`{} {}`\n\n", op.http_method, op.path));
        doc.push_str(&format!("Operation `{}`", op.id));
        if let Some(a) = &op.alias {
            doc.push_str(&format!(" (Atlas CLI: `{a}`)"));
        }
        doc.push_str(&format!(". API version `{}` (`{}`)", op.version, op.accept));
        match &op.version_of {
            Some(default) => doc.push_str(&format!(
                ", with that version's request and response types; `{default}` speaks the default version"
            )),
            None if op.versions.len() > 1 => {
                let others: Vec<String> = op
                    .versions
                    .iter()
                    .filter(|v| **v != op.version)
                    .map(|v| format!("`{v}` (`{}_{}`)", op.method_ident, crate::ops::version_suffix(v)))
                    .collect();
                doc.push_str(&format!(
                    ", the newest not after the release this crate speaks; also offered: {}",
                    others.join(", ")
                ));
            }
            None => {}
        }
        doc.push_str(".\n\n");
        if let (Some(date), false) = (&op.sunset, op.deprecated) {
            doc.push_str(&format!(
                "**Sunset**: Atlas retires this version on {date} (`x-sunset`).\n\n"
            ));
        }
        match (&op.version_of, op.preview) {
            (Some(_), true) => doc.push_str("**Preview version**: it may change without notice; it needs the `preview` cargo feature.\n\n"),
            (None, true) => doc.push_str("**Preview**: this operation exists only as a preview version, which may change without notice; it needs the `preview` cargo feature.\n\n"),
            _ => {}
        }
        if !op.roles.is_empty() {
            doc.push_str(&format!("Required roles: {}.\n\n", op.roles.join(", ")));
        }
        for (date, note) in &op.changelog {
            doc.push_str(&format!("Changelog {date}: {}\n\n", sanitize(note)));
        }
        if let Some(url) = &op.docs_url {
            doc.push_str(&format!("[Atlas API documentation]({})\n\n", absolute(url)));
        }
        if op.deprecated {
            doc.push_str("# Deprecated\n\n");
            doc.push_str(&deprecation_note(op));
            doc.push('\n');
        }
        doc.push_str("# Example\n\n");
        doc.push_str(&self.op_example(op));
        doc.push('\n');
        doc_lines(doc.trim_end())
    }

    /// Tokens for one API group (tag): the accessor struct and, per
    /// operation, its method, builder and (when needed) response enum.
    pub fn group(&self, tag: &str, ops: &[&Operation]) -> TokenStream {
        let group = format_ident!("{}", ops[0].group_ident);
        let group_doc = format!(
            " Operations of the **{tag}** group; see [`Client::{}`](crate::Client::{}).",
            super::group_method(tag),
            super::group_method(tag)
        );
        let mut methods = Vec::new();
        let mut items = Vec::new();
        for op in ops {
            let (method, item) = self.operation(op, &group);
            methods.push(method);
            items.push(item);
        }
        quote! {
            #[doc = #group_doc]
            #[derive(Debug, Clone, Copy)]
            pub struct #group<'a> {
                client: &'a crate::Client,
            }

            impl<'a> #group<'a> {
                pub(crate) fn new(client: &'a crate::Client) -> Self {
                    Self { client }
                }

                #(#methods)*
            }

            #(#items)*
        }
    }

    fn operation(&self, op: &Operation, group: &proc_macro2::Ident) -> (TokenStream, TokenStream) {
        let method = ident(&op.method_ident);
        let builder = format_ident!("{}", op.builder_ident);
        let docs = self.op_docs(op);
        let cfg = if op.preview {
            quote!(#[cfg(feature = "preview")])
        } else {
            quote!()
        };
        let deprecated = if op.deprecated {
            let note = deprecation_note(op);
            quote!(#[deprecated(note = #note)])
        } else {
            quote!()
        };
        let id = &op.id;
        let alias = op.alias.as_ref().map(|a| quote!(#[doc(alias = #a)]));

        // Method: path parameters positional.
        let mut args = Vec::new();
        let mut inits = Vec::new();
        let mut fields = Vec::new();
        for p in op.path_params() {
            let name = ident(&p.ident);
            let (arg_ty, store_ty, conv) = self.path_arg(p);
            args.push(quote!(#name: #arg_ty));
            inits.push(conv);
            fields.push(quote!(#name: #store_ty));
        }
        let mut setters = Vec::new();
        for p in op.other_params() {
            let name = ident(&p.ident);
            let (arg_ty, store_ty, conv) = self.param_setter_ty(p);
            inits.push(quote!(#name: None));
            fields.push(quote!(#name: Option<#store_ty>));
            let mut doc = p.doc.as_deref().map(sanitize).unwrap_or_default();
            let loc = match p.location {
                Location::Query => "query",
                Location::Header => "header",
                Location::Path => "path",
            };
            doc.push_str(&format!("\n\nSent as the {loc} parameter `{}`", p.wire));
            if p.required {
                doc.push_str("; required");
            }
            if let Some(d) = &p.default {
                doc.push_str(&format!("; the server's default is `{d}`"));
            }
            doc.push('.');
            let pdocs = doc_lines(doc.trim_start());
            let pdep = if p.deprecated {
                quote!(#[deprecated(note = "deprecated in the Atlas API spec")])
            } else {
                quote!()
            };
            setters.push(quote! {
                #pdocs
                #pdep
                pub fn #name(mut self, #name: #arg_ty) -> Self {
                    self.#name = Some(#conv);
                    self
                }
            });
        }
        if let Some(body) = &op.body {
            let t = self.ty(&body.ty);
            inits.push(quote!(body: None));
            fields.push(quote!(body: Option<#t>));
            let mut doc = body
                .doc
                .as_deref()
                .map(sanitize)
                .unwrap_or_else(|| "The request body.".to_owned());
            if body.required {
                doc.push_str(
                    "\n\nRequired: `send` fails with `Error::InvalidArgument` without it.",
                );
            }
            let bdocs = doc_lines(&doc);
            setters.push(quote! {
                #bdocs
                pub fn body(mut self, body: #t) -> Self {
                    self.body = Some(body);
                    self
                }
            });
        }

        let (ret, response_enum, decode) = self.output_tokens(op);
        let paging = self.paging_tokens(op);
        let send_body = self.send_body(op, &decode);
        let method_doc_link = format!(
            " Request builder for [`{}::{}`]; finish with [`send`](Self::send).",
            group,
            op.method_ident.trim_start_matches("r#")
        );
        let method_tokens = quote! {
            #docs
            #[doc(alias = #id)]
            #alias
            #deprecated
            #cfg
            pub fn #method(&self, #(#args),*) -> #builder<'a> {
                #builder { client: self.client, #(#inits),* }
            }
        };
        let item = quote! {
            #[doc = #method_doc_link]
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
                pub async fn send(self) -> Result<#ret, atlas_admin_runtime::Error> {
                    #send_body
                }

                #paging
            }

            #response_enum
        };
        (method_tokens, item)
    }

    /// `pages()` and `items()` for an operation that pages.
    fn paging_tokens(&self, op: &Operation) -> TokenStream {
        let Some(p) = crate::ops::paging(op, self.defs) else {
            return quote!();
        };
        let id = &op.id;
        let page_ty = self.ty(&Ty::Named(p.page));
        let item_ty = self.ty(&p.results.2);
        let page_num = ident(&p.page_num.ident);
        let per_page = ident(&p.items_per_page.ident);
        let results = ident(&p.results.0);
        // The runtime counts in i64; the setters take the spec's integer type.
        let from_i64 = |param: &crate::ops::Param| match param.ty {
            Ty::I32 => quote!(as i32),
            _ => quote!(),
        };
        let page_cast = from_i64(&p.page_num);
        let len = if p.results.1 {
            quote!(page.#results.as_ref().map_or(0, Vec::len))
        } else {
            quote!(page.#results.len())
        };
        let into_items = if p.results.1 {
            quote!(page.#results.unwrap_or_default())
        } else {
            quote!(page.#results)
        };
        let total = match &p.total_count {
            Some((f, true)) => {
                let f = ident(f);
                quote!(page.#f.map(i64::from))
            }
            Some((f, false)) => {
                let f = ident(f);
                quote!(Some(i64::from(page.#f)))
            }
            None => quote!(None),
        };
        let pages_doc = " Every page, walking `pageNum` from the one set (default 1), `itemsPerPage` at a time (default 100; Atlas allows up to 500). The walk stops after a short page, once `totalCount` items have come, or at an empty page (yielded only when it is the first, so an empty collection still shows its `totalCount`); a server that repeats a page ends it with `Error::Paging`. Each page is a request of its own: an error is yielded and ends the walk.";
        let call = self.op_call(op, "    ");
        let call = call.strip_suffix("\n    .send()").unwrap_or(&call);
        let allow = if op.deprecated {
            "#[allow(deprecated)]\n"
        } else {
            ""
        };
        let items_doc = format!(
            " Every item of every page (see [`pages`](Self::pages)), in order.\n\n```no_run\n# use atlas_admin::types::*;\n# async fn example(client: atlas_admin::Client) -> Result<(), atlas_admin::Error> {{\nuse atlas_admin::TryStreamExt;\n\n{allow}let mut items = {call}\n    .items_per_page(500)\n    .items();\nwhile let Some(item) = items.try_next().await? {{\n    let _ = item;\n}}\n# Ok(())\n# }}\n```"
        );
        let items_doc = doc_lines(items_doc.trim_start());
        quote! {
            #[doc = #pages_doc]
            pub fn pages(self) -> atlas_admin_runtime::paging::Pages<'a, #page_ty> {
                let first = self.#page_num.map_or(1, i64::from);
                let per_page = self.#per_page.map_or(100, i64::from);
                atlas_admin_runtime::paging::pages(
                    #id,
                    first,
                    per_page,
                    move |n| self.clone().#page_num(n #page_cast).send(),
                    |page: &#page_ty| atlas_admin_runtime::paging::PageInfo {
                        len: #len,
                        total: #total,
                    },
                )
            }

            #items_doc
            pub fn items(self) -> atlas_admin_runtime::paging::Items<'a, #item_ty> {
                atlas_admin_runtime::paging::items(self.pages(), |page: #page_ty| #into_items)
            }
        }
    }

    /// Return type, optional per-status enum, and the decoding match.
    fn output_tokens(&self, op: &Operation) -> (TokenStream, TokenStream, TokenStream) {
        match output(op) {
            Output::Single(kind) => {
                let t = self.kind_ty(&kind);
                let call = match kind {
                    SuccessKind::Json(_) => quote!(response.json()),
                    SuccessKind::Empty => quote!(Ok(response.empty())),
                    SuccessKind::Bytes => quote!(Ok(response.stream())),
                };
                let statuses: Vec<u16> = op.responses.iter().map(|r| r.status).collect();
                let decode = if statuses.is_empty() {
                    call
                } else {
                    quote! {
                        match response.status() {
                            #(#statuses)|* => #call,
                            _ => Err(response.unexpected()),
                        }
                    }
                };
                (
                    quote!(atlas_admin_runtime::ResponseValue<#t>),
                    quote!(),
                    decode,
                )
            }
            Output::PerStatus(kinds) => {
                let name = format_ident!("{}", op.response_enum_ident);
                let mut variants = Vec::new();
                let mut arms = Vec::new();
                for (status, kind) in &kinds {
                    let v = format_ident!("{}", status_variant(*status));
                    let desc = op
                        .responses
                        .iter()
                        .find(|r| r.status == *status)
                        .map(|r| r.description.clone())
                        .unwrap_or_default();
                    let d = format!(" HTTP {status}: {}", sanitize(&desc).replace('\n', " "));
                    match kind {
                        SuccessKind::Empty => {
                            variants.push(quote!(#[doc = #d] #v,));
                            arms.push(quote!(#status => Ok(response.empty().map(|()| #name::#v)),));
                        }
                        SuccessKind::Bytes => {
                            variants.push(quote!(#[doc = #d] #v(atlas_admin_runtime::ByteStream),));
                            arms.push(quote!(#status => Ok(response.stream().map(#name::#v)),));
                        }
                        SuccessKind::Json(t) => {
                            let t = self.ty(t);
                            variants.push(quote!(#[doc = #d] #v(#t),));
                            let t = t.clone();
                            arms.push(
                                quote!(#status => response.json::<#t>().map(|r| r.map(#name::#v)),),
                            );
                        }
                    }
                }
                let doc = format!(
                    " The success responses of `{}`, one variant per status.",
                    op.id
                );
                let cfg = if op.preview {
                    quote!(#[cfg(feature = "preview")])
                } else {
                    quote!()
                };
                let en = quote! {
                    #[doc = #doc]
                    #cfg
                    #[derive(Debug, Clone, PartialEq)]
                    pub enum #name {
                        #(#variants)*
                    }
                };
                let decode = quote! {
                    match response.status() {
                        #(#arms)*
                        _ => Err(response.unexpected()),
                    }
                };
                (
                    quote!(atlas_admin_runtime::ResponseValue<#name>),
                    en,
                    decode,
                )
            }
        }
    }

    fn send_body(&self, op: &Operation, decode: &TokenStream) -> TokenStream {
        let id = &op.id;
        // Downloads (gzip, csv) are streamed: the body is read as consumed.
        let streamed = op.responses.iter().any(|r| r.kind == SuccessKind::Bytes)
            && !op
                .responses
                .iter()
                .any(|r| matches!(r.kind, SuccessKind::Json(_)));
        let execute = if streamed {
            quote!(execute_streaming)
        } else {
            quote!(execute)
        };
        let mut checks = Vec::new();
        // Path: validate, then encode each value into the template.
        let mut fmt = String::new();
        let mut fmt_args = Vec::new();
        let mut rest = op.path.as_str();
        while let Some(start) = rest.find('{') {
            let Some(end) = rest[start..].find('}') else {
                break;
            };
            fmt.push_str(&rest[..start].replace('{', "{{").replace('}', "}}"));
            fmt.push_str("{}");
            let name = &rest[start + 1..start + end];
            match op.path_params().find(|p| p.wire == name) {
                Some(p) => {
                    let field = ident(&p.ident);
                    fmt_args.push(quote!(atlas_admin_runtime::params::encode_path(&atlas_admin_runtime::ToParam::to_param(&self.#field))));
                }
                None => fmt_args.push(quote!("")),
            }
            rest = &rest[start + end + 1..];
        }
        fmt.push_str(&rest.replace('{', "{{").replace('}', "}}"));
        for p in &op.params {
            let field = ident(&p.ident);
            let wire = &p.wire;
            if let Some(pattern) = &p.pattern {
                if pattern_compiles(pattern) {
                    if p.location == Location::Path {
                        checks.push(quote! {
                            atlas_admin_runtime::params::check_path_pattern(OPERATION, #wire, &atlas_admin_runtime::ToParam::to_param(&self.#field), #pattern)?;
                        });
                    } else if let Ty::Vec(_) = p.ty {
                        checks.push(quote! {
                            for v in self.#field.iter().flatten() {
                                atlas_admin_runtime::params::check_pattern(OPERATION, #wire, &atlas_admin_runtime::ToParam::to_param(v), #pattern)?;
                            }
                        });
                    } else {
                        checks.push(quote! {
                            if let Some(v) = &self.#field {
                                atlas_admin_runtime::params::check_pattern(OPERATION, #wire, &atlas_admin_runtime::ToParam::to_param(v), #pattern)?;
                            }
                        });
                    }
                }
            }
            if p.required && p.location != Location::Path {
                let msg = format!(
                    "the {} parameter `{wire}` is required",
                    if p.location == Location::Query {
                        "query"
                    } else {
                        "header"
                    }
                );
                checks.push(quote! {
                    if self.#field.is_none() {
                        return Err(atlas_admin_runtime::Error::InvalidArgument { operation: OPERATION, parameter: #wire, message: #msg.to_owned() });
                    }
                });
            }
        }
        let mut adds = Vec::new();
        for p in op.other_params() {
            let field = ident(&p.ident);
            let wire = &p.wire;
            let add = match p.location {
                Location::Header => quote!(request.header),
                _ => quote!(request.query),
            };
            if let Ty::Vec(_) = p.ty {
                adds.push(quote! {
                    for v in self.#field.iter().flatten() {
                        #add(#wire, v);
                    }
                });
            } else {
                adds.push(quote! {
                    if let Some(v) = &self.#field {
                        #add(#wire, v);
                    }
                });
            }
        }
        let body = match &op.body {
            Some(b) => {
                let ct = op.content_type.clone().unwrap_or_else(|| op.accept.clone());
                if b.required {
                    quote! {
                        match &self.body {
                            Some(body) => request.json_body(#ct, body)?,
                            None => {
                                return Err(atlas_admin_runtime::Error::InvalidArgument {
                                    operation: OPERATION,
                                    parameter: "body",
                                    message: "a request body is required".to_owned(),
                                });
                            }
                        }
                    }
                } else {
                    quote! {
                        if let Some(body) = &self.body {
                            request.json_body(#ct, body)?;
                        }
                    }
                }
            }
            None => quote!(),
        };
        let accept = &op.accept;
        let template = &op.path;
        let method = format_ident!("{}", op.http_method);
        let path_expr = if fmt_args.is_empty() {
            quote!(#fmt.to_owned())
        } else {
            quote!(format!(#fmt, #(#fmt_args),*))
        };
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
            let #mutable request = atlas_admin_runtime::Request::new(OPERATION, atlas_admin_runtime::reqwest::Method::#method, #template, path, #accept);
            #no_auth
            #(#adds)*
            #body
            let response = self.client.transport().#execute(request).await?;
            #decode
        }
    }
}

/// Patterns the runtime can compile are checked; the generator warns about
/// the others (see `lib.rs`), which are then not enforced.
pub fn pattern_compiles(pattern: &str) -> bool {
    fancy_regex::Regex::new(pattern).is_ok()
}

pub fn deprecation_note(op: &Operation) -> String {
    let mut note = "Deprecated in the Atlas API".to_owned();
    if let Some(s) = &op.sunset {
        note.push_str(&format!("; sunset on {s}"));
    }
    if let Some((desc, url)) = &op.external_docs {
        match desc {
            Some(d) => note.push_str(&format!("; use instead: {d} <{}>", absolute(url))),
            None => note.push_str(&format!("; see <{}>", absolute(url))),
        }
    }
    note.push('.');
    note
}
