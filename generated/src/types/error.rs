// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The errors the service models, one structure per error code.
mod _access_denied_exception;
mod _authorization_pending_exception;
mod _expired_token_exception;
mod _internal_server_exception;
mod _invalid_client_exception;
mod _invalid_client_metadata_exception;
mod _invalid_grant_exception;
mod _invalid_redirect_uri_exception;
mod _invalid_request_exception;
mod _invalid_request_region_exception;
mod _invalid_scope_exception;
mod _slow_down_exception;
mod _unauthorized_client_exception;
mod _unsupported_grant_type_exception;
pub use _access_denied_exception::AccessDeniedException;
pub use _authorization_pending_exception::AuthorizationPendingException;
pub use _expired_token_exception::ExpiredTokenException;
pub use _internal_server_exception::InternalServerException;
pub use _invalid_client_exception::InvalidClientException;
pub use _invalid_client_metadata_exception::InvalidClientMetadataException;
pub use _invalid_grant_exception::InvalidGrantException;
pub use _invalid_redirect_uri_exception::InvalidRedirectUriException;
pub use _invalid_request_exception::InvalidRequestException;
pub use _invalid_request_region_exception::InvalidRequestRegionException;
pub use _invalid_scope_exception::InvalidScopeException;
pub use _slow_down_exception::SlowDownException;
pub use _unauthorized_client_exception::UnauthorizedClientException;
pub use _unsupported_grant_type_exception::UnsupportedGrantTypeException;
/// Builders for the structures in this module.
pub mod builders {
    pub use super::_access_denied_exception::AccessDeniedExceptionBuilder;
    pub use super::_authorization_pending_exception::AuthorizationPendingExceptionBuilder;
    pub use super::_expired_token_exception::ExpiredTokenExceptionBuilder;
    pub use super::_internal_server_exception::InternalServerExceptionBuilder;
    pub use super::_invalid_client_exception::InvalidClientExceptionBuilder;
    pub use super::_invalid_client_metadata_exception::InvalidClientMetadataExceptionBuilder;
    pub use super::_invalid_grant_exception::InvalidGrantExceptionBuilder;
    pub use super::_invalid_redirect_uri_exception::InvalidRedirectUriExceptionBuilder;
    pub use super::_invalid_request_exception::InvalidRequestExceptionBuilder;
    pub use super::_invalid_request_region_exception::InvalidRequestRegionExceptionBuilder;
    pub use super::_invalid_scope_exception::InvalidScopeExceptionBuilder;
    pub use super::_slow_down_exception::SlowDownExceptionBuilder;
    pub use super::_unauthorized_client_exception::UnauthorizedClientExceptionBuilder;
    pub use super::_unsupported_grant_type_exception::UnsupportedGrantTypeExceptionBuilder;
}
