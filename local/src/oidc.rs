//! The service's rules: registrations, device authorizations, authorization
//! codes with PKCE, and tokens, kept in memory behind one lock, each kind
//! capped and forgotten when it expires.
//!
//! Errors are the modeled SSO OIDC errors with the `error` codes of RFC 6749
//! and RFC 8628 that the real service sends.

use crate::clock::{Clock, CodeSource};
use crate::expiring::Expiring;
use crate::redirect::redirect_matches;
use crate::store::{Store, StoreError};
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
    /// How long a refresh token may be redeemed (90 days, the longest session
    /// IAM Identity Center allows); each use hands out a new one.
    pub refresh_token_lifetime: Duration,
    /// The service's own address, for `verificationUri` and `authorizationEndpoint`.
    pub base_url: String,
    /// How much state the service keeps at most.
    pub limits: Limits,
}

/// The most of each kind of state the service keeps. When one is full, the
/// request that would add to it gets `503 ServiceUnavailableException` until
/// entries expire or are used: memory stays bounded whatever clients do.
///
/// The defaults hold far more than development and tests need; a service
/// full of registrations holds about 40 MB (`cargo bench -p sso-oidc-local
/// --bench state`), and expiry frees room long before any cap in normal use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Registered clients (100,000; registrations last 90 days).
    pub clients: usize,
    /// Device authorizations waiting to be approved and redeemed, expired
    /// ones within ten minutes of their expiry included (250,000). The user
    /// codes of redeemed ones are remembered as used for as long, up to twice
    /// this many, so the approval page can say a code was already used.
    pub device_authorizations: usize,
    /// Authorization codes not yet redeemed (100,000).
    pub authorization_codes: usize,
    /// Refresh tokens not yet used (200,000).
    pub refresh_tokens: usize,
    /// Access tokens not yet expired (200,000).
    pub access_tokens: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            clients: 100_000,
            device_authorizations: 250_000,
            authorization_codes: 100_000,
            refresh_tokens: 200_000,
            access_tokens: 200_000,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            client_lifetime: Duration::from_secs(90 * 24 * 3600),
            device_code_lifetime: Duration::from_secs(600),
            interval: Duration::from_secs(5),
            access_token_lifetime: Duration::from_secs(8 * 3600),
            authorization_code_lifetime: Duration::from_secs(300),
            refresh_token_lifetime: Duration::from_secs(90 * 24 * 3600),
            base_url: "http://127.0.0.1".to_owned(),
            limits: Limits::default(),
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
    /// Not a modeled error: the service holds as much state as it may
    /// ([`Limits`]); sent as `503 ServiceUnavailableException`.
    Unavailable,
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
            RefusalKind::Unavailable => "temporarily_unavailable",
        }
    }
}

fn refuse<T>(kind: RefusalKind, description: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal {
        kind,
        description: description.into(),
    })
}

/// A client just registered: what `RegisterClient` answers. The secret is
/// handed out once; the service keeps only its SHA-256 digest.
#[derive(Clone)]
pub struct Registration {
    /// The client id.
    pub client_id: String,
    /// The client secret.
    pub client_secret: String,
    /// Seconds since the epoch when it was issued.
    pub issued_at: u64,
    /// Seconds since the epoch when the secret stops working.
    pub expires_at: u64,
}

impl std::fmt::Debug for Registration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registration")
            .field("client_id", &self.client_id)
            .field("client_secret", &REDACTED)
            .field("issued_at", &self.issued_at)
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// A registered client as the service keeps it: the digest of its secret,
/// never the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Client {
    /// SHA-256 of the client secret.
    pub(crate) secret_digest: Digest,
    /// The name it registered with.
    pub(crate) name: Box<str>,
    /// Scopes it may ask for (empty: any).
    pub(crate) scopes: Box<[Box<str>]>,
    /// Redirect URIs for the authorization code grant.
    pub(crate) redirect_uris: Box<[Box<str>]>,
    /// Grant types it may use (empty: device code and refresh token).
    pub(crate) grant_types: Box<[Box<str>]>,
    /// Seconds since the epoch when it was issued.
    pub(crate) issued_at: u64,
    /// Seconds since the epoch when the secret stops working.
    pub(crate) expires_at: u64,
}

