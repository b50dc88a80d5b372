//! Smithy `blob`: bytes, written as base64 in JSON.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use std::fmt;

/// Binary data.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Blob {
    inner: Vec<u8>,
}

/// Text that is not valid base64.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobDecodeError {
    message: String,
}

impl fmt::Display for BlobDecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid base64: {}", self.message)
    }
}

impl std::error::Error for BlobDecodeError {}

impl Blob {
    /// Wraps `bytes`.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Self {
            inner: bytes.into(),
        }
    }

    /// The bytes.
    pub fn into_inner(self) -> Vec<u8> {
        self.inner
    }

    /// Standard base64 with padding, as the JSON protocols send blobs.
    pub fn to_base64(&self) -> String {
        STANDARD.encode(&self.inner)
    }

    /// Decodes standard base64.
    pub fn from_base64(text: &str) -> Result<Self, BlobDecodeError> {
        STANDARD
            .decode(text)
            .map(Self::new)
            .map_err(|e| BlobDecodeError {
                message: e.to_string(),
            })
    }
}

impl AsRef<[u8]> for Blob {
    fn as_ref(&self) -> &[u8] {
        &self.inner
    }
}

impl From<Vec<u8>> for Blob {
    fn from(bytes: Vec<u8>) -> Self {
        Self::new(bytes)
    }
}

impl From<&[u8]> for Blob {
    fn from(bytes: &[u8]) -> Self {
        Self::new(bytes)
    }
}

impl From<&str> for Blob {
    fn from(text: &str) -> Self {
        Self::new(text.as_bytes())
    }
}

/// Prints the length only: blobs can be large, and can hold secrets.
impl fmt::Debug for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob({} bytes)", self.inner.len())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Blob {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_base64())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Blob {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Self::from_base64(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip_and_errors() {
        let blob = Blob::from("hello");
        assert_eq!(blob.to_base64(), "aGVsbG8=");
        assert_eq!(Blob::from_base64("aGVsbG8="), Ok(blob.clone()));
        assert!(Blob::from_base64("not base64!").is_err());
        assert_eq!(format!("{blob:?}"), "Blob(5 bytes)");
        assert_eq!(blob.into_inner(), b"hello");
    }
}
