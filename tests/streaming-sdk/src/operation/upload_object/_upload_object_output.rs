// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `UploadObjectOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct UploadObjectOutput {
    /// How many bytes were stored.
    pub length: Option<i64>,
    /// How many chunks they came in.
    pub chunks: Option<i32>,
    /// The label given, if any.
    pub label: Option<String>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl UploadObjectOutput {
    /// How many bytes were stored.
    pub fn length(&self) -> Option<i64> {
        self.length
    }
    /// How many chunks they came in.
    pub fn chunks(&self) -> Option<i32> {
        self.chunks
    }
    /// The label given, if any.
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`UploadObjectOutput`].
    pub fn builder() -> UploadObjectOutputBuilder {
        UploadObjectOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for UploadObjectOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`UploadObjectOutput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct UploadObjectOutputBuilder {
    pub(crate) length: Option<i64>,
    pub(crate) chunks: Option<i32>,
    pub(crate) label: Option<String>,
}
impl UploadObjectOutputBuilder {
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
    /// How many chunks they came in.
    pub fn chunks(mut self, input: i32) -> Self {
        self.chunks = Some(input);
        self
    }
    /// Sets `chunks`, or clears it with `None`; see [`Self::chunks`].
    pub fn set_chunks(mut self, input: Option<i32>) -> Self {
        self.chunks = input;
        self
    }
    /// The value set for `chunks`, if any; see [`Self::chunks`].
    pub fn get_chunks(&self) -> &Option<i32> {
        &self.chunks
    }
    /// The label given, if any.
    pub fn label(mut self, input: impl Into<String>) -> Self {
        self.label = Some(input.into());
        self
    }
    /// Sets `label`, or clears it with `None`; see [`Self::label`].
    pub fn set_label(mut self, input: Option<String>) -> Self {
        self.label = input;
        self
    }
    /// The value set for `label`, if any; see [`Self::label`].
    pub fn get_label(&self) -> &Option<String> {
        &self.label
    }
    /// Builds the [`UploadObjectOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> UploadObjectOutput {
        UploadObjectOutput {
            length: self.length,
            chunks: self.chunks,
            label: self.label,
            _request_id: None,
        }
    }
}
impl json::SerializeJson for UploadObjectOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.length {
            object.plain_member("length", value);
        }
        if let Some(value) = &self.chunks {
            object.plain_member("chunks", value);
        }
        if let Some(value) = &self.label {
            object.plain_member("label", value);
        }
        object.finish();
    }
}
impl UploadObjectOutputBuilder {
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
                "chunks" => {
                    builder.chunks = json::DeserializeJson::read_json(reader, &path)?;
                }
                "label" => {
                    builder.label = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for UploadObjectOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
