// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `ListPagesInput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ListPagesInput {
    /// The `cursor` member.
    pub cursor: Option<String>,
    /// The `limit` member.
    pub limit: Option<i64>,
}
impl ListPagesInput {
    /// The `cursor` member.
    pub fn cursor(&self) -> Option<&str> {
        self.cursor.as_deref()
    }
    /// The `limit` member.
    pub fn limit(&self) -> Option<i64> {
        self.limit
    }
    /// Starts building a [`ListPagesInput`].
    pub fn builder() -> ListPagesInputBuilder {
        ListPagesInputBuilder::default()
    }
}
/// A builder for [`ListPagesInput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct ListPagesInputBuilder {
    pub(crate) cursor: Option<String>,
    pub(crate) limit: Option<i64>,
}
impl ListPagesInputBuilder {
    /// The `cursor` member.
    pub fn cursor(mut self, input: impl Into<String>) -> Self {
        self.cursor = Some(input.into());
        self
    }
    /// Sets `cursor`, or clears it with `None`; see [`Self::cursor`].
    pub fn set_cursor(mut self, input: Option<String>) -> Self {
        self.cursor = input;
        self
    }
    /// The value set for `cursor`, if any; see [`Self::cursor`].
    pub fn get_cursor(&self) -> &Option<String> {
        &self.cursor
    }
    /// The `limit` member.
    pub fn limit(mut self, input: i64) -> Self {
        self.limit = Some(input);
        self
    }
    /// Sets `limit`, or clears it with `None`; see [`Self::limit`].
    pub fn set_limit(mut self, input: Option<i64>) -> Self {
        self.limit = input;
        self
    }
    /// The value set for `limit`, if any; see [`Self::limit`].
    pub fn get_limit(&self) -> &Option<i64> {
        &self.limit
    }
    /// Builds the [`ListPagesInput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> ListPagesInput {
        ListPagesInput {
            cursor: self.cursor,
            limit: self.limit,
        }
    }
}
impl json::SerializeJson for ListPagesInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.cursor {
            object.plain_member("cursor", value);
        }
        if let Some(value) = &self.limit {
            object.plain_member("limit", value);
        }
        object.finish();
    }
}
impl ListPagesInputBuilder {
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
                "cursor" => {
                    builder.cursor = json::DeserializeJson::read_json(reader, &path)?;
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
impl json::DeserializeJson for ListPagesInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
