// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The client: one method per operation.
//!
//! ```no_run
//! # async fn example() {
//! let config = aws_json_sdk::Config::builder().region("us-east-1").build();
//! let client = aws_json_sdk::Client::from_conf(config);
//! let result = client.get_item().send().await;
//! # let _ = result;
//! # }
//! ```
/// What the runtime needs to know about this service.
static SERVICE: sdk_runtime::client::ServiceInfo = sdk_runtime::client::ServiceInfo {
    crate_name: env!("CARGO_PKG_NAME"),
    crate_version: env!("CARGO_PKG_VERSION"),
    endpoint_rules: include_str!("endpoint_rules.json"),
    env_name: "ITEMSTORE",
    signing_name: None,
    retryable_errors: &["Throttled"],
};
/// A client for Item Store.
///
/// Cheap to clone: clones share the configuration, the resolved endpoint and the
/// connection pool.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// use aws_json_sdk::config::RetryConfig;
/// use aws_json_sdk::{Client, Config};
///
/// // Against AWS: `Config::builder().region("us-east-1").build()`, or `Config::from_env()`.
/// // Here nothing listens at the endpoint, so the example runs anywhere; without
/// // retries it fails at once.
/// let config = Config::builder()
///     .region("us-east-1")
///     .endpoint_url("http://127.0.0.1:1")
///     .retry_config(RetryConfig::disabled())
///     .build();
/// let client = Client::from_conf(config);
/// let result = client
///     .get_item()
///     .id("example")
///     .send()
///     .await;
/// match &result {
///     Ok(output) => println!("{output:?}"),
///     Err(error) => match error.as_service_error() {
///         Some(refused) => println!("the service refused: {refused}"),
///         None => println!("the request got no answer: {error}"),
///     },
/// }
/// assert!(result.is_err_and(|error| error.as_service_error().is_none()));
/// # });
/// ```
#[derive(Clone, Debug)]
pub struct Client {
    handle: sdk_runtime::client::Handle,
}
impl Client {
    /// A client with `config`. Never fails: a configuration that resolves no
    /// endpoint (no region, say) makes each call fail with a clear error instead.
    pub fn from_conf(config: crate::Config) -> Self {
        Self {
            handle: sdk_runtime::client::Handle::new(config, &SERVICE),
        }
    }
    /// The configuration the client was made with.
    pub fn config(&self) -> &crate::Config {
        self.handle.config()
    }
    /// The endpoint URL requests go to, as the configuration and the
    /// service's endpoint rules resolve it, or why there is none.
    pub fn endpoint_url(&self) -> Result<&str, sdk_runtime::endpoint::ResolveError> {
        self.handle
            .endpoint()
            .map(|endpoint| endpoint.url.as_str())
            .map_err(Clone::clone)
    }
    /// Reads an item.
    ///
    /// Set the input with the builder's setters, then call [`send`](crate::operation::get_item::builders::GetItemFluentBuilder::send).
    pub fn get_item(
        &self,
    ) -> crate::operation::get_item::builders::GetItemFluentBuilder {
        crate::operation::get_item::builders::GetItemFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// Stores an item, replacing the one with its id when 'expectedVersion' matches.
    ///
    /// Set the input with the builder's setters, then call [`send`](crate::operation::put_item::builders::PutItemFluentBuilder::send).
    pub fn put_item(
        &self,
    ) -> crate::operation::put_item::builders::PutItemFluentBuilder {
        crate::operation::put_item::builders::PutItemFluentBuilder::new(
            self.handle.clone(),
        )
    }
}
