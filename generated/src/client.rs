// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The client: one method per operation.
//!
//! ```no_run
//! # async fn example() {
//! let config = sso_oidc::Config::builder().region("us-east-1").build();
//! let client = sso_oidc::Client::from_conf(config);
//! let result = client.create_token().send().await;
//! # let _ = result;
//! # }
//! ```
#[cfg(test)]
mod endpoint_tests;
/// What the runtime needs to know about this service.
static SERVICE: sdk_runtime::client::ServiceInfo = sdk_runtime::client::ServiceInfo {
    crate_name: env!("CARGO_PKG_NAME"),
    crate_version: env!("CARGO_PKG_VERSION"),
    endpoint_rules: include_str!("endpoint_rules.json"),
    env_name: "SSO_OIDC",
    signing_name: Some("sso-oauth"),
    retryable_errors: &[],
};
/// A client for AWS SSO OIDC.
///
/// Cheap to clone: clones share the configuration, the resolved endpoint and the
/// connection pool.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// use sso_oidc::config::RetryConfig;
/// use sso_oidc::{Client, Config};
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
///     .create_token()
///     .client_id("example")
///     .client_secret("example")
///     .grant_type("example")
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
    /// Exchanges a grant (a device code, an authorization code or a refresh token) for an access token.
    /// Call it without AWS credentials; the registered client authenticates with its own id and secret.
    ///
    /// Set the input with the builder's setters, then call [`send`](crate::operation::create_token::builders::CreateTokenFluentBuilder::send).
    pub fn create_token(
        &self,
    ) -> crate::operation::create_token::builders::CreateTokenFluentBuilder {
        crate::operation::create_token::builders::CreateTokenFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// Exchanges a grant for an access token on behalf of an application that IAM Identity Center
    /// manages. Unlike CreateToken, the request is signed with AWS credentials (SigV4). It also
    /// supports the JWT bearer grant and token exchange.
    ///
    /// Set the input with the builder's setters, then call [`send`](crate::operation::create_token_with_iam::builders::CreateTokenWithIamFluentBuilder::send).
    pub fn create_token_with_iam(
        &self,
    ) -> crate::operation::create_token_with_iam::builders::CreateTokenWithIamFluentBuilder {
        crate::operation::create_token_with_iam::builders::CreateTokenWithIamFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// Registers a public client application and returns its client id and secret. Store the result and
    /// reuse it until it expires rather than registering again for every sign-in.
    ///
    /// Set the input with the builder's setters, then call [`send`](crate::operation::register_client::builders::RegisterClientFluentBuilder::send).
    pub fn register_client(
        &self,
    ) -> crate::operation::register_client::builders::RegisterClientFluentBuilder {
        crate::operation::register_client::builders::RegisterClientFluentBuilder::new(
            self.handle.clone(),
        )
    }
    /// Begins the device authorization grant: returns a device code for the client to poll with and a
    /// user code, with the page where the user enters it to approve the sign-in.
    ///
    /// Set the input with the builder's setters, then call [`send`](crate::operation::start_device_authorization::builders::StartDeviceAuthorizationFluentBuilder::send).
    pub fn start_device_authorization(
        &self,
    ) -> crate::operation::start_device_authorization::builders::StartDeviceAuthorizationFluentBuilder {
        crate::operation::start_device_authorization::builders::StartDeviceAuthorizationFluentBuilder::new(
            self.handle.clone(),
        )
    }
}
