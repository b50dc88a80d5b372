//! Writing JSON text directly into a `String`, without an intermediate tree.

use super::reader::special_byte;
use crate::{BigDecimal, BigInteger, Blob, DateTime, Document, Number, TimestampFormat};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

/// A value that can write its protocol JSON form.
pub trait SerializeJson {
    /// Appends the JSON text of `self` to `out`.
    fn write_json(&self, out: &mut String);
}

/// Appends `value` as a quoted JSON string, escaped per RFC 8259.
pub fn write_string(out: &mut String, value: &str) {
    out.reserve(value.len() + 2);
    out.push('"');
    // Most strings need no escaping: copy them whole.
    if special_byte(value.as_bytes(), 0) == value.len() {
        out.push_str(value);
        out.push('"');
        return;
    }
    let mut start = 0;
    for (i, byte) in value.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&value[start..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{byte:04x}");
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&value[start..]);
    out.push('"');
}

/// The JSON text of `value`.
pub fn to_string<T: SerializeJson + ?Sized>(value: &T) -> String {
    // Most protocol documents are a few hundred bytes: start there rather than
    // growing from nothing one reallocation at a time.
    let mut out = String::with_capacity(256);
    value.write_json(&mut out);
    out
}

/// The JSON bytes of `value`.
pub fn to_vec<T: SerializeJson + ?Sized>(value: &T) -> Vec<u8> {
    to_string(value).into_bytes()
}

/// Writes one JSON object member by member.
#[must_use = "call finish() to close the object"]
pub struct ObjectWriter<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> ObjectWriter<'a> {
    /// Opens an object in `out`.
    #[inline]
    pub fn new(out: &'a mut String) -> Self {
        out.push('{');
        Self { out, first: true }
    }

    #[inline]
    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        write_string(self.out, key);
        self.out.push(':');
    }

    /// Writes `key`, which needs no escaping, and its colon, after a comma
    /// unless it is the first.
    #[inline]
    fn plain_key(&mut self, key: &str) {
        debug_assert!(
            special_byte(key.as_bytes(), 0) == key.len(),
            "{key:?} needs escaping: write it with `member`"
        );
        let open = if self.first { "\"" } else { ",\"" };
        self.first = false;
        self.out.push_str(open);
        self.out.push_str(key);
        self.out.push_str("\":");
    }

    /// Writes `"key": value`.
    #[inline]
    pub fn member<T: SerializeJson + ?Sized>(&mut self, key: &str, value: &T) {
        self.key(key);
        value.write_json(self.out);
    }

    /// Writes `"key": value` for a `key` that needs no escaping (no `"`, `\`
    /// or control character), the same text [`member`](Self::member) writes,
    /// without looking at each byte of the key for one to escape.
    ///
    /// Generated code calls this with member names, which are known when the
    /// code is generated: the generator checks each name then and uses
    /// `member` for the rare one that needs escaping, so every request does
    /// not scan every key again. A key that needs escaping would make invalid
    /// JSON here (debug builds panic on it).
    #[inline]
    pub fn plain_member<T: SerializeJson + ?Sized>(&mut self, key: &str, value: &T) {
        self.plain_key(key);
        value.write_json(self.out);
    }

    /// Writes a timestamp member in a format other than the default epoch seconds.
    pub fn timestamp_member(&mut self, key: &str, value: &DateTime, format: TimestampFormat) {
        self.key(key);
        self.timestamp(value, format);
    }

    /// [`timestamp_member`](Self::timestamp_member) for a `key` that needs no
    /// escaping, as [`plain_member`](Self::plain_member) is to `member`.
    pub fn plain_timestamp_member(&mut self, key: &str, value: &DateTime, format: TimestampFormat) {
        self.plain_key(key);
        self.timestamp(value, format);
    }

    /// Writes a timestamp value in `format`.
    fn timestamp(&mut self, value: &DateTime, format: TimestampFormat) {
        match format {
            TimestampFormat::EpochSeconds => value.write_json(self.out),
            // Formatting only fails for instants no date format can express; the
            // number still says exactly when it was.
            _ => match value.fmt(format) {
                Ok(text) => write_string(self.out, &text),
                Err(_) => value.write_json(self.out),
            },
        }
    }

    /// Closes the object.
    #[inline]
    pub fn finish(self) {
        self.out.push('}');
    }
}

