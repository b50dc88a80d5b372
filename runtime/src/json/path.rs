//! Where in a JSON document a value sits, for error messages.

use std::fmt;

/// A path from the document root to a value (`$.scopes[2]`), built on the
/// stack while descending so that reading costs no allocation.
#[derive(Clone, Copy, Debug)]
pub enum JsonPath<'a> {
    /// The document itself.
    Root,
    /// A member of an object.
    Key(&'a JsonPath<'a>, &'a str),
    /// An element of an array.
    Index(&'a JsonPath<'a>, usize),
}

impl<'a> JsonPath<'a> {
    /// The path of `key` inside the object at this path.
    pub fn key(&'a self, key: &'a str) -> JsonPath<'a> {
        JsonPath::Key(self, key)
    }

    /// The path of element `index` inside the array at this path.
    pub fn index(&'a self, index: usize) -> JsonPath<'a> {
        JsonPath::Index(self, index)
    }
}

impl fmt::Display for JsonPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonPath::Root => f.write_str("$"),
            JsonPath::Index(parent, index) => write!(f, "{parent}[{index}]"),
            JsonPath::Key(parent, key) => {
                let plain = key
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                    && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if plain {
                    write!(f, "{parent}.{key}")
                } else {
                    write!(f, "{parent}[{}]", serde_json::Value::from(*key))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_paths() {
        let root = JsonPath::Root;
        assert_eq!(root.to_string(), "$");
        let scopes = root.key("scopes");
        assert_eq!(scopes.index(2).to_string(), "$.scopes[2]");
        let tags = root.key("tags");
        assert_eq!(
            tags.key("odd \"key\"").to_string(),
            r#"$.tags["odd \"key\""]"#
        );
    }
}
