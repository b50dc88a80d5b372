//! The service's rules: registrations, device authorizations, authorization
//! codes with PKCE, and tokens, kept in memory behind one lock.
//!
//! Errors are the modeled SSO OIDC errors with the `error` codes of RFC 6749
//! and RFC 8628 that the real service sends.

use crate::clock::{Clock, CodeSource};
use crate::redirect::redirect_matches;
use crate::store::{Store, StoreError};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// The device code grant type (RFC 8628).
pub const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
/// The grant types a client may register for.
pub const GRANT_TYPES: &[&str] = &[DEVICE_CODE_GRANT, "authorization_code", "refresh_token"];

/// How the service behaves; the defaults are the real service's.
#[derive(Debug, Clone)]
pub struct Settings {
    /// How long a client registration lasts (90 days).
    pub client_lifetime: Duration,
    /// How long a device code may be polled (600 s).
    pub device_code_lifetime: Duration,
    /// The polling interval a device flow asks for (5 s); polling faster gets `SlowDownException`.
    pub interval: Duration,
    /// How long an access token lasts (8 hours).
    pub access_token_lifetime: Duration,
    /// How long an authorization code may be redeemed (5 minutes).
    pub authorization_code_lifetime: Duration,
    /// The service's own address, for `verificationUri` and `authorizationEndpoint`.
    pub base_url: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            client_lifetime: Duration::from_secs(90 * 24 * 3600),
            device_code_lifetime: Duration::from_secs(600),
            interval: Duration::from_secs(5),
            access_token_lifetime: Duration::from_secs(8 * 3600),
            authorization_code_lifetime: Duration::from_secs(300),
            base_url: "http://127.0.0.1".to_owned(),
        }
    }
}

/// Why a request was refused: one of the modeled error shapes, with the
/// OAuth `error` code and a description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The modeled error (`InvalidGrantException`).
    pub kind: RefusalKind,
    /// What went wrong, for people.
    pub description: String,
}

/// The modeled errors the service returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalKind {
    /// `AccessDeniedException` / `access_denied`
    AccessDenied,
    /// `AuthorizationPendingException` / `authorization_pending`
    AuthorizationPending,
    /// `ExpiredTokenException` / `expired_token`
    ExpiredToken,
    /// `InvalidClientException` / `invalid_client`
    InvalidClient,
    /// `InvalidClientMetadataException` / `invalid_client_metadata`
    InvalidClientMetadata,
    /// `InvalidGrantException` / `invalid_grant`
    InvalidGrant,
    /// `InvalidRedirectUriException` / `invalid_redirect_uri`
    InvalidRedirectUri,
    /// `InvalidRequestException` / `invalid_request`
    InvalidRequest,
    /// `InvalidScopeException` / `invalid_scope`
    InvalidScope,
    /// `SlowDownException` / `slow_down`
    SlowDown,
    /// `UnauthorizedClientException` / `unauthorized_client`
    UnauthorizedClient,
    /// `UnsupportedGrantTypeException` / `unsupported_grant_type`
    UnsupportedGrantType,
}

impl RefusalKind {
    /// The OAuth `error` code sent in the body.
    pub fn oauth_code(self) -> &'static str {
        match self {
            RefusalKind::AccessDenied => "access_denied",
            RefusalKind::AuthorizationPending => "authorization_pending",
            RefusalKind::ExpiredToken => "expired_token",
            RefusalKind::InvalidClient => "invalid_client",
            RefusalKind::InvalidClientMetadata => "invalid_client_metadata",
            RefusalKind::InvalidGrant => "invalid_grant",
            RefusalKind::InvalidRedirectUri => "invalid_redirect_uri",
            RefusalKind::InvalidRequest => "invalid_request",
            RefusalKind::InvalidScope => "invalid_scope",
            RefusalKind::SlowDown => "slow_down",
            RefusalKind::UnauthorizedClient => "unauthorized_client",
            RefusalKind::UnsupportedGrantType => "unsupported_grant_type",
        }
    }
}

