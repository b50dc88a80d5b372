// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::error::ProvideErrorMetadata;
use sdk_runtime::json;
/// Everything `CreateTokenWithIAM` can fail with: the errors the model lists, or an unhandled one.
#[non_exhaustive]
#[derive(Debug)]
pub enum CreateTokenWithIamError {
    /// The caller is not allowed to perform the request.
    AccessDeniedException(crate::types::error::AccessDeniedException),
    /// The user has not yet approved or denied the device sign-in; poll again after the interval.
    AuthorizationPendingException(crate::types::error::AuthorizationPendingException),
    /// The token or code has expired.
    ExpiredTokenException(crate::types::error::ExpiredTokenException),
    /// The service failed while handling the request; retrying may help.
    InternalServerException(crate::types::error::InternalServerException),
    /// The client id or secret is not valid, or the client registration has expired.
    InvalidClientException(crate::types::error::InvalidClientException),
    /// The grant is not valid: unknown, already used, expired, or issued to another client.
    InvalidGrantException(crate::types::error::InvalidGrantException),
    /// The request is malformed: a parameter is missing, repeated or out of range.
    InvalidRequestException(crate::types::error::InvalidRequestException),
    /// The request was sent to a Region other than the one the IAM Identity Center instance lives in.
    InvalidRequestRegionException(crate::types::error::InvalidRequestRegionException),
    /// A requested scope is not valid for this client.
    InvalidScopeException(crate::types::error::InvalidScopeException),
    /// The client is polling too often; wait longer between requests.
    SlowDownException(crate::types::error::SlowDownException),
    /// The client may not use this grant or request.
    UnauthorizedClientException(crate::types::error::UnauthorizedClientException),
    /// The grant type is not supported for this client or request.
    UnsupportedGrantTypeException(crate::types::error::UnsupportedGrantTypeException),
    /// An error the model does not describe: an unknown error code, or a response
    /// that could not be read as the error it claimed to be.
    Unhandled(crate::error::Unhandled),
}
impl CreateTokenWithIamError {
    /// Whether this is a [`AccessDeniedException`](crate::types::error::AccessDeniedException).
    pub fn is_access_denied_exception(&self) -> bool {
        matches!(self, Self::AccessDeniedException(_))
    }
    /// Whether this is a [`AuthorizationPendingException`](crate::types::error::AuthorizationPendingException).
    pub fn is_authorization_pending_exception(&self) -> bool {
        matches!(self, Self::AuthorizationPendingException(_))
    }
    /// Whether this is a [`ExpiredTokenException`](crate::types::error::ExpiredTokenException).
    pub fn is_expired_token_exception(&self) -> bool {
        matches!(self, Self::ExpiredTokenException(_))
    }
    /// Whether this is a [`InternalServerException`](crate::types::error::InternalServerException).
    pub fn is_internal_server_exception(&self) -> bool {
        matches!(self, Self::InternalServerException(_))
    }
    /// Whether this is a [`InvalidClientException`](crate::types::error::InvalidClientException).
    pub fn is_invalid_client_exception(&self) -> bool {
        matches!(self, Self::InvalidClientException(_))
    }
    /// Whether this is a [`InvalidGrantException`](crate::types::error::InvalidGrantException).
    pub fn is_invalid_grant_exception(&self) -> bool {
        matches!(self, Self::InvalidGrantException(_))
    }
    /// Whether this is a [`InvalidRequestException`](crate::types::error::InvalidRequestException).
    pub fn is_invalid_request_exception(&self) -> bool {
        matches!(self, Self::InvalidRequestException(_))
    }
    /// Whether this is a [`InvalidRequestRegionException`](crate::types::error::InvalidRequestRegionException).
    pub fn is_invalid_request_region_exception(&self) -> bool {
        matches!(self, Self::InvalidRequestRegionException(_))
    }
    /// Whether this is a [`InvalidScopeException`](crate::types::error::InvalidScopeException).
    pub fn is_invalid_scope_exception(&self) -> bool {
        matches!(self, Self::InvalidScopeException(_))
    }
    /// Whether this is a [`SlowDownException`](crate::types::error::SlowDownException).
    pub fn is_slow_down_exception(&self) -> bool {
        matches!(self, Self::SlowDownException(_))
    }
    /// Whether this is a [`UnauthorizedClientException`](crate::types::error::UnauthorizedClientException).
    pub fn is_unauthorized_client_exception(&self) -> bool {
        matches!(self, Self::UnauthorizedClientException(_))
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
impl CreateTokenWithIamError {
    /// The error this value wraps; every trait below delegates to it.
    fn inner(&self) -> &(dyn sdk_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(inner) => inner,
            Self::AuthorizationPendingException(inner) => inner,
            Self::ExpiredTokenException(inner) => inner,
            Self::InternalServerException(inner) => inner,
            Self::InvalidClientException(inner) => inner,
            Self::InvalidGrantException(inner) => inner,
            Self::InvalidRequestException(inner) => inner,
            Self::InvalidRequestRegionException(inner) => inner,
            Self::InvalidScopeException(inner) => inner,
            Self::SlowDownException(inner) => inner,
            Self::UnauthorizedClientException(inner) => inner,
            Self::UnsupportedGrantTypeException(inner) => inner,
            Self::Unhandled(inner) => inner,
        }
    }
}
impl CreateTokenWithIamError {
    /// The error's code and message, and the HTTP status and request id of the
    /// response it came in, as far as they are known.
    pub fn meta(&self) -> &sdk_runtime::error::ErrorMetadata {
        match self {
            Self::AccessDeniedException(inner) => inner.meta(),
            Self::AuthorizationPendingException(inner) => inner.meta(),
            Self::ExpiredTokenException(inner) => inner.meta(),
            Self::InternalServerException(inner) => inner.meta(),
            Self::InvalidClientException(inner) => inner.meta(),
            Self::InvalidGrantException(inner) => inner.meta(),
            Self::InvalidRequestException(inner) => inner.meta(),
            Self::InvalidRequestRegionException(inner) => inner.meta(),
            Self::InvalidScopeException(inner) => inner.meta(),
            Self::SlowDownException(inner) => inner.meta(),
            Self::UnauthorizedClientException(inner) => inner.meta(),
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
impl sdk_runtime::client::RequestId for CreateTokenWithIamError {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}
impl std::fmt::Display for CreateTokenWithIamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.inner(), f)
    }
}
impl std::error::Error for CreateTokenWithIamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner().source()
    }
}
impl ProvideErrorMetadata for CreateTokenWithIamError {
    fn code(&self) -> Option<&str> {
        self.inner().code()
    }
    fn message(&self) -> Option<&str> {
        self.inner().message()
    }
}
impl CreateTokenWithIamError {
    /// Reads an error response: the modeled error its code names, else `Unhandled`.
    pub(crate) fn from_response(raw: &sdk_runtime::client::RawResponse) -> Self {
        let code = sdk_runtime::client::error_code(raw);
        let parsed = match code.as_deref() {
            Some("AccessDeniedException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::AccessDeniedException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::AccessDeniedException(error)
                    })
            }
            Some("AuthorizationPendingException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::AuthorizationPendingException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::AuthorizationPendingException(error)
                    })
            }
            Some("ExpiredTokenException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::ExpiredTokenException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::ExpiredTokenException(error)
                    })
            }
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
            Some("InvalidGrantException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::InvalidGrantException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::InvalidGrantException(error)
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
            Some("InvalidRequestRegionException") => {
                json::from_slice(raw.body())
                    .map(|mut error: crate::types::error::InvalidRequestRegionException| {
                        error.meta = sdk_runtime::client::add_response_metadata(
                            std::mem::take(&mut error.meta),
                            raw,
                        );
                        Self::InvalidRequestRegionException(error)
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
impl sdk_runtime::client::CreateUnhandledError for CreateTokenWithIamError {
    fn create_unhandled_error(unhandled: crate::error::Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}
