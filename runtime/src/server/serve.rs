//! Serving a dispatcher over HTTP/1.1 with hyper: graceful shutdown, and the
//! limits that keep one peer (or a thousand) from taking the server down.
//!
//! Every connection is watched. It may sit with no request in flight for
//! [`ServeLimits::idle_timeout`], and once the first byte of a request has
//! arrived, the head must be complete within
//! [`ServeLimits::header_read_timeout`]; a request (its body read included) is
//! answered within [`ServeLimits::request_timeout`] or gets a `408`. A
//! `@streaming` input is read by the handler, so within that timeout too; a
//! `@streaming` output is written after the handler has answered, for as long
//! as its bytes keep moving: a peer that stops reading it is closed once
//! [`ServeLimits::idle_timeout`] passes with nothing written. At most
//! [`ServeLimits::max_connections`] are open at once: when a new peer arrives
//! at the cap, or the process runs out of file descriptors, the connection
//! that has been idle longest is closed to make room; when every connection
//! is busy, new peers wait in the listen backlog until one finishes.

use bytes::Bytes;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, Semaphore};
use tokio::time::Instant;

/// The body of every response a dispatcher writes: bytes in memory, or the
/// stream of a `@streaming` output payload, written as it is read.
pub type ResponseBody = crate::ByteStream;

/// Something that answers HTTP requests: an emitted dispatcher, or a service
/// that adds routes of its own in front of one.
pub trait Dispatch: Send + Sync + 'static {
    /// Answers `request`, which came from `peer`.
    fn dispatch(
        &self,
        request: http::Request<Incoming>,
        peer: SocketAddr,
    ) -> impl Future<Output = http::Response<ResponseBody>> + Send;
}

/// How much a server gives its peers: connections, and time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeLimits {
    max_connections: usize,
    header_read_timeout: Duration,
    idle_timeout: Duration,
    request_timeout: Duration,
}

impl Default for ServeLimits {
    /// 512 connections; 10 s to send a request head; 60 s idle; 30 s per request.
    ///
    /// 512 leaves room under the common soft limit of 1,024 file descriptors
    /// for the listener, a database and the files a handler opens. Ten seconds
    /// is long for a head (a few hundred bytes) even on a poor link; 60 s idle
    /// outlives the pause between polls of a device sign-in (5 s) many times;
    /// 30 s per request is what the generated client waits per attempt.
    fn default() -> Self {
        Self {
            max_connections: 512,
            header_read_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            request_timeout: Duration::from_secs(30),
        }
    }
}

impl ServeLimits {
    /// The most connections open at once (at least 1).
    pub fn with_max_connections(mut self, max: usize) -> Self {
        self.max_connections = max.max(1);
        self
    }

    /// How long a request head may take, from its first byte to its last.
    pub fn with_header_read_timeout(mut self, timeout: Duration) -> Self {
        self.header_read_timeout = timeout;
        self
    }

    /// How long a connection may stay open with no request arriving or in
    /// flight (a kept-alive connection between requests, or a peer that does
    /// not read its answer).
    pub fn with_idle_timeout(mut self, timeout: Duration) -> Self {
        self.idle_timeout = timeout;
        self
    }

    /// How long one request may take, reading its body included, before it is
    /// answered with `408 Request Timeout` and its connection closed.
    pub fn with_request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// The most connections open at once.
    pub fn max_connections(&self) -> usize {
        self.max_connections
    }

    /// The request head timeout.
    pub fn header_read_timeout(&self) -> Duration {
        self.header_read_timeout
    }

    /// The idle timeout.
    pub fn idle_timeout(&self) -> Duration {
        self.idle_timeout
    }

    /// The per-request timeout.
    pub fn request_timeout(&self) -> Duration {
        self.request_timeout
    }
}

/// Accepts connections on `listener` and answers each request with
/// `dispatcher` under the default [`ServeLimits`] until `shutdown` completes;
/// then stops accepting, lets the requests in flight finish, and returns.
pub async fn serve<D: Dispatch>(
    listener: TcpListener,
    dispatcher: Arc<D>,
    shutdown: impl Future<Output = ()>,
) {
    serve_with(listener, dispatcher, ServeLimits::default(), shutdown).await;
}

