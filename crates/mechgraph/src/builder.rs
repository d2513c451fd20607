//! Assembling a [`Graph`] from nodes and edges given by id, in any order. The result is
//! the same whatever the order of the calls: nodes sorted by id, edges by (source,
//! target, relation), vocabularies sorted. That is what makes snapshots reproducible.

use crate::graph::{Edge, Graph, NodeInfo, Vocab, ZhLabel};
use crate::model::{NodeKind, Origin, Relation, Sign, Themes};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A node before building.
#[derive(Clone, Debug)]
pub struct NodeDraft {
    pub kind: NodeKind,
    pub label_en: String,
    pub label_zh: Option<ZhLabel>,
    pub definition: Option<String>,
    pub synonyms: Vec<String>,
    pub info: Option<InfoDraft>,
}

/// Curated information about a node, with references as text.
#[derive(Clone, Debug, Default)]
pub struct InfoDraft {
    pub description_en: String,
    pub description_zh: String,
    pub themes: Themes,
    pub refs: Vec<String>,
}

/// An edge before building, its ends given by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EdgeDraft {
    pub source: String,
    pub target: String,
    pub relation: Relation,
    pub sign: Sign,
    pub origin: Origin,
    pub evidence: String,
    pub frequency: String,
    pub refs: Vec<String>,
}

