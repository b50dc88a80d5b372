// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `GetItemInput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct GetItemInput {
    /// The item's id.
    pub id: String,
}
impl GetItemInput {
    /// The item's id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// Starts building a [`GetItemInput`].
    pub fn builder() -> GetItemInputBuilder {
        GetItemInputBuilder::default()
    }
}
/// A builder for [`GetItemInput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct GetItemInputBuilder {
    pub(crate) id: Option<String>,
}
impl GetItemInputBuilder {
    /// The item's id.
    pub fn id(mut self, input: impl Into<String>) -> Self {
        self.id = Some(input.into());
        self
    }
    /// Sets `id`, or clears it with `None`; see [`Self::id`].
    pub fn set_id(mut self, input: Option<String>) -> Self {
        self.id = input;
        self
    }
    /// The value set for `id`, if any; see [`Self::id`].
    pub fn get_id(&self) -> &Option<String> {
        &self.id
    }
    /// Builds the [`GetItemInput`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`id`).
    pub fn build(self) -> Result<GetItemInput, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new("GetItemInput");
        let id = missing.check(self.id, "id");
        let Some(id) = id else {
            return Err(missing.into_error());
        };
        Ok(GetItemInput { id })
    }
}
impl json::SerializeJson for GetItemInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        let value = &self.id;
        object.plain_member("id", value);
        object.finish();
    }
}
impl GetItemInputBuilder {
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
                "id" => builder.id = json::DeserializeJson::read_json(reader, &path)?,
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for GetItemInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
