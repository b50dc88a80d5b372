//! Smithy `timestamp`: an instant with nanosecond precision, and its wire formats.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

const NANOS_PER_SECOND: u32 = 1_000_000_000;

/// An instant in time, as seconds and nanoseconds since the Unix epoch.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    seconds: i64,
    subsecond_nanos: u32,
}

/// How a timestamp is written on the wire.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimestampFormat {
    /// Seconds since the epoch, as a number with an optional fraction (`1700000000.5`).
    EpochSeconds,
    /// RFC 3339 (`2023-11-14T22:13:20Z`).
    DateTime,
    /// IMF-fixdate, as in HTTP headers (`Tue, 14 Nov 2023 22:13:20 GMT`).
    HttpDate,
}

/// A timestamp could not be made, parsed or formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTimeError {
    message: String,
}

impl DateTimeError {
    fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

impl fmt::Display for DateTimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DateTimeError {}

impl DateTime {
    /// Whole seconds since the epoch.
    pub const fn from_secs(seconds: i64) -> Self {
        Self {
            seconds,
            subsecond_nanos: 0,
        }
    }

    /// Seconds and a nanosecond fraction (below one second).
    pub fn from_secs_and_nanos(seconds: i64, subsecond_nanos: u32) -> Result<Self, DateTimeError> {
        if subsecond_nanos >= NANOS_PER_SECOND {
            return Err(DateTimeError::new(format!(
                "{subsecond_nanos} nanoseconds is not below one second"
            )));
        }
        Ok(Self {
            seconds,
            subsecond_nanos,
        })
    }

    /// Milliseconds since the epoch.
    pub fn from_millis(millis: i64) -> Self {
        Self {
            seconds: millis.div_euclid(1000),
            subsecond_nanos: (millis.rem_euclid(1000) as u32) * 1_000_000,
        }
    }

    /// Fractional seconds since the epoch; `-1.5` is 1.5 seconds before it.
    pub fn from_secs_f64(value: f64) -> Result<Self, DateTimeError> {
        if !value.is_finite() || value.abs() >= i64::MAX as f64 {
            return Err(DateTimeError::new(format!(
                "{value} is not a representable number of seconds"
            )));
        }
        let seconds = value.floor();
        let nanos = ((value - seconds) * f64::from(NANOS_PER_SECOND)).round() as u32;
        // Rounding can carry a fraction up to a whole second.
        let (seconds, nanos) = if nanos >= NANOS_PER_SECOND {
            (seconds + 1.0, 0)
        } else {
            (seconds, nanos)
        };
        Ok(Self {
            seconds: seconds as i64,
            subsecond_nanos: nanos,
        })
    }

    /// Whole seconds since the epoch (rounded down).
    pub const fn secs(&self) -> i64 {
        self.seconds
    }

    /// The nanoseconds past [`secs`](Self::secs).
    pub const fn subsec_nanos(&self) -> u32 {
        self.subsecond_nanos
    }

    /// Fractional seconds since the epoch.
    pub fn as_secs_f64(&self) -> f64 {
        self.seconds as f64 + f64::from(self.subsecond_nanos) / f64::from(NANOS_PER_SECOND)
    }

    fn to_offset(self) -> Result<OffsetDateTime, DateTimeError> {
        let nanos = i128::from(self.seconds) * i128::from(NANOS_PER_SECOND)
            + i128::from(self.subsecond_nanos);
        OffsetDateTime::from_unix_timestamp_nanos(nanos).map_err(|_| {
            DateTimeError::new(format!(
                "{} seconds since the epoch is out of range",
                self.seconds
            ))
        })
    }

    fn from_offset(value: OffsetDateTime) -> Self {
        Self {
            seconds: value.unix_timestamp(),
            subsecond_nanos: value.nanosecond(),
        }
    }

