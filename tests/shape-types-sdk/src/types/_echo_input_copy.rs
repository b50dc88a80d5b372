// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// A nested structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct EchoInputCopy {
    /// The `text` member.
    pub text: Option<String>,
    /// An RFC 3339 time.
    pub when: Option<crate::primitives::DateTime>,
}
impl EchoInputCopy {
    /// The `text` member.
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }
    /// An RFC 3339 time.
    pub fn when(&self) -> Option<&crate::primitives::DateTime> {
        self.when.as_ref()
    }
    /// Starts building a [`EchoInputCopy`].
    pub fn builder() -> EchoInputCopyBuilder {
        EchoInputCopyBuilder::default()
    }
}
/// A builder for [`EchoInputCopy`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct EchoInputCopyBuilder {
    pub(crate) text: Option<String>,
    pub(crate) when: Option<crate::primitives::DateTime>,
}
impl EchoInputCopyBuilder {
    /// The `text` member.
    pub fn text(mut self, input: impl Into<String>) -> Self {
        self.text = Some(input.into());
        self
    }
    /// Sets `text`, or clears it with `None`; see [`Self::text`].
    pub fn set_text(mut self, input: Option<String>) -> Self {
        self.text = input;
        self
    }
    /// The value set for `text`, if any; see [`Self::text`].
    pub fn get_text(&self) -> &Option<String> {
        &self.text
    }
    /// An RFC 3339 time.
    pub fn when(mut self, input: impl Into<crate::primitives::DateTime>) -> Self {
        self.when = Some(input.into());
        self
    }
    /// Sets `when`, or clears it with `None`; see [`Self::when`].
    pub fn set_when(mut self, input: Option<crate::primitives::DateTime>) -> Self {
        self.when = input;
        self
    }
    /// The value set for `when`, if any; see [`Self::when`].
    pub fn get_when(&self) -> &Option<crate::primitives::DateTime> {
        &self.when
    }
    /// Builds the [`EchoInputCopy`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> EchoInputCopy {
        EchoInputCopy {
            text: self.text,
            when: self.when,
        }
    }
}
impl json::SerializeJson for EchoInputCopy {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.text {
            object.plain_member("text", value);
        }
        if let Some(value) = &self.when {
            object
                .plain_timestamp_member(
                    "when",
                    value,
                    sdk_runtime::TimestampFormat::DateTime,
                );
        }
        object.finish();
    }
}
impl EchoInputCopyBuilder {
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
                "text" => builder.text = json::DeserializeJson::read_json(reader, &path)?,
                "when" => {
                    builder.when = if reader.read_null(&path)? {
                        None
                    } else {
                        Some(
                            json::read_timestamp(
                                reader,
                                &path,
                                sdk_runtime::TimestampFormat::DateTime,
                            )?,
                        )
                    };
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for EchoInputCopy {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
