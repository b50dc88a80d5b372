//! The HTTP layer: a small trait the client sends requests through, and its
//! default implementation on hyper with connection pooling and rustls.
//!
//! An [`HttpClient`] hands back the response head and its body unread; the
//! runtime reads the body itself, so the limit on buffered bodies
//! ([`ConfigBuilder::max_response_body`](super::ConfigBuilder::max_response_body))
//! and the timeouts hold for every client, the hyper one, the test mock and yours.
//! A `@streaming` response payload is not buffered: it is handed to the caller
//! as a [`ByteStream`], past the limit and the timeouts (see
//! [`Handle::invoke_streaming`](super::Handle::invoke_streaming)).

use super::error::{ConnectorError, ConnectorErrorKind, ResponseBodyTooLarge};
use bytes::{Bytes, BytesMut};
use http_body_util::combinators::BoxBody;
use http_body_util::BodyExt;
use hyper::body::Body;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use crate::error::BoxError;
use crate::ByteStream;

/// The future an [`HttpClient`] returns: the response head, with its body still to read.
pub type HttpFuture =
    Pin<Box<dyn Future<Output = Result<http::Response<ResponseBody>, ConnectorError>> + Send>>;

/// Sends one HTTP request and returns the response as soon as its head has arrived.
///
/// The response body is returned unread, as a [`ResponseBody`]: the runtime reads it under
/// the configured limit and timeouts, so an implementation need not (and should
/// not) buffer it first.
pub trait HttpClient: Send + Sync {
    /// Sends `request`. Its body is most often bytes in memory
    /// ([`ByteStream::as_bytes`]); a `@streaming` payload is a stream to read
    /// as it is sent, once (the runtime retries only bodies it can replay).
    fn send(&self, request: http::Request<ByteStream>) -> HttpFuture;
}

/// A response body, not yet read: bytes already in memory, or a stream of frames.
pub struct ResponseBody(BodyKind);

enum BodyKind {
    Full(Bytes),
    // hyper's body is kept as it is, so the default client boxes nothing.
    Hyper(hyper::body::Incoming),
    Boxed(BoxBody<Bytes, BoxError>),
}

impl ResponseBody {
    /// A body already in memory.
    pub fn from_bytes(bytes: impl Into<Bytes>) -> Self {
        Self(BodyKind::Full(bytes.into()))
    }

    /// A body read frame by frame from any [`http_body::Body`](hyper::body::Body).
    pub fn from_body<B>(body: B) -> Self
    where
        B: Body<Data = Bytes> + Send + Sync + 'static,
        B::Error: Into<BoxError>,
    {
        Self(BodyKind::Boxed(BoxBody::new(body.map_err(Into::into))))
    }

    /// Reads the whole body, failing once more than `limit` bytes have arrived
    /// (an [`HttpClient`] that wraps another, to trace or record responses,
    /// reads them with this and hands them on with [`from_bytes`](Self::from_bytes)).
    pub async fn collect(self, limit: u64) -> Result<Bytes, BoxError> {
        self.read(limit, None).await.map_err(|error| match error {
            ReadError::TooLarge(too_large) => Box::new(too_large) as BoxError,
            ReadError::Stream(error) => error,
        })
    }

    /// The body's length when it is known before reading: bytes in memory, or
    /// a stream that announced it (hyper's body for a `Content-Length` response).
    pub(crate) fn exact_length(&self) -> Option<u64> {
        match &self.0 {
            BodyKind::Full(bytes) => Some(bytes.len() as u64),
            BodyKind::Hyper(body) => body.size_hint().exact(),
            BodyKind::Boxed(body) => body.size_hint().exact(),
        }
    }

    /// Reads the whole body, failing as soon as more than `limit` bytes have
    /// arrived, so no more than `limit` bytes (plus one frame) are ever held.
    /// `expected` (the announced `Content-Length`) sizes the buffer.
    pub(crate) async fn read(self, limit: u64, expected: Option<u64>) -> Result<Bytes, ReadError> {
        match self.0 {
            BodyKind::Full(bytes) if bytes.len() as u64 > limit => Err(ReadError::TooLarge(
                ResponseBodyTooLarge::new(limit, expected),
            )),
            BodyKind::Full(bytes) => Ok(bytes),
            BodyKind::Hyper(body) => read_limited(body, limit, expected).await,
            BodyKind::Boxed(body) => read_limited(body, limit, expected).await,
        }
    }
}

impl From<ResponseBody> for ByteStream {
    /// The body as a stream, unread.
    fn from(body: ResponseBody) -> Self {
        match body.0 {
            BodyKind::Full(bytes) => ByteStream::new(bytes),
            BodyKind::Hyper(body) => ByteStream::from_body(body),
            BodyKind::Boxed(body) => ByteStream::from_body(body),
        }
    }
}

impl fmt::Debug for ResponseBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the bytes: a body can hold tokens.
        match &self.0 {
            BodyKind::Full(bytes) => write!(f, "ResponseBody({} bytes)", bytes.len()),
            BodyKind::Hyper(_) | BodyKind::Boxed(_) => f.write_str("ResponseBody(stream)"),
        }
    }
}

impl From<Bytes> for ResponseBody {
    fn from(bytes: Bytes) -> Self {
        Self::from_bytes(bytes)
    }
}

/// Why a body could not be read.
#[derive(Debug)]
pub(crate) enum ReadError {
    /// More than the limit arrived.
    TooLarge(ResponseBodyTooLarge),
    /// The stream failed (reset, truncated, a timeout below us).
    Stream(BoxError),
}

