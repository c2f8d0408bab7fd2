//! The compatibility aliases the IR resolved (`crate::compat`): old methods
//! forwarding to renamed ones, old builder and type names as type aliases,
//! and groups that only hold aliases. Each is `#[deprecated]` with the
//! rename in its note.

use super::Ctx;
use super::types::ident;
use crate::compat::{Host, LegacyGroup, MethodAlias, TypeAlias};
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
            "renamed to `{}().{}` on {}",
            group.accessor,
            target.names.method.trim_start_matches("r#"),
            alias.record.since
        );
        // In the target's own module the builder is in scope: a path to it
        // would be a redundant link target.
        let link = match alias.host == Host::Group(target.names.group) {
            true => format!("[`{}`]", target.names.builder),
            false => format!(
                "[`{0}`](crate::apis::{1}::{0})",
                target.names.builder, group.module
            ),
        };
        let doc =
            format!(" The name this method had before: it forwards to {link}. Deprecated: {note}.");
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
        if let Some(b) = target.body.as_ref().filter(|b| b.required) {
            let t = self.ty(&b.ty);
            args.push(quote!(body: #t));
            names.push(format_ident!("body"));
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
                    "renamed to `{}` on {}",
                    target.names.builder, a.record.since
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
    /// has, holding its aliases; `None` without such groups.
    pub(super) fn legacy_groups_file(&self) -> Option<TokenStream> {
        let groups = &self.ir.aliases.legacy_groups;
        if groups.is_empty() {
            return None;
        }
        let items = groups.iter().map(|g| self.legacy_group(g));
        // The aliases name their targets' path parameter and body types.
        let names_types = groups
            .iter()
            .flat_map(|g| &g.methods)
            .map(|i| self.ir.alias_target(&self.ir.aliases.methods[*i]))
            .any(crate::ir::alias_names_types);
        let glob = self.glob(quote!(crate::types), names_types);
        Some(quote! {
            //! Groups that exist only for the compatibility aliases of methods
            //! whose group the spec no longer has.
            #![allow(deprecated)]
            #glob
            #(#items)*
        })
    }

    fn legacy_group(&self, group: &LegacyGroup) -> TokenStream {
        let Host::Legacy { module, ident } = &group.host else {
            return quote!();
        };
        let aliases = &self.ir.aliases.methods;
        let methods = group
            .methods
            .iter()
            .map(|i| self.alias_method(&aliases[*i]));
        let feature = self.groups_cfg(&group.target_groups);
        let builders = self.builder_aliases(&group.host);
        let ident = format_ident!("{}", ident);
        let doc = legacy_doc(module);
        quote! {
            #[doc = #doc]
            #feature
            #[derive(Debug, Clone, Copy)]
            pub struct #ident<'a> {
                client: &'a crate::Client,
            }
            #feature
            impl<'a> #ident<'a> {
                pub(crate) fn new(client: &'a crate::Client) -> Self {
                    Self { client }
                }
                #(#methods)*
            }
            #(#builders)*
        }
    }

    /// The deprecated `Client` accessors of the legacy groups.
    pub(super) fn legacy_accessors(&self) -> Vec<TokenStream> {
        let accessor = |group: &LegacyGroup| {
            let Host::Legacy { module, ident } = &group.host else {
                return quote!();
            };
            let feature = self.groups_cfg(&group.target_groups);
            let (ident, method) = (format_ident!("{}", ident), format_ident!("{}", module));
            let doc = legacy_doc(module);
            let note = format!(
                "the `{module}` group left the {} spec; its methods moved",
                self.service()
            );
            quote! {
                #[doc = #doc]
                #[deprecated(note = #note)]
                #feature
                pub fn #method(&self) -> crate::apis::compat::#ident<'_> {
                    crate::apis::compat::#ident::new(self)
                }
            }
        };
        self.ir.aliases.legacy_groups.iter().map(accessor).collect()
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
                    "renamed to `{}` on {}",
                    self.defs[a.target].name, a.record.since
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

fn legacy_doc(module: &str) -> String {
    format!(
        " The methods the `{module}` group had before its operations moved or were renamed: deprecated aliases."
    )
}

#[cfg(test)]
mod tests {
    use crate::compat::{OperationRecord, Records};
    use crate::inputs::Inputs;

    /// An alias whose old group left the spec gets a legacy group, once,
    /// with a deprecated accessor on the client.
    #[test]
    fn a_gone_group_becomes_a_legacy_group_with_its_accessor() {
        let record = |old: &str, group: &str| OperationRecord {
            old_method: old.into(),
            old_builder: crate::naming::pascal_ident(old),
            old_group: group.into(),
            target: "getB".into(),
            since: "2026-01-16".into(),
        };
        let mut inputs = Inputs::of(crate::settings::minimal());
        inputs.compat = Records {
            operations: vec![record("get_x", "gone"), record("get_y", "gone")],
            types: Vec::new(),
            enums: Vec::new(),
        };
        let text = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /b:\n    get: {operationId: getB, tags: [g], responses: {'204': {description: n}}}\n";
        let files = crate::generate("t.yaml", text, &"0".repeat(64), &inputs)
            .expect("generates")
            .files;
        let compat = &files["src/apis/compat.rs"];
        assert_eq!(compat.matches("pub struct GoneApi").count(), 1, "{compat}");
        assert!(compat.contains("pub fn get_x(") && compat.contains("pub fn get_y("));
        let client = &files["src/client.rs"];
        assert_eq!(client.matches("pub fn gone(&self)").count(), 1, "{client}");
    }

    /// A renamed operation's other versions keep their old names too: the
    /// method and the builder, with the version suffix.
    #[test]
    fn other_versions_of_a_renamed_operation_keep_their_old_names() {
        let mut inputs = Inputs::of(crate::settings::minimal());
        inputs.compat = Records {
            operations: vec![OperationRecord {
                old_method: "get_a".into(),
                old_builder: "GetA".into(),
                old_group: "g".into(),
                target: "getB".into(),
                since: "2026-01-16".into(),
            }],
            types: Vec::new(),
            enums: Vec::new(),
        };
        let text = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /b:\n    get:\n      operationId: getB\n      tags: [g]\n      responses:\n        '200':\n          description: ok\n          content:\n            application/vnd.atlas.2023-01-01+json: {schema: {type: string}}\n            application/vnd.atlas.2024-05-30+json: {schema: {type: string}}\n";
        let files = crate::generate("t.yaml", text, &"0".repeat(64), &inputs)
            .expect("generates")
            .files;
        let group = &files["src/apis/g.rs"];
        assert!(group.contains("pub fn get_a(&self)"), "{group}");
        assert!(group.contains("pub fn get_a_v2023_01_01(&self)"), "{group}");
        assert!(
            group.contains("pub type GetAV2023_01_01<'a> = crate::apis::g::GetBV2023_01_01<'a>;"),
            "{group}"
        );
    }
}
