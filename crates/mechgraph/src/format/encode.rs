//! Encoding a [`Graph`] into a snapshot: each section built from the graph, serialised
//! and compressed (`docs/DATA_FORMAT.md`).

use super::container::{self, Codec, SectionOut};
use super::ids;
use super::sections::*;
use crate::graph::Graph;

fn to_bytes<T: serde::Serialize>(value: &T) -> Vec<u8> {
    // Serialising plain vectors and strings into memory cannot fail.
    postcard::to_allocvec(value).unwrap_or_default()
}

/// What to write about the build in META.
pub struct MetaInput {
    pub kind: SnapshotKind,
    pub sources: Vec<SourceInfo>,
    pub note: String,
    /// A precomputed ranking to store with the graph.
    pub core_events: Option<CoreEvents>,
    /// The texts written as data, to store with the graph (section CONT).
    pub content: Option<Content>,
}

/// Encodes a graph. Definitions and synonyms are included except for `Full` snapshots,
/// whose texts go to a separate `Text` snapshot ([`encode_text`]) to keep the file small.
pub fn encode(graph: &Graph, input: MetaInput) -> Vec<u8> {
    let node_raw = to_bytes(&node_section(graph));
    let meta = Meta {
        kind: input.kind,
        sources: input.sources,
        node_count: graph.node_count() as u32,
        edge_count: graph.edge_count() as u32,
        graph_key: crc32fast::hash(&node_raw),
        note: input.note,
    };
    let deflate = |tag, raw| SectionOut {
        tag,
        codec: Codec::Deflate,
        raw,
    };
    let lzma = |tag, raw| SectionOut {
        tag,
        codec: Codec::Lzma,
        raw,
    };
    let mut out = vec![
        SectionOut {
            tag: META,
            codec: Codec::Stored,
            raw: to_bytes(&meta),
        },
        lzma(NODE, node_raw),
        lzma(LABEL_EN, to_bytes(&graph.labels_en)),
        lzma(LABEL_ZH, to_bytes(&zh_section(graph))),
        deflate(INFO, to_bytes(&info_section(graph))),
        deflate(VOCAB, to_bytes(&vocab_section(graph))),
        lzma(EDGE, to_bytes(&edge_section(graph))),
    ];
    if input.kind != SnapshotKind::Full {
        out.push(lzma(DEFINITIONS, to_bytes(&definition_section(graph))));
        out.push(lzma(SYNONYMS, to_bytes(&synonym_section(graph))));
    }
    if let Some(core) = &input.core_events {
        out.push(deflate(CORE_EVENTS, to_bytes(core)));
        if let Some(measures) = &core.measures {
            out.push(deflate(CORE_MEASURES, to_bytes(measures)));
        }
    }
    if let Some(content) = &input.content {
        out.push(lzma(CONTENT, to_bytes(content)));
    }
    container::write(&out)
}

/// Encodes the definitions and synonyms of a graph on their own, tied to it by its key.
pub fn encode_text(graph: &Graph, sources: Vec<SourceInfo>) -> Vec<u8> {
    let meta = Meta {
        kind: SnapshotKind::Text,
        sources,
        node_count: graph.node_count() as u32,
        edge_count: 0,
        graph_key: crc32fast::hash(&to_bytes(&node_section(graph))),
        note: "definitions and synonyms".into(),
    };
    container::write(&[
        SectionOut {
            tag: META,
            codec: Codec::Stored,
            raw: to_bytes(&meta),
        },
        SectionOut {
            tag: DEFINITIONS,
            codec: Codec::Lzma,
            raw: to_bytes(&definition_section(graph)),
        },
        SectionOut {
            tag: SYNONYMS,
            codec: Codec::Lzma,
            raw: to_bytes(&synonym_section(graph)),
        },
    ])
}

fn node_section(g: &Graph) -> NodeSection {
    NodeSection {
        kinds: g.kinds.iter().map(|k| k.code()).collect(),
        ids: ids::encode(&g.ids),
    }
}

fn sorted_keys<T>(map: &std::collections::HashMap<u32, T>) -> Vec<u32> {
    let mut keys: Vec<u32> = map.keys().copied().collect();
    keys.sort_unstable();
    keys
}

