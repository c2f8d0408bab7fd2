//! Loading: YAML or JSON text → `openapiv3::OpenAPI`, with parse errors that
//! name the file and where in it the problem is, then structural checks
//! openapiv3 does not make.

use crate::diag::{Diagnostics, Error};
use openapiv3::OpenAPI;

/// Parses the spec, refusing nesting deeper than [`DEFAULT_MAX_DEPTH`].
pub fn parse(file: &str, text: &str) -> Result<OpenAPI, Error> {
    parse_within(file, text, DEFAULT_MAX_DEPTH)
}

/// Parses the spec. JSON is recognised by its first non-blank character.
/// Nesting deeper than `max_depth` is refused (see [`DEFAULT_MAX_DEPTH`]).
pub fn parse_within(file: &str, text: &str, max_depth: usize) -> Result<OpenAPI, Error> {
    parse_overlaid(file, text, max_depth, &[], &mut Diagnostics::default())
}

/// Parses the spec with the overlays applied, in order; their warnings
/// (a target that selects nothing) go to `diags`.
pub fn parse_overlaid(
    file: &str,
    text: &str,
    max_depth: usize,
    overlays: &[crate::overlay::Overlay],
    diags: &mut Diagnostics,
) -> Result<OpenAPI, Error> {
    parse_kept(file, text, max_depth, overlays, &[], diags)
}

/// [`parse_overlaid`] with the kept enums of the compatibility records put
/// back after the overlays (`compat::keep_enums`).
pub fn parse_kept(
    file: &str,
    text: &str,
    max_depth: usize,
    overlays: &[crate::overlay::Overlay],
    kept: &[crate::compat::EnumRecord],
    diags: &mut Diagnostics,
) -> Result<OpenAPI, Error> {
    let value = overlaid_kept(file, text, overlays, kept, diags)?;
    // Read by value: each node is freed once read, so the generic value
    // and the typed document are not both whole in memory. A failure is
    // located on the value read again.
    let again = || overlaid_kept(file, text, overlays, kept, &mut Diagnostics::default());
    from_value(file, value, max_depth, again)
}

/// The spec as JSON with the overlays applied, in order: what the client
/// is generated from (for tools that read the spec themselves, such as
/// the contract test's mock server).
pub fn overlaid(
    file: &str,
    text: &str,
    overlays: &[crate::overlay::Overlay],
    diags: &mut Diagnostics,
) -> Result<serde_json::Value, Error> {
    let mut value = to_value(file, text)?;
    for overlay in overlays {
        overlay.apply(&mut value, diags);
    }
    Ok(value)
}

/// [`overlaid`] with the kept enums of the compatibility records put back:
/// the spec exactly as the client is generated from it.
pub fn overlaid_kept(
    file: &str,
    text: &str,
    overlays: &[crate::overlay::Overlay],
    kept: &[crate::compat::EnumRecord],
    diags: &mut Diagnostics,
) -> Result<serde_json::Value, Error> {
    let mut value = overlaid(file, text, overlays, diags)?;
    crate::compat::keep_enums(&mut value, kept, diags);
    Ok(value)
}

fn to_value(file: &str, text: &str) -> Result<serde_json::Value, Error> {
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(Error::new(file, "the spec is empty"));
    }
    if trimmed.starts_with('{') {
        serde_json::from_str(text).map_err(|e| Error::new(file, format!("malformed JSON: {e}")))
    } else {
        // Parse to a generic value first so YAML syntax errors (with line and
        // column) are told apart from schema-shape errors (with a path).
        yaml_serde::from_str(text).map_err(|e| Error::new(file, format!("malformed YAML: {e}")))
    }
}

/// How deeply a spec may nest by default (`generate.max_depth` in the
/// settings raises it). The pinned spec nests 16 levels. Typed
/// deserialization (openapiv3's untagged and flattened schema enums)
/// backtracks at every level above a wrong value, which doubles the work
/// per level: a mistake 20 levels deep takes under a second, 24 levels
/// deep up to 8 s, 35 levels deep hours (measured by `cargo xtask fuzz`);
/// so deeper specs are refused, with the pointer.
pub const DEFAULT_MAX_DEPTH: usize = 20;

/// The pointer of the first node nested deeper than `max_depth`. Only
/// depths are tracked on the way down; the pointer is built on the way
/// back up from the node found (the walk never goes deeper than that).
fn too_deep(value: &serde_json::Value, max_depth: usize) -> Option<String> {
    fn walk<'v>(v: &'v serde_json::Value, depth: usize, max: usize) -> Option<Vec<Segment<'v>>> {
        if depth > max {
            return Some(Vec::new());
        }
        let found = match v {
            serde_json::Value::Object(m) => m
                .iter()
                .find_map(|(k, c)| Some((Segment::Key(k), walk(c, depth + 1, max)?))),
            serde_json::Value::Array(a) => a
                .iter()
                .enumerate()
                .find_map(|(i, c)| Some((Segment::Index(i), walk(c, depth + 1, max)?))),
            _ => None,
        };
        found.map(|(segment, mut below)| {
            below.push(segment);
            below
        })
    }
    let segments = walk(value, 0, max_depth)?;
    let mut pointer = String::from("#");
    for segment in segments.iter().rev() {
        match segment {
            Segment::Key(k) => {
                pointer.push('/');
                pointer.push_str(&crate::diag::escape_segment(k));
            }
            Segment::Index(i) => pointer.push_str(&format!("/{i}")),
        }
    }
    Some(pointer)
}

