// @generated from tests/fixtures/waiters.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The server side of Waiters: implement [`Handler`], wrap it in a [`Dispatcher`] and
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
    /// Describes a table.
    fn describe_table(
        &self,
        input: crate::operation::describe_table::DescribeTableInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::describe_table::DescribeTableOutput,
            crate::operation::describe_table::DescribeTableError,
        >,
    > + Send;
}
/// The operation a route leads to. Its variants are the model's operation
/// names, which may all share a suffix (`...Connection`): hence the allowance.
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, Debug)]
enum Operation {
    DescribeTable,
}
impl Operation {
    /// The operation's name in the model, for traces.
    fn name(self) -> &'static str {
        match self {
            Operation::DescribeTable => "DescribeTable",
        }
    }
}
/// Every operation's route, those with more query literals and literal
/// segments first so the most specific route wins.
const ROUTES: &[Route<Operation>] = &[
    Route {
        operation: Operation::DescribeTable,
        method: "GET",
        path: &[Segment::Literal("tables"), Segment::Label],
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
                sdk_runtime::server::route(ROUTES, &request)?,
                request,
            )));
        let ((operation, labels), request) = match routed {
            Ok(routed) => routed,
            Err(error) => return WIRE.framework_error(error),
        };
        let work = self.call(operation, request, labels, body, peer);
        sdk_runtime::server::traced(operation.name(), WIRE, work).await
    }
    /// Reads the body, binds and validates the input, calls the handler
    /// and writes its answer.
    async fn call<B>(
        &self,
        operation: Operation,
        mut request: RequestParts,
        labels: Vec<String>,
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
            Operation::DescribeTable => {
                let input = read_describe_table(&request, &labels, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.describe_table(input, &context).await {
                    Ok(output) => Ok(write_describe_table(&output)),
                    Err(error) => Ok(write_describe_table_error(&error)),
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
/// Binds and validates `DescribeTable`'s input.
fn read_describe_table(
    _request: &RequestParts,
    labels: &[String],
    _body: &[u8],
) -> Result<crate::operation::describe_table::DescribeTableInput, FrameworkError> {
    let mut builder = crate::operation::describe_table::DescribeTableInput::builder();
    if let Some(text) = labels.first().map(String::as_str) {
        builder.name = Some(text.to_owned());
    }
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    validation.required("/name", builder.name.is_some());
    failures.finish()?;
    builder.build().map_err(unreadable)
}
/// Writes `DescribeTable`'s output with status 200.
fn write_describe_table(
    output: &crate::operation::describe_table::DescribeTableOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes one of `DescribeTable`'s errors with its `@httpError` status and code.
fn write_describe_table_error(
    error: &crate::operation::describe_table::DescribeTableError,
) -> http::Response<ResponseBody> {
    use crate::operation::describe_table::DescribeTableError;
    match error {
        DescribeTableError::ResourceNotFound(inner) => {
            WIRE.error_response(404, "ResourceNotFound", json::to_vec(inner))
        }
        DescribeTableError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
