// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `GetThingInput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct GetThingInput {
    /// The `name` member.
    pub name: String,
}
impl GetThingInput {
    /// The `name` member.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Starts building a [`GetThingInput`].
    pub fn builder() -> GetThingInputBuilder {
        GetThingInputBuilder::default()
    }
}
/// A builder for [`GetThingInput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct GetThingInputBuilder {
    pub(crate) name: Option<String>,
}
impl GetThingInputBuilder {
    /// The `name` member.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.name = Some(input.into());
        self
    }
    /// Sets `name`, or clears it with `None`; see [`Self::name`].
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.name = input;
        self
    }
    /// The value set for `name`, if any; see [`Self::name`].
    pub fn get_name(&self) -> &Option<String> {
        &self.name
    }
    /// Builds the [`GetThingInput`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`name`).
    pub fn build(self) -> Result<GetThingInput, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new("GetThingInput");
        let name = missing.check(self.name, "name");
        let Some(name) = name else {
            return Err(missing.into_error());
        };
        Ok(GetThingInput { name })
    }
}
impl json::SerializeJson for GetThingInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        let value = &self.name;
        object.plain_member("name", value);
        object.finish();
    }
}
impl GetThingInputBuilder {
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
                "name" => builder.name = json::DeserializeJson::read_json(reader, &path)?,
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for GetThingInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
