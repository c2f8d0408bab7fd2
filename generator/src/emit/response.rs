//! What `send` returns and how it reads an answer: the decoding match by
//! status (every 2xx a success), the output type and the per-status
//! response enum.

use super::Ctx;
use super::ops::status_variant;
use crate::ops::{Operation, Output, SuccessKind};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

impl Ctx<'_> {
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
