// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// What RegisterClient needs to register a client.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct RegisterClientInput {
    /// A name for the client, shown to users when they approve access.
    pub client_name: String,
    /// The kind of client; the service only accepts 'public'.
    pub client_type: String,
    /// The scopes the client may ask for; tokens are limited to these.
    pub scopes: Option<Vec<String>>,
    /// Where the authorization endpoint may send the user back to after sign-in.
    pub redirect_uris: Option<Vec<String>>,
    /// The OAuth grants the client may use: 'authorization_code', 'refresh_token' and
    /// 'urn:ietf:params:oauth:grant-type:device_code'.
    pub grant_types: Option<Vec<String>>,
    /// The issuer URL of the IAM Identity Center instance the client works with.
    pub issuer_url: Option<String>,
    /// An application whose administrator-set configuration limits the scopes, grants and redirect URIs
    /// this client gets.
    pub entitled_application_arn: Option<String>,
}
impl RegisterClientInput {
    /// A name for the client, shown to users when they approve access.
    pub fn client_name(&self) -> &str {
        &self.client_name
    }
    /// The kind of client; the service only accepts 'public'.
    pub fn client_type(&self) -> &str {
        &self.client_type
    }
    /// The scopes the client may ask for; tokens are limited to these.
    pub fn scopes(&self) -> &[String] {
        self.scopes.as_deref().unwrap_or_default()
    }
    /// Where the authorization endpoint may send the user back to after sign-in.
    pub fn redirect_uris(&self) -> &[String] {
        self.redirect_uris.as_deref().unwrap_or_default()
    }
    /// The OAuth grants the client may use: 'authorization_code', 'refresh_token' and
    /// 'urn:ietf:params:oauth:grant-type:device_code'.
    pub fn grant_types(&self) -> &[String] {
        self.grant_types.as_deref().unwrap_or_default()
    }
    /// The issuer URL of the IAM Identity Center instance the client works with.
    pub fn issuer_url(&self) -> Option<&str> {
        self.issuer_url.as_deref()
    }
    /// An application whose administrator-set configuration limits the scopes, grants and redirect URIs
    /// this client gets.
    pub fn entitled_application_arn(&self) -> Option<&str> {
        self.entitled_application_arn.as_deref()
    }
    /// Starts building a [`RegisterClientInput`].
    pub fn builder() -> RegisterClientInputBuilder {
        RegisterClientInputBuilder::default()
    }
}
/// A builder for [`RegisterClientInput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct RegisterClientInputBuilder {
    pub(crate) client_name: Option<String>,
    pub(crate) client_type: Option<String>,
    pub(crate) scopes: Option<Vec<String>>,
    pub(crate) redirect_uris: Option<Vec<String>>,
    pub(crate) grant_types: Option<Vec<String>>,
    pub(crate) issuer_url: Option<String>,
    pub(crate) entitled_application_arn: Option<String>,
}
impl RegisterClientInputBuilder {
    /// A name for the client, shown to users when they approve access.
    pub fn client_name(mut self, input: impl Into<String>) -> Self {
        self.client_name = Some(input.into());
        self
    }
    /// Sets `client_name`, or clears it with `None`; see [`Self::client_name`].
    pub fn set_client_name(mut self, input: Option<String>) -> Self {
        self.client_name = input;
        self
    }
    /// The value set for `client_name`, if any; see [`Self::client_name`].
    pub fn get_client_name(&self) -> &Option<String> {
        &self.client_name
    }
    /// The kind of client; the service only accepts 'public'.
    pub fn client_type(mut self, input: impl Into<String>) -> Self {
        self.client_type = Some(input.into());
        self
    }
    /// Sets `client_type`, or clears it with `None`; see [`Self::client_type`].
    pub fn set_client_type(mut self, input: Option<String>) -> Self {
        self.client_type = input;
        self
    }
    /// The value set for `client_type`, if any; see [`Self::client_type`].
    pub fn get_client_type(&self) -> &Option<String> {
        &self.client_type
    }
    /// Appends one item to `scopes`; call it once per item.
    ///
    /// The scopes the client may ask for; tokens are limited to these.
    pub fn scopes(mut self, input: impl Into<String>) -> Self {
        self.scopes.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `scopes`, or clears it with `None`; see [`Self::scopes`].
    pub fn set_scopes(mut self, input: Option<Vec<String>>) -> Self {
        self.scopes = input;
        self
    }
    /// The value set for `scopes`, if any; see [`Self::scopes`].
    pub fn get_scopes(&self) -> &Option<Vec<String>> {
        &self.scopes
    }
    /// Appends one item to `redirect_uris`; call it once per item.
    ///
    /// Where the authorization endpoint may send the user back to after sign-in.
    pub fn redirect_uris(mut self, input: impl Into<String>) -> Self {
        self.redirect_uris.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `redirect_uris`, or clears it with `None`; see [`Self::redirect_uris`].
    pub fn set_redirect_uris(mut self, input: Option<Vec<String>>) -> Self {
        self.redirect_uris = input;
        self
    }
    /// The value set for `redirect_uris`, if any; see [`Self::redirect_uris`].
    pub fn get_redirect_uris(&self) -> &Option<Vec<String>> {
        &self.redirect_uris
    }
    /// Appends one item to `grant_types`; call it once per item.
    ///
    /// The OAuth grants the client may use: 'authorization_code', 'refresh_token' and
    /// 'urn:ietf:params:oauth:grant-type:device_code'.
    pub fn grant_types(mut self, input: impl Into<String>) -> Self {
        self.grant_types.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `grant_types`, or clears it with `None`; see [`Self::grant_types`].
    pub fn set_grant_types(mut self, input: Option<Vec<String>>) -> Self {
        self.grant_types = input;
        self
    }
    /// The value set for `grant_types`, if any; see [`Self::grant_types`].
    pub fn get_grant_types(&self) -> &Option<Vec<String>> {
        &self.grant_types
    }
    /// The issuer URL of the IAM Identity Center instance the client works with.
    pub fn issuer_url(mut self, input: impl Into<String>) -> Self {
        self.issuer_url = Some(input.into());
        self
    }
    /// Sets `issuer_url`, or clears it with `None`; see [`Self::issuer_url`].
    pub fn set_issuer_url(mut self, input: Option<String>) -> Self {
        self.issuer_url = input;
        self
    }
    /// The value set for `issuer_url`, if any; see [`Self::issuer_url`].
    pub fn get_issuer_url(&self) -> &Option<String> {
        &self.issuer_url
    }
    /// An application whose administrator-set configuration limits the scopes, grants and redirect URIs
    /// this client gets.
    pub fn entitled_application_arn(mut self, input: impl Into<String>) -> Self {
        self.entitled_application_arn = Some(input.into());
        self
    }
    /// Sets `entitled_application_arn`, or clears it with `None`; see [`Self::entitled_application_arn`].
    pub fn set_entitled_application_arn(mut self, input: Option<String>) -> Self {
        self.entitled_application_arn = input;
        self
    }
    /// The value set for `entitled_application_arn`, if any; see [`Self::entitled_application_arn`].
    pub fn get_entitled_application_arn(&self) -> &Option<String> {
        &self.entitled_application_arn
    }
    /// Builds the [`RegisterClientInput`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`client_name`, `client_type`).
    pub fn build(self) -> Result<RegisterClientInput, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new("RegisterClientInput");
        let client_name = missing.check(self.client_name, "client_name");
        let client_type = missing.check(self.client_type, "client_type");
        let (Some(client_name), Some(client_type)) = (client_name, client_type) else {
            return Err(missing.into_error());
        };
        Ok(RegisterClientInput {
            client_name,
            client_type,
            scopes: self.scopes,
            redirect_uris: self.redirect_uris,
            grant_types: self.grant_types,
            issuer_url: self.issuer_url,
            entitled_application_arn: self.entitled_application_arn,
        })
    }
}
impl json::SerializeJson for RegisterClientInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        let value = &self.client_name;
        object.plain_member("clientName", value);
        let value = &self.client_type;
        object.plain_member("clientType", value);
        if let Some(value) = &self.scopes {
            object.plain_member("scopes", value);
        }
        if let Some(value) = &self.redirect_uris {
            object.plain_member("redirectUris", value);
        }
        if let Some(value) = &self.grant_types {
            object.plain_member("grantTypes", value);
        }
        if let Some(value) = &self.issuer_url {
            object.plain_member("issuerUrl", value);
        }
        if let Some(value) = &self.entitled_application_arn {
            object.plain_member("entitledApplicationArn", value);
        }
        object.finish();
    }
}
impl RegisterClientInputBuilder {
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
                "clientName" => {
                    builder.client_name = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "clientType" => {
                    builder.client_type = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "scopes" => {
                    builder.scopes = json::DeserializeJson::read_json(reader, &path)?;
                }
                "redirectUris" => {
                    builder.redirect_uris = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "grantTypes" => {
                    builder.grant_types = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "issuerUrl" => {
                    builder.issuer_url = json::DeserializeJson::read_json(reader, &path)?;
                }
                "entitledApplicationArn" => {
                    builder.entitled_application_arn = json::DeserializeJson::read_json(
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
impl json::DeserializeJson for RegisterClientInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
