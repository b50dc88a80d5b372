// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `PutItemInput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct PutItemInput {
    /// The item's id (an '@httpLabel' awsJson ignores: it travels in the body).
    pub id: String,
    /// The version the stored item must have (an '@httpHeader' awsJson ignores).
    pub expected_version: Option<i64>,
    /// Labels for the item.
    pub tags: Option<Vec<String>>,
    /// When the item was made (epoch seconds on the wire).
    pub stored_at: Option<crate::primitives::DateTime>,
    /// A value that never reaches logs.
    pub secret: Option<String>,
}
impl PutItemInput {
    /// The item's id (an '@httpLabel' awsJson ignores: it travels in the body).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The version the stored item must have (an '@httpHeader' awsJson ignores).
    pub fn expected_version(&self) -> Option<i64> {
        self.expected_version
    }
    /// Labels for the item.
    pub fn tags(&self) -> &[String] {
        self.tags.as_deref().unwrap_or_default()
    }
    /// When the item was made (epoch seconds on the wire).
    pub fn stored_at(&self) -> Option<&crate::primitives::DateTime> {
        self.stored_at.as_ref()
    }
    /// A value that never reaches logs.
    pub fn secret(&self) -> Option<&str> {
        self.secret.as_deref()
    }
    /// Starts building a [`PutItemInput`].
    pub fn builder() -> PutItemInputBuilder {
        PutItemInputBuilder::default()
    }
}
/// A builder for [`PutItemInput`].
#[derive(Clone, Default, PartialEq)]
pub struct PutItemInputBuilder {
    pub(crate) id: Option<String>,
    pub(crate) expected_version: Option<i64>,
    pub(crate) tags: Option<Vec<String>>,
    pub(crate) stored_at: Option<crate::primitives::DateTime>,
    pub(crate) secret: Option<String>,
}
impl PutItemInputBuilder {
    /// The item's id (an '@httpLabel' awsJson ignores: it travels in the body).
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
    /// The version the stored item must have (an '@httpHeader' awsJson ignores).
    pub fn expected_version(mut self, input: i64) -> Self {
        self.expected_version = Some(input);
        self
    }
    /// Sets `expected_version`, or clears it with `None`; see [`Self::expected_version`].
    pub fn set_expected_version(mut self, input: Option<i64>) -> Self {
        self.expected_version = input;
        self
    }
    /// The value set for `expected_version`, if any; see [`Self::expected_version`].
    pub fn get_expected_version(&self) -> &Option<i64> {
        &self.expected_version
    }
    /// Appends one item to `tags`; call it once per item.
    ///
    /// Labels for the item.
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
    /// When the item was made (epoch seconds on the wire).
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
    /// A value that never reaches logs.
    pub fn secret(mut self, input: impl Into<String>) -> Self {
        self.secret = Some(input.into());
        self
    }
    /// Sets `secret`, or clears it with `None`; see [`Self::secret`].
    pub fn set_secret(mut self, input: Option<String>) -> Self {
        self.secret = input;
        self
    }
    /// The value set for `secret`, if any; see [`Self::secret`].
    pub fn get_secret(&self) -> &Option<String> {
        &self.secret
    }
    /// Builds the [`PutItemInput`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`id`).
    pub fn build(self) -> Result<PutItemInput, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new("PutItemInput");
        let id = missing.check(self.id, "id");
        let Some(id) = id else {
            return Err(missing.into_error());
        };
        Ok(PutItemInput {
            id,
            expected_version: self.expected_version,
            tags: self.tags,
            stored_at: self.stored_at,
            secret: self.secret,
        })
    }
}
impl std::fmt::Debug for PutItemInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PutItemInput")
            .field("id", &self.id)
            .field("expected_version", &self.expected_version)
            .field("tags", &self.tags)
            .field("stored_at", &self.stored_at)
            .field("secret", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
impl std::fmt::Debug for PutItemInputBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PutItemInputBuilder")
            .field("id", &self.id)
            .field("expected_version", &self.expected_version)
            .field("tags", &self.tags)
            .field("stored_at", &self.stored_at)
            .field("secret", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
impl json::SerializeJson for PutItemInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        let value = &self.id;
        object.plain_member("id", value);
        if let Some(value) = &self.expected_version {
            object.plain_member("expectedVersion", value);
        }
        if let Some(value) = &self.tags {
            object.plain_member("tags", value);
        }
        if let Some(value) = &self.stored_at {
            object.plain_member("storedAt", value);
        }
        if let Some(value) = &self.secret {
            object.plain_member("secret", value);
        }
        object.finish();
    }
}
impl PutItemInputBuilder {
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
                "expectedVersion" => {
                    builder.expected_version = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "tags" => builder.tags = json::DeserializeJson::read_json(reader, &path)?,
                "storedAt" => {
                    builder.stored_at = json::DeserializeJson::read_json(reader, &path)?;
                }
                "secret" => {
                    builder.secret = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for PutItemInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
