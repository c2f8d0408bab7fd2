//! Type definitions → tokens.

use super::Ctx;
use crate::types::{Access, DefKind, Enum, Field, Struct, Ty, TypeId, Wrapping};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// Raw markdown → one `#[doc]` per line (prettyplease prints them as `///`).
pub fn doc_lines(text: &str) -> TokenStream {
    let lines = text.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote! { #( #[doc = #lines] )* }
}

impl Ctx<'_> {
    pub fn ty(&self, ty: &Ty) -> TokenStream {
        match ty {
            Ty::String => quote!(String),
            Ty::Bool => quote!(bool),
            Ty::I32 => quote!(i32),
            Ty::I64 => quote!(i64),
            Ty::F32 => quote!(f32),
            Ty::F64 => quote!(f64),
            Ty::DateTime => quote!(chrono::DateTime<chrono::Utc>),
            Ty::Date => quote!(chrono::NaiveDate),
            Ty::Json => quote!(serde_json::Value),
            Ty::Vec(t) => {
                let t = self.ty(t);
                quote!(Vec<#t>)
            }
            Ty::Map(t) => {
                let t = self.ty(t);
                quote!(std::collections::BTreeMap<String, #t>)
            }
            Ty::Named(id) => {
                let i = ident(&self.defs[*id].name);
                quote!(#i)
            }
        }
    }

    pub fn type_def(&self, id: TypeId) -> TokenStream {
        let def = &self.defs[id];
        let name = ident(&def.name);
        let mut doc = def
            .doc
            .as_deref()
            .map(|t| self.sanitize(t))
            .unwrap_or_default();
        if !doc.is_empty() {
            doc.push_str("\n\n");
        }
        doc.push_str(&format!("Spec: `{}`", def.pointer));
        if let Some(note) = self.feature_note(&self.ir.def_groups[id]) {
            doc.push_str(&format!("\n\n{note}"));
        }
        let docs = doc_lines(&doc);
        let deprecated = if def.deprecated {
            {
                let note = self.deprecated_in_spec();
                quote!(#[deprecated(note = #note)])
            }
        } else {
            quote!()
        };
        // The gate goes on the type and on each of its impls.
        let cfg = self.def_cfg(id);
        match &def.kind {
            DefKind::Struct(s) => self.struct_def(id, &name, docs, deprecated, s),
            DefKind::Enum(e) => enum_def(&self.rt, &name, &cfg, docs, deprecated, e),
            DefKind::Union(u) => self.union_def(id, &name, docs, deprecated, u),
            DefKind::Alias(ty) => {
                let t = self.ty(ty);
                quote! { #cfg #docs #deprecated pub type #name = #t; }
            }
            DefKind::External(path) => {
                let path: syn::Path =
                    syn::parse_str(path).unwrap_or_else(|_| syn::parse_quote!(serde_json::Value));
                quote! { #cfg #docs pub type #name = #path; }
            }
        }
    }

    fn field_ty(&self, f: &Field) -> TokenStream {
        let mut t = self.ty(&f.ty);
        if f.boxed {
            t = quote!(Box<#t>);
        }
        match f.wrapping() {
            Wrapping::Plain => t,
            Wrapping::Optional | Wrapping::Nullable => quote!(Option<#t>),
            Wrapping::OptionalNullable => quote!(Option<Option<#t>>),
        }
    }

    fn field_def(&self, f: &Field) -> TokenStream {
        let mut doc = f
            .doc
            .as_deref()
            .map(|t| self.sanitize(t))
            .unwrap_or_default();
        let read_only = self.read_only_note();
        let notes = [
            (f.access == Access::ReadOnly).then_some(read_only.as_str()),
            (f.access == Access::WriteOnly)
                .then_some("Write-only: sent in requests, never returned."),
            (f.wrapping() == Wrapping::OptionalNullable)
                .then_some("`Some(None)` sends an explicit `null`."),
        ];
        for n in notes.into_iter().flatten() {
            if !doc.is_empty() {
                doc.push_str("\n\n");
            }
            doc.push_str(n);
        }
        let fdocs = doc_lines(&doc);
        let fdep = if f.deprecated {
            {
                let note = self.deprecated_in_spec();
                quote!(#[deprecated(note = #note)])
            }
        } else {
            quote!()
        };
        let fname = ident(&f.ident);
        let t = self.field_ty(f);
        quote! { #fdocs #fdep pub #fname: #t, }
    }

    fn struct_def(
        &self,
        id: TypeId,
        name: &Ident,
        docs: TokenStream,
        deprecated: TokenStream,
        s: &Struct,
    ) -> TokenStream {
        let default = if self.defs[id].default {
            quote!(Default,)
        } else {
            quote!()
        };
        let cfg = self.def_cfg(id);
        let mut fields: Vec<TokenStream> = s.fields.iter().map(|f| self.field_def(f)).collect();
        if let Some(extra) = &s.additional {
            let t = self.ty(&extra.ty);
            let fname = ident(&extra.ident);
            fields.push(quote! {
                /// Properties beyond the ones named above.
                pub #fname: std::collections::BTreeMap<String, #t>,
            });
        }
        if let Some(kind) = &s.flatten {
            let t = self.ty(&kind.ty);
            let fname = ident(&kind.ident);
            fields.push(quote! {
                /// The variant-specific properties.
                pub #fname: #t,
            });
        }
        let encode = self.struct_encode(id, name, s);
        let decode = self.struct_decode(id, name, s);
        quote! {
            #cfg
            #docs
            #deprecated
            #[derive(Debug, Clone, PartialEq, #default)]
            pub struct #name {
                #(#fields)*
            }

            #encode
            #decode
        }
    }
}

impl Ctx<'_> {
    /// `ToFields` (each field to send, by wire name, see the runtime's `ser`
    /// module) and the one-line `Serialize` that calls it.
    fn struct_encode(&self, id: TypeId, name: &Ident, s: &Struct) -> TokenStream {
        let rt = &self.rt;
        let cfg = self.def_cfg(id);
        let (ser_cfg, _) = self.serde_impl_cfgs(id);
        let mut adds: Vec<TokenStream> = s
            .fields
            .iter()
            .map(|f| {
                let fname = ident(&f.ident);
                let wire = &f.wire;
                let add = match f.wrapping() {
                    // Required (nullable or not): always sent, `None` as null.
                    Wrapping::Plain | Wrapping::Nullable => quote!(required),
                    Wrapping::Optional => quote!(optional),
                    Wrapping::OptionalNullable => quote!(nullable),
                };
                quote!(fields.#add(#wire, &self.#fname);)
            })
            .collect();
        if let Some(extra) = &s.additional {
            let fname = ident(&extra.ident);
            adds.push(quote!(fields.rest(&self.#fname);));
        }
        if let Some(kind) = &s.flatten {
            let fname = ident(&kind.ident);
            adds.push(quote!(fields.flatten(&self.#fname);));
        }
        let fields = if adds.is_empty() {
            quote!(_fields)
        } else {
            quote!(fields)
        };
        let type_name = name.to_string();
        let allow = deprecated_allow(self, id, s);
        quote! {
            #cfg
            #ser_cfg
            impl #rt::ser::ToFields for #name {
                #allow
                fn to_fields<'a>(&'a self, #fields: &mut #rt::ser::Fields<'a>) {
                    #(#adds)*
                }
            }

            #cfg
            #ser_cfg
            impl serde::Serialize for #name {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    #rt::ser::serialize(self, #type_name, serializer)
                }
            }
        }
    }

    /// `field: o.take(wire)?,`, by how the field is wrapped.
    fn field_take(&self, f: &Field) -> TokenStream {
        let fname = ident(&f.ident);
        let wire = &f.wire;
        let take = match f.wrapping() {
            // An answer may leave a required property out: it decodes as
            // the default, unless the type has none.
            Wrapping::Plain if f.ty.has_default(self.defs) => quote!(required),
            Wrapping::Plain => quote!(required_no_default),
            Wrapping::Optional | Wrapping::Nullable => quote!(optional),
            Wrapping::OptionalNullable => quote!(nullable),
        };
        quote!(#fname: o.#take(#wire)?,)
    }

    /// `FromJson` (each property taken out by name, see the runtime's
    /// `de` module) and the one-line `Deserialize` that calls it.
    fn struct_decode(&self, id: TypeId, name: &Ident, s: &Struct) -> TokenStream {
        let rt = &self.rt;
        let cfg = self.def_cfg(id);
        let (_, de_cfg) = self.serde_impl_cfgs(id);
        let mut inits: Vec<TokenStream> = s.fields.iter().map(|f| self.field_take(f)).collect();
        let takes_by_name = !inits.is_empty();
        if let Some(extra) = &s.additional {
            let fname = ident(&extra.ident);
            inits.push(quote!(#fname: o.rest()?,));
        }
        if let Some(kind) = &s.flatten {
            let fname = ident(&kind.ident);
            inits.push(quote!(#fname: o.flatten()?,));
        }
        let type_name = name.to_string();
        let allow = deprecated_allow(self, id, s);
        let object = if inits.is_empty() {
            quote!(#rt::de::Object::new(value, #type_name)?;)
        } else if takes_by_name {
            quote!(let mut o = #rt::de::Object::new(value, #type_name)?;)
        } else {
            quote!(let o = #rt::de::Object::new(value, #type_name)?;)
        };
        quote! {
            #cfg
            #de_cfg
            impl #rt::de::FromJson for #name {
                #allow
                fn from_json(value: serde_json::Value) -> Result<Self, #rt::de::Error> {
                    #object
                    Ok(Self { #(#inits)* })
                }
            }

            #cfg
            #de_cfg
            impl<'de> serde::Deserialize<'de> for #name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    #rt::de::deserialize(deserializer)
                }
            }
        }
    }
}

/// Code that names a struct's deprecated fields (or the deprecated struct)
/// allows it.
fn deprecated_allow(ctx: &Ctx<'_>, id: TypeId, s: &Struct) -> TokenStream {
    if s.fields.iter().any(|f| f.deprecated) || ctx.defs[id].deprecated {
        quote!(#[allow(deprecated)])
    } else {
        quote!()
    }
}

fn enum_def(
    rt: &Ident,
    name: &Ident,
    cfg: &TokenStream,
    docs: TokenStream,
    deprecated: TokenStream,
    e: &Enum,
) -> TokenStream {
    let variants: Vec<TokenStream> = e
        .variants
        .iter()
        .map(|v| {
            let i = ident(&v.ident);
            let d = format!(" `{}`", v.wire.replace('`', "'"));
            quote! { #[doc = #d] #i, }
        })
        .collect();
    let pairs: Vec<TokenStream> = e
        .variants
        .iter()
        .map(|v| {
            let i = ident(&v.ident);
            let w = &v.wire;
            quote! { #i = #w }
        })
        .collect();
    quote! {
        #cfg
        #docs
        ///
        /// Open enum: a value this crate does not know is kept in `Unknown`, so a
        /// new server value never breaks decoding.
        #deprecated
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value this version of the crate does not know.
            Unknown(String),
        }

        #cfg
        #rt::open_enum!(#name { #(#pairs),* });
    }
}
