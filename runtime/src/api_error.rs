use serde::{Deserialize, Serialize};

/// The error body Atlas returns with every 4xx and 5xx status
/// (`#/components/schemas/ApiError` in the spec).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiError {
    /// HTTP status code returned with this error.
    #[serde(default)]
    pub error: u16,
    /// Application error code, e.g. `VALIDATION_ERROR`, `RESOURCE_NOT_FOUND`.
    #[serde(default)]
    pub error_code: String,
    /// Describes the specific conditions or reasons that caused the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Application error message returned with this error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Parameters that give more information about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Vec<serde_json::Value>>,
    /// Per-field violations of a bad request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bad_request_detail: Option<BadRequestDetail>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BadRequestDetail {
    /// All violations in the request.
    #[serde(default)]
    pub fields: Vec<FieldViolation>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldViolation {
    /// Why the field is invalid.
    #[serde(default)]
    pub description: String,
    /// The field, as a path in the request.
    #[serde(default)]
    pub field: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_the_spec_example_and_field_violations() {
        let e: ApiError = serde_json::from_str(
            r#"{"error":400,"detail":"No provider AWS exists.","reason":"Bad Request","errorCode":"VALIDATION_ERROR",
                "badRequestDetail":{"fields":[{"description":"must not be null","field":"name"}]},"extra":1}"#,
        )
        .unwrap();
        assert_eq!(e.error, 400);
        assert_eq!(e.error_code, "VALIDATION_ERROR");
        assert_eq!(e.bad_request_detail.unwrap().fields[0].field, "name");
        let nulls: ApiError =
            serde_json::from_str(r#"{"error":404,"errorCode":"X","detail":null,"reason":null}"#)
                .unwrap();
        assert_eq!(nulls.detail, None);
    }
}
