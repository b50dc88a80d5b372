//! Reading protocol JSON into typed values, straight from the text through a
//! [`Reader`].
//!
//! Errors name the path of the offending value and its JSON kind, never its
//! content: the value may be a secret.

use super::reader::{syntax_error, Kind, Reader};
use super::JsonPath;
use crate::error::BuildError;
use crate::Number;
use crate::{BigDecimal, BigInteger, Blob, DateTime, Document, TimestampFormat};
use std::collections::HashMap;
use std::fmt;
/// A JSON document could not be read as the expected type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeserializeError {
    path: String,
    message: String,
    invalid_members: bool,
}

impl DeserializeError {
    /// A problem with the value at `path`.
    pub fn new(path: &JsonPath<'_>, message: impl Into<String>) -> Self {
        Self {
            path: path.to_string(),
            message: message.into(),
            invalid_members: false,
        }
    }

    /// The object at `path` lacks required members (or has an invalid one).
    pub fn build(path: &JsonPath<'_>, error: BuildError) -> Self {
        Self {
            invalid_members: true,
            ..Self::new(path, error.to_string())
        }
    }

    /// Whether the document was well-typed JSON but an object in it lacked a
    /// required member or held an invalid one (a validation failure, not a
    /// serialization failure, to a server).
    pub fn is_invalid_members(&self) -> bool {
        self.invalid_members
    }

    /// Where the problem is (`$.scopes[1]`).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for DeserializeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid JSON at `{}`: {}", self.path, self.message)
    }
}

impl std::error::Error for DeserializeError {}

/// A value that can be read from its protocol JSON form.
pub trait DeserializeJson: Sized {
    /// Whether `null` is a value of this type (only `Option`); dense lists and
    /// maps drop `null` entries of types that are not.
    const NULLABLE: bool = false;

    /// Reads the next value of `reader`, found at `path`.
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError>;
}

/// Reads a timestamp written in `format`.
pub fn read_timestamp(
    reader: &mut Reader<'_>,
    path: &JsonPath<'_>,
    format: TimestampFormat,
) -> Result<DateTime, DeserializeError> {
    let name = match format {
        TimestampFormat::EpochSeconds => return DateTime::read_json(reader, path),
        TimestampFormat::HttpDate => "an HTTP date",
        _ => "an RFC 3339 timestamp",
    };
    let text = reader.read_str_as(path, &format!("{name} string"))?;
    DateTime::parse(&text, format)
        .map_err(|_| DeserializeError::new(path, format!("expected {name}")))
}

/// Reads a whole document with `read`, which is given a reader at its start
/// and the root path. Empty input reads as `{}` (an operation output without
/// members may come with an empty body), and nothing but whitespace may follow
/// the document.
pub fn read_document<'a, T>(
    bytes: &'a [u8],
    read: impl FnOnce(&mut Reader<'a>, &JsonPath<'_>) -> Result<T, DeserializeError>,
) -> Result<T, DeserializeError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) if text.bytes().all(|b| b.is_ascii_whitespace()) => "{}",
        Ok(text) => text,
        Err(error) => {
            let at = error.valid_up_to();
            return Err(syntax_error(
                bytes,
                at,
                &JsonPath::Root,
                "text that is not UTF-8",
            ));
        }
    };
    let mut reader = Reader::new(text);
    let value = read(&mut reader, &JsonPath::Root)?;
    reader.finish()?;
    Ok(value)
}

/// Reads a whole document. Empty input reads as `{}`: an operation output
/// without members may come with an empty body.
pub fn from_slice<T: DeserializeJson>(bytes: &[u8]) -> Result<T, DeserializeError> {
    read_document(bytes, T::read_json)
}

/// Reads a response body that must hold a document: unlike [`from_slice`], an
/// empty body is an error (the output has members the service should have sent).
pub fn from_body<T: DeserializeJson>(bytes: &[u8]) -> Result<T, DeserializeError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DeserializeError::new(
            &JsonPath::Root,
            "expected a JSON document, found an empty body",
        ));
    }
    from_slice(bytes)
}

