// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// A union.
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Choice {
    /// The `text` member.
    Text(String),
    /// The `number` member.
    Number(i32),
    /// A structure inside others.
    Nested(crate::types::Nested),
    /// The `nothing` member.
    Nothing,
    /// An RFC 3339 time.
    When(crate::primitives::DateTime),
    /// A member this version of the crate does not know. It cannot be sent back:
    /// it serializes as an empty object.
    #[non_exhaustive]
    #[cfg_attr(feature = "serde", serde(skip))]
    Unknown,
}
impl Choice {
    /// The `text` member's value, or `Err(self)` when another member is set.
    pub fn as_text(&self) -> Result<&String, &Self> {
        match self {
            Self::Text(value) => Ok(value),
            _ => Err(self),
        }
    }
    /// Whether this is the `text` member.
    pub fn is_text(&self) -> bool {
        self.as_text().is_ok()
    }
    /// The `number` member's value, or `Err(self)` when another member is set.
    pub fn as_number(&self) -> Result<&i32, &Self> {
        match self {
            Self::Number(value) => Ok(value),
            _ => Err(self),
        }
    }
    /// Whether this is the `number` member.
    pub fn is_number(&self) -> bool {
        self.as_number().is_ok()
    }
    /// The `nested` member's value, or `Err(self)` when another member is set.
    pub fn as_nested(&self) -> Result<&crate::types::Nested, &Self> {
        match self {
            Self::Nested(value) => Ok(value),
            _ => Err(self),
        }
    }
    /// Whether this is the `nested` member.
    pub fn is_nested(&self) -> bool {
        self.as_nested().is_ok()
    }
    /// Whether this is the `nothing` member.
    pub fn is_nothing(&self) -> bool {
        matches!(self, Self::Nothing)
    }
    /// The `when` member's value, or `Err(self)` when another member is set.
    pub fn as_when(&self) -> Result<&crate::primitives::DateTime, &Self> {
        match self {
            Self::When(value) => Ok(value),
            _ => Err(self),
        }
    }
    /// Whether this is the `when` member.
    pub fn is_when(&self) -> bool {
        self.as_when().is_ok()
    }
    /// Whether the value holds a member this version does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown)
    }
}
impl json::SerializeJson for Choice {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        match self {
            Self::Text(value) => object.plain_member("text", value),
            Self::Number(value) => object.plain_member("number", value),
            Self::Nested(value) => object.plain_member("nested", value),
            Self::Nothing => object.plain_member("nothing", &json::EmptyObject),
            Self::When(value) => {
                object
                    .plain_timestamp_member(
                        "when",
                        value,
                        sdk_runtime::TimestampFormat::DateTime,
                    )
            }
            Self::Unknown => {}
        }
        object.finish();
    }
}
impl json::DeserializeJson for Choice {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut found = None;
        reader.begin_object(path)?;
        while let Some(key) = reader.next_key(path)? {
            let path = path.key(&key);
            if reader.read_null(&path)? {
                continue;
            }
            let variant = match key.as_ref() {
                "__type" => {
                    reader.skip(&path)?;
                    continue;
                }
                "text" => Self::Text(json::DeserializeJson::read_json(reader, &path)?),
                "number" => {
                    Self::Number(json::DeserializeJson::read_json(reader, &path)?)
                }
                "nested" => {
                    Self::Nested(json::DeserializeJson::read_json(reader, &path)?)
                }
                "nothing" => {
                    reader.skip(&path)?;
                    Self::Nothing
                }
                "when" => {
                    Self::When(
                        json::read_timestamp(
                            reader,
                            &path,
                            sdk_runtime::TimestampFormat::DateTime,
                        )?,
                    )
                }
                _ => {
                    reader.skip(&path)?;
                    Self::Unknown
                }
            };
            if found.replace(variant).is_some() {
                return Err(
                    json::DeserializeError::new(
                        &path,
                        "a union sets exactly one member, but this one sets several",
                    ),
                );
            }
        }
        found
            .ok_or_else(|| json::DeserializeError::new(
                path,
                "a union sets exactly one member, but this one sets none",
            ))
    }
}
