//! [`SignIn`]: what both flows share — the client, the cache, the client
//! registration — and the one-call [`SignIn::login`] that picks a flow.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::browser::{Browser, SystemBrowser};
use crate::cache::{registration_cache_key, CachedRegistration, CachedToken, TokenCache};
use crate::clock::{from_epoch_seconds, Clock, SystemClock};
use crate::device::DeviceSignIn;
use crate::pkce::{BrowserSignIn, CallbackOptions};
use crate::session::SsoSession;
use crate::Error;

/// The grant a device sign-in polls with (RFC 8628).
pub(crate) const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
/// The grant types of a client registered for the device flow.
pub(crate) const DEVICE_GRANT_TYPES: [&str; 2] = [DEVICE_CODE_GRANT, "refresh_token"];
/// The grant types of a client registered for the authorization code flow.
pub(crate) const AUTH_CODE_GRANT_TYPES: [&str; 2] = ["authorization_code", "refresh_token"];
/// A cached registration this close to expiring is replaced rather than reused.
const REGISTRATION_MARGIN: Duration = Duration::from_secs(15 * 60);

/// An access token, from a sign-in or the cache. `Debug` shows its expiry,
/// never the token.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken {
    token: String,
    expires_at: SystemTime,
}

impl AccessToken {
    pub(crate) fn new(token: String, expires_at: SystemTime) -> Self {
        AccessToken { token, expires_at }
    }

    /// The bearer token. Secret: do not log it.
    pub fn as_str(&self) -> &str {
        &self.token
    }

    /// When it expires.
    pub fn expires_at(&self) -> SystemTime {
        self.expires_at
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("token", &crate::REDACTED)
            .field("expires_at", &crate::cache::format_time(self.expires_at))
            .finish()
    }
}

/// Signs in to one IAM Identity Center (an [`SsoSession`]) and writes the
/// token to the shared cache.
///
/// ```no_run
/// # async fn example() -> Result<(), sso_signin::Error> {
/// use sso_signin::{LoginOptions, LoginPrompt, SignIn, SsoSession};
///
/// let session = SsoSession::named("corp", "https://d-1234.awsapps.com/start", "us-east-1");
/// let token = SignIn::new(session)?
///     .login(&LoginOptions::default(), &mut |prompt: &LoginPrompt| println!("{prompt}"))
///     .await?;
/// # let _ = token;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct SignIn {
    pub(crate) session: SsoSession,
    pub(crate) client: sso_oidc::Client,
    pub(crate) cache: TokenCache,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) client_name: String,
}

/// Settings of [`SignIn::login`].
#[derive(Debug, Clone, Default)]
pub struct LoginOptions {
    /// Use the device flow even where the authorization code flow could be used.
    pub use_device_code: bool,
    /// Do not open a browser: print the URL (and, for the device flow, the code).
    pub no_browser: bool,
    /// The loopback listener of the authorization code flow.
    pub callback: CallbackOptions,
}

/// What [`SignIn::login`] asks the person to do.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoginPrompt {
    /// Approve the sign-in in the browser at `url` (already opened when `opened`).
    Browser {
        /// The authorization URL.
        url: String,
        /// Whether a browser was opened on it.
        opened: bool,
    },
    /// Open `verification_uri` and enter `user_code` (or open `complete_uri`).
    DeviceCode {
        /// Where to enter the code.
        verification_uri: String,
        /// The code to enter.
        user_code: String,
        /// The URI with the code filled in, to open or show as a QR code.
        complete_uri: Option<String>,
        /// Whether a browser was opened on `complete_uri`.
        opened: bool,
    },
    /// No browser could be opened for the authorization code flow: signing in
    /// with a code instead.
    FallingBackToDeviceCode {
        /// Why the browser could not be opened.
        reason: String,
    },
}

impl fmt::Display for LoginPrompt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoginPrompt::Browser { url, opened: true } => write!(
                f,
                "Approve the sign-in in your browser. If it did not open, open:\n\n{url}\n"
            ),
            LoginPrompt::Browser { url, opened: false } => {
                write!(
                    f,
                    "Open this URL in a browser to approve the sign-in:\n\n{url}\n"
                )
            }
            LoginPrompt::DeviceCode {
                verification_uri,
                user_code,
                complete_uri,
                opened,
            } => {
                if *opened {
                    write!(f, "A browser was opened on the sign-in page. ")?;
                }
                write!(
                    f,
                    "Open {verification_uri} and enter the code:\n\n{user_code}\n"
                )?;
                if let Some(complete_uri) = complete_uri {
                    write!(
                        f,
                        "\nor open this URL, which fills it in:\n{complete_uri}\n"
                    )?;
                }
                Ok(())
            }
            LoginPrompt::FallingBackToDeviceCode { reason } => write!(
                f,
                "No browser could be opened ({reason}): signing in with a code instead."
            ),
        }
    }
}

