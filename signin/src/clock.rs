//! Time, injectable: the sign-in flows wait (polling intervals, callback
//! timeouts) and compare expiry times, and tests must do both without
//! spending real seconds.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

/// A future that completes after a wait.
pub type Sleep = Pin<Box<dyn Future<Output = ()> + Send>>;

/// The wall clock and the waits of the sign-in flows.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// The current time.
    fn now(&self) -> SystemTime;
    /// A future that completes once `duration` has passed on this clock.
    fn sleep(&self, duration: Duration) -> Sleep;
}

/// The system clock with tokio's timer: what every flow uses unless told otherwise.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }

    fn sleep(&self, duration: Duration) -> Sleep {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// A clock that moves only when told to, or when something sleeps on it: a
/// sleep advances the clock by its duration at once (after yielding to the
/// runtime), so a flow that waits minutes runs in microseconds. Every sleep is
/// recorded, for tests to check the waits a flow chose.
#[derive(Debug, Clone)]
pub struct ManualClock {
    state: Arc<Mutex<ManualState>>,
}

#[derive(Debug)]
struct ManualState {
    now: SystemTime,
    sleeps: Vec<Duration>,
}

impl ManualClock {
    /// A clock showing `start`.
    pub fn new(start: SystemTime) -> Self {
        ManualClock {
            state: Arc::new(Mutex::new(ManualState {
                now: start,
                sleeps: Vec::new(),
            })),
        }
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: Duration) {
        let mut state = self.lock();
        state.now += by;
    }

    /// Every sleep so far, in order.
    pub fn sleeps(&self) -> Vec<Duration> {
        self.lock().sleeps.clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ManualState> {
        // The state is two plain values: a panic elsewhere cannot leave it half-written.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Clock for ManualClock {
    fn now(&self) -> SystemTime {
        self.lock().now
    }

    fn sleep(&self, duration: Duration) -> Sleep {
        let state = Arc::clone(&self.state);
        Box::pin(async move {
            {
                let mut state = state.lock().unwrap_or_else(PoisonError::into_inner);
                state.now += duration;
                state.sleeps.push(duration);
            }
            tokio::task::yield_now().await;
        })
    }
}

/// Whole seconds since the Unix epoch (times before it count as 0).
pub(crate) fn epoch_seconds(time: SystemTime) -> i64 {
    time.duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// The time `seconds` after the Unix epoch (negative values clamp to the epoch).
pub(crate) fn from_epoch_seconds(seconds: i64) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(seconds).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_manual_sleep_moves_the_clock_and_is_recorded() {
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000);
        let clock = ManualClock::new(start);
        clock.sleep(Duration::from_secs(5)).await;
        clock.advance(Duration::from_secs(1));
        assert_eq!(clock.now(), start + Duration::from_secs(6));
        assert_eq!(clock.sleeps(), vec![Duration::from_secs(5)]);
    }

    #[test]
    fn epoch_conversions_clamp_instead_of_panicking() {
        assert_eq!(
            epoch_seconds(SystemTime::UNIX_EPOCH - Duration::from_secs(5)),
            0
        );
        assert_eq!(from_epoch_seconds(-5), SystemTime::UNIX_EPOCH);
        assert_eq!(
            epoch_seconds(from_epoch_seconds(1_700_000_000)),
            1_700_000_000
        );
    }
}
