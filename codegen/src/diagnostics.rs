//! Problems found in a model, collected rather than stopping at the first.
//!
//! Every stage reports into a [`Diagnostics`] list so that a user fixing a broken
//! model sees every problem in one run, each naming the shape it is about.

use std::fmt;

/// One problem with a model, tied to the shape (or member) it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The shape id (`namespace#Name` or `namespace#Name$member`), when there is one.
    pub shape: Option<String>,
    /// What is wrong, and where possible how to fix it.
    pub message: String,
    /// Whether the model is valid but uses something the generator does not
    /// implement yet (a protocol), rather than being broken.
    pub unsupported: bool,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.shape {
            Some(shape) => write!(f, "{shape}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Every problem found while generating; generation fails when there is at least one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records a problem about `shape`.
    pub fn error(&mut self, shape: impl fmt::Display, message: impl Into<String>) {
        self.items.push(Diagnostic {
            shape: Some(shape.to_string()),
            message: message.into(),
            unsupported: false,
        });
    }

    /// Records that `shape` uses what the generator does not implement yet:
    /// refused with a reason, never emitted wrong.
    pub fn unsupported(&mut self, shape: impl fmt::Display, message: impl Into<String>) {
        self.items.push(Diagnostic {
            shape: Some(shape.to_string()),
            message: message.into(),
            unsupported: true,
        });
    }

    /// Whether every problem is something not implemented yet (the model itself is fine).
    pub fn only_unsupported(&self) -> bool {
        !self.items.is_empty() && self.items.iter().all(|d| d.unsupported)
    }

    /// Records a problem that concerns the whole model.
    pub fn model_error(&mut self, message: impl Into<String>) {
        self.items.push(Diagnostic {
            shape: None,
            message: message.into(),
            unsupported: false,
        });
    }

    /// The problems recorded so far.
    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    /// `Ok(value)` when nothing was recorded, otherwise the collected problems.
    pub fn into_result<T>(self, value: T) -> Result<T, Diagnostics> {
        if self.items.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.items.len();
        writeln!(
            f,
            "the model has {count} problem{}:",
            if count == 1 { "" } else { "s" }
        )?;
        for item in &self.items {
            writeln!(f, "  - {item}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}
