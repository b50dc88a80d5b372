//! Why a sign-in or a token request failed.

use std::fmt;
use std::time::SystemTime;

use crate::cache::{format_time, CacheError};
use crate::session::ConfigError;

/// Why a sign-in, a refresh or a token request failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The profile or sso-session is not usable.
    Config(ConfigError),
    /// The config file could not be read or parsed.
    ProfileFile(sdk_runtime::profile::ProfileError),
    /// A cache file could not be read or written.
    Cache(CacheError),
    /// An SSO OIDC call failed (a refusal by the service, or no answer).
    Service {
        /// The operation: `RegisterClient`, `StartDeviceAuthorization` or `CreateToken`.
        operation: &'static str,
        /// What went wrong (boxed: the service's error enum is large).
        source: Box<sso_oidc::Error>,
    },
    /// The service answered without something the flow needs.
    IncompleteResponse {
        /// The operation.
        operation: &'static str,
        /// The missing member.
        member: &'static str,
    },
    /// The person denied the sign-in.
    Denied,
    /// The sign-in was not completed before its code expired.
    Expired {
        /// When the code expired.
        at: SystemTime,
    },
    /// No browser callback arrived in time.
    CallbackTimeout,
    /// The browser came back with a `state` other than the one sent: the
    /// callback was not for this sign-in.
    StateMismatch,
    /// The browser came back with an OAuth error (`error=` in the callback).
    Authorization {
        /// The OAuth error code, such as `access_denied`.
        error: String,
        /// The `error_description`, if any.
        description: Option<String>,
    },
    /// A pasted redirect URL is not a callback of this sign-in.
    InvalidCallback(String),
    /// The loopback listener for the browser's callback could not be bound.
    Listener {
        /// The address tried.
        address: String,
        /// Why it failed (such as the port being in use).
        source: std::io::Error,
    },
    /// There is no usable token: the person must sign in (again).
    SignInRequired {
        /// Why: no cached token, or it expired and could not be refreshed.
        reason: String,
    },
}

impl Error {
    pub(crate) fn service<E>(operation: &'static str, error: sso_oidc::error::SdkError<E>) -> Self
    where
        E: sdk_runtime::client::CreateUnhandledError + std::error::Error + Send + Sync + 'static,
        sso_oidc::Error: From<E>,
    {
        Error::Service {
            operation,
            source: Box::new(error.into_service_error().into()),
        }
    }

    /// Whether signing in again (interactively) is what fixes this.
    pub fn needs_sign_in(&self) -> bool {
        matches!(self, Error::SignInRequired { .. })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config(error) => write!(f, "SSO configuration: {error}"),
            Error::ProfileFile(error) => write!(f, "{error}"),
            Error::Cache(error) => write!(f, "{error}"),
            Error::Service { operation, source } => {
                write!(f, "{operation} failed: {source}")
            }
            Error::IncompleteResponse { operation, member } => {
                write!(f, "{operation} answered without `{member}`")
            }
            Error::Denied => f.write_str("the sign-in was denied"),
            Error::Expired { at } => write!(
                f,
                "the sign-in was not completed before its code expired at {}",
                format_time(*at)
            ),
            Error::CallbackTimeout => {
                f.write_str("the browser did not come back to the sign-in in time")
            }
            Error::StateMismatch => f.write_str(
                "the browser came back with a state that is not this sign-in's: \
                 the callback was refused",
            ),
            Error::Authorization { error, description } => {
                write!(f, "the sign-in was refused in the browser: {error}")?;
                match description {
                    Some(description) => write!(f, " ({description})"),
                    None => Ok(()),
                }
            }
            Error::InvalidCallback(why) => write!(f, "not a sign-in callback URL: {why}"),
            Error::Listener { address, source } => write!(
                f,
                "cannot listen on {address} for the browser's callback: {source}"
            ),
            Error::SignInRequired { reason } => write!(f, "sign-in required: {reason}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Config(error) => Some(error),
            Error::ProfileFile(error) => Some(error),
            Error::Cache(error) => Some(error),
            Error::Service { source, .. } => Some(source.as_ref()),
            Error::Listener { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<ConfigError> for Error {
    fn from(error: ConfigError) -> Self {
        Error::Config(error)
    }
}

impl From<CacheError> for Error {
    fn from(error: CacheError) -> Self {
        Error::Cache(error)
    }
}

impl From<sdk_runtime::profile::ProfileError> for Error {
    fn from(error: sdk_runtime::profile::ProfileError) -> Self {
        Error::ProfileFile(error)
    }
}
