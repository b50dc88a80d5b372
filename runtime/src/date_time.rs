//! Smithy `timestamp`: an instant with nanosecond precision, and its wire formats.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

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
                let days = self.seconds.div_euclid(86_400);
                let second_of_day = self.seconds.rem_euclid(86_400);
                let (y, mo, d) = civil_from_days(days);
                if !(0..=9999).contains(&y) {
                    return Err(DateTimeError::new(format!(
                        "year {y} cannot be written as RFC 3339"
                    )));
                }
                let (h, mi, sec) = (
                    second_of_day / 3600,
                    second_of_day / 60 % 60,
                    second_of_day % 60,
                );
                let mut out = format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{sec:02}");
                if self.subsecond_nanos != 0 {
                    let fraction = format!("{:09}", self.subsecond_nanos);
                    out.push('.');
                    out.push_str(fraction.trim_end_matches('0'));
                }
                out.push('Z');
                Ok(out)
            }
            // Written here rather than by httpdate, which panics outside
            // 1970..=9999 (an instant a caller may well set).
            TimestampFormat::HttpDate => {
                const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
                const MONTHS: [&str; 12] = [
                    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                    "Dec",
                ];
                let days = self.seconds.div_euclid(86_400);
                let second_of_day = self.seconds.rem_euclid(86_400);
                let (y, mo, d) = civil_from_days(days);
                if !(0..=9999).contains(&y) {
                    return Err(DateTimeError::new(format!(
                        "year {y} cannot be written as an HTTP date"
                    )));
                }
                // 1970-01-01 was a Thursday.
                let weekday = DAYS[(days + 4).rem_euclid(7) as usize];
                let month = MONTHS[(mo - 1) as usize];
                Ok(format!(
                    "{weekday}, {d:02} {month} {y:04} {:02}:{:02}:{:02} GMT",
                    second_of_day / 3600,
                    second_of_day / 60 % 60,
                    second_of_day % 60
                ))
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
            TimestampFormat::DateTime => parse_rfc3339(text)
                .ok_or_else(|| DateTimeError::new(format!("invalid RFC 3339 timestamp `{text}`"))),
            TimestampFormat::HttpDate => httpdate::parse_http_date(text)
                .map(Self::from)
                .map_err(|e| DateTimeError::new(format!("invalid HTTP date `{text}`: {e}"))),
        }
    }
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (the
/// "civil from days" algorithm of Howard Hinnant's date library).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The day count since 1970-01-01 of a proleptic Gregorian date (the inverse of
/// [`civil_from_days`]).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let month = i64::from(month);
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; `None` when malformed.
fn parse_rfc3339(text: &str) -> Option<DateTime> {
    let bytes = text.as_bytes();
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let digits = text.get(range)?;
        digits
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| digits.parse().ok())?
    };
    if bytes.len() < 20
        || bytes[4] != b'-'
        || bytes[7] != b'-'
        || !matches!(bytes[10], b'T' | b't' | b' ')
        || bytes[13] != b':'
        || bytes[16] != b':'
    {
        return None;
    }
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    // A leap second (:60) is read as the last second of the minute.
    if day == 0 || day > days_in_month || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut rest = &text[19..];
    let mut nanos = 0u32;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let kept = &fraction[..digits.min(9)];
        nanos = kept.parse::<u32>().ok()? * 10u32.pow(9 - kept.len() as u32);
        rest = &fraction[digits..];
    }
    let offset_seconds = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let offset = rest.get(1..)?;
            if offset.len() != 5 || offset.as_bytes()[2] != b':' {
                return None;
            }
            let (h, m): (i64, i64) = (
                offset.get(0..2)?.parse().ok()?,
                offset.get(3..5)?.parse().ok()?,
            );
            if h > 23 || m > 59 {
                return None;
            }
            sign * (h * 3600 + m * 60)
        }
    };
    let seconds = days_from_civil(i64::from(year), month, day) * 86_400
        + i64::from(hour) * 3600
        + i64::from(minute) * 60
        + i64::from(second.min(59))
        - offset_seconds;
    Some(DateTime {
        seconds,
        subsecond_nanos: nanos,
    })
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
    fn http_dates_outside_what_httpdate_handles_are_written_or_refused_never_a_panic() {
        // httpdate 1 panics for these; they are valid HTTP dates.
        assert_eq!(
            DateTime::from_secs(-1)
                .fmt(TimestampFormat::HttpDate)
                .as_deref(),
            Ok("Wed, 31 Dec 1969 23:59:59 GMT")
        );
        assert_eq!(
            DateTime::from_secs(-2_208_988_800)
                .fmt(TimestampFormat::HttpDate)
                .as_deref(),
            Ok("Mon, 01 Jan 1900 00:00:00 GMT")
        );
        // Year 10000 and year -1 are not.
        assert!(DateTime::from_secs(253_402_300_800)
            .fmt(TimestampFormat::HttpDate)
            .is_err());
        assert!(DateTime::from_secs(-62_167_219_201)
            .fmt(TimestampFormat::HttpDate)
            .is_err());
        assert!(DateTime::from_secs(i64::MIN)
            .fmt(TimestampFormat::HttpDate)
            .is_err());
        // Agrees with httpdate wherever httpdate works.
        for seconds in [
            0,
            1,
            951_782_400,
            1_700_000_000,
            4_102_444_800,
            253_402_300_799,
        ] {
            let system = UNIX_EPOCH + std::time::Duration::from_secs(seconds as u64);
            assert_eq!(
                DateTime::from_secs(seconds).fmt(TimestampFormat::HttpDate),
                Ok(httpdate::fmt_http_date(system)),
                "{seconds}"
            );
        }
    }

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
    fn calendar_math_round_trips_across_eras_and_leap_years() {
        for days in [-800_000, -1, 0, 1, 11_016, 19_675, 60 * 365, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert!(
            DateTime::parse("2023-02-29T00:00:00Z", TimestampFormat::DateTime).is_err(),
            "not a leap year"
        );
        assert!(DateTime::parse("2024-02-29T00:00:00Z", TimestampFormat::DateTime).is_ok());
        for bad in [
            "2023-11-14",
            "2023-11-14T22:13:20",
            "2023-13-01T00:00:00Z",
            "2023-11-14T22:13:20.Z",
            "2023-11-14T22:13:20+2:00",
        ] {
            assert!(
                DateTime::parse(bad, TimestampFormat::DateTime).is_err(),
                "{bad}"
            );
        }
        let precise = DateTime::parse("2023-11-14T22:13:20.123456789Z", TimestampFormat::DateTime)
            .expect("valid");
        assert_eq!(precise.subsec_nanos(), 123_456_789);
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
