//! Smithy shape ids: `namespace#Name`, optionally with a `$member` suffix.

use std::fmt;

/// The id of a top-level shape (`com.amazonaws.ssooidc#CreateToken`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ShapeId {
    namespace: String,
    name: String,
}

/// The namespace of Smithy's built-in (prelude) shapes and traits.
pub const PRELUDE_NAMESPACE: &str = "smithy.api";

impl ShapeId {
    /// Parses an absolute shape id; `None` when it has no `#` or an empty part.
    /// A `$member` suffix is not allowed here: members are addressed through their shape.
    pub fn parse(text: &str) -> Option<Self> {
        let (namespace, name) = text.split_once('#')?;
        if namespace.is_empty() || name.is_empty() || name.contains('$') || name.contains('#') {
            return None;
        }
        Some(Self {
            namespace: namespace.to_owned(),
            name: name.to_owned(),
        })
    }

    /// A prelude shape id such as `smithy.api#String`.
    pub fn prelude(name: &str) -> Self {
        Self {
            namespace: PRELUDE_NAMESPACE.to_owned(),
            name: name.to_owned(),
        }
    }

    /// The namespace before the `#`.
    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// The shape's own name after the `#`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether this id belongs to Smithy's prelude.
    pub fn is_prelude(&self) -> bool {
        self.namespace == PRELUDE_NAMESPACE
    }

    /// The id of one of this shape's members, for messages.
    pub fn member(&self, member: &str) -> String {
        format!("{self}${member}")
    }
}

impl fmt::Display for ShapeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.namespace, self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_absolute_ids_and_rejects_the_rest() {
        let id = ShapeId::parse("com.example#Foo").expect("valid id");
        assert_eq!(id.namespace(), "com.example");
        assert_eq!(id.name(), "Foo");
        assert_eq!(id.to_string(), "com.example#Foo");
        assert_eq!(id.member("bar"), "com.example#Foo$bar");
        for bad in ["Foo", "#Foo", "com.example#", "a#b$c", "a#b#c"] {
            assert_eq!(ShapeId::parse(bad), None, "{bad}");
        }
        assert!(ShapeId::prelude("String").is_prelude());
    }
}
