// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `UploadObjectInput` structure.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct UploadObjectInput {
    /// Where the object is stored.
    pub key: String,
    /// A label kept with the object.
    pub label: Option<String>,
    /// The object's bytes.
    ///
    /// The model streams this blob: it is read as it comes, never held whole (see [`ByteStream`](crate::primitives::ByteStream)). It is the message's body, so it is not part of the JSON forms of this structure.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub body: crate::primitives::ByteStream,
}
impl UploadObjectInput {
    /// Where the object is stored.
    pub fn key(&self) -> &str {
        &self.key
    }
    /// A label kept with the object.
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }
    /// The object's bytes.
    ///
    /// The model streams this blob: it is read as it comes, never held whole (see [`ByteStream`](crate::primitives::ByteStream)). It is the message's body, so it is not part of the JSON forms of this structure.
    pub fn body(&self) -> &crate::primitives::ByteStream {
        &self.body
    }
    /// Starts building a [`UploadObjectInput`].
    pub fn builder() -> UploadObjectInputBuilder {
        UploadObjectInputBuilder::default()
    }
}
/// A builder for [`UploadObjectInput`].
#[derive(Default, Debug)]
pub struct UploadObjectInputBuilder {
    pub(crate) key: Option<String>,
    pub(crate) label: Option<String>,
    pub(crate) body: Option<crate::primitives::ByteStream>,
}
impl UploadObjectInputBuilder {
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
    /// A label kept with the object.
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
    /// The object's bytes.
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
    /// Builds the [`UploadObjectInput`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`key`, `body`).
    pub fn build(self) -> Result<UploadObjectInput, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new("UploadObjectInput");
        let key = missing.check(self.key, "key");
        let body = missing.check(self.body, "body");
        let (Some(key), Some(body)) = (key, body) else {
            return Err(missing.into_error());
        };
        Ok(UploadObjectInput {
            key,
            label: self.label,
            body,
        })
    }
}
impl json::SerializeJson for UploadObjectInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        let value = &self.key;
        object.plain_member("key", value);
        if let Some(value) = &self.label {
            object.plain_member("label", value);
        }
        object.finish();
    }
}
impl UploadObjectInputBuilder {
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
                "label" => {
                    builder.label = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for UploadObjectInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
