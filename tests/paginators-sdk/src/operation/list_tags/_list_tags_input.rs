// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `ListTagsInput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ListTagsInput {
    /// The `nextToken` member.
    pub next_token: Option<String>,
    /// The `maxResults` member.
    pub max_results: Option<i32>,
}
impl ListTagsInput {
    /// The `nextToken` member.
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }
    /// The `maxResults` member.
    pub fn max_results(&self) -> Option<i32> {
        self.max_results
    }
    /// Starts building a [`ListTagsInput`].
    pub fn builder() -> ListTagsInputBuilder {
        ListTagsInputBuilder::default()
    }
}
/// A builder for [`ListTagsInput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct ListTagsInputBuilder {
    pub(crate) next_token: Option<String>,
    pub(crate) max_results: Option<i32>,
}
impl ListTagsInputBuilder {
    /// The `nextToken` member.
    pub fn next_token(mut self, input: impl Into<String>) -> Self {
        self.next_token = Some(input.into());
        self
    }
    /// Sets `next_token`, or clears it with `None`; see [`Self::next_token`].
    pub fn set_next_token(mut self, input: Option<String>) -> Self {
        self.next_token = input;
        self
    }
    /// The value set for `next_token`, if any; see [`Self::next_token`].
    pub fn get_next_token(&self) -> &Option<String> {
        &self.next_token
    }
    /// The `maxResults` member.
    pub fn max_results(mut self, input: i32) -> Self {
        self.max_results = Some(input);
        self
    }
    /// Sets `max_results`, or clears it with `None`; see [`Self::max_results`].
    pub fn set_max_results(mut self, input: Option<i32>) -> Self {
        self.max_results = input;
        self
    }
    /// The value set for `max_results`, if any; see [`Self::max_results`].
    pub fn get_max_results(&self) -> &Option<i32> {
        &self.max_results
    }
    /// Builds the [`ListTagsInput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> ListTagsInput {
        ListTagsInput {
            next_token: self.next_token,
            max_results: self.max_results,
        }
    }
}
impl json::SerializeJson for ListTagsInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.next_token {
            object.plain_member("nextToken", value);
        }
        if let Some(value) = &self.max_results {
            object.plain_member("maxResults", value);
        }
        object.finish();
    }
}
impl ListTagsInputBuilder {
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
                "nextToken" => {
                    builder.next_token = json::DeserializeJson::read_json(reader, &path)?;
                }
                "maxResults" => {
                    builder.max_results = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for ListTagsInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