/// [`serve`] with the given `limits`.
///
/// A failed `accept` (out of file descriptors, say) never ends the server: the
/// longest-idle connection is closed to free a descriptor and accepting
/// resumes after a pause that doubles, up to a second, while failures last.
pub async fn serve_with<D: Dispatch>(
    listener: TcpListener,
    dispatcher: Arc<D>,
    limits: ServeLimits,
    shutdown: impl Future<Output = ()>,
) {
    let graceful = GracefulShutdown::new();
    let registry = Arc::new(Registry::default());
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let limits = Arc::new(limits);
    let mut shutdown = std::pin::pin!(shutdown);
    let mut backoff = ACCEPT_BACKOFF_MIN;
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let (stream, peer) = match accepted {
            Ok(pair) => {
                backoff = ACCEPT_BACKOFF_MIN;
                pair
            }
            Err(error) => {
                let evicted = registry.evict_longest_idle();
                tracing::warn!(%error, evicted, ?backoff, "accept failed; retrying");
                tokio::select! {
                    () = tokio::time::sleep(backoff) => {}
                    () = &mut shutdown => break,
                }
                backoff = (backoff * 2).min(ACCEPT_BACKOFF_MAX);
                continue;
            }
        };
        let permit = match Arc::clone(&permits).try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                // At the cap: make room by closing the longest-idle connection;
                // when all are busy, wait for one to end (new peers queue in
                // the backlog meanwhile).
                registry.evict_longest_idle();
                tokio::select! {
                    permit = Arc::clone(&permits).acquire_owned() => match permit {
                        Ok(permit) => permit,
                        Err(_) => break,
                    },
                    () = &mut shutdown => break,
                }
            }
        };
        // Most responses are small and written whole: do not let Nagle hold them back.
        let _ = stream.set_nodelay(true);
        let watch = registry.add();
        let io = TokioIo::new(Watched {
            stream,
            watch: Arc::clone(&watch),
        });
        let service = {
            let dispatcher = Arc::clone(&dispatcher);
            let watch = Arc::clone(&watch);
            let limit = limits.request_timeout;
            hyper::service::service_fn(move |request| {
                let dispatcher = Arc::clone(&dispatcher);
                let in_flight = watch.start_request();
                async move {
                    let answer =
                        tokio::time::timeout(limit, dispatcher.dispatch(request, peer)).await;
                    drop(in_flight);
                    Ok::<_, Infallible>(answer.unwrap_or_else(|_| request_timed_out(limit)))
                }
            })
        };
        let connection = hyper::server::conn::http1::Builder::new()
            // hyper buffers up to ~400 KiB of request head per connection by
            // default: 200 MiB across 512 slow peers. Heads here are small.
            .max_buf_size(READ_BUFFER_LIMIT)
            .serve_connection(io, service);
        let connection = graceful.watch(connection);
        let registry = Arc::clone(&registry);
        let limits = Arc::clone(&limits);
        tokio::spawn(async move {
            tokio::select! {
                result = connection => {
                    if let Err(error) = result {
                        tracing::debug!(%error, %peer, "connection ended with an error");
                    }
                }
                reason = watch.expired(&limits) => {
                    tracing::debug!(%peer, reason, "connection closed");
                }
            }
            registry.remove(watch.id);
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
}

/// The most a connection buffers while reading (a request head must fit).
const READ_BUFFER_LIMIT: usize = 64 * 1024;

const ACCEPT_BACKOFF_MIN: Duration = Duration::from_millis(10);
const ACCEPT_BACKOFF_MAX: Duration = Duration::from_secs(1);

/// `408 Request Timeout`, closing the connection: the peer was too slow
/// sending its body, or the handler too slow answering.
fn request_timed_out(limit: Duration) -> http::Response<ResponseBody> {
    let body = format!(
        "{{\"message\":\"the request was not completed within {} s\"}}",
        limit.as_secs()
    );
    let mut response = http::Response::new(ResponseBody::new(Bytes::from(body)));
    *response.status_mut() = http::StatusCode::REQUEST_TIMEOUT;
    let headers = response.headers_mut();
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    headers.insert(
        http::header::CONNECTION,
        http::HeaderValue::from_static("close"),
    );
    headers.insert(
        "x-amzn-errortype",
        http::HeaderValue::from_static("RequestTimeoutException"),
    );
    response
}

/// What the accept loop and a connection's watchdog know of a connection.
#[derive(Debug)]
struct Watch {
    id: u64,
    /// Requests being answered on it.
    in_flight: AtomicU32,
    /// When it last became idle (accepted, or a request answered), in
    /// milliseconds since `epoch`.
    idle_since: AtomicU64,
    /// When the first byte arrived while idle (a request head begun), in
    /// milliseconds since `epoch` plus one; 0 for none.
    head_started: AtomicU64,
    epoch: Instant,
    /// Woken to close the connection to make room for another.
    evict: Notify,
    /// Woken when a request head begins, so the watchdog moves from the idle
    /// deadline to the (shorter) header-read one.
    head_begun: Notify,
    /// Chosen for eviction already: not to be chosen again.
    evicted: AtomicBool,
}

impl Watch {
    fn millis(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    fn at(&self, millis: u64) -> Instant {
        self.epoch + Duration::from_millis(millis)
    }

    fn start_request(self: &Arc<Self>) -> InFlight {
        self.in_flight.fetch_add(1, Ordering::AcqRel);
        self.head_started.store(0, Ordering::Release);
        InFlight(Arc::clone(self))
    }

    fn saw_bytes(&self) {
        if self.in_flight.load(Ordering::Acquire) == 0
            && self.head_started.load(Ordering::Acquire) == 0
        {
            self.head_started
                .store(self.millis() + 1, Ordering::Release);
            self.head_begun.notify_one();
        }
    }

    /// Bytes written with no request in flight are a response body still
    /// streaming out (a `@streaming` output): the connection is not idle.
    fn wrote(&self, polled: &Poll<io::Result<usize>>) {
        if matches!(polled, Poll::Ready(Ok(n)) if *n > 0)
            && self.in_flight.load(Ordering::Acquire) == 0
        {
            self.idle_since.store(self.millis(), Ordering::Release);
        }
    }

    /// Completes when the connection should be closed, saying why.
    async fn expired(&self, limits: &ServeLimits) -> &'static str {
        loop {
            let deadline = match self.deadline(limits) {
                Some((deadline, _)) => deadline,
                // A request is bounded by the request timeout; look again then.
                None => Instant::now() + limits.request_timeout,
            };
            tokio::select! {
                () = tokio::time::sleep_until(deadline) => {}
                () = self.head_begun.notified() => continue,
                () = self.evict.notified() => {
                    // Chosen while idle; a request may have begun since.
                    if self.in_flight.load(Ordering::Acquire) == 0 {
                        return "closed to make room for a new connection";
                    }
                    self.evicted.store(false, Ordering::Release);
                }
            }
            // Activity may have moved the deadline while this slept.
            if let Some((deadline, reason)) = self.deadline(limits) {
                if Instant::now() >= deadline {
                    return reason;
                }
            }
        }
    }

    /// When the connection is to be closed if nothing happens, and why; `None`
    /// while a request is in flight.
    fn deadline(&self, limits: &ServeLimits) -> Option<(Instant, &'static str)> {
        if self.in_flight.load(Ordering::Acquire) > 0 {
            return None;
        }
        Some(match self.head_started.load(Ordering::Acquire) {
            0 => (
                self.at(self.idle_since.load(Ordering::Acquire)) + limits.idle_timeout,
                "idle",
            ),
            started => (
                self.at(started - 1) + limits.header_read_timeout,
                "request head not received in time",
            ),
        })
    }
}

/// A request in flight on a connection; the connection is idle again when
/// the last one is dropped.
struct InFlight(Arc<Watch>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.idle_since.store(self.0.millis(), Ordering::Release);
        self.0.in_flight.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The open connections, so the accept loop can close an idle one.
#[derive(Debug, Default)]
struct Registry {
    next_id: AtomicU64,
    open: Mutex<HashMap<u64, Arc<Watch>>>,
}

impl Registry {
    fn open(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Arc<Watch>>> {
        // The map holds no invariant a panic could break; keep serving.
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn add(&self) -> Arc<Watch> {
        let epoch = Instant::now();
        let watch = Arc::new(Watch {
            id: self.next_id.fetch_add(1, Ordering::Relaxed),
            in_flight: AtomicU32::new(0),
            idle_since: AtomicU64::new(0),
            head_started: AtomicU64::new(0),
            epoch,
            evict: Notify::new(),
            head_begun: Notify::new(),
            evicted: AtomicBool::new(false),
        });
        self.open().insert(watch.id, Arc::clone(&watch));
        watch
    }

    fn remove(&self, id: u64) {
        self.open().remove(&id);
    }

    /// Closes the connection idle longest, if any is idle; says whether one was.
    /// A scan of the open connections, done only at the cap or out of
    /// descriptors, where it costs far less than the refusal it avoids.
    fn evict_longest_idle(&self) -> bool {
        let open = self.open();
        let victim = open
            .values()
            .filter(|w| {
                w.in_flight.load(Ordering::Acquire) == 0 && !w.evicted.load(Ordering::Acquire)
            })
            .min_by_key(|w| w.at(w.idle_since.load(Ordering::Acquire)));
        match victim {
            Some(watch) => {
                // notify_one keeps the wake-up if the watchdog is not waiting yet.
                watch.evicted.store(true, Ordering::Release);
                watch.evict.notify_one();
                true
            }
            None => false,
        }
    }
}

/// A TCP stream that tells its [`Watch`] when bytes arrive or leave.
struct Watched {
    stream: TcpStream,
    watch: Arc<Watch>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.stream).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.watch.saw_bytes();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write(cx, buf);
        self.watch.wrote(&polled);
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write_vectored(cx, bufs);
        self.watch.wrote(&polled);
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}
