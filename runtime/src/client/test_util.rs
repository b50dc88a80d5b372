//! A scripted HTTP client for tests: it never touches the network, answers
//! each request with the next scripted reply, and records what it was sent.
//! Its replies are read like any others, under the configured body limit.

use super::error::{ConnectorError, ConnectorErrorKind};
use super::http::{HttpClient, HttpFuture, ResponseBody};
use crate::ByteStream;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, PoisonError};

/// One scripted reply.
#[derive(Debug, Clone)]
pub enum MockReply {
    /// A response with a status, headers and a body.
    Response {
        /// The status code.
        status: u16,
        /// The headers.
        headers: Vec<(String, String)>,
        /// The body.
        body: String,
    },
    /// A failed connection.
    ConnectionError,
}

impl MockReply {
    /// A JSON response with `status` and `body`.
    pub fn json(status: u16, body: impl Into<String>) -> Self {
        MockReply::Response {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.into(),
        }
    }

    /// A restJson1 error response with `X-Amzn-Errortype: code`.
    pub fn error(status: u16, code: &str, body: impl Into<String>) -> Self {
        MockReply::Response {
            status,
            headers: vec![
                ("content-type".into(), "application/json".into()),
                ("x-amzn-errortype".into(), code.into()),
            ],
            body: body.into(),
        }
    }
}

/// A request the mock received.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    /// The method.
    pub method: http::Method,
    /// The full URI.
    pub uri: String,
    /// The headers.
    pub headers: http::HeaderMap,
    /// The body as text.
    pub body: String,
}

/// Replays a script of replies; clones share the script and the record.
#[derive(Debug, Clone, Default)]
pub struct MockHttpClient {
    script: Arc<Mutex<VecDeque<MockReply>>>,
    requests: Arc<Mutex<Vec<RecordedRequest>>>,
}

impl MockHttpClient {
    /// A client that will answer with `replies`, in order.
    pub fn new(replies: impl IntoIterator<Item = MockReply>) -> Self {
        Self {
            script: Arc::new(Mutex::new(replies.into_iter().collect())),
            requests: Arc::default(),
        }
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl HttpClient for MockHttpClient {
    fn send(&self, request: http::Request<ByteStream>) -> HttpFuture {
        let (parts, body) = request.into_parts();
        let reply = self
            .script
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop_front();
        let requests = Arc::clone(&self.requests);
        Box::pin(async move {
            // A streamed body is read here, as a server would read it.
            let body = body
                .collect()
                .await
                .map_err(|e| ConnectorError::new(ConnectorErrorKind::Io, e))?;
            requests
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(RecordedRequest {
                    method: parts.method,
                    uri: parts.uri.to_string(),
                    headers: parts.headers,
                    body: String::from_utf8_lossy(&body).into_owned(),
                });
            match reply {
                Some(MockReply::Response {
                    status,
                    headers,
                    body,
                }) => {
                    let mut response = http::Response::builder().status(status);
                    for (name, value) in headers {
                        response = response.header(name, value);
                    }
                    response
                        .body(ResponseBody::from_bytes(body))
                        .map_err(|e| ConnectorError::new(ConnectorErrorKind::Other, e))
                }
                Some(MockReply::ConnectionError) => Err(ConnectorError::new(
                    ConnectorErrorKind::Io,
                    "mock: connection refused",
                )),
                None => Err(ConnectorError::new(
                    ConnectorErrorKind::Other,
                    "mock: no scripted reply left",
                )),
            }
        })
    }
}
