// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Errors: the service-wide [`Error`], and the error types every operation shares.
pub use sdk_runtime::client::{
    ConnectorError, RawResponse, ResponseBodyTooLarge, ResponseError, SdkError,
    ServiceError,
};
pub use sdk_runtime::error::{BuildError, ErrorMetadata, ProvideErrorMetadata, Unhandled};
pub use sdk_runtime::json::DeserializeError;
/// Any error of any operation of this service.
///
/// Every operation's error enum converts into it with `?` or `From`, so code that
/// calls several operations can return one error type.
#[non_exhaustive]
#[derive(Debug)]
pub enum Error {
    /// The stored item's version is not the one expected.
    ItemConflict(crate::types::error::ItemConflict),
    /// Too many calls; try again.
    Throttled(crate::types::error::Throttled),
    /// An error the model does not describe: an unknown error code, or a response
    /// that could not be read as the error it claimed to be.
    Unhandled(crate::error::Unhandled),
}
impl Error {
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
impl Error {
    /// The error this value wraps; every trait below delegates to it.
    fn inner(&self) -> &(dyn sdk_runtime::error::ServiceError + 'static) {
        match self {
            Self::ItemConflict(inner) => inner,
            Self::Throttled(inner) => inner,
            Self::Unhandled(inner) => inner,
        }
    }
}
impl Error {
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
impl sdk_runtime::client::RequestId for Error {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.inner(), f)
    }
}
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner().source()
    }
}
impl ProvideErrorMetadata for Error {
    fn code(&self) -> Option<&str> {
        self.inner().code()
    }
    fn message(&self) -> Option<&str> {
        self.inner().message()
    }
}
impl From<crate::operation::get_item::GetItemError> for Error {
    fn from(error: crate::operation::get_item::GetItemError) -> Self {
        use crate::operation::get_item::GetItemError;
        match error {
            GetItemError::Throttled(inner) => Self::Throttled(inner),
            GetItemError::Unhandled(inner) => Self::Unhandled(inner),
        }
    }
}
impl From<crate::operation::put_item::PutItemError> for Error {
    fn from(error: crate::operation::put_item::PutItemError) -> Self {
        use crate::operation::put_item::PutItemError;
        match error {
            PutItemError::ItemConflict(inner) => Self::ItemConflict(inner),
            PutItemError::Throttled(inner) => Self::Throttled(inner),
            PutItemError::Unhandled(inner) => Self::Unhandled(inner),
        }
    }
}
/// `?` from any operation's [`SdkError`]: a service error converts as its
/// operation error does; a failure without one (the request not built or
/// sent, a timeout, an unreadable response) becomes [`Error::Unhandled`],
/// with the `SdkError` as its source and the response's status and request
/// id when there was a response.
impl<E> From<SdkError<E>> for Error
where
    E: Into<Error> + sdk_runtime::client::CreateUnhandledError + std::error::Error + Send
        + Sync + 'static,
{
    fn from(error: SdkError<E>) -> Self {
        error.into_service_error().into()
    }
}
