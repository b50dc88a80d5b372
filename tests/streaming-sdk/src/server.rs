// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The server side of Streaming: implement [`Handler`], wrap it in a [`Dispatcher`] and
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
    /// Streams 'length' bytes back as the response body.
    fn download_object(
        &self,
        input: crate::operation::download_object::DownloadObjectInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::download_object::DownloadObjectOutput,
            crate::operation::download_object::DownloadObjectError,
        >,
    > + Send;
    /// Stores the request body under 'key', read as it comes.
    fn upload_object(
        &self,
        input: crate::operation::upload_object::UploadObjectInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::upload_object::UploadObjectOutput,
            crate::operation::upload_object::UploadObjectError,
        >,
    > + Send;
    /// Stores a body whose length must be declared up front.
    fn upload_sized(
        &self,
        input: crate::operation::upload_sized::UploadSizedInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::upload_sized::UploadSizedOutput,
            crate::operation::upload_sized::UploadSizedError,
        >,
    > + Send;
}
/// The operation a route leads to. Its variants are the model's operation
/// names, which may all share a suffix (`...Connection`): hence the allowance.
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, Debug)]
enum Operation {
    DownloadObject,
    UploadObject,
    UploadSized,
}
impl Operation {
    /// The operation's name in the model, for traces.
    fn name(self) -> &'static str {
        match self {
            Operation::DownloadObject => "DownloadObject",
            Operation::UploadObject => "UploadObject",
            Operation::UploadSized => "UploadSized",
        }
    }
}
/// Every operation's route, those with more query literals and literal
/// segments first so the most specific route wins.
const ROUTES: &[Route<Operation>] = &[
    Route {
        operation: Operation::DownloadObject,
        method: "GET",
        path: &[Segment::Literal("objects"), Segment::Label],
        query: &[],
    },
    Route {
        operation: Operation::UploadObject,
        method: "PUT",
        path: &[Segment::Literal("objects"), Segment::Label],
        query: &[],
    },
    Route {
        operation: Operation::UploadSized,
        method: "PUT",
        path: &[Segment::Literal("sized"), Segment::Label],
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
        B: Body<Data = Bytes> + Send + Sync + 'static,
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
        B: Body<Data = Bytes> + Send + Sync + 'static,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        match operation {
            Operation::DownloadObject => {
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
                let input = read_download_object(&request, &labels, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.download_object(input, &context).await {
                    Ok(output) => write_download_object(output),
                    Err(error) => Ok(write_download_object_error(&error)),
                }
            }
            Operation::UploadObject => {
                let input = read_upload_object(
                    &request,
                    &labels,
                    crate::primitives::ByteStream::from_body(body),
                )?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.upload_object(input, &context).await {
                    Ok(output) => Ok(write_upload_object(&output)),
                    Err(error) => Ok(write_upload_object_error(&error)),
                }
            }
            Operation::UploadSized => {
                let input = read_upload_sized(
                    &request,
                    &labels,
                    crate::primitives::ByteStream::from_body(body),
                )?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.upload_sized(input, &context).await {
                    Ok(output) => Ok(write_upload_sized(&output)),
                    Err(error) => Ok(write_upload_sized_error(&error)),
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
/// An answer the handler gave that cannot be written as the model binds it.
fn unwritable(error: impl std::fmt::Display) -> FrameworkError {
    FrameworkError::ResponseWrite(error.to_string())
}
/// Binds and validates `DownloadObject`'s input.
fn read_download_object(
    request: &RequestParts,
    labels: &[String],
    _body: &[u8],
) -> Result<crate::operation::download_object::DownloadObjectInput, FrameworkError> {
    let mut builder = crate::operation::download_object::DownloadObjectInput::builder();
    if let Some(text) = labels.first().map(String::as_str) {
        builder.key = Some(text.to_owned());
    }
    if let Some(text) = request.query("length") {
        builder.length = Some(
            text
                .trim()
                .parse()
                .map_err(|error| unreadable(
                    format!("query parameter `length` is not valid: {error}"),
                ))?,
        );
    }
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    validation.required("/key", builder.key.is_some());
    if let Some(value) = &builder.key {
        validation.length("/key", value.chars().count(), Some(1u64), Some(64u64));
    }
    failures.finish()?;
    builder.build().map_err(unreadable)
}
/// Binds and validates `UploadObject`'s input.
fn read_upload_object(
    request: &RequestParts,
    labels: &[String],
    body: crate::primitives::ByteStream,
) -> Result<crate::operation::upload_object::UploadObjectInput, FrameworkError> {
    let mut builder = crate::operation::upload_object::UploadObjectInput::builder();
    builder.body = Some(body);
    if let Some(joined) = sdk_runtime::client::header_text(
            request.headers(),
            "x-object-label",
        )
        .map_err(|error| unreadable(
            format!("header `x-object-label` is not valid: {error}"),
        ))?
    {
        builder.label = Some(joined.as_str().to_owned());
    }
    if let Some(text) = labels.first().map(String::as_str) {
        builder.key = Some(text.to_owned());
    }
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    validation.required("/key", builder.key.is_some());
    if let Some(value) = &builder.key {
        validation.length("/key", value.chars().count(), Some(1u64), Some(64u64));
    }
    validation.required("/body", builder.body.is_some());
    failures.finish()?;
    builder.build().map_err(unreadable)
}
/// Binds and validates `UploadSized`'s input.
fn read_upload_sized(
    _request: &RequestParts,
    labels: &[String],
    body: crate::primitives::ByteStream,
) -> Result<crate::operation::upload_sized::UploadSizedInput, FrameworkError> {
    let mut builder = crate::operation::upload_sized::UploadSizedInput::builder();
    builder.body = Some(body);
    if let Some(text) = labels.first().map(String::as_str) {
        builder.key = Some(text.to_owned());
    }
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    validation.required("/key", builder.key.is_some());
    if let Some(value) = &builder.key {
        validation.length("/key", value.chars().count(), Some(1u64), Some(64u64));
    }
    failures.finish()?;
    builder.build().map_err(unreadable)
}
/// Writes `DownloadObject`'s output with status 200.
fn write_download_object(
    output: crate::operation::download_object::DownloadObjectOutput,
) -> Result<http::Response<ResponseBody>, FrameworkError> {
    let mut headers = Vec::new();
    headers
        .push((
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_str("application/octet-stream").map_err(unwritable)?,
        ));
    if let Some(value) = &output.length {
        headers
            .push((
                sdk_runtime::http::HeaderName::from_static("x-object-length"),
                sdk_runtime::http::HeaderValue::from_str(&value.to_string())
                    .map_err(|error| unwritable(
                        format!("header `x-object-length` is not valid: {error}"),
                    ))?,
            ));
    }
    Ok(
        sdk_runtime::server::with_headers(
            WIRE.stream_response(200, output.body),
            headers,
        ),
    )
}
/// Writes `UploadObject`'s output with status 200.
fn write_upload_object(
    output: &crate::operation::upload_object::UploadObjectOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes `UploadSized`'s output with status 200.
fn write_upload_sized(
    output: &crate::operation::upload_sized::UploadSizedOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes one of `DownloadObject`'s errors with its `@httpError` status and code.
fn write_download_object_error(
    error: &crate::operation::download_object::DownloadObjectError,
) -> http::Response<ResponseBody> {
    use crate::operation::download_object::DownloadObjectError;
    match error {
        DownloadObjectError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
/// Writes one of `UploadObject`'s errors with its `@httpError` status and code.
fn write_upload_object_error(
    error: &crate::operation::upload_object::UploadObjectError,
) -> http::Response<ResponseBody> {
    use crate::operation::upload_object::UploadObjectError;
    match error {
        UploadObjectError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
/// Writes one of `UploadSized`'s errors with its `@httpError` status and code.
fn write_upload_sized_error(
    error: &crate::operation::upload_sized::UploadSizedError,
) -> http::Response<ResponseBody> {
    use crate::operation::upload_sized::UploadSizedError;
    match error {
        UploadSizedError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
