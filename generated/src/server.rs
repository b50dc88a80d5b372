// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The server side of AWS SSO OIDC: implement [`Handler`], wrap it in a [`Dispatcher`] and
//! [`serve`] it.
//!
//! The dispatcher routes each request (by method, path and query, from the model's `@http` traits), inflates a body the client gzipped,
//! reads and validates the input, calls the handler, and writes the output or error
//! as the protocol asks. Requests that never reach a handler get the
//! Smithy framework errors: 404 `UnknownOperationException`, 405 for a known path with
//! another method, 400 `SerializationException` for a body that is not the input's
//! JSON, 400 `ValidationException` naming each member that breaks a rule, 415 for a
//! body that is not JSON, and 413 for a body over the limit.
use sdk_runtime::http;
use sdk_runtime::json;
use sdk_runtime::server::{
    Body, Bytes, FrameworkError, RequestParts, ResponseBody, Route, Segment, Wire,
};
use std::sync::Arc;
pub use sdk_runtime::server::{
    serve, serve_with, Dispatch, RequestContext, ServeLimits, DEFAULT_BODY_LIMIT,
};
/// One async method per operation. Return the output, or one of the
/// operation's modeled errors; an `Unhandled` error is sent with its own
/// code and status (500 `InternalFailure` when it has none).
pub trait Handler: Send + Sync + 'static {
    /// Exchanges a grant (a device code, an authorization code or a refresh token) for an access token.
    /// Call it without AWS credentials; the registered client authenticates with its own id and secret.
    fn create_token(
        &self,
        input: crate::operation::create_token::CreateTokenInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::create_token::CreateTokenOutput,
            crate::operation::create_token::CreateTokenError,
        >,
    > + Send;
    /// Exchanges a grant for an access token on behalf of an application that IAM Identity Center
    /// manages. Unlike CreateToken, the request is signed with AWS credentials (SigV4). It also
    /// supports the JWT bearer grant and token exchange.
    fn create_token_with_iam(
        &self,
        input: crate::operation::create_token_with_iam::CreateTokenWithIamInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::create_token_with_iam::CreateTokenWithIamOutput,
            crate::operation::create_token_with_iam::CreateTokenWithIamError,
        >,
    > + Send;
    /// Registers a public client application and returns its client id and secret. Store the result and
    /// reuse it until it expires rather than registering again for every sign-in.
    fn register_client(
        &self,
        input: crate::operation::register_client::RegisterClientInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::register_client::RegisterClientOutput,
            crate::operation::register_client::RegisterClientError,
        >,
    > + Send;
    /// Begins the device authorization grant: returns a device code for the client to poll with and a
    /// user code, with the page where the user enters it to approve the sign-in.
    fn start_device_authorization(
        &self,
        input: crate::operation::start_device_authorization::StartDeviceAuthorizationInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::start_device_authorization::StartDeviceAuthorizationOutput,
            crate::operation::start_device_authorization::StartDeviceAuthorizationError,
        >,
    > + Send;
}
/// The operation a route leads to. Its variants are the model's operation
/// names, which may all share a suffix (`...Connection`): hence the allowance.
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, Debug)]
enum Operation {
    CreateToken,
    CreateTokenWithIam,
    RegisterClient,
    StartDeviceAuthorization,
}
impl Operation {
    /// The operation's name in the model, for traces.
    fn name(self) -> &'static str {
        match self {
            Operation::CreateToken => "CreateToken",
            Operation::CreateTokenWithIam => "CreateTokenWithIAM",
            Operation::RegisterClient => "RegisterClient",
            Operation::StartDeviceAuthorization => "StartDeviceAuthorization",
        }
    }
}
/// Every operation's route, those with more query literals and literal
/// segments first so the most specific route wins.
const ROUTES: &[Route<Operation>] = &[
    Route {
        operation: Operation::CreateTokenWithIam,
        method: "POST",
        path: &[Segment::Literal("token")],
        query: &[("aws_iam", Some("t"))],
    },
    Route {
        operation: Operation::RegisterClient,
        method: "POST",
        path: &[Segment::Literal("client"), Segment::Literal("register")],
        query: &[],
    },
    Route {
        operation: Operation::CreateToken,
        method: "POST",
        path: &[Segment::Literal("token")],
        query: &[],
    },
    Route {
        operation: Operation::StartDeviceAuthorization,
        method: "POST",
        path: &[Segment::Literal("device_authorization")],
        query: &[],
    },
];
/// The protocol answers are framed in.
const WIRE: Wire = Wire::RestJson1;
/// Routes HTTP requests to a [`Handler`]. Cheap to clone: clones share the handler.
#[derive(Debug)]
pub struct Dispatcher<H> {
    handler: Arc<H>,
    body_limit: usize,
}
impl<H> Clone for Dispatcher<H> {
    fn clone(&self) -> Self {
        Self {
            handler: Arc::clone(&self.handler),
            body_limit: self.body_limit,
        }
    }
}
impl<H: Handler> Dispatcher<H> {
    /// A dispatcher for `handler`, accepting bodies up to [`DEFAULT_BODY_LIMIT`].
    pub fn new(handler: H) -> Self {
        Self::from_arc(Arc::new(handler))
    }
    /// A dispatcher for a handler that is shared with other code.
    pub fn from_arc(handler: Arc<H>) -> Self {
        Self {
            handler,
            body_limit: DEFAULT_BODY_LIMIT,
        }
    }
    /// Refuses request bodies over `bytes` with 413, before reading them whole.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }
    /// The handler requests go to.
    pub fn handler(&self) -> &H {
        &self.handler
    }
    /// Answers one request that came from `peer` (when known).
    pub async fn handle<B>(
        &self,
        request: http::Request<B>,
        peer: Option<std::net::SocketAddr>,
    ) -> http::Response<ResponseBody>
    where
        B: Body<Data = Bytes>,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let (parts, body) = request.into_parts();
        let routed = RequestParts::new(parts)
            .and_then(|request| Ok((
                sdk_runtime::server::route(ROUTES, &request)?.0,
                request,
            )));
        let (operation, request) = match routed {
            Ok(routed) => routed,
            Err(error) => return WIRE.framework_error(error),
        };
        let work = self.call(operation, request, body, peer);
        sdk_runtime::server::traced(operation.name(), WIRE, work).await
    }
    /// Reads the body, binds and validates the input, calls the handler
    /// and writes its answer.
    async fn call<B>(
        &self,
        operation: Operation,
        mut request: RequestParts,
        body: B,
        peer: Option<std::net::SocketAddr>,
    ) -> Result<http::Response<ResponseBody>, FrameworkError>
    where
        B: Body<Data = Bytes>,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let body = sdk_runtime::server::read_body(
                body,
                request.headers(),
                self.body_limit,
            )
            .await?;
        let body = sdk_runtime::server::decode_content(
            &mut request,
            body,
            self.body_limit,
        )?;
        match operation {
            Operation::CreateToken => {
                let input = read_create_token(&request, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.create_token(input, &context).await {
                    Ok(output) => Ok(write_create_token(&output)),
                    Err(error) => Ok(write_create_token_error(&error)),
                }
            }
            Operation::CreateTokenWithIam => {
                let input = read_create_token_with_iam(&request, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.create_token_with_iam(input, &context).await {
                    Ok(output) => Ok(write_create_token_with_iam(&output)),
                    Err(error) => Ok(write_create_token_with_iam_error(&error)),
                }
            }
            Operation::RegisterClient => {
                let input = read_register_client(&request, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.register_client(input, &context).await {
                    Ok(output) => Ok(write_register_client(&output)),
                    Err(error) => Ok(write_register_client_error(&error)),
                }
            }
            Operation::StartDeviceAuthorization => {
                let input = read_start_device_authorization(&request, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.start_device_authorization(input, &context).await {
                    Ok(output) => Ok(write_start_device_authorization(&output)),
                    Err(error) => Ok(write_start_device_authorization_error(&error)),
                }
            }
        }
    }
}
impl<H: Handler> Dispatch for Dispatcher<H> {
    async fn dispatch(
        &self,
        request: http::Request<sdk_runtime::server::Incoming>,
        peer: std::net::SocketAddr,
    ) -> http::Response<ResponseBody> {
        self.handle(request, Some(peer)).await
    }
}
/// A body or bound value that is not what the input's types allow.
fn unreadable(error: impl std::fmt::Display) -> FrameworkError {
    FrameworkError::Serialization(error.to_string())
}
/// Binds and validates `CreateToken`'s input.
fn read_create_token(
    request: &RequestParts,
    body: &[u8],
) -> Result<crate::operation::create_token::CreateTokenInput, FrameworkError> {
    let mut builder = crate::operation::create_token::CreateTokenInput::builder();
    sdk_runtime::server::check_content_type(
        request.headers(),
        body,
        "application/json",
    )?;
    json::read_document(body, |reader, path| builder.read_json_members(reader, path))
        .map_err(unreadable)?;
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    validation.required("/clientId", builder.client_id.is_some());
    validation.required("/clientSecret", builder.client_secret.is_some());
    validation.required("/grantType", builder.grant_type.is_some());
    failures.finish()?;
    builder.build().map_err(unreadable)
}
/// Binds and validates `CreateTokenWithIAM`'s input.
fn read_create_token_with_iam(
    request: &RequestParts,
    body: &[u8],
) -> Result<
    crate::operation::create_token_with_iam::CreateTokenWithIamInput,
    FrameworkError,
> {
    let mut builder = crate::operation::create_token_with_iam::CreateTokenWithIamInput::builder();
    sdk_runtime::server::check_content_type(
        request.headers(),
        body,
        "application/json",
    )?;
    json::read_document(body, |reader, path| builder.read_json_members(reader, path))
        .map_err(unreadable)?;
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    validation.required("/clientId", builder.client_id.is_some());
    validation.required("/grantType", builder.grant_type.is_some());
    failures.finish()?;
    builder.build().map_err(unreadable)
}
/// Binds and validates `RegisterClient`'s input.
fn read_register_client(
    request: &RequestParts,
    body: &[u8],
) -> Result<crate::operation::register_client::RegisterClientInput, FrameworkError> {
    let mut builder = crate::operation::register_client::RegisterClientInput::builder();
    sdk_runtime::server::check_content_type(
        request.headers(),
        body,
        "application/json",
    )?;
    json::read_document(body, |reader, path| builder.read_json_members(reader, path))
        .map_err(unreadable)?;
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    validation.required("/clientName", builder.client_name.is_some());
    validation.required("/clientType", builder.client_type.is_some());
    failures.finish()?;
    builder.build().map_err(unreadable)
}
/// Binds and validates `StartDeviceAuthorization`'s input.
fn read_start_device_authorization(
    request: &RequestParts,
    body: &[u8],
) -> Result<
    crate::operation::start_device_authorization::StartDeviceAuthorizationInput,
    FrameworkError,
> {
    let mut builder = crate::operation::start_device_authorization::StartDeviceAuthorizationInput::builder();
    sdk_runtime::server::check_content_type(
        request.headers(),
        body,
        "application/json",
    )?;
    json::read_document(body, |reader, path| builder.read_json_members(reader, path))
        .map_err(unreadable)?;
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    validation.required("/clientId", builder.client_id.is_some());
    validation.required("/clientSecret", builder.client_secret.is_some());
    validation.required("/startUrl", builder.start_url.is_some());
    failures.finish()?;
    builder.build().map_err(unreadable)
}
/// Writes `CreateToken`'s output with status 200.
fn write_create_token(
    output: &crate::operation::create_token::CreateTokenOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes `CreateTokenWithIAM`'s output with status 200.
fn write_create_token_with_iam(
    output: &crate::operation::create_token_with_iam::CreateTokenWithIamOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes `RegisterClient`'s output with status 200.
fn write_register_client(
    output: &crate::operation::register_client::RegisterClientOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes `StartDeviceAuthorization`'s output with status 200.
fn write_start_device_authorization(
    output: &crate::operation::start_device_authorization::StartDeviceAuthorizationOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes one of `CreateToken`'s errors with its `@httpError` status and code.
fn write_create_token_error(
    error: &crate::operation::create_token::CreateTokenError,
) -> http::Response<ResponseBody> {
    use crate::operation::create_token::CreateTokenError;
    match error {
        CreateTokenError::AccessDeniedException(inner) => {
            WIRE.error_response(400, "AccessDeniedException", json::to_vec(inner))
        }
        CreateTokenError::AuthorizationPendingException(inner) => {
            WIRE.error_response(
                400,
                "AuthorizationPendingException",
                json::to_vec(inner),
            )
        }
        CreateTokenError::ExpiredTokenException(inner) => {
            WIRE.error_response(400, "ExpiredTokenException", json::to_vec(inner))
        }
        CreateTokenError::InternalServerException(inner) => {
            WIRE.error_response(500, "InternalServerException", json::to_vec(inner))
        }
        CreateTokenError::InvalidClientException(inner) => {
            WIRE.error_response(401, "InvalidClientException", json::to_vec(inner))
        }
        CreateTokenError::InvalidGrantException(inner) => {
            WIRE.error_response(400, "InvalidGrantException", json::to_vec(inner))
        }
        CreateTokenError::InvalidRequestException(inner) => {
            WIRE.error_response(400, "InvalidRequestException", json::to_vec(inner))
        }
        CreateTokenError::InvalidScopeException(inner) => {
            WIRE.error_response(400, "InvalidScopeException", json::to_vec(inner))
        }
        CreateTokenError::SlowDownException(inner) => {
            WIRE.error_response(400, "SlowDownException", json::to_vec(inner))
        }
        CreateTokenError::UnauthorizedClientException(inner) => {
            WIRE.error_response(400, "UnauthorizedClientException", json::to_vec(inner))
        }
        CreateTokenError::UnsupportedGrantTypeException(inner) => {
            WIRE.error_response(
                400,
                "UnsupportedGrantTypeException",
                json::to_vec(inner),
            )
        }
        CreateTokenError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
/// Writes one of `CreateTokenWithIAM`'s errors with its `@httpError` status and code.
fn write_create_token_with_iam_error(
    error: &crate::operation::create_token_with_iam::CreateTokenWithIamError,
) -> http::Response<ResponseBody> {
    use crate::operation::create_token_with_iam::CreateTokenWithIamError;
    match error {
        CreateTokenWithIamError::AccessDeniedException(inner) => {
            WIRE.error_response(400, "AccessDeniedException", json::to_vec(inner))
        }
        CreateTokenWithIamError::AuthorizationPendingException(inner) => {
            WIRE.error_response(
                400,
                "AuthorizationPendingException",
                json::to_vec(inner),
            )
        }
        CreateTokenWithIamError::ExpiredTokenException(inner) => {
            WIRE.error_response(400, "ExpiredTokenException", json::to_vec(inner))
        }
        CreateTokenWithIamError::InternalServerException(inner) => {
            WIRE.error_response(500, "InternalServerException", json::to_vec(inner))
        }
        CreateTokenWithIamError::InvalidClientException(inner) => {
            WIRE.error_response(401, "InvalidClientException", json::to_vec(inner))
        }
        CreateTokenWithIamError::InvalidGrantException(inner) => {
            WIRE.error_response(400, "InvalidGrantException", json::to_vec(inner))
        }
        CreateTokenWithIamError::InvalidRequestException(inner) => {
            WIRE.error_response(400, "InvalidRequestException", json::to_vec(inner))
        }
        CreateTokenWithIamError::InvalidRequestRegionException(inner) => {
            WIRE.error_response(
                400,
                "InvalidRequestRegionException",
                json::to_vec(inner),
            )
        }
        CreateTokenWithIamError::InvalidScopeException(inner) => {
            WIRE.error_response(400, "InvalidScopeException", json::to_vec(inner))
        }
        CreateTokenWithIamError::SlowDownException(inner) => {
            WIRE.error_response(400, "SlowDownException", json::to_vec(inner))
        }
        CreateTokenWithIamError::UnauthorizedClientException(inner) => {
            WIRE.error_response(400, "UnauthorizedClientException", json::to_vec(inner))
        }
        CreateTokenWithIamError::UnsupportedGrantTypeException(inner) => {
            WIRE.error_response(
                400,
                "UnsupportedGrantTypeException",
                json::to_vec(inner),
            )
        }
        CreateTokenWithIamError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
/// Writes one of `RegisterClient`'s errors with its `@httpError` status and code.
fn write_register_client_error(
    error: &crate::operation::register_client::RegisterClientError,
) -> http::Response<ResponseBody> {
    use crate::operation::register_client::RegisterClientError;
    match error {
        RegisterClientError::InternalServerException(inner) => {
            WIRE.error_response(500, "InternalServerException", json::to_vec(inner))
        }
        RegisterClientError::InvalidClientMetadataException(inner) => {
            WIRE.error_response(
                400,
                "InvalidClientMetadataException",
                json::to_vec(inner),
            )
        }
        RegisterClientError::InvalidRedirectUriException(inner) => {
            WIRE.error_response(400, "InvalidRedirectUriException", json::to_vec(inner))
        }
        RegisterClientError::InvalidRequestException(inner) => {
            WIRE.error_response(400, "InvalidRequestException", json::to_vec(inner))
        }
        RegisterClientError::InvalidScopeException(inner) => {
            WIRE.error_response(400, "InvalidScopeException", json::to_vec(inner))
        }
        RegisterClientError::SlowDownException(inner) => {
            WIRE.error_response(400, "SlowDownException", json::to_vec(inner))
        }
        RegisterClientError::UnsupportedGrantTypeException(inner) => {
            WIRE.error_response(
                400,
                "UnsupportedGrantTypeException",
                json::to_vec(inner),
            )
        }
        RegisterClientError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
/// Writes one of `StartDeviceAuthorization`'s errors with its `@httpError` status and code.
fn write_start_device_authorization_error(
    error: &crate::operation::start_device_authorization::StartDeviceAuthorizationError,
) -> http::Response<ResponseBody> {
    use crate::operation::start_device_authorization::StartDeviceAuthorizationError;
    match error {
        StartDeviceAuthorizationError::InternalServerException(inner) => {
            WIRE.error_response(500, "InternalServerException", json::to_vec(inner))
        }
        StartDeviceAuthorizationError::InvalidClientException(inner) => {
            WIRE.error_response(401, "InvalidClientException", json::to_vec(inner))
        }
        StartDeviceAuthorizationError::InvalidRequestException(inner) => {
            WIRE.error_response(400, "InvalidRequestException", json::to_vec(inner))
        }
        StartDeviceAuthorizationError::SlowDownException(inner) => {
            WIRE.error_response(400, "SlowDownException", json::to_vec(inner))
        }
        StartDeviceAuthorizationError::UnauthorizedClientException(inner) => {
            WIRE.error_response(400, "UnauthorizedClientException", json::to_vec(inner))
        }
        StartDeviceAuthorizationError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
