//! The crate root, `client.rs` (the `Client` with one accessor per API
//! group) and the crate's Cargo.toml.

use super::{Ctx, Files, Provenance, preview_cfg};
use crate::inputs::Inputs;
use crate::ir::Ir;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(super) fn render(
    ir: &Ir,
    inputs: &Inputs,
    prov: &Provenance,
    out: &mut Files<'_>,
) -> Result<(), String> {
    let settings = &inputs.settings;
    let ctx = Ctx::new(ir, settings, None);
    out.rust("src/lib.rs", ctx.lib_rs(prov))?;
    out.rust("src/client.rs", ctx.client_rs(prov))?;
    out.text("Cargo.toml", super::manifest::cargo_toml(ir, settings));
    if let (Some(template), true) = (&inputs.readme_template, settings.krate.package.publish) {
        out.text(super::readme::FILE, ctx.readme(template));
    }
    Ok(())
}

impl Ctx<'_> {
    /// `Client::<group>()` for each group.
    fn accessors(&self) -> Vec<TokenStream> {
        // The deprecated accessors of groups that only hold compatibility
        // aliases come first.
        let mut accessors = self.legacy_groups().map(|(_, a)| a).unwrap_or_default();
        for (index, group) in self.ir.groups.iter().enumerate() {
            let n = self
                .ir
                .operations
                .iter()
                .filter(|o| o.names.group == index)
                .count();
            let (method, ident) = (
                format_ident!("{}", group.accessor),
                format_ident!("{}", group.ident),
            );
            let cfg = preview_cfg(group.preview_only);
            let feature = self.groups_cfg(&[index]);
            let d = format!(
                " Operations of the **{}** group ({n} operations).",
                group.tag
            );
            let note = self.feature_note_doc(&[index]);
            accessors.push(quote! {
                #[doc = #d]
                #note
                #cfg
                #feature
                pub fn #method(&self) -> crate::apis::#ident<'_> {
                    crate::apis::#ident::new(self)
                }
            });
        }
        accessors
    }

    /// The crate root, kept small and rustfmt-stable: its modules are
    /// `#[rustfmt::skip]`.
    fn lib_rs(&self, prov: &Provenance) -> TokenStream {
        let defaults = self.ir.operations.iter().filter(|o| o.is_default()).count();
        let others = self.ir.operations.len() - defaults;
        let (release, spec) = (&prov.release, &prov.spec_file);
        let example = self.crate_example();
        let crate_doc = format!(
            r#"Rust client for the MongoDB Atlas Administration API v2, generated from
`{spec}` ({defaults} operations, and {others} methods for other versions of
them), speaking API release `{release}`.

Each call goes through an API group (one per spec tag) and a request
builder: path parameters are positional, everything else is a setter.
{example}
Errors are [`Error`]: an Atlas error status keeps its real status and the
decoded [`ApiError`] (`errorCode`, `detail`, …). Where an answer departs from
the spec (a status it does not list, a required property left out, an enum
value in another case) the client reads it by fixed rules and lists each
departure in [`ResponseValue::deviations`]."#
        );
        let crate_doc_lines = crate_doc.lines().map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!(" {l}")
            }
        });
        let shell = quote! {
            #( #![doc = #crate_doc_lines] )*
            // On docs.rs: the feature each item needs, as a badge.
            #![cfg_attr(docsrs, feature(doc_cfg))]
            #![allow(deprecated)]
            #![allow(clippy::large_enum_variant)]

            #[rustfmt::skip]
            mod client;
            #[rustfmt::skip]
            pub mod apis;
            #[rustfmt::skip]
            pub mod types;

            pub use client::*;
        };
        shell
    }

    /// The usage example of the operation the settings name, with the
    /// client built in sight: the crate docs' opening example.
    pub(super) fn crate_example(&self) -> String {
        let Some(op) = self
            .settings
            .krate
            .doc_example
            .as_deref()
            .and_then(|id| self.ir.operation(id))
        else {
            return String::new();
        };
        let k = &self.krate;
        let allow = if op.deprecated {
            "#[allow(deprecated)]\n"
        } else {
            ""
        };
        format!(
            "\n```no_run\n# use {k}::types::*;\n# async fn run() -> Result<(), {k}::Error> {{\nlet client = {k}::Client::builder()\n    .bearer(std::env::var(\"ATLAS_ACCESS_TOKEN\").unwrap_or_default())\n    .build()?;\n{allow}let response = {}\n    .await?;\nprintln!(\"HTTP {{}}\", response.status());\n# Ok(())\n# }}\n```\n",
            self.op_call(op, "    ")
        )
    }

    fn client_rs(&self, prov: &Provenance) -> TokenStream {
        let release = &prov.release;
        let sha = &prov.sha256;
        let spec = &prov.spec_file;
        let accessors = self.accessors();
        let rt = &self.rt;
        let user_agent = format!("{}-rust/", self.settings.krate.name);
        quote! {
            //! The client and what the crate re-exports from the runtime.

            pub use #rt::{ApiError, ApiFailure, ByteStream, ClientBuilder, Deviation, Error, ResponseValue, RetryPolicy, StreamExt, Transport, TryStreamExt};
            /// The hand-written runtime this crate is built on.
            pub use #rt as runtime;
            /// Where an answer departs from the spec and how the client read it
            /// anyway (`ResponseValue::deviations`).
            pub use #rt::deviation;
            /// Waiting for long-running operations (`send_and_wait`).
            pub use #rt::wait;
            /// In-process mocks of every operation, for tests (feature `mock`).
            #[cfg(feature = "mock")]
            pub use #rt::mock;

            /// The API release date this crate speaks: each operation uses its
            /// newest version not after it.
            pub const API_RELEASE: &str = #release;
            /// The spec file this crate was generated from.
            pub const SPEC_FILE: &str = #spec;
            /// sha256 of that spec file.
            pub const SPEC_SHA256: &str = #sha;

            /// The Atlas client: build one with [`Client::builder`], then pick an
            /// API group.
            #[derive(Debug, Clone)]
            pub struct Client {
                transport: Transport,
            }

            impl From<Transport> for Client {
                fn from(transport: Transport) -> Self {
                    Self { transport }
                }
            }

            impl Client {
                /// Starts a client builder (base URL `https://cloud.mongodb.com`):
                /// set credentials with `digest`, `service_account` or `bearer`.
                pub fn builder() -> ClientBuilder<Client> {
                    ClientBuilder::new().user_agent(concat!(#user_agent, env!("CARGO_PKG_VERSION")))
                }

                /// A client configured from the environment, as the Atlas CLI and
                /// the Terraform provider are: `MONGODB_ATLAS_CLIENT_ID` and
                /// `MONGODB_ATLAS_CLIENT_SECRET` (service account), or
                /// `MONGODB_ATLAS_PUBLIC_API_KEY` and `MONGODB_ATLAS_PRIVATE_API_KEY`
                /// (Digest), and `MONGODB_ATLAS_BASE_URL`.
                pub fn from_env() -> Result<Client, Error> {
                    Self::builder().from_env()?.build()
                }

                /// A client whose requests `mock` answers in process: everything
                /// but the network (parameter checks, encoding, retries, paging,
                /// decoding) runs as against Atlas. Feature `mock`; for more
                /// settings (a faster retry policy, say) use
                /// `Client::builder().mock(&mock)`.
                #[cfg(feature = "mock")]
                pub fn mock(mock: &#rt::mock::Mock) -> Client {
                    match Self::builder().mock(mock).build() {
                        Ok(client) => client,
                        // The builder's defaults are valid settings.
                        Err(e) => unreachable!("default client settings: {e}"),
                    }
                }

                /// The transport that sends every request.
                pub fn transport(&self) -> &Transport {
                    &self.transport
                }

                #(#accessors)*
            }
        }
    }
}
