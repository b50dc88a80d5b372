//! [`TokenProvider`]: a valid access token from the cache, refreshed with
//! the refresh token before it expires.

use std::sync::Arc;
use std::time::Duration;

use crate::cache::{format_time, CachedToken, TokenCache};
use crate::clock::{Clock, SystemClock};
use crate::session::SsoSession;
use crate::signin::{token_from_output, AccessToken};
use crate::Error;

/// How long a refresh waits for another process's refresh of the same entry:
/// a refresh is one HTTP call, bounded by the client's 60-second timeout.
const LOCK_TIMEOUT: Duration = Duration::from_secs(90);

/// How long before expiry a token is refreshed: five minutes, as `aws-config`.
pub const DEFAULT_REFRESH_WINDOW: Duration = Duration::from_secs(5 * 60);

/// Hands out a valid access token for one [`SsoSession`], from the shared
/// cache, refreshing it when less than the refresh window remains.
///
/// In one process, concurrent callers share one refresh: the first refreshes
/// while the others wait for its result. Across processes, a refresh holds the
/// cache entry's advisory lock and re-reads the file under it, so a token
/// another process has just refreshed is used rather than refreshed again with
/// a refresh token that is no longer valid. When the token cannot be refreshed
/// and has expired, [`Error::SignInRequired`] says a sign-in is needed.
#[derive(Debug)]
pub struct TokenProvider {
    session: SsoSession,
    client: sso_oidc::Client,
    cache: TokenCache,
    clock: Arc<dyn Clock>,
    refresh_window: Duration,
    current: tokio::sync::Mutex<Option<CachedToken>>,
}

/// Builds a [`TokenProvider`] with settings other than the defaults.
pub struct TokenProviderBuilder {
    session: SsoSession,
    config: Option<sso_oidc::config::ConfigBuilder>,
    cache: Option<TokenCache>,
    clock: Arc<dyn Clock>,
    refresh_window: Duration,
}

impl std::fmt::Debug for TokenProviderBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The client configuration builder has no Debug of its own.
        f.debug_struct("TokenProviderBuilder")
            .field("session", &self.session)
            .field("cache", &self.cache)
            .field("refresh_window", &self.refresh_window)
            .finish_non_exhaustive()
    }
}

impl TokenProviderBuilder {
    /// The SSO OIDC client configuration used to refresh (its region is the
    /// session's). By default [`sso_oidc::Config::builder_from_env`].
    pub fn config(mut self, config: sso_oidc::config::ConfigBuilder) -> Self {
        self.config = Some(config);
        self
    }

    /// The token cache. By default `~/.aws/sso/cache`.
    pub fn cache(mut self, cache: TokenCache) -> Self {
        self.cache = Some(cache);
        self
    }

    /// The clock.
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Refresh when less than `window` remains (default five minutes).
    pub fn refresh_window(mut self, window: Duration) -> Self {
        self.refresh_window = window;
        self
    }

    /// The provider.
    pub fn build(self) -> Result<TokenProvider, Error> {
        let cache = match self.cache {
            Some(cache) => cache,
            None => TokenCache::default_location()?,
        };
        let config = self
            .config
            .unwrap_or_else(sso_oidc::Config::builder_from_env)
            .region(self.session.region())
            .build();
        Ok(TokenProvider {
            session: self.session,
            client: sso_oidc::Client::from_conf(config),
            cache,
            clock: self.clock,
            refresh_window: self.refresh_window,
            current: tokio::sync::Mutex::new(None),
        })
    }
}

impl TokenProvider {
    /// A provider for `session` with the default settings.
    pub fn new(session: SsoSession) -> Result<Self, Error> {
        Self::builder(session).build()
    }

    /// Starts a provider with settings of its own.
    pub fn builder(session: SsoSession) -> TokenProviderBuilder {
        TokenProviderBuilder {
            session,
            config: None,
            cache: None,
            clock: Arc::new(SystemClock),
            refresh_window: DEFAULT_REFRESH_WINDOW,
        }
    }

    /// The session it provides for.
    pub fn session(&self) -> &SsoSession {
        &self.session
    }

