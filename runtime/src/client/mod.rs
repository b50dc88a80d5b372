//! The HTTP client side shared by generated crates: configuration, the HTTP
//! layer, the orchestrator that sends with timeouts and retries, and errors.

mod config;
mod deadline;
mod error;
mod http;
mod orchestrator;
mod protocol;
mod sigv4;
mod stall;
#[cfg(feature = "test-util")]
pub mod test_util;

pub use self::http::{HttpClient, HttpFuture, HyperClient, ResponseBody, SharedHttpClient};
pub use config::{
    Config, ConfigBuilder, RetryConfig, TimeoutConfig, DEFAULT_MAX_RESPONSE_BODY,
    DEFAULT_REQUEST_MIN_COMPRESSION_SIZE_BYTES,
};
pub use error::{
    add_response_metadata, error_code, ConnectorError, ConnectorErrorKind, CreateUnhandledError,
    RawResponse, RequestId, ResponseBodyTooLarge, ResponseError, SdkError, ServiceError,
};
pub use orchestrator::{Handle, OperationRequest, ServiceInfo, StreamingResponse};
pub use protocol::{
    append_gzip_encoding, content_md5, encode_label, float_text, gzip, header_list, header_text,
    host_label, media_type_header, parse_float, prefixed_headers, push_query,
    read_media_type_header, split_header_list, split_http_dates, unhandled, FloatText, NotText,
};
pub use sigv4::Credentials;