fn refuse<T>(kind: RefusalKind, description: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal {
        kind,
        description: description.into(),
    })
}

/// A registered client.
#[derive(Debug, Clone)]
pub struct Registration {
    /// The client id.
    pub client_id: String,
    /// The client secret.
    pub client_secret: String,
    /// The name it registered with.
    pub client_name: String,
    /// Scopes it may ask for (empty: any).
    pub scopes: Vec<String>,
    /// Redirect URIs for the authorization code grant.
    pub redirect_uris: Vec<String>,
    /// Grant types it may use (empty: device code and refresh token).
    pub grant_types: Vec<String>,
    /// Seconds since the epoch when it was issued.
    pub issued_at: u64,
    /// Seconds since the epoch when the secret stops working.
    pub expires_at: u64,
}

/// What `RegisterClient` asks for.
#[derive(Debug, Clone, Default)]
pub struct RegisterRequest {
    /// `clientName`
    pub client_name: String,
    /// `clientType`: only `public` is supported, as by the real service.
    pub client_type: String,
    /// `scopes`
    pub scopes: Vec<String>,
    /// `redirectUris`
    pub redirect_uris: Vec<String>,
    /// `grantTypes`
    pub grant_types: Vec<String>,
}

/// A device authorization as `StartDeviceAuthorization` returns it.
#[derive(Debug, Clone)]
pub struct DeviceAuthorization {
    /// The code the client polls with.
    pub device_code: String,
    /// The code the user confirms on the approval page.
    pub user_code: String,
    /// The approval page.
    pub verification_uri: String,
    /// The approval page with the user code filled in.
    pub verification_uri_complete: String,
    /// Seconds until the device code expires.
    pub expires_in: i32,
    /// Seconds to wait between polls.
    pub interval: i32,
}

/// Tokens `CreateToken` returns.
#[derive(Debug, Clone)]
pub struct Tokens {
    /// The access token.
    pub access_token: String,
    /// The refresh token (rotated on every use).
    pub refresh_token: String,
    /// Seconds until the access token expires.
    pub expires_in: i32,
}

/// What `CreateToken` asks for.
#[derive(Debug, Clone, Default)]
pub struct TokenRequest {
    /// `clientId`
    pub client_id: String,
    /// `clientSecret`; `None` for CreateTokenWithIAM, which is signed instead.
    pub client_secret: Option<String>,
    /// `grantType`
    pub grant_type: String,
    /// `deviceCode`
    pub device_code: Option<String>,
    /// `code`
    pub code: Option<String>,
    /// `refreshToken`
    pub refresh_token: Option<String>,
    /// `scope`
    pub scope: Vec<String>,
    /// `redirectUri`
    pub redirect_uri: Option<String>,
    /// `codeVerifier`
    pub code_verifier: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Approval {
    Pending,
    Approved,
    Denied,
}

#[derive(Debug)]
struct DeviceGrant {
    client_id: String,
    user_code: String,
    expires_at: Duration,
    last_poll: Option<Duration>,
    approval: Approval,
    redeemed: bool,
}

#[derive(Debug)]
struct CodeGrant {
    client_id: String,
    redirect_uri: String,
    challenge: String,
    scopes: Vec<String>,
    expires_at: Duration,
}

#[derive(Debug)]
struct RefreshGrant {
    client_id: String,
    scopes: Vec<String>,
}

#[derive(Debug, Default)]
struct State {
    clients: HashMap<String, Registration>,
    devices: HashMap<String, DeviceGrant>,
    user_codes: HashMap<String, String>,
    codes: HashMap<String, CodeGrant>,
    refresh: HashMap<String, RefreshGrant>,
    access: HashMap<String, (String, Duration)>,
}

impl State {
    /// Forgets device authorizations, authorization codes and access tokens
    /// that can no longer be used, so a long-running service does not grow.
    /// Expired device codes are kept an hour longer, so a late poll still gets
    /// `ExpiredTokenException` rather than an unknown code.
    fn sweep(&mut self, now: Duration) {
        const GRACE: Duration = Duration::from_secs(3600);
        let user_codes = &mut self.user_codes;
        self.devices.retain(|_, grant| {
            let live = grant.expires_at + GRACE > now && !grant.redeemed;
            if !live {
                user_codes.remove(&grant.user_code);
            }
            live
        });
        self.codes.retain(|_, grant| grant.expires_at > now);
        self.access.retain(|_, (_, expires)| *expires > now);
    }
}

/// The service's state and rules. Cheap to clone: clones share the state.
#[derive(Clone)]
pub struct Oidc {
    settings: Arc<Settings>,
    clock: Arc<dyn Clock>,
    codes: Arc<dyn CodeSource>,
    state: Arc<Mutex<State>>,
    store: Option<Arc<Store>>,
}

impl std::fmt::Debug for Oidc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Oidc")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

fn secs(duration: Duration) -> i32 {
    i32::try_from(duration.as_secs()).unwrap_or(i32::MAX)
}

impl Oidc {
    /// A service with `settings`, reading time from `clock` and codes from `codes`.
    pub fn new(settings: Settings, clock: Arc<dyn Clock>, codes: Arc<dyn CodeSource>) -> Self {
        Self {
            settings: Arc::new(settings),
            clock,
            codes,
            state: Arc::default(),
            store: None,
        }
    }

