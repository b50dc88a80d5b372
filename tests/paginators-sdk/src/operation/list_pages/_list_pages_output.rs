// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `ListPagesOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ListPagesOutput {
    /// The `page` member.
    pub page: Option<crate::types::Page>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl ListPagesOutput {
    /// The `page` member.
    pub fn page(&self) -> Option<&crate::types::Page> {
        self.page.as_ref()
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`ListPagesOutput`].
    pub fn builder() -> ListPagesOutputBuilder {
        ListPagesOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for ListPagesOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`ListPagesOutput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct ListPagesOutputBuilder {
    pub(crate) page: Option<crate::types::Page>,
}
impl ListPagesOutputBuilder {
    /// The `page` member.
    pub fn page(mut self, input: impl Into<crate::types::Page>) -> Self {
        self.page = Some(input.into());
        self
    }
    /// Sets `page`, or clears it with `None`; see [`Self::page`].
    pub fn set_page(mut self, input: Option<crate::types::Page>) -> Self {
        self.page = input;
        self
    }
    /// The value set for `page`, if any; see [`Self::page`].
    pub fn get_page(&self) -> &Option<crate::types::Page> {
        &self.page
    }
    /// Builds the [`ListPagesOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> ListPagesOutput {
        ListPagesOutput {
            page: self.page,
            _request_id: None,
        }
    }
}
impl json::SerializeJson for ListPagesOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.page {
            object.plain_member("page", value);
        }
        object.finish();
    }
}
impl ListPagesOutputBuilder {
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
                "page" => builder.page = json::DeserializeJson::read_json(reader, &path)?,
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for ListPagesOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
