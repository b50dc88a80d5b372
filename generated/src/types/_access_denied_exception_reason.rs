// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// Why access was denied.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(from = "String", into = "String")
)]
pub enum AccessDeniedExceptionReason {
    /// The service could not use the KMS key that protects the instance's data.
    KmsAccessDenied,
    /// A value this version of the crate does not know.
    ///
    /// Read it with [`as_str`](Self::as_str). Do not match on its content: a later
    /// version may turn it into a named variant, and such a match would silently stop
    /// matching.
    Unknown(crate::primitives::UnknownVariantValue),
}
impl AccessDeniedExceptionReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KmsAccessDenied => "KMS_AccessDeniedException",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every value the model lists, in model order.
    pub const fn values() -> &'static [&'static str] {
        &["KMS_AccessDeniedException"]
    }
}
impl From<&str> for AccessDeniedExceptionReason {
    fn from(value: &str) -> Self {
        match value {
            "KMS_AccessDeniedException" => Self::KmsAccessDenied,
            other => Self::Unknown(crate::primitives::UnknownVariantValue::new(other)),
        }
    }
}
impl From<String> for AccessDeniedExceptionReason {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl From<AccessDeniedExceptionReason> for String {
    fn from(value: AccessDeniedExceptionReason) -> Self {
        value.as_str().to_owned()
    }
}
impl std::str::FromStr for AccessDeniedExceptionReason {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl AsRef<str> for AccessDeniedExceptionReason {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl std::fmt::Display for AccessDeniedExceptionReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl json::SerializeJson for AccessDeniedExceptionReason {
    fn write_json(&self, out: &mut String) {
        json::write_string(out, self.as_str());
    }
}
impl json::DeserializeJson for AccessDeniedExceptionReason {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        reader.read_str(path).map(|value| Self::from(value.as_ref()))
    }
}
