// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// AWS-specific details that come with a token.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct AwsAdditionalDetails {
    /// Describes the user the token was issued for; pass it on to services that ask for an identity
    /// context.
    pub identity_context: Option<String>,
}
impl AwsAdditionalDetails {
    /// Describes the user the token was issued for; pass it on to services that ask for an identity
    /// context.
    pub fn identity_context(&self) -> Option<&str> {
        self.identity_context.as_deref()
    }
    /// Starts building a [`AwsAdditionalDetails`].
    pub fn builder() -> AwsAdditionalDetailsBuilder {
        AwsAdditionalDetailsBuilder::default()
    }
}
/// A builder for [`AwsAdditionalDetails`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct AwsAdditionalDetailsBuilder {
    pub(crate) identity_context: Option<String>,
}
impl AwsAdditionalDetailsBuilder {
    /// Describes the user the token was issued for; pass it on to services that ask for an identity
    /// context.
    pub fn identity_context(mut self, input: impl Into<String>) -> Self {
        self.identity_context = Some(input.into());
        self
    }
    /// Sets `identity_context`, or clears it with `None`; see [`Self::identity_context`].
    pub fn set_identity_context(mut self, input: Option<String>) -> Self {
        self.identity_context = input;
        self
    }
    /// The value set for `identity_context`, if any; see [`Self::identity_context`].
    pub fn get_identity_context(&self) -> &Option<String> {
        &self.identity_context
    }
    /// Builds the [`AwsAdditionalDetails`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> AwsAdditionalDetails {
        AwsAdditionalDetails {
            identity_context: self.identity_context,
        }
    }
}
impl json::SerializeJson for AwsAdditionalDetails {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.identity_context {
            object.plain_member("identityContext", value);
        }
        object.finish();
    }
}
impl AwsAdditionalDetailsBuilder {
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
                "identityContext" => {
                    builder.identity_context = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for AwsAdditionalDetails {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
