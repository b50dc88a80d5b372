//! The device authorization flow (RFC 8628): a code the person enters on
//! another device, and polling until they approve it.

use std::time::{Duration, SystemTime};

use sso_oidc::operation::create_token::CreateTokenError;

use crate::cache::CachedRegistration;
use crate::signin::{AccessToken, SignIn, DEVICE_CODE_GRANT, DEVICE_GRANT_TYPES};
use crate::Error;

/// The wait between polls when the service names none (RFC 8628, section 3.2).
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(5);
/// What each `SlowDown` adds to the wait (RFC 8628, section 3.5).
pub const SLOW_DOWN_STEP: Duration = Duration::from_secs(5);

/// A device sign-in waiting for the person: show them
/// [`verification_uri`](Self::verification_uri) and
/// [`user_code`](Self::user_code), then [`finish`](Self::finish).
pub struct DeviceSignIn<'a> {
    signin: &'a SignIn,
    registration: CachedRegistration,
    device_code: String,
    user_code: String,
    verification_uri: String,
    complete_uri: Option<String>,
    interval: Duration,
    expires_at: SystemTime,
}

impl std::fmt::Debug for DeviceSignIn<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The device code is a bearer secret until it is used: never shown.
        f.debug_struct("DeviceSignIn")
            .field("user_code", &self.user_code)
            .field("verification_uri", &self.verification_uri)
            .field("complete_uri", &self.complete_uri)
            .field("interval", &self.interval)
            .field("expires_at", &crate::cache::format_time(self.expires_at))
            .finish_non_exhaustive()
    }
}

impl<'a> DeviceSignIn<'a> {
    pub(crate) async fn start(signin: &'a SignIn) -> Result<Self, Error> {
        let registration = signin.registration(&DEVICE_GRANT_TYPES, None).await?;
        let started_at = signin.clock.now();
        let output = signin
            .client
            .start_device_authorization()
            .client_id(&registration.client_id)
            .client_secret(&registration.client_secret)
            .start_url(signin.session.start_url())
            .send()
            .await
            .map_err(|e| Error::service("StartDeviceAuthorization", e))?;
        let required = |value: Option<&str>, member| {
            value
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
                .ok_or(Error::IncompleteResponse {
                    operation: "StartDeviceAuthorization",
                    member,
                })
        };
        // A missing or zero interval means RFC 8628's five seconds.
        let interval = match u64::try_from(output.interval()) {
            Ok(seconds) if seconds > 0 => Duration::from_secs(seconds),
            _ => DEFAULT_INTERVAL,
        };
        let lifetime = Duration::from_secs(u64::try_from(output.expires_in()).unwrap_or(0));
        Ok(DeviceSignIn {
            device_code: required(output.device_code(), "deviceCode")?,
            user_code: required(output.user_code(), "userCode")?,
            verification_uri: required(output.verification_uri(), "verificationUri")?,
            complete_uri: output
                .verification_uri_complete()
                .filter(|v| !v.is_empty())
                .map(str::to_owned),
            interval,
            expires_at: started_at + lifetime,
            registration,
            signin,
        })
    }

    /// The code the person enters.
    pub fn user_code(&self) -> &str {
        &self.user_code
    }

    /// Where the person enters it.
    pub fn verification_uri(&self) -> &str {
        &self.verification_uri
    }

    /// The verification URI with the code filled in (to open, or show as a QR code).
    pub fn complete_uri(&self) -> Option<&str> {
        self.complete_uri.as_deref()
    }

    /// When the code expires.
    pub fn expires_at(&self) -> SystemTime {
        self.expires_at
    }

    /// The wait between polls the service asked for.
    pub fn interval(&self) -> Duration {
        self.interval
    }

    /// Polls `CreateToken` until the person approves, denies or the code
    /// expires: every `interval`, five seconds more after each `SlowDown`,
    /// carrying on while the answer is `AuthorizationPending`. The token is
    /// written to the cache. Dropping the future stops polling.
    pub async fn finish(self) -> Result<AccessToken, Error> {
        let clock = &self.signin.clock;
        let mut interval = self.interval;
        loop {
            if clock.now() + interval > self.expires_at {
                return Err(Error::Expired {
                    at: self.expires_at,
                });
            }
            clock.sleep(interval).await;
            let polled_at = clock.now();
            let answer = self
                .signin
                .client
                .create_token()
                .client_id(&self.registration.client_id)
                .client_secret(&self.registration.client_secret)
                .grant_type(DEVICE_CODE_GRANT)
                .device_code(&self.device_code)
                .send()
                .await;
            match answer {
                Ok(output) => {
                    return self.signin.complete(&self.registration, &output, polled_at);
                }
                Err(error) => match error.as_service_error() {
                    Some(CreateTokenError::AuthorizationPendingException(_)) => {}
                    Some(CreateTokenError::SlowDownException(_)) => interval += SLOW_DOWN_STEP,
                    Some(CreateTokenError::AccessDeniedException(_)) => return Err(Error::Denied),
                    Some(CreateTokenError::ExpiredTokenException(_)) => {
                        return Err(Error::Expired {
                            at: self.expires_at.min(polled_at),
                        })
                    }
                    _ => return Err(Error::service("CreateToken", error)),
                },
            }
        }
    }
}
