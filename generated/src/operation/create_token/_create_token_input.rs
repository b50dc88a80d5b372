// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// What CreateToken needs to issue a token.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct CreateTokenInput {
    /// The id RegisterClient returned.
    pub client_id: String,
    /// The secret RegisterClient returned.
    pub client_secret: String,
    /// The grant being exchanged: 'authorization_code', 'refresh_token' or
    /// 'urn:ietf:params:oauth:grant-type:device_code'.
    pub grant_type: String,
    /// For the device grant: the device code StartDeviceAuthorization returned.
    pub device_code: Option<String>,
    /// For the authorization code grant: the code the authorization endpoint returned.
    pub code: Option<String>,
    /// For the refresh token grant: the refresh token to exchange.
    pub refresh_token: Option<String>,
    /// The scopes to ask for; they must be among those the client registered.
    pub scope: Option<Vec<String>>,
    /// For the authorization code grant: the redirect URI used when the code was issued.
    pub redirect_uri: Option<String>,
    /// For the authorization code grant: the PKCE verifier matching the challenge sent earlier.
    pub code_verifier: Option<String>,
}
impl CreateTokenInput {
    /// The id RegisterClient returned.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }
    /// The secret RegisterClient returned.
    pub fn client_secret(&self) -> &str {
        &self.client_secret
    }
    /// The grant being exchanged: 'authorization_code', 'refresh_token' or
    /// 'urn:ietf:params:oauth:grant-type:device_code'.
    pub fn grant_type(&self) -> &str {
        &self.grant_type
    }
    /// For the device grant: the device code StartDeviceAuthorization returned.
    pub fn device_code(&self) -> Option<&str> {
        self.device_code.as_deref()
    }
    /// For the authorization code grant: the code the authorization endpoint returned.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }
    /// For the refresh token grant: the refresh token to exchange.
    pub fn refresh_token(&self) -> Option<&str> {
        self.refresh_token.as_deref()
    }
    /// The scopes to ask for; they must be among those the client registered.
    pub fn scope(&self) -> &[String] {
        self.scope.as_deref().unwrap_or_default()
    }
    /// For the authorization code grant: the redirect URI used when the code was issued.
    pub fn redirect_uri(&self) -> Option<&str> {
        self.redirect_uri.as_deref()
    }
    /// For the authorization code grant: the PKCE verifier matching the challenge sent earlier.
    pub fn code_verifier(&self) -> Option<&str> {
        self.code_verifier.as_deref()
    }
    /// Starts building a [`CreateTokenInput`].
    pub fn builder() -> CreateTokenInputBuilder {
        CreateTokenInputBuilder::default()
    }
}
/// A builder for [`CreateTokenInput`].
#[derive(Clone, Default, PartialEq)]
pub struct CreateTokenInputBuilder {
    pub(crate) client_id: Option<String>,
    pub(crate) client_secret: Option<String>,
    pub(crate) grant_type: Option<String>,
    pub(crate) device_code: Option<String>,
    pub(crate) code: Option<String>,
    pub(crate) refresh_token: Option<String>,
    pub(crate) scope: Option<Vec<String>>,
    pub(crate) redirect_uri: Option<String>,
    pub(crate) code_verifier: Option<String>,
}
impl CreateTokenInputBuilder {
    /// The id RegisterClient returned.
    pub fn client_id(mut self, input: impl Into<String>) -> Self {
        self.client_id = Some(input.into());
        self
    }
    /// Sets `client_id`, or clears it with `None`; see [`Self::client_id`].
    pub fn set_client_id(mut self, input: Option<String>) -> Self {
        self.client_id = input;
        self
    }
    /// The value set for `client_id`, if any; see [`Self::client_id`].
    pub fn get_client_id(&self) -> &Option<String> {
        &self.client_id
    }
    /// The secret RegisterClient returned.
    pub fn client_secret(mut self, input: impl Into<String>) -> Self {
        self.client_secret = Some(input.into());
        self
    }
    /// Sets `client_secret`, or clears it with `None`; see [`Self::client_secret`].
    pub fn set_client_secret(mut self, input: Option<String>) -> Self {
        self.client_secret = input;
        self
    }
    /// The value set for `client_secret`, if any; see [`Self::client_secret`].
    pub fn get_client_secret(&self) -> &Option<String> {
        &self.client_secret
    }
    /// The grant being exchanged: 'authorization_code', 'refresh_token' or
    /// 'urn:ietf:params:oauth:grant-type:device_code'.
    pub fn grant_type(mut self, input: impl Into<String>) -> Self {
        self.grant_type = Some(input.into());
        self
    }
    /// Sets `grant_type`, or clears it with `None`; see [`Self::grant_type`].
    pub fn set_grant_type(mut self, input: Option<String>) -> Self {
        self.grant_type = input;
        self
    }
    /// The value set for `grant_type`, if any; see [`Self::grant_type`].
    pub fn get_grant_type(&self) -> &Option<String> {
        &self.grant_type
    }
    /// For the device grant: the device code StartDeviceAuthorization returned.
    pub fn device_code(mut self, input: impl Into<String>) -> Self {
        self.device_code = Some(input.into());
        self
    }
    /// Sets `device_code`, or clears it with `None`; see [`Self::device_code`].
    pub fn set_device_code(mut self, input: Option<String>) -> Self {
        self.device_code = input;
        self
    }
    /// The value set for `device_code`, if any; see [`Self::device_code`].
    pub fn get_device_code(&self) -> &Option<String> {
        &self.device_code
    }
    /// For the authorization code grant: the code the authorization endpoint returned.
    pub fn code(mut self, input: impl Into<String>) -> Self {
        self.code = Some(input.into());
        self
    }
    /// Sets `code`, or clears it with `None`; see [`Self::code`].
    pub fn set_code(mut self, input: Option<String>) -> Self {
        self.code = input;
        self
    }
    /// The value set for `code`, if any; see [`Self::code`].
    pub fn get_code(&self) -> &Option<String> {
        &self.code
    }
    /// For the refresh token grant: the refresh token to exchange.
    pub fn refresh_token(mut self, input: impl Into<String>) -> Self {
        self.refresh_token = Some(input.into());
        self
    }
    /// Sets `refresh_token`, or clears it with `None`; see [`Self::refresh_token`].
    pub fn set_refresh_token(mut self, input: Option<String>) -> Self {
        self.refresh_token = input;
        self
    }
    /// The value set for `refresh_token`, if any; see [`Self::refresh_token`].
    pub fn get_refresh_token(&self) -> &Option<String> {
        &self.refresh_token
    }
    /// Appends one item to `scope`; call it once per item.
    ///
    /// The scopes to ask for; they must be among those the client registered.
    pub fn scope(mut self, input: impl Into<String>) -> Self {
        self.scope.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `scope`, or clears it with `None`; see [`Self::scope`].
    pub fn set_scope(mut self, input: Option<Vec<String>>) -> Self {
        self.scope = input;
        self
    }
    /// The value set for `scope`, if any; see [`Self::scope`].
    pub fn get_scope(&self) -> &Option<Vec<String>> {
        &self.scope
    }
    /// For the authorization code grant: the redirect URI used when the code was issued.
    pub fn redirect_uri(mut self, input: impl Into<String>) -> Self {
        self.redirect_uri = Some(input.into());
        self
    }
    /// Sets `redirect_uri`, or clears it with `None`; see [`Self::redirect_uri`].
    pub fn set_redirect_uri(mut self, input: Option<String>) -> Self {
        self.redirect_uri = input;
        self
    }
    /// The value set for `redirect_uri`, if any; see [`Self::redirect_uri`].
    pub fn get_redirect_uri(&self) -> &Option<String> {
        &self.redirect_uri
    }
    /// For the authorization code grant: the PKCE verifier matching the challenge sent earlier.
    pub fn code_verifier(mut self, input: impl Into<String>) -> Self {
        self.code_verifier = Some(input.into());
        self
    }
    /// Sets `code_verifier`, or clears it with `None`; see [`Self::code_verifier`].
    pub fn set_code_verifier(mut self, input: Option<String>) -> Self {
        self.code_verifier = input;
        self
    }
    /// The value set for `code_verifier`, if any; see [`Self::code_verifier`].
    pub fn get_code_verifier(&self) -> &Option<String> {
        &self.code_verifier
    }
    /// Builds the [`CreateTokenInput`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`client_id`, `client_secret`, `grant_type`).
    pub fn build(self) -> Result<CreateTokenInput, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new("CreateTokenInput");
        let client_id = missing.check(self.client_id, "client_id");
        let client_secret = missing.check(self.client_secret, "client_secret");
        let grant_type = missing.check(self.grant_type, "grant_type");
        let (Some(client_id), Some(client_secret), Some(grant_type)) = (
            client_id,
            client_secret,
            grant_type,
        ) else {
            return Err(missing.into_error());
        };
        Ok(CreateTokenInput {
            client_id,
            client_secret,
            grant_type,
            device_code: self.device_code,
            code: self.code,
            refresh_token: self.refresh_token,
            scope: self.scope,
            redirect_uri: self.redirect_uri,
            code_verifier: self.code_verifier,
        })
    }
}
impl std::fmt::Debug for CreateTokenInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateTokenInput")
            .field("client_id", &self.client_id)
            .field("client_secret", &"*** Sensitive Data Redacted ***")
            .field("grant_type", &self.grant_type)
            .field("device_code", &self.device_code)
            .field("code", &self.code)
            .field("refresh_token", &"*** Sensitive Data Redacted ***")
            .field("scope", &self.scope)
            .field("redirect_uri", &self.redirect_uri)
            .field("code_verifier", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
impl std::fmt::Debug for CreateTokenInputBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateTokenInputBuilder")
            .field("client_id", &self.client_id)
            .field("client_secret", &"*** Sensitive Data Redacted ***")
            .field("grant_type", &self.grant_type)
            .field("device_code", &self.device_code)
            .field("code", &self.code)
            .field("refresh_token", &"*** Sensitive Data Redacted ***")
            .field("scope", &self.scope)
            .field("redirect_uri", &self.redirect_uri)
            .field("code_verifier", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
impl json::SerializeJson for CreateTokenInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        let value = &self.client_id;
        object.plain_member("clientId", value);
        let value = &self.client_secret;
        object.plain_member("clientSecret", value);
        let value = &self.grant_type;
        object.plain_member("grantType", value);
        if let Some(value) = &self.device_code {
            object.plain_member("deviceCode", value);
        }
        if let Some(value) = &self.code {
            object.plain_member("code", value);
        }
        if let Some(value) = &self.refresh_token {
            object.plain_member("refreshToken", value);
        }
        if let Some(value) = &self.scope {
            object.plain_member("scope", value);
        }
        if let Some(value) = &self.redirect_uri {
            object.plain_member("redirectUri", value);
        }
        if let Some(value) = &self.code_verifier {
            object.plain_member("codeVerifier", value);
        }
        object.finish();
    }
}
impl CreateTokenInputBuilder {
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
                "clientId" => {
                    builder.client_id = json::DeserializeJson::read_json(reader, &path)?;
                }
                "clientSecret" => {
                    builder.client_secret = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "grantType" => {
                    builder.grant_type = json::DeserializeJson::read_json(reader, &path)?;
                }
                "deviceCode" => {
                    builder.device_code = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "code" => builder.code = json::DeserializeJson::read_json(reader, &path)?,
                "refreshToken" => {
                    builder.refresh_token = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "scope" => {
                    builder.scope = json::DeserializeJson::read_json(reader, &path)?;
                }
                "redirectUri" => {
                    builder.redirect_uri = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "codeVerifier" => {
                    builder.code_verifier = json::DeserializeJson::read_json(
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
impl json::DeserializeJson for CreateTokenInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