impl EdgeDraft {
    /// An edge with the relation's default sign and no evidence, frequency or refs.
    pub fn new(source: &str, target: &str, relation: Relation, origin: Origin) -> EdgeDraft {
        EdgeDraft {
            source: source.to_string(),
            target: target.to_string(),
            relation,
            sign: relation.default_sign(),
            origin,
            evidence: String::new(),
            frequency: String::new(),
            refs: Vec::new(),
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BuildError {
    #[error("edge {source_id} -> {target}: no node with id {missing}")]
    UnknownNode {
        source_id: String,
        target: String,
        missing: String,
    },
    #[error("node {id} is given as both {first} and {second}")]
    KindConflict {
        id: String,
        first: NodeKind,
        second: NodeKind,
    },
    #[error("the graph has {0} nodes; at most 2^32 - 1 are supported")]
    TooLarge(usize),
}

#[derive(Default)]
pub struct GraphBuilder {
    nodes: BTreeMap<String, NodeDraft>,
    edges: BTreeMap<(String, String, Relation), EdgeDraft>,
}

impl GraphBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a node, or returns the one with this id. A second call may not change its kind.
    pub fn node(
        &mut self,
        id: &str,
        kind: NodeKind,
        label_en: &str,
    ) -> Result<&mut NodeDraft, BuildError> {
        let draft = self
            .nodes
            .entry(id.to_string())
            .or_insert_with(|| NodeDraft {
                kind,
                label_en: label_en.to_string(),
                label_zh: None,
                definition: None,
                synonyms: Vec::new(),
                info: None,
            });
        if draft.kind != kind {
            return Err(BuildError::KindConflict {
                id: id.to_string(),
                first: draft.kind,
                second: kind,
            });
        }
        Ok(draft)
    }

    pub fn has_node(&self, id: &str) -> bool {
        self.nodes.contains_key(id)
    }

    pub fn node_mut(&mut self, id: &str) -> Option<&mut NodeDraft> {
        self.nodes.get_mut(id)
    }

    /// Adds an edge. The same (source, target, relation) given twice is kept once, with
    /// the references of both.
    pub fn edge(&mut self, edge: EdgeDraft) {
        let key = (edge.source.clone(), edge.target.clone(), edge.relation);
        match self.edges.get_mut(&key) {
            Some(existing) => {
                for r in edge.refs {
                    if !existing.refs.contains(&r) {
                        existing.refs.push(r);
                    }
                }
            }
            None => {
                self.edges.insert(key, edge);
            }
        }
    }

    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    /// Builds the graph; every edge end must be a node.
    pub fn build(self) -> Result<Graph, BuildError> {
        if self.nodes.len() >= u32::MAX as usize {
            return Err(BuildError::TooLarge(self.nodes.len()));
        }
        let index: HashMap<&str, u32> = self
            .nodes
            .keys()
            .enumerate()
            .map(|(i, id)| (id.as_str(), i as u32))
            .collect();
        let evidence = sorted_vocab(self.edges.values().map(|e| e.evidence.as_str()));
        let frequency = sorted_vocab(self.edges.values().map(|e| e.frequency.as_str()));
        let ref_texts: BTreeSet<&str> = self
            .edges
            .values()
            .flat_map(|e| e.refs.iter())
            .chain(
                self.nodes
                    .values()
                    .flat_map(|n| n.info.iter().flat_map(|i| i.refs.iter())),
            )
            .map(String::as_str)
            .collect();
        let refs: Vec<String> = ref_texts.iter().map(|s| s.to_string()).collect();
        let index_of = |vocab: &[String]| -> HashMap<String, u16> {
            vocab
                .iter()
                .enumerate()
                .map(|(i, s)| (s.clone(), i as u16))
                .collect()
        };
        let (evidence_index, frequency_index) = (index_of(&evidence), index_of(&frequency));
        let ref_ids = |list: &[String]| -> Vec<u32> {
            let mut ids: Vec<u32> = list
                .iter()
                .filter_map(|r| refs.binary_search(r).ok().map(|i| i as u32))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        };

        let mut edges = Vec::with_capacity(self.edges.len());
        for e in self.edges.values() {
            let end = |id: &str| {
                index
                    .get(id)
                    .copied()
                    .ok_or_else(|| BuildError::UnknownNode {
                        source_id: e.source.clone(),
                        target: e.target.clone(),
                        missing: id.to_string(),
                    })
            };
            edges.push(Edge {
                source: end(&e.source)?,
                target: end(&e.target)?,
                relation: e.relation,
                sign: e.sign,
                origin: e.origin,
                evidence: evidence_index
                    .get(e.evidence.as_str())
                    .copied()
                    .unwrap_or(0),
                frequency: frequency_index
                    .get(e.frequency.as_str())
                    .copied()
                    .unwrap_or(0),
                refs: ref_ids(&e.refs),
            });
        }
        edges.sort_by_key(|e| (e.source, e.target, e.relation));

        let mut ids = Vec::with_capacity(self.nodes.len());
        let mut kinds = Vec::with_capacity(self.nodes.len());
        let mut labels_en = Vec::with_capacity(self.nodes.len());
        let mut labels_zh = Vec::with_capacity(self.nodes.len());
        let mut info = HashMap::new();
        let mut definitions = HashMap::new();
        let mut synonyms = HashMap::new();
        for (i, (id, node)) in self.nodes.into_iter().enumerate() {
            let i = i as u32;
            if let Some(d) = &node.info {
                info.insert(
                    i,
                    NodeInfo {
                        description_en: d.description_en.clone(),
                        description_zh: d.description_zh.clone(),
                        themes: d.themes,
                        refs: ref_ids(&d.refs),
                    },
                );
            }
            if let Some(def) = node.definition.filter(|d| !d.is_empty()) {
                definitions.insert(i, def);
            }
            if !node.synonyms.is_empty() {
                synonyms.insert(i, node.synonyms);
            }
            ids.push(id);
            kinds.push(node.kind);
            labels_en.push(node.label_en);
            labels_zh.push(node.label_zh);
        }
        let vocab = Vocab {
            evidence,
            frequency,
        };
        let mut graph =
            Graph::from_parts(ids, kinds, labels_en, labels_zh, info, edges, vocab, refs);
        graph.definitions = definitions;
        graph.synonyms = synonyms;
        Ok(graph)
    }
}

/// Distinct strings, most used first (then by text), with "" at index 0 ("none").
/// Frequent values get small indices, which take one byte in the snapshot.
fn sorted_vocab<'a>(items: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for item in items.filter(|s| !s.is_empty()) {
        *counts.entry(item).or_insert(0) += 1;
    }
    let mut by_use: Vec<(&str, usize)> = counts.into_iter().collect();
    by_use.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    std::iter::once(String::new())
        .chain(by_use.into_iter().map(|(s, _)| s.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small(order: bool) -> Graph {
        let mut b = GraphBuilder::new();
        let nodes = [
            ("GO:2", NodeKind::Process, "two"),
            ("GO:1", NodeKind::Process, "one"),
            ("GENE:X", NodeKind::Gene, "X"),
        ];
        let mut edges = vec![
            EdgeDraft::new("GO:2", "GO:1", Relation::IsA, Origin::GeneOntology),
            EdgeDraft {
                evidence: "IDA".into(),
                ..EdgeDraft::new(
                    "GENE:X",
                    "GO:2",
                    Relation::AnnotatedTo,
                    Origin::GoAnnotation,
                )
            },
            EdgeDraft {
                refs: vec!["PMID:1".into()],
                sign: Sign::Promotes,
                ..EdgeDraft::new("GENE:X", "GO:1", Relation::Causes, Origin::Curated)
            },
        ];
        if order {
            edges.reverse();
        }
        for (id, kind, label) in nodes {
            b.node(id, kind, label).expect("node");
        }
        for e in edges {
            b.edge(e);
        }
        b.build().expect("build")
    }

    #[test]
    fn order_of_calls_does_not_matter() {
        let a = small(false);
        let b = small(true);
        assert_eq!(a.ids, b.ids);
        assert_eq!(a.edges, b.edges);
        assert_eq!(a.ids, ["GENE:X", "GO:1", "GO:2"]);
    }

    #[test]
    fn adjacency_in_both_directions() {
        let g = small(false);
        let x = g.find("GENE:X").expect("X");
        let one = g.find("GO:1").expect("GO:1");
        assert_eq!(g.out_degree(x), 2);
        assert_eq!(g.in_degree(one), 2);
        let rels: Vec<Relation> = g.in_edges(one).map(|e| g.edge(e).relation).collect();
        assert_eq!(rels, [Relation::Causes, Relation::IsA]);
        let curated = g
            .out_edges(x)
            .map(|e| g.edge(e))
            .find(|e| e.relation == Relation::Causes);
        let refs: Vec<&str> = curated
            .map(|e| g.edge_refs(e).collect())
            .unwrap_or_default();
        assert_eq!(refs, ["PMID:1"]);
        let annotated = g
            .out_edges(x)
            .map(|e| g.edge(e))
            .find(|e| e.relation == Relation::AnnotatedTo);
        assert_eq!(
            annotated.map(|e| g.vocab.evidence[e.evidence as usize].as_str()),
            Some("IDA")
        );
    }

    #[test]
    fn parallel_edges_are_kept_apart() {
        let mut b = GraphBuilder::new();
        b.node("A", NodeKind::Process, "a").expect("a");
        b.node("B", NodeKind::Process, "b").expect("b");
        b.edge(EdgeDraft::new(
            "A",
            "B",
            Relation::IsA,
            Origin::GeneOntology,
        ));
        b.edge(EdgeDraft::new(
            "A",
            "B",
            Relation::PartOf,
            Origin::GeneOntology,
        ));
        b.edge(EdgeDraft::new(
            "A",
            "B",
            Relation::IsA,
            Origin::GeneOntology,
        ));
        let g = b.build().expect("build");
        assert_eq!(g.edge_count(), 2);
        assert_eq!(g.out_degree(0), 2);
        assert_eq!(g.successors(0).collect::<Vec<_>>(), [1]);
        assert_eq!(g.in_degree(1), 2);
    }

    #[test]
    fn unknown_ends_and_kind_conflicts_are_errors() {
        let mut b = GraphBuilder::new();
        b.node("A", NodeKind::Process, "a").expect("a");
        assert!(b.node("A", NodeKind::Gene, "a").is_err());
        b.edge(EdgeDraft::new("A", "Z", Relation::IsA, Origin::User));
        assert!(
            matches!(b.build(), Err(BuildError::UnknownNode { missing, .. }) if missing == "Z")
        );
    }
}