    /// A valid access token: the one held or cached while more than the
    /// refresh window remains, else a refreshed one. A refresh that fails
    /// while the old token is still valid returns the old token.
    pub async fn token(&self) -> Result<AccessToken, Error> {
        let mut current = self.current.lock().await;
        if let Some(token) = current.as_ref().filter(|t| self.fresh(t)) {
            return Ok(AccessToken::new(
                token.access_token.clone(),
                token.expires_at,
            ));
        }
        let key = self.session.token_cache_key();
        let cached = self.read(&key)?;
        if self.fresh(&cached) {
            return Ok(remember(&mut current, cached));
        }
        let lock = self.cache.lock(&key, LOCK_TIMEOUT).await?;
        // Another process may have refreshed while we waited for the lock.
        let cached = self.read(&key)?;
        if self.fresh(&cached) {
            drop(lock);
            return Ok(remember(&mut current, cached));
        }
        let refreshed = self.refresh(&cached).await;
        drop(lock);
        match refreshed {
            Ok(token) => Ok(remember(&mut current, token)),
            Err(error) if cached.expires_at > self.clock.now() => {
                tracing::warn!(%error, "the SSO token could not be refreshed; using it until it expires");
                Ok(remember(&mut current, cached))
            }
            Err(error) => Err(error),
        }
    }

    /// Refreshes now, whatever time the token has left: for callers that
    /// know it was revoked. The refreshed token is cached.
    pub async fn force_refresh(&self) -> Result<AccessToken, Error> {
        let mut current = self.current.lock().await;
        let key = self.session.token_cache_key();
        let lock = self.cache.lock(&key, LOCK_TIMEOUT).await?;
        let cached = self.read(&key)?;
        let refreshed = self.refresh(&cached).await;
        drop(lock);
        Ok(remember(&mut current, refreshed?))
    }

    fn fresh(&self, token: &CachedToken) -> bool {
        token.expires_at > self.clock.now() + self.refresh_window
    }

    /// The cached token, or why a sign-in is needed.
    fn read(&self, key: &str) -> Result<CachedToken, Error> {
        match self.cache.load_token(key) {
            Ok(Some(token)) => Ok(token),
            Ok(None) => Err(Error::SignInRequired {
                reason: format!(
                    "no cached token for {} in {}",
                    self.describe(),
                    self.cache.dir().display()
                ),
            }),
            Err(error) if error.is_corrupt() => Err(Error::SignInRequired {
                reason: format!("{error}; signing in again replaces it"),
            }),
            Err(error) => Err(error.into()),
        }
    }

    /// Exchanges the refresh token for a new token and writes it to the cache.
    async fn refresh(&self, cached: &CachedToken) -> Result<CachedToken, Error> {
        let now = self.clock.now();
        let expired = |why: String| Error::SignInRequired {
            reason: format!(
                "the token for {} expires at {} and {why}",
                self.describe(),
                format_time(cached.expires_at)
            ),
        };
        if !cached.can_refresh(now) {
            return Err(expired(
                "cannot be refreshed (no refresh token, or the client registration expired)".into(),
            ));
        }
        let (Some(client_id), Some(client_secret), Some(refresh_token)) = (
            cached.client_id.clone(),
            cached.client_secret.clone(),
            cached.refresh_token.clone(),
        ) else {
            return Err(expired("cannot be refreshed".into()));
        };
        let output = self
            .client
            .create_token()
            .client_id(&client_id)
            .client_secret(&client_secret)
            .grant_type("refresh_token")
            .refresh_token(&refresh_token)
            .send()
            .await
            .map_err(|error| {
                expired(format!(
                    "refreshing it failed: {}",
                    Error::service("CreateToken", error)
                ))
            })?;
        let token = token_from_output(
            &self.session,
            client_id,
            client_secret,
            cached.registration_expires_at,
            &output,
            now,
            Some(refresh_token),
        )?;
        self.cache
            .store_token(&self.session.token_cache_key(), &token)?;
        Ok(token)
    }

    fn describe(&self) -> String {
        match self.session.name() {
            Some(name) => format!("sso-session {name}"),
            None => self.session.start_url().to_owned(),
        }
    }
}

fn remember(current: &mut Option<CachedToken>, token: CachedToken) -> AccessToken {
    let access = AccessToken::new(token.access_token.clone(), token.expires_at);
    *current = Some(token);
    access
}

/// Removes the cached token of `session` (what `aws sso logout` does for one
/// session): `false` when there was none.
pub fn logout(cache: &TokenCache, session: &SsoSession) -> Result<bool, Error> {
    Ok(cache.remove(&session.token_cache_key())?)
}