/// Reads a structure sent as an HTTP payload: an empty body or `{}`, which is
/// what a client sends for an unset payload (an empty structure looks the
/// same), reads as `None`.
pub fn from_payload<T: DeserializeJson>(bytes: &[u8]) -> Result<Option<T>, DeserializeError> {
    read_document(bytes, |reader, path| {
        let mut ahead = reader.clone();
        ahead.begin_object(path)?;
        if ahead.next_key(path)?.is_none() {
            *reader = ahead;
            return Ok(None);
        }
        T::read_json(reader, path).map(Some)
    })
}

/// Reads a whole document from text; see [`from_slice`].
pub fn from_str<T: DeserializeJson>(text: &str) -> Result<T, DeserializeError> {
    from_slice(text.as_bytes())
}

impl DeserializeJson for String {
    #[inline]
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        reader.read_str(path).map(String::from)
    }
}

impl DeserializeJson for bool {
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        reader.read_bool(path)
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl DeserializeJson for $t {
            fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
                let out_of_range = || DeserializeError::new(path, concat!("number out of range for ", stringify!($t)));
                match reader.read_number_as(path, "a whole number")? {
                    Number::PosInt(n) => <$t>::try_from(n).map_err(|_| out_of_range()),
                    Number::NegInt(n) => <$t>::try_from(n).map_err(|_| out_of_range()),
                    Number::Float(_) => Err(DeserializeError::new(path, "expected a whole number, found a fraction")),
                }
            }
        }
    )*};
}
integers!(i8, i16, i32, i64);

fn read_float(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<f64, DeserializeError> {
    if reader.peek(path)? != Kind::String {
        return reader.read_number(path).map(Number::as_f64);
    }
    match reader.read_str(path)?.as_ref() {
        "NaN" => Ok(f64::NAN),
        "Infinity" => Ok(f64::INFINITY),
        "-Infinity" => Ok(f64::NEG_INFINITY),
        _ => Err(DeserializeError::new(
            path,
            "expected a number, found a string other than NaN, Infinity or -Infinity",
        )),
    }
}

impl DeserializeJson for f64 {
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        read_float(reader, path)
    }
}

impl DeserializeJson for f32 {
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        read_float(reader, path).map(|f| f as f32)
    }
}

impl<T: DeserializeJson> DeserializeJson for Vec<T> {
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        reader.begin_array(path)?;
        let mut out = Vec::new();
        let mut index = 0;
        while reader.next_element(path)? {
            let path = path.index(index);
            index += 1;
            if !T::NULLABLE && reader.read_null(&path)? {
                continue;
            }
            out.push(T::read_json(reader, &path)?);
        }
        Ok(out)
    }
}

impl<T: DeserializeJson> DeserializeJson for HashMap<String, T> {
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        reader.begin_object(path)?;
        let mut out = HashMap::new();
        while let Some(key) = reader.next_key(path)? {
            let path = path.key(&key);
            if !T::NULLABLE && reader.read_null(&path)? {
                continue;
            }
            let value = T::read_json(reader, &path)?;
            out.insert(key.into_owned(), value);
        }
        Ok(out)
    }
}

impl<T: DeserializeJson> DeserializeJson for Option<T> {
    const NULLABLE: bool = true;

    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        if reader.read_null(path)? {
            Ok(None)
        } else {
            T::read_json(reader, path).map(Some)
        }
    }
}

impl<T: DeserializeJson> DeserializeJson for Box<T> {
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        T::read_json(reader, path).map(Box::new)
    }
}

/// Epoch seconds, whole or fractional.
impl DeserializeJson for DateTime {
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        let out_of_range = || DeserializeError::new(path, "epoch seconds out of range");
        match reader.read_number_as(path, "a number of epoch seconds")? {
            Number::Float(seconds) => epoch_from_f64(seconds).ok_or_else(out_of_range),
            n => n.as_i64().map(DateTime::from_secs).ok_or_else(out_of_range),
        }
    }
}

