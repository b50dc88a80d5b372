// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// What StartDeviceAuthorization needs to begin a device sign-in.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct StartDeviceAuthorizationInput {
    /// The id RegisterClient returned.
    pub client_id: String,
    /// The secret RegisterClient returned.
    pub client_secret: String,
    /// The URL of the user's AWS access portal.
    pub start_url: String,
}
impl StartDeviceAuthorizationInput {
    /// The id RegisterClient returned.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }
    /// The secret RegisterClient returned.
    pub fn client_secret(&self) -> &str {
        &self.client_secret
    }
    /// The URL of the user's AWS access portal.
    pub fn start_url(&self) -> &str {
        &self.start_url
    }
    /// Starts building a [`StartDeviceAuthorizationInput`].
    pub fn builder() -> StartDeviceAuthorizationInputBuilder {
        StartDeviceAuthorizationInputBuilder::default()
    }
}
/// A builder for [`StartDeviceAuthorizationInput`].
#[derive(Clone, Default, PartialEq)]
pub struct StartDeviceAuthorizationInputBuilder {
    pub(crate) client_id: Option<String>,
    pub(crate) client_secret: Option<String>,
    pub(crate) start_url: Option<String>,
}
impl StartDeviceAuthorizationInputBuilder {
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
    /// The URL of the user's AWS access portal.
    pub fn start_url(mut self, input: impl Into<String>) -> Self {
        self.start_url = Some(input.into());
        self
    }
    /// Sets `start_url`, or clears it with `None`; see [`Self::start_url`].
    pub fn set_start_url(mut self, input: Option<String>) -> Self {
        self.start_url = input;
        self
    }
    /// The value set for `start_url`, if any; see [`Self::start_url`].
    pub fn get_start_url(&self) -> &Option<String> {
        &self.start_url
    }
    /// Builds the [`StartDeviceAuthorizationInput`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`client_id`, `client_secret`, `start_url`).
    pub fn build(
        self,
    ) -> Result<StartDeviceAuthorizationInput, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new(
            "StartDeviceAuthorizationInput",
        );
        let client_id = missing.check(self.client_id, "client_id");
        let client_secret = missing.check(self.client_secret, "client_secret");
        let start_url = missing.check(self.start_url, "start_url");
        let (Some(client_id), Some(client_secret), Some(start_url)) = (
            client_id,
            client_secret,
            start_url,
        ) else {
            return Err(missing.into_error());
        };
        Ok(StartDeviceAuthorizationInput {
            client_id,
            client_secret,
            start_url,
        })
    }
}
impl std::fmt::Debug for StartDeviceAuthorizationInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StartDeviceAuthorizationInput")
            .field("client_id", &self.client_id)
            .field("client_secret", &"*** Sensitive Data Redacted ***")
            .field("start_url", &self.start_url)
            .finish()
    }
}
impl std::fmt::Debug for StartDeviceAuthorizationInputBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StartDeviceAuthorizationInputBuilder")
            .field("client_id", &self.client_id)
            .field("client_secret", &"*** Sensitive Data Redacted ***")
            .field("start_url", &self.start_url)
            .finish()
    }
}
impl json::SerializeJson for StartDeviceAuthorizationInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        let value = &self.client_id;
        object.plain_member("clientId", value);
        let value = &self.client_secret;
        object.plain_member("clientSecret", value);
        let value = &self.start_url;
        object.plain_member("startUrl", value);
        object.finish();
    }
}
impl StartDeviceAuthorizationInputBuilder {
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
                "startUrl" => {
                    builder.start_url = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for StartDeviceAuthorizationInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
