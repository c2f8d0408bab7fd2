//! `pages()` and `items()` on the builders of operations that page.

use super::Ctx;
use super::types::{doc_lines, ident};
use crate::ops::Operation;
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::quote;

impl Ctx<'_> {
    /// `pages()` and `items()` for an operation that pages.
    pub(super) fn paging_tokens(&self, op: &Operation) -> TokenStream {
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
        let into_items = if p.results.optional {
            quote!(page.#results.unwrap_or_default())
        } else {
            quote!(page.#results)
        };
        let decode = self.decode_tokens(op);
        let pages_doc = format!(
            " Every page, walking `pageNum` from the one set (default 1), `itemsPerPage` at a time (default 100; {} allows up to 500). The walk stops after a short page, once `totalCount` items have come, or at an empty page (yielded only when it is the first, so an empty collection still shows its `totalCount`); a server that repeats a page ends it with `Error::Paging`. Each page is a request of its own: an error is yielded and ends the walk.",
            self.service()
        );
        let items_doc = doc_lines(&self.items_example(op));
        quote! {
            #[doc = #pages_doc]
            pub fn pages(self) -> #rt::paging::Pages<'a, #page_ty> {
                let first = self.#page_num.map_or(1, i64::from);
                let per_page = self.#per_page.map_or(100, i64::from);
                let transport = self.client.transport();
                let fetch = #rt::paging::fetch(
                    transport,
                    Box::new(move |n| self.clone().#page_num(n #page_cast).request()),
                );
                #rt::paging::pages(#id, first, per_page, fetch, |response| #decode)
            }

            #items_doc
            pub fn items(self) -> #rt::paging::Items<'a, #item_ty> {
                #rt::paging::items(self.pages(), |page: #page_ty| #into_items)
            }
        }
    }
}
