// @generated from tests/fixtures/waiters.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `TableStatus` enum.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(from = "String", into = "String")
)]
pub enum TableStatus {
    /// The value `CREATING`.
    Creating,
    /// The value `ACTIVE`.
    Active,
    /// The value `FAILED`.
    Failed,
    /// A value this version of the crate does not know.
    ///
    /// Read it with [`as_str`](Self::as_str). Do not match on its content: a later
    /// version may turn it into a named variant, and such a match would silently stop
    /// matching.
    Unknown(crate::primitives::UnknownVariantValue),
}
impl TableStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Active => "ACTIVE",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every value the model lists, in model order.
    pub const fn values() -> &'static [&'static str] {
        &["CREATING", "ACTIVE", "FAILED"]
    }
}
impl From<&str> for TableStatus {
    fn from(value: &str) -> Self {
        match value {
            "CREATING" => Self::Creating,
            "ACTIVE" => Self::Active,
            "FAILED" => Self::Failed,
            other => Self::Unknown(crate::primitives::UnknownVariantValue::new(other)),
        }
    }
}
impl From<String> for TableStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl From<TableStatus> for String {
    fn from(value: TableStatus) -> Self {
        value.as_str().to_owned()
    }
}
impl std::str::FromStr for TableStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl AsRef<str> for TableStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl std::fmt::Display for TableStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl json::SerializeJson for TableStatus {
    fn write_json(&self, out: &mut String) {
        json::write_string(out, self.as_str());
    }
}
impl json::DeserializeJson for TableStatus {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        reader.read_str(path).map(|value| Self::from(value.as_ref()))
    }
}
