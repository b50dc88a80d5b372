//! A pull reader over JSON text: the generated readers ask it for the value
//! they expect next, so a document goes straight into the typed builders
//! without an intermediate tree.
//!
//! Strings without escapes are borrowed from the input. Syntax errors name the
//! path of the value being read and where in the text the problem is, never
//! the text itself: it may be a secret.

use super::read::DeserializeError;
use super::JsonPath;
use crate::Number;
use std::borrow::Cow;

/// Objects and arrays nested deeper than this are refused, so hostile input
/// cannot exhaust the stack of the (recursive) readers.
pub const MAX_DEPTH: usize = 128;

/// The kind of a JSON value, as its first character tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `null`
    Null,
    /// `true` or `false`
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl Kind {
    /// The kind in words, for error messages ("a string", "an object"…).
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool => "a boolean",
            Kind::Number => "a number",
            Kind::String => "a string",
            Kind::Array => "an array",
            Kind::Object => "an object",
        }
    }
}

/// Reads one JSON document value by value.
///
/// Objects are read with [`begin_object`](Self::begin_object) and then
/// [`next_key`](Self::next_key) until it returns `None`, reading (or
/// [`skip`](Self::skip)ping) each member's value after its key; arrays with
/// [`begin_array`](Self::begin_array) and [`next_element`](Self::next_element).
#[derive(Clone, Debug)]
pub struct Reader<'a> {
    /// The document, checked to be UTF-8 once, so strings are sliced from it
    /// without checking each again.
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
    /// Just inside `{` or `[`: the next member or element has no comma before it.
    first: bool,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            bytes: text.as_bytes(),
            at: 0,
            depth: 0,
            first: false,
        }
    }

    #[inline]
    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// The next byte that is not whitespace, not consumed.
    #[inline]
    fn next_byte(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.bytes.get(self.at).copied()
    }

    /// A syntax error at the current position, for the value at `path`. Out
    /// of line: errors are rare, and the readers that call this stay small.
    #[cold]
    #[inline(never)]
    fn syntax(&self, path: &JsonPath<'_>, what: &str) -> DeserializeError {
        syntax_error(self.bytes, self.at, path, what)
    }

    /// The kind of the next value, not consumed.
    pub fn peek(&mut self, path: &JsonPath<'_>) -> Result<Kind, DeserializeError> {
        match self.next_byte() {
            Some(b'n') => Ok(Kind::Null),
            Some(b't' | b'f') => Ok(Kind::Bool),
            Some(b'-' | b'0'..=b'9') => Ok(Kind::Number),
            Some(b'"') => Ok(Kind::String),
            Some(b'[') => Ok(Kind::Array),
            Some(b'{') => Ok(Kind::Object),
            Some(_) => Err(self.syntax(path, "expected a value")),
            None => Err(self.syntax(path, "expected a value, found the end")),
        }
    }

    /// "expected `what`, found …" for the next value, or the syntax error that
    /// stops it from having a kind.
    #[cold]
    pub(crate) fn unexpected(&mut self, path: &JsonPath<'_>, what: &str) -> DeserializeError {
        match self.peek(path) {
            Ok(kind) => {
                DeserializeError::new(path, format!("expected {what}, found {}", kind.describe()))
            }
            Err(error) => error,
        }
    }

    fn literal(&mut self, path: &JsonPath<'_>, word: &[u8]) -> Result<(), DeserializeError> {
        if self.bytes[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.syntax(path, "expected a value"))
        }
    }

    /// Consumes a `null` and returns `true`, or returns `false` and leaves any
    /// other value to be read.
    #[inline]
    pub fn read_null(&mut self, path: &JsonPath<'_>) -> Result<bool, DeserializeError> {
        if self.next_byte() == Some(b'n') {
            self.literal(path, b"null")?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Reads `true` or `false`.
    pub fn read_bool(&mut self, path: &JsonPath<'_>) -> Result<bool, DeserializeError> {
        match self.next_byte() {
            Some(b't') => self.literal(path, b"true").map(|()| true),
            Some(b'f') => self.literal(path, b"false").map(|()| false),
            _ => Err(self.unexpected(path, "a boolean")),
        }
    }

    /// Reads a string.
    #[inline]
    pub fn read_str(&mut self, path: &JsonPath<'_>) -> Result<Cow<'a, str>, DeserializeError> {
        self.read_str_as(path, "a string")
    }

    /// Reads a string; `what` names what was expected when the value is not one.
    pub(crate) fn read_str_as(
        &mut self,
        path: &JsonPath<'_>,
        what: &str,
    ) -> Result<Cow<'a, str>, DeserializeError> {
        if self.next_byte() != Some(b'"') {
            return Err(self.unexpected(path, what));
        }
        self.at += 1;
        self.string_body(path)
    }

    /// The rest of a string whose opening quote has been consumed.
    #[inline(always)]
    fn string_body(&mut self, path: &JsonPath<'_>) -> Result<Cow<'a, str>, DeserializeError> {
        let start = self.at;
        self.at = special_byte(self.bytes, start);
        // Most strings have no escapes: they are borrowed as they are.
        if self.bytes.get(self.at) == Some(&b'"') {
            self.at += 1;
            return Ok(Cow::Borrowed(&self.text[start..self.at - 1]));
        }
        self.escaped_string_body(path, start)
    }

    /// The rest of a string from `start`, whose plain run ends at `self.at`
    /// with an escape, a control character or the end of the text. Kept out of
    /// line so that the plain case above is small enough to inline.
    #[inline(never)]
    fn escaped_string_body(
        &mut self,
        path: &JsonPath<'_>,
        start: usize,
    ) -> Result<Cow<'a, str>, DeserializeError> {
        let mut text = String::new();
        let mut from = start;
        loop {
            text.push_str(&self.text[from..self.at]);
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(Cow::Owned(text));
                }
                Some(b'\\') => {
                    let escaped = match self.bytes.get(self.at + 1) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 2;
                            text.push(self.unicode_escape(path)?);
                            from = self.at;
                            self.at = special_byte(self.bytes, from);
                            continue;
                        }
                        _ => return Err(self.syntax(path, "an invalid escape in a string")),
                    };
                    self.at += 2;
                    text.push(escaped);
                }
                Some(_) => return Err(self.syntax(path, "a control character in a string")),
                None => return Err(self.syntax(path, "a string without its closing quote")),
            }
            from = self.at;
            self.at = special_byte(self.bytes, from);
        }
    }

    /// The four hex digits of a `\u` escape.
    fn hex4(&mut self, path: &JsonPath<'_>) -> Result<u32, DeserializeError> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .and_then(|digits| std::str::from_utf8(digits).ok())
            .filter(|digits| digits.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|digits| u32::from_str_radix(digits, 16).ok())
            .ok_or_else(|| self.syntax(path, "an invalid \\u escape in a string"))?;
        self.at += 4;
        Ok(digits)
    }

    /// The character of a `\u` escape (after the `\u`), joining a surrogate pair.
    fn unicode_escape(&mut self, path: &JsonPath<'_>) -> Result<char, DeserializeError> {
        let lone = |reader: &Self| reader.syntax(path, "a lone surrogate in a \\u escape");
        let code = match self.hex4(path)? {
            high @ 0xD800..=0xDBFF => {
                if !self.bytes[self.at..].starts_with(b"\\u") {
                    return Err(lone(self));
                }
                self.at += 2;
                let low = self.hex4(path)?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(lone(self));
                }
                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(lone(self)),
            code => code,
        };
        char::from_u32(code).ok_or_else(|| lone(self))
    }

    /// Reads a number.
    pub fn read_number(&mut self, path: &JsonPath<'_>) -> Result<Number, DeserializeError> {
        self.read_number_as(path, "a number")
    }

    /// Reads a number: whole numbers that fit are [`Number::PosInt`] or
    /// [`Number::NegInt`], anything else (a fraction, an exponent, `-0`, a whole
    /// number past 64 bits) a [`Number::Float`]. `what` names what was expected
    /// when the value is not a number.
    pub(crate) fn read_number_as(
        &mut self,
        path: &JsonPath<'_>,
        what: &str,
    ) -> Result<Number, DeserializeError> {
        let start = match self.next_byte() {
            Some(b'-' | b'0'..=b'9') => self.at,
            _ => return Err(self.unexpected(path, what)),
        };
        let negative = self.bytes[start] == b'-';
        if negative {
            self.at += 1;
        }
        let digits = |reader: &mut Self| {
            let from = reader.at;
            while reader.bytes.get(reader.at).is_some_and(u8::is_ascii_digit) {
                reader.at += 1;
            }
            reader.at - from
        };
        let whole_start = self.at;
        // The whole part's value; only past 19 digits can it overflow 64 bits.
        let mut whole = 0u64;
        while let Some(&digit @ b'0'..=b'9') = self.bytes.get(self.at) {
            whole = whole.wrapping_mul(10).wrapping_add(u64::from(digit - b'0'));
            self.at += 1;
        }
        let whole = match self.at - whole_start {
            0 => return Err(self.syntax(path, "a number without digits")),
            n if n > 1 && self.bytes[whole_start] == b'0' => {
                return Err(self.syntax(path, "a number with a leading zero"))
            }
            1..=19 => Some(whole),
            _ => self.text[whole_start..self.at].parse::<u64>().ok(),
        };
        let mut float = false;
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return Err(self.syntax(path, "a number without digits after its point"));
            }
            float = true;
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err(self.syntax(path, "a number without digits in its exponent"));
            }
            float = true;
        }
        if !float {
            match (whole, negative) {
                (Some(n), false) => return Ok(Number::PosInt(n)),
                // -0 is not a whole number a signed integer can hold apart from 0.
                (Some(n), true) if n > 0 && n <= i64::MIN.unsigned_abs() => {
                    return Ok(Number::NegInt(0i64.wrapping_sub_unsigned(n)))
                }
                _ => {}
            }
        }
        // The text is ASCII: digits, signs, a point and an exponent marker.
        match self.text[start..self.at].parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(Number::Float(n)),
            _ => Err(DeserializeError::new(path, "number out of range")),
        }
    }

    fn enter(&mut self, path: &JsonPath<'_>) -> Result<(), DeserializeError> {
        if self.depth >= MAX_DEPTH {
            return Err(DeserializeError::new(
                path,
                format!("nested more than {MAX_DEPTH} levels deep"),
            ));
        }
        self.depth += 1;
        self.at += 1;
        self.first = true;
        Ok(())
    }

    /// Where the previous member or element ended: a comma before the next one,
    /// or `close` ending the object or array (`true`).
    #[inline]
    fn after_item(&mut self, path: &JsonPath<'_>, close: u8) -> Result<bool, DeserializeError> {
        match self.next_byte() {
            Some(byte) if byte == close => {
                self.at += 1;
                self.depth -= 1;
                self.first = false;
                Ok(true)
            }
            Some(b',') if !self.first => {
                self.at += 1;
                Ok(false)
            }
            _ if self.first => {
                self.first = false;
                Ok(false)
            }
            _ if close == b'}' => Err(self.syntax(path, "expected `,` or `}` after a member")),
            _ => Err(self.syntax(path, "expected `,` or `]` after an element")),
        }
    }

    /// Opens the object at `path`; then call [`next_key`](Self::next_key).
    #[inline]
    pub fn begin_object(&mut self, path: &JsonPath<'_>) -> Result<(), DeserializeError> {
        if self.next_byte() != Some(b'{') {
            return Err(self.unexpected(path, "an object"));
        }
        self.enter(path)
    }

    /// The key of the next member of the object at `path` (whose value must be
    /// read or skipped next), or `None` at its end.
    pub fn next_key(
        &mut self,
        path: &JsonPath<'_>,
    ) -> Result<Option<Cow<'a, str>>, DeserializeError> {
        if self.after_item(path, b'}')? {
            return Ok(None);
        }
        if self.next_byte() != Some(b'"') {
            return Err(self.syntax(path, "expected a member name"));
        }
        self.at += 1;
        let key = self.string_body(path)?;
        if self.next_byte() != Some(b':') {
            return Err(self.syntax(path, "expected `:` after a member name"));
        }
        self.at += 1;
        Ok(Some(key))
    }

    /// Opens the array at `path`; then call [`next_element`](Self::next_element).
    pub fn begin_array(&mut self, path: &JsonPath<'_>) -> Result<(), DeserializeError> {
        if self.next_byte() != Some(b'[') {
            return Err(self.unexpected(path, "an array"));
        }
        self.enter(path)
    }

    /// Whether the array at `path` has another element (to be read or skipped next).
    pub fn next_element(&mut self, path: &JsonPath<'_>) -> Result<bool, DeserializeError> {
        Ok(!self.after_item(path, b']')?)
    }

    /// Skips the next value, checking its syntax.
    pub fn skip(&mut self, path: &JsonPath<'_>) -> Result<(), DeserializeError> {
        match self.peek(path)? {
            Kind::Null => self.literal(path, b"null"),
            Kind::Bool => self.read_bool(path).map(drop),
            Kind::Number => self.read_number(path).map(drop),
            Kind::String => self.read_str(path).map(drop),
            Kind::Array => {
                self.begin_array(path)?;
                let mut index = 0;
                while self.next_element(path)? {
                    self.skip(&path.index(index))?;
                    index += 1;
                }
                Ok(())
            }
            Kind::Object => {
                self.begin_object(path)?;
                while let Some(key) = self.next_key(path)? {
                    self.skip(&path.key(&key))?;
                }
                Ok(())
            }
        }
    }

    /// Checks that nothing but whitespace follows the document.
    pub fn finish(&mut self) -> Result<(), DeserializeError> {
        match self.next_byte() {
            None => Ok(()),
            Some(_) => Err(self.syntax(&JsonPath::Root, "more text after the document")),
        }
    }
}

