//! The generated crate's cargo features: one per API group (`full`, in
//! `default`, is all of them) gating each group's operations and the types
//! only its operations reach, and `round-trip`, which gives every type the
//! serde direction its operations do not use.

use super::Ctx;
use crate::ir::{SHARED_MODULE, SerdeUse, UNUSED_MODULE};
use crate::types::TypeId;
use proc_macro2::TokenStream;
use quote::quote;

/// The feature that turns on every group (and the unused types).
pub const FULL: &str = "full";
/// The feature that derives both serde directions on every type.
pub const ROUND_TRIP: &str = "round-trip";

impl Ctx<'_> {
    /// `#[cfg(...)]` for what any of these groups needs (`full` when none
    /// does); nothing when groups are not features.
    pub(super) fn groups_cfg(&self, groups: &[usize]) -> TokenStream {
        if !self.settings.features.per_group {
            return quote!();
        }
        let names: Vec<&str> = groups
            .iter()
            .map(|g| self.ir.groups[*g].module.as_str())
            .collect();
        match names.as_slice() {
            [] => quote!(#[cfg(feature = #FULL)]),
            [one] => quote!(#[cfg(feature = #one)]),
            many => quote!(#[cfg(any(#(feature = #many),*))]),
        }
    }

    /// The docs' note of which features an item needs (rustdoc's
    /// `doc(cfg)` is unstable, so it is text).
    pub(super) fn feature_note(&self, groups: &[usize]) -> Option<String> {
        if !self.settings.features.per_group {
            return None;
        }
        let names: Vec<String> = groups
            .iter()
            .map(|g| format!("`{}`", self.ir.groups[*g].module))
            .collect();
        Some(match names.as_slice() {
            [] => format!("Available with the feature `{FULL}`."),
            [one] => format!("Available with the feature {one}."),
            many => format!("Available with any of the features {}.", many.join(", ")),
        })
    }

    /// The feature note as a paragraph of doc attributes.
    pub(super) fn feature_note_doc(&self, groups: &[usize]) -> TokenStream {
        match self.feature_note(groups) {
            Some(note) => {
                let note = format!(" {note}");
                quote!(#[doc = ""] #[doc = #note])
            }
            None => quote!(),
        }
    }

    /// The gate of one def, for items of the shared module (the other
    /// modules are gated whole, in `types/mod.rs`).
    pub(super) fn def_cfg(&self, id: TypeId) -> TokenStream {
        if self.ir.def_modules[id] == SHARED_MODULE {
            self.groups_cfg(&self.ir.def_groups[id])
        } else {
            quote!()
        }
    }

    /// The gate of a whole types module.
    pub(super) fn types_module_cfg(&self, module: &str) -> TokenStream {
        if !self.settings.features.per_group {
            return quote!();
        }
        if module == SHARED_MODULE {
            // Present when any group that uses one of its types is.
            let mut groups: Vec<usize> = (0..self.defs.len())
                .filter(|id| self.ir.def_modules[*id] == SHARED_MODULE)
                .flat_map(|id| self.ir.def_groups[id].iter().copied())
                .collect();
            groups.sort_unstable();
            groups.dedup();
            return self.groups_cfg(&groups);
        }
        let feature = if module == UNUSED_MODULE {
            FULL
        } else {
            module
        };
        quote!(#[cfg(feature = #feature)])
    }

    /// Whether a def implements `Serialize` / `Deserialize` unconditionally;
    /// a direction it does not have comes with `round-trip`.
    fn serde_use(&self, id: TypeId) -> SerdeUse {
        if self.settings.features.serde_by_direction {
            self.ir.def_serde[id]
        } else {
            SerdeUse::Both
        }
    }

    /// The gates of a hand-written `Serialize` and `Deserialize` impl.
    pub(super) fn serde_impl_cfgs(&self, id: TypeId) -> (TokenStream, TokenStream) {
        let way = self.serde_use(id);
        let gate = |on: bool| {
            if on {
                quote!()
            } else {
                quote!(#[cfg(feature = #ROUND_TRIP)])
            }
        };
        (gate(way.serializes()), gate(way.deserializes()))
    }
}

#[cfg(test)]
mod tests {
    use crate::inputs::Inputs;
    use crate::ir::SerdeUse;
    use crate::settings::Settings;

    /// Group `alpha` sends `Req` (which holds a `Common`) and receives
    /// `Resp`; group `beta` receives `Common`; no operation reaches
    /// `Orphan` or the `Leaf` it holds.
    const SPEC: &str = "
openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    post:
      operationId: createA
      tags: [Alpha]
      requestBody:
        content:
          application/vnd.atlas.2024-01-01+json: {schema: {$ref: '#/components/schemas/Req'}}
      responses:
        '200':
          description: ok
          content:
            application/vnd.atlas.2024-01-01+json: {schema: {$ref: '#/components/schemas/Resp'}}
  /b:
    get:
      operationId: getB
      tags: [Beta]
      responses:
        '200':
          description: ok
          content:
            application/vnd.atlas.2024-01-01+json: {schema: {$ref: '#/components/schemas/Common'}}
components:
  schemas:
    Req: {type: object, properties: {common: {$ref: '#/components/schemas/Common'}}}
    Resp: {type: object, properties: {y: {type: string}}}
    Common: {type: object, properties: {z: {type: string}}}
    Orphan: {type: object, properties: {leaf: {$ref: '#/components/schemas/Leaf'}}}
    Leaf: {type: object, properties: {v: {type: string}}}
";

    fn settings() -> Settings {
        crate::settings::minimal()
    }

    #[test]
    fn each_type_knows_its_groups_and_serde_directions() {
        let ir = crate::build_ir("t.yaml", SPEC, &Inputs::of(settings())).expect("ir");
        let place = |name: &str| {
            let id = ir.defs.iter().position(|d| d.name == name).expect(name);
            let groups: Vec<&str> = ir.def_groups[id]
                .iter()
                .map(|g| ir.groups[*g].module.as_str())
                .collect();
            (ir.def_modules[id].as_str(), groups, ir.def_serde[id])
        };
        assert_eq!(place("Req"), ("alpha", vec!["alpha"], SerdeUse::Sent));
        assert_eq!(place("Resp"), ("alpha", vec!["alpha"], SerdeUse::Received));
        assert_eq!(
            place("Common"),
            ("shared", vec!["alpha", "beta"], SerdeUse::Both)
        );
        assert_eq!(place("Orphan"), ("unused", vec![], SerdeUse::Both));
        assert_eq!(place("Leaf"), ("unused", vec![], SerdeUse::Both));
    }

    #[test]
    fn features_gate_groups_types_and_serde_directions() {
        let files = crate::generate("t.yaml", SPEC, &"0".repeat(64), &Inputs::of(settings()))
            .expect("generate")
            .files;
        let cargo = &files["Cargo.toml"];
        assert!(cargo.contains("default = [\"full\"]"), "{cargo}");
        assert!(cargo.contains("full = [\"alpha\", \"beta\"]"), "{cargo}");
        assert!(cargo.contains("round-trip = []\n"), "{cargo}");
        let types = &files["src/types/mod.rs"];
        assert!(
            types.contains("#[cfg(feature = \"alpha\")]\nmod alpha;"),
            "{types}"
        );
        assert!(
            types.contains("#[cfg(feature = \"full\")]\nmod unused;"),
            "{types}"
        );
        let shared = &files["src/types/shared.rs"];
        assert!(
            shared.contains("#[cfg(any(feature = \"alpha\", feature = \"beta\"))]"),
            "{shared}"
        );
        let alpha = &files["src/types/alpha.rs"];
        // Sent only: `Serialize` always, decoding with `round-trip`.
        for always in [
            "\nimpl rt::ser::ToFields for Req {",
            "\nimpl serde::Serialize for Req {",
        ] {
            assert!(alpha.contains(always), "{always}\n{alpha}");
            let gated = format!("#[cfg(feature = \"round-trip\")]{always}");
            assert!(!alpha.contains(&gated), "{gated}\n{alpha}");
        }
        assert!(
            alpha.contains("#[cfg(feature = \"round-trip\")]\nimpl rt::de::FromJson for Req {"),
            "{alpha}"
        );
        // Received only: the other way round.
        for gated in [
            "impl rt::ser::ToFields for Resp {",
            "impl serde::Serialize for Resp {",
        ] {
            let gated = format!("#[cfg(feature = \"round-trip\")]\n{gated}");
            assert!(alpha.contains(&gated), "{gated}\n{alpha}");
        }
        assert!(
            alpha.contains("\nimpl rt::de::FromJson for Resp {"),
            "{alpha}"
        );
        assert!(
            !alpha.contains("#[cfg(feature = \"round-trip\")]\nimpl rt::de::FromJson for Resp {"),
            "{alpha}"
        );
        let client = &files["src/client.rs"];
        assert!(
            client.contains("#[cfg(feature = \"beta\")]\n    pub fn beta("),
            "{client}"
        );
    }

    #[test]
    fn without_features_nothing_is_gated() {
        let mut settings = settings();
        settings.features.per_group = false;
        settings.features.serde_by_direction = false;
        let files = crate::generate("t.yaml", SPEC, &"0".repeat(64), &Inputs::of(settings))
            .expect("generate")
            .files;
        for gate in ["feature = \"alpha\"", "feature = \"full\"", "round-trip"] {
            assert!(!files.values().any(|f| f.contains(gate)), "{gate}");
        }
        // The mock stays a feature.
        assert!(files["Cargo.toml"].contains("\nmock = [\"rt/mock\"]\n"));
    }
}
