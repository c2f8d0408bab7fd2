//! Diagnostics: every problem the generator finds names the file, the JSON
//! pointer into it and what is wrong. Errors stop generation; warnings do not.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short stable code, used to count warnings by kind.
    pub code: &'static str,
    /// JSON pointer (`#/paths/~1api~1…/get/parameters/0`) into the spec.
    pub pointer: String,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(
            f,
            "{level}[{}]: {}: {}",
            self.code, self.pointer, self.message
        )
    }
}

/// Collects diagnostics in the order found; `sorted()` gives a stable order.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn warn(
        &mut self,
        code: &'static str,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.items.push(Diagnostic {
            severity: Severity::Warning,
            code,
            pointer: pointer.into(),
            message: message.into(),
        });
    }

    pub fn error(
        &mut self,
        code: &'static str,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.items.push(Diagnostic {
            severity: Severity::Error,
            code,
            pointer: pointer.into(),
            message: message.into(),
        });
    }

    /// Takes over what another collection found.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort();
        self.items.dedup();
        self.items
    }
}

/// Escapes one JSON pointer segment (RFC 6901).
pub fn escape_segment(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// Builds `base/segment` with the segment escaped.
pub fn join(base: &str, segment: &str) -> String {
    format!("{base}/{}", escape_segment(segment))
}

/// A fatal error: what went wrong and where (file, and for spec problems the
/// diagnostics that caused it).
#[derive(Debug)]
pub struct Error {
    pub file: String,
    pub message: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl Error {
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            message: message.into(),
            diagnostics: Vec::new(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)?;
        for d in &self.diagnostics {
            write!(f, "\n  {}: {d}", self.file)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
