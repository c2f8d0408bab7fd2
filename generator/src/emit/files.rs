//! The files of the generated crate as independent parts, each rendered
//! from the IR alone: a types module, an API group, the module roots, the
//! tests, the crate root and manifest.

use super::{Ctx, Files, Provenance, preview_cfg};
use crate::compat::Host;
use crate::inputs::Inputs;
use crate::ir::{Ir, SHARED_MODULE, UNUSED_MODULE};
use crate::ops::Operation;
use crate::settings::Settings;
use crate::types::TypeId;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeMap;

/// A part of the crate: one or a few files rendered together.
pub(super) enum Part {
    /// `src/types/<module>.rs`: its types (sorted by name) and aliases.
    TypeModule { module: String, ids: Vec<TypeId> },
    /// `src/types/mod.rs`, declaring these modules.
    TypesRoot { modules: Vec<String> },
    /// `src/apis/<module>.rs` of a group.
    ApiGroup(usize),
    /// `src/apis/mod.rs`, and `compat.rs` for groups that only hold aliases.
    ApisRoot,
    /// The generated tests.
    Tests,
    /// `lib.rs`, `client.rs`, `Cargo.toml`, the README.
    Crate,
}

/// Every part, the largest first (so two threads finish together).
pub(super) fn plan(ir: &Ir) -> Vec<Part> {
    let mut by_module: BTreeMap<&str, Vec<TypeId>> = BTreeMap::new();
    for (id, module) in ir.def_modules.iter().enumerate() {
        by_module.entry(module.as_str()).or_default().push(id);
    }
    let modules: Vec<String> = by_module.keys().map(|m| (*m).to_owned()).collect();
    let mut parts = vec![Part::Tests];
    parts.extend(by_module.into_iter().map(|(module, mut ids)| {
        ids.sort_by(|a, b| ir.defs[*a].name.cmp(&ir.defs[*b].name));
        Part::TypeModule {
            module: module.to_owned(),
            ids,
        }
    }));
    parts.extend((0..ir.groups.len()).map(Part::ApiGroup));
    parts.extend([Part::TypesRoot { modules }, Part::ApisRoot, Part::Crate]);
    let size = |p: &Part| match p {
        Part::Tests => usize::MAX,
        Part::TypeModule { ids, .. } => ids.len() * 4,
        Part::ApiGroup(g) => ir.groups[*g].operations * 8,
        _ => 0,
    };
    parts.sort_by_key(|p| std::cmp::Reverse(size(p)));
    parts
}

pub(super) fn render(
    ir: &Ir,
    inputs: &Inputs,
    prov: &Provenance,
    part: &Part,
    out: &mut Files<'_>,
) -> Result<(), String> {
    let settings = &inputs.settings;
    match part {
        Part::TypeModule { module, ids } => type_module(ir, settings, module, ids, out),
        Part::TypesRoot { modules } => types_root(ir, settings, modules, out),
        Part::ApiGroup(index) => api_group(ir, settings, *index, out),
        Part::ApisRoot => apis_root(ir, settings, out),
        Part::Tests => super::test_files::render(ir, settings, out),
        Part::Crate => super::krate::render(ir, inputs, prov, out),
    }
}

fn type_module(
    ir: &Ir,
    settings: &Settings,
    module: &str,
    ids: &[TypeId],
    out: &mut Files<'_>,
) -> Result<(), String> {
    let ctx = Ctx::new(ir, settings);
    let foreign = ids.iter().any(|id| {
        ir.defs[*id]
            .refers_to()
            .iter()
            .any(|r| ir.def_modules[*r] != module)
    });
    let glob = ctx.glob(quote!(super), foreign);
    let doc = match module {
        SHARED_MODULE => " Types that operations of several API groups use.".to_owned(),
        UNUSED_MODULE => {
            " Component schemas that no operation reaches, kept for completeness.".to_owned()
        }
        g => format!(" Types used only by the `{g}` API group."),
    };
    let items = ids.iter().map(|id| ctx.type_def(*id));
    out.rust_items(
        &format!("src/types/{module}.rs"),
        quote! { #![doc = #doc] #glob },
        items.chain(ctx.type_aliases(module)),
    )
}

fn types_root(
    ir: &Ir,
    settings: &Settings,
    modules: &[String],
    out: &mut Files<'_>,
) -> Result<(), String> {
    let ctx = Ctx::new(ir, settings);
    let cfgs = modules.iter().map(|m| ctx.types_module_cfg(m));
    let modules = modules.iter().map(|m| format_ident!("{}", m));
    let doc = format!(
        " Every schema of the spec as a Rust type, re-exported flat: use\n `{}::types::OrganizationInvitation`, whatever module\n defines it.",
        settings.krate.crate_ident()
    );
    let doc = doc.lines();
    let cfgs: Vec<TokenStream> = cfgs.collect();
    out.rust(
        "src/types/mod.rs",
        quote! {
            #( #![doc = #doc] )*
            #( #cfgs mod #modules; #cfgs pub use #modules::*; )*
        },
    )
}

/// A group's API file, with the compatibility aliases it holds.
fn api_group(
    ir: &Ir,
    settings: &Settings,
    index: usize,
    out: &mut Files<'_>,
) -> Result<(), String> {
    let group = &ir.groups[index];
    let ops: Vec<&Operation> = ir
        .operations
        .iter()
        .filter(|o| o.names.group == index)
        .collect();
    let ctx = Ctx::new(ir, settings);
    let group_struct = ctx.group_struct(group, &ops, ctx.alias_methods(index));
    let ident = format_ident!("{}", group.ident);
    // Its operations', and the path parameters of the aliases it holds.
    let aliased = ir
        .aliases
        .methods
        .iter()
        .filter(|a| a.host == Host::Group(index));
    let names_types = ops.iter().any(|op| crate::ir::names_types(op, &ir.waiters))
        || aliased
            .map(|a| ir.alias_target(a))
            .any(crate::ir::alias_names_types);
    let glob = ctx.glob(quote!(crate::types), names_types);
    let doc = format!(
        " The **{}** API group: {} operations.",
        group.tag,
        ops.len()
    );
    let builders = ops.iter().map(|op| ctx.builder(op, &ident));
    let aliases = ctx.builder_aliases(&Host::Group(index));
    out.rust_items(
        &format!("src/apis/{}.rs", group.module),
        quote! { #![doc = #doc] #glob #group_struct },
        builders.chain(aliases),
    )
}

/// `src/apis/mod.rs`, and `compat.rs` when groups hold only aliases.
fn apis_root(ir: &Ir, settings: &Settings, out: &mut Files<'_>) -> Result<(), String> {
    let ctx = Ctx::new(ir, settings);
    let mut mods: Vec<TokenStream> = ir
        .groups
        .iter()
        .enumerate()
        .map(|(index, group)| {
            let (m, ident) = (
                format_ident!("{}", group.module),
                format_ident!("{}", group.ident),
            );
            let cfg = preview_cfg(group.preview_only);
            let feature = ctx.groups_cfg(&[index]);
            quote!(#cfg #feature pub mod #m; #cfg #feature pub use #m::#ident;)
        })
        .collect();
    if let Some(file) = ctx.legacy_groups_file() {
        out.rust("src/apis/compat.rs", file)?;
        mods.push(quote!(
            pub mod compat;
        ));
    }
    out.rust(
        "src/apis/mod.rs",
        quote! {
            //! One module per API group (spec tag); each has a group struct with
            //! one method per operation and one request builder per operation.
            #(#mods)*
        },
    )
}