/// The instant `seconds` after the epoch, to the nanosecond, read from the
/// shortest decimal text of the float (the digits the writer sent), not from
/// its binary value: `1700000000.123` is the float 1700000000.1229999065…, and
/// rounding that to nanoseconds would give 122999907 ns, which reads back
/// a millisecond early when written again.
fn epoch_from_f64(seconds: f64) -> Option<DateTime> {
    const NANOS_PER_SECOND: i128 = 1_000_000_000;
    // `Display` of a finite f64 is its shortest round-tripping decimal, never
    // in exponent form.
    let text = seconds.to_string();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let whole: i128 = whole.parse().ok()?;
    // Digits past the ninth are below a nanosecond: dropped (toward zero).
    let mut nanos: i128 = 0;
    for position in 0..9 {
        let digit = fraction.as_bytes().get(position).map_or(0, |d| d - b'0');
        nanos = nanos * 10 + i128::from(digit);
    }
    let total = whole.checked_mul(NANOS_PER_SECOND)?.checked_add(nanos)?;
    let total = if negative { -total } else { total };
    let seconds = i64::try_from(total.div_euclid(NANOS_PER_SECOND)).ok()?;
    let nanos = u32::try_from(total.rem_euclid(NANOS_PER_SECOND)).ok()?;
    DateTime::from_secs_and_nanos(seconds, nanos).ok()
}

impl DeserializeJson for Blob {
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        let text = reader.read_str_as(path, "a base64 string")?;
        Blob::from_base64(&text)
            .map_err(|_| DeserializeError::new(path, "expected base64, found a string that is not"))
    }
}

/// Any JSON value; the one reader that builds a tree.
impl DeserializeJson for Document {
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        Ok(match reader.peek(path)? {
            Kind::Null => {
                reader.read_null(path)?;
                Document::Null
            }
            Kind::Bool => Document::Bool(reader.read_bool(path)?),
            Kind::Number => Document::Number(reader.read_number(path)?),
            Kind::String => Document::String(reader.read_str(path)?.into_owned()),
            Kind::Array => {
                reader.begin_array(path)?;
                let mut items = Vec::new();
                while reader.next_element(path)? {
                    items.push(Document::read_json(reader, &path.index(items.len()))?);
                }
                Document::Array(items)
            }
            Kind::Object => {
                reader.begin_object(path)?;
                let mut members = HashMap::new();
                while let Some(key) = reader.next_key(path)? {
                    let value = Document::read_json(reader, &path.key(&key))?;
                    members.insert(key.into_owned(), value);
                }
                Document::Object(members)
            }
        })
    }
}

fn number_text(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<String, DeserializeError> {
    Ok(match reader.read_number(path)? {
        Number::PosInt(n) => n.to_string(),
        Number::NegInt(n) => n.to_string(),
        Number::Float(n) => n.to_string(),
    })
}

impl DeserializeJson for BigInteger {
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        number_text(reader, path)?
            .parse()
            .map_err(|_| DeserializeError::new(path, "expected a whole number"))
    }
}

