//! Why an event is (or is not) a core event: each score with its rank, the seed genes
//! below it, and the nearest seeds with the path that links them.

use super::enrich;
use super::params::Params;
use super::rank::enrichment_strength;
use super::scores::{edge_weights, Ranking, Scores};
use crate::graph::Graph;
use crate::model::NodeKind;
use std::collections::VecDeque;

/// A seed near the event and the shortest path between them (undirected, in hops).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedLink {
    pub seed: u32,
    /// Nodes from the event to the seed, both included.
    pub path: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    pub node: u32,
    /// Place in the ranking (1 = first), if it made the list.
    pub rank: Option<usize>,
    pub combined: Option<f64>,
    /// Each score's value and its rank among the candidates (1 = highest).
    pub propagation: (f64, usize),
    pub enrichment: (f64, usize),
    pub causal: (f64, usize),
    pub genes: u32,
    pub seed_genes_below: u32,
    pub population: u32,
    pub seed_population: u32,
    pub p_value: f64,
    pub q_value: f64,
    /// The seed genes counted below the event (at most 12).
    pub seed_genes: Vec<u32>,
    /// The nearest seeds: up to three of each kind (genes, phenotypes, diseases).
    pub nearest_seeds: Vec<SeedLink>,
}

fn rank_of(g: &Graph, params: &Params, node: u32, value: impl Fn(u32) -> f64) -> usize {
    let mine = value(node);
    1 + (0..g.node_count() as u32)
        .filter(|&v| params.kinds.contains(&g.kinds[v as usize]) && value(v) > mine)
        .count()
}

/// Nearest seeds by breadth-first search over admitted edges (weight above zero) in both
/// directions, at most `max_hops` away: up to [`NEAREST_PER_KIND`] of each kind, nearest
/// first.
pub const NEAREST_PER_KIND: usize = 3;

fn nearest_seeds(
    g: &Graph,
    weights: &[f64],
    s: &Scores,
    node: u32,
    max_hops: usize,
) -> Vec<SeedLink> {
    let n = g.node_count();
    let mut parent = vec![u32::MAX; n];
    let mut depth = vec![u8::MAX; n];
    let is_seed = |v: u32| s.seeds.binary_search(&v).is_ok();
    let mut found = Vec::new();
    // Seeds found per kind: genes, phenotypes, the rest (diseases).
    let mut per_kind = [0usize; 3];
    let slot = |v: u32| match g.kinds[v as usize] {
        NodeKind::Gene => 0,
        NodeKind::Phenotype => 1,
        _ => 2,
    };
    let mut queue = VecDeque::from([node]);
    depth[node as usize] = 0;
    while let Some(v) = queue.pop_front() {
        if v != node && is_seed(v) && per_kind[slot(v)] < NEAREST_PER_KIND {
            per_kind[slot(v)] += 1;
            let mut path = vec![v];
            let mut at = v;
            while at != node {
                at = parent[at as usize];
                path.push(at);
            }
            path.reverse();
            found.push(SeedLink { seed: v, path });
            if per_kind.iter().all(|&k| k == NEAREST_PER_KIND) {
                break;
            }
        }
        if depth[v as usize] as usize >= max_hops {
            continue;
        }
        let edges = g
            .out_edges(v)
            .chain(g.in_edges(v))
            .filter(|&e| weights[e as usize] > 0.0);
        for e in edges {
            let edge = g.edge(e);
            let next = if edge.source == v {
                edge.target
            } else {
                edge.source
            };
            if depth[next as usize] == u8::MAX {
                depth[next as usize] = depth[v as usize] + 1;
                parent[next as usize] = v;
                queue.push_back(next);
            }
        }
    }
    found
}

pub fn explain(
    g: &Graph,
    s: &Scores,
    ranking: &Ranking,
    params: &Params,
    node: u32,
) -> Explanation {
    let position = ranking.rows.iter().position(|r| r.node == node);
    let weights = edge_weights(g, params);
    let admits = |e: u32| weights[e as usize] > 0.0;
    let mut stamp = vec![u32::MAX; g.node_count()];
    let mut events = Vec::new();
    let mut seed_genes = Vec::new();
    for &gene in &s.seed_genes {
        enrich::events_of_gene(g, gene, &admits, &mut stamp, gene, &mut events);
        if events.contains(&node) && seed_genes.len() < 12 {
            seed_genes.push(gene);
        }
    }
    let i = node as usize;
    Explanation {
        node,
        rank: position.map(|p| p + 1),
        combined: position.map(|p| ranking.rows[p].combined),
        propagation: (
            s.propagation[i],
            rank_of(g, params, node, |v| s.propagation[v as usize]),
        ),
        enrichment: (
            enrichment_strength(s, node),
            rank_of(g, params, node, |v| enrichment_strength(s, v)),
        ),
        causal: (
            s.causal[i],
            rank_of(g, params, node, |v| s.causal[v as usize]),
        ),
        genes: s.genes[i],
        seed_genes_below: s.seed_genes_below[i],
        population: s.population,
        seed_population: s.seed_population,
        p_value: s.p_value[i],
        q_value: s.q_value[i],
        seed_genes,
        nearest_seeds: nearest_seeds(g, &weights, s, node, 4),
    }
}
