//! The compatibility aliases the IR resolved (`crate::compat`): old methods
//! forwarding to renamed ones, old builder and type names as type aliases,
//! and groups that only hold aliases. Each is `#[deprecated]` with the
//! rename in its note.

use super::Ctx;
use super::types::ident;
use crate::compat::{Host, MethodAlias, TypeAlias};
use crate::ops::Location;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Ctx<'_> {
    /// The aliases a group's struct holds, as methods.
    pub(super) fn alias_methods(&self, group: usize) -> Vec<TokenStream> {
        self.ir
            .aliases
            .methods
            .iter()
            .filter(|a| a.host == Host::Group(group))
            .map(|a| self.alias_method(a))
            .collect()
    }

    /// `#[deprecated] pub fn old(&self, …) -> Builder` forwarding to the
    /// renamed method, through its group.
    fn alias_method(&self, alias: &MethodAlias) -> TokenStream {
        let target = self.ir.alias_target(alias);
        let group = self.group_of(target);
        let (old, new) = (ident(&alias.record.old_method), ident(&target.names.method));
        let (accessor, module) = (
            format_ident!("{}", group.accessor),
            format_ident!("{}", group.module),
        );
        let builder = format_ident!("{}", target.names.builder);
        let note = format!(
            "renamed to `{}().{}` in the {} spec of {}",
            group.accessor,
            target.names.method.trim_start_matches("r#"),
            self.service(),
            alias.record.since
        );
        let doc = format!(
            " The name this method had before: it forwards to [`{0}`](crate::apis::{1}::{0}). Deprecated: {note}.",
            target.names.builder, group.module
        );
        let (mut args, mut names) = (Vec::new(), Vec::new());
        for p in target
            .params
            .iter()
            .filter(|p| p.location == Location::Path)
        {
            let name = ident(&p.ident);
            let arg = self.path_arg_type(p);
            args.push(quote!(#name: #arg));
            names.push(name);
        }
        let cfg = super::preview_cfg(target.preview);
        let feature = self.groups_cfg(&[target.names.group]);
        quote! {
            #[doc = #doc]
            #[deprecated(note = #note)]
            #feature
            #cfg
            pub fn #old(&self, #(#args),*) -> crate::apis::#module::#builder<'a> {
                #[allow(deprecated)]
                self.client.#accessor().#new(#(#names),*)
            }
        }
    }

    /// The old builder names of the aliases a group holds.
    pub(super) fn builder_aliases(&self, host: &Host) -> Vec<TokenStream> {
        self.ir
            .aliases
            .methods
            .iter()
            .filter(|a| &a.host == host && a.builder_alias)
            .map(|a| {
                let target = self.ir.alias_target(a);
                let module = format_ident!("{}", self.group_of(target).module);
                let (old, new) = (
                    format_ident!("{}", a.record.old_builder),
                    format_ident!("{}", target.names.builder),
                );
                let note = format!(
                    "renamed to `{}` in the {} spec of {}",
                    target.names.builder,
                    self.service(),
                    a.record.since
                );
                let cfg = super::preview_cfg(target.preview);
                let feature = self.groups_cfg(&[target.names.group]);
                quote! {
                    #[deprecated(note = #note)]
                    #cfg
                    #feature
                    pub type #old<'a> = crate::apis::#module::#new<'a>;
                }
            })
            .collect()
    }

    /// `src/apis/compat.rs`: a struct per old group the crate no longer
    /// has, holding its aliases, and the `Client` accessors of them.
    pub(super) fn legacy_groups(&self) -> Option<(TokenStream, Vec<TokenStream>)> {
        let mut legacy: Vec<(&str, &str)> = self
            .ir
            .aliases
            .methods
            .iter()
            .filter_map(|a| match &a.host {
                Host::Legacy { module, ident } => Some((module.as_str(), ident.as_str())),
                Host::Group(_) => None,
            })
            .collect();
        legacy.sort_unstable();
        legacy.dedup();
        if legacy.is_empty() {
            return None;
        }
        let mut items = Vec::new();
        let mut accessors = Vec::new();
        for (module, struct_name) in legacy {
            let host = Host::Legacy {
                module: module.to_owned(),
                ident: struct_name.to_owned(),
            };
            let hosted: Vec<&MethodAlias> = self
                .ir
                .aliases
                .methods
                .iter()
                .filter(|a| a.host == host)
                .collect();
            let methods: Vec<TokenStream> = hosted.iter().map(|a| self.alias_method(a)).collect();
            // The legacy group exists when any of its targets' groups does.
            let mut target_groups: Vec<usize> = hosted
                .iter()
                .map(|a| self.ir.alias_target(a).names.group)
                .collect();
            target_groups.sort_unstable();
            target_groups.dedup();
            let feature = self.groups_cfg(&target_groups);
            let builders = self.builder_aliases(&host);
            let (ident_tok, accessor) = (
                format_ident!("{}", struct_name),
                format_ident!("{}", module),
            );
            let doc = format!(
                " The methods the `{module}` group had before its operations moved or were renamed: deprecated aliases."
            );
            items.push(quote! {
                #[doc = #doc]
                #feature
                #[derive(Debug, Clone, Copy)]
                pub struct #ident_tok<'a> {
                    client: &'a crate::Client,
                }
                #feature
                impl<'a> #ident_tok<'a> {
                    pub(crate) fn new(client: &'a crate::Client) -> Self {
                        Self { client }
                    }
                    #(#methods)*
                }
                #(#builders)*
            });
            let note = format!(
                "the `{module}` group left the {} spec; its methods moved",
                self.service()
            );
            accessors.push(quote! {
                #[doc = #doc]
                #[deprecated(note = #note)]
                #feature
                pub fn #accessor(&self) -> crate::apis::compat::#ident_tok<'_> {
                    crate::apis::compat::#ident_tok::new(self)
                }
            });
        }
        let file = quote! {
            //! Groups that exist only for the compatibility aliases of methods
            //! whose group the spec no longer has.
            #![allow(deprecated)]
            #(#items)*
        };
        Some((file, accessors))
    }

    /// The type aliases whose target lives in this types module.
    pub(super) fn type_aliases(&self, module: &str) -> Vec<TokenStream> {
        self.ir
            .aliases
            .types
            .iter()
            .filter(|a| self.ir.def_modules[a.target] == module)
            .map(|a: &TypeAlias| {
                let (old, new) = (
                    format_ident!("{}", a.record.old),
                    format_ident!("{}", self.defs[a.target].name),
                );
                let note = format!(
                    "renamed to `{}` in the {} spec of {}",
                    self.defs[a.target].name,
                    self.service(),
                    a.record.since
                );
                let cfg = self.def_cfg(a.target);
                quote! {
                    #[deprecated(note = #note)]
                    #cfg
                    pub type #old = #new;
                }
            })
            .collect()
    }
}
