//! OpenAPI Overlay 1.0: actions, each a JSONPath (RFC 9535, through
//! `serde_json_path`) `target` with an `update` merged into every node it
//! selects or `remove: true`, applied in order to the spec before it is
//! read. The settings list the overlay files, each pinned by sha256.
//!
//! Merging: an object `update` merges into an object node key by key,
//! recursively; an `update` of an array node appends (its items, when the
//! update is an array itself); anything else replaces the node.

use crate::diag::{Diagnostics, Error};
use crate::settings::OverlayPin;
use serde_json::Value;
use serde_json_path::JsonPath;
use std::path::{Path, PathBuf};

/// Reads the overlays the settings pin, from beside the settings
/// (`overlays/FILE`, or the pin's `path` from the settings' directory) or
/// from `../shared/spec/overlays/FILE`, refusing one whose sha256 differs.
pub fn load_pinned(settings_dir: &Path, pins: &[OverlayPin]) -> Result<Vec<Overlay>, Error> {
    pins.iter()
        .map(|pin| {
            let candidates = match &pin.path {
                Some(p) => vec![settings_dir.join(p)],
                None => vec![
                    settings_dir.join("overlays").join(&pin.file),
                    settings_dir
                        .join("../../shared/spec/overlays")
                        .join(&pin.file),
                ],
            };
            let Some(path) = candidates.iter().find(|c| c.is_file()) else {
                return Err(Error::new(
                    &pin.file,
                    format!("overlay not found (looked in {})", shown(&candidates)),
                ));
            };
            let name = path.display().to_string();
            let bytes = std::fs::read(path).map_err(|e| Error::new(&name, e.to_string()))?;
            let sha = crate::locate::sha256_hex(&bytes);
            if sha != pin.sha256 {
                return Err(Error::new(
                    &name,
                    format!("sha256 {sha} differs from the pinned {}", pin.sha256),
                ));
            }
            Overlay::parse(&pin.file, &String::from_utf8_lossy(&bytes))
        })
        .collect()
}

fn shown(paths: &[PathBuf]) -> String {
    let list: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    list.join(", ")
}

/// One parsed overlay file.
#[derive(Debug, Clone)]
pub struct Overlay {
    pub file: String,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone)]
pub struct Action {
    /// `#/actions/N` in the overlay file.
    pub pointer: String,
    pub target: String,
    path: JsonPath,
    pub change: Change,
}

#[derive(Debug, Clone)]
pub enum Change {
    Update(Value),
    Remove,
}

impl Overlay {
    /// Parses an overlay document (YAML or JSON); every problem is reported
    /// together, each naming the action.
    pub fn parse(file: &str, text: &str) -> Result<Overlay, Error> {
        let doc: Value = yaml_serde::from_str(text)
            .map_err(|e| Error::new(file, format!("malformed overlay: {e}")))?;
        let mut problems = Vec::new();
        match doc.get("overlay").and_then(Value::as_str) {
            Some(v) if v.starts_with("1.") => {}
            Some(v) => problems.push(format!("#/overlay: version {v:?} is not 1.x")),
            None => problems.push("#/overlay: missing (the overlay version, 1.0.0)".to_owned()),
        }
        let Some(list) = doc.get("actions").and_then(Value::as_array) else {
            problems.push("#/actions: missing or not a list".to_owned());
            return Err(Error::new(file, problems.join("; ")));
        };
        let mut actions = Vec::new();
        for (i, raw) in list.iter().enumerate() {
            match Action::parse(i, raw) {
                Ok(a) => actions.push(a),
                Err(p) => problems.push(p),
            }
        }
        if problems.is_empty() {
            Ok(Overlay {
                file: file.to_owned(),
                actions,
            })
        } else {
            Err(Error::new(file, problems.join("; ")))
        }
    }

    /// Applies every action to `spec`, in order. An action whose target
    /// selects nothing is a warning naming the file and the action.
    pub fn apply(&self, spec: &mut Value, diags: &mut Diagnostics) {
        for action in &self.actions {
            let pointers: Vec<String> = action
                .path
                .query_located(spec)
                .locations()
                .map(|p| p.to_json_pointer())
                .collect();
            if pointers.is_empty() {
                diags.warn(
                    "overlay-no-match",
                    &action.pointer,
                    format!(
                        "{}: the target {} selects nothing in the spec",
                        self.file, action.target
                    ),
                );
            }
            // Deepest first, so a removal never shifts a later pointer.
            for pointer in pointers.iter().rev() {
                action.change.apply(spec, pointer);
            }
        }
    }
}

impl Action {
    fn parse(i: usize, raw: &Value) -> Result<Action, String> {
        let pointer = format!("#/actions/{i}");
        let Some(target) = raw.get("target").and_then(Value::as_str) else {
            return Err(format!("{pointer}/target: missing or not a string"));
        };
        let path = JsonPath::parse(target)
            .map_err(|e| format!("{pointer}/target: {target:?} is not a JSONPath: {e}"))?;
        let remove = match raw.get("remove") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err(format!("{pointer}/remove: not a boolean")),
        };
        let change = match (remove, raw.get("update")) {
            (true, _) => Change::Remove,
            (false, Some(update)) => Change::Update(update.clone()),
            (false, None) => {
                return Err(format!("{pointer}: neither `update` nor `remove: true`"));
            }
        };
        Ok(Action {
            pointer,
            target: target.to_owned(),
            path,
            change,
        })
    }
}