impl DeserializeJson for BigDecimal {
    fn read_json(reader: &mut Reader<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        number_text(reader, path)?
            .parse()
            .map_err(|_| DeserializeError::new(path, "expected a decimal number"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dense_collections_drop_null_and_sparse_ones_keep_it() {
        let dense: Vec<String> = from_str(r#"["a", null, "b"]"#).expect("valid");
        assert_eq!(dense, ["a", "b"]);
        let sparse: Vec<Option<String>> = from_str(r#"["a", null]"#).expect("valid");
        assert_eq!(sparse, [Some("a".to_owned()), None]);
        let map: HashMap<String, i32> = from_str(r#"{"a": 1, "b": null}"#).expect("valid");
        assert_eq!(map.len(), 1);
    }

    #[test]
    fn errors_name_the_path_and_kind_but_never_the_value() {
        let error =
            from_str::<Vec<String>>(r#"["ok", {"secret": "TOPSECRET"}]"#).expect_err("object");
        assert_eq!(
            error.to_string(),
            "invalid JSON at `$[1]`: expected a string, found an object"
        );
        let error = from_str::<i32>("TOPSECRET").expect_err("not JSON");
        assert!(!error.to_string().contains("TOPSECRET"), "{error}");
        let error = from_str::<Vec<i8>>("[1, 300]").expect_err("range");
        assert_eq!(error.message(), "number out of range for i8");
        assert_eq!(error.path(), "$[1]");
        assert!(from_str::<i32>("1.5").is_err());
    }

    #[test]
    fn reads_special_values() {
        assert!(from_str::<f64>("\"NaN\"").expect("NaN").is_nan());
        assert_eq!(from_str::<f32>("\"-Infinity\""), Ok(f32::NEG_INFINITY));
        assert_eq!(from_str::<DateTime>("1.5"), Ok(DateTime::from_millis(1500)));
        assert_eq!(
            from_str::<DateTime>("-1.5"),
            Ok(DateTime::from_millis(-1500))
        );
        assert_eq!(from_str::<Blob>("\"aGk=\""), Ok(Blob::from("hi")));
        assert!(from_str::<Blob>("\"!!\"").is_err());
        let t = read_document(br#""1970-01-01T00:00:01Z""#, |reader, path| {
            read_timestamp(reader, path, TimestampFormat::DateTime)
        });
        assert_eq!(t, Ok(DateTime::from_secs(1)));
        assert_eq!(
            from_str::<BigInteger>("12")
                .map(|b| b.to_string())
                .as_deref(),
            Ok("12")
        );
        assert_eq!(
            from_str::<BigDecimal>("-3.5")
                .map(|b| b.to_string())
                .as_deref(),
            Ok("-3.5")
        );
        assert!(from_str::<BigInteger>("\"12\"").is_err());
    }

    #[test]
    fn fractional_epoch_seconds_read_as_the_digits_sent() {
        // Found by the json_reader fuzz target: the float nearest 1700000000.123
        // is a little below it, and was read as ...122999907 ns.
        let read = from_str::<DateTime>("1700000000.123").expect("in range");
        assert_eq!(read, DateTime::from_millis(1_700_000_000_123));
        assert_eq!(
            from_str::<DateTime>("-0.000000001"),
            DateTime::from_secs_and_nanos(-1, 999_999_999).map_err(|_| unreachable!())
        );
        assert_eq!(
            from_str::<DateTime>("1.0000000009"),
            DateTime::from_secs_and_nanos(1, 0).map_err(|_| unreachable!()),
            "digits below a nanosecond are dropped"
        );
        for out_of_range in ["1e300", "-1e19", "18446744073709551615"] {
            let error = from_str::<DateTime>(out_of_range).expect_err(out_of_range);
            assert_eq!(error.message(), "epoch seconds out of range");
        }
        assert_eq!(
            from_str::<DateTime>("-9223372036854775808"),
            Ok(DateTime::from_secs(i64::MIN))
        );
    }

    #[test]
    fn empty_input_is_an_empty_object() {
        let map: HashMap<String, i32> = from_slice(b"  \n").expect("empty is {}");
        assert!(map.is_empty());
        assert!(from_slice::<HashMap<String, i32>>(b"{").is_err());
    }

    #[test]
    fn text_that_is_not_utf8_is_refused_where_it_stops_being_so() {
        let error = from_slice::<Vec<String>>(b"[\"ok\",\n \"\xff\"]").expect_err("not UTF-8");
        assert_eq!(error.path(), "$");
        assert_eq!(
            error.message(),
            "not valid JSON: text that is not UTF-8 at line 2, column 3"
        );
    }

    #[test]
    fn unknown_members_are_skipped_and_payloads_may_be_unset() {
        let map: HashMap<String, Vec<i32>> =
            from_str(r#"{"a": [1, null, 2], "b": null}"#).expect("valid");
        assert_eq!(map.get("a"), Some(&vec![1, 2]));
        assert_eq!(from_payload::<HashMap<String, i32>>(b" { } "), Ok(None));
        assert_eq!(from_payload::<HashMap<String, i32>>(b""), Ok(None));
        let some = from_payload::<HashMap<String, i32>>(br#"{"x": 1}"#).expect("valid");
        assert_eq!(some.map(|m| m.len()), Some(1));
        assert!(from_payload::<HashMap<String, i32>>(b"{} x").is_err());
    }
}
