// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `DownloadObjectOutput` structure.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DownloadObjectOutput {
    /// How many bytes the body holds.
    pub length: Option<i64>,
    /// The object's bytes, as they come.
    ///
    /// The model streams this blob: it is read as it comes, never held whole (see [`ByteStream`](crate::primitives::ByteStream)). It is the message's body, so it is not part of the JSON forms of this structure.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub body: crate::primitives::ByteStream,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl DownloadObjectOutput {
    /// How many bytes the body holds.
    pub fn length(&self) -> Option<i64> {
        self.length
    }
    /// The object's bytes, as they come.
    ///
    /// The model streams this blob: it is read as it comes, never held whole (see [`ByteStream`](crate::primitives::ByteStream)). It is the message's body, so it is not part of the JSON forms of this structure.
    pub fn body(&self) -> &crate::primitives::ByteStream {
        &self.body
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`DownloadObjectOutput`].
    pub fn builder() -> DownloadObjectOutputBuilder {
        DownloadObjectOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for DownloadObjectOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`DownloadObjectOutput`].
#[derive(Default, Debug)]
pub struct DownloadObjectOutputBuilder {
    pub(crate) length: Option<i64>,
    pub(crate) body: Option<crate::primitives::ByteStream>,
}
impl DownloadObjectOutputBuilder {
    /// How many bytes the body holds.
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
    /// The object's bytes, as they come.
    ///
    /// The model streams this blob: it is read as it comes, never held whole (see [`ByteStream`](crate::primitives::ByteStream)). It is the message's body, so it is not part of the JSON forms of this structure.
    pub fn body(mut self, input: impl Into<crate::primitives::ByteStream>) -> Self {
        self.body = Some(input.into());
        self
    }
    /// Sets `body`, or clears it with `None`; see [`Self::body`].
    pub fn set_body(mut self, input: Option<crate::primitives::ByteStream>) -> Self {
        self.body = input;
        self
    }
    /// The value set for `body`, if any; see [`Self::body`].
    pub fn get_body(&self) -> &Option<crate::primitives::ByteStream> {
        &self.body
    }
    /// Builds the [`DownloadObjectOutput`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`body`).
    pub fn build(self) -> Result<DownloadObjectOutput, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new(
            "DownloadObjectOutput",
        );
        let body = missing.check(self.body, "body");
        let Some(body) = body else {
            return Err(missing.into_error());
        };
        Ok(DownloadObjectOutput {
            length: self.length,
            body,
            _request_id: None,
        })
    }
}
impl json::SerializeJson for DownloadObjectOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.length {
            object.plain_member("length", value);
        }
        object.finish();
    }
}
impl DownloadObjectOutputBuilder {
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
impl json::DeserializeJson for DownloadObjectOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
