//! Loading: YAML or JSON text → `openapiv3::OpenAPI`, with parse errors that
//! name the file and where in it the problem is, then structural checks
//! openapiv3 does not make.

use crate::diag::{Diagnostics, Error};
use openapiv3::OpenAPI;

/// Parses the spec. JSON is recognised by its first non-blank character.
pub fn parse(file: &str, text: &str) -> Result<OpenAPI, Error> {
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(Error::new(file, "the spec is empty"));
    }
    if trimmed.starts_with('{') {
        let de = &mut serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(de).map_err(|e| located(file, e.path(), e.inner()))
    } else {
        // Parse to a generic value first so YAML syntax errors (with line and
        // column) are told apart from schema-shape errors (with a path).
        let value: serde_json::Value =
            yaml_serde::from_str(text).map_err(|e| Error::new(file, format!("malformed YAML: {e}")))?;
        serde_path_to_error::deserialize(value).map_err(|e| located(file, e.path(), e.inner()))
    }
}

fn located(file: &str, path: &serde_path_to_error::Path, err: &dyn std::fmt::Display) -> Error {
    let mut pointer = String::from("#");
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
    Error::new(file, format!("{pointer}: not a valid OpenAPI 3.0 document here: {err}"))
}

/// Checks the parsed document: an OpenAPI 3.0 version, and paths under
/// one root.
pub fn validate(doc: &OpenAPI, diags: &mut Diagnostics) {
    if !doc.openapi.starts_with("3.0") {
        diags.warn("openapi-version", "#/openapi", format!("OpenAPI {} is not 3.0.x; reading it as 3.0", doc.openapi));
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
    fn json_is_accepted() {
        let doc = parse("a.json", r#"{"openapi":"3.0.1","info":{"title":"t","version":"1"},"paths":{}}"#).unwrap();
        assert_eq!(doc.info.title, "t");
        assert!(parse("e.json", "  ").is_err());
    }
}
