// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Client configuration: region, endpoint, retries, timeouts, HTTP client.
pub use sdk_runtime::client::{
    Config, ConfigBuilder, Credentials, RetryConfig, TimeoutConfig,
};
pub use sdk_runtime::client::{HttpClient, HttpFuture, HyperClient, ResponseBody};
pub use sdk_runtime::client::DEFAULT_MAX_RESPONSE_BODY;
/// A scripted mock HTTP client that never reaches the network, for tests.
#[cfg(feature = "test-util")]
pub use sdk_runtime::client::test_util;
