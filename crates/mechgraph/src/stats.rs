//! Counts that describe a snapshot: by node kind, relation and origin.

use crate::format::Meta;
use crate::graph::Graph;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Stats {
    pub nodes: usize,
    pub edges: usize,
    pub nodes_by_kind: BTreeMap<String, usize>,
    pub edges_by_relation: BTreeMap<String, usize>,
    pub edges_by_origin: BTreeMap<String, usize>,
    pub chinese_labels: usize,
    pub definitions: usize,
    pub references: usize,
}

pub fn stats(g: &Graph) -> Stats {
    let mut nodes_by_kind = BTreeMap::new();
    for k in &g.kinds {
        *nodes_by_kind.entry(k.as_str().to_string()).or_insert(0) += 1;
    }
    let mut edges_by_relation = BTreeMap::new();
    let mut edges_by_origin = BTreeMap::new();
    for e in &g.edges {
        *edges_by_relation
            .entry(e.relation.as_str().to_string())
            .or_insert(0) += 1;
        *edges_by_origin
            .entry(e.origin.as_str().to_string())
            .or_insert(0) += 1;
    }
    Stats {
        nodes: g.node_count(),
        edges: g.edge_count(),
        nodes_by_kind,
        edges_by_relation,
        edges_by_origin,
        chinese_labels: g.labels_zh.iter().filter(|l| l.is_some()).count(),
        definitions: g.definitions.len(),
        references: g.refs.len(),
    }
}

/// The stats as lines of text, with the snapshot's sources.
pub fn render(meta: &Meta, s: &Stats) -> String {
    let mut out = format!(
        "kind: {:?}\nnodes: {}\nedges: {}\n",
        meta.kind, s.nodes, s.edges
    );
    out.push_str("sources:\n");
    for src in &meta.sources {
        out.push_str(&format!(
            "  {} {} ({})\n",
            src.name, src.version, src.licence
        ));
    }
    for (title, map) in [
        ("nodes by kind", &s.nodes_by_kind),
        ("edges by relation", &s.edges_by_relation),
        ("edges by origin", &s.edges_by_origin),
    ] {
        out.push_str(&format!("{title}:\n"));
        for (k, v) in map {
            out.push_str(&format!("  {k:<22} {v:>8}\n"));
        }
    }
    out.push_str(&format!(
        "chinese labels: {}\ndefinitions: {}\nreferences: {}\ngraph key: {:08x}\n",
        s.chinese_labels, s.definitions, s.references, meta.graph_key
    ));
    out
}
