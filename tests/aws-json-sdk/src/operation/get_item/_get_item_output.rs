// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `GetItemOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct GetItemOutput {
    /// The item's labels.
    pub tags: Option<Vec<String>>,
    /// The item's version.
    pub version: Option<i64>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl GetItemOutput {
    /// The item's labels.
    pub fn tags(&self) -> &[String] {
        self.tags.as_deref().unwrap_or_default()
    }
    /// The item's version.
    pub fn version(&self) -> Option<i64> {
        self.version
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`GetItemOutput`].
    pub fn builder() -> GetItemOutputBuilder {
        GetItemOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for GetItemOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`GetItemOutput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct GetItemOutputBuilder {
    pub(crate) tags: Option<Vec<String>>,
    pub(crate) version: Option<i64>,
}
impl GetItemOutputBuilder {
    /// Appends one item to `tags`; call it once per item.
    ///
    /// The item's labels.
    pub fn tags(mut self, input: impl Into<String>) -> Self {
        self.tags.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `tags`, or clears it with `None`; see [`Self::tags`].
    pub fn set_tags(mut self, input: Option<Vec<String>>) -> Self {
        self.tags = input;
        self
    }
    /// The value set for `tags`, if any; see [`Self::tags`].
    pub fn get_tags(&self) -> &Option<Vec<String>> {
        &self.tags
    }
    /// The item's version.
    pub fn version(mut self, input: i64) -> Self {
        self.version = Some(input);
        self
    }
    /// Sets `version`, or clears it with `None`; see [`Self::version`].
    pub fn set_version(mut self, input: Option<i64>) -> Self {
        self.version = input;
        self
    }
    /// The value set for `version`, if any; see [`Self::version`].
    pub fn get_version(&self) -> &Option<i64> {
        &self.version
    }
    /// Builds the [`GetItemOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> GetItemOutput {
        GetItemOutput {
            tags: self.tags,
            version: self.version,
            _request_id: None,
        }
    }
}
impl json::SerializeJson for GetItemOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.tags {
            object.plain_member("tags", value);
        }
        if let Some(value) = &self.version {
            object.plain_member("version", value);
        }
        object.finish();
    }
}
impl GetItemOutputBuilder {
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
                "tags" => builder.tags = json::DeserializeJson::read_json(reader, &path)?,
                "version" => {
                    builder.version = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for GetItemOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
