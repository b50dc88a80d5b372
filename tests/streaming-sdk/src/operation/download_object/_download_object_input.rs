// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `DownloadObjectInput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DownloadObjectInput {
    /// Which object.
    pub key: String,
    /// How many bytes to send.
    pub length: Option<i64>,
}
impl DownloadObjectInput {
    /// Which object.
    pub fn key(&self) -> &str {
        &self.key
    }
    /// How many bytes to send.
    pub fn length(&self) -> Option<i64> {
        self.length
    }
    /// Starts building a [`DownloadObjectInput`].
    pub fn builder() -> DownloadObjectInputBuilder {
        DownloadObjectInputBuilder::default()
    }
}
/// A builder for [`DownloadObjectInput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct DownloadObjectInputBuilder {
    pub(crate) key: Option<String>,
    pub(crate) length: Option<i64>,
}
impl DownloadObjectInputBuilder {
    /// Which object.
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
    /// How many bytes to send.
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
    /// Builds the [`DownloadObjectInput`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`key`).
    pub fn build(self) -> Result<DownloadObjectInput, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new("DownloadObjectInput");
        let key = missing.check(self.key, "key");
        let Some(key) = key else {
            return Err(missing.into_error());
        };
        Ok(DownloadObjectInput {
            key,
            length: self.length,
        })
    }
}
impl json::SerializeJson for DownloadObjectInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        let value = &self.key;
        object.plain_member("key", value);
        if let Some(value) = &self.length {
            object.plain_member("length", value);
        }
        object.finish();
    }
}
impl DownloadObjectInputBuilder {
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
                "length" => {
                    builder.length = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for DownloadObjectInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
