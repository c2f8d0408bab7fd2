//! Waiters: what `send_and_wait` polls after a long-running operation, from
//! the Atlas CLI's `x-xgen-atlascli.watcher` on the operation (an overlay
//! brings it in). A watcher names a GET (`operation-id`, `version`), where
//! each of its path parameters comes from (`input:<param>` of the original
//! call, `body:<JSONPath>` of its answer) and what ends the wait (`match`:
//! a field's value is one of `values`; `http-code`: e.g. 404 once deleted).
//!
//! Everything is checked here against the operations and types, so that
//! emit only renders: a watcher that cannot work (a polled operation that
//! is not a GET or does not exist, a parameter with no source) is a
//! `waiter-skipped` warning naming the watcher, and gets no waiter.

use crate::diag::{Diagnostics, join};
use crate::ops::{Location, Operation, Output, SuccessKind};
use crate::settings::WaiterSettings;
use crate::types::{DefKind, Ty, TypeDef};
use openapiv3::OpenAPI;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The extension and its key.
const EXTENSION: &str = "x-xgen-atlascli";
const KEY: &str = "watcher";

/// One operation's waiter, every name and value decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiter {
    /// The watcher's JSON pointer, for the docs and diagnostics.
    pub pointer: String,
    /// The polled GET: its operationId, version, template and media type.
    pub poll_id: String,
    pub poll_version: String,
    pub template: String,
    pub accept: String,
    pub no_auth: bool,
    /// Each path parameter of the GET, in template order, and its source.
    pub params: Vec<(String, Source)>,
    pub expect: Expect,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A parameter of the original call: its wire name and builder field.
    Input {
        wire: String,
        ident: String,
        location: Location,
    },
    /// The original answer, at a JSON pointer (from the JSONPath).
    Answer { jsonpath: String, pointer: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    /// A field of the GET's answer has one of `done`'s values; one of
    /// `failed`'s ends the wait early. `output` is the GET's answer type.
    State {
        jsonpath: String,
        pointer: String,
        done: Vec<String>,
        failed: Vec<String>,
        output: Ty,
    },
    /// The GET answers with this status.
    Status(u16),
}

/// The watcher as the extension spells it.
#[derive(Deserialize)]
struct Raw {
    get: RawGet,
    expect: RawExpect,
}

#[derive(Deserialize)]
struct RawGet {
    version: Option<String>,
    #[serde(rename = "operation-id")]
    operation_id: String,
    #[serde(default)]
    params: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct RawExpect {
    #[serde(rename = "match")]
    matches: Option<RawMatch>,
    #[serde(rename = "http-code")]
    http_code: Option<u16>,
}

#[derive(Deserialize)]
struct RawMatch {
    path: String,
    values: Vec<String>,
}

/// What the waiter pass found: the waiter of each operation that has one
/// (by [`Operation::index`]), and how many watchers were skipped.
#[derive(Debug, Default, Clone)]
pub struct Waiters {
    pub by_operation: BTreeMap<usize, Waiter>,
    pub skipped: usize,
}

impl Waiters {
    /// What the operation's `send_and_wait` polls, when it has one.
    pub fn of(&self, op: &Operation) -> Option<&Waiter> {
        self.by_operation.get(&op.index)
    }
}

/// A waiter for the default version of every operation whose watcher
/// works; warns about the others.
pub fn of_all(
    doc: &OpenAPI,
    ops: &[Operation],
    defs: &[TypeDef],
    settings: &WaiterSettings,
    diags: &mut Diagnostics,
) -> Waiters {
    let mut waiters = Waiters::default();
    for op in ops.iter().filter(|o| o.is_default()) {
        let Some(value) = watcher_of(doc, op) else {
            continue;
        };
        let pointer = join(&join(&op.pointer, EXTENSION), KEY);
        let resolved = serde_json::from_value::<Raw>(value.clone())
            .map_err(|e| format!("the watcher is malformed: {e}"))
            .and_then(|raw| {
                Resolver {
                    ops,
                    defs,
                    settings,
                    pointer: &pointer,
                    diags: &mut *diags,
                }
                .waiter(op, &raw)
            });
        match resolved {
            Ok(waiter) => {
                waiters.by_operation.insert(op.index, waiter);
            }
            Err(why) => {
                waiters.skipped += 1;
                diags.warn(
                    "waiter-skipped",
                    &pointer,
                    format!("no waiter for `{}`: {why}", op.id),
                );
            }
        }
    }
    waiters
}

/// The operation's `x-xgen-atlascli.watcher`, when it has one.
fn watcher_of<'d>(doc: &'d OpenAPI, op: &Operation) -> Option<&'d serde_json::Value> {
    let item = doc.paths.paths.get(&op.path)?.as_item()?;
    let (_, spec_op) = item
        .iter()
        .find(|(method, _)| method.eq_ignore_ascii_case(&op.http_method))?;
    spec_op.extensions.get(EXTENSION)?.get(KEY)
}

