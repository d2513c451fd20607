//! Subgraphs: the nodes kept and every edge between two of them, with all attributes.

use crate::builder::{EdgeDraft, GraphBuilder, InfoDraft};
use crate::graph::Graph;
use std::collections::BTreeSet;

impl Graph {
    /// The subgraph induced by `keep` (node indices; out-of-range ones are ignored).
    pub fn subgraph(&self, keep: &BTreeSet<u32>) -> Graph {
        let n = self.node_count() as u32;
        let mut b = GraphBuilder::new();
        for &i in keep.iter().filter(|&&i| i < n) {
            let u = i as usize;
            // Ids come from this graph, so kinds cannot conflict.
            if let Ok(node) = b.node(&self.ids[u], self.kinds[u], &self.labels_en[u]) {
                node.label_zh = self.labels_zh[u].clone();
                node.definition = self.definitions.get(&i).cloned();
                node.synonyms = self.synonyms.get(&i).cloned().unwrap_or_default();
                node.info = self.info.get(&i).map(|info| InfoDraft {
                    description_en: info.description_en.clone(),
                    description_zh: info.description_zh.clone(),
                    themes: info.themes,
                    refs: info
                        .refs
                        .iter()
                        .filter_map(|&r| self.refs.get(r as usize).cloned())
                        .collect(),
                });
            }
        }
        for e in &self.edges {
            if keep.contains(&e.source) && keep.contains(&e.target) {
                b.edge(EdgeDraft {
                    source: self.ids[e.source as usize].clone(),
                    target: self.ids[e.target as usize].clone(),
                    relation: e.relation,
                    sign: e.sign,
                    origin: e.origin,
                    evidence: self.vocab.evidence[e.evidence as usize].clone(),
                    frequency: self.vocab.frequency[e.frequency as usize].clone(),
                    refs: self.edge_refs(e).map(str::to_string).collect(),
                });
            }
        }
        // Every edge end was checked to be kept, so building cannot fail.
        b.build().unwrap_or_else(|_| Graph::empty())
    }
}
