//! What the user can set for scoring: weights of the three scores, a weight per
//! relation kind, the evidence level, the seeds, and the filters of the ranking.

use crate::model::{NodeKind, Relation};
use serde::{Deserialize, Serialize};

/// GO's experimental evidence codes.
pub const EXPERIMENTAL_CODES: [&str; 11] = [
    "EXP", "IDA", "IPI", "IMP", "IGI", "IEP", "HTP", "HDA", "HMP", "HGI", "HEP",
];

/// How much each score counts in the combined rank (any non-negative numbers).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    pub propagation: f64,
    pub enrichment: f64,
    pub causal: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            propagation: 1.0,
            enrichment: 1.0,
            causal: 1.0,
        }
    }
}

/// Which edges count, by the strength of their evidence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum EvidenceLevel {
    /// Every edge of the snapshot.
    #[default]
    All,
    /// Leave out electronically inferred annotations (IEA) and author statements
    /// without a study (TAS, NAS).
    Studied,
    /// Only the curated layer, ontology structure, and experimental or clinical-study
    /// annotations (GO experimental codes, HPO PCS).
    Experimental,
}

impl EvidenceLevel {
    /// Whether an edge with this evidence code passes.
    pub fn admits(self, code: &str) -> bool {
        match self {
            EvidenceLevel::All => true,
            EvidenceLevel::Studied => !matches!(code, "IEA" | "TAS" | "NAS"),
            EvidenceLevel::Experimental => {
                code.is_empty() || code == "PCS" || EXPERIMENTAL_CODES.contains(&code)
            }
        }
    }
}

/// A weight per relation kind, in `Relation::ALL` order; 0 leaves the relation out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RelationWeights(pub Vec<f64>);

impl Default for RelationWeights {
    /// Curated causal links and gene annotations count fully; the ontology structure
    /// half; the 253,000 disease-phenotype annotations a quarter, so that they connect
    /// events without drowning the specific links.
    fn default() -> Self {
        RelationWeights(
            Relation::ALL
                .iter()
                .map(|r| match r {
                    Relation::Causes | Relation::AnnotatedTo | Relation::GeneOf => 1.0,
                    Relation::HasPhenotype => 0.25,
                    _ => 0.5,
                })
                .collect(),
        )
    }
}

impl RelationWeights {
    pub fn get(&self, r: Relation) -> f64 {
        self.0
            .get(r.code() as usize)
            .copied()
            .unwrap_or(0.0)
            .max(0.0)
    }

    pub fn set(&mut self, r: Relation, w: f64) {
        if let Some(slot) = self.0.get_mut(r.code() as usize) {
            *slot = w.max(0.0);
        }
    }
}

/// Everything that determines a ranking.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Params {
    pub weights: Weights,
    pub relations: RelationWeights,
    pub evidence: EvidenceLevel,
    /// Seed node ids; empty means the ALS seed set (`als::als_seeds`).
    pub seeds: Vec<String>,
    /// Kinds of event that are ranked.
    pub kinds: Vec<NodeKind>,
    /// Only events in at least one of these themes (empty: no theme filter).
    pub themes: Vec<String>,
    /// Only events whose combined score is at least this (0 to 1).
    pub min_score: f64,
    /// How many events to keep; the default 700 matches the seed's "core events".
    pub top_n: usize,
    /// Rank on public data only: the curated layer's edges are left out of every score
    /// and its mechanisms are not ranked.
    #[serde(default)]
    pub public_only: bool,
}

pub const DEFAULT_TOP_N: usize = 700;

impl Default for Params {
    fn default() -> Self {
        Params {
            weights: Weights::default(),
            relations: RelationWeights::default(),
            evidence: EvidenceLevel::All,
            seeds: Vec::new(),
            // The seed defines its events as biological processes (生物过程): processes and
            // the curated mechanisms are ranked by default; phenotypes on request.
            kinds: vec![NodeKind::Process, NodeKind::Mechanism],
            themes: Vec::new(),
            min_score: 0.0,
            top_n: DEFAULT_TOP_N,
            public_only: false,
        }
    }
}
