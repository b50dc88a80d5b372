// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use sdk_runtime::json;
use crate::operation::start_device_authorization::{
    StartDeviceAuthorizationError, StartDeviceAuthorizationInput,
    StartDeviceAuthorizationOutput,
};
use crate::operation::start_device_authorization::builders::StartDeviceAuthorizationInputBuilder;
/// Builds and sends a `StartDeviceAuthorization` request; see [`Client::start_device_authorization`](crate::Client::start_device_authorization).
#[derive(Clone, Debug)]
pub struct StartDeviceAuthorizationFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: StartDeviceAuthorizationInputBuilder,
}
impl StartDeviceAuthorizationFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: StartDeviceAuthorizationInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &StartDeviceAuthorizationInputBuilder {
        &self.inner
    }
    /// Sends the `StartDeviceAuthorization` request and reads its response.
    pub async fn send(
        self,
    ) -> Result<
        StartDeviceAuthorizationOutput,
        SdkError<StartDeviceAuthorizationError>,
    > {
        let request = {
            let input = &self.inner.build().map_err(SdkError::construction_failure)?;
            let path_and_query = "/device_authorization";
            let headers = Vec::new();
            let body: Vec<u8> = json::to_vec(input);
            sdk_runtime::client::OperationRequest {
                operation: "StartDeviceAuthorization",
                method: sdk_runtime::http::Method::POST,
                path_and_query: path_and_query.into(),
                headers,
                body: body.into(),
                content_type: "application/json",
                idempotent: false,
                signed: false,
                host_prefix: None,
            }
        };
        let raw = self.handle.invoke(request).await?;
        if !(200..300).contains(&raw.status()) {
            let error = StartDeviceAuthorizationError::from_response(&raw);
            return Err(
                SdkError::ServiceError(
                    sdk_runtime::client::ServiceError::new(error, raw),
                ),
            );
        }
        match json::from_body::<StartDeviceAuthorizationOutput>(raw.body()) {
            Ok(mut output) => {
                output._request_id = raw.request_id().map(str::to_owned);
                Ok(output)
            }
            Err(error) => {
                Err(
                    SdkError::ResponseError(
                        sdk_runtime::client::ResponseError::new(error, raw),
                    ),
                )
            }
        }
    }
    /// The id RegisterClient returned.
    pub fn client_id(mut self, input: impl Into<String>) -> Self {
        self.inner.client_id = Some(input.into());
        self
    }
    /// Sets `client_id`, or clears it with `None`.
    pub fn set_client_id(mut self, input: Option<String>) -> Self {
        self.inner.client_id = input;
        self
    }
    /// The value set for `client_id`, if any.
    pub fn get_client_id(&self) -> &Option<String> {
        &self.inner.client_id
    }
    /// The secret RegisterClient returned.
    pub fn client_secret(mut self, input: impl Into<String>) -> Self {
        self.inner.client_secret = Some(input.into());
        self
    }
    /// Sets `client_secret`, or clears it with `None`.
    pub fn set_client_secret(mut self, input: Option<String>) -> Self {
        self.inner.client_secret = input;
        self
    }
    /// The value set for `client_secret`, if any.
    pub fn get_client_secret(&self) -> &Option<String> {
        &self.inner.client_secret
    }
    /// The URL of the user's AWS access portal.
    pub fn start_url(mut self, input: impl Into<String>) -> Self {
        self.inner.start_url = Some(input.into());
        self
    }
    /// Sets `start_url`, or clears it with `None`.
    pub fn set_start_url(mut self, input: Option<String>) -> Self {
        self.inner.start_url = input;
        self
    }
    /// The value set for `start_url`, if any.
    pub fn get_start_url(&self) -> &Option<String> {
        &self.inner.start_url
    }
}
