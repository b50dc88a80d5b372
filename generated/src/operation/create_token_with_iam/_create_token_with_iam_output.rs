// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The tokens CreateTokenWithIAM issued.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct CreateTokenWithIamOutput {
    /// The access token.
    pub access_token: Option<String>,
    /// The token type; 'Bearer'.
    pub token_type: Option<String>,
    /// How many seconds the access token stays valid.
    pub expires_in: i32,
    /// A token to get a new access token later, when one was issued.
    pub refresh_token: Option<String>,
    /// An OpenID Connect ID token for the user, when one was issued.
    pub id_token: Option<String>,
    /// For token exchange: the type of the token issued.
    pub issued_token_type: Option<String>,
    /// The scopes the issued token carries.
    pub scope: Option<Vec<String>>,
    /// Extra AWS-specific details about the issued token.
    pub aws_additional_details: Option<crate::types::AwsAdditionalDetails>,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl CreateTokenWithIamOutput {
    /// The access token.
    pub fn access_token(&self) -> Option<&str> {
        self.access_token.as_deref()
    }
    /// The token type; 'Bearer'.
    pub fn token_type(&self) -> Option<&str> {
        self.token_type.as_deref()
    }
    /// How many seconds the access token stays valid.
    pub fn expires_in(&self) -> i32 {
        self.expires_in
    }
    /// A token to get a new access token later, when one was issued.
    pub fn refresh_token(&self) -> Option<&str> {
        self.refresh_token.as_deref()
    }
    /// An OpenID Connect ID token for the user, when one was issued.
    pub fn id_token(&self) -> Option<&str> {
        self.id_token.as_deref()
    }
    /// For token exchange: the type of the token issued.
    pub fn issued_token_type(&self) -> Option<&str> {
        self.issued_token_type.as_deref()
    }
    /// The scopes the issued token carries.
    pub fn scope(&self) -> &[String] {
        self.scope.as_deref().unwrap_or_default()
    }
    /// Extra AWS-specific details about the issued token.
    pub fn aws_additional_details(&self) -> Option<&crate::types::AwsAdditionalDetails> {
        self.aws_additional_details.as_ref()
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`CreateTokenWithIamOutput`].
    pub fn builder() -> CreateTokenWithIamOutputBuilder {
        CreateTokenWithIamOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for CreateTokenWithIamOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`CreateTokenWithIamOutput`].
#[derive(Clone, Default, PartialEq)]
pub struct CreateTokenWithIamOutputBuilder {
    pub(crate) access_token: Option<String>,
    pub(crate) token_type: Option<String>,
    pub(crate) expires_in: Option<i32>,
    pub(crate) refresh_token: Option<String>,
    pub(crate) id_token: Option<String>,
    pub(crate) issued_token_type: Option<String>,
    pub(crate) scope: Option<Vec<String>>,
    pub(crate) aws_additional_details: Option<crate::types::AwsAdditionalDetails>,
}
impl CreateTokenWithIamOutputBuilder {
    /// The access token.
    pub fn access_token(mut self, input: impl Into<String>) -> Self {
        self.access_token = Some(input.into());
        self
    }
    /// Sets `access_token`, or clears it with `None`; see [`Self::access_token`].
    pub fn set_access_token(mut self, input: Option<String>) -> Self {
        self.access_token = input;
        self
    }
    /// The value set for `access_token`, if any; see [`Self::access_token`].
    pub fn get_access_token(&self) -> &Option<String> {
        &self.access_token
    }
    /// The token type; 'Bearer'.
    pub fn token_type(mut self, input: impl Into<String>) -> Self {
        self.token_type = Some(input.into());
        self
    }
    /// Sets `token_type`, or clears it with `None`; see [`Self::token_type`].
    pub fn set_token_type(mut self, input: Option<String>) -> Self {
        self.token_type = input;
        self
    }
    /// The value set for `token_type`, if any; see [`Self::token_type`].
    pub fn get_token_type(&self) -> &Option<String> {
        &self.token_type
    }
    /// How many seconds the access token stays valid.
    pub fn expires_in(mut self, input: i32) -> Self {
        self.expires_in = Some(input);
        self
    }
    /// Sets `expires_in`, or clears it with `None`; see [`Self::expires_in`].
    pub fn set_expires_in(mut self, input: Option<i32>) -> Self {
        self.expires_in = input;
        self
    }
    /// The value set for `expires_in`, if any; see [`Self::expires_in`].
    pub fn get_expires_in(&self) -> &Option<i32> {
        &self.expires_in
    }
    /// A token to get a new access token later, when one was issued.
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
    /// An OpenID Connect ID token for the user, when one was issued.
    pub fn id_token(mut self, input: impl Into<String>) -> Self {
        self.id_token = Some(input.into());
        self
    }
    /// Sets `id_token`, or clears it with `None`; see [`Self::id_token`].
    pub fn set_id_token(mut self, input: Option<String>) -> Self {
        self.id_token = input;
        self
    }
    /// The value set for `id_token`, if any; see [`Self::id_token`].
    pub fn get_id_token(&self) -> &Option<String> {
        &self.id_token
    }
    /// For token exchange: the type of the token issued.
    pub fn issued_token_type(mut self, input: impl Into<String>) -> Self {
        self.issued_token_type = Some(input.into());
        self
    }
    /// Sets `issued_token_type`, or clears it with `None`; see [`Self::issued_token_type`].
    pub fn set_issued_token_type(mut self, input: Option<String>) -> Self {
        self.issued_token_type = input;
        self
    }
    /// The value set for `issued_token_type`, if any; see [`Self::issued_token_type`].
    pub fn get_issued_token_type(&self) -> &Option<String> {
        &self.issued_token_type
    }
    /// Appends one item to `scope`; call it once per item.
    ///
    /// The scopes the issued token carries.
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
    /// Extra AWS-specific details about the issued token.
    pub fn aws_additional_details(
        mut self,
        input: impl Into<crate::types::AwsAdditionalDetails>,
    ) -> Self {
        self.aws_additional_details = Some(input.into());
        self
    }
    /// Sets `aws_additional_details`, or clears it with `None`; see [`Self::aws_additional_details`].
    pub fn set_aws_additional_details(
        mut self,
        input: Option<crate::types::AwsAdditionalDetails>,
    ) -> Self {
        self.aws_additional_details = input;
        self
    }
    /// The value set for `aws_additional_details`, if any; see [`Self::aws_additional_details`].
    pub fn get_aws_additional_details(
        &self,
    ) -> &Option<crate::types::AwsAdditionalDetails> {
        &self.aws_additional_details
    }
    /// Builds the [`CreateTokenWithIamOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> CreateTokenWithIamOutput {
        CreateTokenWithIamOutput {
            access_token: self.access_token,
            token_type: self.token_type,
            expires_in: self.expires_in.unwrap_or_default(),
            refresh_token: self.refresh_token,
            id_token: self.id_token,
            issued_token_type: self.issued_token_type,
            scope: self.scope,
            aws_additional_details: self.aws_additional_details,
            _request_id: None,
        }
    }
}
impl std::fmt::Debug for CreateTokenWithIamOutput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateTokenWithIamOutput")
            .field("access_token", &"*** Sensitive Data Redacted ***")
            .field("token_type", &self.token_type)
            .field("expires_in", &self.expires_in)
            .field("refresh_token", &"*** Sensitive Data Redacted ***")
            .field("id_token", &"*** Sensitive Data Redacted ***")
            .field("issued_token_type", &self.issued_token_type)
            .field("scope", &self.scope)
            .field("aws_additional_details", &self.aws_additional_details)
            .field("_request_id", &self._request_id)
            .finish()
    }
}
impl std::fmt::Debug for CreateTokenWithIamOutputBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateTokenWithIamOutputBuilder")
            .field("access_token", &"*** Sensitive Data Redacted ***")
            .field("token_type", &self.token_type)
            .field("expires_in", &self.expires_in)
            .field("refresh_token", &"*** Sensitive Data Redacted ***")
            .field("id_token", &"*** Sensitive Data Redacted ***")
            .field("issued_token_type", &self.issued_token_type)
            .field("scope", &self.scope)
            .field("aws_additional_details", &self.aws_additional_details)
            .finish()
    }
}
impl json::SerializeJson for CreateTokenWithIamOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.access_token {
            object.plain_member("accessToken", value);
        }
        if let Some(value) = &self.token_type {
            object.plain_member("tokenType", value);
        }
        let value = &self.expires_in;
        object.plain_member("expiresIn", value);
        if let Some(value) = &self.refresh_token {
            object.plain_member("refreshToken", value);
        }
        if let Some(value) = &self.id_token {
            object.plain_member("idToken", value);
        }
        if let Some(value) = &self.issued_token_type {
            object.plain_member("issuedTokenType", value);
        }
        if let Some(value) = &self.scope {
            object.plain_member("scope", value);
        }
        if let Some(value) = &self.aws_additional_details {
            object.plain_member("awsAdditionalDetails", value);
        }
        object.finish();
    }
}
impl CreateTokenWithIamOutputBuilder {
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
                "accessToken" => {
                    builder.access_token = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "tokenType" => {
                    builder.token_type = json::DeserializeJson::read_json(reader, &path)?;
                }
                "expiresIn" => {
                    builder.expires_in = json::DeserializeJson::read_json(reader, &path)?;
                }
                "refreshToken" => {
                    builder.refresh_token = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "idToken" => {
                    builder.id_token = json::DeserializeJson::read_json(reader, &path)?;
                }
                "issuedTokenType" => {
                    builder.issued_token_type = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "scope" => {
                    builder.scope = json::DeserializeJson::read_json(reader, &path)?;
                }
                "awsAdditionalDetails" => {
                    builder.aws_additional_details = json::DeserializeJson::read_json(
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
impl json::DeserializeJson for CreateTokenWithIamOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
