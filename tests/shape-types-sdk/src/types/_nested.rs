// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// A structure inside others.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Nested {
    /// The `id` member.
    pub id: String,
    /// The `tags` member.
    pub tags: Option<Vec<String>>,
}
impl Nested {
    /// The `id` member.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The `tags` member.
    pub fn tags(&self) -> &[String] {
        self.tags.as_deref().unwrap_or_default()
    }
    /// Starts building a [`Nested`].
    pub fn builder() -> NestedBuilder {
        NestedBuilder::default()
    }
}
/// A builder for [`Nested`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct NestedBuilder {
    pub(crate) id: Option<String>,
    pub(crate) tags: Option<Vec<String>>,
}
impl NestedBuilder {
    /// The `id` member.
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
    /// Appends one item to `tags`; call it once per item.
    ///
    /// The `tags` member.
    pub fn tags(mut self, input: impl Into<String>) -> Self {
        self.tags.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `tags`, or clears it with `None`; see [`Self::tags`].
    pub fn set_tags(mut self, input: Option<Vec<String>>) -> Self {
        self.tags = input;
        self
    }
    /// The value set for `tags`, if any; see [`Self::tags`].
    pub fn get_tags(&self) -> &Option<Vec<String>> {
        &self.tags
    }
    /// Builds the [`Nested`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`id`).
    pub fn build(self) -> Result<Nested, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new("Nested");
        let id = missing.check(self.id, "id");
        let Some(id) = id else {
            return Err(missing.into_error());
        };
        Ok(Nested { id, tags: self.tags })
    }
}
impl json::SerializeJson for Nested {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        let value = &self.id;
        object.plain_member("id", value);
        if let Some(value) = &self.tags {
            object.plain_member("tags", value);
        }
        object.finish();
    }
}
impl NestedBuilder {
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
                "tags" => builder.tags = json::DeserializeJson::read_json(reader, &path)?,
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for Nested {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
