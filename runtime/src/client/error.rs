//! What can go wrong when calling an operation.

use crate::error::{ErrorMetadata, ProvideErrorMetadata, Unhandled};
use bytes::Bytes;
use std::error::Error as StdError;
use std::fmt;

use crate::error::BoxError;

/// A response as it came off the wire, kept for errors that need it.
///
/// Its `Debug` shows the status, content type, body length and request id, never
/// the body, which can hold tokens: call [`body`](Self::body) for that.
#[derive(Clone)]
pub struct RawResponse {
    status: u16,
    headers: http::HeaderMap,
    body: Bytes,
}

impl RawResponse {
    /// A response with `status`, `headers` and `body`.
    pub fn new(status: u16, headers: http::HeaderMap, body: Bytes) -> Self {
        Self {
            status,
            headers,
            body,
        }
    }

    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &http::HeaderMap {
        &self.headers
    }

    /// The response body.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// A header's value as text, when present and valid.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The id the service gave the request (the `x-amzn-requestid` header), when it did.
    pub fn request_id(&self) -> Option<&str> {
        // A `HeaderName` is looked up without parsing it again, as a `&str` would be.
        static NAME: http::HeaderName = http::HeaderName::from_static(REQUEST_ID_HEADER);
        self.headers.get(&NAME).and_then(|v| v.to_str().ok())
    }
}

/// The response header AWS services name the request's id in.
pub(crate) const REQUEST_ID_HEADER: &str = "x-amzn-requestid";

/// The id the service gave a request, as `aws-sdk`'s `RequestId` trait offers it:
/// implemented by every operation output, operation error and [`SdkError`].
/// Outputs and errors also have it as an inherent method, so most code needs no
/// import.
pub trait RequestId {
    /// The request id from the response's `x-amzn-requestid` header, when it had one.
    fn request_id(&self) -> Option<&str>;
}

impl RequestId for RawResponse {
    fn request_id(&self) -> Option<&str> {
        RawResponse::request_id(self)
    }
}

impl RequestId for ErrorMetadata {
    fn request_id(&self) -> Option<&str> {
        ErrorMetadata::request_id(self)
    }
}

impl RequestId for Unhandled {
    fn request_id(&self) -> Option<&str> {
        self.meta().request_id()
    }
}

impl fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawResponse")
            .field("status", &self.status)
            .field("content_type", &self.header("content-type"))
            .field("body_len", &self.body.len())
            .field("request_id", &self.request_id())
            .finish_non_exhaustive()
    }
}

/// A response body larger than the client accepts
/// ([`ConfigBuilder::max_response_body`](super::ConfigBuilder::max_response_body)).
///
/// The body was refused from its `Content-Length` before any of it was read, or
/// reading stopped as soon as the limit was passed. It is the source of an
/// [`SdkError::ResponseError`], whose raw response keeps the status and headers
/// but no body. The attempt is not retried: the same request would most likely
/// get the same answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseBodyTooLarge {
    limit: u64,
    content_length: Option<u64>,
}

impl ResponseBodyTooLarge {
    /// A body over `limit` bytes, which announced `content_length` when it did.
    pub fn new(limit: u64, content_length: Option<u64>) -> Self {
        Self {
            limit,
            content_length,
        }
    }

    /// The limit, in bytes.
    pub fn limit(&self) -> u64 {
        self.limit
    }

    /// The length the response announced (`Content-Length`), when it did.
    pub fn content_length(&self) -> Option<u64> {
        self.content_length
    }
}

impl fmt::Display for ResponseBodyTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "response body exceeds the limit of {} bytes", self.limit)?;
        if let Some(length) = self.content_length {
            write!(f, " (Content-Length: {length})")?;
        }
        Ok(())
    }
}

impl StdError for ResponseBodyTooLarge {}

/// The failure of a connection: refused, reset, TLS, DNS, or a timeout.
#[derive(Debug)]
pub struct ConnectorError {
    kind: ConnectorErrorKind,
    source: BoxError,
}

/// What kind of [`ConnectorError`] happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConnectorErrorKind {
    /// The connection or the attempt took longer than its timeout.
    Timeout,
    /// An I/O or protocol failure (refused, reset, TLS, DNS).
    Io,
    /// Anything else.
    Other,
}

impl ConnectorError {
    /// A connector error of `kind` caused by `source`.
    pub fn new(kind: ConnectorErrorKind, source: impl Into<BoxError>) -> Self {
        Self {
            kind,
            source: source.into(),
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ConnectorErrorKind {
        self.kind
    }
}

impl fmt::Display for ConnectorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ConnectorErrorKind::Timeout => write!(f, "timed out: {}", self.source),
            ConnectorErrorKind::Io => write!(f, "connection failed: {}", self.source),
            ConnectorErrorKind::Other => write!(f, "request failed: {}", self.source),
        }
    }
}

