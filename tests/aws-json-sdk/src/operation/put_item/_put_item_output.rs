// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `PutItemOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct PutItemOutput {
    /// The item's version after the write.
    pub version: i64,
    /// When the store took the write.
    pub stored_at: Option<crate::primitives::DateTime>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl PutItemOutput {
    /// The item's version after the write.
    pub fn version(&self) -> i64 {
        self.version
    }
    /// When the store took the write.
    pub fn stored_at(&self) -> Option<&crate::primitives::DateTime> {
        self.stored_at.as_ref()
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`PutItemOutput`].
    pub fn builder() -> PutItemOutputBuilder {
        PutItemOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for PutItemOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`PutItemOutput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct PutItemOutputBuilder {
    pub(crate) version: Option<i64>,
    pub(crate) stored_at: Option<crate::primitives::DateTime>,
}
impl PutItemOutputBuilder {
    /// The item's version after the write.
    pub fn version(mut self, input: i64) -> Self {
        self.version = Some(input);
        self
    }
    /// Sets `version`, or clears it with `None`; see [`Self::version`].
    pub fn set_version(mut self, input: Option<i64>) -> Self {
        self.version = input;
        self
    }
    /// The value set for `version`, if any; see [`Self::version`].
    pub fn get_version(&self) -> &Option<i64> {
        &self.version
    }
    /// When the store took the write.
    pub fn stored_at(mut self, input: impl Into<crate::primitives::DateTime>) -> Self {
        self.stored_at = Some(input.into());
        self
    }
    /// Sets `stored_at`, or clears it with `None`; see [`Self::stored_at`].
    pub fn set_stored_at(mut self, input: Option<crate::primitives::DateTime>) -> Self {
        self.stored_at = input;
        self
    }
    /// The value set for `stored_at`, if any; see [`Self::stored_at`].
    pub fn get_stored_at(&self) -> &Option<crate::primitives::DateTime> {
        &self.stored_at
    }
    /// Builds the [`PutItemOutput`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`version`).
    pub fn build(self) -> Result<PutItemOutput, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new("PutItemOutput");
        let version = missing.check(self.version, "version");
        let Some(version) = version else {
            return Err(missing.into_error());
        };
        Ok(PutItemOutput {
            version,
            stored_at: self.stored_at,
            _request_id: None,
        })
    }
}
impl json::SerializeJson for PutItemOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        let value = &self.version;
        object.plain_member("version", value);
        if let Some(value) = &self.stored_at {
            object.plain_member("storedAt", value);
        }
        object.finish();
    }
}
impl PutItemOutputBuilder {
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
                "version" => {
                    builder.version = json::DeserializeJson::read_json(reader, &path)?;
                }
                "storedAt" => {
                    builder.stored_at = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for PutItemOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
