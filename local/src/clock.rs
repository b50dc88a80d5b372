//! Time and randomness, injectable so tests control both.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use ring::rand::{SecureRandom, SystemRandom};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Where the service reads the time.
pub trait Clock: Send + Sync + 'static {
    /// Time since the Unix epoch.
    fn now(&self) -> Duration;
}

/// The system clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
    }
}

/// A clock that moves only when told to, for tests without sleeps.
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<Duration>,
}

impl ManualClock {
    /// A clock reading `start` since the epoch.
    pub fn new(start: Duration) -> Self {
        Self {
            now: Mutex::new(start),
        }
    }

    /// Moves the clock forward by `by`.
    pub fn advance(&self, by: Duration) {
        let mut now = self.now.lock().unwrap_or_else(|e| e.into_inner());
        *now += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        *self.now.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Where client ids, secrets, device codes, user codes and tokens come from.
pub trait CodeSource: Send + Sync + 'static {
    /// An unguessable token: `prefix` then `bytes` random bytes in URL-safe base64.
    fn token(&self, prefix: &str, bytes: usize) -> String;
    /// A user code: 8 letters from [`USER_CODE_ALPHABET`], `XXXX-XXXX`.
    fn user_code(&self) -> String;
}

/// Letters a person reads off a screen without confusing them: no vowels (no
/// words), no `0/O`, `1/I/L`, `5/S`, `2/Z`.
pub const USER_CODE_ALPHABET: &[u8] = b"BCDFGHJKMNPQRTVWXY";

/// Codes from the operating system's secure random source, read 4 KiB at a
/// time: one system call serves dozens of tokens instead of one each, and
/// every byte is handed out once.
#[derive(Debug)]
pub struct RandomCodes {
    rng: SystemRandom,
    pool: Mutex<Pool>,
}

#[derive(Debug)]
struct Pool {
    bytes: Box<[u8; POOL_BYTES]>,
    used: usize,
}

const POOL_BYTES: usize = 4096;

impl Default for RandomCodes {
    fn default() -> Self {
        Self {
            rng: SystemRandom::new(),
            // Empty: the first request fills it.
            pool: Mutex::new(Pool {
                bytes: Box::new([0; POOL_BYTES]),
                used: POOL_BYTES,
            }),
        }
    }
}

impl RandomCodes {
    fn fill(&self, out: &mut [u8]) {
        // The system source only fails when the OS has no entropy device at
        // all; there is nothing safe to hand out instead.
        const FAILED: &str = "the operating system's random source failed";
        if out.len() > POOL_BYTES {
            return self.rng.fill(out).expect(FAILED);
        }
        let mut pool = self.pool.lock().unwrap_or_else(|e| e.into_inner());
        if POOL_BYTES - pool.used < out.len() {
            self.rng.fill(&mut pool.bytes[..]).expect(FAILED);
            pool.used = 0;
        }
        let start = pool.used;
        out.copy_from_slice(&pool.bytes[start..start + out.len()]);
        pool.used += out.len();
    }
}

impl CodeSource for RandomCodes {
    fn token(&self, prefix: &str, bytes: usize) -> String {
        let mut buf = vec![0u8; bytes];
        self.fill(&mut buf);
        let mut token = String::with_capacity(prefix.len() + bytes.div_ceil(3) * 4);
        token.push_str(prefix);
        URL_SAFE_NO_PAD.encode_string(buf, &mut token);
        token
    }

    fn user_code(&self) -> String {
        let mut buf = [0u8; 8];
        self.fill(&mut buf);
        let letters: Vec<char> = buf
            .iter()
            .map(|b| char::from(USER_CODE_ALPHABET[usize::from(*b) % USER_CODE_ALPHABET.len()]))
            .collect();
        let (a, b) = letters.split_at(4);
        format!(
            "{}-{}",
            a.iter().collect::<String>(),
            b.iter().collect::<String>()
        )
    }
}

/// Predictable codes (`prefix1`, `prefix2`, …; `BBBB-BBBC`, …), for tests.
#[derive(Debug, Default)]
pub struct SequentialCodes {
    next: AtomicU64,
}

impl CodeSource for SequentialCodes {
    fn token(&self, prefix: &str, _bytes: usize) -> String {
        format!("{prefix}{}", self.next.fetch_add(1, Ordering::Relaxed) + 1)
    }

    fn user_code(&self) -> String {
        let mut n = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        let base = USER_CODE_ALPHABET.len() as u64;
        let mut letters = [0u8; 8];
        for letter in letters.iter_mut().rev() {
            *letter = USER_CODE_ALPHABET[(n % base) as usize];
            n /= base;
        }
        let text = String::from_utf8_lossy(&letters).into_owned();
        format!("{}-{}", &text[..4], &text[4..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_codes_are_eight_unambiguous_letters_with_a_dash() {
        let codes = RandomCodes::default();
        for _ in 0..200 {
            let code = codes.user_code();
            assert_eq!(code.len(), 9, "{code}");
            assert_eq!(&code[4..5], "-");
            assert!(code
                .bytes()
                .filter(|b| *b != b'-')
                .all(|b| USER_CODE_ALPHABET.contains(&b)));
        }
        assert_ne!(codes.token("x", 32), codes.token("x", 32));
    }

    #[test]
    fn pooled_randomness_is_never_handed_out_twice() {
        let codes = RandomCodes::default();
        let mut seen = std::collections::HashSet::new();
        // Enough draws to refill the pool several times, odd sizes to cross its end.
        for i in 0..500 {
            let token = codes.token("t", 17 + i % 40);
            assert!(seen.insert(token), "a token repeated");
        }
        let mut big = vec![0u8; POOL_BYTES + 1];
        codes.fill(&mut big);
        assert!(big.iter().any(|b| *b != 0));
    }

    #[test]
    fn sequential_codes_are_distinct_and_well_formed() {
        let codes = SequentialCodes::default();
        let (a, b) = (codes.user_code(), codes.user_code());
        assert_ne!(a, b);
        assert_eq!(a.len(), 9);
        assert_eq!(codes.token("tok-", 32), "tok-3");
    }

    #[test]
    fn the_manual_clock_moves_only_when_advanced() {
        let clock = ManualClock::new(Duration::from_secs(100));
        assert_eq!(clock.now(), Duration::from_secs(100));
        clock.advance(Duration::from_secs(5));
        assert_eq!(clock.now(), Duration::from_secs(105));
    }
}