fn zh_section(g: &Graph) -> ZhSection {
    let present: Vec<(u32, &crate::graph::ZhLabel)> = g
        .labels_zh
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.as_ref().map(|l| (i as u32, l)))
        .collect();
    ZhSection {
        node_delta: deltas(present.iter().map(|(i, _)| *i)),
        text: present.iter().map(|(_, l)| l.text.clone()).collect(),
        origin: present
            .iter()
            .map(|(_, l)| match l.origin {
                crate::model::ZhOrigin::Project => 0,
                crate::model::ZhOrigin::Source => 1,
            })
            .collect(),
    }
}

fn info_section(g: &Graph) -> InfoSection {
    let keys = sorted_keys(&g.info);
    let info: Vec<&crate::graph::NodeInfo> = keys.iter().filter_map(|k| g.info.get(k)).collect();
    InfoSection {
        node_delta: deltas(keys.iter().copied()),
        description_en: info.iter().map(|i| i.description_en.clone()).collect(),
        description_zh: info.iter().map(|i| i.description_zh.clone()).collect(),
        themes: info.iter().map(|i| i.themes.0).collect(),
        refs: info.iter().map(|i| i.refs.clone()).collect(),
    }
}

fn vocab_section(g: &Graph) -> VocabSection {
    VocabSection {
        evidence: g.vocab.evidence.clone(),
        frequency: g.vocab.frequency.clone(),
        refs: g.refs.clone(),
    }
}

fn edge_section(g: &Graph) -> EdgeSection {
    let mut out_degree = vec![0u32; g.node_count()];
    let mut target_delta = Vec::with_capacity(g.edge_count());
    let mut prev: Option<(u32, u32)> = None;
    for e in &g.edges {
        out_degree[e.source as usize] += 1;
        let base = match prev {
            Some((s, t)) if s == e.source => t,
            _ => 0,
        };
        target_delta.push(e.target - base);
        prev = Some((e.source, e.target));
    }
    let with_freq: Vec<u32> = (0..g.edge_count() as u32)
        .filter(|&i| g.edges[i as usize].frequency != 0)
        .collect();
    let with_refs: Vec<u32> = (0..g.edge_count() as u32)
        .filter(|&i| !g.edges[i as usize].refs.is_empty())
        .collect();
    let odd_sign: Vec<u32> = (0..g.edge_count() as u32)
        .filter(|&i| {
            let e = &g.edges[i as usize];
            e.sign != e.relation.default_sign()
        })
        .collect();
    let odd_origin: Vec<u32> = (0..g.edge_count() as u32)
        .filter(|&i| {
            let e = &g.edges[i as usize];
            e.origin != e.relation.usual_origin(g.kinds[e.source as usize])
        })
        .collect();
    EdgeSection {
        out_degree,
        target_delta,
        relation: g.edges.iter().map(|e| e.relation.code()).collect(),
        evidence: g.edges.iter().map(|e| e.evidence).collect(),
        sign: odd_sign
            .iter()
            .map(|&i| g.edges[i as usize].sign.code())
            .collect(),
        sign_edge_delta: deltas(odd_sign.into_iter()),
        origin: odd_origin
            .iter()
            .map(|&i| g.edges[i as usize].origin.code())
            .collect(),
        origin_edge_delta: deltas(odd_origin.into_iter()),
        frequency: with_freq
            .iter()
            .map(|&i| g.edges[i as usize].frequency)
            .collect(),
        frequency_edge_delta: deltas(with_freq.into_iter()),
        refs: with_refs
            .iter()
            .map(|&i| g.edges[i as usize].refs.clone())
            .collect(),
        refs_edge_delta: deltas(with_refs.into_iter()),
    }
}

fn definition_section(g: &Graph) -> DefinitionSection {
    let keys = sorted_keys(&g.definitions);
    DefinitionSection {
        text: keys
            .iter()
            .filter_map(|k| g.definitions.get(k).cloned())
            .collect(),
        node_delta: deltas(keys.into_iter()),
    }
}

fn synonym_section(g: &Graph) -> SynonymSection {
    let keys = sorted_keys(&g.synonyms);
    SynonymSection {
        synonyms: keys
            .iter()
            .filter_map(|k| g.synonyms.get(k).cloned())
            .collect(),
        node_delta: deltas(keys.into_iter()),
    }
}