impl StdError for ConnectorError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        Some(self.source.as_ref())
    }
}

/// Implemented by operation error enums, so any failure can be turned into one.
pub trait CreateUnhandledError {
    /// The `Unhandled` variant carrying `unhandled`.
    fn create_unhandled_error(unhandled: Unhandled) -> Self;
}

/// The error of an operation call: the request could not be made or sent, the
/// response could not be read, or the service answered with an error.
#[non_exhaustive]
#[derive(Debug)]
pub enum SdkError<E> {
    /// The request was not sent: the input failed validation, or no endpoint could be resolved.
    ConstructionFailure(BoxError),
    /// The operation, or its last attempt, took longer than its timeout.
    TimeoutError(BoxError),
    /// The request could not be sent or its response not received (I/O, TLS, DNS).
    DispatchFailure(ConnectorError),
    /// A response arrived but could not be read; its status and body are kept.
    ResponseError(ResponseError),
    /// The service answered with an error.
    ServiceError(ServiceError<E>),
}

/// A response that could not be read as what it should have been: its body was
/// not the document the operation returns, or was larger than the client accepts
/// ([`ResponseBodyTooLarge`]; then the raw response has no body).
#[derive(Debug)]
pub struct ResponseError {
    source: BoxError,
    raw: Box<RawResponse>,
}

impl ResponseError {
    /// Why `raw` could not be read.
    pub fn new(source: impl Into<BoxError>, raw: RawResponse) -> Self {
        Self {
            source: source.into(),
            raw: Box::new(raw),
        }
    }

    /// The response.
    pub fn raw(&self) -> &RawResponse {
        &self.raw
    }

    /// The limit the body passed, when that is why it was not read.
    pub fn body_too_large(&self) -> Option<&ResponseBodyTooLarge> {
        self.source.downcast_ref()
    }
}

/// An error the service answered with, and the response that carried it.
#[derive(Debug)]
pub struct ServiceError<E> {
    source: E,
    raw: Box<RawResponse>,
}

impl<E> ServiceError<E> {
    /// The service error `source`, carried by `raw`.
    pub fn new(source: E, raw: RawResponse) -> Self {
        Self {
            source,
            raw: Box::new(raw),
        }
    }

    /// The error.
    pub fn err(&self) -> &E {
        &self.source
    }

    /// The error, by value.
    pub fn into_err(self) -> E {
        self.source
    }

    /// The response.
    pub fn raw(&self) -> &RawResponse {
        &self.raw
    }
}

impl<E> SdkError<E> {
    /// A construction failure caused by `source` (invalid input, no endpoint).
    pub fn construction_failure(source: impl Into<BoxError>) -> Self {
        SdkError::ConstructionFailure(source.into())
    }

    /// The service error, when the service answered with one.
    pub fn as_service_error(&self) -> Option<&E> {
        match self {
            SdkError::ServiceError(error) => Some(&error.source),
            _ => None,
        }
    }

    /// The raw response, when one arrived.
    pub fn raw_response(&self) -> Option<&RawResponse> {
        match self {
            SdkError::ResponseError(error) => Some(&error.raw),
            SdkError::ServiceError(error) => Some(&error.raw),
            _ => None,
        }
    }

    /// Turns any failure into the operation's error enum; failures that are not
    /// service errors become its `Unhandled` variant, keeping the cause as source.
    pub fn into_service_error(self) -> E
    where
        E: CreateUnhandledError + StdError + Send + Sync + 'static,
    {
        match self {
            SdkError::ServiceError(error) => error.source,
            other => {
                let mut meta = ErrorMetadata::new().with_message(other.to_string());
                if let Some(raw) = other.raw_response() {
                    meta = add_response_metadata(meta, raw);
                }
                E::create_unhandled_error(Unhandled::new(meta).with_source(other))
            }
        }
    }
}

/// `meta` with the status and request id of `raw`, the response it came in,
/// and the code of its `x-amzn-query-error` header when it has one.
pub fn add_response_metadata(mut meta: ErrorMetadata, raw: &RawResponse) -> ErrorMetadata {
    meta = meta.with_status(raw.status());
    // awsQueryCompatible services (SQS) name the error as their awsQuery API
    // did, `Code;Fault`: that code is the one callers know.
    if let Some(code) = raw
        .header("x-amzn-query-error")
        .and_then(|value| value.split(';').next())
        .filter(|code| !code.is_empty())
    {
        meta = meta.with_code(code);
    }
    if let Some(request_id) = raw.request_id() {
        meta = meta.with_request_id(request_id);
    }
    meta
}

