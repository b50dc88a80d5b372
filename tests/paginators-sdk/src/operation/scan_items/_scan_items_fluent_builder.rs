// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use sdk_runtime::json;
use crate::operation::scan_items::{ScanItemsError, ScanItemsInput, ScanItemsOutput};
use crate::operation::scan_items::builders::ScanItemsInputBuilder;
/// Builds and sends a `ScanItems` request; see [`Client::scan_items`](crate::Client::scan_items).
#[derive(Clone, Debug)]
pub struct ScanItemsFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: ScanItemsInputBuilder,
}
impl ScanItemsFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: ScanItemsInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &ScanItemsInputBuilder {
        &self.inner
    }
    /// Sends the `ScanItems` request and reads its response.
    pub async fn send(self) -> Result<ScanItemsOutput, SdkError<ScanItemsError>> {
        let request = {
            let input = &self.inner.build();
            let path_and_query = "/scan";
            let headers = Vec::new();
            let body: Vec<u8> = json::to_vec(input);
            sdk_runtime::client::OperationRequest {
                operation: "ScanItems",
                method: sdk_runtime::http::Method::POST,
                path_and_query: path_and_query.into(),
                headers,
                body: body.into(),
                content_type: "application/json",
                idempotent: true,
                signed: false,
                host_prefix: None,
            }
        };
        let raw = self.handle.invoke(request).await?;
        if !(200..300).contains(&raw.status()) {
            let error = ScanItemsError::from_response(&raw);
            return Err(
                SdkError::ServiceError(
                    sdk_runtime::client::ServiceError::new(error, raw),
                ),
            );
        }
        match json::from_body::<ScanItemsOutput>(raw.body()) {
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
    /// The `startKey` member.
    pub fn start_key(
        mut self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.inner
            .start_key
            .get_or_insert_with(std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets `start_key`, or clears it with `None`.
    pub fn set_start_key(
        mut self,
        input: Option<std::collections::HashMap<String, String>>,
    ) -> Self {
        self.inner.start_key = input;
        self
    }
    /// The value set for `start_key`, if any.
    pub fn get_start_key(&self) -> &Option<std::collections::HashMap<String, String>> {
        &self.inner.start_key
    }
    /// The `limit` member.
    pub fn limit(mut self, input: i32) -> Self {
        self.inner.limit = Some(input);
        self
    }
    /// Sets `limit`, or clears it with `None`.
    pub fn set_limit(mut self, input: Option<i32>) -> Self {
        self.inner.limit = input;
        self
    }
    /// The value set for `limit`, if any.
    pub fn get_limit(&self) -> &Option<i32> {
        &self.inner.limit
    }
}
