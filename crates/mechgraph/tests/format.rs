//! The snapshot format: round trips, reproducibility, and typed errors (never a panic)
//! for damaged input, including random, truncated and bit-flipped files.

use mechgraph::format::{self, DecodeError, MetaInput, SnapshotKind, SourceInfo};
use mechgraph::model::ZhOrigin;
use mechgraph::{tsv, Graph, GraphBuilder, Origin};
use proptest::prelude::*;
use std::path::PathBuf;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/graph")
        .join(name);
    std::fs::read_to_string(&path).expect("fixture is readable")
}

fn fixture_graph() -> Graph {
    let mut b = GraphBuilder::new();
    let mut errors = tsv::read_nodes(&mut b, "nodes.tsv", &fixture("nodes.tsv"), ZhOrigin::Source);
    errors.extend(tsv::read_edges(
        &mut b,
        "edges.tsv",
        &fixture("edges.tsv"),
        Origin::User,
        false,
    ));
    assert!(errors.is_empty(), "{errors:?}");
    b.build().expect("fixture builds")
}

fn encode(g: &Graph, kind: SnapshotKind) -> Vec<u8> {
    format::encode(
        g,
        MetaInput {
            kind,
            sources: vec![SourceInfo {
                name: "fixture".into(),
                version: "1".into(),
                licence: "CC0".into(),
                url: String::new(),
            }],
            note: "test".into(),
            core_events: None,
            content: None,
        },
    )
}

#[test]
fn a_snapshot_decodes_to_the_same_graph() {
    let g = fixture_graph();
    let bytes = encode(&g, SnapshotKind::User);
    let s = format::decode(&bytes).expect("decodes");
    assert_eq!(s.meta.node_count, 9);
    assert_eq!(s.meta.edge_count, 9);
    assert_eq!(s.graph.ids, g.ids);
    assert_eq!(s.graph.kinds, g.kinds);
    assert_eq!(s.graph.labels_en, g.labels_en);
    assert_eq!(s.graph.labels_zh, g.labels_zh);
    assert_eq!(s.graph.edges, g.edges);
    assert_eq!(s.graph.info, g.info);
    assert_eq!(s.graph.definitions, g.definitions);
    assert_eq!(s.graph.synonyms, g.synonyms);
    assert_eq!(s.graph.refs, ["PMID:38891021", "SEED:1.1"]);
    let weak = s.graph.find("HP:0001324").expect("weakness");
    let freq: Vec<&str> = s
        .graph
        .in_edges(weak)
        .map(|e| s.graph.vocab.frequency[s.graph.edge(e).frequency as usize].as_str())
        .collect();
    assert!(freq.contains(&"HP:0040281"));
}

/// Decodes with the step-wise decoder, counting the steps.
fn decode_in_steps(bytes: &[u8]) -> Result<(mechgraph::Snapshot, usize), DecodeError> {
    let mut decoder = format::steps::Decoder::new(bytes)?;
    let mut steps = 0;
    loop {
        steps += 1;
        if let mechgraph::poll::Poll::Ready(s) = decoder.step()? {
            return Ok((*s, steps));
        }
    }
}

#[test]
fn decoding_in_steps_gives_the_same_graph() {
    let g = fixture_graph();
    let bytes = encode(&g, SnapshotKind::Core);
    let (stepped, steps) = decode_in_steps(&bytes).expect("decodes in steps");
    let whole = format::decode(&bytes).expect("decodes");
    assert!(steps > 3);
    assert_eq!(stepped.graph.ids, whole.graph.ids);
    assert_eq!(stepped.graph.edges, whole.graph.edges);
    assert_eq!(stepped.graph.definitions, whole.graph.definitions);
    assert_eq!(stepped.meta, whole.meta);
}

#[test]
fn each_decoding_is_a_snapshot_of_its_own() {
    // The app keys the work it does for a snapshot (scores, search index) by its
    // generation: the same file decoded twice, at once or in steps, is two snapshots.
    let bytes = encode(&fixture_graph(), SnapshotKind::Core);
    let a = format::decode(&bytes).expect("decodes");
    let b = format::decode(&bytes).expect("decodes");
    let (c, _) = decode_in_steps(&bytes).expect("decodes in steps");
    assert_ne!(a.generation, b.generation);
    assert_ne!(b.generation, c.generation);
    assert_ne!(a.generation, c.generation);
    assert!(a.generation > 0 && b.generation > 0);
}

#[test]
fn encoding_is_byte_for_byte_reproducible() {
    assert_eq!(
        encode(&fixture_graph(), SnapshotKind::Core),
        encode(&fixture_graph(), SnapshotKind::Core)
    );
}

#[test]
fn full_snapshots_leave_texts_to_a_text_file_tied_to_them() {
    let g = fixture_graph();
    let full = encode(&g, SnapshotKind::Full);
    let text = format::encode_text(&g, vec![]);
    let mut s = format::decode(&full).expect("full decodes");
    assert!(s.graph.definitions.is_empty());
    format::attach_text(&mut s.graph, s.meta.graph_key, &text).expect("text attaches");
    assert_eq!(s.graph.definitions, g.definitions);
    assert_eq!(s.graph.synonyms, g.synonyms);
    assert_eq!(
        format::attach_text(&mut s.graph, s.meta.graph_key ^ 1, &text),
        Err(DecodeError::WrongGraph)
    );
    assert!(format::decode(&text).is_err(), "a text file is not a graph");
}

