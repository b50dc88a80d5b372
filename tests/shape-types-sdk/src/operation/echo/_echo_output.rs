// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// Output.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct EchoOutput {
    /// A nested structure.
    pub echoed: Option<crate::types::EchoInputCopy>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl EchoOutput {
    /// A nested structure.
    pub fn echoed(&self) -> Option<&crate::types::EchoInputCopy> {
        self.echoed.as_ref()
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`EchoOutput`].
    pub fn builder() -> EchoOutputBuilder {
        EchoOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for EchoOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`EchoOutput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct EchoOutputBuilder {
    pub(crate) echoed: Option<crate::types::EchoInputCopy>,
}
impl EchoOutputBuilder {
    /// A nested structure.
    pub fn echoed(mut self, input: impl Into<crate::types::EchoInputCopy>) -> Self {
        self.echoed = Some(input.into());
        self
    }
    /// Sets `echoed`, or clears it with `None`; see [`Self::echoed`].
    pub fn set_echoed(mut self, input: Option<crate::types::EchoInputCopy>) -> Self {
        self.echoed = input;
        self
    }
    /// The value set for `echoed`, if any; see [`Self::echoed`].
    pub fn get_echoed(&self) -> &Option<crate::types::EchoInputCopy> {
        &self.echoed
    }
    /// Builds the [`EchoOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> EchoOutput {
        EchoOutput {
            echoed: self.echoed,
            _request_id: None,
        }
    }
}
impl json::SerializeJson for EchoOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.echoed {
            object.plain_member("echoed", value);
        }
        object.finish();
    }
}
impl EchoOutputBuilder {
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
                "echoed" => {
                    builder.echoed = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for EchoOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
