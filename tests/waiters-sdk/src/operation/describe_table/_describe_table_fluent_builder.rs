// @generated from tests/fixtures/waiters.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use sdk_runtime::json;
use crate::operation::describe_table::{
    DescribeTableError, DescribeTableInput, DescribeTableOutput,
};
use crate::operation::describe_table::builders::DescribeTableInputBuilder;
/// Builds and sends a `DescribeTable` request; see [`Client::describe_table`](crate::Client::describe_table).
#[derive(Clone, Debug)]
pub struct DescribeTableFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: DescribeTableInputBuilder,
}
impl DescribeTableFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: DescribeTableInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &DescribeTableInputBuilder {
        &self.inner
    }
    /// Sends the `DescribeTable` request and reads its response.
    pub async fn send(
        self,
    ) -> Result<DescribeTableOutput, SdkError<DescribeTableError>> {
        let request = {
            let input = &self.inner.build().map_err(SdkError::construction_failure)?;
            let mut path_and_query = String::from("/tables/");
            {
                let value = &input.name;
                path_and_query
                    .push_str(&sdk_runtime::client::encode_label(value.as_str(), false));
            }
            let headers = Vec::new();
            let body: Vec<u8> = Vec::new();
            sdk_runtime::client::OperationRequest {
                operation: "DescribeTable",
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
            let error = DescribeTableError::from_response(&raw);
            return Err(
                SdkError::ServiceError(
                    sdk_runtime::client::ServiceError::new(error, raw),
                ),
            );
        }
        match json::from_body::<DescribeTableOutput>(raw.body()) {
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
    /// The `name` member.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.inner.name = Some(input.into());
        self
    }
    /// Sets `name`, or clears it with `None`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.inner.name = input;
        self
    }
    /// The value set for `name`, if any.
    pub fn get_name(&self) -> &Option<String> {
        &self.inner.name
    }
}
