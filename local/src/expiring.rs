//! A map whose entries expire, with a cap on how many it holds.
//!
//! Every kind of state the service keeps (registrations, device codes, user
//! codes, authorization codes, tokens) has one lifetime for all its entries,
//! so entries expire in the order they were made: a queue in insertion order
//! is an expiry queue, and forgetting what has expired pops from its front,
//! amortised O(1) per request, with no scan of the map under the lock.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::sync::Arc;
use std::time::Duration;

/// Entries keyed by `K` (shared with the queue, so a key is stored once),
/// each with the time it expires. No `Debug`: keys are codes and tokens.
pub(crate) struct Expiring<K: Eq + Hash + ?Sized, V> {
    entries: HashMap<Arc<K>, Entry<V>>,
    /// Keys in insertion order with the expiry they were inserted with. A key
    /// removed or reinserted since leaves a stale item, recognised by its
    /// expiry and skipped when popped.
    queue: VecDeque<(Duration, Arc<K>)>,
    cap: usize,
}

struct Entry<V> {
    expires_at: Duration,
    value: V,
}

/// The map holds as many entries as it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Full;

impl<K: Eq + Hash + ?Sized, V> Expiring<K, V> {
    /// An empty map that holds at most `cap` entries. It grows as needed
    /// rather than being sized for `cap` up front: hashing spreads entries
    /// over every page of a table, so a table sized for the cap would soon be
    /// resident whole.
    pub(crate) fn new(cap: usize) -> Self {
        Self {
            entries: HashMap::new(),
            queue: VecDeque::new(),
            cap,
        }
    }

    /// How many entries it holds, expired ones not yet forgotten included.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Forgets the entries that expired at or before `now`, from the front of
    /// the queue. Entries expire in insertion order because each kind has one
    /// lifetime; should the clock step back, later entries simply wait their
    /// turn a little longer (lookups check expiry themselves).
    pub(crate) fn purge(&mut self, now: Duration) {
        while let Some((expires_at, _)) = self.queue.front() {
            if *expires_at > now {
                break;
            }
            let Some((expires_at, key)) = self.queue.pop_front() else {
                break;
            };
            if self
                .entries
                .get(&key)
                .is_some_and(|entry| entry.expires_at == expires_at)
            {
                self.entries.remove(&key);
            }
        }
    }

    /// Adds `key` until `expires_at`, replacing an entry it had; `Full` when
    /// the map holds `cap` live entries already.
    pub(crate) fn insert(
        &mut self,
        key: Arc<K>,
        value: V,
        expires_at: Duration,
    ) -> Result<(), Full> {
        if self.entries.len() >= self.cap && !self.entries.contains_key(&key) {
            return Err(Full);
        }
        self.entries
            .insert(Arc::clone(&key), Entry { expires_at, value });
        self.queue.push_back((expires_at, key));
        self.compact();
        Ok(())
    }

    /// The entry for `key` and its expiry, expired or not.
    pub(crate) fn get(&self, key: &K) -> Option<(&V, Duration)> {
        self.entries
            .get(key)
            .map(|entry| (&entry.value, entry.expires_at))
    }

    /// The entry for `key`, to change, expired or not.
    pub(crate) fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        self.entries.get_mut(key).map(|entry| &mut entry.value)
    }

    /// The stored key equal to `key`, to share instead of copying it.
    pub(crate) fn shared_key(&self, key: &K) -> Option<Arc<K>> {
        self.entries.get_key_value(key).map(|(k, _)| Arc::clone(k))
    }

    /// Removes and returns the entry for `key`.
    pub(crate) fn remove(&mut self, key: &K) -> Option<V> {
        self.take(key).map(|(value, _)| value)
    }

    /// Removes and returns the entry for `key` with its expiry.
    pub(crate) fn take(&mut self, key: &K) -> Option<(V, Duration)> {
        self.entries
            .remove(key)
            .map(|entry| (entry.value, entry.expires_at))
    }

    /// Drops stale queue items once they outnumber live entries, so entries
    /// removed early (redeemed codes, rotated tokens) do not keep the queue
    /// growing until they would have expired. Linear, but only after as many
    /// insertions as there are live entries: amortised O(1).
    fn compact(&mut self) {
        if self.queue.len() <= 2 * self.entries.len() + 1024 {
            return;
        }
        let entries = &self.entries;
        self.queue.retain(|(expires_at, key)| {
            entries
                .get(key)
                .is_some_and(|entry| entry.expires_at == *expires_at)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn entries_are_forgotten_when_they_expire() {
        let mut map: Expiring<str, u32> = Expiring::new(10);
        map.insert(Arc::from("a"), 1, secs(10)).expect("room");
        map.insert(Arc::from("b"), 2, secs(20)).expect("room");
        map.purge(secs(9));
        assert_eq!(map.len(), 2);
        map.purge(secs(10));
        assert!(map.get("a").is_none());
        assert_eq!(map.get("b"), Some((&2, secs(20))));
    }

    #[test]
    fn the_cap_refuses_new_keys_until_room_is_made() {
        let mut map: Expiring<str, u32> = Expiring::new(2);
        map.insert(Arc::from("a"), 1, secs(10)).expect("room");
        map.insert(Arc::from("b"), 2, secs(20)).expect("room");
        assert_eq!(map.insert(Arc::from("c"), 3, secs(30)), Err(Full));
        map.insert(Arc::from("a"), 9, secs(40))
            .expect("replacing is not growing");
        map.remove("b");
        map.insert(Arc::from("c"), 3, secs(50)).expect("room again");
        map.purge(secs(20));
        assert_eq!(map.get("a"), Some((&9, secs(40))), "reinserted later");
        map.purge(secs(45));
        assert!(map.get("a").is_none());
        assert_eq!(map.get("c"), Some((&3, secs(50))));
    }

    #[test]
    fn a_reinserted_key_is_not_forgotten_at_its_old_expiry() {
        let mut map: Expiring<str, u32> = Expiring::new(10);
        map.insert(Arc::from("k"), 1, secs(10)).expect("room");
        map.remove("k");
        map.insert(Arc::from("k"), 2, secs(100)).expect("room");
        map.purge(secs(50));
        assert_eq!(map.get("k"), Some((&2, secs(100))));
    }

    #[test]
    fn removed_entries_do_not_grow_the_queue_without_bound() {
        let mut map: Expiring<str, u64> = Expiring::new(100);
        for i in 0..100_000u64 {
            let key: Arc<str> = Arc::from(i.to_string());
            map.insert(Arc::clone(&key), i, secs(1_000_000))
                .expect("room");
            map.remove(&key);
        }
        assert_eq!(map.len(), 0);
        assert!(map.queue.len() <= 1024 + 1, "queue: {}", map.queue.len());
    }
}