impl Change {
    fn apply(&self, spec: &mut Value, pointer: &str) {
        match self {
            Change::Update(update) => {
                if let Some(node) = spec.pointer_mut(pointer) {
                    merge(node, update);
                }
            }
            Change::Remove => remove(spec, pointer),
        }
    }
}

fn merge(node: &mut Value, update: &Value) {
    match (node, update) {
        (Value::Object(node), Value::Object(update)) => {
            for (k, v) in update {
                match node.get_mut(k) {
                    Some(existing) => merge(existing, v),
                    None => {
                        node.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (Value::Array(node), Value::Array(items)) => node.extend(items.iter().cloned()),
        (Value::Array(node), item) => node.push(item.clone()),
        (node, update) => *node = update.clone(),
    }
}

fn remove(spec: &mut Value, pointer: &str) {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return;
    };
    let key = last.replace("~1", "/").replace("~0", "~");
    match spec.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.remove(&key);
        }
        Some(Value::Array(items)) => {
            if let Ok(i) = key.parse::<usize>() {
                if i < items.len() {
                    items.remove(i);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({
            "paths": {
                "/a": {"get": {"operationId": "getA"}, "post": {"operationId": "postA", "tags": ["A"]}},
                "/b": {"patch": {"operationId": "patchB", "deprecated": true}}
            }
        })
    }

    fn run(overlay: &str) -> (Value, Vec<crate::diag::Diagnostic>) {
        let o = Overlay::parse("o.yaml", overlay).expect("overlay");
        let mut s = spec();
        let mut diags = Diagnostics::default();
        o.apply(&mut s, &mut diags);
        (s, diags.into_sorted())
    }

    #[test]
    fn update_merges_into_objects_and_appends_to_arrays() {
        let (s, diags) = run("overlay: 1.0.0
actions:
  - target: $.paths['/a'].post
    update: {x-watch: {op: getA}, tags: [B], operationId: createA}
");
        assert!(diags.is_empty());
        assert_eq!(
            s["paths"]["/a"]["post"],
            json!({"operationId": "createA", "tags": ["A", "B"], "x-watch": {"op": "getA"}})
        );
    }

    #[test]
    fn unions_and_filters_select_several_nodes() {
        let (s, _) = run("overlay: 1.0.0
actions:
  - target: $.paths['/a']['get','post']
    update: {x-n: 1}
  - target: $.paths.*[?@.deprecated == true]
    update: {x-old: true}
");
        assert_eq!(s["paths"]["/a"]["get"]["x-n"], 1);
        assert_eq!(s["paths"]["/a"]["post"]["x-n"], 1);
        assert_eq!(s["paths"]["/b"]["patch"]["x-old"], true);
        assert!(s["paths"]["/a"]["get"].get("x-old").is_none());
    }

    #[test]
    fn remove_deletes_every_match() {
        let (s, _) = run("overlay: 1.0.0
actions:
  - target: $.paths.*.*.operationId
    remove: true
");
        assert!(s.to_string().find("operationId").is_none(), "{s}");
    }

    #[test]
    fn a_target_that_matches_nothing_is_a_warning_naming_the_action() {
        let (_, diags) = run("overlay: 1.0.0
actions:
  - target: $.paths['/gone'].post
    update: {x: 1}
");
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, "overlay-no-match");
        assert_eq!(diags[0].pointer, "#/actions/0");
        assert!(diags[0].message.contains("o.yaml"), "{}", diags[0].message);
    }

    #[test]
    fn pinned_overlays_are_found_beside_the_settings_and_checked() {
        let dir = std::env::temp_dir().join(format!("overlay-pin-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("overlays")).unwrap();
        let text = "overlay: 1.0.0\nactions:\n  - target: $.paths\n    update: {}\n";
        std::fs::write(dir.join("overlays/o.yaml"), text).unwrap();
        let pin = |sha: &str| OverlayPin {
            file: "o.yaml".into(),
            sha256: sha.into(),
            path: None,
            reason: None,
        };
        let sha = crate::locate::sha256_hex(text.as_bytes());
        let loaded = load_pinned(&dir, &[pin(&sha)]).expect("pinned");
        assert_eq!(loaded[0].actions.len(), 1);
        let wrong = load_pinned(&dir, &[pin(&"0".repeat(64))]).unwrap_err();
        assert!(
            wrong.to_string().contains("differs from the pinned"),
            "{wrong}"
        );
        let missing = load_pinned(&dir.join("nowhere"), &[pin(&sha)]).unwrap_err();
        assert!(
            missing.to_string().contains("overlay not found"),
            "{missing}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_malformed_overlay_is_an_error_naming_file_and_actions() {
        let e = Overlay::parse(
            "bad.yaml",
            "overlay: 2.0.0
actions:
  - target: $.paths[
    update: {}
  - target: $.paths
  - update: {}
",
        )
        .unwrap_err();
        let text = e.to_string();
        for want in [
            "bad.yaml",
            "version \"2.0.0\"",
            "#/actions/0/target",
            "#/actions/1: neither",
            "#/actions/2/target: missing",
        ] {
            assert!(text.contains(want), "{want}: {text}");
        }
        assert!(Overlay::parse("y.yaml", "overlay: [").is_err());
    }
}