/// Builds a [`SignIn`] with settings other than the defaults.
pub struct SignInBuilder {
    session: SsoSession,
    config: Option<sso_oidc::config::ConfigBuilder>,
    cache: Option<TokenCache>,
    clock: Arc<dyn Clock>,
    client_name: String,
}

impl std::fmt::Debug for SignInBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The client configuration builder has no Debug of its own.
        f.debug_struct("SignInBuilder")
            .field("session", &self.session)
            .field("cache", &self.cache)
            .field("client_name", &self.client_name)
            .finish_non_exhaustive()
    }
}

impl SignInBuilder {
    /// The SSO OIDC client configuration (an endpoint override, timeouts, an
    /// HTTP client). Its region is replaced by the session's. By default:
    /// [`sso_oidc::Config::builder_from_env`].
    pub fn config(mut self, config: sso_oidc::config::ConfigBuilder) -> Self {
        self.config = Some(config);
        self
    }

    /// The token cache. By default `~/.aws/sso/cache`.
    pub fn cache(mut self, cache: TokenCache) -> Self {
        self.cache = Some(cache);
        self
    }

    /// The clock (tests inject a [`ManualClock`](crate::clock::ManualClock)).
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The client name registered with the service (default `sso-signin`).
    pub fn client_name(mut self, name: impl Into<String>) -> Self {
        self.client_name = name.into();
        self
    }

    /// The sign-in.
    pub fn build(self) -> Result<SignIn, Error> {
        let cache = match self.cache {
            Some(cache) => cache,
            None => TokenCache::default_location()?,
        };
        let config = self
            .config
            .unwrap_or_else(sso_oidc::Config::builder_from_env)
            .region(self.session.region())
            .build();
        Ok(SignIn {
            session: self.session,
            client: sso_oidc::Client::from_conf(config),
            cache,
            clock: self.clock,
            client_name: self.client_name,
        })
    }
}

impl SignIn {
    /// A sign-in to `session` with the default settings: the client configured
    /// from the environment and config file, the cache in `~/.aws/sso/cache`.
    pub fn new(session: SsoSession) -> Result<Self, Error> {
        Self::builder(session).build()
    }

    /// Starts a sign-in with settings of its own.
    pub fn builder(session: SsoSession) -> SignInBuilder {
        SignInBuilder {
            session,
            config: None,
            cache: None,
            clock: Arc::new(SystemClock),
            client_name: "sso-signin".to_owned(),
        }
    }

    /// The session signed in to.
    pub fn session(&self) -> &SsoSession {
        &self.session
    }

    /// The token cache written to.
    pub fn cache(&self) -> &TokenCache {
        &self.cache
    }

    /// Signs in the way `aws sso login` does: the authorization code flow in
    /// a browser for a named sso-session, the device flow for a legacy profile,
    /// with `use_device_code`, or when no browser can be opened. `prompt` is
    /// told what the person has to do. The token is written to the cache.
    pub async fn login(
        &self,
        options: &LoginOptions,
        prompt: &mut (dyn FnMut(&LoginPrompt) + Send),
    ) -> Result<AccessToken, Error> {
        self.login_with_browser(options, &SystemBrowser, prompt)
            .await
    }

    /// [`login`](Self::login) with a browser of the caller's.
    pub async fn login_with_browser(
        &self,
        options: &LoginOptions,
        browser: &dyn Browser,
        prompt: &mut (dyn FnMut(&LoginPrompt) + Send),
    ) -> Result<AccessToken, Error> {
        if !options.use_device_code && self.session.name().is_some() {
            let pending = self.start_browser(&options.callback).await?;
            if options.no_browser {
                prompt(&LoginPrompt::Browser {
                    url: pending.authorize_url().to_owned(),
                    opened: false,
                });
                return pending.finish().await;
            }
            match browser.open(pending.authorize_url()) {
                Ok(()) => {
                    prompt(&LoginPrompt::Browser {
                        url: pending.authorize_url().to_owned(),
                        opened: true,
                    });
                    return pending.finish().await;
                }
                Err(error) => prompt(&LoginPrompt::FallingBackToDeviceCode {
                    reason: error.to_string(),
                }),
            }
        }
        let pending = self.start_device().await?;
        let opened = !options.no_browser
            && browser
                .open(pending.complete_uri().unwrap_or(pending.verification_uri()))
                .is_ok();
        prompt(&LoginPrompt::DeviceCode {
            verification_uri: pending.verification_uri().to_owned(),
            user_code: pending.user_code().to_owned(),
            complete_uri: pending.complete_uri().map(str::to_owned),
            opened,
        });
        pending.finish().await
    }

