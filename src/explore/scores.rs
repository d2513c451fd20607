//! The full graph's scores, which the core-event panel needs to re-rank: worked out once
//! per snapshot, in steps (`mechgraph::score::steps`) with the page answering between
//! them, so that a tap or a key is never kept waiting behind the whole computation
//! (177 ms at once on a desktop, about 0.8 s on a mid-range phone). Kept at the app's
//! root, so that the work goes on, and stays done, when the reader leaves the panel.

use crate::data::stepped::{Job, Stepped};
use leptos::prelude::*;
use mechgraph::model::Themes;
use mechgraph::score::steps::{Progress, Scoring, PHASES};
use mechgraph::score::{Params, Scores};
use mechgraph::Snapshot;
use std::sync::Arc;

/// Scores of every node under the default seeds and relation weights (the panel changes
/// only what re-ranking needs), and the themes of every node.
pub type Scored = Arc<(Scores, Vec<Themes>)>;

#[derive(Clone, Copy)]
pub struct FullScores(Stepped<(Scores, Vec<Themes>)>);

/// Phases done of [`PHASES`], while the scores are worked out.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Pending {
    pub done: usize,
    pub total: usize,
}

pub fn provide_full_scores() {
    provide_context(FullScores(Stepped::default()));
}

pub fn use_full_scores() -> FullScores {
    expect_context::<FullScores>()
}

struct ScoreJob {
    snapshot: Arc<Snapshot>,
    scoring: Scoring,
}

impl Job for ScoreJob {
    type Output = (Scores, Vec<Themes>);

    fn step(&mut self) -> Result<Self::Output, usize> {
        let g = &self.snapshot.graph;
        match self.scoring.step(g) {
            Progress::Working { done, .. } => Err(done),
            Progress::Done(scores) => Ok((*scores, mechgraph::themes::node_themes(g))),
        }
    }
}

impl FullScores {
    /// The scores of `snapshot` once ready (tracked); until then how far the work is,
    /// and the work starts if it has not.
    pub fn of(self, snapshot: &Arc<Snapshot>) -> Result<Scored, Pending> {
        let job = || ScoreJob {
            snapshot: snapshot.clone(),
            scoring: Scoring::new(&snapshot.graph, &Params::default()),
        };
        self.0
            .get_or_start(Arc::as_ptr(snapshot) as usize, job)
            .map_err(|done| Pending {
                done,
                total: PHASES,
            })
    }
}
