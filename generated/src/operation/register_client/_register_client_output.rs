// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The credentials of a newly registered client.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct RegisterClientOutput {
    /// The client's identifier, sent with every later request.
    pub client_id: Option<String>,
    /// The client's secret, sent with later requests to prove who it is.
    pub client_secret: Option<String>,
    /// When the id and secret were issued, in epoch seconds.
    pub client_id_issued_at: i64,
    /// When the id and secret stop working, in epoch seconds.
    pub client_secret_expires_at: i64,
    /// Where the client sends users to authorize it.
    pub authorization_endpoint: Option<String>,
    /// Where the client obtains tokens.
    pub token_endpoint: Option<String>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl RegisterClientOutput {
    /// The client's identifier, sent with every later request.
    pub fn client_id(&self) -> Option<&str> {
        self.client_id.as_deref()
    }
    /// The client's secret, sent with later requests to prove who it is.
    pub fn client_secret(&self) -> Option<&str> {
        self.client_secret.as_deref()
    }
    /// When the id and secret were issued, in epoch seconds.
    pub fn client_id_issued_at(&self) -> i64 {
        self.client_id_issued_at
    }
    /// When the id and secret stop working, in epoch seconds.
    pub fn client_secret_expires_at(&self) -> i64 {
        self.client_secret_expires_at
    }
    /// Where the client sends users to authorize it.
    pub fn authorization_endpoint(&self) -> Option<&str> {
        self.authorization_endpoint.as_deref()
    }
    /// Where the client obtains tokens.
    pub fn token_endpoint(&self) -> Option<&str> {
        self.token_endpoint.as_deref()
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`RegisterClientOutput`].
    pub fn builder() -> RegisterClientOutputBuilder {
        RegisterClientOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for RegisterClientOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`RegisterClientOutput`].
#[derive(Clone, Default, PartialEq)]
pub struct RegisterClientOutputBuilder {
    pub(crate) client_id: Option<String>,
    pub(crate) client_secret: Option<String>,
    pub(crate) client_id_issued_at: Option<i64>,
    pub(crate) client_secret_expires_at: Option<i64>,
    pub(crate) authorization_endpoint: Option<String>,
    pub(crate) token_endpoint: Option<String>,
}
impl RegisterClientOutputBuilder {
    /// The client's identifier, sent with every later request.
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
    /// The client's secret, sent with later requests to prove who it is.
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
    /// When the id and secret were issued, in epoch seconds.
    pub fn client_id_issued_at(mut self, input: i64) -> Self {
        self.client_id_issued_at = Some(input);
        self
    }
    /// Sets `client_id_issued_at`, or clears it with `None`; see [`Self::client_id_issued_at`].
    pub fn set_client_id_issued_at(mut self, input: Option<i64>) -> Self {
        self.client_id_issued_at = input;
        self
    }
    /// The value set for `client_id_issued_at`, if any; see [`Self::client_id_issued_at`].
    pub fn get_client_id_issued_at(&self) -> &Option<i64> {
        &self.client_id_issued_at
    }
    /// When the id and secret stop working, in epoch seconds.
    pub fn client_secret_expires_at(mut self, input: i64) -> Self {
        self.client_secret_expires_at = Some(input);
        self
    }
    /// Sets `client_secret_expires_at`, or clears it with `None`; see [`Self::client_secret_expires_at`].
    pub fn set_client_secret_expires_at(mut self, input: Option<i64>) -> Self {
        self.client_secret_expires_at = input;
        self
    }
    /// The value set for `client_secret_expires_at`, if any; see [`Self::client_secret_expires_at`].
    pub fn get_client_secret_expires_at(&self) -> &Option<i64> {
        &self.client_secret_expires_at
    }
    /// Where the client sends users to authorize it.
    pub fn authorization_endpoint(mut self, input: impl Into<String>) -> Self {
        self.authorization_endpoint = Some(input.into());
        self
    }
    /// Sets `authorization_endpoint`, or clears it with `None`; see [`Self::authorization_endpoint`].
    pub fn set_authorization_endpoint(mut self, input: Option<String>) -> Self {
        self.authorization_endpoint = input;
        self
    }
    /// The value set for `authorization_endpoint`, if any; see [`Self::authorization_endpoint`].
    pub fn get_authorization_endpoint(&self) -> &Option<String> {
        &self.authorization_endpoint
    }
    /// Where the client obtains tokens.
    pub fn token_endpoint(mut self, input: impl Into<String>) -> Self {
        self.token_endpoint = Some(input.into());
        self
    }
    /// Sets `token_endpoint`, or clears it with `None`; see [`Self::token_endpoint`].
    pub fn set_token_endpoint(mut self, input: Option<String>) -> Self {
        self.token_endpoint = input;
        self
    }
    /// The value set for `token_endpoint`, if any; see [`Self::token_endpoint`].
    pub fn get_token_endpoint(&self) -> &Option<String> {
        &self.token_endpoint
    }
    /// Builds the [`RegisterClientOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> RegisterClientOutput {
        RegisterClientOutput {
            client_id: self.client_id,
            client_secret: self.client_secret,
            client_id_issued_at: self.client_id_issued_at.unwrap_or_default(),
            client_secret_expires_at: self.client_secret_expires_at.unwrap_or_default(),
            authorization_endpoint: self.authorization_endpoint,
            token_endpoint: self.token_endpoint,
            _request_id: None,
        }
    }
}
impl std::fmt::Debug for RegisterClientOutput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegisterClientOutput")
            .field("client_id", &self.client_id)
            .field("client_secret", &"*** Sensitive Data Redacted ***")
            .field("client_id_issued_at", &self.client_id_issued_at)
            .field("client_secret_expires_at", &self.client_secret_expires_at)
            .field("authorization_endpoint", &self.authorization_endpoint)
            .field("token_endpoint", &self.token_endpoint)
            .field("_request_id", &self._request_id)
            .finish()
    }
}
impl std::fmt::Debug for RegisterClientOutputBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegisterClientOutputBuilder")
            .field("client_id", &self.client_id)
            .field("client_secret", &"*** Sensitive Data Redacted ***")
            .field("client_id_issued_at", &self.client_id_issued_at)
            .field("client_secret_expires_at", &self.client_secret_expires_at)
            .field("authorization_endpoint", &self.authorization_endpoint)
            .field("token_endpoint", &self.token_endpoint)
            .finish()
    }
}
impl json::SerializeJson for RegisterClientOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.client_id {
            object.plain_member("clientId", value);
        }
        if let Some(value) = &self.client_secret {
            object.plain_member("clientSecret", value);
        }
        let value = &self.client_id_issued_at;
        object.plain_member("clientIdIssuedAt", value);
        let value = &self.client_secret_expires_at;
        object.plain_member("clientSecretExpiresAt", value);
        if let Some(value) = &self.authorization_endpoint {
            object.plain_member("authorizationEndpoint", value);
        }
        if let Some(value) = &self.token_endpoint {
            object.plain_member("tokenEndpoint", value);
        }
        object.finish();
    }
}
impl RegisterClientOutputBuilder {
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
                "clientIdIssuedAt" => {
                    builder.client_id_issued_at = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "clientSecretExpiresAt" => {
                    builder.client_secret_expires_at = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "authorizationEndpoint" => {
                    builder.authorization_endpoint = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "tokenEndpoint" => {
                    builder.token_endpoint = json::DeserializeJson::read_json(
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
impl json::DeserializeJson for RegisterClientOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