impl<E> RequestId for SdkError<E> {
    /// The request id of the response, for service and response errors (the others
    /// had no response).
    fn request_id(&self) -> Option<&str> {
        self.raw_response().and_then(RawResponse::request_id)
    }
}

impl<E: ProvideErrorMetadata> SdkError<E> {
    /// The service's error code, for service errors.
    pub fn code(&self) -> Option<&str> {
        self.as_service_error().and_then(ProvideErrorMetadata::code)
    }

    /// The service's error message, for service errors.
    pub fn message(&self) -> Option<&str> {
        self.as_service_error()
            .and_then(ProvideErrorMetadata::message)
    }
}

impl<E: fmt::Display> fmt::Display for SdkError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdkError::ConstructionFailure(source) => write!(f, "request not sent: {source}"),
            SdkError::TimeoutError(source) => write!(f, "{source}"),
            SdkError::DispatchFailure(source) => write!(f, "{source}"),
            SdkError::ResponseError(error) => {
                // What may be shown of the response: never its body, which can hold tokens.
                let raw = &error.raw;
                write!(f, "unreadable response (HTTP {}", raw.status())?;
                if let Some(content_type) = raw.header("content-type") {
                    write!(f, ", {content_type}")?;
                }
                if error.body_too_large().is_none() {
                    write!(f, ", {} bytes", raw.body().len())?;
                }
                write!(f, "): {}", error.source)
            }
            SdkError::ServiceError(error) => {
                write!(f, "{} (HTTP {})", error.source, error.raw.status())
            }
        }
    }
}

impl<E: StdError + 'static> StdError for SdkError<E> {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            SdkError::ConstructionFailure(source) | SdkError::TimeoutError(source) => {
                Some(source.as_ref())
            }
            SdkError::DispatchFailure(source) => Some(source),
            SdkError::ResponseError(error) => Some(error.source.as_ref()),
            SdkError::ServiceError(error) => Some(&error.source),
        }
    }
}

