//! Checking an input against the model's constraint traits (`@required`,
//! `@length`, `@range`, `@pattern`), collecting every failure so one response
//! names them all. Messages follow the Smithy framework's wording and never
//! include a member's value (it may be a secret), only its length.

use super::{FrameworkError, ValidationField};
use std::sync::OnceLock;

/// The failures found so far.
#[derive(Debug, Default)]
pub struct Validation {
    fields: Vec<ValidationField>,
}

impl Validation {
    /// Starts with no failures.
    pub fn new() -> Self {
        Self::default()
    }

    fn fail(&mut self, path: &str, message: String) {
        self.fields.push(ValidationField {
            path: path.to_owned(),
            message,
        });
    }

    /// A required member at `path` must be present (an explicit `null` is absent).
    pub fn required(&mut self, path: &str, present: bool) {
        if !present {
            self.fail(
                path,
                format!("Value at '{path}' failed to satisfy constraint: Member must not be null"),
            );
        }
    }

    /// `@length`: the member at `path` has `length` characters, items or bytes.
    pub fn length(&mut self, path: &str, length: usize, min: Option<u64>, max: Option<u64>) {
        let length_u64 = length as u64;
        if min.is_some_and(|min| length_u64 < min) || max.is_some_and(|max| length_u64 > max) {
            let rule = bounds_rule("have length", min, max);
            self.fail(
                path,
                format!(
                    "Value with length {length} at '{path}' failed to satisfy constraint: Member must {rule}"
                ),
            );
        }
    }

    /// `@range`: the number at `path` lies within the bounds.
    pub fn range(&mut self, path: &str, value: f64, min: Option<f64>, max: Option<f64>) {
        if min.is_some_and(|min| value < min) || max.is_some_and(|max| value > max) {
            let rule = bounds_rule("be", min, max);
            self.fail(
                path,
                format!("Value at '{path}' failed to satisfy constraint: Member must {rule}"),
            );
        }
    }

    /// `@pattern`: the text at `path` matches `pattern` somewhere (Smithy
    /// patterns are not implicitly anchored).
    pub fn pattern(&mut self, path: &str, text: &str, pattern: &Pattern) {
        if !pattern.is_match(text) {
            self.fail(
                path,
                format!(
                    "Value at '{path}' failed to satisfy constraint: Member must satisfy regular expression pattern: {}",
                    pattern.source
                ),
            );
        }
    }

    /// `@uniqueItems`: no two items of the list at `path` are equal, compared
    /// by their JSON form (which is how they arrived).
    pub fn unique_items<T: crate::json::SerializeJson>(&mut self, path: &str, items: &[T]) {
        let mut seen: std::collections::HashMap<String, usize> =
            std::collections::HashMap::with_capacity(items.len());
        let mut repeated = std::collections::BTreeSet::new();
        for (index, item) in items.iter().enumerate() {
            let text = crate::json::to_string(item);
            if let Some(first) = seen.get(&text) {
                repeated.insert(*first);
                repeated.insert(index);
            } else {
                seen.insert(text, index);
            }
        }
        if !repeated.is_empty() {
            let indexes: Vec<String> = repeated.iter().map(usize::to_string).collect();
            self.fail(
                path,
                format!(
                    "Value with repeated values at indexes [{}] at '{path}' failed to satisfy constraint: Member must have unique values",
                    indexes.join(", ")
                ),
            );
        }
    }

    /// An enum member at `path` holds a value the model does not list.
    pub fn enum_value(&mut self, path: &str, allowed: &[&str]) {
        self.fail(
            path,
            format!(
                "Value at '{path}' failed to satisfy constraint: Member must satisfy enum value set: [{}]",
                allowed.join(", ")
            ),
        );
    }

    /// `Ok` when nothing failed, else a [`FrameworkError::Validation`] listing every failure.
    pub fn finish(self) -> Result<(), FrameworkError> {
        if self.fields.is_empty() {
            Ok(())
        } else {
            Err(FrameworkError::Validation(self.fields))
        }
    }
}