/// `{}`: the value of a union member that carries no data.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EmptyObject;

impl SerializeJson for EmptyObject {
    fn write_json(&self, out: &mut String) {
        out.push_str("{}");
    }
}

impl SerializeJson for str {
    #[inline]
    fn write_json(&self, out: &mut String) {
        write_string(out, self);
    }
}

impl SerializeJson for String {
    #[inline]
    fn write_json(&self, out: &mut String) {
        write_string(out, self);
    }
}

impl SerializeJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl SerializeJson for $t {
            fn write_json(&self, out: &mut String) {
                out.push_str(itoa::Buffer::new().format(*self));
            }
        }
    )*};
}
integers!(i8, i16, i32, i64, u64);

fn write_float(out: &mut String, value: f64) {
    if value.is_nan() {
        out.push_str("\"NaN\"");
    } else if value.is_infinite() {
        out.push_str(if value > 0.0 {
            "\"Infinity\""
        } else {
            "\"-Infinity\""
        });
    } else {
        // `{:?}` is the shortest text that reads back as the same float (`1.0`, `0.1`).
        let _ = write!(out, "{value:?}");
    }
}

impl SerializeJson for f64 {
    fn write_json(&self, out: &mut String) {
        write_float(out, *self);
    }
}

impl SerializeJson for f32 {
    fn write_json(&self, out: &mut String) {
        if self.is_finite() {
            let _ = write!(out, "{self:?}");
        } else {
            write_float(out, f64::from(*self));
        }
    }
}

impl<T: SerializeJson> SerializeJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: SerializeJson> SerializeJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl<T: SerializeJson> SerializeJson for HashMap<String, T> {
    fn write_json(&self, out: &mut String) {
        let mut object = ObjectWriter::new(out);
        for (key, value) in self {
            object.member(key, value);
        }
        object.finish();
    }
}

impl<T: SerializeJson> SerializeJson for BTreeMap<String, T> {
    fn write_json(&self, out: &mut String) {
        let mut object = ObjectWriter::new(out);
        for (key, value) in self {
            object.member(key, value);
        }
        object.finish();
    }
}