struct Resolver<'a> {
    ops: &'a [Operation],
    defs: &'a [TypeDef],
    settings: &'a WaiterSettings,
    pointer: &'a str,
    diags: &'a mut Diagnostics,
}

impl<'a> Resolver<'a> {
    fn waiter(&mut self, op: &Operation, raw: &Raw) -> Result<Waiter, String> {
        let poll = self.poll_operation(&raw.get)?;
        let params = self.params(op, poll, &raw.get.params)?;
        let expect = self.expect(poll, &raw.expect)?;
        Ok(Waiter {
            pointer: self.pointer.to_owned(),
            poll_id: poll.id.clone(),
            poll_version: poll.version.clone(),
            template: poll.path.clone(),
            accept: poll.accept.clone(),
            no_auth: poll.no_auth,
            params,
            expect,
        })
    }

    /// The GET at the watcher's version (its default one when the watcher
    /// names none).
    fn poll_operation(&self, get: &RawGet) -> Result<&'a Operation, String> {
        let id = &get.operation_id;
        let ops: &'a [Operation] = self.ops;
        let same_id: Vec<&'a Operation> = ops.iter().filter(|o| &o.id == id).collect();
        let Some(first) = same_id.first() else {
            return Err(format!("it polls `{id}`, which the spec does not have"));
        };
        if first.http_method != "GET" {
            return Err(format!(
                "it polls `{id}`, which is a {}, not a GET",
                first.http_method
            ));
        }
        let version = get.version.as_deref();
        same_id
            .iter()
            .copied()
            .find(|o| match version {
                Some(v) => o.version == v,
                None => o.is_default(),
            })
            .ok_or_else(|| {
                format!(
                    "it polls `{id}` at version {}, which `{id}` does not offer ({})",
                    version.unwrap_or("(default)"),
                    first.versions.join(", ")
                )
            })
    }

    /// Every path parameter of the GET with its source; nothing else.
    fn params(
        &self,
        op: &Operation,
        poll: &Operation,
        given: &BTreeMap<String, String>,
    ) -> Result<Vec<(String, Source)>, String> {
        for name in given.keys() {
            if !poll.path_params().any(|p| &p.wire == name) {
                return Err(format!(
                    "it sets `{name}`, which is no path parameter of `{}`",
                    poll.id
                ));
            }
        }
        let mut out = Vec::new();
        for name in crate::ops::path_template_names(&poll.path) {
            let Some(spec) = given.get(&name) else {
                return Err(format!("it gives no value for `{name}` of `{}`", poll.id));
            };
            out.push((name.clone(), self.source(op, &name, spec)?));
        }
        Ok(out)
    }

    fn source(&self, op: &Operation, name: &str, spec: &str) -> Result<Source, String> {
        if let Some(param) = spec.strip_prefix("input:") {
            let p = op
                .params
                .iter()
                .find(|p| p.wire == param && !matches!(p.ty, Ty::Vec(_)))
                .ok_or_else(|| {
                    format!("`{name}` is `{spec}`, which is no parameter of `{}`", op.id)
                })?;
            return Ok(Source::Input {
                wire: p.wire.clone(),
                ident: p.ident.clone(),
                location: p.location,
            });
        }
        let Some(jsonpath) = spec.strip_prefix("body:") else {
            return Err(format!(
                "`{name}` is `{spec}`: a source is `input:<parameter>` or `body:<JSONPath>`"
            ));
        };
        let pointer = singular_pointer(jsonpath).ok_or_else(|| {
            format!("`{name}` is `{spec}`: only a path of member names (`$.a.b`) names one value")
        })?;
        let answer = json_output(op)
            .ok_or_else(|| format!("`{name}` is `{spec}`, but `{}` answers no JSON", op.id))?;
        if let Walk::Missing(at) = walk(self.defs, answer, &pointer) {
            return Err(format!(
                "`{name}` is `{spec}`, but the answer of `{}` has no `{at}`",
                op.id
            ));
        }
        Ok(Source::Answer {
            jsonpath: jsonpath.to_owned(),
            pointer,
        })
    }

    fn expect(&mut self, poll: &Operation, raw: &RawExpect) -> Result<Expect, String> {
        match (&raw.matches, raw.http_code) {
            (Some(m), None) => self.state(poll, m),
            (None, Some(code)) => Ok(Expect::Status(code)),
            _ => Err("`expect` needs exactly one of `match` and `http-code`".into()),
        }
    }

    fn state(&mut self, poll: &Operation, m: &RawMatch) -> Result<Expect, String> {
        let pointer = singular_pointer(&m.path).ok_or_else(|| {
            format!(
                "`match.path` is `{}`: only a path of member names (`$.a.b`) names one value",
                m.path
            )
        })?;
        let output = json_output(poll)
            .ok_or_else(|| format!("`{}` does not answer one JSON type", poll.id))?;
        let enum_values = match walk(self.defs, output, &pointer) {
            Walk::Missing(at) => {
                return Err(format!("the answer of `{}` has no `{at}`", poll.id));
            }
            Walk::Found(ty) => self.enum_values(ty),
            Walk::Unknown => Vec::new(),
        };
        for value in &m.values {
            if !enum_values.is_empty() && !enum_values.contains(value) {
                self.diags.warn(
                    "waiter-value",
                    self.pointer,
                    format!(
                        "the watcher waits for `{}` = `{value}`, which is none of its values ({})",
                        m.path,
                        enum_values.join(", ")
                    ),
                );
            }
        }
        let failed = enum_values
            .into_iter()
            .filter(|v| !m.values.contains(v))
            .filter(|v| {
                self.settings
                    .terminal_states
                    .iter()
                    .any(|t| t.eq_ignore_ascii_case(v))
            })
            .collect();
        Ok(Expect::State {
            jsonpath: m.path.clone(),
            pointer,
            done: m.values.clone(),
            failed,
            output: output.clone(),
        })
    }

    fn enum_values(&self, ty: &Ty) -> Vec<String> {
        match ty.through_aliases(self.defs) {
            Ty::Named(id) => match &self.defs[*id].kind {
                DefKind::Enum(e) => e.variants.iter().map(|v| v.wire.clone()).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }
}

/// The one JSON type an operation answers with.
fn json_output(op: &Operation) -> Option<&Ty> {
    match &op.output {
        Output::Single(SuccessKind::Json(ty)) => Some(ty),
        _ => None,
    }
}

/// `$.a.b`, `$['a'].b` → `/a/b`; anything else (wildcards, filters,
/// indices, descendants) names no single field.
pub fn singular_pointer(jsonpath: &str) -> Option<String> {
    let mut rest = jsonpath.strip_prefix('$')?;
    let mut pointer = String::new();
    while !rest.is_empty() {
        let name;
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            name = &after[..end];
            let valid = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
            if !valid {
                return None;
            }
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix("['") {
            let end = after.find("']")?;
            name = &after[..end];
            rest = &after[end + 2..];
        } else {
            return None;
        }
        pointer.push('/');
        pointer.push_str(&name.replace('~', "~0").replace('/', "~1"));
    }
    (!pointer.is_empty()).then_some(pointer)
}

/// Where a pointer leads in a type.
#[derive(Debug, PartialEq)]
enum Walk<'t> {
    Found(&'t Ty),
    /// A union, free JSON or a map: the type cannot say.
    Unknown,
    /// A struct without this property.
    Missing(String),
}

fn walk<'t>(defs: &'t [TypeDef], ty: &'t Ty, pointer: &str) -> Walk<'t> {
    let mut ty = ty;
    for segment in pointer.split('/').skip(1) {
        let name = segment.replace("~1", "/").replace("~0", "~");
        let Ty::Named(id) = ty.through_aliases(defs) else {
            return Walk::Unknown;
        };
        let DefKind::Struct(s) = &defs[*id].kind else {
            return Walk::Unknown;
        };
        match s.fields.iter().find(|f| f.wire == name) {
            Some(f) => ty = &f.ty,
            None if s.additional.is_some() || s.flatten.is_some() => return Walk::Unknown,
            None => return Walk::Missing(name),
        }
    }
    Walk::Found(ty)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEDIA: &str = "application/vnd.atlas.2023-01-01+json";

    /// An operation on `path` with `method`, answering a `Thing` (or
    /// nothing), with the watcher `watcher` (YAML flow mapping).
    fn op(method: &str, id: &str, answers: bool, watcher: &str) -> String {
        let content = if answers {
            format!("content: {{{MEDIA}: {{schema: {{$ref: '#/components/schemas/Thing'}}}}}}")
        } else {
            String::new()
        };
        format!(
            "    {method}:\n      operationId: {id}\n      tags: [Things]\n      responses:\n        '200': {{description: ok, {content}}}\n      x-xgen-atlascli: {{watcher: {watcher}}}\n"
        )
    }

    fn ir_of(watchers: &[(&str, &str, &str, bool, &str)]) -> crate::Ir {
        let mut paths: BTreeMap<&str, String> = BTreeMap::new();
        for (path, method, id, answers, watcher) in watchers {
            paths
                .entry(path)
                .or_default()
                .push_str(&op(method, id, *answers, watcher));
        }
        let params = "    parameters:\n      - {name: groupId, in: path, required: true, schema: {type: string}}\n";
        let thing_params =
            "      - {name: thingId, in: path, required: true, schema: {type: string}}\n";
        let mut text = String::from("openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n");
        for (path, ops) in &paths {
            text.push_str(&format!("  {path}:\n{params}"));
            if path.contains("{thingId}") {
                text.push_str(thing_params);
            }
            text.push_str(ops);
        }
        text.push_str("  /g/{groupId}/things/{thingId}/get:\n");
        text.push_str(
            "components:\n  schemas:\n    Thing:\n      type: object\n      properties:\n        id: {type: string}\n        state: {type: string, enum: [CREATING, READY, FAILED]}\n",
        );
        // The polled GET.
        let get = op("get", "getThing", true, "null")
            .replace("      x-xgen-atlascli: {watcher: null}\n", "");
        let text = text.replace(
            "  /g/{groupId}/things/{thingId}/get:\n",
            &format!("  /g/{{groupId}}/things/{{thingId}}/view:\n{params}{thing_params}{get}"),
        );
        crate::ir::build_ir(
            "t.yaml",
            &text,
            &crate::inputs::Inputs::of(crate::settings::minimal()),
        )
        .expect("test spec builds")
    }

    /// Path | method | operationId | answers JSON | watcher: one good state
    /// watcher, one good status watcher, one with an unknown value, and
    /// seven that cannot work.
    const CASES: &str = "
/g/{groupId}/things | post | createThing | json | {get: {version: '2023-01-01', operation-id: getThing, params: {groupId: 'input:groupId', thingId: 'body:$.id'}}, expect: {match: {path: $.state, values: [READY]}}}
/g/{groupId}/things/{thingId} | delete | deleteThing | none | {get: {version: '2023-01-01', operation-id: getThing, params: INPUTS}, expect: {http-code: 404}}
/g/{groupId}/things/{thingId}/resume | post | resumeThing | json | {get: {version: '2023-01-01', operation-id: getThing, params: INPUTS}, expect: {match: {path: $.state, values: [DONE, READY]}}}
/g/{groupId}/things/{thingId} | patch | updateThing | json | {get: {version: '2023-01-01', operation-id: updateThing, params: INPUTS}, expect: {http-code: 404}}
/g/{groupId}/things/{thingId} | put | replaceThing | json | {get: {version: '2023-01-01', operation-id: getNothing, params: INPUTS}, expect: {http-code: 404}}
/g/{groupId}/things/{thingId}/start | post | startThing | json | {get: {version: '2030-01-01', operation-id: getThing, params: INPUTS}, expect: {http-code: 404}}
/g/{groupId}/things/{thingId}/stop | post | stopThing | json | {get: {version: '2023-01-01', operation-id: getThing, params: {groupId: 'input:groupId', thingId: 'input:nope'}}, expect: {http-code: 404}}
/g/{groupId}/things/{thingId}/pause | post | pauseThing | json | {get: {version: '2023-01-01', operation-id: getThing, params: {groupId: 'input:groupId', thingId: 'body:$.items[*]'}}, expect: {http-code: 404}}
/g/{groupId}/things/{thingId}/kill | post | killThing | json | {get: {version: '2023-01-01', operation-id: getThing, params: INPUTS}}
/g/{groupId}/things/{thingId}/wake | post | wakeThing | none | {get: {version: '2023-01-01', operation-id: getThing, params: {groupId: 'input:groupId', thingId: 'body:$.id'}}, expect: {http-code: 404}}
";

    #[test]
    fn watchers_become_waiters_or_warnings() {
        let cases = CASES.replace(
            "INPUTS",
            "{groupId: 'input:groupId', thingId: 'input:thingId'}",
        );
        let rows: Vec<Vec<&str>> = cases
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| l.split(" | ").collect())
            .collect();
        let borrowed: Vec<(&str, &str, &str, bool, &str)> = rows
            .iter()
            .map(|r| (r[0], r[1], r[2], r[3] == "json", r[4]))
            .collect();
        let ir = ir_of(&borrowed);
        let waiter = |id: &str| ir.operation(id).and_then(|o| ir.waiters.of(o).cloned());

        let created = waiter("createThing").expect("createThing waits");
        assert_eq!(created.poll_id, "getThing");
        assert_eq!(created.accept, MEDIA);
        assert_eq!(created.template, "/g/{groupId}/things/{thingId}/view");
        assert!(matches!(&created.params[1].1, Source::Answer { pointer, .. } if pointer == "/id"));
        match &created.expect {
            Expect::State {
                pointer,
                done,
                failed,
                ..
            } => {
                assert_eq!(pointer, "/state");
                assert_eq!(done, &["READY"]);
                assert_eq!(failed, &["FAILED"], "FAILED never becomes READY");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            waiter("deleteThing").map(|w| w.expect),
            Some(Expect::Status(404))
        );
        assert!(
            waiter("resumeThing").is_some(),
            "one unknown value is a warning only"
        );
        assert_eq!((ir.waiters.by_operation.len(), ir.waiters.skipped), (3, 7));

        let warning = |id: &str| {
            ir.diagnostics
                .iter()
                .find(|d| d.message.contains(&format!("`{id}`")) && d.code == "waiter-skipped")
                .map(|d| (d.pointer.clone(), d.message.clone()))
                .unwrap_or_else(|| panic!("no warning for {id}: {:#?}", ir.diagnostics))
        };
        for (id, says) in [
            ("updateThing", "which is a PATCH, not a GET"),
            ("replaceThing", "`getNothing`, which the spec does not have"),
            (
                "startThing",
                "at version 2030-01-01, which `getThing` does not offer",
            ),
            (
                "stopThing",
                "`input:nope`, which is no parameter of `stopThing`",
            ),
            ("pauseThing", "only a path of member names"),
            ("killThing", "the watcher is malformed"),
            ("wakeThing", "`wakeThing` answers no JSON"),
        ] {
            let (pointer, message) = warning(id);
            assert!(message.contains(says), "{id}: {message}");
            assert!(pointer.ends_with("/x-xgen-atlascli/watcher"), "{pointer}");
        }
        let value = ir
            .diagnostics
            .iter()
            .find(|d| d.code == "waiter-value")
            .expect("a warning for DONE");
        assert!(value.message.contains("`DONE`"), "{}", value.message);
    }

    #[test]
    fn singular_paths_become_pointers() {
        assert_eq!(
            singular_pointer("$.stateName").as_deref(),
            Some("/stateName")
        );
        assert_eq!(singular_pointer("$.a.b").as_deref(), Some("/a/b"));
        assert_eq!(singular_pointer("$['a/b'].c").as_deref(), Some("/a~1b/c"));
        for bad in [
            "$",
            "stateName",
            "$.a[0]",
            "$..a",
            "$.*",
            "$[?@.a]",
            "$.",
            "$['a",
        ] {
            assert_eq!(singular_pointer(bad), None, "{bad}");
        }
    }
}