enum Segment<'v> {
    Key(&'v str),
    Index(usize),
}

fn from_value(
    file: &str,
    value: serde_json::Value,
    max_depth: usize,
    again: impl Fn() -> Result<serde_json::Value, Error>,
) -> Result<OpenAPI, Error> {
    if let Some(pointer) = too_deep(&value, max_depth) {
        return Err(Error::new(
            file,
            format!(
                "{pointer}: nested more than {max_depth} levels deep (the Atlas spec nests 16); raise generate.max_depth in the settings to read it, knowing that a mistake that deep makes parsing slow"
            ),
        ));
    }
    // Plain deserialization (path tracking costs a third of the time); a
    // failure is read again with the path tracked, to say where.
    if let Ok(doc) = <OpenAPI as serde::Deserialize>::deserialize(value) {
        return Ok(doc);
    }
    let value = again()?;
    match serde_path_to_error::deserialize::<_, OpenAPI>(&value) {
        Ok(doc) => Ok(doc),
        Err(e) => {
            // openapiv3 reads `paths` through a custom map that loses the
            // path below it; find the failing path item ourselves.
            if e.path().to_string() == "paths" {
                if let Some(paths) = value.get("paths").and_then(|p| p.as_object()) {
                    for (path, item) in paths {
                        if path.starts_with("x-") {
                            continue;
                        }
                        if let Err(inner) =
                            serde_path_to_error::deserialize::<_, openapiv3::PathItem>(item)
                        {
                            let base = format!("#/paths/{}", crate::diag::escape_segment(path));
                            return Err(Error::new(
                                file,
                                format!(
                                    "{}: not a valid OpenAPI 3.0 document here: {}",
                                    pointer(&base, inner.path()),
                                    inner.inner()
                                ),
                            ));
                        }
                    }
                }
            }
            Err(located(file, e.path(), e.inner()))
        }
    }
}

fn pointer(base: &str, path: &serde_path_to_error::Path) -> String {
    let mut pointer = base.to_owned();
    for seg in path.iter() {
        use serde_path_to_error::Segment;
        let s = match seg {
            Segment::Seq { index } => index.to_string(),
            Segment::Map { key } => crate::diag::escape_segment(key),
            Segment::Enum { variant } => crate::diag::escape_segment(variant),
            Segment::Unknown => "?".to_owned(),
        };
        pointer.push('/');
        pointer.push_str(&s);
    }
    pointer
}

fn located(file: &str, path: &serde_path_to_error::Path, err: &dyn std::fmt::Display) -> Error {
    Error::new(
        file,
        format!(
            "{}: not a valid OpenAPI 3.0 document here: {err}",
            pointer("#", path)
        ),
    )
}

/// Checks the parsed document: an OpenAPI 3.0 version, and paths under
/// one root.
pub fn validate(doc: &OpenAPI, diags: &mut Diagnostics) {
    if !doc.openapi.starts_with("3.0") {
        diags.warn(
            "openapi-version",
            "#/openapi",
            format!("OpenAPI {} is not 3.0.x; reading it as 3.0", doc.openapi),
        );
    }
    if doc.paths.paths.is_empty() {
        diags.warn("no-paths", "#/paths", "the spec has no paths");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_yaml_names_the_file_and_position() {
        let err = parse("bad.yaml", "openapi: 3.0.1\ninfo: [unclosed\n").unwrap_err();
        assert_eq!(err.file, "bad.yaml");
        assert!(err.message.contains("malformed YAML"), "{err}");
        assert!(err.message.contains("line"), "{err}");
    }

    #[test]
    fn wrong_shape_names_the_pointer() {
        let text = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: 7\n";
        let err = parse("shape.yaml", text).unwrap_err();
        assert!(err.message.contains("#/paths/~1a/get/responses"), "{err}");
    }

    #[test]
    fn deep_nesting_is_refused_quickly_with_the_pointer() {
        let mut schema = serde_json::json!({"type": {"not": "a type"}});
        for _ in 0..30 {
            schema = serde_json::json!({"type": "array", "items": schema});
        }
        let doc = serde_json::json!({"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": {"Deep": schema}}});
        let err = parse("deep.json", &doc.to_string()).unwrap_err();
        assert!(
            err.message
                .contains("#/components/schemas/Deep/items/items"),
            "{err}"
        );
        assert!(err.message.contains("nested more than 20 levels"), "{err}");
        // Raised, it parses (and fails on the mistake, with its pointer).
        let mut schema = serde_json::json!({"type": "string"});
        for _ in 0..30 {
            schema = serde_json::json!({"type": "array", "items": schema});
        }
        let doc = serde_json::json!({"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": {"Deep": schema}}});
        assert!(parse_within("deep.json", &doc.to_string(), 40).is_ok());
    }

    #[test]
    fn json_is_accepted() {
        let doc = parse(
            "a.json",
            r#"{"openapi":"3.0.1","info":{"title":"t","version":"1"},"paths":{}}"#,
        )
        .unwrap();
        assert_eq!(doc.info.title, "t");
        assert!(parse("e.json", "  ").is_err());
    }
}