async fn read_limited<B>(body: B, limit: u64, expected: Option<u64>) -> Result<Bytes, ReadError>
where
    B: Body<Data = Bytes>,
    B::Error: Into<BoxError>,
{
    let mut body = std::pin::pin!(body);
    // Most responses arrive in one frame: that frame is returned as it is, and
    // a buffer is only made (sized by Content-Length when known) for a second one.
    let mut first: Option<Bytes> = None;
    let mut joined: Option<BytesMut> = None;
    let mut received: u64 = 0;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| ReadError::Stream(e.into()))?;
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        received = received.saturating_add(data.len() as u64);
        if received > limit {
            return Err(ReadError::TooLarge(ResponseBodyTooLarge::new(
                limit, expected,
            )));
        }
        match (&mut joined, first.take()) {
            (Some(buffer), _) => buffer.extend_from_slice(&data),
            (None, None) => first = Some(data),
            (None, Some(previous)) => {
                let capacity = expected
                    .filter(|&n| n <= limit)
                    .map_or(received, |n| n.max(received));
                let mut buffer = BytesMut::with_capacity(capacity as usize);
                buffer.extend_from_slice(&previous);
                buffer.extend_from_slice(&data);
                joined = Some(buffer);
            }
        }
    }
    Ok(match joined {
        Some(buffer) => buffer.freeze(),
        None => first.unwrap_or_default(),
    })
}

/// An HTTP client shared by every clone of a service client.
pub type SharedHttpClient = Arc<dyn HttpClient>;

/// hyper 1 with a connection pool, HTTPS through rustls and plain HTTP for local endpoints.
#[derive(Clone)]
pub struct HyperClient {
    inner:
        hyper_util::client::legacy::Client<hyper_rustls::HttpsConnector<HttpConnector>, ByteStream>,
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
    fn send(&self, request: http::Request<ByteStream>) -> HttpFuture {
        // hyper-util's future already owns what it needs, so the client is not cloned here.
        let response = self.inner.request(request);
        Box::pin(async move {
            let response = response.await.map_err(|error| {
                let kind = if timed_out(&error) {
                    ConnectorErrorKind::Timeout
                } else {
                    ConnectorErrorKind::Io
                };
                ConnectorError::new(kind, error)
            })?;
            Ok(response.map(|body| ResponseBody(BodyKind::Hyper(body))))
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

#[cfg(test)]
mod tests {
    use super::*;
    use hyper::body::Frame;
    use std::collections::VecDeque;
    use std::task::{Context, Poll};

    /// A body made of the given frames, then an error if `fail`.
    struct Frames {
        frames: VecDeque<&'static str>,
        fail: bool,
    }

    impl Body for Frames {
        type Data = Bytes;
        type Error = std::io::Error;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
            Poll::Ready(match self.frames.pop_front() {
                Some(text) => Some(Ok(Frame::data(Bytes::from_static(text.as_bytes())))),
                None if self.fail => Some(Err(std::io::Error::other("reset"))),
                None => None,
            })
        }
    }

    fn frames(frames: &[&'static str], fail: bool) -> ResponseBody {
        ResponseBody::from_body(Frames {
            frames: frames.iter().copied().collect(),
            fail,
        })
    }

    #[tokio::test]
    async fn bodies_are_read_up_to_the_limit_and_not_a_byte_more() {
        let read = frames(&["abc", "de", "f"], false).read(6, None).await;
        assert_eq!(read.expect("at the limit"), "abcdef");
        let read = frames(&["abc", "de", "f"], false).read(6, Some(6)).await;
        assert_eq!(read.expect("sized by its length"), "abcdef");
        let read = frames(&["abcdef"], false).read(6, None).await;
        assert_eq!(read.expect("one frame"), "abcdef");
        assert_eq!(frames(&[], false).read(0, None).await.expect("empty"), "");
        match frames(&["abc", "de", "f"], false).read(5, Some(4)).await {
            Err(ReadError::TooLarge(error)) => {
                assert_eq!(error, ResponseBodyTooLarge::new(5, Some(4)));
                assert_eq!(
                    error.to_string(),
                    "response body exceeds the limit of 5 bytes (Content-Length: 4)"
                );
            }
            other => panic!("expected too large, got {other:?}"),
        }
        match ResponseBody::from_bytes("abcdef").read(5, None).await {
            Err(ReadError::TooLarge(error)) => {
                assert_eq!(
                    error.to_string(),
                    "response body exceeds the limit of 5 bytes"
                );
            }
            other => panic!("expected too large, got {other:?}"),
        }
        let read = ResponseBody::from_bytes("abcdef").read(6, None).await;
        assert_eq!(read.expect("at the limit"), "abcdef");
    }

    #[tokio::test]
    async fn a_failing_stream_is_a_stream_error() {
        match frames(&["abc"], true).read(100, None).await {
            Err(ReadError::Stream(error)) => assert_eq!(error.to_string(), "reset"),
            other => panic!("expected a stream error, got {other:?}"),
        }
    }

    #[test]
    fn bodies_debug_as_their_length_only() {
        let body = ResponseBody::from_bytes("secret-token");
        assert_eq!(format!("{body:?}"), "ResponseBody(12 bytes)");
        assert_eq!(
            format!("{:?}", frames(&["secret"], false)),
            "ResponseBody(stream)"
        );
    }
}
