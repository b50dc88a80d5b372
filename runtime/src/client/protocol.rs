//! restJson1 pieces generated request and response code calls.

use super::error::{add_response_metadata, error_code, RawResponse};
use crate::error::{ErrorMetadata, Unhandled};

/// Percent-encodes a URI label value; a greedy label keeps its `/` separators.
pub fn encode_label(value: &str, greedy: bool) -> String {
    crate::percent::encode(value, greedy)
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

/// A `@hostLabel` member's value checked before it goes in front of the
/// endpoint's host: dot-separated labels of letters, digits and hyphens, each
/// 1 to 63 long and not starting with a hyphen. `member` names it in the error.
pub fn host_label<'a>(value: &'a str, member: &str) -> Result<&'a str, String> {
    let valid = !value.is_empty()
        && value.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && !label.starts_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    if valid {
        Ok(value)
    } else {
        Err(format!(
            "`{member}` ({value:?}) cannot be part of a host name: use letters, digits, hyphens and dots"
        ))
    }
}

/// A `@mediaType` string as a header carries it: base64.
pub fn media_type_header(text: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(text)
}

/// A `@mediaType` string read back from its base64 header form.
pub fn read_media_type_header(text: &str) -> Result<String, String> {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|e| format!("not base64: {e}"))?;
    String::from_utf8(bytes).map_err(|_| "not UTF-8 once decoded".to_owned())
}

/// The `Content-MD5` of a body (`@httpChecksumRequired`): its MD5, base64.
pub fn content_md5(body: &[u8]) -> String {
    use base64::Engine as _;
    use md5::Digest as _;
    base64::engine::general_purpose::STANDARD.encode(md5::Md5::digest(body))
}

/// `body` gzip-compressed (`@requestCompression`).
pub fn gzip(body: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(body.len() / 2),
        flate2::Compression::default(),
    );
    encoder.write_all(body)?;
    encoder.finish()
}

/// Adds `gzip` to a request's `Content-Encoding`: after the encodings a member
/// already set (`custom` becomes `custom, gzip`), else as the only one.
pub fn append_gzip_encoding(headers: &mut Vec<(http::HeaderName, http::HeaderValue)>) {
    let existing = headers
        .iter()
        .position(|(name, _)| name == http::header::CONTENT_ENCODING);
    let value = match existing.map(|i| headers.remove(i).1) {
        Some(previous) => match previous.to_str() {
            Ok(text) if !text.trim().is_empty() => format!("{text}, gzip"),
            _ => "gzip".to_owned(),
        },
        None => "gzip".to_owned(),
    };
    if let Ok(value) = http::HeaderValue::from_str(&value) {
        headers.push((http::header::CONTENT_ENCODING, value));
    }
}

/// A float as HTTP bindings write it (query, label, header): `NaN`,
/// `Infinity` and `-Infinity` spelled out, as the JSON body spells them;
/// other values as Rust prints them, the shortest text that reads back.
/// Takes the value or a reference to it, as generated code holds either.
pub fn float_text(value: impl FloatText) -> String {
    value.float_text()
}

/// A float [`float_text`] writes: `f32`, `f64`, or a reference to one.
pub trait FloatText {
    /// The text.
    fn float_text(&self) -> String;
}

macro_rules! float_text_impl {
    ($($type:ty),*) => {$(
        impl FloatText for $type {
            fn float_text(&self) -> String {
                if self.is_nan() {
                    "NaN".to_owned()
                } else if self.is_infinite() {
                    if *self > 0.0 { "Infinity" } else { "-Infinity" }.to_owned()
                } else {
                    self.to_string()
                }
            }
        }
        impl FloatText for &$type {
            fn float_text(&self) -> String {
                (**self).float_text()
            }
        }
    )*};
}
float_text_impl!(f32, f64);

/// Reads a float from an HTTP binding's text (`NaN`, `Infinity`, `-Infinity` included).
pub fn parse_float<T: std::str::FromStr>(text: &str) -> Result<T, T::Err> {
    match text.trim() {
        "Infinity" => "inf".parse(),
        "-Infinity" => "-inf".parse(),
        other => other.parse(),
    }
}