/// The error code of an error response, as restJson1 finds it: the
/// `X-Amzn-Errortype` header, else a top-level `code`, else `__type`; then
/// sanitized (drop what follows a `:`, keep what follows a `#`).
pub fn error_code(raw: &RawResponse) -> Option<String> {
    let from_body = || -> Option<String> {
        let value: serde_json::Value = serde_json::from_slice(raw.body()).ok()?;
        let object = value.as_object()?;
        object
            .get("code")
            .or_else(|| object.get("__type"))
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    let code = raw
        .header("x-amzn-errortype")
        .map(str::to_owned)
        .or_else(from_body)?;
    let code = code.split(':').next().unwrap_or_default();
    let code = code.rsplit('#').next().unwrap_or_default();
    (!code.is_empty()).then(|| code.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(headers: &[(&str, &str)], body: &str) -> RawResponse {
        let mut map = http::HeaderMap::new();
        for (k, v) in headers {
            map.insert(
                http::HeaderName::from_bytes(k.as_bytes()).expect("name"),
                http::HeaderValue::from_str(v).expect("value"),
            );
        }
        RawResponse::new(400, map, Bytes::from(body.to_owned()))
    }

    #[test]
    fn query_compatible_errors_take_their_code_from_the_query_error_header() {
        let response = raw(
            &[
                (
                    "x-amzn-query-error",
                    "AWS.SimpleQueueService.NonExistentQueue;Sender",
                ),
                ("x-amzn-requestid", "req-1"),
            ],
            r#"{"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "gone"}"#,
        );
        let meta = add_response_metadata(
            ErrorMetadata::new().with_code("QueueDoesNotExist"),
            &response,
        );
        assert_eq!(meta.code(), Some("AWS.SimpleQueueService.NonExistentQueue"));
        assert_eq!(meta.request_id(), Some("req-1"));
        // Matching still goes by the shape the body names.
        assert_eq!(error_code(&response).as_deref(), Some("QueueDoesNotExist"));
        let unhandled = crate::client::unhandled(&response);
        assert_eq!(
            unhandled.code(),
            Some("AWS.SimpleQueueService.NonExistentQueue")
        );
        // Without the header the code stays.
        let plain = raw(&[], "{}");
        let meta = add_response_metadata(ErrorMetadata::new().with_code("X"), &plain);
        assert_eq!(meta.code(), Some("X"));
    }

    #[test]
    fn error_codes_follow_the_rest_json_rules() {
        let real = "AuthorizationPendingException:http://internal.amazon.com/coral/com.amazonaws.sso.oidc/";
        assert_eq!(
            error_code(&raw(&[("X-Amzn-Errortype", real)], "{}")).as_deref(),
            Some("AuthorizationPendingException")
        );
        assert_eq!(
            error_code(&raw(&[], r#"{"code": "aws.protocoltests#FooError"}"#)).as_deref(),
            Some("FooError")
        );
        assert_eq!(
            error_code(&raw(&[], r#"{"__type": "ns#Bar:http://x"}"#)).as_deref(),
            Some("Bar")
        );
        assert_eq!(
            error_code(&raw(
                &[("x-amzn-errortype", "Header")],
                r#"{"code": "Body"}"#
            ))
            .as_deref(),
            Some("Header"),
            "the header wins"
        );
        assert_eq!(
            error_code(&raw(&[], r#"{"nested": {"__type": "Deep"}}"#)),
            None,
            "nested __type is ignored"
        );
        assert_eq!(error_code(&raw(&[], "not json")), None);
    }
}

#[cfg(test)]
mod printing_tests {
    use super::*;

    #[derive(Debug)]
    struct Never;

    impl fmt::Display for Never {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("never")
        }
    }

    impl StdError for Never {}

    fn token_response() -> RawResponse {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("application/json"),
        );
        headers.insert("x-amzn-requestid", http::HeaderValue::from_static("req-1"));
        RawResponse::new(
            200,
            headers,
            Bytes::from_static(br#"{"accessToken": "SECRET"#),
        )
    }

    #[test]
    fn raw_responses_print_their_shape_not_their_body() {
        let raw = token_response();
        assert_eq!(
            format!("{raw:?}"),
            r#"RawResponse { status: 200, content_type: Some("application/json"), body_len: 23, request_id: Some("req-1"), .. }"#
        );
        assert_eq!(
            raw.body(),
            br#"{"accessToken": "SECRET"#,
            "the body stays readable"
        );
    }

    #[test]
    fn response_errors_print_status_type_and_length() {
        let error: SdkError<Never> =
            SdkError::ResponseError(ResponseError::new("bad JSON", token_response()));
        assert_eq!(
            error.to_string(),
            "unreadable response (HTTP 200, application/json, 23 bytes): bad JSON"
        );
        assert!(!format!("{error:?}").contains("SECRET"), "{error:?}");
        let service: SdkError<Never> =
            SdkError::ServiceError(ServiceError::new(Never, token_response()));
        assert!(!format!("{service:?}").contains("SECRET"), "{service:?}");

        let refused = ResponseError::new(
            ResponseBodyTooLarge::new(10, Some(11)),
            RawResponse::new(200, http::HeaderMap::new(), Bytes::new()),
        );
        assert_eq!(
            refused.body_too_large(),
            Some(&ResponseBodyTooLarge::new(10, Some(11)))
        );
        let error: SdkError<Never> = SdkError::ResponseError(refused);
        assert_eq!(
            error.to_string(),
            "unreadable response (HTTP 200): response body exceeds the limit of 10 bytes (Content-Length: 11)"
        );
        let unreadable = ResponseError::new("bad JSON", token_response());
        assert_eq!(unreadable.body_too_large(), None);
    }

    #[derive(Debug)]
    struct OpError(Unhandled);

    impl fmt::Display for OpError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            fmt::Display::fmt(&self.0, f)
        }
    }

    impl StdError for OpError {}

    impl CreateUnhandledError for OpError {
        fn create_unhandled_error(unhandled: Unhandled) -> Self {
            OpError(unhandled)
        }
    }

    #[test]
    fn request_ids_come_from_the_response() {
        let service: SdkError<Never> =
            SdkError::ServiceError(ServiceError::new(Never, token_response()));
        assert_eq!(RequestId::request_id(&service), Some("req-1"));
        let unreadable: SdkError<OpError> =
            SdkError::ResponseError(ResponseError::new("bad JSON", token_response()));
        assert_eq!(RequestId::request_id(&unreadable), Some("req-1"));
        let OpError(unhandled) = unreadable.into_service_error();
        assert_eq!(
            (unhandled.request_id(), unhandled.status()),
            (Some("req-1"), Some(200)),
            "the Unhandled made of a response error keeps its request id and status"
        );
        assert!(unhandled.message().is_some_and(|m| m.contains("bad JSON")));
        let timeout: SdkError<OpError> = SdkError::TimeoutError("slow".into());
        assert_eq!(RequestId::request_id(&timeout), None);
        let OpError(unhandled) = timeout.into_service_error();
        assert_eq!((unhandled.request_id(), unhandled.status()), (None, None));
    }
}
