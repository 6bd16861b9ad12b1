//! Reading a plan from JSON, upgrading older schema versions on the way in.

use super::Plan;
use serde_json::Value;
use std::fmt;

/// The current schema version written into every plan.
pub const SCHEMA: &str = "kehoach/1";

/// Why a JSON text could not become a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrationError {
    /// Not JSON at all; line and column are 1-based.
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// The text ends in the middle of a value (a truncated file).
    Truncated { line: usize },
    /// JSON, but not a plan object.
    NotAPlan,
    /// A schema newer than this version understands.
    FutureSchema(String),
    /// A schema string that is not a kehoach schema.
    UnknownSchema(String),
    /// A field holds the wrong type.
    Shape { detail: String },
}

impl MigrationError {
    /// The message in Vietnamese.
    pub fn message_vi(&self) -> String {
        match self {
            Self::Syntax { line, column, .. } => {
                format!("Tệp JSON bị lỗi cú pháp tại dòng {line}, cột {column}.")
            }
            Self::Truncated { line } => {
                format!("Tệp JSON kết thúc giữa chừng (dòng {line}): tệp có thể bị cắt cụt.")
            }
            Self::NotAPlan => "Tệp JSON không phải là một kế hoạch (cần một đối tượng).".into(),
            Self::FutureSchema(s) => format!(
                "Kế hoạch dùng phiên bản lược đồ mới hơn ({s}); hãy cập nhật kehoach để mở."
            ),
            Self::UnknownSchema(s) => format!("Lược đồ \"{s}\" không phải của kehoach."),
            Self::Shape { detail } => format!("Dữ liệu kế hoạch sai kiểu: {detail}"),
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            Self::Syntax {
                line,
                column,
                detail,
            } => {
                format!("JSON syntax error at line {line}, column {column}: {detail}")
            }
            Self::Truncated { line } => {
                format!(
                    "The JSON text ends in the middle (line {line}): the file may be truncated."
                )
            }
            Self::NotAPlan => "The JSON file is not a plan (an object is expected).".into(),
            Self::FutureSchema(s) => {
                format!("The plan uses a newer schema ({s}); update kehoach to open it.")
            }
            Self::UnknownSchema(s) => format!("\"{s}\" is not a kehoach schema."),
            Self::Shape { detail } => format!("The plan data has a wrong type: {detail}"),
        }
    }
}

impl fmt::Display for MigrationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_en())
    }
}

impl std::error::Error for MigrationError {}

/// Parses a plan from JSON text, migrating older schema versions.
///
/// The text is read straight into the model (no intermediate JSON tree): one
/// deserializer for every model type keeps the WebAssembly module small.
pub fn from_json(text: &str) -> Result<Plan, MigrationError> {
    let header: Header = serde_json::from_str(text).map_err(|e| read_error(text, &e))?;
    let schema = header.schema.unwrap_or_else(|| SCHEMA.to_string());
    let version = schema_version(&schema)?;
    if version > current_version() {
        return Err(MigrationError::FutureSchema(schema));
    }
    let text = upgrade(text, version)?;
    let mut plan: Plan = serde_json::from_str(&text).map_err(|e| read_error(&text, &e))?;
    plan.schema = SCHEMA.to_string();
    Ok(plan)
}

/// Converts a JSON value into a plan, migrating older schema versions.
pub fn from_value(value: Value) -> Result<Plan, MigrationError> {
    from_json(&value.to_string())
}

/// The part of a plan read before the rest: which schema it follows.
#[derive(serde::Deserialize)]
struct Header {
    schema: Option<String>,
}

/// Rewrites a plan of an older schema version into the current one. Version 1
/// is the first: each later version adds its step here.
fn upgrade(text: &str, _version: u32) -> Result<std::borrow::Cow<'_, str>, MigrationError> {
    Ok(std::borrow::Cow::Borrowed(text))
}

fn read_error(text: &str, e: &serde_json::Error) -> MigrationError {
    if e.is_eof() {
        MigrationError::Truncated { line: e.line() }
    } else if e.is_syntax() {
        MigrationError::Syntax {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        }
    } else if !text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\n', '\r'])
        .starts_with('{')
    {
        MigrationError::NotAPlan
    } else {
        MigrationError::Shape {
            detail: e.to_string(),
        }
    }
}

fn current_version() -> u32 {
    schema_version(SCHEMA).unwrap_or(1)
}

fn schema_version(schema: &str) -> Result<u32, MigrationError> {
    schema
        .strip_prefix("kehoach/")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| MigrationError::UnknownSchema(schema.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_schema_is_current() {
        let plan = from_json(r#"{"title":"x"}"#).unwrap();
        assert_eq!(plan.schema, SCHEMA);
        assert_eq!(plan.title, "x");
    }

    #[test]
    fn future_schema_is_refused() {
        let err = from_json(r#"{"schema":"kehoach/9"}"#).unwrap_err();
        assert_eq!(err, MigrationError::FutureSchema("kehoach/9".into()));
    }

    #[test]
    fn truncated_json_reports_position() {
        assert_eq!(
            from_json("{\n  \"title\": \"x").unwrap_err(),
            MigrationError::Truncated { line: 2 }
        );
        match from_json("{\"title\" \"x\"}").unwrap_err() {
            MigrationError::Syntax { line, column, .. } => assert_eq!((line, column), (1, 10)),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn wrong_types_are_reported() {
        let err = from_json(r#"{"sections": 3}"#).unwrap_err();
        assert!(matches!(err, MigrationError::Shape { .. }));
        assert!(from_json("[]").is_err());
    }
}
