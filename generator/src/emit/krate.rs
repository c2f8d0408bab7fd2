//! The crate root, `client.rs` (the `Client` with one accessor per API
//! group) and the crate's Cargo.toml.

use super::types::doc_lines;
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
    let ctx = Ctx::new(ir, settings);
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
        let mut accessors = self.legacy_accessors();
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
        let (api, service) = (&self.settings.client.api, self.service());
        let crate_doc = format!(
            r#"Rust client for the {api}, generated from
`{spec}` ({defaults} operations, and {others} methods for other versions of
them), speaking API release `{release}`.

Each call goes through an API group (one per spec tag) and a request
builder: path parameters are positional, everything else is a setter.
{example}
Errors are [`Error`]: an {service} error status keeps its real status and the
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
        let token = match &self.settings.client.token_variable {
            Some(var) => format!("std::env::var({var:?}).unwrap_or_default()"),
            None => "\"ACCESS_TOKEN\"".to_owned(),
        };
        format!(
            "\n```no_run\n# use {k}::types::*;\n# async fn run() -> Result<(), {k}::Error> {{\nlet client = {k}::Client::builder()\n    .bearer({token})\n    .build()?;\n{allow}let response = {}\n    .await?;\nprintln!(\"HTTP {{}}\", response.status());\n# Ok(())\n# }}\n```\n",
            self.op_call(op, "    ")
        )
    }

    fn client_rs(&self, prov: &Provenance) -> TokenStream {
        let (release, sha, spec) = (&prov.release, &prov.sha256, &prov.spec_file);
        let rt = &self.rt;
        let client_doc = doc_lines(&format!(
            "The {} client: build one with [`Client::builder`], then pick an\nAPI group.",
            self.service()
        ));
        let constructors = self.client_constructors();
        let accessors = self.accessors();
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

            #client_doc
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
                #constructors

                /// The transport that sends every request.
                pub fn transport(&self) -> &Transport {
                    &self.transport
                }

                #(#accessors)*
            }
        }
    }

    /// `Client::builder`, `from_env` (when the settings name variables) and
    /// `mock`, with the service's base URL and variable names.
    fn client_constructors(&self) -> TokenStream {
        let rt = &self.rt;
        let client = &self.settings.client;
        let user_agent = format!("{}-rust/", self.settings.krate.name);
        let base_url = &client.base_url;
        let builder_doc = doc_lines(&format!(
            "Starts a client builder (base URL `{base_url}`):\nset credentials with `digest`, `service_account` or `bearer`."
        ));
        let from_env = client.env.as_ref().map(|env| {
            let (id, secret, public, private, url) = (
                &env.client_id,
                &env.client_secret,
                &env.public_key,
                &env.private_key,
                &env.base_url,
            );
            let doc = doc_lines(&format!(
                "A client configured from the environment: `{id}` and\n`{secret}` (service account), or\n`{public}` and `{private}`\n(Digest), and `{url}`."
            ));
            quote! {
                #doc
                pub fn from_env() -> Result<Client, Error> {
                    const NAMES: #rt::EnvNames<'static> = #rt::EnvNames {
                        client_id: #id,
                        client_secret: #secret,
                        public_key: #public,
                        private_key: #private,
                        base_url: #url,
                    };
                    Self::builder().from_env_named(&NAMES)?.build()
                }
            }
        });
        let mock_doc = doc_lines(&format!(
            "A client whose requests `mock` answers in process: everything\nbut the network (parameter checks, encoding, retries, paging,\ndecoding) runs as against {}. Feature `mock`; for more\nsettings (a faster retry policy, say) use\n`Client::builder().mock(&mock)`.",
            self.service()
        ));
        quote! {
            #builder_doc
            pub fn builder() -> ClientBuilder<Client> {
                ClientBuilder::new()
                    .base_url(#base_url)
                    .user_agent(concat!(#user_agent, env!("CARGO_PKG_VERSION")))
            }

            #from_env

            #mock_doc
            #[cfg(feature = "mock")]
            pub fn mock(mock: &#rt::mock::Mock) -> Client {
                match Self::builder().mock(mock).build() {
                    Ok(client) => client,
                    // The builder's defaults are valid settings.
                    Err(e) => unreachable!("default client settings: {e}"),
                }
            }
        }
    }
}
