//! The authorization code flow with PKCE (RFC 7636), as the AWS CLI v2 signs
//! in by default: the browser approves, then comes back to a listener on
//! 127.0.0.1 with a code that only this process can exchange, because only it
//! knows the verifier behind the code challenge.

use std::convert::Infallible;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use bytes::Bytes;
use http_body_util::Full;
use tokio::net::TcpListener;
use tokio::sync::{mpsc, Semaphore};
use tokio::task::JoinSet;

use crate::cache::CachedRegistration;
use crate::signin::{AccessToken, SignIn, AUTH_CODE_GRANT_TYPES};
use crate::Error;

/// The redirect URI a client is registered with: the loopback host without a
/// port, as the AWS CLI registers it (RFC 8252 lets the port vary at sign-in).
pub const REGISTERED_REDIRECT_URI: &str = "http://127.0.0.1/oauth/callback";
const CALLBACK_PATH: &str = "/oauth/callback";
/// Connections served at once by the callback listener; more wait to be accepted.
const MAX_CALLBACK_CONNECTIONS: usize = 8;
/// How long one connection to the listener may take.
const CONNECTION_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a connection may take to send its request head.
const HEADER_TIMEOUT: Duration = Duration::from_secs(2);

/// The loopback listener of the authorization code flow.
#[derive(Debug, Clone)]
pub struct CallbackOptions {
    /// The port to listen on; 0 (the default) takes any free one. Set a port
    /// to forward it over SSH (`ssh -L PORT:127.0.0.1:PORT`).
    pub port: u16,
    /// How long to wait for the browser to come back (10 minutes, as the AWS CLI).
    pub timeout: Duration,
}

impl Default for CallbackOptions {
    fn default() -> Self {
        CallbackOptions {
            port: 0,
            timeout: Duration::from_secs(600),
        }
    }
}

/// The secrets of one authorization: the verifier and the `state` echoed back.
pub(crate) struct Pkce {
    pub(crate) verifier: String,
    pub(crate) state: String,
}

impl Pkce {
    fn new() -> Result<Self, Error> {
        Ok(Pkce {
            // 64 random bytes: an 86-character verifier (RFC 7636 allows 43 to 128).
            verifier: random_url_safe::<64>()?,
            state: random_url_safe::<32>()?,
        })
    }

    /// The S256 challenge: base64url(SHA-256(verifier)), unpadded.
    pub(crate) fn challenge(&self) -> String {
        challenge(&self.verifier)
    }
}

/// The S256 code challenge of `verifier`.
pub fn challenge(verifier: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest.as_ref())
}

fn random_url_safe<const N: usize>() -> Result<String, Error> {
    let mut bytes = [0u8; N];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes).map_err(|_| {
        Error::Listener {
            address: "the system random number generator".into(),
            source: std::io::Error::other("no randomness for the PKCE verifier"),
        }
    })?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// An authorization code sign-in waiting for the browser: open
/// [`authorize_url`](Self::authorize_url), then [`finish`](Self::finish).
pub struct BrowserSignIn<'a> {
    signin: &'a SignIn,
    registration: CachedRegistration,
    pkce: Pkce,
    redirect_uri: String,
    authorize_url: String,
    listener: TcpListener,
    timeout: Duration,
}

impl std::fmt::Debug for BrowserSignIn<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The verifier is the secret of this sign-in; the URL holds only its hash.
        f.debug_struct("BrowserSignIn")
            .field("authorize_url", &self.authorize_url)
            .field("redirect_uri", &self.redirect_uri)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

/// What a callback to the listener says.
#[derive(Debug)]
enum Callback {
    Code(String),
    Refused {
        error: String,
        description: Option<String>,
    },
    StateMismatch,
}

