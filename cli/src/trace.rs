//! `--debug`: every request and response on stderr, with secrets redacted.
//!
//! The trace is an [`HttpClient`] the client configuration sends through. It
//! prints the request line, headers and JSON body, sends the request, then
//! prints the status, headers and body of the response, and hands the body on.
//! JSON members whose names are the service's sensitive members
//! (`sso_oidc::cli::sensitive_member_names()`) are replaced, at any depth, by
//! `** redacted **`, and so are `Authorization` and security-token headers. A
//! body that is not JSON is shown by its length only. `--show-secrets` does not
//! apply here: a trace is pasted into bug reports.
//!
//! It wraps the runtime's own `HyperClient` (so TLS roots follow the crate's
//! features), reads each response body under the runtime's limit with
//! `ResponseBody::collect`, and hands the bytes on.

use std::io::Write as _;
use std::sync::Arc;
use std::time::Duration;

use sdk_runtime::ByteStream;
use serde_json::Value;
use sso_oidc::config::{HttpClient, HttpFuture, HyperClient, ResponseBody};

/// What a redacted value shows.
pub const REDACTED: &str = "** redacted **";

/// Headers whose values are never shown.
const SECRET_HEADERS: [&str; 4] = [
    "authorization",
    "x-amz-security-token",
    "cookie",
    "set-cookie",
];

/// The `--debug` HTTP client.
#[derive(Clone)]
pub struct TraceClient {
    inner: Arc<HyperClient>,
    sensitive: Arc<Vec<String>>,
    max_body: u64,
}

impl std::fmt::Debug for TraceClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TraceClient")
            .field("sensitive", &self.sensitive)
            .finish_non_exhaustive()
    }
}

impl TraceClient {
    /// A tracing client redacting the JSON members named in `sensitive`.
    pub fn new(sensitive: &[&str]) -> Self {
        TraceClient {
            // The runtime's default connect timeout.
            inner: Arc::new(HyperClient::new(Some(Duration::from_millis(3100)))),
            sensitive: Arc::new(sensitive.iter().map(|s| (*s).to_owned()).collect()),
            max_body: sso_oidc::config::DEFAULT_MAX_RESPONSE_BODY,
        }
    }
}

impl HttpClient for TraceClient {
    fn send(&self, request: http::Request<ByteStream>) -> HttpFuture {
        let inner = Arc::clone(&self.inner);
        let sensitive = Arc::clone(&self.sensitive);
        let max_body = self.max_body;
        Box::pin(async move {
            let mut lines = vec![format!(
                "DEBUG request: {} {}",
                request.method(),
                request.uri()
            )];
            headers(&mut lines, request.headers());
            // A streamed body (no SSO OIDC operation has one) is shown by kind and length.
            let shown = match request.body().as_bytes() {
                Some(bytes) => body(bytes, &sensitive),
                None => format!("{:?}", request.body()),
            };
            lines.push(format!("DEBUG   body: {shown}"));
            emit(&lines);
            let response = inner.send(request).await.map_err(|error| {
                emit(&[format!("DEBUG no response: {error}")]);
                error
            })?;
            let (parts, response_body) = response.into_parts();
            let mut lines = vec![format!("DEBUG response: {}", parts.status)];
            headers(&mut lines, &parts.headers);
            let bytes = match response_body.collect(max_body).await {
                Ok(bytes) => bytes,
                Err(error) => {
                    lines.push(format!("DEBUG   body: unreadable ({error})"));
                    emit(&lines);
                    return Err(sdk_runtime::client::ConnectorError::new(
                        sdk_runtime::client::ConnectorErrorKind::Io,
                        error,
                    ));
                }
            };
            lines.push(format!("DEBUG   body: {}", body(&bytes, &sensitive)));
            emit(&lines);
            Ok(http::Response::from_parts(
                parts,
                ResponseBody::from_bytes(bytes),
            ))
        })
    }
}

fn emit(lines: &[String]) {
    let mut stderr = std::io::stderr().lock();
    for line in lines {
        let _ = writeln!(stderr, "{line}");
    }
}

fn headers(lines: &mut Vec<String>, headers: &http::HeaderMap) {
    for (name, value) in headers {
        let shown = if SECRET_HEADERS.contains(&name.as_str()) {
            REDACTED.to_owned()
        } else {
            String::from_utf8_lossy(value.as_bytes()).into_owned()
        };
        lines.push(format!("DEBUG   {name}: {shown}"));
    }
}

/// A body as the trace shows it: JSON with the sensitive members redacted, or
/// its length.
pub fn body(bytes: &[u8], sensitive: &[String]) -> String {
    if bytes.is_empty() {
        return "(empty)".to_owned();
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(mut value) => {
            redact(&mut value, sensitive);
            value.to_string()
        }
        Err(_) => format!("({} bytes, not JSON: not shown)", bytes.len()),
    }
}

/// Replaces, at any depth, the members of `value` named in `sensitive`.
pub fn redact(value: &mut Value, sensitive: &[String]) {
    match value {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if sensitive.iter().any(|s| s == key) {
                    *value = Value::String(REDACTED.to_owned());
                } else {
                    redact(value, sensitive);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| redact(v, sensitive)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sensitive_members_are_redacted_at_any_depth_and_other_bodies_are_not_shown() {
        let sensitive = vec!["accessToken".to_owned(), "clientSecret".to_owned()];
        let shown = body(
            br#"{"accessToken":"tok-1","nested":[{"clientSecret":"s"}],"expiresIn":5}"#,
            &sensitive,
        );
        assert!(
            !shown.contains("tok-1") && !shown.contains("\"s\""),
            "{shown}"
        );
        assert!(
            shown.contains(REDACTED) && shown.contains("\"expiresIn\":5"),
            "{shown}"
        );
        assert_eq!(
            body(b"accessToken=tok-1", &sensitive),
            "(17 bytes, not JSON: not shown)"
        );
    }
}
