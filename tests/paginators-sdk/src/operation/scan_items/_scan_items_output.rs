// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `ScanItemsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ScanItemsOutput {
    /// The `items` member.
    pub items: Option<Vec<std::collections::HashMap<String, String>>>,
    /// The `lastKey` member.
    pub last_key: Option<std::collections::HashMap<String, String>>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl ScanItemsOutput {
    /// The `items` member.
    pub fn items(&self) -> &[std::collections::HashMap<String, String>] {
        self.items.as_deref().unwrap_or_default()
    }
    /// The `lastKey` member.
    pub fn last_key(&self) -> Option<&std::collections::HashMap<String, String>> {
        self.last_key.as_ref()
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`ScanItemsOutput`].
    pub fn builder() -> ScanItemsOutputBuilder {
        ScanItemsOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for ScanItemsOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`ScanItemsOutput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct ScanItemsOutputBuilder {
    pub(crate) items: Option<Vec<std::collections::HashMap<String, String>>>,
    pub(crate) last_key: Option<std::collections::HashMap<String, String>>,
}
impl ScanItemsOutputBuilder {
    /// Appends one item to `items`; call it once per item.
    ///
    /// The `items` member.
    pub fn items(
        mut self,
        input: impl Into<std::collections::HashMap<String, String>>,
    ) -> Self {
        self.items.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `items`, or clears it with `None`; see [`Self::items`].
    pub fn set_items(
        mut self,
        input: Option<Vec<std::collections::HashMap<String, String>>>,
    ) -> Self {
        self.items = input;
        self
    }
    /// The value set for `items`, if any; see [`Self::items`].
    pub fn get_items(&self) -> &Option<Vec<std::collections::HashMap<String, String>>> {
        &self.items
    }
    /// Inserts one entry into `last_key`; call it once per entry.
    ///
    /// The `lastKey` member.
    pub fn last_key(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.last_key
            .get_or_insert_with(std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets `last_key`, or clears it with `None`; see [`Self::last_key`].
    pub fn set_last_key(
        mut self,
        input: Option<std::collections::HashMap<String, String>>,
    ) -> Self {
        self.last_key = input;
        self
    }
    /// The value set for `last_key`, if any; see [`Self::last_key`].
    pub fn get_last_key(&self) -> &Option<std::collections::HashMap<String, String>> {
        &self.last_key
    }
    /// Builds the [`ScanItemsOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> ScanItemsOutput {
        ScanItemsOutput {
            items: self.items,
            last_key: self.last_key,
            _request_id: None,
        }
    }
}
impl json::SerializeJson for ScanItemsOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.items {
            object.plain_member("items", value);
        }
        if let Some(value) = &self.last_key {
            object.plain_member("lastKey", value);
        }
        object.finish();
    }
}
impl ScanItemsOutputBuilder {
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
                "items" => {
                    builder.items = json::DeserializeJson::read_json(reader, &path)?;
                }
                "lastKey" => {
                    builder.last_key = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for ScanItemsOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
