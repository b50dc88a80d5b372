// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `ListThingsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ListThingsOutput {
    /// The `things` member.
    pub things: Option<Vec<crate::types::Thing>>,
    /// The `nextToken` member.
    pub next_token: Option<String>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl ListThingsOutput {
    /// The `things` member.
    pub fn things(&self) -> &[crate::types::Thing] {
        self.things.as_deref().unwrap_or_default()
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
    /// Starts building a [`ListThingsOutput`].
    pub fn builder() -> ListThingsOutputBuilder {
        ListThingsOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for ListThingsOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`ListThingsOutput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct ListThingsOutputBuilder {
    pub(crate) things: Option<Vec<crate::types::Thing>>,
    pub(crate) next_token: Option<String>,
}
impl ListThingsOutputBuilder {
    /// Appends one item to `things`; call it once per item.
    ///
    /// The `things` member.
    pub fn things(mut self, input: impl Into<crate::types::Thing>) -> Self {
        self.things.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `things`, or clears it with `None`; see [`Self::things`].
    pub fn set_things(mut self, input: Option<Vec<crate::types::Thing>>) -> Self {
        self.things = input;
        self
    }
    /// The value set for `things`, if any; see [`Self::things`].
    pub fn get_things(&self) -> &Option<Vec<crate::types::Thing>> {
        &self.things
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
    /// Builds the [`ListThingsOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> ListThingsOutput {
        ListThingsOutput {
            things: self.things,
            next_token: self.next_token,
            _request_id: None,
        }
    }
}
impl json::SerializeJson for ListThingsOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.things {
            object.plain_member("things", value);
        }
        if let Some(value) = &self.next_token {
            object.plain_member("nextToken", value);
        }
        object.finish();
    }
}
impl ListThingsOutputBuilder {
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
                "things" => {
                    builder.things = json::DeserializeJson::read_json(reader, &path)?;
                }
                "nextToken" => {
                    builder.next_token = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for ListThingsOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
