// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::error::ProvideErrorMetadata;
use sdk_runtime::json;
/// Everything `GetItem` can fail with: the errors the model lists, or an unhandled one.
#[non_exhaustive]
#[derive(Debug)]
pub enum GetItemError {
    /// Too many calls; try again.
    Throttled(crate::types::error::Throttled),
    /// An error the model does not describe: an unknown error code, or a response
    /// that could not be read as the error it claimed to be.
    Unhandled(crate::error::Unhandled),
}
impl GetItemError {
    /// Whether this is a [`Throttled`](crate::types::error::Throttled).
    pub fn is_throttled(&self) -> bool {
        matches!(self, Self::Throttled(_))
    }
    /// Whether this is an error the model does not describe.
    pub fn is_unhandled(&self) -> bool {
        matches!(self, Self::Unhandled(_))
    }
}
impl GetItemError {
    /// The error this value wraps; every trait below delegates to it.
    fn inner(&self) -> &(dyn sdk_runtime::error::ServiceError + 'static) {
        match self {
            Self::Throttled(inner) => inner,
            Self::Unhandled(inner) => inner,
        }
    }
}
impl GetItemError {
    /// The error's code and message, and the HTTP status and request id of the
    /// response it came in, as far as they are known.
    pub fn meta(&self) -> &sdk_runtime::error::ErrorMetadata {
        match self {
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
impl sdk_runtime::client::RequestId for GetItemError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}
impl std::fmt::Display for GetItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.inner(), f)
    }
}
impl std::error::Error for GetItemError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner().source()
    }
}
impl ProvideErrorMetadata for GetItemError {
    fn code(&self) -> Option<&str> {
        self.inner().code()
    }
    fn message(&self) -> Option<&str> {
        self.inner().message()
    }
}
impl GetItemError {
    /// Reads an error response: the modeled error its code names, else `Unhandled`.
    pub(crate) fn from_response(raw: &sdk_runtime::client::RawResponse) -> Self {
        let code = sdk_runtime::client::error_code(raw);
        let parsed = match code.as_deref() {
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
impl sdk_runtime::client::CreateUnhandledError for GetItemError {
    fn create_unhandled_error(unhandled: crate::error::Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}
