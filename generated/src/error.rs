// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
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
    /// Something in the client registration request is not valid.
    InvalidClientMetadataException(crate::types::error::InvalidClientMetadataException),
    /// The grant is not valid: unknown, already used, expired, or issued to another client.
    InvalidGrantException(crate::types::error::InvalidGrantException),
    /// A redirect URI is not acceptable for this request.
    InvalidRedirectUriException(crate::types::error::InvalidRedirectUriException),
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
impl Error {
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
    /// Whether this is a [`InvalidClientMetadataException`](crate::types::error::InvalidClientMetadataException).
    pub fn is_invalid_client_metadata_exception(&self) -> bool {
        matches!(self, Self::InvalidClientMetadataException(_))
    }
    /// Whether this is a [`InvalidGrantException`](crate::types::error::InvalidGrantException).
    pub fn is_invalid_grant_exception(&self) -> bool {
        matches!(self, Self::InvalidGrantException(_))
    }
    /// Whether this is a [`InvalidRedirectUriException`](crate::types::error::InvalidRedirectUriException).
    pub fn is_invalid_redirect_uri_exception(&self) -> bool {
        matches!(self, Self::InvalidRedirectUriException(_))
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
impl Error {
    /// The error this value wraps; every trait below delegates to it.
    fn inner(&self) -> &(dyn sdk_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(inner) => inner,
            Self::AuthorizationPendingException(inner) => inner,
            Self::ExpiredTokenException(inner) => inner,
            Self::InternalServerException(inner) => inner,
            Self::InvalidClientException(inner) => inner,
            Self::InvalidClientMetadataException(inner) => inner,
            Self::InvalidGrantException(inner) => inner,
            Self::InvalidRedirectUriException(inner) => inner,
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
impl Error {
    /// The error's code and message, and the HTTP status and request id of the
    /// response it came in, as far as they are known.
    pub fn meta(&self) -> &sdk_runtime::error::ErrorMetadata {
        match self {
            Self::AccessDeniedException(inner) => inner.meta(),
            Self::AuthorizationPendingException(inner) => inner.meta(),
            Self::ExpiredTokenException(inner) => inner.meta(),
            Self::InternalServerException(inner) => inner.meta(),
            Self::InvalidClientException(inner) => inner.meta(),
            Self::InvalidClientMetadataException(inner) => inner.meta(),
            Self::InvalidGrantException(inner) => inner.meta(),
            Self::InvalidRedirectUriException(inner) => inner.meta(),
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
impl From<crate::operation::create_token::CreateTokenError> for Error {
    fn from(error: crate::operation::create_token::CreateTokenError) -> Self {
        use crate::operation::create_token::CreateTokenError;
        match error {
            CreateTokenError::AccessDeniedException(inner) => {
                Self::AccessDeniedException(inner)
            }
            CreateTokenError::AuthorizationPendingException(inner) => {
                Self::AuthorizationPendingException(inner)
            }
            CreateTokenError::ExpiredTokenException(inner) => {
                Self::ExpiredTokenException(inner)
            }
            CreateTokenError::InternalServerException(inner) => {
                Self::InternalServerException(inner)
            }
            CreateTokenError::InvalidClientException(inner) => {
                Self::InvalidClientException(inner)
            }
            CreateTokenError::InvalidGrantException(inner) => {
                Self::InvalidGrantException(inner)
            }
            CreateTokenError::InvalidRequestException(inner) => {
                Self::InvalidRequestException(inner)
            }
            CreateTokenError::InvalidScopeException(inner) => {
                Self::InvalidScopeException(inner)
            }
            CreateTokenError::SlowDownException(inner) => Self::SlowDownException(inner),
            CreateTokenError::UnauthorizedClientException(inner) => {
                Self::UnauthorizedClientException(inner)
            }
            CreateTokenError::UnsupportedGrantTypeException(inner) => {
                Self::UnsupportedGrantTypeException(inner)
            }
            CreateTokenError::Unhandled(inner) => Self::Unhandled(inner),
        }
    }
}
impl From<crate::operation::create_token_with_iam::CreateTokenWithIamError> for Error {
    fn from(
        error: crate::operation::create_token_with_iam::CreateTokenWithIamError,
    ) -> Self {
        use crate::operation::create_token_with_iam::CreateTokenWithIamError;
        match error {
            CreateTokenWithIamError::AccessDeniedException(inner) => {
                Self::AccessDeniedException(inner)
            }
            CreateTokenWithIamError::AuthorizationPendingException(inner) => {
                Self::AuthorizationPendingException(inner)
            }
            CreateTokenWithIamError::ExpiredTokenException(inner) => {
                Self::ExpiredTokenException(inner)
            }
            CreateTokenWithIamError::InternalServerException(inner) => {
                Self::InternalServerException(inner)
            }
            CreateTokenWithIamError::InvalidClientException(inner) => {
                Self::InvalidClientException(inner)
            }
            CreateTokenWithIamError::InvalidGrantException(inner) => {
                Self::InvalidGrantException(inner)
            }
            CreateTokenWithIamError::InvalidRequestException(inner) => {
                Self::InvalidRequestException(inner)
            }
            CreateTokenWithIamError::InvalidRequestRegionException(inner) => {
                Self::InvalidRequestRegionException(inner)
            }
            CreateTokenWithIamError::InvalidScopeException(inner) => {
                Self::InvalidScopeException(inner)
            }
            CreateTokenWithIamError::SlowDownException(inner) => {
                Self::SlowDownException(inner)
            }
            CreateTokenWithIamError::UnauthorizedClientException(inner) => {
                Self::UnauthorizedClientException(inner)
            }
            CreateTokenWithIamError::UnsupportedGrantTypeException(inner) => {
                Self::UnsupportedGrantTypeException(inner)
            }
            CreateTokenWithIamError::Unhandled(inner) => Self::Unhandled(inner),
        }
    }
}
impl From<crate::operation::register_client::RegisterClientError> for Error {
    fn from(error: crate::operation::register_client::RegisterClientError) -> Self {
        use crate::operation::register_client::RegisterClientError;
        match error {
            RegisterClientError::InternalServerException(inner) => {
                Self::InternalServerException(inner)
            }
            RegisterClientError::InvalidClientMetadataException(inner) => {
                Self::InvalidClientMetadataException(inner)
            }
            RegisterClientError::InvalidRedirectUriException(inner) => {
                Self::InvalidRedirectUriException(inner)
            }
            RegisterClientError::InvalidRequestException(inner) => {
                Self::InvalidRequestException(inner)
            }
            RegisterClientError::InvalidScopeException(inner) => {
                Self::InvalidScopeException(inner)
            }
            RegisterClientError::SlowDownException(inner) => {
                Self::SlowDownException(inner)
            }
            RegisterClientError::UnsupportedGrantTypeException(inner) => {
                Self::UnsupportedGrantTypeException(inner)
            }
            RegisterClientError::Unhandled(inner) => Self::Unhandled(inner),
        }
    }
}
impl From<crate::operation::start_device_authorization::StartDeviceAuthorizationError>
for Error {
    fn from(
        error: crate::operation::start_device_authorization::StartDeviceAuthorizationError,
    ) -> Self {
        use crate::operation::start_device_authorization::StartDeviceAuthorizationError;
        match error {
            StartDeviceAuthorizationError::InternalServerException(inner) => {
                Self::InternalServerException(inner)
            }
            StartDeviceAuthorizationError::InvalidClientException(inner) => {
                Self::InvalidClientException(inner)
            }
            StartDeviceAuthorizationError::InvalidRequestException(inner) => {
                Self::InvalidRequestException(inner)
            }
            StartDeviceAuthorizationError::SlowDownException(inner) => {
                Self::SlowDownException(inner)
            }
            StartDeviceAuthorizationError::UnauthorizedClientException(inner) => {
                Self::UnauthorizedClientException(inner)
            }
            StartDeviceAuthorizationError::Unhandled(inner) => Self::Unhandled(inner),
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