    /// A service that keeps registrations and refresh tokens in `store`,
    /// starting from what it already holds.
    pub fn with_store(
        settings: Settings,
        clock: Arc<dyn Clock>,
        codes: Arc<dyn CodeSource>,
        store: Store,
    ) -> Result<Self, StoreError> {
        let (clients, refresh) = store.load()?;
        let mut oidc = Self::new(settings, clock, codes);
        {
            let mut state = oidc.state();
            for client in clients {
                state.clients.insert(client.client_id.clone(), client);
            }
            for (token, (client_id, scopes)) in refresh {
                state
                    .refresh
                    .insert(token, RefreshGrant { client_id, scopes });
            }
        }
        oidc.store = Some(Arc::new(store));
        Ok(oidc)
    }

    /// Runs `write` against the store, when there is one. A failed write is
    /// reported on stderr: the answer already given stays valid until restart.
    fn persist(&self, write: impl FnOnce(&Store) -> Result<(), StoreError>) {
        if let Some(store) = &self.store {
            if let Err(error) = write(store) {
                eprintln!("sso-oidc-local: not saved: {error}");
            }
        }
    }

    /// The settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain data behind; keep serving.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `RegisterClient`.
    pub fn register(&self, request: RegisterRequest) -> Result<Registration, Refusal> {
        if request.client_name.trim().is_empty() {
            return refuse(
                RefusalKind::InvalidClientMetadata,
                "clientName must not be empty",
            );
        }
        if request.client_type != "public" {
            return refuse(
                RefusalKind::InvalidClientMetadata,
                format!(
                    "clientType `{}` is not supported; use `public`",
                    request.client_type
                ),
            );
        }
        if let Some(grant) = request
            .grant_types
            .iter()
            .find(|g| !GRANT_TYPES.contains(&g.as_str()))
        {
            return refuse(
                RefusalKind::InvalidClientMetadata,
                format!("grant type `{grant}` is not supported"),
            );
        }
        if let Some(scope) = request.scopes.iter().find(|s| !valid_scope(s)) {
            return refuse(
                RefusalKind::InvalidScope,
                format!("scope `{scope}` is not valid"),
            );
        }
        let wants_code = request
            .grant_types
            .iter()
            .any(|g| g == "authorization_code");
        if wants_code && request.redirect_uris.is_empty() {
            return refuse(
                RefusalKind::InvalidRedirectUri,
                "the authorization_code grant needs at least one redirect URI",
            );
        }
        if let Some(uri) = request.redirect_uris.iter().find(|u| !valid_redirect(u)) {
            return refuse(
                RefusalKind::InvalidRedirectUri,
                format!("redirect URI `{uri}` must be https, or http on a loopback address"),
            );
        }
        let now = self.clock.now().as_secs();
        let registration = Registration {
            client_id: self.codes.token("client-", 16),
            client_secret: self.codes.token("secret-", 48),
            client_name: request.client_name,
            scopes: request.scopes,
            redirect_uris: request.redirect_uris,
            grant_types: request.grant_types,
            issued_at: now,
            expires_at: now + self.settings.client_lifetime.as_secs(),
        };
        self.state()
            .clients
            .insert(registration.client_id.clone(), registration.clone());
        self.persist(|store| store.put_client(&registration));
        Ok(registration)
    }