/// A SHA-256 digest: how secrets and refresh tokens are kept.
pub(crate) type Digest = [u8; 32];

/// The SHA-256 digest of `secret`.
pub(crate) fn digest(secret: &str) -> Digest {
    let mut out = [0u8; 32];
    out.copy_from_slice(ring::digest::digest(&ring::digest::SHA256, secret.as_bytes()).as_ref());
    out
}

/// Whether `a` and `b` are equal, in time that does not depend on where they differ.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq as _;
    a.ct_eq(b).into()
}

fn boxed(strings: Vec<String>) -> Box<[Box<str>]> {
    strings.into_iter().map(String::into_boxed_str).collect()
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
#[derive(Clone)]
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
#[derive(Clone)]
pub struct Tokens {
    /// The access token.
    pub access_token: String,
    /// The refresh token (rotated on every use).
    pub refresh_token: String,
    /// Seconds until the access token expires.
    pub expires_in: i32,
}

/// What `CreateToken` asks for.
#[derive(Clone, Default)]
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

/// Shown in place of a secret by `Debug`: the marker the generated types use.
const REDACTED: &str = "*** Sensitive Data Redacted ***";

impl std::fmt::Debug for DeviceAuthorization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceAuthorization")
            .field("device_code", &REDACTED)
            .field("user_code", &self.user_code)
            .field("verification_uri", &self.verification_uri)
            .field("expires_in", &self.expires_in)
            .field("interval", &self.interval)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokens")
            .field("access_token", &REDACTED)
            .field("refresh_token", &REDACTED)
            .field("expires_in", &self.expires_in)
            .finish()
    }
}

impl std::fmt::Debug for TokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secret = |value: &Option<String>| value.as_ref().map(|_| REDACTED);
        f.debug_struct("TokenRequest")
            .field("client_id", &self.client_id)
            .field("client_secret", &secret(&self.client_secret))
            .field("grant_type", &self.grant_type)
            .field("device_code", &secret(&self.device_code))
            .field("code", &secret(&self.code))
            .field("refresh_token", &secret(&self.refresh_token))
            .field("scope", &self.scope)
            .field("redirect_uri", &self.redirect_uri)
            .field("code_verifier", &secret(&self.code_verifier))
            .finish()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Approval {
    Pending,
    Approved,
    Denied,
}

struct DeviceGrant {
    /// Shared with the registration's key: one copy of the id.
    client_id: Arc<str>,
    /// Shared with the user code's key.
    user_code: Arc<str>,
    /// The start URL it was started with, shown on the approval page.
    start_url: Box<str>,
    expires_at: Duration,
    last_poll: Option<Duration>,
    approval: Approval,
}

struct CodeGrant {
    client_id: Arc<str>,
    redirect_uri: String,
    challenge: String,
    scopes: Vec<String>,
}

/// What a refresh token grants: kept under the token's digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RefreshGrant {
    pub(crate) client_id: Arc<str>,
    pub(crate) scopes: Vec<String>,
}

/// Expired device codes are kept ten minutes longer, so a late poll still
/// gets `ExpiredTokenException` rather than an unknown code. Clients stop
/// polling at `expiresIn`; a longer grace would multiply what a steady stream
/// of sign-ins keeps in memory.
const EXPIRED_DEVICE_GRACE: Duration = Duration::from_secs(600);

/// Everything the service remembers, each kind in an [`Expiring`] map with
/// its cap. No `Debug`: its keys are codes and tokens.
struct State {
    clients: Expiring<str, Client>,
    /// Device grants by device code, until expiry plus [`EXPIRED_DEVICE_GRACE`].
    devices: Expiring<str, DeviceGrant>,
    /// Device codes by user code, for as long as the device grant is kept
    /// (expiry plus [`EXPIRED_DEVICE_GRACE`]), so the approval page can tell
    /// an expired or used code from a wrong one. `None` once redeemed.
    user_codes: Expiring<str, Option<Arc<str>>>,
    codes: Expiring<str, CodeGrant>,
    /// Refresh grants by the digest of the token.
    refresh: Expiring<Digest, RefreshGrant>,
    /// Access tokens: the client each was issued to.
    access: Expiring<str, Arc<str>>,
}

