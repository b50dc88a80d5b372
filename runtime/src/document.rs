//! Smithy `document`: untyped JSON-like data.

use std::collections::HashMap;

/// Untyped data whose shape the model does not fix.
#[derive(Clone, Debug, PartialEq)]
pub enum Document {
    /// A map from strings to documents.
    Object(HashMap<String, Document>),
    /// A list of documents.
    Array(Vec<Document>),
    /// A number.
    Number(Number),
    /// A string.
    String(String),
    /// A boolean.
    Bool(bool),
    /// Nothing.
    Null,
}

/// A number in a [`Document`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// A non-negative whole number.
    PosInt(u64),
    /// A negative whole number.
    NegInt(i64),
    /// A floating-point number.
    Float(f64),
}

impl Number {
    /// The number as a float (whole numbers may round).
    pub fn as_f64(self) -> f64 {
        match self {
            Number::PosInt(v) => v as f64,
            Number::NegInt(v) => v as f64,
            Number::Float(v) => v,
        }
    }

    /// The number as an `i64`, when it is a whole number in range.
    pub fn as_i64(self) -> Option<i64> {
        match self {
            Number::PosInt(v) => i64::try_from(v).ok(),
            Number::NegInt(v) => Some(v),
            Number::Float(_) => None,
        }
    }

    /// The number as a `u64`, when it is a non-negative whole number.
    pub fn as_u64(self) -> Option<u64> {
        match self {
            Number::PosInt(v) => Some(v),
            Number::NegInt(v) => u64::try_from(v).ok(),
            Number::Float(_) => None,
        }
    }
}

impl From<bool> for Document {
    fn from(value: bool) -> Self {
        Document::Bool(value)
    }
}

impl From<String> for Document {
    fn from(value: String) -> Self {
        Document::String(value)
    }
}

impl From<&str> for Document {
    fn from(value: &str) -> Self {
        Document::String(value.to_owned())
    }
}

impl From<i64> for Document {
    fn from(value: i64) -> Self {
        Document::Number(if value < 0 {
            Number::NegInt(value)
        } else {
            Number::PosInt(value as u64)
        })
    }
}

impl From<u64> for Document {
    fn from(value: u64) -> Self {
        Document::Number(Number::PosInt(value))
    }
}

impl From<f64> for Document {
    fn from(value: f64) -> Self {
        Document::Number(Number::Float(value))
    }
}

impl From<Vec<Document>> for Document {
    fn from(value: Vec<Document>) -> Self {
        Document::Array(value)
    }
}

impl From<HashMap<String, Document>> for Document {
    fn from(value: HashMap<String, Document>) -> Self {
        Document::Object(value)
    }
}

impl From<&serde_json::Value> for Document {
    fn from(value: &serde_json::Value) -> Self {
        use serde_json::Value;
        match value {
            Value::Null => Document::Null,
            Value::Bool(b) => Document::Bool(*b),
            Value::Number(n) => Document::Number(match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => Number::PosInt(u),
                (None, Some(i)) => Number::NegInt(i),
                _ => Number::Float(n.as_f64().unwrap_or(f64::NAN)),
            }),
            Value::String(s) => Document::String(s.clone()),
            Value::Array(items) => Document::Array(items.iter().map(Document::from).collect()),
            Value::Object(map) => Document::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), Document::from(v)))
                    .collect(),
            ),
        }
    }
}

impl From<&Document> for serde_json::Value {
    fn from(value: &Document) -> Self {
        use serde_json::Value;
        match value {
            Document::Null => Value::Null,
            Document::Bool(b) => Value::Bool(*b),
            Document::Number(Number::PosInt(u)) => Value::from(*u),
            Document::Number(Number::NegInt(i)) => Value::from(*i),
            // JSON has no NaN or infinity; they become null.
            Document::Number(Number::Float(f)) => {
                serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number)
            }
            Document::String(s) => Value::String(s.clone()),
            Document::Array(items) => Value::Array(items.iter().map(Value::from).collect()),
            Document::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), Value::from(v)))
                    .collect(),
            ),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Document {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde_json::Value::from(self).serialize(serializer)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Document {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Ok(Document::from(&value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_to_and_from_json_values() {
        let value = serde_json::json!({"a": [1, -2, 2.5, "x", true, null]});
        let document = Document::from(&value);
        assert_eq!(serde_json::Value::from(&document), value);
        assert_eq!(Number::NegInt(-2).as_i64(), Some(-2));
        assert_eq!(Number::PosInt(3).as_f64(), 3.0);
        assert_eq!(
            serde_json::Value::from(&Document::from(f64::NAN)),
            serde_json::Value::Null
        );
    }
}
