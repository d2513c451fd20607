//! Decoding with every invariant checked: lengths agree, indices are in range, ids are
//! sorted and unique, edges sorted by (source, target, relation), codes known.

use super::container::Container;
use super::read::{malformed, node_indices, required, same_len, section, RawSections};
use super::sections::*;
use super::snapshot::{next_generation, DecodeError, Snapshot};
use super::text::read_texts;
use crate::graph::{Edge, Graph, NodeInfo, Vocab, ZhLabel};
use crate::model::{NodeKind, Origin, Relation, Sign, Themes, ZhOrigin};
use std::collections::HashMap;

/// Reads only the META section (counts, sources) and checks the whole file's checksum.
pub fn read_meta(bytes: &[u8]) -> Result<Meta, DecodeError> {
    required(&Container::open(bytes)?, &META)
}

fn check_refs(tag: &[u8; 4], refs: &[u32], count: usize) -> Result<(), DecodeError> {
    if refs.iter().any(|&r| r as usize >= count) {
        Err(malformed(tag, "reference index out of range"))
    } else {
        Ok(())
    }
}

pub fn decode(bytes: &[u8]) -> Result<Snapshot, DecodeError> {
    decode_from(&Container::open(bytes)?)
}

/// Decodes from sections that are already checked against their checksums.
pub(crate) fn decode_from(c: &dyn RawSections) -> Result<Snapshot, DecodeError> {
    let nodes = decode_nodes(c)?;
    let edges = decode_edge_part(c, &nodes)?;
    finish(c, nodes, edges)
}

/// Everything about the nodes, decoded and checked: the first part of decoding.
pub(crate) struct NodePart {
    meta: Meta,
    ids: Vec<String>,
    kinds: Vec<NodeKind>,
    labels_en: Vec<String>,
    labels_zh: Vec<Option<ZhLabel>>,
    vocab: VocabSection,
    info: HashMap<u32, NodeInfo>,
}

pub(crate) fn decode_nodes(c: &dyn RawSections) -> Result<NodePart, DecodeError> {
    let meta: Meta = required(c, &META)?;
    if meta.kind == SnapshotKind::Text {
        return Err(malformed(
            &META,
            "a text file holds no graph; open the graph first",
        ));
    }
    let n = meta.node_count as usize;

    let nodes: NodeSection = required(c, &NODE)?;
    same_len(&NODE, &[n, nodes.kinds.len(), nodes.ids.form.len()])?;
    let ids = super::ids::decode(nodes.ids).map_err(|e| malformed(&NODE, e))?;
    if ids.windows(2).any(|w| w[0] >= w[1]) {
        return Err(malformed(&NODE, "ids not sorted or not unique"));
    }
    let kinds = nodes
        .kinds
        .iter()
        .map(|&k| {
            NodeKind::from_code(k).ok_or_else(|| malformed(&NODE, format!("unknown kind {k}")))
        })
        .collect::<Result<Vec<_>, _>>()?;

    let labels_en: Vec<String> = required(c, &LABEL_EN)?;
    same_len(&LABEL_EN, &[n, labels_en.len()])?;

    let zh: ZhSection = required(c, &LABEL_ZH)?;
    same_len(
        &LABEL_ZH,
        &[zh.node_delta.len(), zh.text.len(), zh.origin.len()],
    )?;
    let mut labels_zh: Vec<Option<ZhLabel>> = vec![None; n];
    for ((i, text), origin) in node_indices(&LABEL_ZH, &zh.node_delta, n)?
        .into_iter()
        .zip(zh.text)
        .zip(zh.origin)
    {
        let origin = match origin {
            0 => ZhOrigin::Project,
            1 => ZhOrigin::Source,
            o => return Err(malformed(&LABEL_ZH, format!("unknown origin {o}"))),
        };
        labels_zh[i as usize] = Some(ZhLabel { text, origin });
    }

    let vocab: VocabSection = required(c, &VOCAB)?;
    if vocab.evidence.first().is_none_or(|e| !e.is_empty())
        || vocab.frequency.first().is_none_or(|f| !f.is_empty())
    {
        return Err(malformed(
            &VOCAB,
            "vocabularies must start with the empty entry",
        ));
    }
    let ref_count = vocab.refs.len();

    let info_s: InfoSection = required(c, &INFO)?;
    let info_n = info_s.node_delta.len();
    same_len(
        &INFO,
        &[
            info_n,
            info_s.description_en.len(),
            info_s.description_zh.len(),
            info_s.themes.len(),
            info_s.refs.len(),
        ],
    )?;
    let mut info = HashMap::with_capacity(info_n);
    let info_nodes = node_indices(&INFO, &info_s.node_delta, n)?;
    let rows = info_s
        .description_en
        .into_iter()
        .zip(info_s.description_zh)
        .zip(info_s.themes)
        .zip(info_s.refs);
    for (i, (((en, zh), themes), refs)) in info_nodes.into_iter().zip(rows) {
        check_refs(&INFO, &refs, ref_count)?;
        info.insert(
            i,
            NodeInfo {
                description_en: en,
                description_zh: zh,
                themes: Themes(themes),
                refs,
            },
        );
    }

    Ok(NodePart {
        meta,
        ids,
        kinds,
        labels_en,
        labels_zh,
        vocab,
        info,
    })
}

