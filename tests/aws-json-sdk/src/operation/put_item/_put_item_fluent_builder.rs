// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use sdk_runtime::json;
use crate::operation::put_item::{PutItemError, PutItemInput, PutItemOutput};
use crate::operation::put_item::builders::PutItemInputBuilder;
/// Builds and sends a `PutItem` request; see [`Client::put_item`](crate::Client::put_item).
#[derive(Clone, Debug)]
pub struct PutItemFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: PutItemInputBuilder,
}
impl PutItemFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: PutItemInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &PutItemInputBuilder {
        &self.inner
    }
    /// Sends the `PutItem` request and reads its response.
    pub async fn send(self) -> Result<PutItemOutput, SdkError<PutItemError>> {
        let request = {
            let input = &self.inner.build().map_err(SdkError::construction_failure)?;
            let path_and_query = "/";
            let headers = vec![
                (sdk_runtime::http::HeaderName::from_static("x-amz-target"),
                sdk_runtime::http::HeaderValue::from_static("ItemStore.PutItem"),)
            ];
            let body: Vec<u8> = json::to_vec(input);
            sdk_runtime::client::OperationRequest {
                operation: "PutItem",
                method: sdk_runtime::http::Method::POST,
                path_and_query: path_and_query.into(),
                headers,
                body: body.into(),
                content_type: "application/x-amz-json-1.1",
                idempotent: false,
                signed: false,
                host_prefix: None,
            }
        };
        let raw = self.handle.invoke(request).await?;
        if !(200..300).contains(&raw.status()) {
            let error = PutItemError::from_response(&raw);
            return Err(
                SdkError::ServiceError(
                    sdk_runtime::client::ServiceError::new(error, raw),
                ),
            );
        }
        match json::from_body::<PutItemOutput>(raw.body()) {
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
    /// The item's id (an '@httpLabel' awsJson ignores: it travels in the body).
    pub fn id(mut self, input: impl Into<String>) -> Self {
        self.inner.id = Some(input.into());
        self
    }
    /// Sets `id`, or clears it with `None`.
    pub fn set_id(mut self, input: Option<String>) -> Self {
        self.inner.id = input;
        self
    }
    /// The value set for `id`, if any.
    pub fn get_id(&self) -> &Option<String> {
        &self.inner.id
    }
    /// The version the stored item must have (an '@httpHeader' awsJson ignores).
    pub fn expected_version(mut self, input: i64) -> Self {
        self.inner.expected_version = Some(input);
        self
    }
    /// Sets `expected_version`, or clears it with `None`.
    pub fn set_expected_version(mut self, input: Option<i64>) -> Self {
        self.inner.expected_version = input;
        self
    }
    /// The value set for `expected_version`, if any.
    pub fn get_expected_version(&self) -> &Option<i64> {
        &self.inner.expected_version
    }
    /// Labels for the item.
    pub fn tags(mut self, input: impl Into<String>) -> Self {
        self.inner.tags.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `tags`, or clears it with `None`.
    pub fn set_tags(mut self, input: Option<Vec<String>>) -> Self {
        self.inner.tags = input;
        self
    }
    /// The value set for `tags`, if any.
    pub fn get_tags(&self) -> &Option<Vec<String>> {
        &self.inner.tags
    }
    /// When the item was made (epoch seconds on the wire).
    pub fn stored_at(mut self, input: impl Into<crate::primitives::DateTime>) -> Self {
        self.inner.stored_at = Some(input.into());
        self
    }
    /// Sets `stored_at`, or clears it with `None`.
    pub fn set_stored_at(mut self, input: Option<crate::primitives::DateTime>) -> Self {
        self.inner.stored_at = input;
        self
    }
    /// The value set for `stored_at`, if any.
    pub fn get_stored_at(&self) -> &Option<crate::primitives::DateTime> {
        &self.inner.stored_at
    }
    /// A value that never reaches logs.
    pub fn secret(mut self, input: impl Into<String>) -> Self {
        self.inner.secret = Some(input.into());
        self
    }
    /// Sets `secret`, or clears it with `None`.
    pub fn set_secret(mut self, input: Option<String>) -> Self {
        self.inner.secret = input;
        self
    }
    /// The value set for `secret`, if any.
    pub fn get_secret(&self) -> &Option<String> {
        &self.inner.secret
    }
}