/// A syntax error at byte `at` of `bytes`, for the value at `path`: the
/// position as a line and column, never the text.
pub(crate) fn syntax_error(
    bytes: &[u8],
    at: usize,
    path: &JsonPath<'_>,
    what: &str,
) -> DeserializeError {
    let before = &bytes[..at.min(bytes.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = before.len() - line_start + 1;
    DeserializeError::new(
        path,
        format!("not valid JSON: {what} at line {line}, column {column}"),
    )
}

/// The index of the first byte from `from` on that ends the plain run of a
/// string (`"`, `\\` or a control character), or the length if none does.
/// Eight bytes are looked at per step: a string is most of a document.
pub(crate) fn special_byte(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // The high bit of each byte of `word` below `n`; the lowest one marked is
    // exact (bits above it may be marked wrongly, and are never looked at).
    let below = |word: u64, n: u8| word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        let found = below(word ^ (ONES * u64::from(b'"')), 1)
            | below(word ^ (ONES * u64::from(b'\\')), 1)
            | below(word, 0x20);
        if found != 0 {
            return at + (found.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .map_or(bytes.len(), |i| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> JsonPath<'static> {
        JsonPath::Root
    }

    #[test]
    fn borrows_plain_strings_and_unescapes_the_rest() {
        let mut reader = Reader::new(r#"["plain", "a\nb\u0041\ud83d\ude00\/"]"#);
        reader.begin_array(&root()).expect("array");
        assert!(reader.next_element(&root()).expect("first"));
        assert!(matches!(
            reader.read_str(&root()),
            Ok(Cow::Borrowed("plain"))
        ));
        assert!(reader.next_element(&root()).expect("second"));
        assert_eq!(reader.read_str(&root()).as_deref(), Ok("a\nbA😀/"));
        assert!(!reader.next_element(&root()).expect("end"));
        reader.finish().expect("nothing after");
    }

    #[test]
    fn finds_the_first_special_byte_in_any_of_eight_lanes() {
        let naive = |bytes: &[u8], from: usize| {
            (from..bytes.len())
                .find(|&i| matches!(bytes[i], b'"' | b'\\' | 0..=0x1f))
                .unwrap_or(bytes.len())
        };
        for special in [b'"', b'\\', 0x00, 0x1f] {
            for len in 0..24 {
                for at in 0..=len {
                    // Bytes either side of the specials' values, and UTF-8 continuation bytes.
                    let mut bytes: Vec<u8> = (0..len)
                        .map(|i| [b'!', b'#', b'[', b']', 0x20, 0xc3, 0xa9, 0xff][i % 8])
                        .collect();
                    if at < len {
                        bytes[at] = special;
                    }
                    for from in 0..=len {
                        assert_eq!(
                            special_byte(&bytes, from),
                            naive(&bytes, from),
                            "{bytes:?} from {from}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn reads_numbers_as_the_tree_did() {
        let read = |text: &str| Reader::new(text).read_number(&root());
        assert_eq!(read("0"), Ok(Number::PosInt(0)));
        assert_eq!(read("18446744073709551615"), Ok(Number::PosInt(u64::MAX)));
        assert_eq!(read("-9223372036854775808"), Ok(Number::NegInt(i64::MIN)));
        assert_eq!(read("-2"), Ok(Number::NegInt(-2)));
        assert_eq!(read("2.5e1"), Ok(Number::Float(25.0)));
        assert_eq!(
            read("18446744073709551616"),
            Ok(Number::Float(18446744073709551616.0))
        );
        assert!(matches!(read("-0"), Ok(Number::Float(z)) if z == 0.0 && z.is_sign_negative()));
        assert_eq!(
            read("1e400").map_err(|e| e.message().to_owned()),
            Err("number out of range".to_owned())
        );
        for bad in ["-", "01", "1.", "1e", "-x"] {
            let error = read(bad).expect_err(bad);
            assert!(
                error.message().starts_with("not valid JSON"),
                "{bad}: {error}"
            );
        }
    }

    #[test]
    fn syntax_errors_name_the_path_and_position_but_not_the_text() {
        let mut reader = Reader::new("{\"a\": [1,\n 2 3]}");
        reader.begin_object(&root()).expect("object");
        let key = reader.next_key(&root()).expect("key").expect("a");
        assert_eq!(key, "a");
        let error = reader.skip(&root().key("a")).expect_err("missing comma");
        assert_eq!(
            error.to_string(),
            "invalid JSON at `$.a`: not valid JSON: expected `,` or `]` after an element at line 2, column 4"
        );
        for bad in [
            "{\"secret\" 1}",
            "{\"a\":1,}",
            "[1,]",
            "{,}",
            "\"SECRET",
            "\"\x01\"",
            "nul",
            "\"\\x\"",
            "\"\\ud800\"",
        ] {
            let error = Reader::new(bad).skip(&root()).expect_err("invalid");
            assert!(error.message().starts_with("not valid JSON"), "{error}");
            assert!(!error.to_string().contains("secret") && !error.to_string().contains("SECRET"));
        }
    }

    #[test]
    fn refuses_deep_nesting_and_trailing_text() {
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        let error = Reader::new(&deep).skip(&root()).expect_err("too deep");
        assert_eq!(error.message(), "nested more than 128 levels deep");
        let fine = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        Reader::new(&fine).skip(&root()).expect("deep enough");
        let mut reader = Reader::new("{} {}");
        reader.skip(&root()).expect("first document");
        assert!(reader.finish().is_err());
    }
}
