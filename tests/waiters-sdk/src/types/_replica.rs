// @generated from tests/fixtures/waiters.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The `Replica` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Replica {
    /// The `region` member.
    pub region: Option<String>,
    /// The `status` member.
    pub status: Option<String>,
}
impl Replica {
    /// The `region` member.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }
    /// The `status` member.
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }
    /// Starts building a [`Replica`].
    pub fn builder() -> ReplicaBuilder {
        ReplicaBuilder::default()
    }
}
/// A builder for [`Replica`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct ReplicaBuilder {
    pub(crate) region: Option<String>,
    pub(crate) status: Option<String>,
}
impl ReplicaBuilder {
    /// The `region` member.
    pub fn region(mut self, input: impl Into<String>) -> Self {
        self.region = Some(input.into());
        self
    }
    /// Sets `region`, or clears it with `None`; see [`Self::region`].
    pub fn set_region(mut self, input: Option<String>) -> Self {
        self.region = input;
        self
    }
    /// The value set for `region`, if any; see [`Self::region`].
    pub fn get_region(&self) -> &Option<String> {
        &self.region
    }
    /// The `status` member.
    pub fn status(mut self, input: impl Into<String>) -> Self {
        self.status = Some(input.into());
        self
    }
    /// Sets `status`, or clears it with `None`; see [`Self::status`].
    pub fn set_status(mut self, input: Option<String>) -> Self {
        self.status = input;
        self
    }
    /// The value set for `status`, if any; see [`Self::status`].
    pub fn get_status(&self) -> &Option<String> {
        &self.status
    }
    /// Builds the [`Replica`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> Replica {
        Replica {
            region: self.region,
            status: self.status,
        }
    }
}
impl json::SerializeJson for Replica {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.region {
            object.plain_member("region", value);
        }
        if let Some(value) = &self.status {
            object.plain_member("status", value);
        }
        object.finish();
    }
}
impl ReplicaBuilder {
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
                "region" => {
                    builder.region = json::DeserializeJson::read_json(reader, &path)?;
                }
                "status" => {
                    builder.status = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for Replica {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
