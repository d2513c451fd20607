//! Core events: three scores for every event, combined into one ranking.
//!
//! - **Propagation**: personalized PageRank (random walk with restart) from the seeds
//!   over the whole graph, edges weighted by relation kind, divided by the event's
//!   weighted degree so that generic hubs do not crowd out specific events.
//! - **Enrichment**: seed genes among the genes below the event (true-path rule),
//!   hypergeometric p-value, Benjamini–Hochberg q-value.
//! - **Causal position**: how much of the flow from the seed genes to the ALS phenotypes
//!   and to motor neuron degeneration passes through the event: a forward walk from the
//!   genes times a backward walk from the targets.
//!
//! This module only declares and re-exports (so that no file here imports another
//! that imports it). [`compute`] does the graph work once per seed set, relation weights and evidence
//! level; [`rank`] combines and filters, cheaply, for any score weights.

mod enrich;
pub mod evaluate;
mod explain;
pub mod measures;
pub mod params;
mod prepared;
mod rank;
mod scores;
pub mod steps;
mod walk;

pub use explain::{explain, Explanation, SeedLink};
pub use measures::{flow_share, Measures, Terms};
pub use params::{
    EvidenceLevel, Params, RelationWeights, Weights, DEFAULT_TOP_N, EXPERIMENTAL_CODES,
};
pub use prepared::{walk_weight, Prepared, ONTOLOGY_IN_WALK};
pub use rank::{
    core_events, enrichment_strength, generic_penalty, rank, record, stored_measures,
    GENERIC_GENES, GENERIC_P,
};
pub use scores::{edge_weights, seeds, Ranked, Ranking, Scores, DEGENERATION, RESTART};
pub use steps::compute;
