//! How well a ranking agrees with the literature (docs/SCORING.md, "Agreement with the
//! literature"): recall of named ALS processes in the top of the list, exact and within
//! one step of the ontology; leave-one-out recovery of the ALS seed genes against a
//! degree-only baseline and plain personalized PageRank; generic terms in the top.

use super::scores::{Scores, MAX_ITER, TOLERANCE};
use super::walk::Walk;
use crate::als;
use crate::graph::Graph;
use crate::model::{NodeKind, Origin, Relation};
use std::collections::BTreeSet;

/// Recall of a list of named events among the `top` events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recall {
    /// Named events found in the graph.
    pub named: usize,
    /// Of these, in the top.
    pub exact: usize,
    /// In the top, or with a parent or child (is_a, part_of) in the top.
    pub within_one: usize,
    /// Named ids that are neither in the top nor one step from it.
    pub missed: Vec<String>,
}

impl Recall {
    pub fn exact_share(&self) -> f64 {
        self.exact as f64 / self.named.max(1) as f64
    }
    pub fn within_one_share(&self) -> f64 {
        self.within_one as f64 / self.named.max(1) as f64
    }
}

/// The events one ontology step from `v` (its is_a and part_of parents and children).
pub fn one_step(g: &Graph, v: u32) -> impl Iterator<Item = u32> + '_ {
    let up = g
        .out_edges(v)
        .map(|e| g.edge(e))
        .filter(|e| e.relation.is_hierarchy())
        .map(|e| e.target);
    let down = g
        .in_edges(v)
        .map(|e| g.edge(e))
        .filter(|e| e.relation.is_hierarchy())
        .map(|e| e.source);
    up.chain(down)
}

pub fn recall(g: &Graph, top: &[u32], named: &[&str]) -> Recall {
    let top: BTreeSet<u32> = top.iter().copied().collect();
    let mut r = Recall {
        named: 0,
        exact: 0,
        within_one: 0,
        missed: Vec::new(),
    };
    for id in named {
        let Some(v) = g.find(id) else { continue };
        r.named += 1;
        if top.contains(&v) {
            r.exact += 1;
            r.within_one += 1;
        } else if one_step(g, v).any(|u| top.contains(&u)) {
            r.within_one += 1;
        } else {
            r.missed.push((*id).to_string());
        }
    }
    r
}

pub use super::rank::GENERIC_GENES;

/// Events of `top` with no seed gene below them: (all such, those with at least
/// [`GENERIC_GENES`] genes below, the generic terms).
pub fn unsupported(s: &Scores, top: &[u32]) -> (usize, usize) {
    let none: Vec<u32> = top
        .iter()
        .copied()
        .filter(|&v| s.seed_genes_below[v as usize] == 0)
        .collect();
    let generic = none
        .iter()
        .filter(|&&v| s.genes[v as usize] >= GENERIC_GENES)
        .count();
    (none.len(), generic)
}

/// Recovery of held-out seed genes: the rank of each among the genes that are not seeds.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovery {
    /// Mean over the held-out genes of the share of non-seed genes scored below it
    /// (ties count half).
    pub auroc: f64,
    /// Median rank of the held-out gene among itself and the non-seed genes (1 = first).
    pub median_rank: f64,
    /// Genes held out.
    pub folds: usize,
}

/// The public graph for the leave-one-out test, taken as undirected: every edge that does
/// not come from the curated layer, except the links between the ALS diseases and their
/// genes (they define the seed set, so a held-out gene would be found through them).
pub struct LooGraph {
    pub walk_degree: Vec<f64>,
    walk: Walk,
    pub seeds: als::Seeds,
    /// Genes with at least one edge in this graph.
    pub genes: Vec<u32>,
}

impl LooGraph {
    pub fn new(g: &Graph, edge_weight: impl Fn(&crate::graph::Edge) -> f64) -> LooGraph {
        let seeds = als::als_seeds(g);
        let mut arcs = Vec::with_capacity(g.edge_count() * 2);
        for e in &g.edges {
            let defines = e.relation == Relation::GeneOf && seeds.diseases.contains(&e.target);
            let w = edge_weight(e);
            if e.origin == Origin::Curated || defines || w <= 0.0 {
                continue;
            }
            arcs.push((e.source, e.target, w as f32));
            arcs.push((e.target, e.source, w as f32));
        }
        let mut degree = vec![0f64; g.node_count()];
        for &(u, _, w) in &arcs {
            degree[u as usize] += w as f64;
        }
        let genes = (0..g.node_count() as u32)
            .filter(|&v| g.kinds[v as usize] == NodeKind::Gene && degree[v as usize] > 0.0)
            .collect();
        LooGraph {
            walk: Walk::new(g.node_count(), &arcs),
            walk_degree: degree,
            seeds,
            genes,
        }
    }

    /// Personalized PageRank from `seeds` with restart probability `restart`.
    pub fn ppr(&self, seeds: &[u32], restart: f64) -> Vec<f64> {
        let mut start = vec![0.0; self.walk_degree.len()];
        for &s in seeds {
            start[s as usize] = 1.0 / seeds.len() as f64;
        }
        self.walk.rwr(&start, restart, MAX_ITER, TOLERANCE)
    }

    /// The ALS seeds without one gene.
    pub fn seeds_without(&self, gene: u32) -> Vec<u32> {
        self.seeds
            .all()
            .into_iter()
            .filter(|&s| s != gene)
            .collect()
    }

    /// Holds out each seed gene in turn and scores the genes with `score(seeds)`.
    pub fn leave_one_out(&self, score: impl Fn(&[u32]) -> Vec<f64>) -> Recovery {
        let held: Vec<u32> = self
            .seeds
            .genes
            .iter()
            .copied()
            .filter(|&gn| self.walk_degree[gn as usize] > 0.0)
            .collect();
        let others: Vec<u32> = self
            .genes
            .iter()
            .copied()
            .filter(|gn| !self.seeds.genes.contains(gn))
            .collect();
        let mut aurocs = Vec::new();
        let mut ranks = Vec::new();
        for &h in &held {
            let s = score(&self.seeds_without(h));
            let mine = s[h as usize];
            let above = others.iter().filter(|&&o| s[o as usize] > mine).count();
            let ties = others.iter().filter(|&&o| s[o as usize] == mine).count();
            let below = others.len() - above - ties;
            aurocs.push((below as f64 + 0.5 * ties as f64) / others.len().max(1) as f64);
            ranks.push(1.0 + above as f64 + 0.5 * ties as f64);
        }
        ranks.sort_by(f64::total_cmp);
        let median = match ranks.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => ranks[n / 2],
            n => (ranks[n / 2 - 1] + ranks[n / 2]) / 2.0,
        };
        Recovery {
            auroc: aurocs.iter().sum::<f64>() / aurocs.len().max(1) as f64,
            median_rank: median,
            folds: held.len(),
        }
    }
}