/// The second part: the edges, checked against the nodes.
pub(crate) fn decode_edge_part(
    c: &dyn RawSections,
    p: &NodePart,
) -> Result<Vec<Edge>, DecodeError> {
    decode_edges(
        required(c, &EDGE)?,
        &p.kinds,
        p.meta.edge_count as usize,
        &p.vocab,
    )
}

/// The last part: the graph's adjacency, texts, and a stored ranking.
pub(crate) fn finish(
    c: &dyn RawSections,
    p: NodePart,
    edges: Vec<Edge>,
) -> Result<Snapshot, DecodeError> {
    let NodePart {
        meta,
        ids,
        kinds,
        labels_en,
        labels_zh,
        vocab,
        info,
    } = p;
    let mut graph = Graph::from_parts(
        ids,
        kinds,
        labels_en,
        labels_zh,
        info,
        edges,
        Vocab {
            evidence: vocab.evidence,
            frequency: vocab.frequency,
        },
        vocab.refs,
    );
    read_texts(c, &mut graph)?;
    let mut core_events: Option<CoreEvents> = section(c, &CORE_EVENTS)?;
    if let Some(core) = &mut core_events {
        let k = core.ids.len();
        same_len(
            &CORE_EVENTS,
            &[
                k,
                core.combined.len(),
                core.propagation.len(),
                core.enrichment.len(),
                core.causal.len(),
            ],
        )?;
        core.measures = section(c, &CORE_MEASURES)?;
        if let Some(m) = &core.measures {
            let mut lengths = vec![k];
            lengths.extend(m.lengths());
            same_len(&CORE_MEASURES, &lengths)?;
        }
    }
    let content: Option<Content> = section(c, &CONTENT)?;
    if content.as_ref().is_some_and(|c| !c.well_formed()) {
        return Err(malformed(
            &CONTENT,
            "document names empty, not sorted or not unique",
        ));
    }
    Ok(Snapshot {
        generation: next_generation(),
        meta,
        graph,
        core_events,
        content,
    })
}

fn decode_edges(
    s: EdgeSection,
    kinds: &[NodeKind],
    m: usize,
    vocab: &VocabSection,
) -> Result<Vec<Edge>, DecodeError> {
    let n = kinds.len();
    same_len(&EDGE, &[n, s.out_degree.len()])?;
    same_len(
        &EDGE,
        &[m, s.target_delta.len(), s.relation.len(), s.evidence.len()],
    )?;
    same_len(&EDGE, &[s.frequency_edge_delta.len(), s.frequency.len()])?;
    same_len(&EDGE, &[s.refs_edge_delta.len(), s.refs.len()])?;
    same_len(&EDGE, &[s.sign_edge_delta.len(), s.sign.len()])?;
    same_len(&EDGE, &[s.origin_edge_delta.len(), s.origin.len()])?;
    let total: u64 = s.out_degree.iter().map(|&d| d as u64).sum();
    if total != m as u64 {
        return Err(malformed(&EDGE, "degrees do not add up to the edge count"));
    }
    let mut edges = Vec::with_capacity(m);
    let mut k = 0usize;
    for (source, &degree) in s.out_degree.iter().enumerate() {
        let mut target = 0u32;
        let mut prev: Option<(u32, Relation)> = None;
        for _ in 0..degree {
            target = target
                .checked_add(s.target_delta[k])
                .ok_or_else(|| malformed(&EDGE, "target overflow"))?;
            if target as usize >= n {
                return Err(malformed(&EDGE, "edge target out of range"));
            }
            let relation = Relation::from_code(s.relation[k])
                .ok_or_else(|| malformed(&EDGE, "unknown relation"))?;
            if prev.is_some_and(|p| p >= (target, relation)) {
                return Err(malformed(&EDGE, "edges not sorted or repeated"));
            }
            prev = Some((target, relation));
            let evidence = s.evidence[k];
            if evidence as usize >= vocab.evidence.len() {
                return Err(malformed(&EDGE, "evidence index out of range"));
            }
            edges.push(Edge {
                source: source as u32,
                target,
                relation,
                sign: relation.default_sign(),
                origin: relation.usual_origin(kinds[source]),
                evidence,
                frequency: 0,
                refs: Vec::new(),
            });
            k += 1;
        }
    }
    for (e, f) in node_indices(&EDGE, &s.frequency_edge_delta, m)?
        .into_iter()
        .zip(s.frequency)
    {
        if f as usize >= vocab.frequency.len() {
            return Err(malformed(&EDGE, "frequency index out of range"));
        }
        edges[e as usize].frequency = f;
    }
    for (e, sign) in node_indices(&EDGE, &s.sign_edge_delta, m)?
        .into_iter()
        .zip(s.sign)
    {
        edges[e as usize].sign =
            Sign::from_code(sign).ok_or_else(|| malformed(&EDGE, "unknown sign"))?;
    }
    for (e, origin) in node_indices(&EDGE, &s.origin_edge_delta, m)?
        .into_iter()
        .zip(s.origin)
    {
        edges[e as usize].origin =
            Origin::from_code(origin).ok_or_else(|| malformed(&EDGE, "unknown origin"))?;
    }
    for (e, refs) in node_indices(&EDGE, &s.refs_edge_delta, m)?
        .into_iter()
        .zip(s.refs)
    {
        check_refs(&EDGE, &refs, vocab.refs.len())?;
        edges[e as usize].refs = refs;
    }
    Ok(edges)
}
