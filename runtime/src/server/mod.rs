//! The server side shared by generated crates: what an emitted operation
//! dispatcher calls to route a request, read and check its body, validate the
//! input and write responses, and a [`serve`] loop for hyper.
//!
//! Behind the `server` feature so clients do not compile any of it.

mod body;
mod framework;
mod routing;
mod serve;
mod trace;
mod validate;

pub use body::{
    check_content_type, check_media_type, decode_content, read_body, DEFAULT_BODY_LIMIT,
};
pub use framework::{with_headers, FrameworkError, ValidationField, Wire};
pub use routing::{route, route_target, RequestParts, Route, Segment};
pub use serve::{serve, serve_with, Dispatch, ResponseBody, ServeLimits};
pub use trace::traced;
pub use validate::{Pattern, Validation};

/// The body and byte types emitted dispatchers are written against.
pub use bytes::Bytes;
pub use hyper::body::{Body, Incoming};

use std::net::SocketAddr;

/// What a handler may want to know about the request beyond its input: who
/// sent it and with which headers.
#[derive(Debug, Clone, Default)]
pub struct RequestContext {
    peer: Option<SocketAddr>,
    headers: http::HeaderMap,
}

impl RequestContext {
    /// A context for a request from `peer` (when known) with `headers`.
    pub fn new(peer: Option<SocketAddr>, headers: http::HeaderMap) -> Self {
        Self { peer, headers }
    }

    /// The address of the connection the request came on, when served over TCP.
    pub fn peer(&self) -> Option<SocketAddr> {
        self.peer
    }

    /// The request headers.
    pub fn headers(&self) -> &http::HeaderMap {
        &self.headers
    }

    /// The value of header `name`, when present and text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}
