// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use sdk_runtime::json;
use crate::operation::get_item::{GetItemError, GetItemInput, GetItemOutput};
use crate::operation::get_item::builders::GetItemInputBuilder;
/// Builds and sends a `GetItem` request; see [`Client::get_item`](crate::Client::get_item).
#[derive(Clone, Debug)]
pub struct GetItemFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: GetItemInputBuilder,
}
impl GetItemFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: GetItemInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &GetItemInputBuilder {
        &self.inner
    }
    /// Sends the `GetItem` request and reads its response.
    pub async fn send(self) -> Result<GetItemOutput, SdkError<GetItemError>> {
        let request = {
            let input = &self.inner.build().map_err(SdkError::construction_failure)?;
            let path_and_query = "/";
            let headers = vec![
                (sdk_runtime::http::HeaderName::from_static("x-amz-target"),
                sdk_runtime::http::HeaderValue::from_static("ItemStore.GetItem"),)
            ];
            let body: Vec<u8> = json::to_vec(input);
            sdk_runtime::client::OperationRequest {
                operation: "GetItem",
                method: sdk_runtime::http::Method::POST,
                path_and_query: path_and_query.into(),
                headers,
                body: body.into(),
                content_type: "application/x-amz-json-1.1",
                idempotent: true,
                signed: false,
                host_prefix: None,
            }
        };
        let raw = self.handle.invoke(request).await?;
        if !(200..300).contains(&raw.status()) {
            let error = GetItemError::from_response(&raw);
            return Err(
                SdkError::ServiceError(
                    sdk_runtime::client::ServiceError::new(error, raw),
                ),
            );
        }
        match json::from_body::<GetItemOutput>(raw.body()) {
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
    /// The item's id.
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
}
