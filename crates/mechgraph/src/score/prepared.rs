//! The expensive part of scoring, cached: the walk structures and gene sets depend only
//! on the relation weights and the evidence level; each new seed set reuses them.

use super::params::{EvidenceLevel, Params, RelationWeights};
use super::scores::{distribution, edge_weights, MAX_ITER, RESTART, TOLERANCE};
use super::walk::Walk;
use crate::graph::{Edge, Graph};
use crate::model::{NodeKind, Origin, Relation};

/// The graph work that depends only on the relation weights and the evidence level:
/// the two walk structures and the gene sets. Build it once and score many seed sets
/// with it ([`Prepared::scores`]); [`super::compute`] does both. [`super::steps::Scoring`] does
/// the same in steps.
pub struct Prepared {
    pub(super) relations: RelationWeights,
    pub(super) evidence: EvidenceLevel,
    pub(super) public_only: bool,
    pub(super) admitted: Vec<bool>,
    pub(super) undirected: Walk,
    pub(super) degree: Vec<f64>,
    pub(super) forward: Walk,
    pub(super) backward: Walk,
    pub(super) genes: Vec<u32>,
    pub(super) population: u32,
}

impl Prepared {
    /// Personalized PageRank from `seeds` (restart probability [`RESTART`]), before the degree
    /// correction: the kernel the benchmarks compare with igraph and networkx.
    pub fn personalized_pagerank(&self, seeds: &[u32]) -> Vec<f64> {
        self.undirected.rwr(
            &distribution(self.degree.len(), seeds),
            RESTART,
            MAX_ITER,
            TOLERANCE,
        )
    }

    /// Whether this preparation fits these parameters (same relation weights and evidence).
    pub fn fits(&self, params: &Params) -> bool {
        self.relations == params.relations
            && self.evidence == params.evidence
            && self.public_only == params.public_only
    }
}

/// The edges these parameters admit (weight above 0), by edge index.
pub(super) fn admitted(g: &Graph, params: &Params) -> Vec<bool> {
    edge_weights(g, params).iter().map(|&w| w > 0.0).collect()
}

fn used<'g>(g: &'g Graph, admitted: &'g [bool]) -> impl Iterator<Item = &'g Edge> + 'g {
    g.edges
        .iter()
        .zip(admitted)
        .filter(|(_, ok)| **ok)
        .map(|(e, _)| e)
}

/// How much an edge counts in the propagation walk: its relation's weight, and a fifth
/// of it for the ontology's own relations (is_a, part_of, regulates), so that the walk
/// moves along annotations and phenotypes more than up and down the hierarchy (chosen
/// by the leave-one-out test of `score::evaluate`; docs/SCORING.md).
pub fn walk_weight(params: &Params, e: &Edge) -> f64 {
    let w = params.relations.get(e.relation);
    match e.relation {
        Relation::AnnotatedTo | Relation::HasPhenotype | Relation::GeneOf | Relation::Causes => w,
        _ => w * ONTOLOGY_IN_WALK,
    }
}

/// The share of its weight an ontology relation keeps in the propagation walk.
pub const ONTOLOGY_IN_WALK: f64 = 0.2;

/// The undirected walk (every admitted edge both ways at its [`walk_weight`]) and each
/// node's weighted degree in it.
pub(super) fn undirected(g: &Graph, params: &Params, admitted: &[bool]) -> (Walk, Vec<f64>) {
    let mut arcs = Vec::with_capacity(g.edge_count() * 2);
    for e in used(g, admitted) {
        let w = walk_weight(params, e) as f32;
        arcs.push((e.source, e.target, w));
        arcs.push((e.target, e.source, w));
    }
    let mut degree = vec![0f64; g.node_count()];
    for &(u, _, w) in &arcs {
        degree[u as usize] += w as f64;
    }
    (Walk::new(g.node_count(), &arcs), degree)
}

/// The arcs of the causal flow: along the edges, down the hierarchy at half weight, and
/// from a process back into the curated mechanism bound to it.
pub(super) fn causal_arcs(g: &Graph, params: &Params, admitted: &[bool]) -> Vec<(u32, u32, f32)> {
    let mut arcs = Vec::with_capacity(g.edge_count() * 2);
    for e in used(g, admitted) {
        let w = params.relations.get(e.relation) as f32;
        arcs.push((e.source, e.target, w));
        let bound = e.origin == Origin::Curated && g.kinds[e.target as usize] == NodeKind::Process;
        if e.relation.is_hierarchy() {
            arcs.push((e.target, e.source, w * 0.5));
        } else if bound {
            arcs.push((e.target, e.source, w));
        }
    }
    arcs
}