impl<'a> BrowserSignIn<'a> {
    pub(crate) async fn start(
        signin: &'a SignIn,
        options: &CallbackOptions,
    ) -> Result<Self, Error> {
        // Bound before anything else, and before any browser opens: the
        // callback must find this process, not whatever takes the port later.
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, options.port));
        let listener = TcpListener::bind(address)
            .await
            .map_err(|source| Error::Listener {
                address: address.to_string(),
                source,
            })?;
        let port = listener
            .local_addr()
            .map_err(|source| Error::Listener {
                address: address.to_string(),
                source,
            })?
            .port();
        let registration = signin
            .registration(&AUTH_CODE_GRANT_TYPES, Some(REGISTERED_REDIRECT_URI))
            .await?;
        let pkce = Pkce::new()?;
        let redirect_uri = format!("http://127.0.0.1:{port}{CALLBACK_PATH}");
        let scopes = signin.session.registration_scopes().join(" ");
        let query = form_urlencoded::Serializer::new(String::new())
            .append_pair("response_type", "code")
            .append_pair("client_id", &registration.client_id)
            .append_pair("redirect_uri", &redirect_uri)
            .append_pair("state", &pkce.state)
            .append_pair("code_challenge_method", "S256")
            .append_pair("scopes", &scopes)
            .append_pair("code_challenge", &pkce.challenge())
            .finish();
        let authorize_url = format!("{}/authorize?{query}", oidc_endpoint(signin)?);
        Ok(BrowserSignIn {
            signin,
            registration,
            pkce,
            redirect_uri,
            authorize_url,
            listener,
            timeout: options.timeout,
        })
    }

    /// The URL to open in the browser.
    pub fn authorize_url(&self) -> &str {
        &self.authorize_url
    }

    /// The redirect URI the browser will come back to (the listener's port included).
    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// Waits for the browser to come back, then exchanges the code for a token
    /// and writes it to the cache. The first callback for this sign-in decides:
    /// a code is exchanged; a wrong `state` or an `error=` ends the sign-in with
    /// [`Error::StateMismatch`] or [`Error::Authorization`] (the browser is told
    /// too). Requests for other paths get a 404 and change nothing. Dropping
    /// the future closes the listener.
    pub async fn finish(self) -> Result<AccessToken, Error> {
        let (sender, mut receiver) = mpsc::channel(1);
        let expected_state: Arc<str> = Arc::from(self.pkce.state.as_str());
        let mut connections = JoinSet::new();
        let permits = Arc::new(Semaphore::new(MAX_CALLBACK_CONNECTIONS));
        let timeout = self.signin.clock.sleep(self.timeout);
        tokio::pin!(timeout);
        let callback = loop {
            tokio::select! {
                () = &mut timeout => return Err(Error::CallbackTimeout),
                Some(callback) = receiver.recv() => break callback,
                accepted = self.listener.accept() => {
                    let Ok((stream, _)) = accepted else { continue };
                    let Ok(permit) = Arc::clone(&permits).try_acquire_owned() else {
                        // A flood of connections: drop this one, keep serving the others.
                        continue;
                    };
                    let (sender, state) = (sender.clone(), Arc::clone(&expected_state));
                    connections.spawn(async move {
                        let _permit = permit;
                        let service = hyper::service::service_fn(move |request| {
                            let (sender, state) = (sender.clone(), Arc::clone(&state));
                            async move { Ok::<_, Infallible>(answer(&request, &state, &sender)) }
                        });
                        // A socket that sends no request head soon is closed, so
                        // idle connections cannot hold the slots the browser needs.
                        let connection = hyper::server::conn::http1::Builder::new()
                            .keep_alive(false)
                            .timer(hyper_util::rt::TokioTimer::new())
                            .header_read_timeout(HEADER_TIMEOUT)
                            .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
                        let _ = tokio::time::timeout(CONNECTION_TIMEOUT, connection).await;
                    });
                }
            }
        };
        // Let the browser's connection finish receiving its page, briefly.
        let _ = tokio::time::timeout(Duration::from_secs(1), async {
            while connections.join_next().await.is_some() {}
        })
        .await;
        drop(connections);
        self.redeem(callback).await
    }

    /// Finishes with the URL the browser was sent back to, pasted by the
    /// person: for a remote shell, where the browser cannot reach this
    /// machine's 127.0.0.1 and shows an error page at that URL.
    pub async fn finish_with_redirect(self, redirect_url: &str) -> Result<AccessToken, Error> {
        let url = redirect_url.trim();
        let (_, query) = url.split_once('?').ok_or_else(|| {
            Error::InvalidCallback("the URL has no query (`?code=…&state=…`)".into())
        })?;
        let query = query.split('#').next().unwrap_or_default();
        match read_callback(query, &self.pkce.state) {
            Some(callback) => self.redeem(callback).await,
            None => Err(Error::InvalidCallback(
                "the URL carries neither `code` nor `error`".into(),
            )),
        }
    }

    async fn redeem(self, callback: Callback) -> Result<AccessToken, Error> {
        let code = match callback {
            Callback::Code(code) => code,
            Callback::StateMismatch => return Err(Error::StateMismatch),
            Callback::Refused { error, description } => {
                return Err(Error::Authorization { error, description })
            }
        };
        let issued_at = self.signin.clock.now();
        let output = self
            .signin
            .client
            .create_token()
            .client_id(&self.registration.client_id)
            .client_secret(&self.registration.client_secret)
            .grant_type("authorization_code")
            .code(code)
            .redirect_uri(&self.redirect_uri)
            .code_verifier(&self.pkce.verifier)
            .send()
            .await
            .map_err(|e| Error::service("CreateToken", e))?;
        self.signin.complete(&self.registration, &output, issued_at)
    }
}

