//! The in-memory graph: nodes as parallel arrays, edges in one array sorted by
//! (source, target, relation), and petgraph CSR adjacency in both directions. A CSR
//! entry stands for all parallel edges between two nodes (petgraph's CSR wants strictly
//! increasing neighbours); its weight is the range of those edges in the edge array.

use crate::model::{NodeKind, Origin, Relation, Sign, Themes, ZhOrigin};
use petgraph::csr::Csr;
use std::collections::HashMap;

/// An edge and its provenance. `refs` are indices into [`Graph::refs`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edge {
    pub source: u32,
    pub target: u32,
    pub relation: Relation,
    pub sign: Sign,
    pub origin: Origin,
    /// Index into [`Vocab::evidence`] (0 = none given).
    pub evidence: u16,
    /// Index into [`Vocab::frequency`] (0 = none given); HPO annotation frequency.
    pub frequency: u16,
    pub refs: Vec<u32>,
}

/// A label chosen for display.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label<'a> {
    pub text: &'a str,
    /// English shown in a Chinese view because there is no Chinese label.
    pub fallback: bool,
    /// A Chinese label translated by this project.
    pub translated: bool,
}

/// A Chinese label and who wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZhLabel {
    pub text: String,
    pub origin: ZhOrigin,
}

/// What the curated layer says about a node beyond its label.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NodeInfo {
    pub description_en: String,
    pub description_zh: String,
    pub themes: Themes,
    pub refs: Vec<u32>,
}

/// Shared strings referred to by index. Index 0 of `evidence` and `frequency` is "".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vocab {
    pub evidence: Vec<String>,
    pub frequency: Vec<String>,
}

impl Default for Vocab {
    fn default() -> Self {
        Vocab {
            evidence: vec![String::new()],
            frequency: vec![String::new()],
        }
    }
}

/// The graph. Node `i` has `ids[i]`, `kinds[i]`, `labels_en[i]` …
#[derive(Clone, Debug)]
pub struct Graph {
    pub ids: Vec<String>,
    pub kinds: Vec<NodeKind>,
    pub labels_en: Vec<String>,
    pub labels_zh: Vec<Option<ZhLabel>>,
    pub info: HashMap<u32, NodeInfo>,
    pub definitions: HashMap<u32, String>,
    pub synonyms: HashMap<u32, Vec<String>>,
    pub edges: Vec<Edge>,
    pub vocab: Vocab,
    /// Reference strings (`PMID:123`, `SEED:1.2`).
    pub refs: Vec<String>,
    out: Csr<(), EdgeRange>,
    inn: Csr<(), EdgeRange>,
}

