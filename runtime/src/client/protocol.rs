//! restJson1 pieces generated request and response code calls.

use super::error::{add_response_metadata, error_code, RawResponse};
use crate::error::{ErrorMetadata, Unhandled};

/// Percent-encodes a URI label value; a greedy label keeps its `/` separators.
pub fn encode_label(value: &str, greedy: bool) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        let keep = byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'_' | b'.' | b'~')
            || (greedy && byte == b'/');
        if keep {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Appends `key=value` to a query string being built (`?` first, `&` after).
pub fn push_query(path_and_query: &mut String, key: &str, value: &str) {
    path_and_query.push(if path_and_query.contains('?') {
        '&'
    } else {
        '?'
    });
    path_and_query.push_str(&encode_label(key, false));
    path_and_query.push('=');
    path_and_query.push_str(&encode_label(value, false));
}

/// An [`Unhandled`] for an error response no modeled error matched: the code,
/// the status, and the message when the body has one in a usual place.
pub fn unhandled(raw: &RawResponse) -> Unhandled {
    let mut meta = add_response_metadata(ErrorMetadata::new(), raw);
    if let Some(code) = error_code(raw) {
        meta = meta.with_code(code);
    }
    let body: Option<serde_json::Value> = serde_json::from_slice(raw.body()).ok();
    let message = body.as_ref().and_then(|body| {
        ["message", "Message", "errorMessage", "error_description"]
            .iter()
            .find_map(|key| body.get(key).and_then(|m| m.as_str()))
    });
    if let Some(message) = message {
        meta = meta.with_message(message);
    }
    Unhandled::new(meta)
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;

    #[test]
    fn labels_and_queries_are_percent_encoded() {
        assert_eq!(encode_label("a b/c", false), "a%20b%2Fc");
        assert_eq!(encode_label("a b/c", true), "a%20b/c");
        let mut path = "/token?aws_iam=t".to_owned();
        push_query(&mut path, "k", "v&w");
        assert_eq!(path, "/token?aws_iam=t&k=v%26w");
    }

    #[test]
    fn unhandled_errors_keep_code_status_and_message() {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            "x-amzn-errortype",
            http::HeaderValue::from_static("NewException"),
        );
        headers.insert("x-amzn-requestid", http::HeaderValue::from_static("r-9"));
        let raw = RawResponse::new(
            418,
            headers,
            Bytes::from_static(br#"{"error_description": "teapot"}"#),
        );
        let error = unhandled(&raw);
        assert_eq!(
            (error.code(), error.status(), error.message()),
            (Some("NewException"), Some(418), Some("teapot"))
        );
        assert_eq!(error.request_id(), Some("r-9"));
    }
}
