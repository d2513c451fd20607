//! What each section holds, as postcard-serialised structs. Columns are kept apart (all
//! kinds, then all ids, …) and integers are delta-coded so that DEFLATE finds the
//! repetition.

use serde::{Deserialize, Serialize};

pub const META: [u8; 4] = *b"META";
pub const NODE: [u8; 4] = *b"NODE";
pub const LABEL_EN: [u8; 4] = *b"LBEN";
pub const LABEL_ZH: [u8; 4] = *b"LBZH";
pub const INFO: [u8; 4] = *b"INFO";
pub const EDGE: [u8; 4] = *b"EDGE";
pub const VOCAB: [u8; 4] = *b"VOCB";
pub const DEFINITIONS: [u8; 4] = *b"DEFS";
pub const SYNONYMS: [u8; 4] = *b"SYNS";
pub const CORE_EVENTS: [u8; 4] = *b"CORE";
pub const CORE_MEASURES: [u8; 4] = *b"CMSR";
pub const CONTENT: [u8; 4] = *b"CONT";

/// Which part of a graph a snapshot holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SnapshotKind {
    /// Every node and edge of the build.
    Full,
    /// The subgraph the first view needs, with its texts.
    Core,
    /// Definitions and synonyms for the nodes of a `Full` snapshot (see `Meta::graph_key`).
    Text,
    /// Compiled from a user's TSV files.
    User,
}

/// A data source and its release, shown on the About page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    pub name: String,
    pub version: String,
    pub licence: String,
    pub url: String,
}

/// The META section: stored uncompressed, readable without decoding the rest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub kind: SnapshotKind,
    pub sources: Vec<SourceInfo>,
    pub node_count: u32,
    pub edge_count: u32,
    /// CRC-32 of the raw NODE section of the graph this snapshot describes: a `Text`
    /// snapshot applies only to the graph with the same key.
    pub graph_key: u32,
    /// Free text: how it was built.
    pub note: String,
}

/// NODE: kinds, and ids (see `ids.rs`).
#[derive(Serialize, Deserialize)]
pub struct NodeSection {
    pub kinds: Vec<u8>,
    pub ids: super::ids::IdColumns,
}

/// LBZH and the other sparse per-node sections: node index deltas, ascending.
#[derive(Serialize, Deserialize)]
pub struct ZhSection {
    pub node_delta: Vec<u32>,
    pub text: Vec<String>,
    /// 0 = translated by the project, 1 = given by the source.
    pub origin: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
pub struct InfoSection {
    pub node_delta: Vec<u32>,
    pub description_en: Vec<String>,
    pub description_zh: Vec<String>,
    pub themes: Vec<u16>,
    pub refs: Vec<Vec<u32>>,
}

/// EDGE: edges sorted by (source, target, relation). `out_degree[i]` edges leave node i;
/// `target_delta` is each target minus the previous target of the same source (0 first).
#[derive(Serialize, Deserialize)]
pub struct EdgeSection {
    pub out_degree: Vec<u32>,
    pub target_delta: Vec<u32>,
    pub relation: Vec<u8>,
    pub evidence: Vec<u16>,
    /// Sparse: signs other than the relation's default sign.
    pub sign_edge_delta: Vec<u32>,
    pub sign: Vec<u8>,
    /// Sparse: origins other than the relation's usual origin.
    pub origin_edge_delta: Vec<u32>,
    pub origin: Vec<u8>,
    /// Sparse: edge index deltas and frequency vocabulary indices.
    pub frequency_edge_delta: Vec<u32>,
    pub frequency: Vec<u16>,
    /// Sparse: edge index deltas and reference lists.
    pub refs_edge_delta: Vec<u32>,
    pub refs: Vec<Vec<u32>>,
}

#[derive(Serialize, Deserialize)]
pub struct VocabSection {
    pub evidence: Vec<String>,
    pub frequency: Vec<String>,
    pub refs: Vec<String>,
}

#[derive(Serialize, Deserialize)]
pub struct DefinitionSection {
    pub node_delta: Vec<u32>,
    pub text: Vec<String>,
}

#[derive(Serialize, Deserialize)]
pub struct SynonymSection {
    pub node_delta: Vec<u32>,
    pub synonyms: Vec<Vec<String>>,
}

/// Ascending indices to deltas.
pub fn deltas(sorted: impl Iterator<Item = u32>) -> Vec<u32> {
    let mut prev = 0;
    sorted
        .map(|x| {
            let d = x - prev;
            prev = x;
            d
        })
        .collect()
}

/// Deltas back to indices; `None` on overflow.
pub fn undelta(deltas: &[u32]) -> Option<Vec<u32>> {
    let mut at = 0u32;
    deltas
        .iter()
        .map(|&d| {
            at = at.checked_add(d)?;
            Some(at)
        })
        .collect()
}

/// CORE: a precomputed ranking (the default core events), so the first view needs no
/// scoring. Events are named by id: the ranking was computed on the full graph.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoreEvents {
    /// How it was computed (the parameters, as JSON).
    pub params: String,
    /// Candidates ranked.
    pub candidates: u32,
    pub ids: Vec<String>,
    /// Combined score and the three percentiles, each in millionths.
    pub combined: Vec<u32>,
    pub propagation: Vec<u32>,
    pub enrichment: Vec<u32>,
    pub causal: Vec<u32>,
    /// The measures in their own terms, row by row (section CMSR, written beside CORE):
    /// absent in files written before it existed.
    #[serde(skip)]
    pub measures: Option<CoreMeasures>,
}

/// CMSR: the three measures of each stored core event in their own terms
/// (`score::Measures`), so the stored ranking reads like a live one. Row `i` belongs to
/// `CoreEvents::ids[i]`. Single precision is enough for numbers shown with two
/// significant digits; p and q are kept as −log10 so that tiny values do not underflow.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CoreMeasures {
    pub propagation_vs_top: Vec<f32>,
    pub seed_genes_below: Vec<u32>,
    pub genes: Vec<u32>,
    pub neg_log10_p: Vec<f32>,
    pub neg_log10_q: Vec<f32>,
    pub flow_share: Vec<f32>,
}

impl CoreMeasures {
    pub fn len(&self) -> usize {
        self.genes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.genes.is_empty()
    }

    /// The columns' lengths, to check that they agree.
    pub fn lengths(&self) -> [usize; 6] {
        [
            self.propagation_vs_top.len(),
            self.seed_genes_below.len(),
            self.genes.len(),
            self.neg_log10_p.len(),
            self.neg_log10_q.len(),
            self.flow_share.len(),
        ]
    }
}

/// CONT: the texts written as data — the story, the treatments and the reading pages —
/// in core snapshots, so that the app carries none of them. Named documents, each a file
/// of `data/` as it is (its path below `data/` as the name, e.g. `story/chapters.json`),
/// sorted by name. The format does not read the documents; the app parses them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Content {
    pub documents: Vec<Document>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub name: String,
    pub text: String,
}

impl Content {
    /// The text of the document called `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.documents
            .binary_search_by(|d| d.name.as_str().cmp(name))
            .ok()
            .map(|i| self.documents[i].text.as_str())
    }

    /// Names not empty, sorted and unique: the invariant the decoder checks.
    pub fn well_formed(&self) -> bool {
        self.documents.iter().all(|d| !d.name.is_empty())
            && self.documents.windows(2).all(|w| w[0].name < w[1].name)
    }
}
