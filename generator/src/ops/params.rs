//! Parameters: path-item level first, overridden by operation level; path
//! parameters in template order, then query, then header.

use super::build::OperationBuilder;
use super::{Location, Param, path_template_names};
use crate::naming::{NameTable, pascal_ident, snake_ident};
use crate::sample::Hints;
use crate::schema::SchemaRef;
use crate::types::Ty;
use openapiv3::{Parameter, ParameterSchemaOrContent, ReferenceOr};

impl<'a> OperationBuilder<'_, 'a> {
    /// The operation's parameters (the same at every version: inline
    /// parameter types are converted once, by pointer).
    pub(super) fn params(&mut self, prefix: &str) -> Vec<Param> {
        let mut idents = NameTable::new();
        idents.reserve("body");
        idents.reserve("client");
        let mut params = Vec::new();
        for (ptr, param) in self.resolved_params() {
            if let Some(p) = self.param(&ptr, param, prefix, &mut idents) {
                params.push(p);
            }
        }
        let order = path_template_names(self.site.path);
        self.add_undeclared(&order, &mut params, &mut idents);
        params.sort_by_key(|p| match p.location {
            Location::Path => (
                0,
                order
                    .iter()
                    .position(|n| *n == p.wire)
                    .unwrap_or(usize::MAX),
            ),
            Location::Query => (1, 0),
            Location::Header => (2, 0),
        });
        params
    }

    /// Parameters with their pointers, references resolved; an operation's
    /// parameter replaces the path item's of the same name and location.
    fn resolved_params(&mut self) -> Vec<(String, &'a Parameter)> {
        let site = self.site;
        let item_ptr = site
            .pointer
            .rsplit_once('/')
            .map_or(site.pointer.as_str(), |x| x.0);
        let item_level = site
            .item
            .parameters
            .iter()
            .enumerate()
            .map(|(i, p)| (format!("{item_ptr}/parameters/{i}"), p));
        let op_level = site
            .op
            .parameters
            .iter()
            .enumerate()
            .map(|(i, p)| (format!("{}/parameters/{i}", site.pointer), p));
        let mut resolved: Vec<(String, &'a Parameter)> = Vec::new();
        for (ptr, p) in item_level.chain(op_level) {
            let Some(param) = self.resolve_param(&ptr, p) else {
                continue;
            };
            let key = |q: &Parameter| (q.parameter_data_ref().name.clone(), location_rank(q));
            let omitted = matches!(param, Parameter::Query { .. })
                && self
                    .settings
                    .omit_query
                    .contains(&param.parameter_data_ref().name);
            resolved.retain(|(_, q)| key(q) != key(param));
            if !omitted {
                resolved.push((ptr, param));
            }
        }
        resolved
    }

    fn resolve_param(&mut self, ptr: &str, p: &'a ReferenceOr<Parameter>) -> Option<&'a Parameter> {
        let reference = match p {
            ReferenceOr::Item(p) => return Some(p),
            ReferenceOr::Reference { reference } => reference,
        };
        let found = reference
            .strip_prefix("#/components/parameters/")
            .and_then(|n| self.doc.components.as_ref()?.parameters.get(n))
            .and_then(ReferenceOr::as_item);
        if found.is_none() {
            self.diags.error(
                "dangling-ref",
                ptr,
                format!("parameter $ref {reference:?} does not resolve"),
            );
        }
        found
    }

    /// One parameter; `None` for cookies, which are never sent.
    fn param(
        &mut self,
        ptr: &str,
        param: &'a Parameter,
        prefix: &str,
        idents: &mut NameTable,
    ) -> Option<Param> {
        let data = param.parameter_data_ref();
        let location = match param {
            Parameter::Path { .. } => Location::Path,
            Parameter::Query { .. } => Location::Query,
            Parameter::Header { .. } => Location::Header,
            Parameter::Cookie { .. } => {
                let message = format!(
                    "cookie parameter {:?} is not supported and is never sent",
                    data.name
                );
                self.diags.warn("cookie-parameter", ptr, message);
                return None;
            }
        };
        let (ty, pattern, hints) = match &data.format {
            ParameterSchemaOrContent::Schema(s) => {
                self.param_schema(ptr, SchemaRef::from_plain(s), &data.name, prefix)
            }
            ParameterSchemaOrContent::Content(_) => {
                self.diags.warn(
                    "parameter-content",
                    ptr,
                    "parameter with `content` is sent as a JSON string",
                );
                (Ty::Json, None, Hints::default())
            }
        };
        let default = match &data.format {
            ParameterSchemaOrContent::Schema(ReferenceOr::Item(s)) => s.schema_data.default.clone(),
            _ => None,
        };
        Some(Param {
            pointer: ptr.to_owned(),
            ident: idents.claim(&snake_ident(&data.name)),
            wire: data.name.clone(),
            location,
            ty,
            required: data.required || location == Location::Path,
            pattern,
            doc: data.description.clone(),
            deprecated: data.deprecated.unwrap_or(false),
            default,
            // The parameter's own example outranks its schema's.
            hints: Hints {
                example: data.example.clone().or(hints.example.clone()),
                ..hints
            },
        })
    }

    /// The type of a parameter's schema, the pattern the client enforces,
    /// and the hints for examples.
    fn param_schema(
        &mut self,
        ptr: &str,
        r: SchemaRef<'a>,
        name: &str,
        prefix: &str,
    ) -> (Ty, Option<String>, Hints) {
        let at = format!("{ptr}/schema");
        let ty = self
            .types
            .ty_of(r, &at, &format!("{prefix}{}", pascal_ident(name)));
        let hints = self.types.hints_of(r);
        // The parameter's own pattern or its schema's (through a `$ref`);
        // for an array, its items'. JSON Schema applies `pattern` to
        // strings only (two integer parameters carry one, `endDate:
        // pattern 1199145600`).
        let defs = &self.types.defs;
        let pattern = match ty.through_aliases(defs) {
            Ty::String => hints.pattern.clone(),
            Ty::Vec(inner) if *inner.through_aliases(defs) == Ty::String => hints
                .items
                .as_ref()
                .and_then(|i| i.pattern.clone())
                .or_else(|| hints.pattern.clone()),
            _ => None,
        };
        let pattern = pattern.filter(|p| self.enforceable(p, name));
        (ty, pattern, hints)
    }

    /// Whether the runtime's regex engine (the same crate) compiles the
    /// pattern; a pattern it does not is warned about and not checked.
    fn enforceable(&mut self, pattern: &str, name: &str) -> bool {
        if fancy_regex::Regex::new(pattern).is_ok() {
            return true;
        }
        self.diags.warn(
            "pattern-not-enforced",
            &self.site.pointer,
            format!(
                "pattern {pattern:?} of parameter {name:?} does not compile; it is not checked"
            ),
        );
        false
    }

    /// `{name}`s of the path that no parameter declares: strings (warned).
    fn add_undeclared(
        &mut self,
        order: &[String],
        params: &mut Vec<Param>,
        idents: &mut NameTable,
    ) {
        for name in order {
            if params
                .iter()
                .any(|p| p.location == Location::Path && &p.wire == name)
            {
                continue;
            }
            self.diags.warn(
                "undeclared-path-parameter",
                &self.site.pointer,
                format!(
                    "path has {{{name}}} but no parameter declares it; it is taken as a string"
                ),
            );
            params.push(Param {
                pointer: self.site.pointer.clone(),
                ident: idents.claim(&snake_ident(name)),
                wire: name.clone(),
                location: Location::Path,
                ty: Ty::String,
                required: true,
                pattern: None,
                doc: None,
                deprecated: false,
                default: None,
                hints: Hints::default(),
            });
        }
    }
}

/// Parameters are keyed by name and location.
fn location_rank(p: &Parameter) -> u8 {
    match p {
        Parameter::Path { .. } => 0,
        Parameter::Query { .. } => 1,
        Parameter::Header { .. } => 2,
        Parameter::Cookie { .. } => 3,
    }
}