/// `None` is `null`: only sparse lists and maps hold options.
impl<T: SerializeJson> SerializeJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(value) => value.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: SerializeJson + ?Sized> SerializeJson for Box<T> {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl<T: SerializeJson + ?Sized> SerializeJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

/// Epoch seconds, with a millisecond fraction when there is one (the instant
/// rounded down to its millisecond: `-1.5` is 1.5 seconds before the epoch).
impl SerializeJson for DateTime {
    fn write_json(&self, out: &mut String) {
        // Written here rather than with `DateTime::fmt`, whose epoch-seconds text
        // puts the fraction after the floored second (`-2.5` for -1.5 s).
        let millis = i128::from(self.secs()) * 1000 + i128::from(self.subsec_nanos() / 1_000_000);
        if millis < 0 {
            out.push('-');
        }
        let (whole, fraction) = (millis.unsigned_abs() / 1000, millis.unsigned_abs() % 1000);
        let _ = write!(out, "{whole}");
        if fraction != 0 {
            let fraction = format!("{fraction:03}");
            out.push('.');
            out.push_str(fraction.trim_end_matches('0'));
        }
    }
}

impl SerializeJson for Blob {
    fn write_json(&self, out: &mut String) {
        write_string(out, &self.to_base64());
    }
}

impl SerializeJson for Document {
    fn write_json(&self, out: &mut String) {
        match self {
            Document::Null => out.push_str("null"),
            Document::Bool(b) => b.write_json(out),
            Document::Number(Number::PosInt(n)) => n.write_json(out),
            Document::Number(Number::NegInt(n)) => n.write_json(out),
            Document::Number(Number::Float(n)) => write_float(out, *n),
            Document::String(s) => write_string(out, s),
            Document::Array(items) => items.write_json(out),
            Document::Object(map) => map.write_json(out),
        }
    }
}

impl SerializeJson for BigInteger {
    fn write_json(&self, out: &mut String) {
        out.push_str(self.as_str());
    }
}

impl SerializeJson for BigDecimal {
    fn write_json(&self, out: &mut String) {
        out.push_str(self.as_str());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_strings() {
        assert_eq!(to_string("a\"b\\c\nd\u{1}é"), r#""a\"b\\c\nd\u0001é""#);
    }

    #[test]
    fn writes_special_floats_as_strings() {
        assert_eq!(to_string(&f64::NAN), "\"NaN\"");
        assert_eq!(to_string(&f64::INFINITY), "\"Infinity\"");
        assert_eq!(to_string(&f32::NEG_INFINITY), "\"-Infinity\"");
        assert_eq!(to_string(&1.0f64), "1.0");
        assert_eq!(to_string(&0.1f32), "0.1");
    }

    #[test]
    fn objects_separate_members_and_sparse_options_are_null() {
        let mut out = String::new();
        let mut object = ObjectWriter::new(&mut out);
        object.member("a", &1i32);
        object.member("b", &vec![Some(2i64), None]);
        object.member("u", &EmptyObject);
        object.timestamp_member("t", &DateTime::from_secs(0), TimestampFormat::DateTime);
        object.finish();
        assert_eq!(
            out,
            r#"{"a":1,"b":[2,null],"u":{},"t":"1970-01-01T00:00:00Z"}"#
        );
        assert_eq!(to_string(&DateTime::from_millis(1500)), "1.5");
        assert_eq!(to_string(&DateTime::from_millis(-1500)), "-1.5");
        assert_eq!(to_string(&DateTime::from_millis(-1)), "-0.001");
        assert_eq!(to_string(&DateTime::from_millis(-2000)), "-2");
        assert_eq!(
            to_string(&DateTime::from_secs(i64::MIN)),
            "-9223372036854775808"
        );
        assert_eq!(to_string(&Blob::from("hi")), "\"aGk=\"");
    }

    #[test]
    fn plain_members_write_what_the_escaping_path_writes() {
        // Each key as the first member and after another; keys of every length
        // around the eight-byte steps of the escaping scan, and non-ASCII ones.
        let keys = [
            "",
            "a",
            "clientId",
            "clientName",
            "clientSecretExpiresAt",
            "Renamed-On-Wire",
            "__type",
            "é/ü\u{7f}😀",
        ];
        let date = DateTime::from_secs(1_700_000_000);
        for key in keys {
            let write = |plain: bool| {
                let mut out = String::new();
                let mut object = ObjectWriter::new(&mut out);
                for _ in 0..2 {
                    if plain {
                        object.plain_member(key, "v");
                        object.plain_timestamp_member(key, &date, TimestampFormat::HttpDate);
                    } else {
                        object.member(key, "v");
                        object.timestamp_member(key, &date, TimestampFormat::HttpDate);
                    }
                }
                object.finish();
                out
            };
            assert_eq!(write(true), write(false), "{key:?}");
        }
        let mut out = String::new();
        let mut object = ObjectWriter::new(&mut out);
        object.plain_member("a", &1i32);
        object.plain_member("b", &EmptyObject);
        object.finish();
        assert_eq!(out, r#"{"a":1,"b":{}}"#);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "needs escaping")]
    fn plain_members_refuse_a_key_that_needs_escaping_in_debug_builds() {
        let mut out = String::new();
        let mut object = ObjectWriter::new(&mut out);
        object.plain_member("say \"hi\"", "v");
        object.finish();
    }
}
