//! The expensive part of scoring, cached: the walk structures and gene sets depend only
//! on the relation weights and the evidence level; each new seed set reuses them.

use super::walk::Walk;
use super::{
    distribution, enrich, seeds, EvidenceLevel, Params, RelationWeights, Scores, DEGENERATION,
    MAX_ITER, RESTART, TOLERANCE,
};
use crate::graph::Graph;
use crate::model::{NodeKind, Origin};

/// The graph work that depends only on the relation weights and the evidence level:
/// the two walk structures and the gene sets. Build it once and score many seed sets
/// with it ([`Prepared::scores`]); [`compute`] does both.
pub struct Prepared {
    relations: RelationWeights,
    evidence: EvidenceLevel,
    admitted: Vec<bool>,
    undirected: Walk,
    degree: Vec<f64>,
    forward: Walk,
    backward: Walk,
    genes: Vec<u32>,
    population: u32,
}

impl Prepared {
    pub fn new(g: &Graph, params: &Params) -> Prepared {
        let n = g.node_count();
        let edge_weight = super::edge_weights(g, params);
        let admitted: Vec<bool> = edge_weight.iter().map(|&w| w > 0.0).collect();
        let used = || {
            g.edges
                .iter()
                .zip(&admitted)
                .filter(|(_, ok)| **ok)
                .map(|(e, _)| e)
        };

        let mut arcs = Vec::with_capacity(g.edge_count() * 2);
        for e in used() {
            let w = params.relations.get(e.relation) as f32;
            arcs.push((e.source, e.target, w));
            arcs.push((e.target, e.source, w));
        }
        let mut degree = vec![0f64; n];
        for &(u, _, w) in &arcs {
            degree[u as usize] += w as f64;
        }
        let undirected = Walk::new(n, &arcs);

        // Causal flow: along the edges, down the hierarchy at half weight, and from a
        // process back into the curated mechanism bound to it.
        arcs.clear();
        for e in used() {
            let w = params.relations.get(e.relation) as f32;
            arcs.push((e.source, e.target, w));
            let bound =
                e.origin == Origin::Curated && g.kinds[e.target as usize] == NodeKind::Process;
            if e.relation.is_hierarchy() {
                arcs.push((e.target, e.source, w * 0.5));
            } else if bound {
                arcs.push((e.target, e.source, w));
            }
        }
        let forward = Walk::new(n, &arcs);
        for arc in arcs.iter_mut() {
            *arc = (arc.1, arc.0, arc.2);
        }
        let backward = Walk::new(n, &arcs);

        let admits = |e: u32| admitted[e as usize];
        let sets = enrich::gene_sets(g, &admits);
        Prepared {
            relations: params.relations.clone(),
            evidence: params.evidence,
            admitted,
            undirected,
            degree,
            forward,
            backward,
            genes: sets.size,
            population: sets.population,
        }
    }

    /// Personalized PageRank from `seeds` (restart probability 0.5), before the degree
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
        self.relations == params.relations && self.evidence == params.evidence
    }

    pub fn scores(&self, g: &Graph, params: &Params) -> Scores {
        let n = g.node_count();
        let seeds = seeds(g, params);
        let seed_genes: Vec<u32> = seeds
            .iter()
            .copied()
            .filter(|&s| g.kinds[s as usize] == NodeKind::Gene)
            .collect();

        let ppr = self
            .undirected
            .rwr(&distribution(n, &seeds), RESTART, MAX_ITER, TOLERANCE);
        let propagation = (0..n)
            .map(|v| {
                if self.degree[v] > 0.0 {
                    ppr[v] / self.degree[v]
                } else {
                    0.0
                }
            })
            .collect();

        let mut targets: Vec<u32> = seeds
            .iter()
            .copied()
            .filter(|&s| g.kinds[s as usize] == NodeKind::Phenotype)
            .collect();
        targets.extend(g.find(DEGENERATION));
        let sources = if seed_genes.is_empty() {
            seeds.clone()
        } else {
            seed_genes.clone()
        };
        let (start, end) = (distribution(n, &sources), distribution(n, &targets));
        let forward = self.forward.rwr(&start, RESTART, MAX_ITER, TOLERANCE);
        let backward = self.backward.rwr(&end, RESTART, MAX_ITER, TOLERANCE);
        // Flow *through* an event: leave out what a walk holds at its own start, so that
        // the sources and targets themselves do not count as passages.
        let mut causal: Vec<f64> = (0..n)
            .map(|v| {
                (forward[v] - RESTART * start[v]).max(0.0)
                    * (backward[v] - RESTART * end[v]).max(0.0)
            })
            .collect();
        let top = causal.iter().copied().fold(0.0, f64::max);
        if top > 0.0 {
            causal.iter_mut().for_each(|c| *c /= top);
        }

        let admits = |e: u32| self.admitted[e as usize];
        let mut seed_genes_below = vec![0u32; n];
        let mut stamp = vec![u32::MAX; n];
        let mut events = Vec::new();
        let mut seed_population = 0;
        for &gene in &seed_genes {
            enrich::events_of_gene(g, gene, &admits, &mut stamp, gene, &mut events);
            seed_population += u32::from(!events.is_empty());
            for &e in &events {
                seed_genes_below[e as usize] += 1;
            }
        }
        let lnf = enrich::ln_factorials(self.population as usize);
        let tested: Vec<u32> = (0..n as u32)
            .filter(|&v| self.genes[v as usize] > 0)
            .collect();
        let p_tested: Vec<f64> = tested
            .iter()
            .map(|&v| {
                enrich::hypergeometric_upper(
                    seed_genes_below[v as usize],
                    self.genes[v as usize],
                    seed_population,
                    self.population,
                    &lnf,
                )
            })
            .collect();
        let q_tested = enrich::benjamini_hochberg(&p_tested);
        let (mut p_value, mut q_value) = (vec![1.0; n], vec![1.0; n]);
        for ((&v, p), q) in tested.iter().zip(p_tested).zip(q_tested) {
            p_value[v as usize] = p;
            q_value[v as usize] = q;
        }

        Scores {
            seeds,
            seed_genes,
            targets,
            propagation,
            genes: self.genes.clone(),
            seed_genes_below,
            population: self.population,
            seed_population,
            p_value,
            q_value,
            causal,
        }
    }
}

pub fn compute(g: &Graph, params: &Params) -> Scores {
    Prepared::new(g, params).scores(g, params)
}