    /// Writes the timestamp in `format`.
    pub fn fmt(&self, format: TimestampFormat) -> Result<String, DateTimeError> {
        match format {
            TimestampFormat::EpochSeconds => {
                let millis = self.subsecond_nanos / 1_000_000;
                if millis == 0 {
                    Ok(self.seconds.to_string())
                } else {
                    let fraction = format!("{millis:03}");
                    Ok(format!(
                        "{}.{}",
                        self.seconds,
                        fraction.trim_end_matches('0')
                    ))
                }
            }
            TimestampFormat::DateTime => {
                let value = self.to_offset()?;
                let (y, mo, d) = (value.year(), u8::from(value.month()), value.day());
                if !(0..=9999).contains(&y) {
                    return Err(DateTimeError::new(format!(
                        "year {y} cannot be written as RFC 3339"
                    )));
                }
                let mut out = format!(
                    "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}",
                    value.hour(),
                    value.minute(),
                    value.second()
                );
                if self.subsecond_nanos != 0 {
                    let fraction = format!("{:09}", self.subsecond_nanos);
                    out.push('.');
                    out.push_str(fraction.trim_end_matches('0'));
                }
                out.push('Z');
                Ok(out)
            }
            TimestampFormat::HttpDate => {
                let system = SystemTime::try_from(*self)?;
                Ok(httpdate::fmt_http_date(system))
            }
        }
    }

    /// Reads a timestamp written in `format`.
    pub fn parse(text: &str, format: TimestampFormat) -> Result<Self, DateTimeError> {
        match format {
            TimestampFormat::EpochSeconds => {
                let invalid =
                    || DateTimeError::new(format!("invalid epoch-seconds timestamp `{text}`"));
                let valid = !text.is_empty()
                    && text
                        .trim_start_matches('-')
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == '.')
                    && text.matches('.').count() <= 1;
                if !valid {
                    return Err(invalid());
                }
                match text.parse::<i64>() {
                    Ok(seconds) => Ok(Self::from_secs(seconds)),
                    Err(_) => text
                        .parse::<f64>()
                        .map_err(|_| invalid())
                        .and_then(Self::from_secs_f64),
                }
            }
            TimestampFormat::DateTime => OffsetDateTime::parse(text, &Rfc3339)
                .map(Self::from_offset)
                .map_err(|e| {
                    DateTimeError::new(format!("invalid RFC 3339 timestamp `{text}`: {e}"))
                }),
            TimestampFormat::HttpDate => httpdate::parse_http_date(text)
                .map(Self::from)
                .map_err(|e| DateTimeError::new(format!("invalid HTTP date `{text}`: {e}"))),
        }
    }
}

impl From<SystemTime> for DateTime {
    fn from(time: SystemTime) -> Self {
        match time.duration_since(UNIX_EPOCH) {
            Ok(after) => Self {
                seconds: after.as_secs() as i64,
                subsecond_nanos: after.subsec_nanos(),
            },
            Err(before) => {
                let before = before.duration();
                let nanos = before.subsec_nanos();
                if nanos == 0 {
                    Self::from_secs(-(before.as_secs() as i64))
                } else {
                    Self {
                        seconds: -(before.as_secs() as i64) - 1,
                        subsecond_nanos: NANOS_PER_SECOND - nanos,
                    }
                }
            }
        }
    }
}

impl TryFrom<DateTime> for SystemTime {
    type Error = DateTimeError;

    fn try_from(value: DateTime) -> Result<Self, Self::Error> {
        let overflow = || {
            DateTimeError::new(format!(
                "{} seconds since the epoch does not fit a SystemTime",
                value.seconds
            ))
        };
        if value.seconds >= 0 {
            UNIX_EPOCH
                .checked_add(Duration::new(value.seconds as u64, value.subsecond_nanos))
                .ok_or_else(overflow)
        } else {
            UNIX_EPOCH
                .checked_sub(Duration::from_secs(value.seconds.unsigned_abs()))
                .and_then(|t| t.checked_add(Duration::from_nanos(u64::from(value.subsecond_nanos))))
                .ok_or_else(overflow)
        }
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match DateTime::fmt(self, TimestampFormat::DateTime) {
            Ok(text) => f.write_str(&text),
            Err(_) => write!(f, "{}s+{}ns", self.seconds, self.subsecond_nanos),
        }
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{DateTime, TimestampFormat};
    use serde::de::{self, Visitor};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::fmt;

    impl Serialize for DateTime {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self.fmt(TimestampFormat::DateTime) {
                Ok(text) => serializer.serialize_str(&text),
                Err(_) => serializer.serialize_f64(self.as_secs_f64()),
            }
        }
    }