impl State {
    fn new(limits: &Limits) -> Self {
        Self {
            clients: Expiring::new(limits.clients),
            devices: Expiring::new(limits.device_authorizations),
            // Redeemed codes are remembered as used without their grant:
            // room for as many again as there are grants.
            user_codes: Expiring::new(state_user_code_cap(limits)),
            codes: Expiring::new(limits.authorization_codes),
            refresh: Expiring::new(limits.refresh_tokens),
            access: Expiring::new(limits.access_tokens),
        }
    }

    /// Forgets what expired by `now`: amortised O(1) per call.
    fn purge(&mut self, now: Duration) {
        self.clients.purge(now);
        self.devices.purge(now);
        self.user_codes.purge(now);
        self.codes.purge(now);
        self.refresh.purge(now);
        self.access.purge(now);
    }

    /// Marks `user_code` as used once `device_code` is redeemed, if it still
    /// names it: the page then says the code was used, not that it is wrong.
    fn spend_user_code(&mut self, user_code: &str, device_code: &str) {
        if let Some(entry) = self.user_codes.get_mut(user_code) {
            if entry.as_deref() == Some(device_code) {
                *entry = None;
            }
        }
    }

    /// What the approval page may say about `user_code` (normalized) at `now`.
    fn sign_in(&self, user_code: &str, now: Duration) -> Result<PendingSignIn, CodeProblem> {
        let (device, _) = self.user_codes.get(user_code).ok_or(CodeProblem::Unknown)?;
        let device = device.as_deref().ok_or(CodeProblem::Used)?;
        let (grant, _) = self.devices.get(device).ok_or(CodeProblem::Used)?;
        if grant.approval != Approval::Pending {
            return Err(CodeProblem::Used);
        }
        if grant.expires_at <= now {
            return Err(CodeProblem::Expired);
        }
        let client = self
            .clients
            .get(&*grant.client_id)
            .map(|(client, _)| client);
        Ok(PendingSignIn {
            user_code: user_code.to_owned(),
            client_name: client.map(|c| c.name.to_string()).unwrap_or_default(),
            scopes: client
                .map(|c| c.scopes.iter().map(|s| s.to_string()).collect())
                .unwrap_or_default(),
            start_url: grant.start_url.to_string(),
            expires_in: grant.expires_at - now,
        })
    }
}

/// Why a user code typed on the approval page cannot be approved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    /// No sign-in was started with this code (a typo, or one long gone).
    Unknown,
    /// The sign-in started with this code ran out of time.
    Expired,
    /// The sign-in was already approved, denied or completed.
    Used,
}

/// A device sign-in waiting for the user's decision: what the approval page
/// shows so the person knows what they approve. Holds no secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingSignIn {
    /// The user code, normalized (`XXXX-XXXX`).
    pub user_code: String,
    /// The name the client registered with.
    pub client_name: String,
    /// The scopes the client registered with (and its tokens get).
    pub scopes: Vec<String>,
    /// The start URL the sign-in was started with.
    pub start_url: String,
    /// How long until the code expires.
    pub expires_in: Duration,
}

/// A user code as a person may type it, in the form the service hands out:
/// case and surrounding space ignored, the dash optional (`bcdfghjk` is
/// `BCDF-GHJK`). Anything else is returned uppercased and trimmed, and
/// simply matches no code.
pub fn normalize_user_code(typed: &str) -> String {
    let letters: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if letters.len() == 8 && letters.is_ascii() {
        format!("{}-{}", &letters[..4], &letters[4..])
    } else {
        typed.trim().to_ascii_uppercase()
    }
}

