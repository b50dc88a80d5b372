//! Smithy `bigInteger` and `bigDecimal`, kept as their exact decimal text.

use std::fmt;
use std::str::FromStr;

/// An arbitrarily large whole number, as decimal text.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BigInteger(String);

/// An arbitrarily precise decimal number, as text in JSON number syntax.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BigDecimal(String);

/// Text that is not a number of the expected kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BigNumberError {
    text: String,
    expected: &'static str,
}

impl fmt::Display for BigNumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not {}", self.text, self.expected)
    }
}

impl std::error::Error for BigNumberError {}

fn digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

fn is_integer(text: &str) -> bool {
    digits(text.strip_prefix('-').unwrap_or(text))
}

/// JSON number syntax: `-?digits(.digits)?([eE][+-]?digits)?`.
fn is_decimal(text: &str) -> bool {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let mantissa = mantissa.strip_prefix('-').unwrap_or(mantissa);
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)));
    mantissa_ok && exponent_ok
}

macro_rules! big_number {
    ($type:ident, $check:ident, $expected:literal) => {
        impl $type {
            /// The number's decimal text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $type {
            type Err = BigNumberError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                if $check(text) {
                    Ok(Self(text.to_owned()))
                } else {
                    Err(BigNumberError {
                        text: text.to_owned(),
                        expected: $expected,
                    })
                }
            }
        }

        impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $type {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

big_number!(BigInteger, is_integer, "a whole number");
big_number!(BigDecimal, is_decimal, "a decimal number");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_syntax() {
        assert_eq!(
            "-123"
                .parse::<BigInteger>()
                .map(|b| b.to_string())
                .as_deref(),
            Ok("-123")
        );
        assert!("1.5".parse::<BigInteger>().is_err());
        for ok in ["1", "-1.25", "3e10", "2.5E-3"] {
            assert!(ok.parse::<BigDecimal>().is_ok(), "{ok}");
        }
        for bad in ["", "1.", ".5", "e5", "1e", "--1"] {
            assert!(bad.parse::<BigDecimal>().is_err(), "{bad}");
        }
        let error = "x".parse::<BigInteger>().expect_err("not a number");
        assert_eq!(error.to_string(), "`x` is not a whole number");
    }
}
