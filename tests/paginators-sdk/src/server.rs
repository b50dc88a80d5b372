// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The server side of Paginators: implement [`Handler`], wrap it in a [`Dispatcher`] and
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
    /// Not paginated: no paginator, though the service has '@paginated' defaults.
    fn get_thing(
        &self,
        input: crate::operation::get_thing::GetThingInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::get_thing::GetThingOutput,
            crate::operation::get_thing::GetThingError,
        >,
    > + Send;
    /// Pages whose token and entries sit one structure down.
    fn list_pages(
        &self,
        input: crate::operation::list_pages::ListPagesInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::list_pages::ListPagesOutput,
            crate::operation::list_pages::ListPagesError,
        >,
    > + Send;
    /// Tags as a map, a page of entries at a time.
    fn list_tags(
        &self,
        input: crate::operation::list_tags::ListTagsInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::list_tags::ListTagsOutput,
            crate::operation::list_tags::ListTagsError,
        >,
    > + Send;
    /// Lists things a page at a time; tokens and page size come from the service's '@paginated'.
    fn list_things(
        &self,
        input: crate::operation::list_things::ListThingsInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::list_things::ListThingsOutput,
            crate::operation::list_things::ListThingsError,
        >,
    > + Send;
    /// Pages by the last key read, a map, as DynamoDB's 'Scan' does.
    fn scan_items(
        &self,
        input: crate::operation::scan_items::ScanItemsInput,
        context: &RequestContext,
    ) -> impl std::future::Future<
        Output = Result<
            crate::operation::scan_items::ScanItemsOutput,
            crate::operation::scan_items::ScanItemsError,
        >,
    > + Send;
}
/// The operation a route leads to. Its variants are the model's operation
/// names, which may all share a suffix (`...Connection`): hence the allowance.
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, Debug)]
enum Operation {
    GetThing,
    ListPages,
    ListTags,
    ListThings,
    ScanItems,
}
impl Operation {
    /// The operation's name in the model, for traces.
    fn name(self) -> &'static str {
        match self {
            Operation::GetThing => "GetThing",
            Operation::ListPages => "ListPages",
            Operation::ListTags => "ListTags",
            Operation::ListThings => "ListThings",
            Operation::ScanItems => "ScanItems",
        }
    }
}
/// Every operation's route, those with more query literals and literal
/// segments first so the most specific route wins.
const ROUTES: &[Route<Operation>] = &[
    Route {
        operation: Operation::GetThing,
        method: "GET",
        path: &[Segment::Literal("things"), Segment::Label],
        query: &[],
    },
    Route {
        operation: Operation::ListPages,
        method: "POST",
        path: &[Segment::Literal("pages")],
        query: &[],
    },
    Route {
        operation: Operation::ListTags,
        method: "GET",
        path: &[Segment::Literal("tags")],
        query: &[],
    },
    Route {
        operation: Operation::ListThings,
        method: "GET",
        path: &[Segment::Literal("things")],
        query: &[],
    },
    Route {
        operation: Operation::ScanItems,
        method: "POST",
        path: &[Segment::Literal("scan")],
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
            Operation::GetThing => {
                let input = read_get_thing(&request, &labels, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.get_thing(input, &context).await {
                    Ok(output) => Ok(write_get_thing(&output)),
                    Err(error) => Ok(write_get_thing_error(&error)),
                }
            }
            Operation::ListPages => {
                let input = read_list_pages(&request, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.list_pages(input, &context).await {
                    Ok(output) => Ok(write_list_pages(&output)),
                    Err(error) => Ok(write_list_pages_error(&error)),
                }
            }
            Operation::ListTags => {
                let input = read_list_tags(&request, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.list_tags(input, &context).await {
                    Ok(output) => Ok(write_list_tags(&output)),
                    Err(error) => Ok(write_list_tags_error(&error)),
                }
            }
            Operation::ListThings => {
                let input = read_list_things(&request, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.list_things(input, &context).await {
                    Ok(output) => Ok(write_list_things(&output)),
                    Err(error) => Ok(write_list_things_error(&error)),
                }
            }
            Operation::ScanItems => {
                let input = read_scan_items(&request, &body)?;
                let context = RequestContext::new(peer, request.into_headers());
                match self.handler.scan_items(input, &context).await {
                    Ok(output) => Ok(write_scan_items(&output)),
                    Err(error) => Ok(write_scan_items_error(&error)),
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
/// Binds and validates `GetThing`'s input.
fn read_get_thing(
    _request: &RequestParts,
    labels: &[String],
    _body: &[u8],
) -> Result<crate::operation::get_thing::GetThingInput, FrameworkError> {
    let mut builder = crate::operation::get_thing::GetThingInput::builder();
    if let Some(text) = labels.first().map(String::as_str) {
        builder.name = Some(text.to_owned());
    }
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    validation.required("/name", builder.name.is_some());
    failures.finish()?;
    builder.build().map_err(unreadable)
}
/// Binds and validates `ListPages`'s input.
fn read_list_pages(
    request: &RequestParts,
    body: &[u8],
) -> Result<crate::operation::list_pages::ListPagesInput, FrameworkError> {
    let mut builder = crate::operation::list_pages::ListPagesInput::builder();
    sdk_runtime::server::check_content_type(
        request.headers(),
        body,
        "application/json",
    )?;
    json::read_document(body, |reader, path| builder.read_json_members(reader, path))
        .map_err(unreadable)?;
    Ok(builder.build())
}
/// Binds and validates `ListTags`'s input.
fn read_list_tags(
    request: &RequestParts,
    _body: &[u8],
) -> Result<crate::operation::list_tags::ListTagsInput, FrameworkError> {
    let mut builder = crate::operation::list_tags::ListTagsInput::builder();
    if let Some(text) = request.query("token") {
        builder.next_token = Some(text.to_owned());
    }
    if let Some(text) = request.query("max") {
        builder.max_results = Some(
            text
                .trim()
                .parse()
                .map_err(|error| unreadable(
                    format!("query parameter `max` is not valid: {error}"),
                ))?,
        );
    }
    Ok(builder.build())
}
/// Binds and validates `ListThings`'s input.
fn read_list_things(
    request: &RequestParts,
    _body: &[u8],
) -> Result<crate::operation::list_things::ListThingsInput, FrameworkError> {
    let mut builder = crate::operation::list_things::ListThingsInput::builder();
    if let Some(text) = request.query("nextToken") {
        builder.next_token = Some(text.to_owned());
    }
    if let Some(text) = request.query("maxResults") {
        builder.max_results = Some(
            text
                .trim()
                .parse()
                .map_err(|error| unreadable(
                    format!("query parameter `maxResults` is not valid: {error}"),
                ))?,
        );
    }
    if let Some(text) = request.query("prefix") {
        builder.prefix = Some(text.to_owned());
    }
    let mut failures = sdk_runtime::server::Validation::new();
    let validation = &mut failures;
    if let Some(value) = &builder.max_results {
        validation.range("/maxResults", *value as f64, Some(1f64), Some(100f64));
    }
    failures.finish()?;
    Ok(builder.build())
}
/// Binds and validates `ScanItems`'s input.
fn read_scan_items(
    request: &RequestParts,
    body: &[u8],
) -> Result<crate::operation::scan_items::ScanItemsInput, FrameworkError> {
    let mut builder = crate::operation::scan_items::ScanItemsInput::builder();
    sdk_runtime::server::check_content_type(
        request.headers(),
        body,
        "application/json",
    )?;
    json::read_document(body, |reader, path| builder.read_json_members(reader, path))
        .map_err(unreadable)?;
    Ok(builder.build())
}
/// Writes `GetThing`'s output with status 200.
fn write_get_thing(
    output: &crate::operation::get_thing::GetThingOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes `ListPages`'s output with status 200.
fn write_list_pages(
    output: &crate::operation::list_pages::ListPagesOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes `ListTags`'s output with status 200.
fn write_list_tags(
    output: &crate::operation::list_tags::ListTagsOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes `ListThings`'s output with status 200.
fn write_list_things(
    output: &crate::operation::list_things::ListThingsOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes `ScanItems`'s output with status 200.
fn write_scan_items(
    output: &crate::operation::scan_items::ScanItemsOutput,
) -> http::Response<ResponseBody> {
    WIRE.response(200, json::to_vec(output))
}
/// Writes one of `GetThing`'s errors with its `@httpError` status and code.
fn write_get_thing_error(
    error: &crate::operation::get_thing::GetThingError,
) -> http::Response<ResponseBody> {
    use crate::operation::get_thing::GetThingError;
    match error {
        GetThingError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
/// Writes one of `ListPages`'s errors with its `@httpError` status and code.
fn write_list_pages_error(
    error: &crate::operation::list_pages::ListPagesError,
) -> http::Response<ResponseBody> {
    use crate::operation::list_pages::ListPagesError;
    match error {
        ListPagesError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
/// Writes one of `ListTags`'s errors with its `@httpError` status and code.
fn write_list_tags_error(
    error: &crate::operation::list_tags::ListTagsError,
) -> http::Response<ResponseBody> {
    use crate::operation::list_tags::ListTagsError;
    match error {
        ListTagsError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
/// Writes one of `ListThings`'s errors with its `@httpError` status and code.
fn write_list_things_error(
    error: &crate::operation::list_things::ListThingsError,
) -> http::Response<ResponseBody> {
    use crate::operation::list_things::ListThingsError;
    match error {
        ListThingsError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
/// Writes one of `ScanItems`'s errors with its `@httpError` status and code.
fn write_scan_items_error(
    error: &crate::operation::scan_items::ScanItemsError,
) -> http::Response<ResponseBody> {
    use crate::operation::scan_items::ScanItemsError;
    match error {
        ScanItemsError::Unhandled(inner) => WIRE.unhandled_response(inner),
    }
}
