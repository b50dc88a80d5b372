//! Waiters: the generic part of `wait_until_<name>()`.
//!
//! The generated code reads the paths an acceptor names out of the typed
//! input and output into a [`Value`] (the JSON-like view JMESPath works on) and
//! decides each attempt's [`AcceptorState`]; this module does the rest: the
//! JMESPath operators and functions the AWS waiters use ([`cmp`], [`and`],
//! [`or`], [`not`], [`length`]), the Smithy comparators ([`Comparator`]), and
//! the loop ([`wait`]) with the Smithy waiter backoff ([`delay`]).

use crate::client::SdkError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A JSON-like value, as JMESPath sees the part of an input or output a path reads.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`: an absent member, or a type JMESPath has no comparison for.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string (enums are their string values).
    String(String),
    /// A list (a projection's results).
    List(Vec<Value>),
}

impl From<&str> for Value {
    fn from(value: &str) -> Self {
        Value::String(value.to_owned())
    }
}

impl Value {
    /// JMESPath truthiness: `false`, `null`, `""` and `[]` are false.
    pub fn is_truthy(&self) -> bool {
        match self {
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number(_) => true,
            Value::String(s) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
        }
    }
}

/// A JMESPath comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

/// `left op right`: equality on any values; ordering on numbers only (else `null`).
pub fn cmp(op: CmpOp, left: &Value, right: &Value) -> Value {
    match op {
        CmpOp::Eq => Value::Bool(left == right),
        CmpOp::Ne => Value::Bool(left != right),
        _ => match (left, right) {
            (Value::Number(l), Value::Number(r)) => Value::Bool(match op {
                CmpOp::Lt => l < r,
                CmpOp::Le => l <= r,
                CmpOp::Gt => l > r,
                _ => l >= r,
            }),
            _ => Value::Null,
        },
    }
}

/// `left && right`: `left` when it is falsy, else `right`.
pub fn and(left: Value, right: impl FnOnce() -> Value) -> Value {
    if left.is_truthy() {
        right()
    } else {
        left
    }
}

/// `left || right`: `left` when it is truthy, else `right`.
pub fn or(left: Value, right: impl FnOnce() -> Value) -> Value {
    if left.is_truthy() {
        left
    } else {
        right()
    }
}

/// `!value`.
pub fn not(value: &Value) -> Value {
    Value::Bool(!value.is_truthy())
}

/// `length(value)`: a list's length or a string's in code points; `null` for anything
/// else (an error in JMESPath, which matches no acceptor either).
pub fn length(value: &Value) -> Value {
    match value {
        Value::List(l) => Value::Number(l.len() as f64),
        Value::String(s) => Value::Number(s.chars().count() as f64),
        _ => Value::Null,
    }
}

/// How an acceptor compares the value its path reads with its `expected` text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparator {
    /// The value is a string equal to `expected`.
    StringEquals,
    /// The value is a boolean equal to `expected` (`"true"` or `"false"`).
    BooleanEquals,
    /// The value is a non-empty list of strings, each equal to `expected`.
    AllStringEquals,
    /// The value is a list with at least one string equal to `expected`.
    AnyStringEquals,
}

impl Comparator {
    /// Whether `value` matches `expected`.
    pub fn matches(self, value: &Value, expected: &str) -> bool {
        let is = |v: &Value| matches!(v, Value::String(s) if s == expected);
        match (self, value) {
            (Comparator::StringEquals, v) => is(v),
            (Comparator::BooleanEquals, Value::Bool(b)) => {
                expected == if *b { "true" } else { "false" }
            }
            (Comparator::AllStringEquals, Value::List(l)) => !l.is_empty() && l.iter().all(is),
            (Comparator::AnyStringEquals, Value::List(l)) => l.iter().any(is),
            _ => false,
        }
    }
}

/// What an acceptor that matches makes of the waiter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AcceptorState {
    /// Done: the resource is in the state waited for.
    Success,
    /// Done: the resource can no longer reach that state.
    Failure,
    /// Try again after a delay.
    Retry,
}

/// Sleeps for a duration: the waiter's way to wait between attempts, replaceable
/// (tests record the delays and take no time).
pub type Sleep = Arc<dyn Fn(Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

/// The default [`Sleep`]: `tokio::time::sleep`.
pub fn tokio_sleep() -> Sleep {
    Arc::new(|duration| Box::pin(tokio::time::sleep(duration)))
}

/// The delays of a waiter.
#[derive(Clone)]
pub struct WaiterConfig {
    /// The least delay between attempts (the model's `minDelay`).
    pub min_delay: Duration,
    /// The most delay between attempts (the model's `maxDelay`).
    pub max_delay: Duration,
    /// How long to wait in all before giving up.
    pub max_wait: Duration,
    /// How to sleep between attempts.
    pub sleep: Sleep,
}

impl fmt::Debug for WaiterConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WaiterConfig")
            .field("min_delay", &self.min_delay)
            .field("max_delay", &self.max_delay)
            .field("max_wait", &self.max_wait)
            .finish_non_exhaustive()
    }
}

/// Why a waiter ended without reaching its success state.
#[derive(Debug)]
pub enum WaiterError<O, E> {
    /// An acceptor with the `failure` state matched; the attempt's result is kept.
    Failure(Result<O, SdkError<E>>),
    /// The maximum wait passed (or too little of it was left for another attempt).
    MaxWaitExceeded {
        /// How long the waiter waited.
        elapsed: Duration,
        /// How many times it sent the operation.
        attempts: u32,
    },
    /// The operation failed with an error no acceptor matched.
    Operation(SdkError<E>),
    /// The delays make no sense: `min_delay` is zero or above `max_delay`, or
    /// `max_wait` is not above `min_delay`.
    InvalidConfig(String),
}

impl<O, E: fmt::Display> fmt::Display for WaiterError<O, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaiterError::Failure(Ok(_)) => write!(f, "the waiter reached a failure state"),
            WaiterError::Failure(Err(e)) => write!(f, "the waiter reached a failure state: {e}"),
            WaiterError::MaxWaitExceeded { elapsed, attempts } => write!(
                f,
                "the waiter gave up after {attempts} attempts in {:.1} s (its maximum wait)",
                elapsed.as_secs_f64()
            ),
            WaiterError::Operation(e) => write!(f, "the waiter's operation failed: {e}"),
            WaiterError::InvalidConfig(why) => write!(f, "invalid waiter configuration: {why}"),
        }
    }
}

impl<O: fmt::Debug, E: std::error::Error + 'static> std::error::Error for WaiterError<O, E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaiterError::Failure(Err(e)) | WaiterError::Operation(e) => Some(e),
            _ => None,
        }
    }
}

/// The delay before attempt `attempt + 1` (`attempt` is 1 after the first), as the
/// Smithy waiter specification computes it: `min_delay · 2^(attempt−1)` capped at
/// `max_delay`, then a random delay between `min_delay` and that; and never so
/// long that less than `min_delay` of `remaining` would be left. `None` when
/// `remaining` leaves no room for another attempt.
pub fn delay(
    attempt: u32,
    min_delay: Duration,
    max_delay: Duration,
    remaining: Duration,
) -> Option<Duration> {
    if remaining <= min_delay {
        return None;
    }
    let min = min_delay.as_secs_f64();
    let max = max_delay.as_secs_f64();
    let ceiling = (max / min).log2() + 1.0;
    let upper = if f64::from(attempt) > ceiling {
        max
    } else {
        (min * 2f64.powi(attempt as i32 - 1)).min(max)
    };
    let chosen = Duration::from_secs_f64(min + (upper - min) * fastrand::f64());
    Some(chosen.min(remaining - min_delay))
}

/// Sends with `attempt` until `decide` calls a result success or failure, an
/// error matches no acceptor, or `config.max_wait` passes; sleeping
/// [`delay`] between attempts. `decide` returns `None` when no acceptor
/// matched, which is a retry after an output and the end after an error.
///
/// Success is the result the success acceptor matched: an output, or an error
/// (a waiter for a deletion succeeds on "not found").
pub async fn wait<O, E, F, Fut>(
    config: WaiterConfig,
    mut attempt: F,
    decide: impl Fn(&Result<O, SdkError<E>>) -> Option<AcceptorState>,
) -> Result<Result<O, SdkError<E>>, WaiterError<O, E>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<O, SdkError<E>>>,
{
    if config.min_delay.is_zero() || config.min_delay > config.max_delay {
        return Err(WaiterError::InvalidConfig(format!(
            "min_delay ({:?}) must be above zero and at most max_delay ({:?})",
            config.min_delay, config.max_delay
        )));
    }
    if config.max_wait <= config.min_delay {
        return Err(WaiterError::InvalidConfig(format!(
            "max_wait ({:?}) must be above min_delay ({:?})",
            config.max_wait, config.min_delay
        )));
    }
    let start = Instant::now();
    // What was slept, for a `sleep` that takes no real time (tests): the time
    // waited is the more of the two.
    let mut slept = Duration::ZERO;
    let mut attempts = 0u32;
    loop {
        attempts += 1;
        let result = attempt().await;
        match decide(&result) {
            Some(AcceptorState::Success) => return Ok(result),
            Some(AcceptorState::Failure) => return Err(WaiterError::Failure(result)),
            Some(AcceptorState::Retry) => {}
            None => {
                if let Err(e) = result {
                    return Err(WaiterError::Operation(e));
                }
            }
        }
        let elapsed = start.elapsed().max(slept);
        let remaining = config.max_wait.saturating_sub(elapsed);
        let Some(wait) = delay(attempts, config.min_delay, config.max_delay, remaining) else {
            return Err(WaiterError::MaxWaitExceeded { elapsed, attempts });
        };
        (config.sleep)(wait).await;
        slept += wait;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_from_min_and_stay_within_max_and_the_time_left() {
        let (min, max) = (Duration::from_secs(2), Duration::from_secs(120));
        let long = Duration::from_secs(10_000);
        for attempt in 1..20 {
            let cap = (2.0 * 2f64.powi(attempt as i32 - 1)).min(120.0);
            for _ in 0..50 {
                let d = delay(attempt, min, max, long).expect("room").as_secs_f64();
                assert!((2.0..=cap).contains(&d), "attempt {attempt}: {d}");
            }
        }
        assert_eq!(delay(1, min, max, Duration::from_secs(2)), None);
        let d = delay(9, min, max, Duration::from_secs(5)).expect("room");
        assert!(d <= Duration::from_secs(3));
    }

    #[test]
    fn comparators_follow_the_spec() {
        let s = |v: &str| Value::String(v.to_owned());
        let list = Value::List(vec![s("a"), s("a")]);
        assert!(Comparator::StringEquals.matches(&s("a"), "a"));
        assert!(!Comparator::StringEquals.matches(&list, "a"));
        assert!(Comparator::BooleanEquals.matches(&Value::Bool(false), "false"));
        assert!(!Comparator::BooleanEquals.matches(&s("false"), "false"));
        assert!(Comparator::AllStringEquals.matches(&list, "a"));
        assert!(!Comparator::AllStringEquals.matches(&Value::List(vec![]), "a"));
        assert!(Comparator::AnyStringEquals.matches(&Value::List(vec![s("b"), s("a")]), "a"));
        assert!(!Comparator::AnyStringEquals.matches(&s("a"), "a"));
    }

    #[test]
    fn operators_follow_jmespath() {
        let n = Value::Number;
        assert_eq!(cmp(CmpOp::Gt, &n(2.0), &n(1.0)), Value::Bool(true));
        assert_eq!(cmp(CmpOp::Gt, &Value::Null, &n(1.0)), Value::Null);
        assert_eq!(
            cmp(CmpOp::Eq, &Value::Null, &Value::Null),
            Value::Bool(true)
        );
        assert_eq!(and(Value::Null, || n(1.0)), Value::Null);
        assert_eq!(or(Value::List(vec![]), || n(1.0)), n(1.0));
        assert_eq!(not(&Value::String(String::new())), Value::Bool(true));
        assert_eq!(length(&Value::from("né")), n(2.0));
        assert_eq!(length(&Value::Null), Value::Null);
    }
}
