//! Reading protocol JSON from a parsed [`Value`] tree into typed values.
//!
//! Errors name the path of the offending value and its JSON kind, never its
//! content: the value may be a secret.

use super::JsonPath;
use super::Value;
use crate::error::BuildError;
use crate::Number;
use crate::{BigDecimal, BigInteger, Blob, DateTime, Document, TimestampFormat};
use std::borrow::Cow;
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

    /// The text is not JSON at all.
    pub fn syntax(error: serde_json::Error) -> Self {
        Self {
            path: "$".to_owned(),
            message: format!(
                "not valid JSON ({:?} error at line {}, column {})",
                error.classify(),
                error.line(),
                error.column()
            ),
            invalid_members: false,
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

    /// Reads `value`, found at `path`.
    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError>;
}

fn expected(path: &JsonPath<'_>, what: &str, found: &Value<'_>) -> DeserializeError {
    DeserializeError::new(path, format!("expected {what}, found {}", found.kind()))
}

/// The members of the object at `path`.
pub fn expect_object<'v, 'a>(
    value: &'v Value<'a>,
    path: &JsonPath<'_>,
) -> Result<&'v [(Cow<'a, str>, Value<'a>)], DeserializeError> {
    value
        .as_object()
        .ok_or_else(|| expected(path, "an object", value))
}

/// The members of the object at `path` as `(key, value)` pairs, for generated readers.
pub fn members<'v, 'a>(
    value: &'v Value<'a>,
    path: &JsonPath<'_>,
) -> Result<impl Iterator<Item = (&'v str, &'v Value<'a>)>, DeserializeError> {
    Ok(expect_object(value, path)?
        .iter()
        .map(|(key, value)| (key.as_ref(), value)))
}

/// Reads a timestamp written in `format`.
pub fn read_timestamp(
    value: &Value<'_>,
    path: &JsonPath<'_>,
    format: TimestampFormat,
) -> Result<DateTime, DeserializeError> {
    match format {
        TimestampFormat::EpochSeconds => DateTime::read_json(value, path),
        _ => {
            let name = if format == TimestampFormat::HttpDate {
                "an HTTP date"
            } else {
                "an RFC 3339 timestamp"
            };
            let text = value
                .as_str()
                .ok_or_else(|| expected(path, &format!("{name} string"), value))?;
            DateTime::parse(text, format)
                .map_err(|_| DeserializeError::new(path, format!("expected {name}")))
        }
    }
}

/// Reads a whole document. Empty input reads as `{}`: an operation output
/// without members may come with an empty body.
pub fn from_slice<T: DeserializeJson>(bytes: &[u8]) -> Result<T, DeserializeError> {
    T::read_json(&parse(bytes)?, &JsonPath::Root)
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

/// Parses JSON text into a value tree; empty input is `{}`.
pub fn parse(bytes: &[u8]) -> Result<Value<'_>, DeserializeError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        Ok(Value::Object(Vec::new()))
    } else {
        serde_json::from_slice(bytes).map_err(DeserializeError::syntax)
    }
}

/// Reads a whole document from text; see [`from_slice`].
pub fn from_str<T: DeserializeJson>(text: &str) -> Result<T, DeserializeError> {
    from_slice(text.as_bytes())
}

impl DeserializeJson for String {
    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        value
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| expected(path, "a string", value))
    }
}

impl DeserializeJson for bool {
    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        value
            .as_bool()
            .ok_or_else(|| expected(path, "a boolean", value))
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl DeserializeJson for $t {
            fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
                let out_of_range = || DeserializeError::new(path, concat!("number out of range for ", stringify!($t)));
                match value {
                    Value::Number(Number::PosInt(n)) => <$t>::try_from(*n).map_err(|_| out_of_range()),
                    Value::Number(Number::NegInt(n)) => <$t>::try_from(*n).map_err(|_| out_of_range()),
                    Value::Number(Number::Float(_)) => Err(DeserializeError::new(path, "expected a whole number, found a fraction")),
                    other => Err(expected(path, "a whole number", other)),
                }
            }
        }
    )*};
}
integers!(i8, i16, i32, i64);

