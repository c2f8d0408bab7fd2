//! Operations → one API group struct per tag, one request builder per
//! operation: the method, its builder with setters and `send`, and the
//! per-status response enum where the IR has one.

use super::Ctx;
use super::docs::{absolute, sanitize};
use super::types::{doc_lines, ident};
use crate::ops::{Group, Location, Operation, Output, Param, SuccessKind, VersionRole};
use crate::types::{DefKind, Ty};
use proc_macro2::{Ident, TokenStream};
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
    fn kind_ty(&self, k: &SuccessKind) -> TokenStream {
        let rt = &self.rt;
        match k {
            SuccessKind::Json(t) => self.ty(t),
            SuccessKind::Empty => quote!(()),
            SuccessKind::Bytes => quote!(#rt::ByteStream),
        }
    }

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

    /// Tokens for one API group: the accessor struct and, per operation,
    /// its method, builder and (when needed) response enum.
    pub fn group(&self, group: &Group, ops: &[&Operation]) -> TokenStream {
        let ident = format_ident!("{}", group.ident);
        let group_doc = format!(
            " Operations of the **{}** group; see [`Client::{}`](crate::Client::{}).",
            group.tag, group.accessor, group.accessor
        );
        let (methods, items): (Vec<TokenStream>, Vec<TokenStream>) = ops
            .iter()
            .map(|op| (self.method(op), self.builder(op, &ident)))
            .unzip();
        quote! {
            #[doc = #group_doc]
            #[derive(Debug, Clone, Copy)]
            pub struct #ident<'a> {
                client: &'a crate::Client,
            }

            impl<'a> #ident<'a> {
                pub(crate) fn new(client: &'a crate::Client) -> Self {
                    Self { client }
                }

                #(#methods)*
            }

            #(#items)*
        }
    }

    /// The group method: path parameters positional, returning the builder.
    fn method(&self, op: &Operation) -> TokenStream {
        let method = ident(&op.names.method);
        let builder = format_ident!("{}", op.names.builder);
        let docs = self.op_docs(op);
        let cfg = super::preview_cfg(op.preview);
        let deprecated = if op.deprecated {
            let note = deprecation_note(op);
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
        if op.body.is_some() {
            inits.push(quote!(body: None));
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
    fn builder(&self, op: &Operation, group: &Ident) -> TokenStream {
        let builder = format_ident!("{}", op.names.builder);
        let cfg = super::preview_cfg(op.preview);
        let rt = &self.rt;
        let mut fields = Vec::new();
        let mut setters = Vec::new();
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
        if let Some(body) = &op.body {
            let t = self.ty(&body.ty);
            fields.push(quote!(body: Option<#t>));
            setters.push(self.body_setter(op));
        }
        let (ret, response_enum) = self.output_tokens(op);
        let send_body = self.send_body(op);
        let paging = self.paging_tokens(op);
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
                pub async fn send(self) -> Result<#ret, #rt::Error> {
                    #send_body
                }

                #paging
            }

            #response_enum
        }
    }

    /// The setter of a query or header parameter.
    fn param_setter(&self, p: &Param) -> TokenStream {
        let name = ident(&p.ident);
        let types = self.param_types(p);
        let (arg, value) = (&types.arg, types.value(&name));
        let mut doc = p.doc.as_deref().map(sanitize).unwrap_or_default();
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
            quote!(#[deprecated(note = "deprecated in the Atlas API spec")])
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

    fn body_setter(&self, op: &Operation) -> TokenStream {
        let Some(body) = &op.body else {
            return quote!();
        };
        let t = self.ty(&body.ty);
        let mut doc = body
            .doc
            .as_deref()
            .map(sanitize)
            .unwrap_or_else(|| "The request body.".to_owned());
        if body.required {
            doc.push_str("\n\nRequired: `send` fails with `Error::InvalidArgument` without it.");
        }
        let docs = doc_lines(&doc);
        quote! {
            #docs
            pub fn body(mut self, body: #t) -> Self {
                self.body = Some(body);
                self
            }
        }
    }

    /// The method docs: summary, description, route, versions, roles,
    /// changelog, links, deprecation and the usage example.
    pub fn op_docs(&self, op: &Operation) -> TokenStream {
        let mut doc = String::new();
        for text in op.docs.summary.iter().chain(&op.docs.description) {
            doc.push_str(&sanitize(text));
            doc.push_str("\n\n");
        }
        doc.push_str(&format!("`{} {}`\n\n", op.http_method, op.path));
        doc.push_str(&format!("Operation `{}`", op.id));
        if let Some(a) = &op.docs.alias {
            doc.push_str(&format!(" (Atlas CLI: `{a}`)"));
        }
        doc.push_str(&format!(". API version `{}` (`{}`)", op.version, op.accept));
        doc.push_str(&version_note(op));
        doc.push_str(".\n\n");
        if let (Some(date), false) = (&op.sunset, op.deprecated) {
            doc.push_str(&format!(
                "**Sunset**: Atlas retires this version on {date} (`x-sunset`).\n\n"
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
            doc.push_str(&format!("Changelog {date}: {}\n\n", sanitize(note)));
        }
        if let Some(url) = &op.docs.docs_url {
            doc.push_str(&format!("[Atlas API documentation]({})\n\n", absolute(url)));
        }
        if op.deprecated {
            doc.push_str(&format!("# Deprecated\n\n{}\n", deprecation_note(op)));
        }
        doc.push_str(&format!("# Example\n\n{}\n", self.op_example(op)));
        doc_lines(doc.trim_end())
    }

    /// `pages()` and `items()` for an operation that pages.
    fn paging_tokens(&self, op: &Operation) -> TokenStream {
        let Some(p) = &op.paging else {
            return quote!();
        };
        let rt = &self.rt;
        let id = &op.id;
        let page_ty = self.ty(&Ty::Named(p.page));
        let item_ty = self.ty(&p.item);
        let (page_num, per_page) = (ident(&p.page_num), ident(&p.items_per_page));
        // The runtime counts in i64; the setters take the spec's integer type.
        let page_cast = match p.page_num_ty {
            Ty::I32 => quote!(as i32),
            _ => quote!(),
        };
        let results = ident(&p.results.ident);
        let (len, into_items) = if p.results.optional {
            (
                quote!(page.#results.as_ref().map_or(0, Vec::len)),
                quote!(page.#results.unwrap_or_default()),
            )
        } else {
            (quote!(page.#results.len()), quote!(page.#results))
        };
        let total = match &p.total_count {
            Some(f) if f.optional => {
                let f = ident(&f.ident);
                quote!(page.#f.map(i64::from))
            }
            Some(f) => {
                let f = ident(&f.ident);
                quote!(Some(i64::from(page.#f)))
            }
            None => quote!(None),
        };
        let pages_doc = " Every page, walking `pageNum` from the one set (default 1), `itemsPerPage` at a time (default 100; Atlas allows up to 500). The walk stops after a short page, once `totalCount` items have come, or at an empty page (yielded only when it is the first, so an empty collection still shows its `totalCount`); a server that repeats a page ends it with `Error::Paging`. Each page is a request of its own: an error is yielded and ends the walk.";
        let items_doc = doc_lines(&self.items_example(op));
        quote! {
            #[doc = #pages_doc]
            pub fn pages(self) -> #rt::paging::Pages<'a, #page_ty> {
                let first = self.#page_num.map_or(1, i64::from);
                let per_page = self.#per_page.map_or(100, i64::from);
                #rt::paging::pages(
                    #id,
                    first,
                    per_page,
                    move |n| self.clone().#page_num(n #page_cast).send(),
                    |page: &#page_ty| #rt::paging::PageInfo {
                        len: #len,
                        total: #total,
                    },
                )
            }

            #items_doc
            pub fn items(self) -> #rt::paging::Items<'a, #item_ty> {
                #rt::paging::items(self.pages(), |page: #page_ty| #into_items)
            }
        }
    }

    /// Return type and, for per-status outputs, the response enum.
    fn output_tokens(&self, op: &Operation) -> (TokenStream, TokenStream) {
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
            let d = format!(" HTTP {status}: {}", sanitize(&desc).replace('\n', " "));
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

    /// The match that decodes a response by status.
    fn decode_tokens(&self, op: &Operation) -> TokenStream {
        let call = |kind: &SuccessKind| match kind {
            SuccessKind::Json(_) => quote!(response.json()),
            SuccessKind::Empty => quote!(Ok(response.empty())),
            SuccessKind::Bytes => quote!(Ok(response.stream())),
        };
        match (&op.output, &op.names.response_enum) {
            (Output::Single(kind), _) if op.responses.is_empty() => call(kind),
            (Output::Single(kind), _) => {
                let statuses: Vec<u16> = op.responses.iter().map(|r| r.status).collect();
                let call = call(kind);
                quote! {
                    match response.status() {
                        #(#statuses)|* => #call,
                        _ => Err(response.unexpected()),
                    }
                }
            }
            (Output::PerStatus(kinds), name) => {
                let name = format_ident!("{}", name.as_deref().unwrap_or("Self"));
                let arms = kinds.iter().map(|(status, kind)| {
                    let v = format_ident!("{}", status_variant(*status));
                    match kind {
                        SuccessKind::Empty => {
                            quote!(#status => Ok(response.empty().map(|()| #name::#v)),)
                        }
                        SuccessKind::Bytes => {
                            quote!(#status => Ok(response.stream().map(#name::#v)),)
                        }
                        SuccessKind::Json(t) => {
                            let t = self.ty(t);
                            quote!(#status => response.json::<#t>().map(|r| r.map(#name::#v)),)
                        }
                    }
                });
                quote! {
                    match response.status() {
                        #(#arms)*
                        _ => Err(response.unexpected()),
                    }
                }
            }
        }
    }

    /// The body of `send`: check parameters, fill the path, build the
    /// request, send it and decode the answer.
    fn send_body(&self, op: &Operation) -> TokenStream {
        let rt = &self.rt;
        let id = &op.id;
        let execute = if op.streamed() {
            quote!(execute_streaming)
        } else {
            quote!(execute)
        };
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
        let decode = self.decode_tokens(op);
        quote! {
            const OPERATION: &str = #id;
            #(#checks)*
            let path = #path_expr;
            let #mutable request = #rt::Request::new(OPERATION, #rt::reqwest::Method::#method, #template, path, #accept);
            #no_auth
            #(#adds)*
            #body
            let response = self.client.transport().#execute(request).await?;
            #decode
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

pub fn deprecation_note(op: &Operation) -> String {
    let mut note = "Deprecated in the Atlas API".to_owned();
    if let Some(s) = &op.sunset {
        note.push_str(&format!("; sunset on {s}"));
    }
    if let Some((desc, url)) = &op.docs.external_docs {
        match desc {
            Some(d) => note.push_str(&format!("; use instead: {d} <{}>", absolute(url))),
            None => note.push_str(&format!("; see <{}>", absolute(url))),
        }
    }
    note.push('.');
    note
}
