// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `UploadSizedInput` structure.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct UploadSizedInput {
    /// Where the object is stored.
    pub key: String,
    /// The object's bytes, of a length known before sending.
    ///
    /// The model streams this blob: it is read as it comes, never held whole (see [`ByteStream`](crate::primitives::ByteStream)). It is the message's body, so it is not part of the JSON forms of this structure. Its length must be known before it is sent (`@requiresLength`): bytes in memory, a file, or a sized stream.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub body: crate::primitives::ByteStream,
}
impl UploadSizedInput {
    /// Where the object is stored.
    pub fn key(&self) -> &str {
        &self.key
    }
    /// The object's bytes, of a length known before sending.
    ///
    /// The model streams this blob: it is read as it comes, never held whole (see [`ByteStream`](crate::primitives::ByteStream)). It is the message's body, so it is not part of the JSON forms of this structure. Its length must be known before it is sent (`@requiresLength`): bytes in memory, a file, or a sized stream.
    pub fn body(&self) -> &crate::primitives::ByteStream {
        &self.body
    }
    /// Starts building a [`UploadSizedInput`].
    pub fn builder() -> UploadSizedInputBuilder {
        UploadSizedInputBuilder::default()
    }
}
/// A builder for [`UploadSizedInput`].
#[derive(Default, Debug)]
pub struct UploadSizedInputBuilder {
    pub(crate) key: Option<String>,
    pub(crate) body: Option<crate::primitives::ByteStream>,
}
impl UploadSizedInputBuilder {
    /// Where the object is stored.
    pub fn key(mut self, input: impl Into<String>) -> Self {
        self.key = Some(input.into());
        self
    }
    /// Sets `key`, or clears it with `None`; see [`Self::key`].
    pub fn set_key(mut self, input: Option<String>) -> Self {
        self.key = input;
        self
    }
    /// The value set for `key`, if any; see [`Self::key`].
    pub fn get_key(&self) -> &Option<String> {
        &self.key
    }
    /// The object's bytes, of a length known before sending.
    ///
    /// The model streams this blob: it is read as it comes, never held whole (see [`ByteStream`](crate::primitives::ByteStream)). It is the message's body, so it is not part of the JSON forms of this structure. Its length must be known before it is sent (`@requiresLength`): bytes in memory, a file, or a sized stream.
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
    /// Builds the [`UploadSizedInput`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`key`).
    pub fn build(self) -> Result<UploadSizedInput, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new("UploadSizedInput");
        let key = missing.check(self.key, "key");
        let Some(key) = key else {
            return Err(missing.into_error());
        };
        Ok(UploadSizedInput {
            key,
            body: self.body.unwrap_or_default(),
        })
    }
}
impl json::SerializeJson for UploadSizedInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        let value = &self.key;
        object.plain_member("key", value);
        object.finish();
    }
}
impl UploadSizedInputBuilder {
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
                "key" => builder.key = json::DeserializeJson::read_json(reader, &path)?,
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for UploadSizedInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