    impl<'de> Deserialize<'de> for DateTime {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct DateTimeVisitor;
            impl Visitor<'_> for DateTimeVisitor {
                type Value = DateTime;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an RFC 3339 timestamp or a number of epoch seconds")
                }
                fn visit_str<E: de::Error>(self, v: &str) -> Result<DateTime, E> {
                    DateTime::parse(v, TimestampFormat::DateTime).map_err(E::custom)
                }
                fn visit_i64<E: de::Error>(self, v: i64) -> Result<DateTime, E> {
                    Ok(DateTime::from_secs(v))
                }
                fn visit_u64<E: de::Error>(self, v: u64) -> Result<DateTime, E> {
                    i64::try_from(v).map(DateTime::from_secs).map_err(E::custom)
                }
                fn visit_f64<E: de::Error>(self, v: f64) -> Result<DateTime, E> {
                    DateTime::from_secs_f64(v).map_err(E::custom)
                }
            }
            deserializer.deserialize_any(DateTimeVisitor)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_every_wire_format() {
        let t = DateTime::from_secs(1_700_000_000);
        assert_eq!(
            t.fmt(TimestampFormat::EpochSeconds).as_deref(),
            Ok("1700000000")
        );
        assert_eq!(
            t.fmt(TimestampFormat::DateTime).as_deref(),
            Ok("2023-11-14T22:13:20Z")
        );
        assert_eq!(
            t.fmt(TimestampFormat::HttpDate).as_deref(),
            Ok("Tue, 14 Nov 2023 22:13:20 GMT")
        );
        let fractional = DateTime::from_secs_and_nanos(1_700_000_000, 123_000_000).expect("valid");
        assert_eq!(
            fractional.fmt(TimestampFormat::EpochSeconds).as_deref(),
            Ok("1700000000.123")
        );
        assert_eq!(
            fractional.fmt(TimestampFormat::DateTime).as_deref(),
            Ok("2023-11-14T22:13:20.123Z")
        );
        assert_eq!(format!("{fractional:?}"), "2023-11-14T22:13:20.123Z");
    }

    #[test]
    fn parses_every_wire_format() {
        let expected = DateTime::from_secs(1_700_000_000);
        for (text, format) in [
            ("1700000000", TimestampFormat::EpochSeconds),
            ("2023-11-14T22:13:20Z", TimestampFormat::DateTime),
            ("2023-11-15T00:13:20+02:00", TimestampFormat::DateTime),
            ("Tue, 14 Nov 2023 22:13:20 GMT", TimestampFormat::HttpDate),
        ] {
            assert_eq!(DateTime::parse(text, format), Ok(expected), "{text}");
        }
        let negative = DateTime::parse("-1.5", TimestampFormat::EpochSeconds).expect("valid");
        assert_eq!(
            (negative.secs(), negative.subsec_nanos()),
            (-2, 500_000_000)
        );
        let error =
            DateTime::parse("abc", TimestampFormat::EpochSeconds).expect_err("not a number");
        assert_eq!(error.to_string(), "invalid epoch-seconds timestamp `abc`");
        assert!(DateTime::parse("yesterday", TimestampFormat::DateTime).is_err());
        assert!(DateTime::from_secs_and_nanos(0, 1_000_000_000).is_err());
        assert!(DateTime::from_secs_f64(f64::NAN).is_err());
    }

    #[test]
    fn converts_to_and_from_system_time() {
        for t in [
            DateTime::from_secs(5),
            DateTime::from_millis(-1500),
            DateTime::from_secs(0),
        ] {
            let system = SystemTime::try_from(t).expect("in range");
            assert_eq!(DateTime::from(system), t);
        }
        assert_eq!(DateTime::from_millis(-1500).secs(), -2);
    }
}