    /// Checks a client's id (and secret, when given) and that it may use `grant`.
    fn client(
        &self,
        state: &State,
        client_id: &str,
        secret: Option<&str>,
        grant: Option<&str>,
    ) -> Result<Registration, Refusal> {
        let Some(client) = state.clients.get(client_id) else {
            return refuse(RefusalKind::InvalidClient, "unknown client id");
        };
        if secret.is_some_and(|s| s != client.client_secret) {
            return refuse(RefusalKind::InvalidClient, "the client secret is wrong");
        }
        if self.clock.now().as_secs() >= client.expires_at {
            return refuse(
                RefusalKind::InvalidClient,
                "the client registration has expired; register again",
            );
        }
        if let Some(grant) = grant {
            let allowed = if client.grant_types.is_empty() {
                grant == DEVICE_CODE_GRANT || grant == "refresh_token"
            } else {
                client.grant_types.iter().any(|g| g == grant)
            };
            if !allowed {
                return refuse(
                    RefusalKind::UnauthorizedClient,
                    format!("this client is not registered for the `{grant}` grant"),
                );
            }
        }
        Ok(client.clone())
    }

    /// `StartDeviceAuthorization`.
    pub fn start_device_authorization(
        &self,
        client_id: &str,
        client_secret: &str,
        start_url: &str,
    ) -> Result<DeviceAuthorization, Refusal> {
        if !(start_url.starts_with("https://") || start_url.starts_with("http://")) {
            return refuse(
                RefusalKind::InvalidRequest,
                "startUrl must be an http(s) URL",
            );
        }
        let mut state = self.state();
        self.client(&state, client_id, Some(client_secret), None)?;
        state.sweep(self.clock.now());
        let device_code = self.codes.token("device-", 32);
        let mut user_code = self.codes.user_code();
        while state.user_codes.contains_key(&user_code) {
            user_code = self.codes.user_code();
        }
        let now = self.clock.now();
        state.devices.insert(
            device_code.clone(),
            DeviceGrant {
                client_id: client_id.to_owned(),
                user_code: user_code.clone(),
                expires_at: now + self.settings.device_code_lifetime,
                last_poll: None,
                approval: Approval::Pending,
                redeemed: false,
            },
        );
        state
            .user_codes
            .insert(user_code.clone(), device_code.clone());
        let page = format!("{}/device", self.settings.base_url);
        Ok(DeviceAuthorization {
            verification_uri_complete: format!("{page}?user_code={user_code}"),
            verification_uri: page,
            device_code,
            user_code,
            expires_in: secs(self.settings.device_code_lifetime),
            interval: secs(self.settings.interval),
        })
    }

    /// Approves (or denies) the sign-in showing `user_code`, as the user does
    /// on the approval page. `false` when no live authorization has that code.
    pub fn decide(&self, user_code: &str, approve: bool) -> bool {
        let user_code = user_code.trim().to_ascii_uppercase();
        let now = self.clock.now();
        let mut state = self.state();
        let Some(device_code) = state.user_codes.get(&user_code).cloned() else {
            return false;
        };
        match state.devices.get_mut(&device_code) {
            Some(grant) if grant.expires_at > now && grant.approval == Approval::Pending => {
                grant.approval = if approve {
                    Approval::Approved
                } else {
                    Approval::Denied
                };
                true
            }
            _ => false,
        }
    }

