// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
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
    /// An error the model does not describe: an unknown error code, or a response
    /// that could not be read as the error it claimed to be.
    Unhandled(crate::error::Unhandled),
}
impl Error {
    /// Whether this is an error the model does not describe.
    pub fn is_unhandled(&self) -> bool {
        matches!(self, Self::Unhandled(_))
    }
}
impl Error {
    /// The error this value wraps; every trait below delegates to it.
    fn inner(&self) -> &(dyn sdk_runtime::error::ServiceError + 'static) {
        match self {
            Self::Unhandled(inner) => inner,
        }
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
impl From<crate::operation::echo::EchoError> for Error {
    fn from(error: crate::operation::echo::EchoError) -> Self {
        use crate::operation::echo::EchoError;
        match error {
            EchoError::Unhandled(inner) => Self::Unhandled(inner),
        }
    }
}
