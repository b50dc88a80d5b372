//! Percent-encoding (RFC 3986), in one place for the runtime: URI labels and
//! query strings the client writes, SigV4's canonical request, the endpoint
//! rules' `uriEncode`, and the server's reading of paths and queries.
//!
//! Everything but the unreserved characters (`A-Z a-z 0-9 - _ . ~`) is
//! escaped, in upper-case hex, as SigV4 requires and every AWS service accepts.

use std::borrow::Cow;
use std::fmt;

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// `text` percent-encoded; `/` is kept when `keep_slash` (greedy labels,
/// canonical URIs).
pub fn encode(text: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'_' | b'.' | b'~')
            || (keep_slash && byte == b'/')
        {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
    out
}

/// A `%`-escape that is malformed, or escapes that decode to bytes that are not UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError(&'static str);

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for DecodeError {}

/// `text` with its `%`-escapes decoded, strictly: a malformed escape or a
/// result that is not UTF-8 is an error. Borrowed when there is no escape.
pub fn decode(text: &str) -> Result<Cow<'_, str>, DecodeError> {
    if !text.contains('%') {
        return Ok(Cow::Borrowed(text));
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let byte = hex_pair(bytes, i + 1).ok_or(DecodeError("malformed %-escape"))?;
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out)
        .map(Cow::Owned)
        .map_err(|_| DecodeError("%-escapes that are not UTF-8"))
}

/// `text` with its well-formed `%`-escapes decoded and anything else kept as
/// it is (SigV4 decodes a query once before encoding it exactly once).
pub fn decode_lenient(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], hex_pair(bytes, i + 1)) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_pair(bytes: &[u8], at: usize) -> Option<u8> {
    let digit = |b: u8| char::from(b).to_digit(16);
    let high = digit(*bytes.get(at)?)?;
    let low = digit(*bytes.get(at + 1)?)?;
    u8::try_from(high * 16 + low).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_all_but_unreserved() {
        assert_eq!(encode("a b/c~é", false), "a%20b%2Fc~%C3%A9");
        assert_eq!(encode("a b/c", true), "a%20b/c");
        assert_eq!(encode("*+=&%", false), "%2A%2B%3D%26%25");
    }

    #[test]
    fn decodes_strictly_or_leniently() {
        assert_eq!(decode("a%20b%2Fc%C3%A9").unwrap(), "a b/cé");
        assert!(matches!(decode("plain").unwrap(), Cow::Borrowed("plain")));
        assert_eq!(decode("50%").unwrap_err().to_string(), "malformed %-escape");
        assert_eq!(decode("%zz").unwrap_err().to_string(), "malformed %-escape");
        assert!(decode("%FF").is_err());
        assert_eq!(decode_lenient("50%+%41"), "50%+A");
    }

    #[test]
    fn round_trips_any_text() {
        for text in ["", "plain", "a b", "ü/€/😀", "%%%", "~-_.", "\u{0}\u{7f}"] {
            assert_eq!(decode(&encode(text, false)).unwrap(), text);
            assert_eq!(decode(&encode(text, true)).unwrap(), text);
        }
    }
}
