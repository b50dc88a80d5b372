//! Sign in to IAM Identity Center the way `aws sso login` does, on top of the
//! generated `sso-oidc` client, and keep the token where the AWS CLI and the
//! AWS SDKs look for it.
//!
//! - [`SignIn`] runs a sign-in: the authorization code flow with PKCE in a
//!   browser ([`SignIn::start_browser`]), or the device flow with a code
//!   ([`SignIn::start_device`]), or whichever fits in one call
//!   ([`SignIn::login`]). Client registrations are cached and reused.
//! - [`TokenProvider`] hands out a valid access token from the cache,
//!   refreshing it shortly before it expires.
//! - [`TokenCache`] reads and writes `~/.aws/sso/cache` in the AWS tools'
//!   format; [`SsoSession`] reads the `[profile]` and `[sso-session]`
//!   sections of `~/.aws/config`.
//!
//! ```no_run
//! # async fn example() -> Result<(), sso_signin::Error> {
//! use sso_signin::{LoginOptions, SignIn, SsoSession, TokenProvider};
//!
//! // `[profile dev]` of ~/.aws/config, with `sso_session = …` or `sso_start_url`/`sso_region`.
//! let session = SsoSession::from_config_profile("dev")?;
//! let token = match TokenProvider::new(session.clone())?.token().await {
//!     Ok(token) => token,
//!     Err(error) if error.needs_sign_in() => {
//!         SignIn::new(session)?
//!             .login(&LoginOptions::default(), &mut |prompt| println!("{prompt}"))
//!             .await?
//!     }
//!     Err(error) => return Err(error),
//! };
//! println!("signed in until {:?}", token.expires_at());
//! # Ok(()) }
//! ```
//!
//! Secrets — access and refresh tokens, client secrets, device codes, PKCE
//! verifiers — never appear in `Debug` or `Display` output or in errors.

mod browser;
pub mod cache;
pub mod clock;
mod device;
mod error;
mod pkce;
mod provider;
mod session;
mod signin;

pub use browser::{Browser, NoBrowser, SystemBrowser};
pub use cache::{CacheError, CachedRegistration, CachedToken, TokenCache};
pub use device::{DeviceSignIn, DEFAULT_INTERVAL, SLOW_DOWN_STEP};
pub use error::Error;
pub use pkce::{challenge, BrowserSignIn, CallbackOptions, REGISTERED_REDIRECT_URI};
pub use provider::{logout, TokenProvider, TokenProviderBuilder, DEFAULT_REFRESH_WINDOW};
pub use session::{ConfigError, SsoSession, DEFAULT_SCOPE};
pub use signin::{AccessToken, LoginOptions, LoginPrompt, SignIn, SignInBuilder};

/// What `Debug` shows in place of a secret.
pub(crate) const REDACTED: &str = "** redacted **";