/// The value of a header bound to a list: the items joined by `, `, an item
/// holding a comma or a double quote written as an RFC 7230 quoted string.
/// HTTP dates are joined as they are (`quote_items` false): their comma is
/// part of the format, and readers split them by it.
pub fn header_list(items: impl IntoIterator<Item = String>, quote_items: bool) -> String {
    let items: Vec<String> = items
        .into_iter()
        .map(|item| {
            if quote_items && item.contains([',', '"']) {
                format!("\"{}\"", item.replace('\\', "\\\\").replace('"', "\\\""))
            } else {
                item
            }
        })
        .collect();
    items.join(", ")
}

/// Every value of header `name` in `headers`, joined by `, ` (a list may come
/// in one header line or in several); `None` when the header is absent.
///
/// # Errors
/// When a value is not text (bytes outside visible ASCII, space and tab).
pub fn header_text(headers: &http::HeaderMap, name: &str) -> Result<Option<String>, NotText> {
    let mut values = headers.get_all(name).iter().peekable();
    if values.peek().is_none() {
        return Ok(None);
    }
    let mut joined = String::new();
    for (i, value) in values.enumerate() {
        if i > 0 {
            joined.push_str(", ");
        }
        joined.push_str(value.to_str().map_err(|_| NotText)?);
    }
    Ok(Some(joined))
}

/// The headers whose names start with `prefix` (lower case), keyed by the
/// rest of the name (lower case, as HTTP/2 and hyper carry names), each with
/// its values joined as [`header_text`] joins them.
///
/// # Errors
/// When a value is not text.
pub fn prefixed_headers(
    headers: &http::HeaderMap,
    prefix: &str,
) -> Result<Vec<(String, String)>, NotText> {
    let mut found = Vec::new();
    for name in headers.keys() {
        if let Some(suffix) = name.as_str().strip_prefix(prefix) {
            if let Some(value) = header_text(headers, name.as_str())? {
                found.push((suffix.to_owned(), value));
            }
        }
    }
    Ok(found)
}

/// A header value that is not text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotText;

impl std::fmt::Display for NotText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the value is not text")
    }
}

impl std::error::Error for NotText {}

/// The items of a header bound to a list: split at commas outside quoted
/// strings, each trimmed and unquoted.
pub fn split_header_list(value: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut was_quoted = false;
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted => quoted = false,
            '"' if current.trim().is_empty() => {
                current.clear();
                quoted = true;
                was_quoted = true;
            }
            '\\' if quoted => {
                if let Some(next) = chars.next() {
                    current.push(next);
                }
            }
            ',' if !quoted => {
                items.push(finish_item(&mut current, was_quoted));
                was_quoted = false;
            }
            c => current.push(c),
        }
    }
    if !current.trim().is_empty() || was_quoted || !items.is_empty() {
        items.push(finish_item(&mut current, was_quoted));
    }
    items
}

fn finish_item(current: &mut String, was_quoted: bool) -> String {
    let item = if was_quoted {
        current.clone()
    } else {
        current.trim().to_owned()
    };
    current.clear();
    item
}

/// The HTTP dates of a header bound to a list of timestamps: each date has
/// one comma of its own (`Mon, 16 Dec 2019 23:48:18 GMT`), so items are
/// every second comma-separated piece joined back.
pub fn split_http_dates(value: &str) -> Vec<String> {
    let pieces: Vec<&str> = value.split(',').map(str::trim).collect();
    pieces.chunks(2).map(|pair| pair.join(", ")).collect()
}

