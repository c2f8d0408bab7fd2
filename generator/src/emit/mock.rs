//! With the `mock` feature, each request builder names its operation to
//! the runtime's mock (`impl mock::Operation`), and the builders of paged
//! operations say how a page is made of items (`impl mock::Paged`).

use super::Ctx;
use super::types::ident;
use crate::ops::{Operation, SuccessKind};
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The feature that compiles the mock support.
pub const MOCK: &str = "mock";

impl Ctx<'_> {
    /// The `mock::Operation` (and `mock::Paged`) impls of a builder.
    pub(super) fn mock_impls(&self, op: &Operation) -> TokenStream {
        let rt = &self.rt;
        let builder = format_ident!("{}", op.names.builder);
        let cfg = super::preview_cfg(op.preview);
        let id = &op.id;
        // The first success with a JSON body is what `respond` sends.
        let (status, response) = op
            .responses
            .iter()
            .find_map(|r| match &r.kind {
                SuccessKind::Json(t) => Some((r.status, self.ty(t))),
                _ => None,
            })
            .unwrap_or_else(|| (op.responses.first().map_or(200, |r| r.status), quote!(())));
        let body = match &op.body {
            Some(b) => self.ty(&b.ty),
            None => quote!(()),
        };
        let paged = self.mock_paged(op);
        quote! {
            #cfg
            #[cfg(feature = #MOCK)]
            impl #rt::mock::Operation for #builder<'_> {
                const ID: &'static str = #id;
                const STATUS: u16 = #status;
                type Response = #response;
                type Body = #body;
            }
            #paged
        }
    }

    fn mock_paged(&self, op: &Operation) -> TokenStream {
        let Some(p) = &op.paging else {
            return quote!();
        };
        let rt = &self.rt;
        let builder = format_ident!("{}", op.names.builder);
        let cfg = super::preview_cfg(op.preview);
        let page_ty = self.ty(&Ty::Named(p.page));
        let item_ty = self.ty(&p.item);
        let results = ident(&p.results.ident);
        let items = if p.results.optional {
            quote!(Some(items))
        } else {
            quote!(items)
        };
        let total = match &p.total_count {
            Some(f) => {
                let field = ident(&f.ident);
                let value = quote!(total.try_into().unwrap_or_default());
                if f.optional {
                    quote!(#field: Some(#value),)
                } else {
                    quote!(#field: #value,)
                }
            }
            None => quote!(),
        };
        // The rest of the page keeps its defaults, when there is a rest.
        let set = 1 + usize::from(p.total_count.is_some());
        let rest = match &self.defs[p.page].kind {
            crate::types::DefKind::Struct(s)
                if s.fields.len() == set && s.additional.is_none() && s.flatten.is_none() =>
            {
                quote!()
            }
            _ => quote!(..Default::default()),
        };
        quote! {
            #cfg
            #[cfg(feature = #MOCK)]
            impl #rt::mock::Paged for #builder<'_> {
                type Item = #item_ty;
                fn page(items: Vec<#item_ty>, total: usize) -> #page_ty {
                    #page_ty {
                        #results: #items,
                        #total
                        #rest
                    }
                }
            }
        }
    }
}
