// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// Why a request was invalid.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(from = "String", into = "String")
)]
pub enum InvalidRequestExceptionReason {
    /// The KMS key could not be found.
    KmsKeyNotFound,
    /// The KMS key is not usable for this kind of operation.
    KmsInvalidKeyUsage,
    /// The KMS key is in a state that does not allow its use.
    KmsInvalidState,
    /// The KMS key is disabled.
    KmsDisabledKey,
    /// A value this version of the crate does not know.
    ///
    /// Read it with [`as_str`](Self::as_str). Do not match on its content: a later
    /// version may turn it into a named variant, and such a match would silently stop
    /// matching.
    Unknown(crate::primitives::UnknownVariantValue),
}
impl InvalidRequestExceptionReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KmsKeyNotFound => "KMS_NotFoundException",
            Self::KmsInvalidKeyUsage => "KMS_InvalidKeyUsageException",
            Self::KmsInvalidState => "KMS_InvalidStateException",
            Self::KmsDisabledKey => "KMS_DisabledException",
            Self::Unknown(value) => value.as_str(),
        }
    }
    /// Every value the model lists, in model order.
    pub const fn values() -> &'static [&'static str] {
        &[
            "KMS_NotFoundException",
            "KMS_InvalidKeyUsageException",
            "KMS_InvalidStateException",
            "KMS_DisabledException",
        ]
    }
}
impl From<&str> for InvalidRequestExceptionReason {
    fn from(value: &str) -> Self {
        match value {
            "KMS_NotFoundException" => Self::KmsKeyNotFound,
            "KMS_InvalidKeyUsageException" => Self::KmsInvalidKeyUsage,
            "KMS_InvalidStateException" => Self::KmsInvalidState,
            "KMS_DisabledException" => Self::KmsDisabledKey,
            other => Self::Unknown(crate::primitives::UnknownVariantValue::new(other)),
        }
    }
}
impl From<String> for InvalidRequestExceptionReason {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl From<InvalidRequestExceptionReason> for String {
    fn from(value: InvalidRequestExceptionReason) -> Self {
        value.as_str().to_owned()
    }
}
impl std::str::FromStr for InvalidRequestExceptionReason {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl AsRef<str> for InvalidRequestExceptionReason {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl std::fmt::Display for InvalidRequestExceptionReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl json::SerializeJson for InvalidRequestExceptionReason {
    fn write_json(&self, out: &mut String) {
        json::write_string(out, self.as_str());
    }
}
impl json::DeserializeJson for InvalidRequestExceptionReason {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        reader.read_str(path).map(|value| Self::from(value.as_ref()))
    }
}