    /// Whether `user_code` names a sign-in waiting for a decision.
    pub fn is_pending(&self, user_code: &str) -> bool {
        let user_code = user_code.trim().to_ascii_uppercase();
        let now = self.clock.now();
        let state = self.state();
        state
            .user_codes
            .get(&user_code)
            .and_then(|d| state.devices.get(d))
            .is_some_and(|g| g.expires_at > now && g.approval == Approval::Pending)
    }

    /// Starts an authorization code grant for the page at `/authorize`: checks
    /// the client and redirect URI and returns the code to send back.
    pub fn authorize(
        &self,
        client_id: &str,
        redirect_uri: &str,
        scopes: Vec<String>,
        code_challenge: &str,
        code_challenge_method: &str,
    ) -> Result<String, Refusal> {
        if code_challenge_method != "S256" {
            return refuse(
                RefusalKind::InvalidRequest,
                "code_challenge_method must be S256",
            );
        }
        if code_challenge.is_empty() {
            return refuse(RefusalKind::InvalidRequest, "code_challenge is required");
        }
        let mut state = self.state();
        let client = self.client(&state, client_id, None, Some("authorization_code"))?;
        if !client
            .redirect_uris
            .iter()
            .any(|r| redirect_matches(r, redirect_uri))
        {
            return refuse(
                RefusalKind::InvalidRedirectUri,
                "the redirect URI was not registered for this client",
            );
        }
        check_scopes(&client, &scopes)?;
        let code = self.codes.token("code-", 32);
        state.codes.insert(
            code.clone(),
            CodeGrant {
                client_id: client_id.to_owned(),
                redirect_uri: redirect_uri.to_owned(),
                challenge: code_challenge.to_owned(),
                scopes,
                expires_at: self.clock.now() + self.settings.authorization_code_lifetime,
            },
        );
        Ok(code)
    }

