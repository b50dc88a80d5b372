// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The server side of Shapes: implement [`Handler`], wrap it in a [`Dispatcher`] and
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
    /// The Echo operation.
    fn echo(
        &self,
        input: crate::operation::echo::EchoInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::echo::EchoOutput,
            crate::operation::echo::EchoError,
        >,
    > + Send;
}
/// The operation a route leads to. Its variants are the model's operation
/// names, which may all share a suffix (`...Connection`): hence the allowance.
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, Debug)]
enum Operation {
    Echo,
}
impl Operation {
    /// The operation's name in the model, for traces.
    fn name(self) -> &'static str {
        match self {
            Operation::Echo => "Echo",
        }
    }
}
/// Every operation's route, those with more query literals and literal
/// segments first so the most specific route wins.
const ROUTES: &[Route<Operation>] = &[
    Route {
        operation: Operation::Echo,
        method: "POST",
        path: &[Segment::Literal("echo")],
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
            Operation::Echo => {
                let input = read_echo(&request, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.echo(input, &context).await {
                    Ok(output) => Ok(write_echo(&output)),
                    Err(error) => Ok(write_echo_error(&error)),
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
/// Binds and validates `Echo`'s input.
fn read_echo(
    request: &RequestParts,
    body: &[u8],
) -> Result<crate::operation::echo::EchoInput, FrameworkError> {
    let mut builder = crate::operation::echo::EchoInput::builder();
    sdk_runtime::server::check_content_type(
        request.headers(),
        body,
        "application/json",
    )?;
    json::read_document(body, |reader, path| builder.read_json_members(reader, path))
        .map_err(unreadable)?;
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    if let Some(value) = &builder.color {
        if matches!(value, crate ::types::Color::Unknown(_)) {
            validation.enum_value("/color", &["red", "dark-blue"]);
        }
    }
    if let Some(value) = &builder.unique_names {
        validation.unique_items("/uniqueNames", value);
    }
    if let Some(value) = &builder.labels {
        for (key, item) in value {
            let item_path = format!("{}/{key}", "/labels");
            validate_nested(item, &item_path, validation);
        }
    }
    if let Some(value) = &builder.nested {
        validate_nested(value, "/nested", validation);
    }
    validation.required("/required", builder.required.is_some());
    if let Some(value) = &builder.default_color {
        if matches!(value, crate ::types::Color::Unknown(_)) {
            validation.enum_value("/defaultColor", &["red", "dark-blue"]);
        }
    }
    failures.finish()?;
    builder.build().map_err(unreadable)
}
/// Writes `Echo`'s output with status 200.
fn write_echo(
    output: &crate::operation::echo::EchoOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes one of `Echo`'s errors with its `@httpError` status and code.
fn write_echo_error(
    error: &crate::operation::echo::EchoError,
) -> http::Response<ResponseBody> {
    use crate::operation::echo::EchoError;
    match error {
        EchoError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
/// Checks the members of a `Nested` found at `path`.
fn validate_nested(
    structure: &crate::types::Nested,
    path: &str,
    validation: &mut sdk_runtime::server::Validation,
) {
    {
        let value = &structure.id;
        let member_path = format!("{path}/id");
        validation.length(&member_path, value.chars().count(), Some(1u64), Some(8u64));
    }
    if let Some(value) = &structure.tags {
        let member_path = format!("{path}/tags");
        validation.length(&member_path, value.len(), None, Some(3u64));
    }
}
