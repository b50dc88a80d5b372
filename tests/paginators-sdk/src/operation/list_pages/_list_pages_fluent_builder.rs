// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use sdk_runtime::json;
use crate::operation::list_pages::{ListPagesError, ListPagesInput, ListPagesOutput};
use crate::operation::list_pages::builders::ListPagesInputBuilder;
/// Builds and sends a `ListPages` request; see [`Client::list_pages`](crate::Client::list_pages).
#[derive(Clone, Debug)]
pub struct ListPagesFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: ListPagesInputBuilder,
}
impl ListPagesFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: ListPagesInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &ListPagesInputBuilder {
        &self.inner
    }
    /// Sends the `ListPages` request and reads its response.
    pub async fn send(self) -> Result<ListPagesOutput, SdkError<ListPagesError>> {
        let request = {
            let input = &self.inner.build();
            let path_and_query = "/pages";
            let headers = Vec::new();
            let body: Vec<u8> = json::to_vec(input);
            sdk_runtime::client::OperationRequest {
                operation: "ListPages",
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
            let error = ListPagesError::from_response(&raw);
            return Err(
                SdkError::ServiceError(
                    sdk_runtime::client::ServiceError::new(error, raw),
                ),
            );
        }
        match json::from_body::<ListPagesOutput>(raw.body()) {
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
    /// The `cursor` member.
    pub fn cursor(mut self, input: impl Into<String>) -> Self {
        self.inner.cursor = Some(input.into());
        self
    }
    /// Sets `cursor`, or clears it with `None`.
    pub fn set_cursor(mut self, input: Option<String>) -> Self {
        self.inner.cursor = input;
        self
    }
    /// The value set for `cursor`, if any.
    pub fn get_cursor(&self) -> &Option<String> {
        &self.inner.cursor
    }
    /// The `limit` member.
    pub fn limit(mut self, input: i64) -> Self {
        self.inner.limit = Some(input);
        self
    }
    /// Sets `limit`, or clears it with `None`.
    pub fn set_limit(mut self, input: Option<i64>) -> Self {
        self.inner.limit = input;
        self
    }
    /// The value set for `limit`, if any.
    pub fn get_limit(&self) -> &Option<i64> {
        &self.inner.limit
    }
}
