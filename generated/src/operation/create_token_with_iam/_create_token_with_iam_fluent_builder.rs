// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use sdk_runtime::json;
use crate::operation::create_token_with_iam::{
    CreateTokenWithIamError, CreateTokenWithIamInput, CreateTokenWithIamOutput,
};
use crate::operation::create_token_with_iam::builders::CreateTokenWithIamInputBuilder;
/// Builds and sends a `CreateTokenWithIAM` request; see [`Client::create_token_with_iam`](crate::Client::create_token_with_iam).
#[derive(Clone, Debug)]
pub struct CreateTokenWithIamFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: CreateTokenWithIamInputBuilder,
}
impl CreateTokenWithIamFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: CreateTokenWithIamInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &CreateTokenWithIamInputBuilder {
        &self.inner
    }
    /// Sends the `CreateTokenWithIAM` request and reads its response.
    pub async fn send(
        self,
    ) -> Result<CreateTokenWithIamOutput, SdkError<CreateTokenWithIamError>> {
        let request = {
            let input = &self.inner.build().map_err(SdkError::construction_failure)?;
            let path_and_query = "/token?aws_iam=t";
            let headers = Vec::new();
            let body: Vec<u8> = json::to_vec(input);
            sdk_runtime::client::OperationRequest {
                operation: "CreateTokenWithIAM",
                method: sdk_runtime::http::Method::POST,
                path_and_query: path_and_query.into(),
                headers,
                body: body.into(),
                content_type: "application/json",
                idempotent: false,
                signed: true,
                host_prefix: None,
            }
        };
        let raw = self.handle.invoke(request).await?;
        if !(200..300).contains(&raw.status()) {
            let error = CreateTokenWithIamError::from_response(&raw);
            return Err(
                SdkError::ServiceError(
                    sdk_runtime::client::ServiceError::new(error, raw),
                ),
            );
        }
        match json::from_body::<CreateTokenWithIamOutput>(raw.body()) {
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
    /// The id of the application's client, or its ARN.
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
    /// The grant being exchanged: 'authorization_code', 'refresh_token',
    /// 'urn:ietf:params:oauth:grant-type:jwt-bearer' or
    /// 'urn:ietf:params:oauth:grant-type:token-exchange'.
    pub fn grant_type(mut self, input: impl Into<String>) -> Self {
        self.inner.grant_type = Some(input.into());
        self
    }
    /// Sets `grant_type`, or clears it with `None`.
    pub fn set_grant_type(mut self, input: Option<String>) -> Self {
        self.inner.grant_type = input;
        self
    }
    /// The value set for `grant_type`, if any.
    pub fn get_grant_type(&self) -> &Option<String> {
        &self.inner.grant_type
    }
    /// For the authorization code grant: the code the authorization endpoint returned.
    pub fn code(mut self, input: impl Into<String>) -> Self {
        self.inner.code = Some(input.into());
        self
    }
    /// Sets `code`, or clears it with `None`.
    pub fn set_code(mut self, input: Option<String>) -> Self {
        self.inner.code = input;
        self
    }
    /// The value set for `code`, if any.
    pub fn get_code(&self) -> &Option<String> {
        &self.inner.code
    }
    /// For the refresh token grant: the refresh token to exchange.
    pub fn refresh_token(mut self, input: impl Into<String>) -> Self {
        self.inner.refresh_token = Some(input.into());
        self
    }
    /// Sets `refresh_token`, or clears it with `None`.
    pub fn set_refresh_token(mut self, input: Option<String>) -> Self {
        self.inner.refresh_token = input;
        self
    }
    /// The value set for `refresh_token`, if any.
    pub fn get_refresh_token(&self) -> &Option<String> {
        &self.inner.refresh_token
    }
    /// For the JWT bearer grant: the signed JWT.
    pub fn assertion(mut self, input: impl Into<String>) -> Self {
        self.inner.assertion = Some(input.into());
        self
    }
    /// Sets `assertion`, or clears it with `None`.
    pub fn set_assertion(mut self, input: Option<String>) -> Self {
        self.inner.assertion = input;
        self
    }
    /// The value set for `assertion`, if any.
    pub fn get_assertion(&self) -> &Option<String> {
        &self.inner.assertion
    }
    /// The scopes to ask for.
    pub fn scope(mut self, input: impl Into<String>) -> Self {
        self.inner.scope.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `scope`, or clears it with `None`.
    pub fn set_scope(mut self, input: Option<Vec<String>>) -> Self {
        self.inner.scope = input;
        self
    }
    /// The value set for `scope`, if any.
    pub fn get_scope(&self) -> &Option<Vec<String>> {
        &self.inner.scope
    }
    /// For the authorization code grant: the redirect URI used when the code was issued.
    pub fn redirect_uri(mut self, input: impl Into<String>) -> Self {
        self.inner.redirect_uri = Some(input.into());
        self
    }
    /// Sets `redirect_uri`, or clears it with `None`.
    pub fn set_redirect_uri(mut self, input: Option<String>) -> Self {
        self.inner.redirect_uri = input;
        self
    }
    /// The value set for `redirect_uri`, if any.
    pub fn get_redirect_uri(&self) -> &Option<String> {
        &self.inner.redirect_uri
    }
    /// For token exchange: the token being exchanged.
    pub fn subject_token(mut self, input: impl Into<String>) -> Self {
        self.inner.subject_token = Some(input.into());
        self
    }
    /// Sets `subject_token`, or clears it with `None`.
    pub fn set_subject_token(mut self, input: Option<String>) -> Self {
        self.inner.subject_token = input;
        self
    }
    /// The value set for `subject_token`, if any.
    pub fn get_subject_token(&self) -> &Option<String> {
        &self.inner.subject_token
    }
    /// For token exchange: the type of the subject token.
    pub fn subject_token_type(mut self, input: impl Into<String>) -> Self {
        self.inner.subject_token_type = Some(input.into());
        self
    }
    /// Sets `subject_token_type`, or clears it with `None`.
    pub fn set_subject_token_type(mut self, input: Option<String>) -> Self {
        self.inner.subject_token_type = input;
        self
    }
    /// The value set for `subject_token_type`, if any.
    pub fn get_subject_token_type(&self) -> &Option<String> {
        &self.inner.subject_token_type
    }
    /// For token exchange: the type of token wanted in return.
    pub fn requested_token_type(mut self, input: impl Into<String>) -> Self {
        self.inner.requested_token_type = Some(input.into());
        self
    }
    /// Sets `requested_token_type`, or clears it with `None`.
    pub fn set_requested_token_type(mut self, input: Option<String>) -> Self {
        self.inner.requested_token_type = input;
        self
    }
    /// The value set for `requested_token_type`, if any.
    pub fn get_requested_token_type(&self) -> &Option<String> {
        &self.inner.requested_token_type
    }
    /// For the authorization code grant: the PKCE verifier matching the challenge sent earlier.
    pub fn code_verifier(mut self, input: impl Into<String>) -> Self {
        self.inner.code_verifier = Some(input.into());
        self
    }
    /// Sets `code_verifier`, or clears it with `None`.
    pub fn set_code_verifier(mut self, input: Option<String>) -> Self {
        self.inner.code_verifier = input;
        self
    }
    /// The value set for `code_verifier`, if any.
    pub fn get_code_verifier(&self) -> &Option<String> {
        &self.inner.code_verifier
    }
}
