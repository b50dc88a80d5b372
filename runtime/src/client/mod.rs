//! The HTTP client side shared by generated crates: configuration, the HTTP
//! layer, the orchestrator that sends with timeouts and retries, and errors.

mod config;
mod error;
mod http;
mod orchestrator;
#[cfg(feature = "test-util")]
pub mod test_util;

pub use self::http::{HttpClient, HttpFuture, HyperClient, SharedHttpClient};
pub use config::{Config, ConfigBuilder, RetryConfig, TimeoutConfig};
pub use error::{
    error_code, ConnectorError, ConnectorErrorKind, CreateUnhandledError, RawResponse, SdkError,
};
pub use orchestrator::{Handle, OperationRequest, ServiceInfo};
