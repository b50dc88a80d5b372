//! What the fuzz targets share: fuzz input read as HTTP-like text, so seeds are
//! readable and libFuzzer's mutations of them stay meaningful.
//!
//! The form is a start line, header lines and a body:
//!
//! ```text
//! POST /client/register?x=1
//! content-type: application/json
//!
//! {"clientName": "a"}
//! ```
//!
//! Lines end in `\n` (a `\r` before it is dropped); the first empty line ends
//! the headers; everything after it is the body, byte for byte.

use bytes::Bytes;
use std::future::Future;

/// A message read from fuzz input: its start line, headers and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The first line, without its line end.
    pub start: Vec<u8>,
    /// `(name, value)` pairs, each trimmed of the spaces around the colon.
    pub headers: Vec<(Vec<u8>, Vec<u8>)>,
    /// The bytes after the blank line.
    pub body: Bytes,
}

fn line_end(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|&b| b == b'\n') {
        Some(at) => {
            let line = &data[..at];
            (line.strip_suffix(b"\r").unwrap_or(line), &data[at + 1..])
        }
        None => (data, &[]),
    }
}

fn trim(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|b| *b != b' ').unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| *b != b' ')
        .map_or(start, |e| e + 1);
    &bytes[start..end.max(start)]
}

impl Message {
    /// Splits `data` into a message; any input is one (a line without a colon
    /// is a header with an empty value).
    pub fn parse(data: &[u8]) -> Message {
        let (start, mut rest) = line_end(data);
        let mut headers = Vec::new();
        while !rest.is_empty() {
            let (line, after) = line_end(rest);
            rest = after;
            if line.is_empty() {
                break;
            }
            let (name, value) = match line.iter().position(|&b| b == b':') {
                Some(at) => (&line[..at], &line[at + 1..]),
                None => (line, &[][..]),
            };
            headers.push((trim(name).to_vec(), trim(value).to_vec()));
        }
        Message {
            start: start.to_vec(),
            headers,
            body: Bytes::copy_from_slice(rest),
        }
    }

    /// The start line split at its first space: (`POST`, `/path?query`).
    pub fn start_parts(&self) -> (&[u8], &[u8]) {
        match self.start.iter().position(|&b| b == b' ') {
            Some(at) => (&self.start[..at], trim(&self.start[at + 1..])),
            None => (&self.start[..], &[][..]),
        }
    }

    /// An HTTP request with this method, target, headers and body; `None` when
    /// the method, target or a header is not valid HTTP (the server never sees
    /// such a request: hyper refuses it first).
    pub fn request<B>(&self, body: impl FnOnce(Bytes) -> B) -> Option<http::Request<B>> {
        let (method, target) = self.start_parts();
        let method = http::Method::from_bytes(method).ok()?;
        let uri = http::Uri::try_from(target).ok()?;
        let mut builder = http::Request::builder().method(method).uri(uri);
        for (name, value) in &self.headers {
            let name = http::HeaderName::from_bytes(name).ok()?;
            let value = http::HeaderValue::from_bytes(value).ok()?;
            builder = builder.header(name, value);
        }
        builder.body(body(self.body.clone())).ok()
    }
}

/// Runs `future` to completion on this thread's current-thread tokio runtime
/// (made once per thread, with timers, as the client and service need).
pub fn block_on<F: Future>(future: F) -> F::Output {
    thread_local! {
        static RUNTIME: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a current-thread runtime builds");
    }
    RUNTIME.with(|runtime| runtime.block_on(future))
}

/// Checks what every service response keeps whatever the request: its body
/// can be read, and a JSON content type means a body that parses as JSON.
pub async fn check_response(response: http::Response<sdk_runtime::server::ResponseBody>) {
    let (parts, body) = response.into_parts();
    // Every body the dispatchers write here is in memory: it is read at once.
    let body = body.collect().await.expect("a readable body");
    let json = parts
        .headers
        .get(http::header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if json && !body.is_empty() {
        if let Err(error) = serde_json::from_slice::<serde_json::Value>(&body) {
            panic!(
                "status {} sent content-type JSON with a body that is not JSON ({error}): {:?}",
                parts.status,
                String::from_utf8_lossy(&body)
            );
        }
    }
}

/// A local service with fixed time and predictable codes, holding one
/// registered client (redirect URI `http://127.0.0.1/cb`; grants device code,
/// authorization code and refresh token) and one pending device sign-in: fresh
/// for each input, so every run of an input does the same. With
/// [`SequentialCodes`](sso_oidc_local::SequentialCodes) its client id is
/// `client-1` and the user code `BBBB-BBBG` (the seeds use them), but the setup
/// reads them from the answers rather than assuming so.
pub async fn local_service() -> sso_oidc_local::LocalService {
    use sso_oidc_local::{LocalService, ManualClock, SequentialCodes};
    use std::sync::Arc;
    use std::time::Duration;
    let service = LocalService::builder()
        .clock(Arc::new(ManualClock::new(Duration::from_secs(
            1_700_000_000,
        ))))
        .codes(Arc::new(SequentialCodes::default()))
        .build("http://127.0.0.1:1")
        .expect("an in-memory store cannot fail");
    let registered = call(
        &service,
        "/client/register",
        serde_json::json!({
            "clientName": "fuzz", "clientType": "public", "scopes": ["sso:account:access"],
            "redirectUris": ["http://127.0.0.1/cb"],
            "grantTypes": ["urn:ietf:params:oauth:grant-type:device_code",
                           "authorization_code", "refresh_token"],
        }),
    )
    .await;
    call(
        &service,
        "/device_authorization",
        serde_json::json!({
            "clientId": registered["clientId"], "clientSecret": registered["clientSecret"],
            "startUrl": "https://example.awsapps.com/start",
        }),
    )
    .await;
    service
}

/// POSTs `body` to `path` and returns the JSON answer, which must be a 200.
async fn call(
    service: &sso_oidc_local::LocalService,
    path: &str,
    body: serde_json::Value,
) -> serde_json::Value {
    use http_body_util::Full;
    let request = http::Request::post(path)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_string())))
        .expect("a valid request");
    let response = service.handle(request, None).await;
    let status = response.status();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("a readable body");
    assert_eq!(status, 200, "setup call to {path}: {body:?}");
    serde_json::from_slice(&body).expect("a JSON answer")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_start_line_headers_and_body() {
        let m = Message::parse(b"POST /a?b=1\r\nx-y :  z \nbare\n\n{\n}\n");
        assert_eq!(m.start_parts(), (&b"POST"[..], &b"/a?b=1"[..]));
        assert_eq!(
            m.headers,
            [
                (b"x-y".to_vec(), b"z".to_vec()),
                (b"bare".to_vec(), Vec::new())
            ]
        );
        assert_eq!(&m.body[..], b"{\n}\n");
    }
}
