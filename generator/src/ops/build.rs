//! One operation at one version, from its site: a small builder with one
//! method per concern (parameters in `params.rs`, body and responses in
//! `responses.rs`); names come later, from the naming pass.

use super::site::{Site, VersionChoice};
use super::{
    Draft, OpSettings, Operation, Output, Param, Success, SuccessKind, paging, version_suffix,
};
use crate::diag::Diagnostics;
use crate::naming::pascal_ident;
use crate::types::TypeSpace;
use openapiv3::OpenAPI;

pub(super) struct OperationBuilder<'s, 'a> {
    pub doc: &'a OpenAPI,
    pub types: &'s mut TypeSpace<'a>,
    pub diags: &'s mut Diagnostics,
    pub site: &'s Site<'a>,
    pub settings: &'s OpSettings,
    /// The parameters, the same at every version: made once.
    site_params: Option<Vec<Param>>,
}

impl<'s, 'a> OperationBuilder<'s, 'a> {
    pub fn new(
        doc: &'a OpenAPI,
        types: &'s mut TypeSpace<'a>,
        diags: &'s mut Diagnostics,
        site: &'s Site<'a>,
        settings: &'s OpSettings,
    ) -> Self {
        Self {
            doc,
            types,
            diags,
            site,
            settings,
            site_params: None,
        }
    }

    /// The operation at `choice.version`, without Rust names.
    pub fn build(&mut self, choice: &VersionChoice) -> Draft {
        // Inline types of another version get that version in their names.
        let prefix = match choice.other {
            true => format!(
                "{}{}",
                pascal_ident(&self.site.id),
                pascal_ident(&version_suffix(&choice.version))
            ),
            false => pascal_ident(&self.site.id),
        };
        let version = choice.version.as_str();
        let params = match &self.site_params {
            Some(params) => params.clone(),
            None => {
                let made = self.params(&prefix);
                self.site_params.insert(made).clone()
            }
        };
        let body = self.body(version, &prefix);
        let responses = self.responses(version, &prefix);
        let body = body.map(|b| b.finish(&responses.accept));
        let paging = paging::of(&params, &responses.list, &self.types.defs);
        let site = self.site;
        Operation {
            id: site.id.clone(),
            names: (),
            index: 0,
            http_method: site.method.to_ascii_uppercase(),
            path: site.path.to_owned(),
            pointer: site.pointer.clone(),
            tag: site.tag.clone(),
            docs: site.docs.clone(),
            deprecated: site.op.deprecated,
            sunset: responses.sunset,
            version: version.to_owned(),
            versions: site.versions.all.iter().cloned().collect(),
            preview: choice.preview(),
            accept: responses.accept,
            params,
            body,
            output: output(&responses.list),
            responses: responses.list,
            paging,
            no_auth: site.op.security.as_ref().is_some_and(|s| s.is_empty()),
        }
    }
}

/// One type when every success status has the same body, else per status.
fn output(responses: &[Success]) -> Output {
    let mut kinds: Vec<(u16, SuccessKind)> = responses
        .iter()
        .map(|r| (r.status, r.kind.clone()))
        .collect();
    kinds.sort_by_key(|k| k.0);
    match kinds.as_slice() {
        [] => Output::Single(SuccessKind::Empty),
        [(_, k), rest @ ..] if rest.iter().all(|(_, r)| r == k) => Output::Single(k.clone()),
        _ => Output::PerStatus(kinds),
    }
}