fn bounds_rule<T: std::fmt::Display>(verb: &str, min: Option<T>, max: Option<T>) -> String {
    match (min, max) {
        (Some(min), Some(max)) => format!("{verb} between {min} and {max}, inclusive"),
        (Some(min), None) => format!("{verb} greater than or equal to {min}"),
        (None, Some(max)) => format!("{verb} less than or equal to {max}"),
        (None, None) => format!("{verb} anything"),
    }
}

/// A `@pattern` regular expression, compiled on first use and kept in a `static`.
#[derive(Debug)]
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Result<regex::Regex, String>>,
}

impl Pattern {
    /// The pattern `source`, not yet compiled.
    pub const fn new(source: &'static str) -> Self {
        Self {
            source,
            compiled: OnceLock::new(),
        }
    }

    /// The pattern as written in the model.
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// Compiles the pattern, or says why it cannot be (Smithy patterns are
    /// ECMA-262; look-around and back-references have no equivalent here).
    pub fn compile(&self) -> Result<&regex::Regex, &str> {
        self.compiled
            .get_or_init(|| regex::Regex::new(self.source).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(String::as_str)
    }

    /// Whether `text` matches. A pattern this engine cannot compile matches
    /// everything, so a model feature we lack never refuses valid input; the
    /// emitted tests check every pattern of the model compiles.
    pub fn is_match(&self, text: &str) -> bool {
        self.compile().map_or(true, |regex| regex.is_match(text))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn repeated_items_are_named_by_index() {
        let mut validation = Validation::new();
        validation.unique_items("/tags", &["a".to_owned(), "b".to_owned(), "a".to_owned()]);
        validation.unique_items("/ok", &[1, 2, 3]);
        validation.unique_items("/floats", &[1.5f64, 2.0, 1.5, 2.0]);
        let Err(FrameworkError::Validation(fields)) = validation.finish() else {
            panic!("repeated items fail");
        };
        assert_eq!(fields.len(), 2, "{fields:?}");
        assert_eq!(fields[0].path, "/tags");
        assert!(
            fields[0].message.contains("at indexes [0, 2]"),
            "{}",
            fields[0].message
        );
        assert!(
            fields[1].message.contains("at indexes [0, 1, 2, 3]"),
            "{}",
            fields[1].message
        );
    }

    use super::*;

    static NAME: Pattern = Pattern::new("^[a-z][a-z0-9-]*$");

    #[test]
    fn every_failure_is_listed_with_its_path() {
        let mut v = Validation::new();
        v.required("/clientName", false);
        v.required("/clientType", true);
        v.length("/scopes", 0, Some(1), None);
        v.length("/name", 3, Some(1), Some(10));
        v.range("/interval", 0.0, Some(1.0), Some(60.0));
        v.pattern("/id", "9lives", &NAME);
        v.pattern("/id2", "ok-name", &NAME);
        let Err(FrameworkError::Validation(fields)) = v.finish() else {
            panic!("expected failures")
        };
        let paths: Vec<&str> = fields.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["/clientName", "/scopes", "/interval", "/id"]);
        assert_eq!(
            fields[1].message,
            "Value with length 0 at '/scopes' failed to satisfy constraint: Member must have length greater than or equal to 1"
        );
        assert_eq!(
            fields[2].message,
            "Value at '/interval' failed to satisfy constraint: Member must be between 1 and 60, inclusive"
        );
        assert!(
            !fields[3].message.contains("9lives"),
            "values stay out of messages"
        );
    }

    #[test]
    fn nothing_failed_is_ok() {
        let mut v = Validation::new();
        v.length("/a", 5, None, Some(5));
        v.range("/b", -1.5, Some(-2.0), None);
        assert_eq!(v.finish(), Ok(()));
    }

    #[test]
    fn patterns_this_engine_lacks_say_why() {
        let lookahead = Pattern::new("^(?=a)a$");
        assert!(lookahead.compile().is_err());
        assert!(lookahead.is_match("anything"));
        assert_eq!(NAME.source(), "^[a-z][a-z0-9-]*$");
    }
}
