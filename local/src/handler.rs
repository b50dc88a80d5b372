//! The generated `Handler` trait implemented on [`Oidc`]: inputs in, the
//! modeled outputs and errors out.

use crate::oidc::{Oidc, Refusal, RefusalKind, RegisterRequest, TokenRequest};
use sso_oidc::operation::create_token::{CreateTokenError, CreateTokenInput, CreateTokenOutput};
use sso_oidc::operation::create_token_with_iam::{
    CreateTokenWithIamError, CreateTokenWithIamInput, CreateTokenWithIamOutput,
};
use sso_oidc::operation::register_client::{
    RegisterClientError, RegisterClientInput, RegisterClientOutput,
};
use sso_oidc::operation::start_device_authorization::{
    StartDeviceAuthorizationError, StartDeviceAuthorizationInput, StartDeviceAuthorizationOutput,
};
use sso_oidc::server::{Handler, RequestContext};
use sso_oidc::types::error as e;

/// Builds the modeled error shape `$shape` for a refusal. Every SSO OIDC error
/// has the same two members, `error` and `error_description`.
macro_rules! shape {
    ($shape:ident, $refusal:expr) => {
        e::$shape::builder()
            .error($refusal.kind.oauth_code())
            .error_description($refusal.description.clone())
            .build()
    };
}

/// The service is full (see [`crate::oidc::Limits`]): `503
/// ServiceUnavailableException`, which clients retry with backoff.
fn unavailable(refusal: &Refusal) -> sso_oidc::error::Unhandled {
    sso_oidc::error::Unhandled::new(
        sso_oidc::error::ErrorMetadata::new()
            .with_status(503)
            .with_code("ServiceUnavailableException")
            .with_message(refusal.description.clone()),
    )
}

/// Maps a refusal to the operation's error enum, for the kinds it can return;
/// any other kind is a bug in the rules and becomes `InvalidRequestException`.
macro_rules! to_error {
    ($enum:ident, $refusal:expr, [$($kind:ident => $shape:ident),* $(,)?]) => {{
        let refusal: Refusal = $refusal;
        match refusal.kind {
            RefusalKind::Unavailable => $enum::Unhandled(unavailable(&refusal)),
            $(RefusalKind::$kind => $enum::$shape(shape!($shape, refusal)),)*
            _ => $enum::InvalidRequestException(shape!(InvalidRequestException, refusal)),
        }
    }};
}

/// The refusals of the token grants, which CreateToken and CreateTokenWithIAM
/// share: `$enum` is the operation's error enum.
macro_rules! token_error {
    ($enum:ident, $refusal:expr) => {
        to_error!($enum, $refusal, [
            AccessDenied => AccessDeniedException,
            AuthorizationPending => AuthorizationPendingException,
            ExpiredToken => ExpiredTokenException,
            InvalidClient => InvalidClientException,
            InvalidGrant => InvalidGrantException,
            InvalidScope => InvalidScopeException,
            SlowDown => SlowDownException,
            UnauthorizedClient => UnauthorizedClientException,
            UnsupportedGrantType => UnsupportedGrantTypeException,
        ])
    };
}

impl Handler for Oidc {
    async fn create_token(
        &self,
        input: CreateTokenInput,
        _context: &RequestContext,
    ) -> Result<CreateTokenOutput, CreateTokenError> {
        let tokens = self
            .create_token(TokenRequest {
                client_id: input.client_id,
                client_secret: Some(input.client_secret),
                grant_type: input.grant_type,
                device_code: input.device_code,
                code: input.code,
                refresh_token: input.refresh_token,
                scope: input.scope.unwrap_or_default(),
                redirect_uri: input.redirect_uri,
                code_verifier: input.code_verifier,
            })
            .map_err(|refusal| token_error!(CreateTokenError, refusal))?;
        Ok(CreateTokenOutput::builder()
            .access_token(tokens.access_token)
            .token_type("Bearer")
            .expires_in(tokens.expires_in)
            .refresh_token(tokens.refresh_token)
            .build())
    }

