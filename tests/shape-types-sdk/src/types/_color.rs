// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// A color.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(from = "String", into = "String")
)]
pub enum Color {
    /// Red.
    Red,
    /// The value `dark-blue`.
    DarkBlue,
    /// A value this version of the crate does not know.
    ///
    /// Read it with [`as_str`](Self::as_str). Do not match on its content: a later
    /// version may turn it into a named variant, and such a match would silently stop
    /// matching.
    Unknown(crate::primitives::UnknownVariantValue),
}
impl Color {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::DarkBlue => "dark-blue",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every value the model lists, in model order.
    pub const fn values() -> &'static [&'static str] {
        &["red", "dark-blue"]
    }
}
impl From<&str> for Color {
    fn from(value: &str) -> Self {
        match value {
            "red" => Self::Red,
            "dark-blue" => Self::DarkBlue,
            other => Self::Unknown(crate::primitives::UnknownVariantValue::new(other)),
        }
    }
}
impl From<String> for Color {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl From<Color> for String {
    fn from(value: Color) -> Self {
        value.as_str().to_owned()
    }
}
impl std::str::FromStr for Color {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl AsRef<str> for Color {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl std::fmt::Display for Color {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl json::SerializeJson for Color {
    fn write_json(&self, out: &mut String) {
        json::write_string(out, self.as_str());
    }
}
impl json::DeserializeJson for Color {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        reader.read_str(path).map(|value| Self::from(value.as_ref()))
    }
}
