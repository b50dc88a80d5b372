// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `GetThingOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct GetThingOutput {
    /// The `thing` member.
    pub thing: Option<crate::types::Thing>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl GetThingOutput {
    /// The `thing` member.
    pub fn thing(&self) -> Option<&crate::types::Thing> {
        self.thing.as_ref()
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`GetThingOutput`].
    pub fn builder() -> GetThingOutputBuilder {
        GetThingOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for GetThingOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`GetThingOutput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct GetThingOutputBuilder {
    pub(crate) thing: Option<crate::types::Thing>,
}
impl GetThingOutputBuilder {
    /// The `thing` member.
    pub fn thing(mut self, input: impl Into<crate::types::Thing>) -> Self {
        self.thing = Some(input.into());
        self
    }
    /// Sets `thing`, or clears it with `None`; see [`Self::thing`].
    pub fn set_thing(mut self, input: Option<crate::types::Thing>) -> Self {
        self.thing = input;
        self
    }
    /// The value set for `thing`, if any; see [`Self::thing`].
    pub fn get_thing(&self) -> &Option<crate::types::Thing> {
        &self.thing
    }
    /// Builds the [`GetThingOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> GetThingOutput {
        GetThingOutput {
            thing: self.thing,
            _request_id: None,
        }
    }
}
impl json::SerializeJson for GetThingOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.thing {
            object.plain_member("thing", value);
        }
        object.finish();
    }
}
impl GetThingOutputBuilder {
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
                "thing" => {
                    builder.thing = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for GetThingOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
