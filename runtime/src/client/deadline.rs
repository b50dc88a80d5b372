//! Attempt deadlines, watched by one thread for the whole process.
//!
//! Every attempt has a deadline (its own timeout or the operation's, whichever
//! comes first), and almost every attempt ends long before it. A tokio timer per
//! attempt costs an insertion and a removal under the time driver's lock, and
//! while it is armed every park of the runtime works out the next expiry: about
//! 1,500 of the ~43,000 instructions a RegisterClient call took (`cargo xtask
//! bench-client`). Here an attempt that has to wait writes its deadline and
//! waker into one shared table and takes them out when it ends; a single thread
//! sleeps until the earliest deadline in the table and wakes the attempts whose
//! time has come. The thread is told about a new deadline only when it is
//! earlier than the one it sleeps until, so in steady use it is not told at all.
//!
//! The watch reads the system's monotonic clock (`std::time::Instant`), as the
//! orchestrator does. Should the thread fail to start, an attempt falls back to
//! a tokio timer.

use std::future::Future as _;
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock, PoisonError};
use std::task::{Context, Waker};
use std::time::Instant;

/// One attempt's deadline. Ask [`expired`](Self::expired) each time the
/// attempt is still pending; dropping the watch takes its deadline out of the table.
pub(crate) struct Watch {
    at: Instant,
    state: State,
}

enum State {
    /// Not waiting yet: an attempt that never has to wait never touches the table.
    Idle,
    /// In the table at `slot`, to wake `waker` (kept to notice a task's new waker).
    Watched { slot: usize, waker: Waker },
    /// No thread could be started to watch deadlines: a tokio timer instead.
    Fallback(std::pin::Pin<Box<tokio::time::Sleep>>),
}

impl Watch {
    /// A deadline at `at`, not yet watched.
    pub(crate) fn new(at: Instant) -> Self {
        Self {
            at,
            state: State::Idle,
        }
    }

    /// Whether the deadline has passed; when it has not, the task of `cx` is
    /// woken when it does. Call it after the attempt returned `Pending`.
    pub(crate) fn expired(&mut self, cx: &mut Context<'_>) -> bool {
        let waker = cx.waker();
        match &mut self.state {
            State::Fallback(sleep) => sleep.as_mut().poll(cx).is_ready(),
            // Once watched, the task is woken when the deadline passes, but
            // also by its I/O: the clock tells which.
            State::Watched { .. } if Instant::now() >= self.at => true,
            State::Watched { waker: watched, .. } if watched.will_wake(waker) => false,
            State::Watched {
                slot,
                waker: watched,
            } => {
                // The thread may have fired the old waker since the clock was
                // read: then the deadline has passed, and nothing will wake this one.
                let fired = !table().rewake(*slot, waker);
                watched.clone_from(waker);
                fired
            }
            // Not read here: a deadline already past when it is put in the
            // table is the earliest the thread knows of, so it fires at once.
            State::Idle => match table().insert(self.at, waker) {
                Some(slot) => {
                    self.state = State::Watched {
                        slot,
                        waker: waker.clone(),
                    };
                    false
                }
                None => {
                    let at = tokio::time::Instant::from_std(self.at);
                    let mut sleep = Box::pin(tokio::time::sleep_until(at));
                    let expired = sleep.as_mut().poll(cx).is_ready();
                    self.state = State::Fallback(sleep);
                    expired
                }
            },
        }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let State::Watched { slot, .. } = self.state {
            table().0.remove(slot);
        }
    }
}

/// The deadlines of the attempts that wait, and the thread that watches them.
struct Shared {
    table: Mutex<Table>,
    /// Tells the thread that a deadline earlier than the one it sleeps until came in.
    earlier: Condvar,
}

#[derive(Default)]
struct Table {
    slots: Vec<Slot>,
    /// Free slots, reused before the table grows.
    free: Vec<usize>,
    /// When the thread will next look at the table; `None` while it waits to be told.
    next_look: Option<Instant>,
    /// Whether starting the thread was tried, and whether that failed.
    started: bool,
    broken: bool,
}

enum Slot {
    Free,
    Waiting {
        at: Instant,
        waker: Waker,
    },
    /// The deadline passed and the waker was woken; freed when its attempt ends.
    Fired,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| Shared {
        table: Mutex::new(Table::default()),
        earlier: Condvar::new(),
    })
}

