//! `send_and_wait`: sends, then lets the runtime poll the watcher's GET
//! (`rt::wait::Watch`) until the state or status the IR's `Waiter` names.

use super::Ctx;
use super::types::ident;
use crate::ops::{Location, Operation};
use crate::waiters::{Expect, Source, Waiter};
use proc_macro2::TokenStream;
use quote::quote;

impl Ctx<'_> {
    /// The builder's `send_and_wait`, when the operation has a waiter.
    pub(super) fn waiter_tokens(&self, op: &Operation) -> TokenStream {
        let Some(w) = self.ir.waiters.of(op) else {
            return quote!();
        };
        let rt = &self.rt;
        let (id, poll, template, accept, no_auth) =
            (&op.id, &w.poll_id, &w.template, &w.accept, w.no_auth);
        let params = w.params.iter().map(|(name, source)| match source {
            Source::Input { wire, .. } => quote!((#name, #rt::wait::Source::Input(#wire))),
            Source::Answer { pointer, .. } => quote!((#name, #rt::wait::Source::Answer(#pointer))),
        });
        let inputs = w.params.iter().filter_map(|(_, source)| match source {
            Source::Input {
                wire,
                ident: field,
                location,
            } => {
                let field = ident(field);
                Some(if *location == Location::Path {
                    quote!((#wire, Some(#rt::ToParam::to_param(&self.#field))))
                } else {
                    quote!((#wire, self.#field.as_ref().map(|v| #rt::ToParam::to_param(v))))
                })
            }
            Source::Answer { .. } => None,
        });
        let (ret, until) = self.wait_until(w);
        let doc = self.waiter_doc(op, w);
        quote! {
            #doc
            pub async fn send_and_wait(self, wait: &#rt::wait::Wait) -> Result<#ret, #rt::Error> {
                const WATCH: #rt::wait::Watch = #rt::wait::Watch {
                    operation: #id,
                    poll: #poll,
                    template: #template,
                    accept: #accept,
                    params: &[#(#params),*],
                    no_auth: #no_auth,
                };
                let inputs: &[(&'static str, Option<String>)] = &[#(#inputs),*];
                let transport = self.client.transport();
                // Every 2xx is a success, documented or not.
                let answer = transport.execute(self.request()?).await?;
                #until
            }
        }
    }

    /// What `send_and_wait` returns, and the wait that ends it.
    fn wait_until(&self, w: &Waiter) -> (TokenStream, TokenStream) {
        let rt = &self.rt;
        match &w.expect {
            Expect::State {
                pointer,
                done,
                failed,
                output,
                ..
            } => {
                let t = self.ty(output);
                let until = quote! {
                    let state = #rt::wait::State {
                        pointer: #pointer,
                        done: &[#(#done),*],
                        failed: &[#(#failed),*],
                    };
                    WATCH.until_state(transport, &answer, inputs, &state, wait).await?.json()
                };
                (quote!(#rt::ResponseValue<#t>), until)
            }
            Expect::Status(code) => {
                let until = quote! {
                    WATCH.until_status(transport, &answer, inputs, #code, wait).await
                };
                (quote!(()), until)
            }
        }
    }

    fn waiter_doc(&self, op: &Operation, w: &Waiter) -> TokenStream {
        let target = format!("`{}` (version {})", w.poll_id, w.poll_version);
        let (binding, used) = match &w.expect {
            Expect::State { .. } => ("let done = ", "# let _ = done;\n"),
            Expect::Status(_) => ("", ""),
        };
        let (what, returns) = match &w.expect {
            Expect::State {
                jsonpath,
                done,
                failed,
                ..
            } => {
                let done: Vec<String> = done.iter().map(|v| format!("`{v}`")).collect();
                let mut what = format!("until its `{jsonpath}` is {}", done.join(" or "));
                if !failed.is_empty() {
                    let failed: Vec<String> = failed.iter().map(|v| format!("`{v}`")).collect();
                    what.push_str(&format!(
                        "; {} never becomes that and ends the wait with `Error::WaitFailed`",
                        failed.join(" or ")
                    ));
                }
                (what, format!("the last answer of `{}`", w.poll_id))
            }
            Expect::Status(code) => (
                format!("until it answers HTTP {code}"),
                "`()` once it does".to_owned(),
            ),
        };
        let k = &self.krate;
        let call = self.op_call(op, "    ");
        let call = call.strip_suffix("\n    .send()").unwrap_or(&call);
        let allow = if op.deprecated {
            "#[allow(deprecated)]\n"
        } else {
            ""
        };
        let doc = format!(
            "Sends the request, then polls {target} {what}. Returns {returns}.\n\n\
             The poll's parameters come from this call and its answer, as the {service} CLI's \
             watcher says (`{}`). Polling stops with `Error::WaitTimedOut` (naming the last \
             state seen) after the `Wait`'s timeout, pauses with backoff between polls and \
             honours `Retry-After`; dropping the future stops it.\n\n\
             # Example\n\n\
             ```no_run\n# use {k}::types::*;\n# async fn example(client: {k}::Client) -> Result<(), {k}::Error> {{\n\
             use std::time::Duration;\nuse {k}::wait::Wait;\n\n\
             {allow}{binding}{call}\n    .send_and_wait(&Wait::new().timeout(Duration::from_secs(30 * 60)))\n    .await?;\n\
             {used}# Ok(())\n# }}\n```",
            w.pointer,
            service = self.service(),
        );
        super::types::doc_lines(&doc)
    }
}
