// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::error::ProvideErrorMetadata;
use sdk_runtime::json;
/// Everything `PutItem` can fail with: the errors the model lists, or an unhandled one.
#[non_exhaustive]
#[derive(Debug)]
pub enum PutItemError {
    /// The stored item's version is not the one expected.
    ItemConflict(crate::types::error::ItemConflict),
    /// Too many calls; try again.
    Throttled(crate::types::error::Throttled),
    /// An error the model does not describe: an unknown error code, or a response
    /// that could not be read as the error it claimed to be.
    Unhandled(crate::error::Unhandled),
}
impl PutItemError {
    /// Whether this is a [`ItemConflict`](crate::types::error::ItemConflict).
    pub fn is_item_conflict(&self) -> bool {
        matches!(self, Self::ItemConflict(_))
    }
    /// Whether this is a [`Throttled`](crate::types::error::Throttled).
    pub fn is_throttled(&self) -> bool {
        matches!(self, Self::Throttled(_))
    }
    /// Whether this is an error the model does not describe.
    pub fn is_unhandled(&self) -> bool {
        matches!(self, Self::Unhandled(_))
    }
}
impl PutItemError {
    /// The error this value wraps; every trait below delegates to it.
    fn inner(&self) -> &(dyn sdk_runtime::error::ServiceError + 'static) {
        match self {
            Self::ItemConflict(inner) => inner,
            Self::Throttled(inner) => inner,
            Self::Unhandled(inner) => inner,
        }
    }
}
impl PutItemError {
    /// The error's code and message, and the HTTP status and request id of the
    /// response it came in, as far as they are known.
    pub fn meta(&self) -> &sdk_runtime::error::ErrorMetadata {
        match self {
            Self::ItemConflict(inner) => inner.meta(),
            Self::Throttled(inner) => inner.meta(),
            Self::Unhandled(inner) => inner.meta(),
        }
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the error came in a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}
impl sdk_runtime::client::RequestId for PutItemError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}
impl std::fmt::Display for PutItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.inner(), f)
    }
}
impl std::error::Error for PutItemError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner().source()
    }
}
impl ProvideErrorMetadata for PutItemError {
    fn code(&self) -> Option<&str> {
        self.inner().code()
    }
    fn message(&self) -> Option<&str> {
        self.inner().message()
    }
}
impl PutItemError {
    /// Reads an error response: the modeled error its code names, else `Unhandled`.
    pub(crate) fn from_response(raw: &sdk_runtime::client::RawResponse) -> Self {
        let code = sdk_runtime::client::error_code(raw);
        let parsed = match code.as_deref() {
            Some("ItemConflict") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::ItemConflict| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::ItemConflict(error)
                    })
            }
            Some("Throttled") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::Throttled| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::Throttled(error)
                    })
            }
            _ => return Self::Unhandled(sdk_runtime::client::unhandled(raw)),
        };
        parsed
            .unwrap_or_else(|error| Self::Unhandled(
                sdk_runtime::client::unhandled(raw).with_source(error),
            ))
    }
}
impl sdk_runtime::client::CreateUnhandledError for PutItemError {
    fn create_unhandled_error(unhandled: crate::error::Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}
