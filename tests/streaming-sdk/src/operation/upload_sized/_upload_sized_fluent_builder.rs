// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use sdk_runtime::json;
use crate::operation::upload_sized::{
    UploadSizedError, UploadSizedInput, UploadSizedOutput,
};
use crate::operation::upload_sized::builders::UploadSizedInputBuilder;
/// Builds and sends a `UploadSized` request; see [`Client::upload_sized`](crate::Client::upload_sized).
#[derive(Debug)]
pub struct UploadSizedFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: UploadSizedInputBuilder,
}
impl UploadSizedFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: UploadSizedInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &UploadSizedInputBuilder {
        &self.inner
    }
    /// Sends the `UploadSized` request and reads its response.
    pub async fn send(self) -> Result<UploadSizedOutput, SdkError<UploadSizedError>> {
        let request = {
            let input = self.inner.build().map_err(SdkError::construction_failure)?;
            let mut path_and_query = String::from("/sized/");
            {
                let value = &input.key;
                path_and_query
                    .push_str(&sdk_runtime::client::encode_label(value.as_str(), false));
            }
            let headers = Vec::new();
            let body: crate::primitives::ByteStream = input.body;
            if body.known_length().is_none() {
                return Err(
                    SdkError::construction_failure(
                        "`UploadSized` needs the length of `body` before sending it (@requiresLength): give bytes, a file (ByteStream::from_path) or a sized stream (ByteStream::from_sized_stream)",
                    ),
                );
            }
            sdk_runtime::client::OperationRequest {
                operation: "UploadSized",
                method: sdk_runtime::http::Method::PUT,
                path_and_query: path_and_query.into(),
                headers,
                body,
                content_type: "application/octet-stream",
                idempotent: false,
                signed: false,
                host_prefix: None,
            }
        };
        let raw = self.handle.invoke(request).await?;
        if !(200..300).contains(&raw.status()) {
            let error = UploadSizedError::from_response(&raw);
            return Err(
                SdkError::ServiceError(
                    sdk_runtime::client::ServiceError::new(error, raw),
                ),
            );
        }
        match json::from_body::<UploadSizedOutput>(raw.body()) {
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
    /// Where the object is stored.
    pub fn key(mut self, input: impl Into<String>) -> Self {
        self.inner.key = Some(input.into());
        self
    }
    /// Sets `key`, or clears it with `None`.
    pub fn set_key(mut self, input: Option<String>) -> Self {
        self.inner.key = input;
        self
    }
    /// The value set for `key`, if any.
    pub fn get_key(&self) -> &Option<String> {
        &self.inner.key
    }
    /// The object's bytes, of a length known before sending.
    pub fn body(mut self, input: impl Into<crate::primitives::ByteStream>) -> Self {
        self.inner.body = Some(input.into());
        self
    }
    /// Sets `body`, or clears it with `None`.
    pub fn set_body(mut self, input: Option<crate::primitives::ByteStream>) -> Self {
        self.inner.body = input;
        self
    }
    /// The value set for `body`, if any.
    pub fn get_body(&self) -> &Option<crate::primitives::ByteStream> {
        &self.inner.body
    }
}
