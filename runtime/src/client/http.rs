//! The HTTP layer: a small trait the client sends requests through, and its
//! default implementation on hyper with connection pooling and rustls.

use super::error::{ConnectorError, ConnectorErrorKind};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

/// The future an [`HttpClient`] returns.
pub type HttpFuture =
    Pin<Box<dyn Future<Output = Result<http::Response<Bytes>, ConnectorError>> + Send>>;

/// Sends one HTTP request and reads the whole response.
pub trait HttpClient: Send + Sync {
    /// Sends `request`.
    fn send(&self, request: http::Request<Bytes>) -> HttpFuture;
}

/// An HTTP client shared by every clone of a service client.
pub type SharedHttpClient = Arc<dyn HttpClient>;

/// hyper 1 with a connection pool, HTTPS through rustls and plain HTTP for local endpoints.
#[derive(Clone)]
pub struct HyperClient {
    inner: hyper_util::client::legacy::Client<
        hyper_rustls::HttpsConnector<HttpConnector>,
        Full<Bytes>,
    >,
}

impl fmt::Debug for HyperClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("HyperClient")
    }
}

impl HyperClient {
    /// A client trusting the platform's roots (feature `native-roots`, the default)
    /// or the bundled Mozilla roots (feature `webpki-roots`).
    pub fn new(connect_timeout: Option<Duration>) -> Self {
        Self::with_roots(default_roots(), connect_timeout)
    }

    /// A client trusting exactly `roots` (a private CA, a test certificate).
    pub fn with_roots(roots: rustls::RootCertStore, connect_timeout: Option<Duration>) -> Self {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        // The ring provider supports the default protocol versions, so this cannot fail;
        // should it ever, fall back to a client with no TLS roots rather than panic.
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map(|builder| builder.with_root_certificates(roots).with_no_client_auth())
            .unwrap_or_else(|_| {
                rustls::ClientConfig::builder()
                    .with_root_certificates(rustls::RootCertStore::empty())
                    .with_no_client_auth()
            });
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_connect_timeout(connect_timeout);
        http.set_nodelay(true);
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .wrap_connector(http);
        let inner = hyper_util::client::legacy::Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(90))
            .build(https);
        Self { inner }
    }
}

impl HttpClient for HyperClient {
    fn send(&self, request: http::Request<Bytes>) -> HttpFuture {
        // hyper-util's future already owns what it needs, so the client is not cloned here.
        let response = self.inner.request(request.map(Full::new));
        Box::pin(async move {
            let response = response.await.map_err(|error| {
                let kind = if timed_out(&error) {
                    ConnectorErrorKind::Timeout
                } else {
                    ConnectorErrorKind::Io
                };
                ConnectorError::new(kind, error)
            })?;
            let (parts, body) = response.into_parts();
            let body = body
                .collect()
                .await
                .map_err(|e| ConnectorError::new(ConnectorErrorKind::Io, e))?
                .to_bytes();
            Ok(http::Response::from_parts(parts, body))
        })
    }
}

/// Whether an I/O timeout (the connect timeout) is somewhere in `error`'s causes.
fn timed_out(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(error);
    while let Some(error) = current {
        if error
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::TimedOut)
        {
            return true;
        }
        current = error.source();
    }
    false
}

/// The roots the cargo features select. Certificates the platform store holds but
/// rustls cannot parse are skipped rather than failing the whole client.
fn default_roots() -> rustls::RootCertStore {
    // With neither feature (a server-only build) the store stays empty, and
    // HTTPS calls fail certificate checks rather than trusting anything.
    let roots = rustls::RootCertStore::empty();
    #[cfg(feature = "native-roots")]
    let roots = {
        let mut roots = roots;
        let found = rustls_native_certs::load_native_certs();
        roots.add_parsable_certificates(found.certs);
        roots
    };
    #[cfg(all(feature = "webpki-roots", not(feature = "native-roots")))]
    let roots = {
        let mut roots = roots;
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        roots
    };
    roots
}