/// The table, locked. Nothing panics while holding it, and a poisoned lock
/// would still guard a consistent table, so poisoning is ignored.
fn table() -> TableGuard {
    TableGuard(
        shared()
            .table
            .lock()
            .unwrap_or_else(PoisonError::into_inner),
    )
}

struct TableGuard(MutexGuard<'static, Table>);

impl TableGuard {
    /// Puts a deadline in the table, telling the thread when it is the
    /// earliest; `None` when no thread can watch it.
    fn insert(mut self, at: Instant, waker: &Waker) -> Option<usize> {
        let table = &mut *self.0;
        if !table.started {
            table.started = true;
            let spawned = std::thread::Builder::new()
                .name("sdk-deadlines".to_owned())
                .spawn(|| watch(shared()));
            table.broken = spawned.is_err();
        }
        if table.broken {
            return None;
        }
        let (slot, earliest) = table.insert(at, waker);
        if earliest {
            shared().earlier.notify_one();
        }
        Some(slot)
    }

    fn rewake(mut self, slot: usize, waker: &Waker) -> bool {
        self.0.rewake(slot, waker)
    }
}

impl Table {
    /// Puts a deadline in a free slot (or a new one); also says whether it is
    /// earlier than when the thread will next look, which it then becomes.
    fn insert(&mut self, at: Instant, waker: &Waker) -> (usize, bool) {
        let entry = Slot::Waiting {
            at,
            waker: waker.clone(),
        };
        let slot = match self.free.pop() {
            Some(slot) => {
                self.slots[slot] = entry;
                slot
            }
            None => {
                self.slots.push(entry);
                self.slots.len() - 1
            }
        };
        let earliest = self.next_look.is_none_or(|next| at < next);
        if earliest {
            self.next_look = Some(at);
        }
        (slot, earliest)
    }

    /// Replaces the waker of a waiting deadline; `false` when it has fired.
    fn rewake(&mut self, slot: usize, waker: &Waker) -> bool {
        match &mut self.slots[slot] {
            Slot::Waiting { waker: old, .. } => {
                old.clone_from(waker);
                true
            }
            Slot::Fired | Slot::Free => false,
        }
    }

    fn remove(&mut self, slot: usize) {
        self.slots[slot] = Slot::Free;
        self.free.push(slot);
    }

    /// Marks every deadline at or before `now` fired, handing its waker to
    /// `due`; returns the earliest deadline left, which is when to look next.
    fn fire(&mut self, now: Instant, due: &mut Vec<Waker>) -> Option<Instant> {
        let mut earliest: Option<Instant> = None;
        for slot in &mut self.slots {
            match slot {
                Slot::Waiting { at, .. } if *at <= now => {
                    if let Slot::Waiting { waker, .. } = std::mem::replace(slot, Slot::Fired) {
                        due.push(waker);
                    }
                }
                Slot::Waiting { at, .. } => {
                    earliest = Some(earliest.map_or(*at, |e| e.min(*at)));
                }
                Slot::Free | Slot::Fired => {}
            }
        }
        self.next_look = earliest;
        earliest
    }
}

/// The watching thread: wakes the attempts whose deadline has passed, then
/// sleeps until the earliest one left, or until told of an earlier one.
fn watch(shared: &'static Shared) {
    let mut due = Vec::new();
    let mut table = shared.table.lock().unwrap_or_else(PoisonError::into_inner);
    loop {
        let now = Instant::now();
        let earliest = table.fire(now, &mut due);
        if !due.is_empty() {
            // Woken outside the lock: a waker may run its task right here.
            drop(table);
            due.drain(..).for_each(Waker::wake);
            table = shared.table.lock().unwrap_or_else(PoisonError::into_inner);
            continue;
        }
        table = match earliest {
            None => shared
                .earlier
                .wait(table)
                .unwrap_or_else(PoisonError::into_inner),
            Some(at) => {
                shared
                    .earlier
                    .wait_timeout(table, at.saturating_duration_since(now))
                    .unwrap_or_else(PoisonError::into_inner)
                    .0
            }
        };
    }
}

#[cfg(test)]
mod tests {
    use super::{Slot, Table, Watch};
    use std::future::poll_fn;
    use std::task::{Poll, Waker};
    use std::time::{Duration, Instant};

    /// Waits on a watch alone (an attempt that never finishes).
    async fn until_expired(mut watch: Watch) {
        poll_fn(|cx| {
            if watch.expired(cx) {
                Poll::Ready(())
            } else {
                Poll::Pending
            }
        })
        .await
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_deadline_wakes_its_task_when_it_passes_and_not_before() {
        let start = Instant::now();
        // The later deadline first, so the earlier one arrives while the
        // thread sleeps until the later: it must be told.
        let late = tokio::spawn(until_expired(Watch::new(start + Duration::from_secs(3))));
        tokio::task::yield_now().await;
        until_expired(Watch::new(start + Duration::from_millis(100))).await;
        let early = start.elapsed();
        assert!(early >= Duration::from_millis(100), "woke after {early:?}");
        assert!(!late.is_finished(), "the 3 s deadline fired at {early:?}");
        late.await.unwrap();
        assert!(start.elapsed() >= Duration::from_secs(3));
    }

    #[test]
    fn the_table_reuses_freed_slots_and_tracks_the_earliest_deadline() {
        let mut table = Table::default();
        let now = Instant::now();
        let later = |s| now + Duration::from_secs(s);
        // The first deadline is the earliest; a later one need not be told.
        assert_eq!(table.insert(later(30), Waker::noop()), (0, true));
        assert_eq!(table.insert(later(40), Waker::noop()), (1, false));
        assert_eq!(table.insert(later(10), Waker::noop()), (2, true));
        assert_eq!(table.next_look, Some(later(10)));
        table.remove(1);
        table.remove(0);
        assert_eq!(table.insert(later(50), Waker::noop()).0, 0);
        assert_eq!(table.insert(later(50), Waker::noop()).0, 1);
        assert_eq!(table.slots.len(), 3);
        // Firing at 20 s takes the 10 s deadline; the next look is at 50 s.
        let mut due = Vec::new();
        assert_eq!(table.fire(later(20), &mut due), Some(later(50)));
        assert_eq!(due.len(), 1);
        assert!(matches!(table.slots[2], Slot::Fired));
        // A fired slot refuses a new waker, so its attempt knows it expired.
        assert!(!table.rewake(2, Waker::noop()));
        assert!(table.rewake(1, Waker::noop()));
    }

    /// A waker that counts its wakes.
    struct Counter(std::sync::atomic::AtomicUsize);

    impl std::task::Wake for Counter {
        fn wake(self: std::sync::Arc<Self>) {
            self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }
    }

    #[test]
    fn the_waker_of_the_latest_poll_is_the_one_woken() {
        use std::sync::{atomic::Ordering, Arc};
        let (first, second) = (Arc::new(Counter(0.into())), Arc::new(Counter(0.into())));
        let mut watch = Watch::new(Instant::now() + Duration::from_millis(50));
        // The task moved (another executor thread, say) between two polls.
        for counter in [&first, &second] {
            let waker = Waker::from(Arc::clone(counter));
            assert!(!watch.expired(&mut std::task::Context::from_waker(&waker)));
        }
        let started = Instant::now();
        while second.0.load(Ordering::SeqCst) == 0 && started.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(
            second.0.load(Ordering::SeqCst),
            1,
            "the second waker was not woken"
        );
        assert_eq!(
            first.0.load(Ordering::SeqCst),
            0,
            "the replaced waker was woken"
        );
        let waker = Waker::from(second);
        assert!(watch.expired(&mut std::task::Context::from_waker(&waker)));
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_dropped_watch_leaves_the_table() {
        // A deadline no other test sets, so finding it is finding this one.
        let at = Instant::now() + Duration::from_millis(61_234);
        let in_table = || {
            let table = super::table();
            table
                .0
                .slots
                .iter()
                .any(|slot| matches!(slot, Slot::Waiting { at: other, .. } if *other == at))
        };
        let mut watch = Watch::new(at);
        let expired = poll_fn(|cx| Poll::Ready(watch.expired(cx))).await;
        assert!(!expired);
        assert!(in_table(), "a pending attempt's deadline is in the table");
        drop(watch);
        assert!(!in_table(), "a dropped watch left its deadline behind");
    }
}
