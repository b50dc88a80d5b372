// @generated from tests/fixtures/waiters.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `DescribeTableOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DescribeTableOutput {
    /// The `table` member.
    pub table: Option<crate::types::Table>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl DescribeTableOutput {
    /// The `table` member.
    pub fn table(&self) -> Option<&crate::types::Table> {
        self.table.as_ref()
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`DescribeTableOutput`].
    pub fn builder() -> DescribeTableOutputBuilder {
        DescribeTableOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for DescribeTableOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`DescribeTableOutput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct DescribeTableOutputBuilder {
    pub(crate) table: Option<crate::types::Table>,
}
impl DescribeTableOutputBuilder {
    /// The `table` member.
    pub fn table(mut self, input: impl Into<crate::types::Table>) -> Self {
        self.table = Some(input.into());
        self
    }
    /// Sets `table`, or clears it with `None`; see [`Self::table`].
    pub fn set_table(mut self, input: Option<crate::types::Table>) -> Self {
        self.table = input;
        self
    }
    /// The value set for `table`, if any; see [`Self::table`].
    pub fn get_table(&self) -> &Option<crate::types::Table> {
        &self.table
    }
    /// Builds the [`DescribeTableOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> DescribeTableOutput {
        DescribeTableOutput {
            table: self.table,
            _request_id: None,
        }
    }
}
impl json::SerializeJson for DescribeTableOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.table {
            object.plain_member("table", value);
        }
        object.finish();
    }
}
impl DescribeTableOutputBuilder {
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
                "table" => {
                    builder.table = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for DescribeTableOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
