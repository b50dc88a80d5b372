// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `ListTagsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ListTagsOutput {
    /// The `tags` member.
    pub tags: Option<std::collections::HashMap<String, String>>,
    /// The `nextToken` member.
    pub next_token: Option<String>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl ListTagsOutput {
    /// The `tags` member.
    pub fn tags(&self) -> Option<&std::collections::HashMap<String, String>> {
        self.tags.as_ref()
    }
    /// The `nextToken` member.
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`ListTagsOutput`].
    pub fn builder() -> ListTagsOutputBuilder {
        ListTagsOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for ListTagsOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`ListTagsOutput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct ListTagsOutputBuilder {
    pub(crate) tags: Option<std::collections::HashMap<String, String>>,
    pub(crate) next_token: Option<String>,
}
impl ListTagsOutputBuilder {
    /// Inserts one entry into `tags`; call it once per entry.
    ///
    /// The `tags` member.
    pub fn tags(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.tags
            .get_or_insert_with(std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets `tags`, or clears it with `None`; see [`Self::tags`].
    pub fn set_tags(
        mut self,
        input: Option<std::collections::HashMap<String, String>>,
    ) -> Self {
        self.tags = input;
        self
    }
    /// The value set for `tags`, if any; see [`Self::tags`].
    pub fn get_tags(&self) -> &Option<std::collections::HashMap<String, String>> {
        &self.tags
    }
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
    /// Builds the [`ListTagsOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> ListTagsOutput {
        ListTagsOutput {
            tags: self.tags,
            next_token: self.next_token,
            _request_id: None,
        }
    }
}
impl json::SerializeJson for ListTagsOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.tags {
            object.plain_member("tags", value);
        }
        if let Some(value) = &self.next_token {
            object.plain_member("nextToken", value);
        }
        object.finish();
    }
}
impl ListTagsOutputBuilder {
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
                "nextToken" => {
                    builder.next_token = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for ListTagsOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