    /// `CreateToken` (and `CreateTokenWithIAM`, whose caller is authenticated by
    /// its signature instead of a client secret).
    pub fn create_token(&self, request: TokenRequest) -> Result<Tokens, Refusal> {
        let grant = request.grant_type.as_str();
        if !GRANT_TYPES.contains(&grant) {
            return refuse(
                RefusalKind::UnsupportedGrantType,
                format!("grant type `{grant}` is not supported"),
            );
        }
        let mut state = self.state();
        let client = self.client(
            &state,
            &request.client_id,
            request.client_secret.as_deref(),
            Some(grant),
        )?;
        let now = self.clock.now();
        let scopes = match grant {
            DEVICE_CODE_GRANT => {
                let Some(device_code) = request.device_code.as_deref() else {
                    return refuse(RefusalKind::InvalidRequest, "deviceCode is required");
                };
                let interval = self.settings.interval;
                let Some(device) = state.devices.get_mut(device_code) else {
                    return refuse(RefusalKind::InvalidGrant, "unknown device code");
                };
                if device.client_id != request.client_id {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "the device code was issued to another client",
                    );
                }
                if device.redeemed {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "the device code was already used",
                    );
                }
                if now >= device.expires_at {
                    return refuse(RefusalKind::ExpiredToken, "the device code has expired");
                }
                let too_soon = device.last_poll.is_some_and(|last| now < last + interval);
                device.last_poll = Some(now);
                match device.approval {
                    Approval::Denied => {
                        return refuse(RefusalKind::AccessDenied, "the user denied the sign-in")
                    }
                    Approval::Pending if too_soon => {
                        return refuse(
                            RefusalKind::SlowDown,
                            "polling faster than the interval; wait longer between requests",
                        )
                    }
                    Approval::Pending => {
                        return refuse(
                            RefusalKind::AuthorizationPending,
                            "the user has not approved the sign-in yet",
                        )
                    }
                    Approval::Approved => {}
                }
                device.redeemed = true;
                let user_code = device.user_code.clone();
                state.user_codes.remove(&user_code);
                client.scopes.clone()
            }
            "authorization_code" => {
                let (Some(code), Some(redirect_uri), Some(verifier)) = (
                    request.code.as_deref(),
                    request.redirect_uri.as_deref(),
                    request.code_verifier.as_deref(),
                ) else {
                    return refuse(
                        RefusalKind::InvalidRequest,
                        "code, redirectUri and codeVerifier are required",
                    );
                };
                // A code is single-use: it is gone whether or not this attempt succeeds.
                let Some(grant) = state.codes.remove(code) else {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "unknown or already used authorization code",
                    );
                };
                if grant.client_id != request.client_id {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "the code was issued to another client",
                    );
                }
                if now >= grant.expires_at {
                    return refuse(RefusalKind::InvalidGrant, "the authorization code expired");
                }
                if grant.redirect_uri != redirect_uri {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "redirectUri differs from the one the code was issued for",
                    );
                }
                if pkce_challenge(verifier) != grant.challenge {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "the code verifier does not match the code challenge",
                    );
                }
                grant.scopes
            }
            _ => {
                let Some(refresh_token) = request.refresh_token.as_deref() else {
                    return refuse(RefusalKind::InvalidRequest, "refreshToken is required");
                };
                // Refresh tokens rotate: the one presented is spent either way.
                let Some(grant) = state.refresh.remove(refresh_token) else {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "unknown, expired or already used refresh token",
                    );
                };
                if grant.client_id != request.client_id {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "the refresh token was issued to another client",
                    );
                }
                grant.scopes
            }
        };
        if !request.scope.is_empty() {
            check_scopes(&client, &request.scope)?;
        }
        let scopes = if request.scope.is_empty() {
            scopes
        } else {
            request.scope
        };
        let tokens = Tokens {
            access_token: self.codes.token("aoa", 48),
            refresh_token: self.codes.token("aor", 48),
            expires_in: secs(self.settings.access_token_lifetime),
        };
        state.access.insert(
            tokens.access_token.clone(),
            (
                request.client_id.clone(),
                now + self.settings.access_token_lifetime,
            ),
        );
        state.refresh.insert(
            tokens.refresh_token.clone(),
            RefreshGrant {
                client_id: request.client_id.clone(),
                scopes: scopes.clone(),
            },
        );
        // Written after the lock is released: a disk write must not hold up
        // every other request.
        drop(state);
        let spent = (grant == "refresh_token")
            .then_some(request.refresh_token.as_deref())
            .flatten();
        self.persist(|store| {
            store.rotate_refresh(spent, (&tokens.refresh_token, &request.client_id, &scopes))
        });
        Ok(tokens)
    }

    /// The client an access token was issued to, while it is valid.
    pub fn token_owner(&self, access_token: &str) -> Option<String> {
        let now = self.clock.now();
        self.state()
            .access
            .get(access_token)
            .filter(|(_, expires)| *expires > now)
            .map(|(client, _)| client.clone())
    }
}

fn check_scopes(client: &Registration, scopes: &[String]) -> Result<(), Refusal> {
    match scopes
        .iter()
        .find(|s| !valid_scope(s) || !(client.scopes.is_empty() || client.scopes.contains(s)))
    {
        Some(scope) => refuse(
            RefusalKind::InvalidScope,
            format!("scope `{scope}` was not registered for this client"),
        ),
        None => Ok(()),
    }
}

fn valid_scope(scope: &str) -> bool {
    !scope.is_empty()
        && scope
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b":_.*-/".contains(&b))
}

fn valid_redirect(uri: &str) -> bool {
    uri.starts_with("https://") || crate::redirect::is_loopback_http(uri)
}

/// The S256 code challenge of `verifier` (RFC 7636): base64url(SHA-256(verifier)).
pub fn pkce_challenge(verifier: &str) -> String {
    use base64::Engine as _;
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest.as_ref())
}
