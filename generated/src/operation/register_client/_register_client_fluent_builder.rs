// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use sdk_runtime::json;
use crate::operation::register_client::{
    RegisterClientError, RegisterClientInput, RegisterClientOutput,
};
use crate::operation::register_client::builders::RegisterClientInputBuilder;
/// Builds and sends a `RegisterClient` request; see [`Client::register_client`](crate::Client::register_client).
#[derive(Clone, Debug)]
pub struct RegisterClientFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: RegisterClientInputBuilder,
}
impl RegisterClientFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: RegisterClientInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &RegisterClientInputBuilder {
        &self.inner
    }
    /// Sends the `RegisterClient` request and reads its response.
    pub async fn send(
        self,
    ) -> Result<RegisterClientOutput, SdkError<RegisterClientError>> {
        let request = {
            let input = &self.inner.build().map_err(SdkError::construction_failure)?;
            let path_and_query = "/client/register";
            let headers = Vec::new();
            let body: Vec<u8> = json::to_vec(input);
            sdk_runtime::client::OperationRequest {
                operation: "RegisterClient",
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
            let error = RegisterClientError::from_response(&raw);
            return Err(
                SdkError::ServiceError(
                    sdk_runtime::client::ServiceError::new(error, raw),
                ),
            );
        }
        match json::from_body::<RegisterClientOutput>(raw.body()) {
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
    /// A name for the client, shown to users when they approve access.
    pub fn client_name(mut self, input: impl Into<String>) -> Self {
        self.inner.client_name = Some(input.into());
        self
    }
    /// Sets `client_name`, or clears it with `None`.
    pub fn set_client_name(mut self, input: Option<String>) -> Self {
        self.inner.client_name = input;
        self
    }
    /// The value set for `client_name`, if any.
    pub fn get_client_name(&self) -> &Option<String> {
        &self.inner.client_name
    }
    /// The kind of client; the service only accepts 'public'.
    pub fn client_type(mut self, input: impl Into<String>) -> Self {
        self.inner.client_type = Some(input.into());
        self
    }
    /// Sets `client_type`, or clears it with `None`.
    pub fn set_client_type(mut self, input: Option<String>) -> Self {
        self.inner.client_type = input;
        self
    }
    /// The value set for `client_type`, if any.
    pub fn get_client_type(&self) -> &Option<String> {
        &self.inner.client_type
    }
    /// The scopes the client may ask for; tokens are limited to these.
    pub fn scopes(mut self, input: impl Into<String>) -> Self {
        self.inner.scopes.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `scopes`, or clears it with `None`.
    pub fn set_scopes(mut self, input: Option<Vec<String>>) -> Self {
        self.inner.scopes = input;
        self
    }
    /// The value set for `scopes`, if any.
    pub fn get_scopes(&self) -> &Option<Vec<String>> {
        &self.inner.scopes
    }
    /// Where the authorization endpoint may send the user back to after sign-in.
    pub fn redirect_uris(mut self, input: impl Into<String>) -> Self {
        self.inner.redirect_uris.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `redirect_uris`, or clears it with `None`.
    pub fn set_redirect_uris(mut self, input: Option<Vec<String>>) -> Self {
        self.inner.redirect_uris = input;
        self
    }
    /// The value set for `redirect_uris`, if any.
    pub fn get_redirect_uris(&self) -> &Option<Vec<String>> {
        &self.inner.redirect_uris
    }
    /// The OAuth grants the client may use: 'authorization_code', 'refresh_token' and
    /// 'urn:ietf:params:oauth:grant-type:device_code'.
    pub fn grant_types(mut self, input: impl Into<String>) -> Self {
        self.inner.grant_types.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `grant_types`, or clears it with `None`.
    pub fn set_grant_types(mut self, input: Option<Vec<String>>) -> Self {
        self.inner.grant_types = input;
        self
    }
    /// The value set for `grant_types`, if any.
    pub fn get_grant_types(&self) -> &Option<Vec<String>> {
        &self.inner.grant_types
    }
    /// The issuer URL of the IAM Identity Center instance the client works with.
    pub fn issuer_url(mut self, input: impl Into<String>) -> Self {
        self.inner.issuer_url = Some(input.into());
        self
    }
    /// Sets `issuer_url`, or clears it with `None`.
    pub fn set_issuer_url(mut self, input: Option<String>) -> Self {
        self.inner.issuer_url = input;
        self
    }
    /// The value set for `issuer_url`, if any.
    pub fn get_issuer_url(&self) -> &Option<String> {
        &self.inner.issuer_url
    }
    /// An application whose administrator-set configuration limits the scopes, grants and redirect URIs
    /// this client gets.
    pub fn entitled_application_arn(mut self, input: impl Into<String>) -> Self {
        self.inner.entitled_application_arn = Some(input.into());
        self
    }
    /// Sets `entitled_application_arn`, or clears it with `None`.
    pub fn set_entitled_application_arn(mut self, input: Option<String>) -> Self {
        self.inner.entitled_application_arn = input;
        self
    }
    /// The value set for `entitled_application_arn`, if any.
    pub fn get_entitled_application_arn(&self) -> &Option<String> {
        &self.inner.entitled_application_arn
    }
}