fn read_float(value: &Value<'_>, path: &JsonPath<'_>) -> Result<f64, DeserializeError> {
    match value {
        Value::Number(n) => Ok(n.as_f64()),
        Value::String(s) => match s.as_ref() {
            "NaN" => Ok(f64::NAN),
            "Infinity" => Ok(f64::INFINITY),
            "-Infinity" => Ok(f64::NEG_INFINITY),
            _ => Err(DeserializeError::new(
                path,
                "expected a number, found a string other than NaN, Infinity or -Infinity",
            )),
        },
        other => Err(expected(path, "a number", other)),
    }
}

impl DeserializeJson for f64 {
    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        read_float(value, path)
    }
}

impl DeserializeJson for f32 {
    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        read_float(value, path).map(|f| f as f32)
    }
}

impl<T: DeserializeJson> DeserializeJson for Vec<T> {
    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        let items = value
            .as_array()
            .ok_or_else(|| expected(path, "an array", value))?;
        let mut out = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            if item.is_null() && !T::NULLABLE {
                continue;
            }
            out.push(T::read_json(item, &path.index(index))?);
        }
        Ok(out)
    }
}

impl<T: DeserializeJson> DeserializeJson for HashMap<String, T> {
    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        let members = expect_object(value, path)?;
        let mut out = HashMap::with_capacity(members.len());
        for (key, item) in members {
            if item.is_null() && !T::NULLABLE {
                continue;
            }
            out.insert(key.to_string(), T::read_json(item, &path.key(key))?);
        }
        Ok(out)
    }
}

impl<T: DeserializeJson> DeserializeJson for Option<T> {
    const NULLABLE: bool = true;

    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        match value {
            Value::Null => Ok(None),
            value => T::read_json(value, path).map(Some),
        }
    }
}

impl<T: DeserializeJson> DeserializeJson for Box<T> {
    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        T::read_json(value, path).map(Box::new)
    }
}

/// Epoch seconds, whole or fractional.
impl DeserializeJson for DateTime {
    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        let out_of_range = || DeserializeError::new(path, "epoch seconds out of range");
        match value {
            Value::Number(Number::Float(seconds)) => {
                epoch_from_f64(*seconds).ok_or_else(out_of_range)
            }
            Value::Number(n) => n.as_i64().map(DateTime::from_secs).ok_or_else(out_of_range),
            other => Err(expected(path, "a number of epoch seconds", other)),
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
    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        let text = value
            .as_str()
            .ok_or_else(|| expected(path, "a base64 string", value))?;
        Blob::from_base64(text)
            .map_err(|_| DeserializeError::new(path, "expected base64, found a string that is not"))
    }
}

impl DeserializeJson for Document {
    fn read_json(value: &Value<'_>, _path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        Ok(Document::from(value))
    }
}

fn number_text(value: &Value<'_>, path: &JsonPath<'_>) -> Result<String, DeserializeError> {
    match value {
        Value::Number(Number::PosInt(n)) => Ok(n.to_string()),
        Value::Number(Number::NegInt(n)) => Ok(n.to_string()),
        Value::Number(Number::Float(n)) => Ok(n.to_string()),
        other => Err(expected(path, "a number", other)),
    }
}

impl DeserializeJson for BigInteger {
    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        number_text(value, path)?
            .parse()
            .map_err(|_| DeserializeError::new(path, "expected a whole number"))
    }
}

impl DeserializeJson for BigDecimal {
    fn read_json(value: &Value<'_>, path: &JsonPath<'_>) -> Result<Self, DeserializeError> {
        number_text(value, path)?
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
        let t = read_timestamp(
            &Value::String("1970-01-01T00:00:01Z".into()),
            &JsonPath::Root,
            TimestampFormat::DateTime,
        );
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
}
