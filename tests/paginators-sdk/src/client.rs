// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The client: one method per operation.
//!
//! ```no_run
//! # async fn example() {
//! let config = paginators_sdk::Config::builder().region("us-east-1").build();
//! let client = paginators_sdk::Client::from_conf(config);
//! let result = client.get_thing().send().await;
//! # let _ = result;
//! # }
//! ```
/// What the runtime needs to know about this service.
static SERVICE: sdk_runtime::client::ServiceInfo = sdk_runtime::client::ServiceInfo {
    crate_name: env!("CARGO_PKG_NAME"),
    crate_version: env!("CARGO_PKG_VERSION"),
    endpoint_rules: include_str!("endpoint_rules.json"),
    env_name: "PAGINATORS",
    signing_name: None,
    retryable_errors: &[],
};
/// A client for Paginators.
///
/// Cheap to clone: clones share the configuration, the resolved endpoint and the
/// connection pool.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// use paginators_sdk::config::RetryConfig;
/// use paginators_sdk::{Client, Config};
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
///     .get_thing()
///     .name("example")
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
    /// Not paginated: no paginator, though the service has '@paginated' defaults.
    ///
    /// Set the input with the builder's setters, then call [`send`](crate::operation::get_thing::builders::GetThingFluentBuilder::send).
    pub fn get_thing(
        &self,
    ) -> crate::operation::get_thing::builders::GetThingFluentBuilder {
        crate::operation::get_thing::builders::GetThingFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// Pages whose token and entries sit one structure down.
    ///
    /// Set the input with the builder's setters, then call [`send`](crate::operation::list_pages::builders::ListPagesFluentBuilder::send).
    pub fn list_pages(
        &self,
    ) -> crate::operation::list_pages::builders::ListPagesFluentBuilder {
        crate::operation::list_pages::builders::ListPagesFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// Tags as a map, a page of entries at a time.
    ///
    /// Set the input with the builder's setters, then call [`send`](crate::operation::list_tags::builders::ListTagsFluentBuilder::send).
    pub fn list_tags(
        &self,
    ) -> crate::operation::list_tags::builders::ListTagsFluentBuilder {
        crate::operation::list_tags::builders::ListTagsFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// Lists things a page at a time; tokens and page size come from the service's '@paginated'.
    ///
    /// Set the input with the builder's setters, then call [`send`](crate::operation::list_things::builders::ListThingsFluentBuilder::send).
    pub fn list_things(
        &self,
    ) -> crate::operation::list_things::builders::ListThingsFluentBuilder {
        crate::operation::list_things::builders::ListThingsFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// Pages by the last key read, a map, as DynamoDB's 'Scan' does.
    ///
    /// Set the input with the builder's setters, then call [`send`](crate::operation::scan_items::builders::ScanItemsFluentBuilder::send).
    pub fn scan_items(
        &self,
    ) -> crate::operation::scan_items::builders::ScanItemsFluentBuilder {
        crate::operation::scan_items::builders::ScanItemsFluentBuilder::new(
            self.handle.clone(),
        )
    }
}