/// An [`Unhandled`] for an error response no modeled error matched: the code,
/// the status, and the message when the body has one in a usual place.
pub fn unhandled(raw: &RawResponse) -> Unhandled {
    let mut meta = add_response_metadata(ErrorMetadata::new(), raw);
    if meta.code().is_none() {
        if let Some(code) = error_code(raw) {
            meta = meta.with_code(code);
        }
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
    #[test]
    fn header_text_joins_lines_and_refuses_bytes_that_are_not_text() {
        let mut headers = http::HeaderMap::new();
        assert_eq!(header_text(&headers, "x-list"), Ok(None));
        headers.append("x-list", http::HeaderValue::from_static("a"));
        headers.append("x-list", http::HeaderValue::from_static("b, c"));
        assert_eq!(
            header_text(&headers, "x-list"),
            Ok(Some("a, b, c".to_owned()))
        );
        headers.insert(
            "x-meta-bad",
            http::HeaderValue::from_bytes(b"caf\xc3\xa9").expect("opaque bytes are allowed"),
        );
        headers.insert("x-meta-good", http::HeaderValue::from_static("yes"));
        assert_eq!(header_text(&headers, "x-meta-bad"), Err(NotText));
        assert_eq!(prefixed_headers(&headers, "x-meta-"), Err(NotText));
        headers.remove("x-meta-bad");
        assert_eq!(
            prefixed_headers(&headers, "x-meta-"),
            Ok(vec![("good".to_owned(), "yes".to_owned())])
        );
    }

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
    fn media_type_headers_are_base64() {
        assert_eq!(media_type_header("true"), "dHJ1ZQ==");
        assert_eq!(read_media_type_header("dHJ1ZQ==").as_deref(), Ok("true"));
        assert!(read_media_type_header("not base64!").is_err());
    }

    #[test]
    fn checksums_and_compression() {
        assert_eq!(
            content_md5(br#"{"foo":"base64 encoded md5 checksum"}"#),
            "iB0/3YSo7maijL0IGOgA9g=="
        );
        let body = b"hello hello hello hello".repeat(100);
        let compressed = gzip(&body).unwrap();
        assert!(compressed.len() < body.len());
        let mut decoder = flate2::read::GzDecoder::new(compressed.as_slice());
        let mut back = Vec::new();
        std::io::Read::read_to_end(&mut decoder, &mut back).unwrap();
        assert_eq!(back, body);
        let mut headers = vec![(
            http::header::CONTENT_ENCODING,
            http::HeaderValue::from_static("custom"),
        )];
        append_gzip_encoding(&mut headers);
        assert_eq!(
            headers,
            [(
                http::header::CONTENT_ENCODING,
                http::HeaderValue::from_static("custom, gzip")
            )]
        );
        let mut headers = Vec::new();
        append_gzip_encoding(&mut headers);
        assert_eq!(headers[0].1, "gzip");
    }

    #[test]
    fn host_labels_are_checked() {
        assert_eq!(host_label("foo-1.bar", "Label"), Ok("foo-1.bar"));
        for bad in ["", "-x", "a b", "a..b", "x/y", &"a".repeat(64)] {
            assert!(host_label(bad, "Label").is_err(), "{bad:?}");
        }
    }

    #[test]
    fn floats_spell_out_what_is_not_a_number() {
        assert_eq!(float_text(f64::NAN), "NaN");
        assert_eq!(float_text(f32::INFINITY), "Infinity");
        assert_eq!(float_text(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(float_text(1.1f32), "1.1");
        assert_eq!(float_text(1.1f64), "1.1");
        assert_eq!(parse_float::<f64>("-Infinity"), Ok(f64::NEG_INFINITY));
        assert!(parse_float::<f32>("NaN").unwrap().is_nan());
    }

    #[test]
    fn list_headers_quote_what_needs_it_and_split_back() {
        let items = ["a", "b,c", "\"quoted\"", ""].map(str::to_owned);
        let joined = header_list(items.clone(), true);
        assert_eq!(joined, r#"a, "b,c", "\"quoted\"", "#);
        assert_eq!(split_header_list(&joined), items);
        assert_eq!(split_header_list("1, 2,3"), ["1", "2", "3"]);
        assert_eq!(split_header_list(""), Vec::<String>::new());
        let dates = "Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT";
        assert_eq!(
            split_http_dates(dates),
            [
                "Mon, 16 Dec 2019 23:48:18 GMT",
                "Tue, 17 Dec 2019 23:48:18 GMT"
            ]
        );
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
