// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The client may not use this grant or request.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct UnauthorizedClientException {
    /// The OAuth error code.
    pub error: Option<String>,
    /// What went wrong, in words.
    pub error_description: Option<String>,
    /// The error's code and message (set by the builder) and, when the client
    /// read it from a response, its status and request id (see `meta()`).
    /// Skipped by serde: a deserialized error has empty metadata.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) meta: sdk_runtime::error::ErrorMetadata,
}
impl UnauthorizedClientException {
    /// The OAuth error code.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }
    /// What went wrong, in words.
    pub fn error_description(&self) -> Option<&str> {
        self.error_description.as_deref()
    }
    /// The error's code and message and, when the client read it from a
    /// response, the HTTP status and request id.
    pub fn meta(&self) -> &sdk_runtime::error::ErrorMetadata {
        &self.meta
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this error from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self.meta.request_id()
    }
    /// Starts building a [`UnauthorizedClientException`].
    pub fn builder() -> UnauthorizedClientExceptionBuilder {
        UnauthorizedClientExceptionBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for UnauthorizedClientException {
    fn request_id(&self) -> Option<&str> {
        self.meta.request_id()
    }
}
impl UnauthorizedClientException {
    /// The error code the service sends for this error: `UnauthorizedClientException`.
    pub const CODE: &'static str = "UnauthorizedClientException";
}
impl std::fmt::Display for UnauthorizedClientException {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(Self::CODE)?;
        if let Some(message) = &self.error_description {
            write!(f, ": {message}")?;
        }
        Ok(())
    }
}
impl std::error::Error for UnauthorizedClientException {}
/// `error` with its code and (unless sensitive) message in its metadata.
fn with_code_and_message(
    mut error: UnauthorizedClientException,
) -> UnauthorizedClientException {
    let mut meta = sdk_runtime::error::ErrorMetadata::new()
        .with_code(UnauthorizedClientException::CODE);
    if let Some(message) = sdk_runtime::error::ProvideErrorMetadata::message(&error) {
        meta = meta.with_message(message);
    }
    error.meta = meta;
    error
}
impl sdk_runtime::error::ProvideErrorMetadata for UnauthorizedClientException {
    fn code(&self) -> Option<&str> {
        self.meta.code().or(Some(Self::CODE))
    }
    fn message(&self) -> Option<&str> {
        self.error_description.as_deref()
    }
}
/// A builder for [`UnauthorizedClientException`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct UnauthorizedClientExceptionBuilder {
    pub(crate) error: Option<String>,
    pub(crate) error_description: Option<String>,
}
impl UnauthorizedClientExceptionBuilder {
    /// The OAuth error code.
    pub fn error(mut self, input: impl Into<String>) -> Self {
        self.error = Some(input.into());
        self
    }
    /// Sets `error`, or clears it with `None`; see [`Self::error`].
    pub fn set_error(mut self, input: Option<String>) -> Self {
        self.error = input;
        self
    }
    /// The value set for `error`, if any; see [`Self::error`].
    pub fn get_error(&self) -> &Option<String> {
        &self.error
    }
    /// What went wrong, in words.
    pub fn error_description(mut self, input: impl Into<String>) -> Self {
        self.error_description = Some(input.into());
        self
    }
    /// Sets `error_description`, or clears it with `None`; see [`Self::error_description`].
    pub fn set_error_description(mut self, input: Option<String>) -> Self {
        self.error_description = input;
        self
    }
    /// The value set for `error_description`, if any; see [`Self::error_description`].
    pub fn get_error_description(&self) -> &Option<String> {
        &self.error_description
    }
    /// Builds the [`UnauthorizedClientException`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> UnauthorizedClientException {
        with_code_and_message(UnauthorizedClientException {
            error: self.error,
            error_description: self.error_description,
            meta: sdk_runtime::error::ErrorMetadata::new(),
        })
    }
}
impl json::SerializeJson for UnauthorizedClientException {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.error {
            object.plain_member("error", value);
        }
        if let Some(value) = &self.error_description {
            object.plain_member("error_description", value);
        }
        object.finish();
    }
}
impl UnauthorizedClientExceptionBuilder {
    /// Sets the members found in the JSON object next in `reader`
    /// (at `path`); keys this version does not know are skipped.
    pub(crate) fn read_json_members(
        &mut self,
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<(), json::DeserializeError> {
        let builder = self;
        reader.begin_object(path)?;
        while let Some(key) = reader.next_key(path)? {
            let path = path.key(&key);
            match key.as_ref() {
                "error" => {
                    builder.error = json::DeserializeJson::read_json(reader, &path)?;
                }
                "error_description" => {
                    builder.error_description = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for UnauthorizedClientException {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