fn full(what: &str) -> Refusal {
    Refusal {
        kind: RefusalKind::Unavailable,
        description: format!("the service holds as many {what} as it may; try again later"),
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
    /// Signs the anti-forgery tokens of the sign-in pages' forms.
    page_key: Arc<ring::hmac::Key>,
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
        let state = State::new(&settings.limits);
        let page_key = ring::hmac::Key::new(
            ring::hmac::HMAC_SHA256,
            codes.token("page-key-", 32).as_bytes(),
        );
        Self {
            settings: Arc::new(settings),
            clock,
            codes,
            state: Arc::new(Mutex::new(state)),
            store: None,
            page_key: Arc::new(page_key),
        }
    }

    /// A service that keeps registrations and refresh tokens in `store`,
    /// starting from what it already holds that has not expired.
    pub fn with_store(
        settings: Settings,
        clock: Arc<dyn Clock>,
        codes: Arc<dyn CodeSource>,
        store: Store,
    ) -> Result<Self, StoreError> {
        let now = clock.now();
        let loaded = store.load(now.as_secs())?;
        let mut oidc = Self::new(settings, clock, codes);
        {
            let mut state = oidc.state();
            // Oldest expiry first, so each expiry queue stays in order.
            let mut clients = loaded.clients;
            clients.sort_by_key(|(_, client)| client.expires_at);
            for (client_id, client) in clients {
                let expires_at = Duration::from_secs(client.expires_at);
                state
                    .clients
                    .insert(Arc::from(client_id), client, expires_at)
                    .map_err(|_| StoreError::new("it holds more clients than the limit"))?;
            }
            let mut refresh = loaded.refresh_tokens;
            refresh.sort_by_key(|(_, _, expires_at)| *expires_at);
            for (token_digest, grant, expires_at) in refresh {
                state
                    .refresh
                    .insert(
                        Arc::new(token_digest),
                        grant,
                        Duration::from_secs(expires_at),
                    )
                    .map_err(|_| StoreError::new("it holds more refresh tokens than the limit"))?;
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

    /// An anti-forgery token for a form about `subject` (the fields the
    /// form's submission acts on): an HMAC under a key made at start-up, so a
    /// page elsewhere cannot make one, and none is kept.
    pub(crate) fn form_token(&self, subject: &[&str]) -> String {
        use base64::Engine as _;
        let tag = ring::hmac::sign(&self.page_key, subject.join("\n").as_bytes());
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(tag.as_ref())
    }

    /// Whether `token` is [`form_token`](Self::form_token) of `subject`,
    /// checked in constant time.
    pub(crate) fn check_form_token(&self, subject: &[&str], token: &str) -> bool {
        use base64::Engine as _;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(token)
            .is_ok_and(|tag| {
                ring::hmac::verify(&self.page_key, subject.join("\n").as_bytes(), &tag).is_ok()
            })
    }

    /// The settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The state, with what expired by now forgotten.
    fn state(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain data behind; keep serving.
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.purge(self.clock.now());
        state
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
            issued_at: now,
            expires_at: now + self.settings.client_lifetime.as_secs(),
        };
        let client = Client {
            secret_digest: digest(&registration.client_secret),
            name: request.client_name.into_boxed_str(),
            scopes: boxed(request.scopes),
            redirect_uris: boxed(request.redirect_uris),
            grant_types: boxed(request.grant_types),
            issued_at: registration.issued_at,
            expires_at: registration.expires_at,
        };
        let saved = self.store.is_some().then(|| client.clone());
        self.state()
            .clients
            .insert(
                Arc::from(registration.client_id.as_str()),
                client,
                Duration::from_secs(registration.expires_at),
            )
            .map_err(|_| full("registered clients"))?;
        if let Some(client) = saved {
            self.persist(|store| store.put_client(&registration.client_id, &client));
        }
        Ok(registration)
    }

    /// Checks a client's id (and secret, when given) and that it may use
    /// `grant`; returns the id as stored, to share.
    fn client<'s>(
        &self,
        state: &'s State,
        client_id: &str,
        secret: Option<&str>,
        grant: Option<&str>,
    ) -> Result<(Arc<str>, &'s Client), Refusal> {
        let Some((client, _)) = state.clients.get(client_id) else {
            return refuse(RefusalKind::InvalidClient, "unknown client id");
        };
        if secret.is_some_and(|s| !same_secret(&digest(s), &client.secret_digest)) {
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
                client.grant_types.iter().any(|g| &**g == grant)
            };
            if !allowed {
                return refuse(
                    RefusalKind::UnauthorizedClient,
                    format!("this client is not registered for the `{grant}` grant"),
                );
            }
        }
        let shared = state
            .clients
            .shared_key(client_id)
            .unwrap_or_else(|| Arc::from(client_id));
        Ok((shared, client))
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
        let (client_id, _) = self.client(&state, client_id, Some(client_secret), None)?;
        if state.devices.len() >= self.settings.limits.device_authorizations {
            return Err(full("device authorizations"));
        }
        let device_code: Arc<str> = Arc::from(self.codes.token("device-", 32));
        let mut user_code = self.codes.user_code();
        while state.user_codes.get(&user_code).is_some() {
            user_code = self.codes.user_code();
        }
        let user_code: Arc<str> = Arc::from(user_code);
        let now = self.clock.now();
        let expires_at = now + self.settings.device_code_lifetime;
        state
            .user_codes
            .insert(
                Arc::clone(&user_code),
                Some(Arc::clone(&device_code)),
                expires_at + EXPIRED_DEVICE_GRACE,
            )
            .map_err(|_| full("device authorizations"))?;
        let grant = DeviceGrant {
            client_id,
            user_code: Arc::clone(&user_code),
            start_url: start_url.into(),
            expires_at,
            last_poll: None,
            approval: Approval::Pending,
        };
        if state
            .devices
            .insert(
                Arc::clone(&device_code),
                grant,
                expires_at + EXPIRED_DEVICE_GRACE,
            )
            .is_err()
        {
            state.user_codes.remove(&user_code);
            return Err(full("device authorizations"));
        }
        drop(state);
        let page = format!("{}/device", self.settings.base_url);
        Ok(DeviceAuthorization {
            verification_uri_complete: format!("{page}?user_code={user_code}"),
            verification_uri: page,
            device_code: device_code.to_string(),
            user_code: user_code.to_string(),
            expires_in: secs(self.settings.device_code_lifetime),
            interval: secs(self.settings.interval),
        })
    }

    /// Approves (or denies) the sign-in showing `user_code`, as the user does
    /// on the approval page. `false` when no live authorization has that code.
    pub fn decide(&self, user_code: &str, approve: bool) -> bool {
        self.decide_sign_in(user_code, approve).is_ok()
    }

    /// [`decide`](Self::decide), saying why a code cannot be decided: for
    /// the approval page. The code is taken as typed ([`normalize_user_code`]).
    pub fn decide_sign_in(&self, user_code: &str, approve: bool) -> Result<(), CodeProblem> {
        let user_code = normalize_user_code(user_code);
        let now = self.clock.now();
        let mut state = self.state();
        state.sign_in(&user_code, now)?;
        let device = state
            .user_codes
            .get(&user_code)
            .and_then(|(device, _)| device.clone())
            .ok_or(CodeProblem::Used)?;
        let grant = state.devices.get_mut(&device).ok_or(CodeProblem::Used)?;
        grant.approval = if approve {
            Approval::Approved
        } else {
            Approval::Denied
        };
        Ok(())
    }

    /// Whether `user_code` names a sign-in waiting for a decision.
    pub fn is_pending(&self, user_code: &str) -> bool {
        self.pending_sign_in(user_code).is_ok()
    }

    /// The sign-in waiting for a decision under `user_code` (as typed, see
    /// [`normalize_user_code`]), or why there is none.
    pub fn pending_sign_in(&self, user_code: &str) -> Result<PendingSignIn, CodeProblem> {
        let now = self.clock.now();
        self.state().sign_in(&normalize_user_code(user_code), now)
    }

    /// Checks that `client_id` is a live client registered for the
    /// authorization code grant with a redirect URI matching `redirect_uri`:
    /// what must hold before the authorization page shows a consent form or
    /// sends the browser anywhere. Returns the name the client registered
    /// with, for the consent form.
    pub fn check_redirect(&self, client_id: &str, redirect_uri: &str) -> Result<String, Refusal> {
        let state = self.state();
        let (_, client) = self.client(&state, client_id, None, Some("authorization_code"))?;
        if client
            .redirect_uris
            .iter()
            .any(|r| redirect_matches(r, redirect_uri))
        {
            Ok(client.name.to_string())
        } else {
            refuse(
                RefusalKind::InvalidRedirectUri,
                "the redirect URI was not registered for this client",
            )
        }
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
        let (client_id, client) =
            self.client(&state, client_id, None, Some("authorization_code"))?;
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
        check_scopes(client, &scopes)?;
        let code = self.codes.token("code-", 32);
        let expires_at = self.clock.now() + self.settings.authorization_code_lifetime;
        state
            .codes
            .insert(
                Arc::from(code.as_str()),
                CodeGrant {
                    client_id,
                    redirect_uri: redirect_uri.to_owned(),
                    challenge: code_challenge.to_owned(),
                    scopes,
                },
                expires_at,
            )
            .map_err(|_| full("authorization codes"))?;
        Ok(code)
    }

    /// `CreateToken` (and `CreateTokenWithIAM`, whose caller is authenticated by
    /// its signature instead of a client secret).
    ///
    /// Everything that can refuse the request is checked before a grant is
    /// used up, so a refused refresh (a scope not registered, another
    /// client's token) leaves the refresh token valid. The exceptions are
    /// deliberate: an authorization code is spent by any attempt to redeem it
    /// (RFC 6749 §4.1.2), so a stolen code cannot be tried against verifiers.
    pub fn create_token(&self, request: TokenRequest) -> Result<Tokens, Refusal> {
        let grant = request.grant_type.as_str();
        if !GRANT_TYPES.contains(&grant) {
            return refuse(
                RefusalKind::UnsupportedGrantType,
                format!("grant type `{grant}` is not supported"),
            );
        }
        let mut state = self.state();
        let (client_id, client) = self.client(
            &state,
            &request.client_id,
            request.client_secret.as_deref(),
            Some(grant),
        )?;
        if !request.scope.is_empty() {
            check_scopes(client, &request.scope)?;
        }
        if state.access.len() >= self.settings.limits.access_tokens
            || state.refresh.len() >= self.settings.limits.refresh_tokens
        {
            return Err(full("tokens"));
        }
        let now = self.clock.now();
        let mut spent_refresh = None;
        let scopes = match grant {
            DEVICE_CODE_GRANT => {
                let Some(device_code) = request.device_code.as_deref() else {
                    return refuse(RefusalKind::InvalidRequest, "deviceCode is required");
                };
                let interval = self.settings.interval;
                let Some(device) = state.devices.get_mut(device_code) else {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "unknown or already used device code",
                    );
                };
                if device.client_id != client_id {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "the device code was issued to another client",
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
                // Redeemed: forgotten at once, so the code cannot be used again.
                if let Some(device) = state.devices.remove(device_code) {
                    state.spend_user_code(&device.user_code, device_code);
                }
                client_scopes(&state, &client_id)
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
                let Some((grant, expires_at)) = state.codes.take(code) else {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "unknown or already used authorization code",
                    );
                };
                if grant.client_id != client_id {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "the code was issued to another client",
                    );
                }
                if now >= expires_at {
                    return refuse(RefusalKind::InvalidGrant, "the authorization code expired");
                }
                if grant.redirect_uri != redirect_uri {
                    return refuse(
                        RefusalKind::InvalidGrant,
                        "redirectUri differs from the one the code was issued for",
                    );
                }
                if !same_secret(
                    pkce_challenge(verifier).as_bytes(),
                    grant.challenge.as_bytes(),
                ) {
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
                let token_digest = digest(refresh_token);
                let valid = match state.refresh.get(&token_digest) {
                    None => None,
                    Some((_, expires_at)) if now >= expires_at => None,
                    Some((grant, _)) => Some(grant.client_id == client_id),
                };
                match valid {
                    None => {
                        return refuse(
                            RefusalKind::InvalidGrant,
                            "unknown, expired or already used refresh token",
                        )
                    }
                    Some(false) => {
                        return refuse(
                            RefusalKind::InvalidGrant,
                            "the refresh token was issued to another client",
                        )
                    }
                    Some(true) => {}
                }
                // Every check passed: only now is the token spent (rotation).
                let Some(grant) = state.refresh.remove(&token_digest) else {
                    return refuse(RefusalKind::InvalidGrant, "unknown refresh token");
                };
                spent_refresh = Some(token_digest);
                grant.scopes
            }
        };
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
        let refresh_expires_at = now + self.settings.refresh_token_lifetime;
        let grant = RefreshGrant {
            client_id: Arc::clone(&client_id),
            scopes,
        };
        let saved = self.store.is_some().then(|| grant.clone());
        let issued_digest = digest(&tokens.refresh_token);
        // Room for both was checked above, under this same lock.
        let stored = state
            .access
            .insert(
                Arc::from(tokens.access_token.as_str()),
                client_id,
                now + self.settings.access_token_lifetime,
            )
            .and_then(|()| {
                state
                    .refresh
                    .insert(Arc::new(issued_digest), grant, refresh_expires_at)
            });
        if stored.is_err() {
            return Err(full("tokens"));
        }
        // Written after the lock is released: a disk write must not hold up
        // every other request.
        drop(state);
        if let Some(grant) = saved {
            self.persist(|store| {
                store.rotate_refresh(
                    spent_refresh.as_ref(),
                    (&issued_digest, &grant, refresh_expires_at.as_secs()),
                )
            });
        }
        Ok(tokens)
    }

    /// The client an access token was issued to, while it is valid.
    pub fn token_owner(&self, access_token: &str) -> Option<String> {
        let now = self.clock.now();
        self.state()
            .access
            .get(access_token)
            .filter(|(_, expires)| *expires > now)
            .map(|(client, _)| client.to_string())
    }

    /// How many entries of each kind the service holds (clients, device
    /// authorizations, authorization codes, refresh tokens, access tokens),
    /// after forgetting what expired: for tests and monitoring.
    pub fn counts(&self) -> [usize; 5] {
        let state = self.state();
        [
            state.clients.len(),
            state.devices.len(),
            state.codes.len(),
            state.refresh.len(),
            state.access.len(),
        ]
    }
}