impl Graph {
    /// Builds the graph from nodes sorted by id and edges sorted by
    /// (source, target, relation). The caller (builder or decoder) guarantees the order
    /// and that every edge end is a node index.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn from_parts(
        ids: Vec<String>,
        kinds: Vec<NodeKind>,
        labels_en: Vec<String>,
        labels_zh: Vec<Option<ZhLabel>>,
        info: HashMap<u32, NodeInfo>,
        edges: Vec<Edge>,
        vocab: Vocab,
        refs: Vec<String>,
    ) -> Graph {
        let n = ids.len();
        let groups = parallel_groups(&edges);
        // Reverse entries in (target, source) order by a counting sort: the groups come in
        // source order, so each target's bucket fills in source order.
        let mut start = vec![0usize; n + 1];
        for &(_, t, _) in &groups {
            start[t as usize + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut reverse = vec![(0u32, 0u32, EdgeRange::default()); groups.len()];
        for &(s, t, r) in &groups {
            reverse[start[t as usize]] = (t, s, r);
            start[t as usize] += 1;
        }
        let out = csr(n, groups);
        let inn = csr(n, reverse);

        Graph {
            ids,
            kinds,
            labels_en,
            labels_zh,
            info,
            definitions: HashMap::new(),
            synonyms: HashMap::new(),
            edges,
            vocab,
            refs,
            out,
            inn,
        }
    }

    /// A graph with no nodes.
    pub fn empty() -> Graph {
        Graph::from_parts(
            vec![],
            vec![],
            vec![],
            vec![],
            HashMap::new(),
            vec![],
            Vocab::default(),
            vec![],
        )
    }

    pub fn node_count(&self) -> usize {
        self.ids.len()
    }

    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    /// The node with this id (`GO:0006914`, `HP:0003394`, `GENE:TARDBP`, `ALSM:…`).
    pub fn find(&self, id: &str) -> Option<u32> {
        // Ids are sorted (the builder sorts them, the decoder checks it).
        self.ids
            .binary_search_by(|x| x.as_str().cmp(id))
            .ok()
            .map(|i| i as u32)
    }

    /// Indices into [`Graph::edges`] of the edges leaving `node`, by target.
    pub fn out_edges(&self, node: u32) -> impl Iterator<Item = u32> + '_ {
        self.out.edges(node).flat_map(|e| e.weight().indices())
    }

    /// Indices into [`Graph::edges`] of the edges entering `node`, by source.
    pub fn in_edges(&self, node: u32) -> impl Iterator<Item = u32> + '_ {
        self.inn.edges(node).flat_map(|e| e.weight().indices())
    }

    /// Distinct nodes this node points to.
    pub fn successors(&self, node: u32) -> impl Iterator<Item = u32> + '_ {
        self.out.neighbors_slice(node).iter().copied()
    }

    /// Distinct nodes pointing to this node.
    pub fn predecessors(&self, node: u32) -> impl Iterator<Item = u32> + '_ {
        self.inn.neighbors_slice(node).iter().copied()
    }

    pub fn out_degree(&self, node: u32) -> usize {
        self.out_edges(node).count()
    }

    pub fn in_degree(&self, node: u32) -> usize {
        self.in_edges(node).count()
    }

    pub fn edge(&self, index: u32) -> &Edge {
        &self.edges[index as usize]
    }

    /// The reference strings of an edge.
    pub fn edge_refs<'a>(&'a self, edge: &'a Edge) -> impl Iterator<Item = &'a str> + 'a {
        edge.refs
            .iter()
            .filter_map(|&r| self.refs.get(r as usize).map(String::as_str))
    }

    /// The label to show in Chinese or English. A Chinese view without a Chinese label
    /// shows the English one and says so (`fallback`), except for genes, whose official
    /// symbols are the same in both languages.
    pub fn label(&self, node: u32, chinese: bool) -> Label<'_> {
        let i = node as usize;
        let english = Label {
            text: &self.labels_en[i],
            fallback: false,
            translated: false,
        };
        if !chinese || self.kinds[i] == crate::model::NodeKind::Gene {
            return english;
        }
        match &self.labels_zh[i] {
            Some(zh) => Label {
                text: &zh.text,
                fallback: false,
                translated: zh.origin == ZhOrigin::Project,
            },
            None => Label {
                fallback: true,
                ..english
            },
        }
    }
}

/// The edges between one ordered pair of nodes: `start..start + len` in the edge array.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct EdgeRange {
    start: u32,
    len: u32,
}

impl EdgeRange {
    fn indices(self) -> std::ops::Range<u32> {
        self.start..self.start + self.len
    }
}

/// One entry per distinct (source, target) pair of edges sorted by (source, target, …).
fn parallel_groups(edges: &[Edge]) -> Vec<(u32, u32, EdgeRange)> {
    let mut groups: Vec<(u32, u32, EdgeRange)> = Vec::new();
    for (i, e) in edges.iter().enumerate() {
        match groups.last_mut() {
            Some((s, t, range)) if *s == e.source && *t == e.target => range.len += 1,
            _ => groups.push((
                e.source,
                e.target,
                EdgeRange {
                    start: i as u32,
                    len: 1,
                },
            )),
        }
    }
    groups
}

/// CSR adjacency with `n` nodes from entries sorted by (from, to), each pair once.
fn csr(n: usize, sorted: Vec<(u32, u32, EdgeRange)>) -> Csr<(), EdgeRange> {
    // The builder and the decoder sort and deduplicate, so this cannot fail; an empty
    // adjacency would be the safe answer if it ever did.
    let mut g: Csr<(), EdgeRange> = Csr::from_sorted_edges(&sorted).unwrap_or_else(|_| Csr::new());
    while g.node_count() < n {
        g.add_node(());
    }
    g
}
