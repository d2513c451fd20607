//! The full graph's scores, which the core-event panel needs to re-rank: worked out once
//! per snapshot, in steps (`mechgraph::score::steps`) with the page answering between
//! them, so that a tap or a key is never kept waiting behind the whole computation
//! (177 ms at once on a desktop, about 0.8 s on a mid-range phone). Kept at the app's
//! root, so that the work goes on, and stays done, when the reader leaves the panel.

use crate::data::stepped::{Job, Stepped};
use leptos::prelude::*;
use mechgraph::model::Themes;
use mechgraph::poll::Poll;
use mechgraph::score::steps::{Scoring, PHASES};
use mechgraph::score::{Params, Prepared, Scores};
use mechgraph::Snapshot;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// Scores of every node under the default seeds and relation weights (the panel changes
/// only what re-ranking needs), and the themes of every node.
pub type Scored = Arc<(Scores, Vec<Themes>)>;

/// The scores under the ALS seed set (with the preparation that other seeds reuse), and
/// the scores under the seeds a reader chose.
#[derive(Clone, Copy)]
pub struct FullScores {
    base: Stepped<(Arc<Prepared>, Scored)>,
    chosen: Stepped<(Scores, Vec<Themes>)>,
}

/// Phases done of [`PHASES`], while the scores are worked out.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Pending {
    pub done: usize,
    pub total: usize,
}

pub fn provide_full_scores() {
    provide_context(FullScores {
        base: Stepped::default(),
        chosen: Stepped::default(),
    });
}

pub fn use_full_scores() -> FullScores {
    expect_context::<FullScores>()
}

struct ScoreJob {
    snapshot: Arc<Snapshot>,
    scoring: Scoring,
    /// The themes, when known already (scoring other seeds).
    themes: Option<Vec<Themes>>,
}

impl ScoreJob {
    fn advance(&mut self) -> Poll<(Scores, Vec<Themes>)> {
        let g = &self.snapshot.graph;
        let themes = &mut self.themes;
        self.scoring.step(g).map(|scores| {
            let themes = themes
                .take()
                .unwrap_or_else(|| mechgraph::themes::node_themes(g));
            (*scores, themes)
        })
    }
}

/// The ALS seed set's scores and the preparation.
struct BaseJob(ScoreJob);

impl Job for BaseJob {
    type Output = (Arc<Prepared>, Scored);

    fn step(&mut self) -> Poll<Self::Output> {
        let scored = match self.0.advance() {
            Poll::Ready(scored) => Arc::new(scored),
            Poll::Pending { done, total } => return Poll::Pending { done, total },
        };
        let prepared = self
            .0
            .scoring
            .prepared()
            .expect("a finished scoring keeps it");
        Poll::Ready((prepared, scored))
    }
}

impl Job for ScoreJob {
    type Output = (Scores, Vec<Themes>);

    fn step(&mut self) -> Poll<Self::Output> {
        self.advance()
    }
}

impl FullScores {
    /// The scores of `snapshot` from these seed genes (none: the ALS seed set), with the
    /// curated layer or on public data only, once ready (tracked); until then how far the
    /// work is, and the work starts if it has not.
    pub fn of(
        self,
        snapshot: &Arc<Snapshot>,
        seeds: &[String],
        public_only: bool,
    ) -> Result<Scored, Pending> {
        let generation = snapshot.generation;
        let pending = |done| Pending {
            done,
            total: PHASES,
        };
        let job = || {
            BaseJob(ScoreJob {
                snapshot: snapshot.clone(),
                scoring: Scoring::new(&snapshot.graph, &Params::default()),
                themes: None,
            })
        };
        let base = self.base.get_or_start(generation, job).map_err(pending)?;
        if seeds.is_empty() && !public_only {
            return Ok(base.1.clone());
        }
        let mut key = std::collections::hash_map::DefaultHasher::new();
        (generation, seeds, public_only).hash(&mut key);
        let job = || {
            let params = Params {
                seeds: seeds.to_vec(),
                public_only,
                ..Params::default()
            };
            ScoreJob {
                snapshot: snapshot.clone(),
                scoring: Scoring::with_prepared(base.0.clone(), &snapshot.graph, &params)
                    .unwrap_or_else(|| Scoring::new(&snapshot.graph, &params)),
                themes: Some(base.1 .1.clone()),
            }
        };
        self.chosen.get_or_start(key.finish(), job).map_err(pending)
    }
}
