// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::error::ProvideErrorMetadata;
use sdk_runtime::json;
/// Everything `StartDeviceAuthorization` can fail with: the errors the model lists, or an unhandled one.
#[non_exhaustive]
#[derive(Debug)]
pub enum StartDeviceAuthorizationError {
    /// The service failed while handling the request; retrying may help.
    InternalServerException(crate::types::error::InternalServerException),
    /// The client id or secret is not valid, or the client registration has expired.
    InvalidClientException(crate::types::error::InvalidClientException),
    /// The request is malformed: a parameter is missing, repeated or out of range.
    InvalidRequestException(crate::types::error::InvalidRequestException),
    /// The client is polling too often; wait longer between requests.
    SlowDownException(crate::types::error::SlowDownException),
    /// The client may not use this grant or request.
    UnauthorizedClientException(crate::types::error::UnauthorizedClientException),
    /// An error the model does not describe: an unknown error code, or a response
    /// that could not be read as the error it claimed to be.
    Unhandled(crate::error::Unhandled),
}
impl StartDeviceAuthorizationError {
    /// Whether this is a [`InternalServerException`](crate::types::error::InternalServerException).
    pub fn is_internal_server_exception(&self) -> bool {
        matches!(self, Self::InternalServerException(_))
    }
    /// Whether this is a [`InvalidClientException`](crate::types::error::InvalidClientException).
    pub fn is_invalid_client_exception(&self) -> bool {
        matches!(self, Self::InvalidClientException(_))
    }
    /// Whether this is a [`InvalidRequestException`](crate::types::error::InvalidRequestException).
    pub fn is_invalid_request_exception(&self) -> bool {
        matches!(self, Self::InvalidRequestException(_))
    }
    /// Whether this is a [`SlowDownException`](crate::types::error::SlowDownException).
    pub fn is_slow_down_exception(&self) -> bool {
        matches!(self, Self::SlowDownException(_))
    }
    /// Whether this is a [`UnauthorizedClientException`](crate::types::error::UnauthorizedClientException).
    pub fn is_unauthorized_client_exception(&self) -> bool {
        matches!(self, Self::UnauthorizedClientException(_))
    }
    /// Whether this is an error the model does not describe.
    pub fn is_unhandled(&self) -> bool {
        matches!(self, Self::Unhandled(_))
    }
}
impl StartDeviceAuthorizationError {
    /// The error this value wraps; every trait below delegates to it.
    fn inner(&self) -> &(dyn sdk_runtime::error::ServiceError + 'static) {
        match self {
            Self::InternalServerException(inner) => inner,
            Self::InvalidClientException(inner) => inner,
            Self::InvalidRequestException(inner) => inner,
            Self::SlowDownException(inner) => inner,
            Self::UnauthorizedClientException(inner) => inner,
            Self::Unhandled(inner) => inner,
        }
    }
}
impl StartDeviceAuthorizationError {
    /// The error's code and message, and the HTTP status and request id of the
    /// response it came in, as far as they are known.
    pub fn meta(&self) -> &sdk_runtime::error::ErrorMetadata {
        match self {
            Self::InternalServerException(inner) => inner.meta(),
            Self::InvalidClientException(inner) => inner.meta(),
            Self::InvalidRequestException(inner) => inner.meta(),
            Self::SlowDownException(inner) => inner.meta(),
            Self::UnauthorizedClientException(inner) => inner.meta(),
            Self::Unhandled(inner) => inner.meta(),
        }
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the error came in a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}
impl sdk_runtime::client::RequestId for StartDeviceAuthorizationError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}
impl std::fmt::Display for StartDeviceAuthorizationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.inner(), f)
    }
}
impl std::error::Error for StartDeviceAuthorizationError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner().source()
    }
}
impl ProvideErrorMetadata for StartDeviceAuthorizationError {
    fn code(&self) -> Option<&str> {
        self.inner().code()
    }
    fn message(&self) -> Option<&str> {
        self.inner().message()
    }
}
impl StartDeviceAuthorizationError {
    /// Reads an error response: the modeled error its code names, else `Unhandled`.
    pub(crate) fn from_response(raw: &sdk_runtime::client::RawResponse) -> Self {
        let code = sdk_runtime::client::error_code(raw);
        let parsed = match code.as_deref() {
            Some("InternalServerException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::InternalServerException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::InternalServerException(error)
                    })
            }
            Some("InvalidClientException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::InvalidClientException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::InvalidClientException(error)
                    })
            }
            Some("InvalidRequestException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::InvalidRequestException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::InvalidRequestException(error)
                    })
            }
            Some("SlowDownException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::SlowDownException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::SlowDownException(error)
                    })
            }
            Some("UnauthorizedClientException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::UnauthorizedClientException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::UnauthorizedClientException(error)
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
impl sdk_runtime::client::CreateUnhandledError for StartDeviceAuthorizationError {
    fn create_unhandled_error(unhandled: crate::error::Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}