#[test]
fn damaged_files_give_typed_errors() {
    let bytes = encode(&fixture_graph(), SnapshotKind::User);
    assert_eq!(format::decode(&[]).err(), Some(DecodeError::TooShort(0)));
    assert_eq!(
        format::decode(b"id\tkind\tlabel_en\nGO:1\tprocess\tx\n").err(),
        Some(DecodeError::NotASnapshot)
    );
    let mut v2 = bytes.clone();
    v2[8] = 2;
    assert_eq!(
        format::decode(&v2).err(),
        Some(DecodeError::UnsupportedVersion(2))
    );
    let mut flipped = bytes.clone();
    let mid = bytes.len() / 2;
    flipped[mid] ^= 0x10;
    assert!(matches!(
        format::decode(&flipped),
        Err(DecodeError::ChecksumMismatch { .. })
    ));
    let cut = &bytes[..bytes.len() - 10];
    assert!(format::decode(cut).is_err());
}

#[test]
fn errors_name_the_problem_in_words() {
    let text = DecodeError::NotASnapshot.to_string();
    assert_eq!(text, "the file is not an ALS Explorer snapshot");
}

/// Re-seal a damaged body with valid checksums, so the decoder's deeper checks are reached.
fn reseal(mut bytes: Vec<u8>) -> Vec<u8> {
    let n = bytes.len() - 4;
    let count = u16::from_le_bytes([bytes[10], bytes[11]]) as usize;
    for i in 0..count {
        let at = 12 + 24 * i;
        let off =
            u32::from_le_bytes(bytes[at + 8..at + 12].try_into().unwrap_or_default()) as usize;
        let len =
            u32::from_le_bytes(bytes[at + 12..at + 16].try_into().unwrap_or_default()) as usize;
        if off + len <= n {
            let crc = crc32(&bytes[off..off + len]);
            bytes[at + 20..at + 24].copy_from_slice(&crc.to_le_bytes());
        }
    }
    let crc = crc32(&bytes[..n]);
    bytes[n..].copy_from_slice(&crc.to_le_bytes());
    bytes
}

fn crc32(data: &[u8]) -> u32 {
    // Plain bitwise CRC-32 (IEEE), independent of the crate under test.
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(data in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = format::decode(&data);
        let _ = format::read_meta(&data);
        let _ = decode_in_steps(&data);
    }

    #[test]
    fn truncated_snapshots_are_refused(cut in 0usize..10_000) {
        let bytes = encode(&fixture_graph(), SnapshotKind::User);
        let cut = cut % bytes.len();
        prop_assert!(format::decode(&bytes[..cut]).is_err());
    }

    #[test]
    fn bit_flips_are_refused(at in 0usize..100_000, bit in 0u8..8) {
        let bytes = encode(&fixture_graph(), SnapshotKind::User);
        let mut damaged = bytes.clone();
        let at = at % bytes.len();
        damaged[at] ^= 1 << bit;
        prop_assert!(format::decode(&damaged).is_err());
    }

    #[test]
    fn resealed_damage_never_panics(at in 0usize..100_000, byte in any::<u8>()) {
        let bytes = encode(&fixture_graph(), SnapshotKind::User);
        let mut damaged = bytes.clone();
        let at = 12 + at % (bytes.len() - 16);
        damaged[at] = byte;
        let damaged = reseal(damaged);
        let whole = format::decode(&damaged);
        let stepped = decode_in_steps(&damaged);
        prop_assert_eq!(whole.is_ok(), stepped.is_ok());
    }
}

fn with_ranking(g: &Graph, measures: Option<format::CoreMeasures>) -> Vec<u8> {
    let one = |x: u32| vec![x, x / 2];
    format::encode(
        g,
        MetaInput {
            kind: SnapshotKind::Core,
            sources: Vec::new(),
            note: String::new(),
            core_events: Some(format::CoreEvents {
                params: "{}".into(),
                candidates: 9,
                ids: vec!["GO:0006914".into(), "HP:0001324".into()],
                combined: one(900_000),
                propagation: one(800_000),
                enrichment: one(700_000),
                causal: one(600_000),
                measures,
            }),
            content: None,
        },
    )
}

#[test]
fn a_stored_ranking_keeps_its_measures_and_files_without_them_still_decode() {
    let g = fixture_graph();
    let measures = format::CoreMeasures {
        propagation_vs_top: vec![1.0, 0.25],
        seed_genes_below: vec![3, 0],
        genes: vec![12, 40],
        neg_log10_p: vec![6.5, 0.0],
        neg_log10_q: vec![4.0, 0.0],
        flow_share: vec![0.125, 0.0],
    };
    let s = format::decode(&with_ranking(&g, Some(measures.clone()))).expect("decodes");
    let core = s.core_events.expect("the ranking");
    assert_eq!(core.measures.as_ref(), Some(&measures));
    let second = mechgraph::score::stored_measures(&measures, 1).expect("row 2");
    assert_eq!(
        (second.seed_genes_below, second.genes, second.q_value),
        (0, 40, 1.0)
    );
    assert!(!second.significant());
    // As written before the measures were stored: the ranking alone.
    let old = format::decode(&with_ranking(&g, None)).expect("decodes");
    let core = old.core_events.expect("the ranking");
    assert_eq!((core.ids.len(), core.measures), (2, None));
    // Columns that disagree with the ranking are refused, not read past.
    let short = format::CoreMeasures {
        genes: vec![12],
        ..measures
    };
    match format::decode(&with_ranking(&g, Some(short))) {
        Err(DecodeError::Malformed { section, .. }) => assert_eq!(section, "CMSR"),
        other => panic!("expected a malformed CMSR, got {other:?}"),
    }
}
