//! A local AWS SSO OIDC (IAM Identity Center OIDC) service for development and
//! tests, in the spirit of moto and LocalStack: the four operations on the
//! generated dispatcher, with the rules of the real service, plus the pages a
//! person uses to approve a sign-in.
//!
//! - `RegisterClient` issues a client id and secret valid for 90 days
//!   (`clientType` must be `public`; grant types and redirect URIs are checked).
//! - `StartDeviceAuthorization` issues a device code and a user code
//!   (`XXXX-XXXX`, unambiguous letters) and points at `/device`.
//! - `CreateToken` implements the device code grant (pending until approved,
//!   `SlowDownException` when polled faster than the interval, expiry, denial),
//!   the authorization code grant with PKCE S256 (codes from `/authorize`,
//!   single use, redirect URI checked, loopback ports ignored as RFC 8252 asks),
//!   and the refresh token grant (refresh tokens rotate).
//! - `CreateTokenWithIAM` requires a SigV4 `Authorization` header (it cannot
//!   verify it against IAM) and supports the authorization code and refresh
//!   token grants.
//!
//! ```no_run
//! # async fn example() -> std::io::Result<()> {
//! let service = sso_oidc_local::LocalService::builder().start("127.0.0.1:0").await?;
//! println!("endpoint: {}", service.url());
//! // Point any SSO OIDC client at service.url(); approve with
//! // service.oidc().decide(user_code, true) or on service.url() + "/device".
//! service.shutdown().await;
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod clock;
mod expiring;
mod handler;
pub mod oidc;
mod pages;
pub mod redirect;
pub mod store;

pub use clock::{Clock, CodeSource, ManualClock, RandomCodes, SequentialCodes, SystemClock};
pub use oidc::{normalize_user_code, CodeProblem, Limits, Oidc, PendingSignIn, Settings};
pub use pages::RequestBody;
pub use store::{Store, StoreError};

pub use sdk_runtime::server::ServeLimits;

use sdk_runtime::server::{Dispatch, Incoming, ResponseBody};
use sso_oidc::server::Dispatcher;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// The whole service: the pages in front of the generated dispatcher.
#[derive(Debug, Clone)]
pub struct LocalService {
    oidc: Oidc,
    dispatcher: Dispatcher<Oidc>,
}

impl LocalService {
    /// Starts configuring a service.
    pub fn builder() -> LocalServiceBuilder {
        LocalServiceBuilder::default()
    }

    /// A service over `oidc`.
    pub fn new(oidc: Oidc) -> Self {
        Self {
            dispatcher: Dispatcher::new(oidc.clone()),
            oidc,
        }
    }

    /// The rules and state, for approving sign-ins from code.
    pub fn oidc(&self) -> &Oidc {
        &self.oidc
    }
}

impl LocalService {
    /// Answers one request from `peer` (when known): the pages, else the
    /// generated dispatcher. Any body type, so tests and fuzzing need no socket.
    pub async fn handle(
        &self,
        request: http::Request<impl RequestBody>,
        peer: Option<SocketAddr>,
    ) -> http::Response<ResponseBody> {
        match (request.method(), request.uri().path()) {
            (_, "/device") => pages::device(&self.oidc, request).await,
            (_, "/authorize") => pages::authorize(&self.oidc, request).await,
            (&http::Method::GET, pages::STYLESHEET_PATH) => pages::stylesheet(),
            (&http::Method::POST, "/_local/approve") => {
                pages::approve_api(&self.oidc, request).await
            }
            _ => self.dispatcher.handle(request, peer).await,
        }
    }
}

impl Dispatch for LocalService {
    async fn dispatch(
        &self,
        request: http::Request<Incoming>,
        peer: SocketAddr,
    ) -> http::Response<ResponseBody> {
        self.handle(request, Some(peer)).await
    }
}

/// Configures a [`LocalService`]; every setting has the real service's default.
#[derive(Default)]
pub struct LocalServiceBuilder {
    settings: Settings,
    clock: Option<Arc<dyn Clock>>,
    codes: Option<Arc<dyn CodeSource>>,
    store: Option<Store>,
    serve_limits: ServeLimits,
}

impl LocalServiceBuilder {
    /// How much state the service keeps at most ([`Limits`]).
    pub fn limits(mut self, limits: Limits) -> Self {
        self.settings.limits = limits;
        self
    }

    /// Connection limits and timeouts of the HTTP server ([`ServeLimits`]'s
    /// defaults otherwise).
    pub fn serve_limits(mut self, limits: ServeLimits) -> Self {
        self.serve_limits = limits;
        self
    }

    /// The polling interval device flows ask for (5 s by default; 0 turns off `SlowDownException`).
    pub fn interval(mut self, interval: Duration) -> Self {
        self.settings.interval = interval;
        self
    }

    /// How long device codes last (600 s by default).
    pub fn device_code_lifetime(mut self, lifetime: Duration) -> Self {
        self.settings.device_code_lifetime = lifetime;
        self
    }

    /// Where time comes from (the system clock by default).
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = Some(clock);
        self
    }

    /// Where codes and tokens come from (the system's secure random source by default).
    pub fn codes(mut self, codes: Arc<dyn CodeSource>) -> Self {
        self.codes = Some(codes);
        self
    }

    /// Keeps registrations and refresh tokens in `store` across restarts
    /// (in memory only by default).
    pub fn store(mut self, store: Store) -> Self {
        self.store = Some(store);
        self
    }

    /// The service, answering as if at `base_url` (used in the URLs it hands
    /// out); fails only when the store cannot be read.
    pub fn build(mut self, base_url: &str) -> Result<LocalService, StoreError> {
        self.settings.base_url = base_url.trim_end_matches('/').to_owned();
        let clock = self.clock.unwrap_or_else(|| Arc::new(SystemClock));
        let codes = self
            .codes
            .unwrap_or_else(|| Arc::new(RandomCodes::default()));
        let oidc = match self.store {
            Some(store) => Oidc::with_store(self.settings, clock, codes, store)?,
            None => Oidc::new(self.settings, clock, codes),
        };
        Ok(LocalService::new(oidc))
    }

    /// Binds `address` (port 0 picks a free one) and serves in the background.
    pub async fn start(self, address: &str) -> std::io::Result<RunningService> {
        let listener = tokio::net::TcpListener::bind(address).await?;
        let local = listener.local_addr()?;
        let url = format!("http://{local}");
        let serve_limits = self.serve_limits.clone();
        let service = Arc::new(self.build(&url).map_err(std::io::Error::other)?);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(sdk_runtime::server::serve_with(
            listener,
            Arc::clone(&service),
            serve_limits,
            async move {
                let _ = stopped.await;
            },
        ));
        Ok(RunningService {
            url,
            address: local,
            service,
            stop,
            task,
        })
    }
}

/// A service serving on a local port until [`shutdown`](Self::shutdown).
#[derive(Debug)]
pub struct RunningService {
    url: String,
    address: SocketAddr,
    service: Arc<LocalService>,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl RunningService {
    /// The endpoint URL (`http://127.0.0.1:PORT`).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address it listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The rules and state, for approving sign-ins from code.
    pub fn oidc(&self) -> &Oidc {
        self.service.oidc()
    }

    /// Stops accepting, lets requests in flight finish, and returns.
    pub async fn shutdown(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }
}
