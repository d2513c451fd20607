//! Enrichment: how over-represented the seed genes are among the genes annotated to an
//! event or to any event below it (the true-path rule), with a hypergeometric p-value
//! and Benjamini–Hochberg correction over all events tested.

use crate::graph::Graph;
use crate::model::{NodeKind, Relation};

/// Genes "below" an event: annotated to it (gene → process), or to a descendant; for a
/// phenotype, the genes of diseases that show it or a descendant; for a mechanism, the
/// genes the curated layer links to it or to a mechanism that leads to it. `admits(edge)` filters edges (evidence level).
pub struct GeneSets {
    /// Per node: number of distinct genes in its set.
    pub size: Vec<u32>,
    /// Number of genes that belong to at least one set: the population.
    pub population: u32,
}

/// Events above a gene, each once: what the gene counts towards.
pub fn events_of_gene(
    g: &Graph,
    gene: u32,
    admits: &dyn Fn(u32) -> bool,
    stamp: &mut [u32],
    mark: u32,
    out: &mut Vec<u32>,
) {
    out.clear();
    let mut stack: Vec<u32> = Vec::new();
    for e in g.out_edges(gene).filter(|&e| admits(e)) {
        let edge = g.edge(e);
        match edge.relation {
            Relation::AnnotatedTo | Relation::Causes => stack.push(edge.target),
            Relation::GeneOf => {
                // Through its diseases to their phenotypes.
                for p in g.out_edges(edge.target).filter(|&p| admits(p)) {
                    let pe = g.edge(p);
                    if pe.relation == Relation::HasPhenotype {
                        stack.push(pe.target);
                    }
                }
            }
            _ => {}
        }
    }
    while let Some(n) = stack.pop() {
        if stamp[n as usize] == mark {
            continue;
        }
        stamp[n as usize] = mark;
        if g.kinds[n as usize] == NodeKind::Disease || g.kinds[n as usize] == NodeKind::Gene {
            continue;
        }
        out.push(n);
        let mechanism = g.kinds[n as usize] == NodeKind::Mechanism;
        for e in g.out_edges(n).filter(|&e| admits(e)) {
            let edge = g.edge(e);
            // Up the ontology; and along curated causal chains from a mechanism, so a
            // gene counts for every mechanism its own mechanisms lead to and for the
            // processes the curated layer binds to them (none when the curated layer is
            // left out: `Params::public_only`).
            let downstream = mechanism
                && edge.relation == Relation::Causes
                && matches!(
                    g.kinds[edge.target as usize],
                    NodeKind::Mechanism | NodeKind::Process
                );
            if edge.relation.is_hierarchy() || downstream {
                stack.push(edge.target);
            }
        }
    }
}

/// Counts the gene set of every event ([`GeneSets`]), a slice of the genes at a time.
pub struct GeneCount {
    size: Vec<u32>,
    stamp: Vec<u32>,
    events: Vec<u32>,
    population: u32,
    next: u32,
}

impl GeneCount {
    pub fn new(n: usize) -> GeneCount {
        GeneCount {
            size: vec![0; n],
            stamp: vec![u32::MAX; n],
            events: Vec::new(),
            population: 0,
            next: 0,
        }
    }

    /// Counts the sets of at most `genes` more genes; true when every node has been seen.
    pub fn advance(&mut self, g: &Graph, admits: &dyn Fn(u32) -> bool, genes: usize) -> bool {
        let n = g.node_count() as u32;
        let mut counted = 0;
        while self.next < n && counted < genes {
            let gene = self.next;
            self.next += 1;
            if g.kinds[gene as usize] != NodeKind::Gene {
                continue;
            }
            counted += 1;
            events_of_gene(g, gene, admits, &mut self.stamp, gene, &mut self.events);
            if !self.events.is_empty() {
                self.population += 1;
            }
            for &e in &self.events {
                self.size[e as usize] += 1;
            }
        }
        self.next >= n
    }

    pub fn finish(self) -> GeneSets {
        GeneSets {
            size: self.size,
            population: self.population,
        }
    }
}

/// ln(k!) for k = 0..=n.
pub fn ln_factorials(n: usize) -> Vec<f64> {
    let mut t = vec![0f64; n + 1];
    for k in 1..=n {
        t[k] = t[k - 1] + (k as f64).ln();
    }
    t
}

/// P(X ≥ k) for X hypergeometric: `n` draws from a population of `total` holding
/// `marked` marked items.
pub fn hypergeometric_upper(k: u32, n: u32, marked: u32, total: u32, lnf: &[f64]) -> f64 {
    let ln_choose = |a: u32, b: u32| lnf[a as usize] - lnf[b as usize] - lnf[(a - b) as usize];
    if k == 0 {
        return 1.0;
    }
    let hi = n.min(marked);
    if k > hi || n > total {
        return 0.0;
    }
    let denom = ln_choose(total, n);
    let mut p = 0.0;
    for i in k..=hi {
        if n - i > total - marked {
            continue;
        }
        p += (ln_choose(marked, i) + ln_choose(total - marked, n - i) - denom).exp();
    }
    p.min(1.0)
}

/// Benjamini–Hochberg q-values, in the order of `p`.
pub fn benjamini_hochberg(p: &[f64]) -> Vec<f64> {
    let m = p.len();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| p[a].total_cmp(&p[b]).then(a.cmp(&b)));
    let mut q = vec![1.0; m];
    let mut running = 1.0f64;
    for (rank, &i) in order.iter().enumerate().rev() {
        running = running.min(p[i] * m as f64 / (rank + 1) as f64);
        q[i] = running.min(1.0);
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hypergeometric_matches_a_hand_computed_case() {
        // 2 marked among 10; draw 3; P(X ≥ 1) = 1 - C(8,3)/C(10,3) = 1 - 56/120.
        let lnf = ln_factorials(10);
        let p = hypergeometric_upper(1, 3, 2, 10, &lnf);
        assert!((p - (1.0 - 56.0 / 120.0)).abs() < 1e-12, "{p}");
        assert!((hypergeometric_upper(2, 3, 2, 10, &lnf) - 8.0 / 120.0).abs() < 1e-12);
        assert_eq!(hypergeometric_upper(3, 3, 2, 10, &lnf), 0.0);
        assert_eq!(hypergeometric_upper(0, 3, 2, 10, &lnf), 1.0);
    }

    #[test]
    fn benjamini_hochberg_is_monotone_and_matches_the_definition() {
        let q = benjamini_hochberg(&[0.01, 0.04, 0.03, 0.5]);
        // Sorted p: 0.01, 0.03, 0.04, 0.5 → q: 0.04, 0.0533, 0.0533, 0.5.
        assert!((q[0] - 0.04).abs() < 1e-12);
        assert!((q[2] - 0.04 * 4.0 / 3.0).abs() < 1e-12);
        assert!((q[1] - 0.04 * 4.0 / 3.0).abs() < 1e-12);
        assert!((q[3] - 0.5).abs() < 1e-12);
    }
}
