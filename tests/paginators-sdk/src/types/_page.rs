// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `Page` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Page {
    /// The `cursor` member.
    pub cursor: Option<String>,
    /// The `entries` member.
    pub entries: Option<Vec<String>>,
}
impl Page {
    /// The `cursor` member.
    pub fn cursor(&self) -> Option<&str> {
        self.cursor.as_deref()
    }
    /// The `entries` member.
    pub fn entries(&self) -> &[String] {
        self.entries.as_deref().unwrap_or_default()
    }
    /// Starts building a [`Page`].
    pub fn builder() -> PageBuilder {
        PageBuilder::default()
    }
}
/// A builder for [`Page`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct PageBuilder {
    pub(crate) cursor: Option<String>,
    pub(crate) entries: Option<Vec<String>>,
}
impl PageBuilder {
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
    /// Appends one item to `entries`; call it once per item.
    ///
    /// The `entries` member.
    pub fn entries(mut self, input: impl Into<String>) -> Self {
        self.entries.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `entries`, or clears it with `None`; see [`Self::entries`].
    pub fn set_entries(mut self, input: Option<Vec<String>>) -> Self {
        self.entries = input;
        self
    }
    /// The value set for `entries`, if any; see [`Self::entries`].
    pub fn get_entries(&self) -> &Option<Vec<String>> {
        &self.entries
    }
    /// Builds the [`Page`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> Page {
        Page {
            cursor: self.cursor,
            entries: self.entries,
        }
    }
}
impl json::SerializeJson for Page {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.cursor {
            object.plain_member("cursor", value);
        }
        if let Some(value) = &self.entries {
            object.plain_member("entries", value);
        }
        object.finish();
    }
}
impl PageBuilder {
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
                "entries" => {
                    builder.entries = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for Page {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
