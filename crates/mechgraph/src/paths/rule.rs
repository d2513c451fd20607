//! The rule a path follows: which steps it may take and what each step costs. Paths are
//! ranked by the sum of their steps' costs (lowest first), then by fewer steps, then by
//! the events' ids — so the order is fully determined.
//!
//! A step follows an edge in its direction (a gene to the process it takes part in, a
//! term to its more general term, a curated cause to its effect …), with one exception:
//! a curated mechanism that is the *failure* of a process (a curated "inhibits" link from
//! the mechanism to the process, such as "impaired autophagy" → autophagy) is reached
//! from that process. Without it, a gene's part in a process could never lead on to the
//! curated mechanisms, and a gene such as C9orf72 had a single path to motor neuron
//! degeneration — the one curated chain — although it takes part in autophagy.

use crate::graph::{Edge, Graph};
use crate::model::{NodeKind, Relation, Sign};
use crate::score::{edge_weights, Params, EXPERIMENTAL_CODES};

/// Costs are kept in thousandths (a step costing 1 adds 1000).
pub const UNIT: u64 = 1000;

/// The cost of each kind of step, in [`UNIT`]s — the table the page and
/// docs/SCORING.md state.
pub const COST_CAUSAL: u64 = 1;
pub const COST_FAILURE_OF: u64 = 1;
pub const COST_ANNOTATION_EXPERIMENT: u64 = 1;
pub const COST_ANNOTATION_OTHER: u64 = 2;
pub const COST_GENE_OF: u64 = 1;
pub const COST_ONTOLOGY: u64 = 2;
pub const COST_PHENOTYPE: u64 = 4;

/// One step: the edge it uses and the event it reaches. When `to` is the edge's source,
/// the step goes against the edge (a process to the mechanism that is its failure).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub edge: u32,
    pub to: u32,
    /// In thousandths.
    pub cost: u64,
}

/// Whether a step along `edge` from `from` goes against the edge.
pub fn is_reversed(edge: &Edge, from: u32) -> bool {
    edge.source != from
}

/// A curated mechanism's link to the process it is the failure of.
pub fn is_failure_of(g: &Graph, edge: &Edge) -> bool {
    edge.relation == Relation::Causes
        && edge.sign == Sign::Inhibits
        && g.kinds[edge.source as usize] == NodeKind::Mechanism
        && g.kinds[edge.target as usize] == NodeKind::Process
}

/// The cost of following an edge in its direction, in [`UNIT`]s.
fn forward_cost(g: &Graph, e: &Edge) -> u64 {
    match e.relation {
        Relation::Causes => COST_CAUSAL,
        Relation::AnnotatedTo => {
            let code = g
                .vocab
                .evidence
                .get(e.evidence as usize)
                .map(String::as_str);
            if code.is_some_and(|c| EXPERIMENTAL_CODES.contains(&c)) {
                COST_ANNOTATION_EXPERIMENT
            } else {
                COST_ANNOTATION_OTHER
            }
        }
        Relation::GeneOf => COST_GENE_OF,
        Relation::HasPhenotype => COST_PHENOTYPE,
        Relation::IsA
        | Relation::PartOf
        | Relation::Regulates
        | Relation::PositivelyRegulates
        | Relation::NegativelyRegulates => COST_ONTOLOGY,
    }
}

/// The steps of a graph under one setting of the evidence level and "public data only"
/// (an edge those leave out is never a step).
pub struct Rule<'a> {
    g: &'a Graph,
    /// Forward cost of each edge in thousandths; `None` when the edge is left out.
    cost: Vec<Option<u64>>,
}

impl<'a> Rule<'a> {
    pub fn new(g: &'a Graph, params: &Params) -> Rule<'a> {
        let cost = edge_weights(g, params)
            .into_iter()
            .zip(&g.edges)
            .map(|(w, e)| (w > 0.0).then(|| forward_cost(g, e) * UNIT))
            .collect();
        Rule { g, cost }
    }

    pub fn graph(&self) -> &'a Graph {
        self.g
    }

    /// The cost of stepping along `edge` from `from` (either end), if it is a step.
    pub fn step_cost(&self, edge: u32, from: u32) -> Option<u64> {
        let c = self.cost[edge as usize]?;
        let e = self.g.edge(edge);
        if e.source == from {
            Some(c)
        } else if e.target == from && is_failure_of(self.g, e) {
            Some(COST_FAILURE_OF * UNIT)
        } else {
            None
        }
    }

    /// The steps leaving `v`.
    pub fn steps_from(&self, v: u32) -> impl Iterator<Item = Step> + '_ {
        let forward = self.g.out_edges(v).filter_map(move |e| {
            let cost = self.cost[e as usize]?;
            Some(Step {
                edge: e,
                to: self.g.edge(e).target,
                cost,
            })
        });
        let back = self.g.in_edges(v).filter_map(move |e| {
            let edge = self.g.edge(e);
            self.cost[e as usize]?;
            is_failure_of(self.g, edge).then_some(Step {
                edge: e,
                to: edge.source,
                cost: COST_FAILURE_OF * UNIT,
            })
        });
        forward.chain(back)
    }

    /// The steps into `v`: each step's edge, the event it leaves from and its cost.
    pub fn steps_into(&self, v: u32) -> impl Iterator<Item = Step> + '_ {
        let forward = self.g.in_edges(v).filter_map(move |e| {
            let cost = self.cost[e as usize]?;
            Some(Step {
                edge: e,
                to: self.g.edge(e).source,
                cost,
            })
        });
        let back = self.g.out_edges(v).filter_map(move |e| {
            let edge = self.g.edge(e);
            self.cost[e as usize]?;
            is_failure_of(self.g, edge).then_some(Step {
                edge: e,
                to: edge.target,
                cost: COST_FAILURE_OF * UNIT,
            })
        });
        forward.chain(back)
    }
}
