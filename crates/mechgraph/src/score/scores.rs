//! What scoring works with and gives: the walks' constants, the raw [`Scores`] of every
//! node, a [`Ranking`], each edge's weight and the seed set under given parameters.

use super::params::Params;
use crate::als;
use crate::graph::Graph;

/// The node the causal flow aims at besides the ALS phenotypes.
pub const DEGENERATION: &str = "ALSM:motor_neuron_degeneration";

/// Restart probability of the walks (0.5 before the evaluation of docs/SCORING.md; 0.3
/// recovers held-out seed genes better).
pub const RESTART: f64 = 0.3;
pub(super) const MAX_ITER: usize = 60;
/// L1 change of a sweep at which the walks stop. Against walks run to 1e-10 (600 sweeps),
/// the default top 700 holds the same events; 44 of them, from rank 213 down, trade
/// places with a neighbour one or two ranks away (1e-6 would take about a fifth more
/// sweeps, for 10 such trades).
pub(super) const TOLERANCE: f64 = 1e-5;

/// Raw scores of every node for one seed set, relation weighting and evidence level.
#[derive(Clone, Debug)]
pub struct Scores {
    pub seeds: Vec<u32>,
    pub seed_genes: Vec<u32>,
    pub targets: Vec<u32>,
    /// Degree-corrected walk probability.
    pub propagation: Vec<f64>,
    /// Genes below each event, and seed genes among them.
    pub genes: Vec<u32>,
    pub seed_genes_below: Vec<u32>,
    /// Genes in at least one set, and seed genes among those.
    pub population: u32,
    pub seed_population: u32,
    pub p_value: Vec<f64>,
    pub q_value: Vec<f64>,
    /// Forward × backward flow, scaled so the largest is 1.
    pub causal: Vec<f64>,
}

/// One row of a ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub node: u32,
    /// Weighted mean of the three percentiles, 0 to 1.
    pub combined: f64,
    /// Share of candidate events with a lower score, 0 to 1.
    pub propagation: f64,
    pub enrichment: f64,
    pub causal: f64,
}

#[derive(Clone, Debug)]
pub struct Ranking {
    /// Rows, best first, at most `top_n`.
    pub rows: Vec<Ranked>,
    /// Events that were ranked (after the kind filter).
    pub candidates: usize,
}

/// The weight of every edge under these parameters: its relation's weight, or 0 when its
/// relation is switched off or its evidence is below the chosen level. Evidence codes are
/// checked once per vocabulary entry, not once per edge.
pub fn edge_weights(g: &Graph, params: &Params) -> Vec<f64> {
    let code_ok: Vec<bool> = g
        .vocab
        .evidence
        .iter()
        .map(|c| params.evidence.admits(c))
        .collect();
    g.edges
        .iter()
        .map(|e| {
            let curated = e.origin == crate::model::Origin::Curated;
            if code_ok[e.evidence as usize] && !(params.public_only && curated) {
                params.relations.get(e.relation)
            } else {
                0.0
            }
        })
        .collect()
}

/// The seeds: the given ids, or the ALS seed set when none are given.
pub fn seeds(g: &Graph, params: &Params) -> Vec<u32> {
    if params.seeds.is_empty() {
        als::als_seeds(g).all().into_iter().collect()
    } else {
        let mut s: Vec<u32> = params.seeds.iter().filter_map(|id| g.find(id)).collect();
        s.sort_unstable();
        s.dedup();
        s
    }
}

pub(super) fn distribution(n: usize, nodes: &[u32]) -> Vec<f64> {
    let mut d = vec![0.0; n];
    for &s in nodes {
        d[s as usize] = 1.0 / nodes.len() as f64;
    }
    d
}
