//! The full graph's scores, which the core-event panel needs to re-rank: worked out once
//! per snapshot, in steps (`mechgraph::score::steps`) with the page answering between
//! them, so that a tap or a key is never kept waiting behind the whole computation
//! (177 ms at once on a desktop, about 0.8 s on a mid-range phone). Kept at the app's
//! root, so that the work goes on, and stays done, when the reader leaves the panel.

use crate::data::{now_ms, TURN_BUDGET_MS};
use leptos::prelude::*;
use mechgraph::model::Themes;
use mechgraph::score::steps::{Progress, Scoring, PHASES};
use mechgraph::score::{Params, Scores};
use mechgraph::Snapshot;
use std::sync::Arc;

/// Scores of every node under the default seeds and relation weights (the panel changes
/// only what re-ranking needs), and the themes of every node.
pub type Scored = Arc<(Scores, Vec<Themes>)>;

#[derive(Clone, Default)]
enum State {
    #[default]
    Idle,
    Working {
        key: usize,
        done: usize,
    },
    Ready {
        key: usize,
        scored: Scored,
    },
}

#[derive(Clone, Copy)]
pub struct FullScores {
    state: RwSignal<State>,
    /// The snapshot whose scores are being worked out (not tracked: it only stops a
    /// second start).
    started: StoredValue<Option<usize>>,
}

/// Phases done of [`PHASES`], while the scores are worked out.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Pending {
    pub done: usize,
    pub total: usize,
}

pub fn provide_full_scores() {
    provide_context(FullScores {
        state: RwSignal::new(State::Idle),
        started: StoredValue::new(None),
    });
}

pub fn use_full_scores() -> FullScores {
    expect_context::<FullScores>()
}

fn key_of(s: &Arc<Snapshot>) -> usize {
    Arc::as_ptr(s) as usize
}

impl FullScores {
    /// The scores of `snapshot` once ready (tracked); until then how far the work is,
    /// and the work starts if it has not.
    pub fn of(self, snapshot: &Arc<Snapshot>) -> Result<Scored, Pending> {
        let key = key_of(snapshot);
        let pending = |done| {
            Err(Pending {
                done,
                total: PHASES,
            })
        };
        match self.state.get() {
            State::Ready { key: k, scored } if k == key => Ok(scored),
            State::Working { key: k, done } if k == key => pending(done),
            _ => {
                self.start(snapshot.clone());
                pending(0)
            }
        }
    }

    fn start(self, snapshot: Arc<Snapshot>) {
        let key = key_of(&snapshot);
        if self.started.get_value() == Some(key) {
            return;
        }
        self.started.set_value(Some(key));
        // Spawned: the first step runs after the view that asked has been drawn.
        leptos::task::spawn_local(async move {
            let g = &snapshot.graph;
            let mut scoring = Scoring::new(g, &Params::default());
            loop {
                gloo_timers::future::TimeoutFuture::new(0).await;
                if self.started.try_get_value() != Some(Some(key)) {
                    return; // another graph was opened meanwhile
                }
                let start = now_ms();
                let done = loop {
                    match scoring.step(g) {
                        Progress::Working { done, .. } if now_ms() - start > TURN_BUDGET_MS => {
                            break done
                        }
                        Progress::Working { .. } => {}
                        Progress::Done(scores) => {
                            let themes = mechgraph::themes::node_themes(g);
                            let scored = Arc::new((*scores, themes));
                            self.state.try_set(State::Ready { key, scored });
                            return;
                        }
                    }
                };
                self.state.try_set(State::Working { key, done });
            }
        });
    }
}
