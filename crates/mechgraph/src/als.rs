//! The ALS seed set and the core subgraph, the same rules at build time and in the app.

use crate::graph::Graph;
use crate::model::{NodeKind, Origin, Relation};
use std::collections::BTreeSet;

/// The words that name ALS in disease labels (OMIM and Orphanet use this form).
pub const ALS_NAME: &str = "amyotrophic lateral sclerosis";

/// Diseases named amyotrophic lateral sclerosis, their genes and their phenotypes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Seeds {
    pub diseases: BTreeSet<u32>,
    pub genes: BTreeSet<u32>,
    pub phenotypes: BTreeSet<u32>,
}

impl Seeds {
    pub fn all(&self) -> BTreeSet<u32> {
        self.diseases
            .iter()
            .chain(&self.genes)
            .chain(&self.phenotypes)
            .copied()
            .collect()
    }
}

pub fn als_seeds(g: &Graph) -> Seeds {
    let mut seeds = Seeds::default();
    for (i, label) in g.labels_en.iter().enumerate() {
        if g.kinds[i] == NodeKind::Disease && label.to_lowercase().contains(ALS_NAME) {
            seeds.diseases.insert(i as u32);
        }
    }
    for &d in &seeds.diseases {
        for e in g.in_edges(d).map(|e| g.edge(e)) {
            if e.relation == Relation::GeneOf {
                seeds.genes.insert(e.source);
            }
        }
        for e in g.out_edges(d).map(|e| g.edge(e)) {
            if e.relation == Relation::HasPhenotype {
                seeds.phenotypes.insert(e.target);
            }
        }
    }
    seeds
}

/// Nodes of the curated layer: mechanisms, and every end of a curated edge.
pub fn curated_nodes(g: &Graph) -> BTreeSet<u32> {
    let mut nodes: BTreeSet<u32> = (0..g.node_count() as u32)
        .filter(|&i| g.kinds[i as usize] == NodeKind::Mechanism)
        .collect();
    for e in g.edges.iter().filter(|e| e.origin == Origin::Curated) {
        nodes.insert(e.source);
        nodes.insert(e.target);
    }
    nodes
}

/// The core subgraph's nodes: the curated layer, the ALS seeds, the nodes that other
/// content links to (`linked`), and the direct neighbours of all of these that are
/// processes or mechanisms.
pub fn core_nodes(g: &Graph, linked: &BTreeSet<u32>) -> BTreeSet<u32> {
    let mut base = curated_nodes(g);
    base.extend(als_seeds(g).all());
    base.extend(
        linked
            .iter()
            .copied()
            .filter(|&i| (i as usize) < g.node_count()),
    );
    let mut core = base.clone();
    for &n in &base {
        for m in g.successors(n).chain(g.predecessors(n)) {
            if matches!(g.kinds[m as usize], NodeKind::Process | NodeKind::Mechanism) {
                core.insert(m);
            }
        }
    }
    core
}
