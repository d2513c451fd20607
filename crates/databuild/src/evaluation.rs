//! The evaluation of the core-event ranking against the literature (docs/SCORING.md):
//! (a) recall in the top 700 of the ALS processes named by the seed notes and the dismech
//! reference (`data/evaluation/als_processes.tsv`), exact and within one ontology step;
//! (b) leave-one-out recovery of the ALS seed genes against a degree-only baseline and
//! plain personalized PageRank; (c) generic terms in the top 700.
//! `cargo run --release -p databuild --example evaluation` prints it.

use crate::literature::als_processes;
use mechgraph::score::{self, evaluate, Params};
use mechgraph::Graph;
use std::fmt;

/// Restart probability of the plain personalized PageRank baseline.
pub const PLAIN_RESTART: f64 = 0.5;

pub struct Evaluation {
    pub public_only: bool,
    pub recall: evaluate::Recall,
    /// Events of the top with no seed gene below, and generic terms among them.
    pub unsupported: (usize, usize),
}

/// (a) and (c) for the ranking under `params`.
pub fn literature(g: &Graph, params: &Params) -> Evaluation {
    let named: Vec<&str> = als_processes().iter().map(|p| p.0).collect();
    let (scores, ranking) = score::core_events(g, params);
    let top: Vec<u32> = ranking.rows.iter().map(|r| r.node).collect();
    Evaluation {
        public_only: params.public_only,
        recall: evaluate::recall(g, &top, &named),
        unsupported: evaluate::unsupported(&scores, &top),
    }
}

/// (b): the project's walk (its weights and restart), and the two baselines.
pub struct Recoveries {
    pub ours: evaluate::Recovery,
    pub plain_ppr: evaluate::Recovery,
    pub degree: evaluate::Recovery,
}

pub fn seed_recovery(g: &Graph) -> Recoveries {
    let params = Params::default();
    let ours = evaluate::LooGraph::new(g, |e| score::walk_weight(&params, e));
    let plain = evaluate::LooGraph::new(g, |e| params.relations.get(e.relation));
    let degree = plain.walk_degree.clone();
    Recoveries {
        ours: ours.leave_one_out(|s| ours.ppr(s, score::RESTART)),
        plain_ppr: plain.leave_one_out(|s| plain.ppr(s, PLAIN_RESTART)),
        degree: plain.leave_one_out(|_| degree.clone()),
    }
}

impl fmt::Display for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = &self.recall;
        let pct = |x: f64| x * 100.0;
        writeln!(
            f,
            "ranking {}: (a) named ALS processes in the top 700: exact {}/{} ({:.0} %), within one step {}/{} ({:.0} %); missed: {}",
            if self.public_only { "on public data only" } else { "default (with the curated layer)" },
            r.exact, r.named, pct(r.exact_share()), r.within_one, r.named, pct(r.within_one_share()),
            if r.missed.is_empty() { "none".to_string() } else { r.missed.join(", ") }
        )?;
        write!(
            f,
            "  (c) events of the top 700 with no seed gene below: {}; generic terms among them (>= {} genes): {}",
            self.unsupported.0,
            evaluate::GENERIC_GENES,
            self.unsupported.1
        )
    }
}

impl fmt::Display for Recoveries {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "(b) leave-one-out recovery of {} ALS seed genes among all genes (public data, without the ALS diseases' gene links):", self.ours.folds)?;
        for (name, r) in [
            ("this project's walk", &self.ours),
            ("plain personalized PageRank", &self.plain_ppr),
            ("degree only", &self.degree),
        ] {
            writeln!(
                f,
                "  {name:<28} AUROC {:.3}, median rank {}",
                r.auroc, r.median_rank
            )?;
        }
        Ok(())
    }
}
