// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The server side of Item Store: implement [`Handler`], wrap it in a [`Dispatcher`] and
//! [`serve`] it.
//!
//! The dispatcher routes each request (by the operation its `X-Amz-Target` header names), inflates a body the client gzipped,
//! reads and validates the input, calls the handler, and writes the output or error
//! as the protocol asks. Requests that never reach a handler get the
//! Smithy framework errors: 404 `UnknownOperationException`, 405 for a known path with
//! another method, 400 `SerializationException` for a body that is not the input's
//! JSON, 400 `ValidationException` naming each member that breaks a rule, 415 for a
//! body that is not JSON, and 413 for a body over the limit.
use sdk_runtime::http;
use sdk_runtime::json;
use sdk_runtime::server::{Body, Bytes, FrameworkError, RequestParts, ResponseBody, Wire};
use std::sync::Arc;
pub use sdk_runtime::server::{
    serve, serve_with, Dispatch, RequestContext, ServeLimits, DEFAULT_BODY_LIMIT,
};
/// One async method per operation. Return the output, or one of the
/// operation's modeled errors; an `Unhandled` error is sent with its own
/// code and status (500 `InternalFailure` when it has none).
pub trait Handler: Send + Sync + 'static {
    /// Reads an item.
    fn get_item(
        &self,
        input: crate::operation::get_item::GetItemInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::get_item::GetItemOutput,
            crate::operation::get_item::GetItemError,
        >,
    > + Send;
    /// Stores an item, replacing the one with its id when 'expectedVersion' matches.
    fn put_item(
        &self,
        input: crate::operation::put_item::PutItemInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::put_item::PutItemOutput,
            crate::operation::put_item::PutItemError,
        >,
    > + Send;
}
/// The operation a route leads to. Its variants are the model's operation
/// names, which may all share a suffix (`...Connection`): hence the allowance.
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, Debug)]
enum Operation {
    GetItem,
    PutItem,
}
impl Operation {
    /// The operation's name in the model, for traces.
    fn name(self) -> &'static str {
        match self {
            Operation::GetItem => "GetItem",
            Operation::PutItem => "PutItem",
        }
    }
}
/// Every operation by the `X-Amz-Target` that names it.
const TARGETS: &[(&str, Operation)] = &[
    ("ItemStore.GetItem", Operation::GetItem),
    ("ItemStore.PutItem", Operation::PutItem),
];
/// The protocol answers are framed in.
const WIRE: Wire = Wire::AwsJson1_1;
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
                sdk_runtime::server::route_target(TARGETS, &request)?,
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
            Operation::GetItem => {
                let input = read_get_item(&request, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.get_item(input, &context).await {
                    Ok(output) => Ok(write_get_item(&output)),
                    Err(error) => Ok(write_get_item_error(&error)),
                }
            }
            Operation::PutItem => {
                let input = read_put_item(&request, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.put_item(input, &context).await {
                    Ok(output) => Ok(write_put_item(&output)),
                    Err(error) => Ok(write_put_item_error(&error)),
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
/// Binds and validates `GetItem`'s input.
fn read_get_item(
    request: &RequestParts,
    body: &[u8],
) -> Result<crate::operation::get_item::GetItemInput, FrameworkError> {
    let mut builder = crate::operation::get_item::GetItemInput::builder();
    sdk_runtime::server::check_content_type(
        request.headers(),
        body,
        "application/x-amz-json-1.1",
    )?;
    json::read_document(body, |reader, path| builder.read_json_members(reader, path))
        .map_err(unreadable)?;
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    validation.required("/id", builder.id.is_some());
    failures.finish()?;
    builder.build().map_err(unreadable)
}
/// Binds and validates `PutItem`'s input.
fn read_put_item(
    request: &RequestParts,
    body: &[u8],
) -> Result<crate::operation::put_item::PutItemInput, FrameworkError> {
    let mut builder = crate::operation::put_item::PutItemInput::builder();
    sdk_runtime::server::check_content_type(
        request.headers(),
        body,
        "application/x-amz-json-1.1",
    )?;
    json::read_document(body, |reader, path| builder.read_json_members(reader, path))
        .map_err(unreadable)?;
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    validation.required("/id", builder.id.is_some());
    if let Some(value) = &builder.id {
        validation.length("/id", value.chars().count(), Some(1u64), Some(64u64));
    }
    failures.finish()?;
    builder.build().map_err(unreadable)
}
/// Writes `GetItem`'s output with status 200.
fn write_get_item(
    output: &crate::operation::get_item::GetItemOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes `PutItem`'s output with status 200.
fn write_put_item(
    output: &crate::operation::put_item::PutItemOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes one of `GetItem`'s errors with its `@httpError` status and code.
fn write_get_item_error(
    error: &crate::operation::get_item::GetItemError,
) -> http::Response<ResponseBody> {
    use crate::operation::get_item::GetItemError;
    match error {
        GetItemError::Throttled(inner) => {
            WIRE.error_response(500, "Throttled", json::to_vec(inner))
        }
        GetItemError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
/// Writes one of `PutItem`'s errors with its `@httpError` status and code.
fn write_put_item_error(
    error: &crate::operation::put_item::PutItemError,
) -> http::Response<ResponseBody> {
    use crate::operation::put_item::PutItemError;
    match error {
        PutItemError::ItemConflict(inner) => {
            WIRE.error_response(409, "ItemConflict", json::to_vec(inner))
        }
        PutItemError::Throttled(inner) => {
            WIRE.error_response(500, "Throttled", json::to_vec(inner))
        }
        PutItemError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