/// How many user codes are remembered at most: live ones, and those of
/// redeemed sign-ins (as used) until their grant would have been forgotten.
fn state_user_code_cap(limits: &Limits) -> usize {
    limits.device_authorizations.saturating_mul(2)
}

/// The scopes `client_id` registered with, for a grant that names none.
fn client_scopes(state: &State, client_id: &str) -> Vec<String> {
    state
        .clients
        .get(client_id)
        .map(|(client, _)| client.scopes.iter().map(|s| s.to_string()).collect())
        .unwrap_or_default()
}

fn check_scopes(client: &Client, scopes: &[String]) -> Result<(), Refusal> {
    match scopes.iter().find(|s| {
        !valid_scope(s) || !(client.scopes.is_empty() || client.scopes.iter().any(|c| **c == ***s))
    }) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_codes_are_normalized_as_a_person_types_them() {
        for typed in [
            "BCDF-GHJK",
            "bcdf-ghjk",
            "bcdfghjk",
            " BcDf GhJk ",
            "bc-df-gh-jk",
        ] {
            assert_eq!(normalize_user_code(typed), "BCDF-GHJK", "{typed:?}");
        }
        // Not eight letters: left as typed (trimmed, upper case), matching nothing.
        assert_eq!(normalize_user_code(" bcdf-ghj "), "BCDF-GHJ");
        assert_eq!(normalize_user_code("ÄBCDFGHJ"), "ÄBCDFGHJ");
    }

    #[test]
    fn debug_never_shows_a_secret() {
        let shown = [
            format!(
                "{:?}",
                Registration {
                    client_id: "client-1".into(),
                    client_secret: "SECRET-1".into(),
                    issued_at: 1,
                    expires_at: 2,
                }
            ),
            format!(
                "{:?}",
                Tokens {
                    access_token: "SECRET-2".into(),
                    refresh_token: "SECRET-3".into(),
                    expires_in: 3,
                }
            ),
            format!(
                "{:?}",
                TokenRequest {
                    client_id: "client-1".into(),
                    client_secret: Some("SECRET-4".into()),
                    device_code: Some("SECRET-5".into()),
                    code: Some("SECRET-6".into()),
                    refresh_token: Some("SECRET-7".into()),
                    code_verifier: Some("SECRET-8".into()),
                    ..TokenRequest::default()
                }
            ),
            format!(
                "{:?}",
                DeviceAuthorization {
                    device_code: "SECRET-9".into(),
                    user_code: "BCDF-GHJK".into(),
                    verification_uri: String::new(),
                    verification_uri_complete: String::new(),
                    expires_in: 600,
                    interval: 5,
                }
            ),
        ];
        for text in &shown {
            assert!(!text.contains("SECRET"), "{text}");
            assert!(text.contains(REDACTED), "{text}");
        }
        assert!(shown[0].contains("client-1") && shown[3].contains("BCDF-GHJK"));
    }
}
