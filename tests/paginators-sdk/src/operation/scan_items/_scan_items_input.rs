// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `ScanItemsInput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ScanItemsInput {
    /// The `startKey` member.
    pub start_key: Option<std::collections::HashMap<String, String>>,
    /// The `limit` member.
    pub limit: Option<i32>,
}
impl ScanItemsInput {
    /// The `startKey` member.
    pub fn start_key(&self) -> Option<&std::collections::HashMap<String, String>> {
        self.start_key.as_ref()
    }
    /// The `limit` member.
    pub fn limit(&self) -> Option<i32> {
        self.limit
    }
    /// Starts building a [`ScanItemsInput`].
    pub fn builder() -> ScanItemsInputBuilder {
        ScanItemsInputBuilder::default()
    }
}
/// A builder for [`ScanItemsInput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct ScanItemsInputBuilder {
    pub(crate) start_key: Option<std::collections::HashMap<String, String>>,
    pub(crate) limit: Option<i32>,
}
impl ScanItemsInputBuilder {
    /// Inserts one entry into `start_key`; call it once per entry.
    ///
    /// The `startKey` member.
    pub fn start_key(
        mut self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.start_key
            .get_or_insert_with(std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets `start_key`, or clears it with `None`; see [`Self::start_key`].
    pub fn set_start_key(
        mut self,
        input: Option<std::collections::HashMap<String, String>>,
    ) -> Self {
        self.start_key = input;
        self
    }
    /// The value set for `start_key`, if any; see [`Self::start_key`].
    pub fn get_start_key(&self) -> &Option<std::collections::HashMap<String, String>> {
        &self.start_key
    }
    /// The `limit` member.
    pub fn limit(mut self, input: i32) -> Self {
        self.limit = Some(input);
        self
    }
    /// Sets `limit`, or clears it with `None`; see [`Self::limit`].
    pub fn set_limit(mut self, input: Option<i32>) -> Self {
        self.limit = input;
        self
    }
    /// The value set for `limit`, if any; see [`Self::limit`].
    pub fn get_limit(&self) -> &Option<i32> {
        &self.limit
    }
    /// Builds the [`ScanItemsInput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> ScanItemsInput {
        ScanItemsInput {
            start_key: self.start_key,
            limit: self.limit,
        }
    }
}
impl json::SerializeJson for ScanItemsInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.start_key {
            object.plain_member("startKey", value);
        }
        if let Some(value) = &self.limit {
            object.plain_member("limit", value);
        }
        object.finish();
    }
}
impl ScanItemsInputBuilder {
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
                "startKey" => {
                    builder.start_key = json::DeserializeJson::read_json(reader, &path)?;
                }
                "limit" => {
                    builder.limit = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for ScanItemsInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