    async fn create_token_with_iam(
        &self,
        input: CreateTokenWithIamInput,
        context: &RequestContext,
    ) -> Result<CreateTokenWithIamOutput, CreateTokenWithIamError> {
        let refusal = |kind, description: &str| Refusal {
            kind,
            description: description.to_owned(),
        };
        // The real operation is called with AWS credentials; this service
        // cannot check a signature against IAM, but it does insist on one.
        let signed = context
            .header("authorization")
            .is_some_and(|a| a.starts_with("AWS4-HMAC-SHA256 "));
        let result = if !signed {
            Err(refusal(
                RefusalKind::AccessDenied,
                "CreateTokenWithIAM must be signed with AWS credentials (SigV4)",
            ))
        } else if !matches!(
            input.grant_type.as_str(),
            "authorization_code" | "refresh_token"
        ) {
            Err(refusal(
                RefusalKind::UnsupportedGrantType,
                "this local service supports the authorization_code and refresh_token grants with IAM",
            ))
        } else {
            self.create_token(TokenRequest {
                client_id: input.client_id,
                client_secret: None,
                grant_type: input.grant_type,
                code: input.code,
                refresh_token: input.refresh_token,
                scope: input.scope.clone().unwrap_or_default(),
                redirect_uri: input.redirect_uri,
                code_verifier: input.code_verifier,
                device_code: None,
            })
        };
        let tokens = result.map_err(|refusal| token_error!(CreateTokenWithIamError, refusal))?;
        Ok(CreateTokenWithIamOutput::builder()
            .access_token(tokens.access_token)
            .token_type("Bearer")
            .expires_in(tokens.expires_in)
            .refresh_token(tokens.refresh_token)
            .issued_token_type("urn:ietf:params:oauth:token-type:refresh_token")
            .set_scope(input.scope)
            .build())
    }

    async fn register_client(
        &self,
        input: RegisterClientInput,
        _context: &RequestContext,
    ) -> Result<RegisterClientOutput, RegisterClientError> {
        let registration = self
            .register(RegisterRequest {
                client_name: input.client_name,
                client_type: input.client_type,
                scopes: input.scopes.unwrap_or_default(),
                redirect_uris: input.redirect_uris.unwrap_or_default(),
                grant_types: input.grant_types.unwrap_or_default(),
            })
            .map_err(|refusal| {
                to_error!(RegisterClientError, refusal, [
                    InvalidClientMetadata => InvalidClientMetadataException,
                    InvalidRedirectUri => InvalidRedirectUriException,
                    InvalidScope => InvalidScopeException,
                    SlowDown => SlowDownException,
                    UnsupportedGrantType => UnsupportedGrantTypeException,
                ])
            })?;
        let base = &self.settings().base_url;
        Ok(RegisterClientOutput::builder()
            .client_id(registration.client_id)
            .client_secret(registration.client_secret)
            .client_id_issued_at(registration.issued_at as i64)
            .client_secret_expires_at(registration.expires_at as i64)
            .authorization_endpoint([base, "/authorize"].concat())
            .token_endpoint([base, "/token"].concat())
            .build())
    }

    async fn start_device_authorization(
        &self,
        input: StartDeviceAuthorizationInput,
        _context: &RequestContext,
    ) -> Result<StartDeviceAuthorizationOutput, StartDeviceAuthorizationError> {
        let device = self
            .start_device_authorization(&input.client_id, &input.client_secret, &input.start_url)
            .map_err(|refusal| {
                to_error!(StartDeviceAuthorizationError, refusal, [
                    InvalidClient => InvalidClientException,
                    SlowDown => SlowDownException,
                    UnauthorizedClient => UnauthorizedClientException,
                ])
            })?;
        Ok(StartDeviceAuthorizationOutput::builder()
            .device_code(device.device_code)
            .user_code(device.user_code)
            .verification_uri(device.verification_uri)
            .verification_uri_complete(device.verification_uri_complete)
            .expires_in(device.expires_in)
            .interval(device.interval)
            .build())
    }
}
