//! A value worked out in steps for one snapshot (the full graph's scores, a search
//! index), with the page answering between turns of work (`super::in_turns`).
//! Kept in a signal: views read it (tracked) and see it arrive; the work starts once per
//! key and goes on, and stays done, when the view that asked is gone.

use super::in_turns;
use leptos::prelude::*;
use mechgraph::poll::Poll;
use std::sync::Arc;

/// Work that can be done a step at a time.
pub trait Job: 'static {
    type Output: Send + Sync + 'static;
    /// One step: the value once done, else how far the work is.
    fn step(&mut self) -> Poll<Self::Output>;
}

/// The value last finished, and the key being worked on, if any.
struct State<T> {
    ready: Option<(u64, Arc<T>)>,
    working: Option<(u64, usize)>,
}

impl<T> Clone for State<T> {
    fn clone(&self) -> Self {
        State {
            ready: self.ready.clone(),
            working: self.working,
        }
    }
}

/// One value at a time: a new key (another snapshot) replaces the old value once it is
/// ready; until then the old one stays readable ([`Stepped::last`]).
pub struct Stepped<T: Send + Sync + 'static> {
    state: RwSignal<State<T>>,
    /// The key being worked out (not tracked: it only stops a second start).
    started: StoredValue<Option<u64>>,
}

impl<T: Send + Sync + 'static> Clone for Stepped<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Stepped<T> {}

impl<T: Send + Sync + 'static> Default for Stepped<T> {
    fn default() -> Self {
        Stepped {
            state: RwSignal::new(State {
                ready: None,
                working: None,
            }),
            started: StoredValue::new(None),
        }
    }
}

impl<T: Send + Sync + 'static> Stepped<T> {
    /// The value for `key` once ready (tracked); until then how many phases are done,
    /// and the work (`job()`) starts if it has not.
    pub fn get_or_start<J: Job<Output = T>>(
        self,
        key: u64,
        job: impl FnOnce() -> J,
    ) -> Result<Arc<T>, usize> {
        let state = self.state.get();
        match (state.ready, state.working) {
            (Some((k, value)), _) if k == key => Ok(value),
            (_, Some((k, done))) if k == key => Err(done),
            _ => {
                if self.started.get_value() != Some(key) {
                    self.started.set_value(Some(key));
                    self.run(key, job());
                }
                Err(0)
            }
        }
    }

    /// The value finished last, whatever its key (tracked).
    pub fn last(self) -> Option<(u64, Arc<T>)> {
        self.state.with(|s| s.ready.clone())
    }

    /// Spawned: the first step runs after the view that asked has been drawn. Readers
    /// are told of progress only when the phase changes.
    fn run<J: Job<Output = T>>(self, key: u64, mut job: J) {
        leptos::task::spawn_local(async move {
            let mut told = None;
            let finished = in_turns(|| {
                if self.started.try_get_value() != Some(Some(key)) {
                    return Poll::Ready(None); // another snapshot was asked for meanwhile
                }
                match job.step() {
                    Poll::Ready(value) => Poll::Ready(Some(value)),
                    Poll::Pending { done, total } => {
                        if told != Some(done) {
                            told = Some(done);
                            self.state.try_update(|s| s.working = Some((key, done)));
                        }
                        Poll::Pending { done, total }
                    }
                }
            })
            .await;
            if let Some(value) = finished {
                self.state.try_set(State {
                    ready: Some((key, Arc::new(value))),
                    working: None,
                });
            }
        });
    }
}
