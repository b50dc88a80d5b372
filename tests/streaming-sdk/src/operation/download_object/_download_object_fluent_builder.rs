// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use crate::operation::download_object::{
    DownloadObjectError, DownloadObjectInput, DownloadObjectOutput,
};
use crate::operation::download_object::builders::DownloadObjectInputBuilder;
/// Builds and sends a `DownloadObject` request; see [`Client::download_object`](crate::Client::download_object).
#[derive(Clone, Debug)]
pub struct DownloadObjectFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: DownloadObjectInputBuilder,
}
impl DownloadObjectFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: DownloadObjectInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &DownloadObjectInputBuilder {
        &self.inner
    }
    /// Sends the `DownloadObject` request and reads its response head; the payload is returned unread, as a stream.
    pub async fn send(
        self,
    ) -> Result<DownloadObjectOutput, SdkError<DownloadObjectError>> {
        let request = {
            let input = &self.inner.build().map_err(SdkError::construction_failure)?;
            let mut path_and_query = String::from("/objects/");
            {
                let value = &input.key;
                path_and_query
                    .push_str(&sdk_runtime::client::encode_label(value.as_str(), false));
            }
            if let Some(value) = &input.length {
                sdk_runtime::client::push_query(
                    &mut path_and_query,
                    "length",
                    &value.to_string(),
                );
            }
            let headers = Vec::new();
            let body: Vec<u8> = Vec::new();
            sdk_runtime::client::OperationRequest {
                operation: "DownloadObject",
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
        let (raw, body) = match self.handle.invoke_streaming(request).await? {
            sdk_runtime::client::StreamingResponse::Success { head, body } => {
                (head, body)
            }
            sdk_runtime::client::StreamingResponse::Failure(raw) => {
                let error = DownloadObjectError::from_response(&raw);
                return Err(
                    SdkError::ServiceError(
                        sdk_runtime::client::ServiceError::new(error, raw),
                    ),
                );
            }
        };
        let mut builder = DownloadObjectOutput::builder();
        builder.body = Some(body);
        if let Some(joined) = sdk_runtime::client::header_text(
                raw.headers(),
                "x-object-length",
            )
            .map_err(|error| SdkError::ResponseError(
                sdk_runtime::client::ResponseError::new(
                    format!("header `x-object-length` is not valid: {error}"),
                    raw.clone(),
                ),
            ))?
        {
            builder.length = Some(
                joined
                    .as_str()
                    .trim()
                    .parse()
                    .map_err(|error| SdkError::ResponseError(
                        sdk_runtime::client::ResponseError::new(
                            format!("header `x-object-length` is not valid: {error}"),
                            raw.clone(),
                        ),
                    ))?,
            );
        }
        let mut output = builder
            .build()
            .map_err(|error| SdkError::ResponseError(
                sdk_runtime::client::ResponseError::new(error, raw.clone()),
            ))?;
        output._request_id = raw.request_id().map(str::to_owned);
        Ok(output)
    }
    /// Which object.
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
    /// How many bytes to send.
    pub fn length(mut self, input: i64) -> Self {
        self.inner.length = Some(input);
        self
    }
    /// Sets `length`, or clears it with `None`.
    pub fn set_length(mut self, input: Option<i64>) -> Self {
        self.inner.length = input;
        self
    }
    /// The value set for `length`, if any.
    pub fn get_length(&self) -> &Option<i64> {
        &self.inner.length
    }
}
