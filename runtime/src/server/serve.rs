//! Serving a dispatcher over HTTP/1.1 with hyper, with graceful shutdown.

use bytes::Bytes;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;

/// The body of every response a dispatcher writes: whole, in memory.
pub type ResponseBody = http_body_util::Full<Bytes>;

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

/// Accepts connections on `listener` and answers each request with
/// `dispatcher` until `shutdown` completes; then stops accepting, lets the
/// requests in flight finish, and returns.
///
/// A failed `accept` (out of file descriptors, say) is logged and retried
/// after a short pause rather than ending the server.
pub async fn serve<D: Dispatch>(
    listener: TcpListener,
    dispatcher: Arc<D>,
    shutdown: impl Future<Output = ()>,
) {
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let (stream, peer) = match accepted {
            Ok(pair) => pair,
            Err(error) => {
                tracing::warn!(%error, "accept failed; retrying");
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                continue;
            }
        };
        // Responses are small and written whole: do not let Nagle hold them back.
        let _ = stream.set_nodelay(true);
        let dispatcher = Arc::clone(&dispatcher);
        let service = hyper::service::service_fn(move |request| {
            let dispatcher = Arc::clone(&dispatcher);
            async move { Ok::<_, Infallible>(dispatcher.dispatch(request, peer).await) }
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, %peer, "connection ended with an error");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
}
