// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// Too many calls; try again.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Throttled {
    /// The `message` member.
    pub message: Option<String>,
    /// The error's code and message (set by the builder) and, when the client
    /// read it from a response, its status and request id (see `meta()`).
    /// Skipped by serde: a deserialized error has empty metadata.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) meta: sdk_runtime::error::ErrorMetadata,
}
impl Throttled {
    /// The `message` member.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
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
    /// Starts building a [`Throttled`].
    pub fn builder() -> ThrottledBuilder {
        ThrottledBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for Throttled {
    fn request_id(&self) -> Option<&str> {
        self.meta.request_id()
    }
}
impl Throttled {
    /// The error code the service sends for this error: `Throttled`.
    pub const CODE: &'static str = "Throttled";
}
impl std::fmt::Display for Throttled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(Self::CODE)?;
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        Ok(())
    }
}
impl std::error::Error for Throttled {}
/// `error` with its code and (unless sensitive) message in its metadata.
fn with_code_and_message(mut error: Throttled) -> Throttled {
    let mut meta = sdk_runtime::error::ErrorMetadata::new().with_code(Throttled::CODE);
    if let Some(message) = sdk_runtime::error::ProvideErrorMetadata::message(&error) {
        meta = meta.with_message(message);
    }
    error.meta = meta;
    error
}
impl sdk_runtime::error::ProvideErrorMetadata for Throttled {
    fn code(&self) -> Option<&str> {
        self.meta.code().or(Some(Self::CODE))
    }
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}
/// A builder for [`Throttled`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct ThrottledBuilder {
    pub(crate) message: Option<String>,
}
impl ThrottledBuilder {
    /// The `message` member.
    pub fn message(mut self, input: impl Into<String>) -> Self {
        self.message = Some(input.into());
        self
    }
    /// Sets `message`, or clears it with `None`; see [`Self::message`].
    pub fn set_message(mut self, input: Option<String>) -> Self {
        self.message = input;
        self
    }
    /// The value set for `message`, if any; see [`Self::message`].
    pub fn get_message(&self) -> &Option<String> {
        &self.message
    }
    /// Builds the [`Throttled`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> Throttled {
        with_code_and_message(Throttled {
            message: self.message,
            meta: sdk_runtime::error::ErrorMetadata::new(),
        })
    }
}
impl json::SerializeJson for Throttled {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.message {
            object.plain_member("message", value);
        }
        object.finish();
    }
}
impl ThrottledBuilder {
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
                "message" => {
                    builder.message = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for Throttled {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
