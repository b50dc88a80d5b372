// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use sdk_runtime::json;
use crate::operation::list_things::{ListThingsError, ListThingsInput, ListThingsOutput};
use crate::operation::list_things::builders::ListThingsInputBuilder;
/// Builds and sends a `ListThings` request; see [`Client::list_things`](crate::Client::list_things).
#[derive(Clone, Debug)]
pub struct ListThingsFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: ListThingsInputBuilder,
}
impl ListThingsFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: ListThingsInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &ListThingsInputBuilder {
        &self.inner
    }
    /// Sends the `ListThings` request and reads its response.
    pub async fn send(self) -> Result<ListThingsOutput, SdkError<ListThingsError>> {
        let request = {
            let input = &self.inner.build();
            let mut path_and_query = String::from("/things");
            if let Some(value) = &input.next_token {
                sdk_runtime::client::push_query(
                    &mut path_and_query,
                    "nextToken",
                    value.as_str(),
                );
            }
            if let Some(value) = &input.max_results {
                sdk_runtime::client::push_query(
                    &mut path_and_query,
                    "maxResults",
                    &value.to_string(),
                );
            }
            if let Some(value) = &input.prefix {
                sdk_runtime::client::push_query(
                    &mut path_and_query,
                    "prefix",
                    value.as_str(),
                );
            }
            let headers = Vec::new();
            let body: Vec<u8> = Vec::new();
            sdk_runtime::client::OperationRequest {
                operation: "ListThings",
                method: sdk_runtime::http::Method::GET,
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
            let error = ListThingsError::from_response(&raw);
            return Err(
                SdkError::ServiceError(
                    sdk_runtime::client::ServiceError::new(error, raw),
                ),
            );
        }
        match json::from_body::<ListThingsOutput>(raw.body()) {
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
    /// The `nextToken` member.
    pub fn next_token(mut self, input: impl Into<String>) -> Self {
        self.inner.next_token = Some(input.into());
        self
    }
    /// Sets `next_token`, or clears it with `None`.
    pub fn set_next_token(mut self, input: Option<String>) -> Self {
        self.inner.next_token = input;
        self
    }
    /// The value set for `next_token`, if any.
    pub fn get_next_token(&self) -> &Option<String> {
        &self.inner.next_token
    }
    /// The `maxResults` member.
    pub fn max_results(mut self, input: i32) -> Self {
        self.inner.max_results = Some(input);
        self
    }
    /// Sets `max_results`, or clears it with `None`.
    pub fn set_max_results(mut self, input: Option<i32>) -> Self {
        self.inner.max_results = input;
        self
    }
    /// The value set for `max_results`, if any.
    pub fn get_max_results(&self) -> &Option<i32> {
        &self.inner.max_results
    }
    /// The `prefix` member.
    pub fn prefix(mut self, input: impl Into<String>) -> Self {
        self.inner.prefix = Some(input.into());
        self
    }
    /// Sets `prefix`, or clears it with `None`.
    pub fn set_prefix(mut self, input: Option<String>) -> Self {
        self.inner.prefix = input;
        self
    }
    /// The value set for `prefix`, if any.
    pub fn get_prefix(&self) -> &Option<String> {
        &self.inner.prefix
    }
}
