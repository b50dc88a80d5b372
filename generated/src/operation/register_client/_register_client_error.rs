// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::error::ProvideErrorMetadata;
use sdk_runtime::json;
/// Everything `RegisterClient` can fail with: the errors the model lists, or an unhandled one.
#[non_exhaustive]
#[derive(Debug)]
pub enum RegisterClientError {
    /// The service failed while handling the request; retrying may help.
    InternalServerException(crate::types::error::InternalServerException),
    /// Something in the client registration request is not valid.
    InvalidClientMetadataException(crate::types::error::InvalidClientMetadataException),
    /// A redirect URI is not acceptable for this request.
    InvalidRedirectUriException(crate::types::error::InvalidRedirectUriException),
    /// The request is malformed: a parameter is missing, repeated or out of range.
    InvalidRequestException(crate::types::error::InvalidRequestException),
    /// A requested scope is not valid for this client.
    InvalidScopeException(crate::types::error::InvalidScopeException),
    /// The client is polling too often; wait longer between requests.
    SlowDownException(crate::types::error::SlowDownException),
    /// The grant type is not supported for this client or request.
    UnsupportedGrantTypeException(crate::types::error::UnsupportedGrantTypeException),
    /// An error the model does not describe: an unknown error code, or a response
    /// that could not be read as the error it claimed to be.
    Unhandled(crate::error::Unhandled),
}
impl RegisterClientError {
    /// Whether this is a [`InternalServerException`](crate::types::error::InternalServerException).
    pub fn is_internal_server_exception(&self) -> bool {
        matches!(self, Self::InternalServerException(_))
    }
    /// Whether this is a [`InvalidClientMetadataException`](crate::types::error::InvalidClientMetadataException).
    pub fn is_invalid_client_metadata_exception(&self) -> bool {
        matches!(self, Self::InvalidClientMetadataException(_))
    }
    /// Whether this is a [`InvalidRedirectUriException`](crate::types::error::InvalidRedirectUriException).
    pub fn is_invalid_redirect_uri_exception(&self) -> bool {
        matches!(self, Self::InvalidRedirectUriException(_))
    }
    /// Whether this is a [`InvalidRequestException`](crate::types::error::InvalidRequestException).
    pub fn is_invalid_request_exception(&self) -> bool {
        matches!(self, Self::InvalidRequestException(_))
    }
    /// Whether this is a [`InvalidScopeException`](crate::types::error::InvalidScopeException).
    pub fn is_invalid_scope_exception(&self) -> bool {
        matches!(self, Self::InvalidScopeException(_))
    }
    /// Whether this is a [`SlowDownException`](crate::types::error::SlowDownException).
    pub fn is_slow_down_exception(&self) -> bool {
        matches!(self, Self::SlowDownException(_))
    }
    /// Whether this is a [`UnsupportedGrantTypeException`](crate::types::error::UnsupportedGrantTypeException).
    pub fn is_unsupported_grant_type_exception(&self) -> bool {
        matches!(self, Self::UnsupportedGrantTypeException(_))
    }
    /// Whether this is an error the model does not describe.
    pub fn is_unhandled(&self) -> bool {
        matches!(self, Self::Unhandled(_))
    }
}
impl RegisterClientError {
    /// The error this value wraps; every trait below delegates to it.
    fn inner(&self) -> &(dyn sdk_runtime::error::ServiceError + 'static) {
        match self {
            Self::InternalServerException(inner) => inner,
            Self::InvalidClientMetadataException(inner) => inner,
            Self::InvalidRedirectUriException(inner) => inner,
            Self::InvalidRequestException(inner) => inner,
            Self::InvalidScopeException(inner) => inner,
            Self::SlowDownException(inner) => inner,
            Self::UnsupportedGrantTypeException(inner) => inner,
            Self::Unhandled(inner) => inner,
        }
    }
}
impl RegisterClientError {
    /// The error's code and message, and the HTTP status and request id of the
    /// response it came in, as far as they are known.
    pub fn meta(&self) -> &sdk_runtime::error::ErrorMetadata {
        match self {
            Self::InternalServerException(inner) => inner.meta(),
            Self::InvalidClientMetadataException(inner) => inner.meta(),
            Self::InvalidRedirectUriException(inner) => inner.meta(),
            Self::InvalidRequestException(inner) => inner.meta(),
            Self::InvalidScopeException(inner) => inner.meta(),
            Self::SlowDownException(inner) => inner.meta(),
            Self::UnsupportedGrantTypeException(inner) => inner.meta(),
            Self::Unhandled(inner) => inner.meta(),
        }
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the error came in a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}
impl sdk_runtime::client::RequestId for RegisterClientError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}
impl std::fmt::Display for RegisterClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.inner(), f)
    }
}
impl std::error::Error for RegisterClientError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner().source()
    }
}
impl ProvideErrorMetadata for RegisterClientError {
    fn code(&self) -> Option<&str> {
        self.inner().code()
    }
    fn message(&self) -> Option<&str> {
        self.inner().message()
    }
}
impl RegisterClientError {
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
            Some("InvalidClientMetadataException") => {
                json::from_slice(raw.body())
                    .map(|
                        mut error: crate::types::error::InvalidClientMetadataException|
                    {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::InvalidClientMetadataException(error)
                    })
            }
            Some("InvalidRedirectUriException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::InvalidRedirectUriException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::InvalidRedirectUriException(error)
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
            Some("InvalidScopeException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::InvalidScopeException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::InvalidScopeException(error)
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
            Some("UnsupportedGrantTypeException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::UnsupportedGrantTypeException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::UnsupportedGrantTypeException(error)
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
impl sdk_runtime::client::CreateUnhandledError for RegisterClientError {
    fn create_unhandled_error(unhandled: crate::error::Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}