/// What a callback query says; `None` when it is not a callback at all.
fn read_callback(query: &str, expected_state: &str) -> Option<Callback> {
    let mut state = None;
    let mut code = None;
    let mut error = None;
    let mut description = None;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let slot = match &*key {
            "state" => &mut state,
            "code" => &mut code,
            "error" => &mut error,
            "error_description" => &mut description,
            _ => continue,
        };
        // A repeated parameter is ambiguous: the first one counts, as in most servers.
        slot.get_or_insert(value.into_owned());
    }
    if code.is_none() && error.is_none() {
        return None;
    }
    if state.as_deref() != Some(expected_state) {
        return Some(Callback::StateMismatch);
    }
    Some(match (error, code) {
        (Some(error), _) => Callback::Refused { error, description },
        (None, Some(code)) => Callback::Code(code),
        (None, None) => return None,
    })
}

/// The listener's answer to one request, reporting a decisive callback.
fn answer(
    request: &http::Request<hyper::body::Incoming>,
    expected_state: &str,
    report: &mpsc::Sender<Callback>,
) -> http::Response<Full<Bytes>> {
    if request.method() != http::Method::GET || request.uri().path() != CALLBACK_PATH {
        return page(
            http::StatusCode::NOT_FOUND,
            "Not found",
            "This is the sign-in callback: nothing here.",
        );
    }
    let Some(callback) = read_callback(request.uri().query().unwrap_or_default(), expected_state)
    else {
        return page(
            http::StatusCode::BAD_REQUEST,
            "Not a sign-in callback",
            "This address expects the sign-in's code or error.",
        );
    };
    let response = match &callback {
        Callback::Code(_) => page(
            http::StatusCode::OK,
            "Signed in",
            "The sign-in is approved. You can close this tab and return to the terminal.",
        ),
        Callback::Refused { error, .. } => page(
            http::StatusCode::OK,
            "Sign-in refused",
            &format!(
                "The sign-in was refused ({}). Return to the terminal.",
                escape(error)
            ),
        ),
        Callback::StateMismatch => page(
            http::StatusCode::BAD_REQUEST,
            "Sign-in refused",
            "This callback is not for the sign-in in progress, so it was refused. \
             Start the sign-in again from the terminal.",
        ),
    };
    // Only the first decisive callback is taken; later ones find the channel full or closed.
    let _ = report.try_send(callback);
    response
}

fn page(status: http::StatusCode, title: &str, message: &str) -> http::Response<Full<Bytes>> {
    let body = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title></head><body><h1>{title}</h1><p>{message}</p></body></html>"
    );
    let mut response = http::Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("no-store"),
    );
    headers.insert(
        "content-security-policy",
        http::HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
    );
    response
}

fn escape(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '&' => "&amp;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&#39;".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// The SSO OIDC endpoint the browser is sent to: the one the client's
/// configuration and the service's endpoint rules resolve (FIPS, dual-stack
/// and partitions included).
fn oidc_endpoint(signin: &SignIn) -> Result<String, Error> {
    signin
        .client
        .endpoint_url()
        .map(|url| url.trim_end_matches('/').to_owned())
        .map_err(|error| {
            Error::Config(crate::session::ConfigError::new(format!(
                "no SSO OIDC endpoint for region {}: {error}",
                signin.session.region()
            )))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_challenge_is_rfc_7636s_example() {
        // RFC 7636, appendix B.
        assert_eq!(
            challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn verifiers_are_long_enough_and_fresh() {
        let (a, b) = (Pkce::new().unwrap(), Pkce::new().unwrap());
        assert!(
            (43..=128).contains(&a.verifier.len()),
            "{}",
            a.verifier.len()
        );
        assert!(a
            .verifier
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        assert_ne!(a.verifier, b.verifier);
        assert_ne!(a.state, b.state);
    }

    #[test]
    fn callbacks_are_read_with_their_state_checked() {
        assert!(
            matches!(read_callback("code=c1&state=s", "s"), Some(Callback::Code(c)) if c == "c1")
        );
        assert!(matches!(
            read_callback("code=c1&state=x", "s"),
            Some(Callback::StateMismatch)
        ));
        assert!(matches!(
            read_callback("code=c1", "s"),
            Some(Callback::StateMismatch)
        ));
        assert!(matches!(
            read_callback("error=access_denied&error_description=no%20thanks&state=s", "s"),
            Some(Callback::Refused { error, description: Some(d) }) if error == "access_denied" && d == "no thanks"
        ));
        assert!(read_callback("state=s", "s").is_none());
        assert!(read_callback("", "s").is_none());
    }
}
