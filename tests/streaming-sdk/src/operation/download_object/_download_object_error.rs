// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::error::ProvideErrorMetadata;
/// Everything `DownloadObject` can fail with: the errors the model lists, or an unhandled one.
#[non_exhaustive]
#[derive(Debug)]
pub enum DownloadObjectError {
    /// An error the model does not describe: an unknown error code, or a response
    /// that could not be read as the error it claimed to be.
    Unhandled(crate::error::Unhandled),
}
impl DownloadObjectError {
    /// Whether this is an error the model does not describe.
    pub fn is_unhandled(&self) -> bool {
        matches!(self, Self::Unhandled(_))
    }
}
impl DownloadObjectError {
    /// The error this value wraps; every trait below delegates to it.
    fn inner(&self) -> &(dyn sdk_runtime::error::ServiceError + 'static) {
        match self {
            Self::Unhandled(inner) => inner,
        }
    }
}
impl DownloadObjectError {
    /// The error's code and message, and the HTTP status and request id of the
    /// response it came in, as far as they are known.
    pub fn meta(&self) -> &sdk_runtime::error::ErrorMetadata {
        match self {
            Self::Unhandled(inner) => inner.meta(),
        }
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the error came in a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}
impl sdk_runtime::client::RequestId for DownloadObjectError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}
impl std::fmt::Display for DownloadObjectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.inner(), f)
    }
}
impl std::error::Error for DownloadObjectError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner().source()
    }
}
impl ProvideErrorMetadata for DownloadObjectError {
    fn code(&self) -> Option<&str> {
        self.inner().code()
    }
    fn message(&self) -> Option<&str> {
        self.inner().message()
    }
}
impl DownloadObjectError {
    /// Reads an error response: the modeled error its code names, else `Unhandled`.
    pub(crate) fn from_response(raw: &sdk_runtime::client::RawResponse) -> Self {
        Self::Unhandled(sdk_runtime::client::unhandled(raw))
    }
}
impl sdk_runtime::client::CreateUnhandledError for DownloadObjectError {
    fn create_unhandled_error(unhandled: crate::error::Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}
