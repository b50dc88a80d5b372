// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// The codes and page for a device sign-in.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct StartDeviceAuthorizationOutput {
    /// The code the client polls CreateToken with.
    pub device_code: Option<String>,
    /// The code the user confirms on the verification page.
    pub user_code: Option<String>,
    /// The page where the user enters the user code.
    pub verification_uri: Option<String>,
    /// The verification page with the user code filled in, for opening directly in a browser.
    pub verification_uri_complete: Option<String>,
    /// How many seconds the codes stay valid.
    pub expires_in: i32,
    /// How many seconds the client should wait between polls.
    pub interval: i32,
    /// The request id from the response's `x-amzn-requestid` header, set by the
    /// client (see `request_id()`); `None` for a value built or deserialized here.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) _request_id: Option<String>,
}
impl StartDeviceAuthorizationOutput {
    /// The code the client polls CreateToken with.
    pub fn device_code(&self) -> Option<&str> {
        self.device_code.as_deref()
    }
    /// The code the user confirms on the verification page.
    pub fn user_code(&self) -> Option<&str> {
        self.user_code.as_deref()
    }
    /// The page where the user enters the user code.
    pub fn verification_uri(&self) -> Option<&str> {
        self.verification_uri.as_deref()
    }
    /// The verification page with the user code filled in, for opening directly in a browser.
    pub fn verification_uri_complete(&self) -> Option<&str> {
        self.verification_uri_complete.as_deref()
    }
    /// How many seconds the codes stay valid.
    pub fn expires_in(&self) -> i32 {
        self.expires_in
    }
    /// How many seconds the client should wait between polls.
    pub fn interval(&self) -> i32 {
        self.interval
    }
    /// The id the service gave the request (its `x-amzn-requestid` response
    /// header), when the client read this output from a response that had one.
    pub fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
    /// Starts building a [`StartDeviceAuthorizationOutput`].
    pub fn builder() -> StartDeviceAuthorizationOutputBuilder {
        StartDeviceAuthorizationOutputBuilder::default()
    }
}
impl sdk_runtime::client::RequestId for StartDeviceAuthorizationOutput {
    fn request_id(&self) -> Option<&str> {
        self._request_id.as_deref()
    }
}
/// A builder for [`StartDeviceAuthorizationOutput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct StartDeviceAuthorizationOutputBuilder {
    pub(crate) device_code: Option<String>,
    pub(crate) user_code: Option<String>,
    pub(crate) verification_uri: Option<String>,
    pub(crate) verification_uri_complete: Option<String>,
    pub(crate) expires_in: Option<i32>,
    pub(crate) interval: Option<i32>,
}
impl StartDeviceAuthorizationOutputBuilder {
    /// The code the client polls CreateToken with.
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
    /// The code the user confirms on the verification page.
    pub fn user_code(mut self, input: impl Into<String>) -> Self {
        self.user_code = Some(input.into());
        self
    }
    /// Sets `user_code`, or clears it with `None`; see [`Self::user_code`].
    pub fn set_user_code(mut self, input: Option<String>) -> Self {
        self.user_code = input;
        self
    }
    /// The value set for `user_code`, if any; see [`Self::user_code`].
    pub fn get_user_code(&self) -> &Option<String> {
        &self.user_code
    }
    /// The page where the user enters the user code.
    pub fn verification_uri(mut self, input: impl Into<String>) -> Self {
        self.verification_uri = Some(input.into());
        self
    }
    /// Sets `verification_uri`, or clears it with `None`; see [`Self::verification_uri`].
    pub fn set_verification_uri(mut self, input: Option<String>) -> Self {
        self.verification_uri = input;
        self
    }
    /// The value set for `verification_uri`, if any; see [`Self::verification_uri`].
    pub fn get_verification_uri(&self) -> &Option<String> {
        &self.verification_uri
    }
    /// The verification page with the user code filled in, for opening directly in a browser.
    pub fn verification_uri_complete(mut self, input: impl Into<String>) -> Self {
        self.verification_uri_complete = Some(input.into());
        self
    }
    /// Sets `verification_uri_complete`, or clears it with `None`; see [`Self::verification_uri_complete`].
    pub fn set_verification_uri_complete(mut self, input: Option<String>) -> Self {
        self.verification_uri_complete = input;
        self
    }
    /// The value set for `verification_uri_complete`, if any; see [`Self::verification_uri_complete`].
    pub fn get_verification_uri_complete(&self) -> &Option<String> {
        &self.verification_uri_complete
    }
    /// How many seconds the codes stay valid.
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
    /// How many seconds the client should wait between polls.
    pub fn interval(mut self, input: i32) -> Self {
        self.interval = Some(input);
        self
    }
    /// Sets `interval`, or clears it with `None`; see [`Self::interval`].
    pub fn set_interval(mut self, input: Option<i32>) -> Self {
        self.interval = input;
        self
    }
    /// The value set for `interval`, if any; see [`Self::interval`].
    pub fn get_interval(&self) -> &Option<i32> {
        &self.interval
    }
    /// Builds the [`StartDeviceAuthorizationOutput`]; every member is optional or has a default, so this cannot fail.
    pub fn build(self) -> StartDeviceAuthorizationOutput {
        StartDeviceAuthorizationOutput {
            device_code: self.device_code,
            user_code: self.user_code,
            verification_uri: self.verification_uri,
            verification_uri_complete: self.verification_uri_complete,
            expires_in: self.expires_in.unwrap_or_default(),
            interval: self.interval.unwrap_or_default(),
            _request_id: None,
        }
    }
}
impl json::SerializeJson for StartDeviceAuthorizationOutput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.device_code {
            object.plain_member("deviceCode", value);
        }
        if let Some(value) = &self.user_code {
            object.plain_member("userCode", value);
        }
        if let Some(value) = &self.verification_uri {
            object.plain_member("verificationUri", value);
        }
        if let Some(value) = &self.verification_uri_complete {
            object.plain_member("verificationUriComplete", value);
        }
        let value = &self.expires_in;
        object.plain_member("expiresIn", value);
        let value = &self.interval;
        object.plain_member("interval", value);
        object.finish();
    }
}
impl StartDeviceAuthorizationOutputBuilder {
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
                "deviceCode" => {
                    builder.device_code = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "userCode" => {
                    builder.user_code = json::DeserializeJson::read_json(reader, &path)?;
                }
                "verificationUri" => {
                    builder.verification_uri = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "verificationUriComplete" => {
                    builder.verification_uri_complete = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "expiresIn" => {
                    builder.expires_in = json::DeserializeJson::read_json(reader, &path)?;
                }
                "interval" => {
                    builder.interval = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for StartDeviceAuthorizationOutput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        Ok(builder.build())
    }
}
