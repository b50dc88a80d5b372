// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use sdk_runtime::json;
use crate::operation::upload_object::{
    UploadObjectError, UploadObjectInput, UploadObjectOutput,
};
use crate::operation::upload_object::builders::UploadObjectInputBuilder;
/// Builds and sends a `UploadObject` request; see [`Client::upload_object`](crate::Client::upload_object).
#[derive(Debug)]
pub struct UploadObjectFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: UploadObjectInputBuilder,
}
impl UploadObjectFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: UploadObjectInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &UploadObjectInputBuilder {
        &self.inner
    }
    /// Sends the `UploadObject` request and reads its response.
    pub async fn send(self) -> Result<UploadObjectOutput, SdkError<UploadObjectError>> {
        let request = {
            let input = self.inner.build().map_err(SdkError::construction_failure)?;
            let mut path_and_query = String::from("/objects/");
            {
                let value = &input.key;
                path_and_query
                    .push_str(&sdk_runtime::client::encode_label(value.as_str(), false));
            }
            let mut headers = Vec::new();
            if let Some(value) = &input.label {
                headers
                    .push((
                        sdk_runtime::http::HeaderName::from_static("x-object-label"),
                        sdk_runtime::http::HeaderValue::from_str(value.as_str())
                            .map_err(|error| SdkError::construction_failure(
                                format!("header `x-object-label` is not valid: {error}"),
                            ))?,
                    ));
            }
            let body: crate::primitives::ByteStream = input.body;
            sdk_runtime::client::OperationRequest {
                operation: "UploadObject",
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
            let error = UploadObjectError::from_response(&raw);
            return Err(
                SdkError::ServiceError(
                    sdk_runtime::client::ServiceError::new(error, raw),
                ),
            );
        }
        match json::from_body::<UploadObjectOutput>(raw.body()) {
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
    /// A label kept with the object.
    pub fn label(mut self, input: impl Into<String>) -> Self {
        self.inner.label = Some(input.into());
        self
    }
    /// Sets `label`, or clears it with `None`.
    pub fn set_label(mut self, input: Option<String>) -> Self {
        self.inner.label = input;
        self
    }
    /// The value set for `label`, if any.
    pub fn get_label(&self) -> &Option<String> {
        &self.inner.label
    }
    /// The object's bytes.
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
