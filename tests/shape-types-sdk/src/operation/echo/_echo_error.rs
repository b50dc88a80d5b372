// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::error::ProvideErrorMetadata;
/// Everything `Echo` can fail with: the errors the model lists, or an unhandled one.
#[non_exhaustive]
#[derive(Debug)]
pub enum EchoError {
    /// An error the model does not describe: an unknown error code, or a response
    /// that could not be read as the error it claimed to be.
    Unhandled(crate::error::Unhandled),
}
impl EchoError {
    /// Whether this is an error the model does not describe.
    pub fn is_unhandled(&self) -> bool {
        matches!(self, Self::Unhandled(_))
    }
}
impl std::fmt::Display for EchoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unhandled(inner) => std::fmt::Display::fmt(inner, f),
        }
    }
}
impl std::error::Error for EchoError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Unhandled(inner) => std::error::Error::source(inner),
        }
    }
}
impl ProvideErrorMetadata for EchoError {
    fn code(&self) -> Option<&str> {
        match self {
            Self::Unhandled(inner) => ProvideErrorMetadata::code(inner),
        }
    }
    fn message(&self) -> Option<&str> {
        match self {
            Self::Unhandled(inner) => ProvideErrorMetadata::message(inner),
        }
    }
}
impl EchoError {
    /// Reads an error response: the modeled error its code names, else `Unhandled`.
    pub(crate) fn from_response(raw: &sdk_runtime::client::RawResponse) -> Self {
        Self::Unhandled(sdk_runtime::client::unhandled(raw))
    }
}
impl sdk_runtime::client::CreateUnhandledError for EchoError {
    fn create_unhandled_error(unhandled: crate::error::Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}