    /// Starts a device sign-in (RFC 8628): registers a client (or reuses a
    /// cached registration) and asks for a user code. Show the person the
    /// code, then [`finish`](DeviceSignIn::finish).
    pub async fn start_device(&self) -> Result<DeviceSignIn<'_>, Error> {
        DeviceSignIn::start(self).await
    }

    /// Starts an authorization code sign-in with PKCE (RFC 7636): binds the
    /// loopback listener, registers a client (or reuses one) and builds the
    /// authorization URL. Open it in a browser, then
    /// [`finish`](BrowserSignIn::finish) (or, from a remote shell,
    /// [`finish_with_redirect`](BrowserSignIn::finish_with_redirect)).
    pub async fn start_browser(
        &self,
        options: &CallbackOptions,
    ) -> Result<BrowserSignIn<'_>, Error> {
        BrowserSignIn::start(self, options).await
    }

    /// A client registered with `grant_types`: the cached one when it is
    /// there, readable, for the same scopes, and not about to expire; else a
    /// new registration, cached.
    pub(crate) async fn registration(
        &self,
        grant_types: &[&str],
        redirect_uri: Option<&str>,
    ) -> Result<CachedRegistration, Error> {
        let scopes = self.session.registration_scopes();
        let auth_code = redirect_uri.is_some();
        let key = registration_cache_key(
            self.session.start_url(),
            self.session.region(),
            self.session.scopes(),
            self.session.name(),
            auth_code.then_some(grant_types),
        );
        let now = self.clock.now();
        match self.cache.load_registration(&key) {
            Ok(Some(cached))
                if cached.expires_at > now + REGISTRATION_MARGIN
                    && cached
                        .scopes
                        .as_deref()
                        .is_none_or(|s| s == scopes.as_slice()) =>
            {
                return Ok(cached);
            }
            Ok(_) => {}
            // Replaced below: a new registration is all it takes.
            Err(error) => tracing::warn!(%error, "ignoring an unreadable client registration"),
        }
        let mut request = self
            .client
            .register_client()
            .client_name(&self.client_name)
            .client_type("public")
            .set_scopes(Some(scopes.clone()));
        if let Some(redirect_uri) = redirect_uri {
            request = request
                .set_grant_types(Some(grant_types.iter().map(|g| (*g).to_owned()).collect()))
                .issuer_url(self.session.start_url())
                .redirect_uris(redirect_uri);
        }
        let output = request
            .send()
            .await
            .map_err(|e| Error::service("RegisterClient", e))?;
        let missing = |member| Error::IncompleteResponse {
            operation: "RegisterClient",
            member,
        };
        let registration = CachedRegistration {
            client_id: output
                .client_id()
                .ok_or_else(|| missing("clientId"))?
                .to_owned(),
            client_secret: output
                .client_secret()
                .ok_or_else(|| missing("clientSecret"))?
                .to_owned(),
            expires_at: from_epoch_seconds(output.client_secret_expires_at()),
            scopes: Some(scopes),
            grant_types: auth_code.then(|| grant_types.iter().map(|g| (*g).to_owned()).collect()),
        };
        self.cache.store_registration(&key, &registration)?;
        Ok(registration)
    }

    /// Writes the token of a completed sign-in to the cache and returns it.
    pub(crate) fn complete(
        &self,
        registration: &CachedRegistration,
        output: &sso_oidc::operation::create_token::CreateTokenOutput,
        issued_at: SystemTime,
    ) -> Result<AccessToken, Error> {
        let token = token_from_output(
            &self.session,
            registration.client_id.clone(),
            registration.client_secret.clone(),
            Some(registration.expires_at),
            output,
            issued_at,
            None,
        )?;
        self.cache
            .store_token(&self.session.token_cache_key(), &token)?;
        Ok(AccessToken::new(token.access_token, token.expires_at))
    }
}

/// The cache entry for a `CreateToken` answer. A refresh that returns no new
/// refresh token keeps `previous_refresh_token`.
pub(crate) fn token_from_output(
    session: &SsoSession,
    client_id: String,
    client_secret: String,
    registration_expires_at: Option<SystemTime>,
    output: &sso_oidc::operation::create_token::CreateTokenOutput,
    issued_at: SystemTime,
    previous_refresh_token: Option<String>,
) -> Result<CachedToken, Error> {
    let access_token =
        output
            .access_token()
            .filter(|t| !t.is_empty())
            .ok_or(Error::IncompleteResponse {
                operation: "CreateToken",
                member: "accessToken",
            })?;
    let lifetime = Duration::from_secs(u64::try_from(output.expires_in()).unwrap_or(0));
    Ok(CachedToken {
        start_url: Some(session.start_url().to_owned()),
        region: Some(session.region().to_owned()),
        access_token: access_token.to_owned(),
        expires_at: issued_at + lifetime,
        client_id: Some(client_id),
        client_secret: Some(client_secret),
        registration_expires_at,
        refresh_token: output
            .refresh_token()
            .map(str::to_owned)
            .or(previous_refresh_token),
    })
}
