//! Unions → an enum with a hand-written serde: tagged dispatch on the
//! discriminator, or the best-fitting variant by shape, and `Unknown` for
//! what no variant describes.

use super::Ctx;
use super::types::{doc_lines, ident};
use crate::types::{Shape, Union, UnionVariant};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

impl Ctx<'_> {
    pub(super) fn union_def(
        &self,
        id: crate::types::TypeId,
        name: &Ident,
        docs: TokenStream,
        deprecated: TokenStream,
        u: &Union,
    ) -> TokenStream {
        let variants = u
            .variants
            .iter()
            .enumerate()
            .map(|(i, v)| self.variant_decl(u, v, i));
        let how = doc_lines(&union_how(u));
        let cfg = self.def_cfg(id);
        let serde = self.union_serde(id, name, u);
        quote! {
            #cfg
            #docs
            ///
            #how
            #deprecated
            #[derive(Debug, Clone, PartialEq)]
            #[non_exhaustive]
            pub enum #name {
                #(#variants)*
                /// A value no variant of this crate describes, kept as JSON.
                Unknown(serde_json::Value),
            }

            /// `Unknown(null)`: no value of the spec, for `..Default::default()`
            /// in struct literals (a request must set a real one).
            #cfg
            impl Default for #name {
                fn default() -> Self {
                    Self::Unknown(serde_json::Value::Null)
                }
            }

            #serde
        }
    }

    /// `Serialize` (by variant), `FromJson` and `Deserialize`.
    fn union_serde(&self, id: crate::types::TypeId, name: &Ident, u: &Union) -> TokenStream {
        let ser_arms = u.variants.iter().map(|v| self.ser_arm(u, v));
        let deserialize_body = self.deserialize_body(name, u);
        let cfg = self.def_cfg(id);
        let (ser_cfg, de_cfg) = self.serde_impl_cfgs(id);
        let rt = &self.rt;
        quote! {
            #cfg
            #ser_cfg
            impl serde::Serialize for #name {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    match self {
                        #(#ser_arms)*
                        Self::Unknown(v) => serde::Serialize::serialize(v, serializer),
                    }
                }
            }

            #cfg
            #de_cfg
            impl #rt::de::FromJson for #name {
                fn from_json(value: serde_json::Value) -> Result<Self, #rt::de::Error> {
                    #deserialize_body
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

    /// `Variant(Type),` with a doc naming its tag values.
    fn variant_decl(&self, u: &Union, v: &UnionVariant, i: usize) -> TokenStream {
        let vname = ident(&v.ident);
        let mut t = self.ty(&v.ty);
        if v.boxed {
            t = quote!(Box<#t>);
        }
        let doc = match (&u.tag, v.keys.as_slice()) {
            (Some(tag), [_, ..]) => {
                let keys: Vec<String> = v.keys.iter().map(|k| format!("`{k}`")).collect();
                format!("`{tag}` = {}", keys.join(", "))
            }
            _ => format!("Variant {}.", i + 1),
        };
        let vdoc = doc_lines(&doc);
        quote! { #vdoc #vname(#t), }
    }

    /// Serializes a variant; one with a single tag value writes the tag.
    fn ser_arm(&self, u: &Union, v: &UnionVariant) -> TokenStream {
        let rt = &self.rt;
        let vname = ident(&v.ident);
        match (&u.tag, v.keys.as_slice()) {
            (Some(tag), [key]) => quote! {
                Self::#vname(v) => #rt::union::with_tag(v, #tag, #key)
                    .map_err(serde::ser::Error::custom)
                    .and_then(|tagged| serde::Serialize::serialize(&tagged, serializer)),
            },
            _ => quote! { Self::#vname(v) => serde::Serialize::serialize(v, serializer), },
        }
    }

    /// Dispatch on the tag when every variant has tag values; otherwise try
    /// the variants whose shape fits, best first.
    fn deserialize_body(&self, name: &Ident, u: &Union) -> TokenStream {
        let rt = &self.rt;
        let type_name = name.to_string();
        let decode = |v: &UnionVariant| {
            let mut t = self.ty(&v.ty);
            if v.boxed {
                t = quote!(Box<#t>);
            }
            quote!(<#t as #rt::de::FromJson>::from_json)
        };
        let tag = u
            .tag
            .as_ref()
            .filter(|_| u.variants.iter().all(|v| !v.keys.is_empty()));
        if let Some(tag) = tag {
            let arms = u.variants.iter().map(|v| {
                let (keys, decode, vname) = (&v.keys, decode(v), ident(&v.ident));
                quote! {
                    Some(#(#keys)|*) => #decode(value).map(Self::#vname),
                }
            });
            return quote! {
                match #rt::union::tag_of(&value, #tag) {
                    #(#arms)*
                    _ => {
                        #rt::unknown::note_tag(#type_name, #tag, &value);
                        Ok(Self::Unknown(value))
                    }
                }
            };
        }
        let arms = u.variants.iter().enumerate().map(|(i, v)| {
            let (decode, vname) = (decode(v), ident(&v.ident));
            quote!(#i => #decode(value).map(Self::#vname),)
        });
        let shapes: Vec<TokenStream> = u
            .variants
            .iter()
            .map(|v| self.shape_tokens(&v.shape))
            .collect();
        let n = shapes.len();
        quote! {
            const SHAPES: [#rt::union::Shape; #n] = [#(#shapes),*];
            Ok(#rt::union::best_fit(
                value,
                &SHAPES,
                #type_name,
                |candidate, value| match candidate {
                    #(#arms)*
                    _ => Err(#rt::de::Error::new("no such variant")),
                },
                Self::Unknown,
            ))
        }
    }

    fn shape_tokens(&self, shape: &Shape) -> TokenStream {
        let rt = &self.rt;
        match shape {
            Shape::Object { required, known } => quote! {
                #rt::union::Shape::Object { required: &[#(#required),*], known: &[#(#known),*] }
            },
            Shape::String => quote!(#rt::union::Shape::String),
            Shape::Integer => quote!(#rt::union::Shape::Integer),
            Shape::Number => quote!(#rt::union::Shape::Number),
            Shape::Boolean => quote!(#rt::union::Shape::Boolean),
            Shape::Array => quote!(#rt::union::Shape::Array),
            Shape::Any => quote!(#rt::union::Shape::Any),
        }
    }
}

/// How a union decodes, for its docs.
fn union_how(u: &Union) -> String {
    match (&u.tag, u.declared) {
        (Some(tag), true) => format!("Tagged by `{tag}`; a tag value this crate does not know decodes as `Unknown`."),
        (Some(tag), false) => format!("Tagged by `{tag}` (each variant pins it to one value); unknown values decode as `Unknown`."),
        (None, _) => "Untagged: decoding picks the variant whose properties fit best; a value that fits none decodes as `Unknown`.".to_owned(),
    }
}
