// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `UploadSizedOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct UploadSizedOutput {
    /// How many bytes were stored.
    pub length: Option<i64>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl UploadSizedOutput {
    /// How many bytes were stored.
    pub fn length(&self) -> Option<i64> {
        self.length
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`UploadSizedOutput`].
    pub fn builder() -> UploadSizedOutputBuilder {
        UploadSizedOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for UploadSizedOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`UploadSizedOutput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct UploadSizedOutputBuilder {
    pub(crate) length: Option<i64>,
}
impl UploadSizedOutputBuilder {
    /// How many bytes were stored.
    pub fn length(mut self, input: i64) -> Self {
        self.length = Some(input);
        self
    }
    /// Sets `length`, or clears it with `None`; see [`Self::length`].
    pub fn set_length(mut self, input: Option<i64>) -> Self {
        self.length = input;
        self
    }
    /// The value set for `length`, if any; see [`Self::length`].
    pub fn get_length(&self) -> &Option<i64> {
        &self.length
    }
    /// Builds the [`UploadSizedOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> UploadSizedOutput {
        UploadSizedOutput {
            length: self.length,
            _request_id: None,
        }
    }
}
impl json::SerializeJson for UploadSizedOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.length {
            object.plain_member("length", value);
        }
        object.finish();
    }
}
impl UploadSizedOutputBuilder {
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
                "length" => {
                    builder.length = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for UploadSizedOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
