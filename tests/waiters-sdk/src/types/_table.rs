// @generated from tests/fixtures/waiters.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `Table` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Table {
    /// The `name` member.
    pub name: String,
    /// The `status` member.
    pub status: Option<crate::types::TableStatus>,
    /// The `ready` member.
    pub ready: Option<bool>,
    /// The `replicas` member.
    pub replicas: Option<Vec<crate::types::Replica>>,
    /// The `tags` member.
    pub tags: Option<Vec<String>>,
}
impl Table {
    /// The `name` member.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The `status` member.
    pub fn status(&self) -> Option<&crate::types::TableStatus> {
        self.status.as_ref()
    }
    /// The `ready` member.
    pub fn ready(&self) -> Option<bool> {
        self.ready
    }
    /// The `replicas` member.
    pub fn replicas(&self) -> &[crate::types::Replica] {
        self.replicas.as_deref().unwrap_or_default()
    }
    /// The `tags` member.
    pub fn tags(&self) -> &[String] {
        self.tags.as_deref().unwrap_or_default()
    }
    /// Starts building a [`Table`].
    pub fn builder() -> TableBuilder {
        TableBuilder::default()
    }
}
/// A builder for [`Table`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct TableBuilder {
    pub(crate) name: Option<String>,
    pub(crate) status: Option<crate::types::TableStatus>,
    pub(crate) ready: Option<bool>,
    pub(crate) replicas: Option<Vec<crate::types::Replica>>,
    pub(crate) tags: Option<Vec<String>>,
}
impl TableBuilder {
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
    /// The `status` member.
    pub fn status(mut self, input: impl Into<crate::types::TableStatus>) -> Self {
        self.status = Some(input.into());
        self
    }
    /// Sets `status`, or clears it with `None`; see [`Self::status`].
    pub fn set_status(mut self, input: Option<crate::types::TableStatus>) -> Self {
        self.status = input;
        self
    }
    /// The value set for `status`, if any; see [`Self::status`].
    pub fn get_status(&self) -> &Option<crate::types::TableStatus> {
        &self.status
    }
    /// The `ready` member.
    pub fn ready(mut self, input: bool) -> Self {
        self.ready = Some(input);
        self
    }
    /// Sets `ready`, or clears it with `None`; see [`Self::ready`].
    pub fn set_ready(mut self, input: Option<bool>) -> Self {
        self.ready = input;
        self
    }
    /// The value set for `ready`, if any; see [`Self::ready`].
    pub fn get_ready(&self) -> &Option<bool> {
        &self.ready
    }
    /// Appends one item to `replicas`; call it once per item.
    ///
    /// The `replicas` member.
    pub fn replicas(mut self, input: impl Into<crate::types::Replica>) -> Self {
        self.replicas.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `replicas`, or clears it with `None`; see [`Self::replicas`].
    pub fn set_replicas(mut self, input: Option<Vec<crate::types::Replica>>) -> Self {
        self.replicas = input;
        self
    }
    /// The value set for `replicas`, if any; see [`Self::replicas`].
    pub fn get_replicas(&self) -> &Option<Vec<crate::types::Replica>> {
        &self.replicas
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
    /// Builds the [`Table`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`name`).
    pub fn build(self) -> Result<Table, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new("Table");
        let name = missing.check(self.name, "name");
        let Some(name) = name else {
            return Err(missing.into_error());
        };
        Ok(Table {
            name,
            status: self.status,
            ready: self.ready,
            replicas: self.replicas,
            tags: self.tags,
        })
    }
}
impl json::SerializeJson for Table {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        let value = &self.name;
        object.plain_member("name", value);
        if let Some(value) = &self.status {
            object.plain_member("status", value);
        }
        if let Some(value) = &self.ready {
            object.plain_member("ready", value);
        }
        if let Some(value) = &self.replicas {
            object.plain_member("replicas", value);
        }
        if let Some(value) = &self.tags {
            object.plain_member("tags", value);
        }
        object.finish();
    }
}
impl TableBuilder {
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
                "status" => {
                    builder.status = json::DeserializeJson::read_json(reader, &path)?;
                }
                "ready" => {
                    builder.ready = json::DeserializeJson::read_json(reader, &path)?;
                }
                "replicas" => {
                    builder.replicas = json::DeserializeJson::read_json(reader, &path)?;
                }
                "tags" => builder.tags = json::DeserializeJson::read_json(reader, &path)?,
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for Table {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
