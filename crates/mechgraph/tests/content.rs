//! The CONT section (texts written as data, in core snapshots): it round-trips, a
//! snapshot without it still decodes, and a damaged one is refused with a typed error.

use mechgraph::format::{self, Content, DecodeError, Document, MetaInput, SnapshotKind};
use mechgraph::{Graph, GraphBuilder, NodeKind};

fn graph() -> Graph {
    let mut b = GraphBuilder::new();
    b.node("GO:0006914", NodeKind::Process, "autophagy")
        .expect("node");
    b.node("GENE:TARDBP", NodeKind::Gene, "TARDBP")
        .expect("node");
    b.build().expect("builds")
}

fn content() -> Content {
    let doc = |name: &str, text: &str| Document {
        name: name.into(),
        text: text.into(),
    };
    Content {
        documents: vec![
            doc("pages/biomarkers.json", r#"{"id":"biomarkers"}"#),
            doc(
                "story/chapters.json",
                r#"[{"id":1,"title":{"zh":"工厂","en":"Factory"}}]"#,
            ),
        ],
    }
}

fn encode(content: Option<Content>) -> Vec<u8> {
    format::encode(
        &graph(),
        MetaInput {
            kind: SnapshotKind::Core,
            sources: vec![],
            note: "test".into(),
            core_events: None,
            content,
        },
    )
}

/// Where the CONT section's stored bytes are: (table entry offset, data offset, length).
fn cont_section(bytes: &[u8]) -> (usize, usize, usize) {
    let count = u16::from_le_bytes([bytes[10], bytes[11]]) as usize;
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
    (0..count)
        .map(|i| 12 + 24 * i)
        .find(|&at| &bytes[at..at + 4] == b"CONT")
        .map(|at| (at, u32_at(at + 8), u32_at(at + 12)))
        .expect("a CONT section")
}

/// Fixes the section's and the file's checksums after a change, so that the decoder's
/// deeper checks are reached.
fn reseal(bytes: &mut [u8], table_at: usize, off: usize, len: usize) {
    let crc = crc32fast::hash(&bytes[off..off + len]);
    bytes[table_at + 20..table_at + 24].copy_from_slice(&crc.to_le_bytes());
    let n = bytes.len() - 4;
    let crc = crc32fast::hash(&bytes[..n]);
    bytes[n..].copy_from_slice(&crc.to_le_bytes());
}

#[test]
fn the_content_section_round_trips_whole_and_in_steps() {
    let bytes = encode(Some(content()));
    let s = format::decode(&bytes).expect("decodes");
    assert_eq!(s.content, Some(content()));
    let c = s.content.expect("content");
    assert_eq!(
        c.get("pages/biomarkers.json"),
        Some(r#"{"id":"biomarkers"}"#)
    );
    assert!(c
        .get("story/chapters.json")
        .is_some_and(|t| t.contains("工厂")));
    assert_eq!(c.get("treatments/treatments.json"), None);

    let mut decoder = format::steps::Decoder::new(&bytes).expect("opens");
    let stepped = loop {
        if let mechgraph::poll::Poll::Ready(s) = decoder.step().expect("step") {
            break s;
        }
    };
    assert_eq!(stepped.content, Some(content()));
}

#[test]
fn a_snapshot_without_the_section_still_decodes() {
    let bytes = encode(None);
    let s = format::decode(&bytes).expect("decodes");
    assert_eq!(s.content, None);
    assert_eq!(s.graph.node_count(), 2);
    // The graph's sections are the same bytes with or without the texts.
    let with = format::decode(&encode(Some(content()))).expect("decodes");
    assert_eq!(with.meta, s.meta);
    assert_eq!(with.graph.ids, s.graph.ids);
}

#[test]
fn a_damaged_content_section_is_refused_with_a_typed_error() {
    let bytes = encode(Some(content()));
    let (table_at, off, len) = cont_section(&bytes);

    // A changed byte: the section's checksum no longer matches.
    let mut flipped = bytes.clone();
    flipped[off + len / 2] ^= 0x40;
    let n = flipped.len() - 4;
    let crc = crc32fast::hash(&flipped[..n]);
    flipped[n..].copy_from_slice(&crc.to_le_bytes());
    assert_eq!(
        format::decode(&flipped).err(),
        Some(DecodeError::ChecksumMismatch {
            section: "CONT".into()
        })
    );

    // The same change with valid checksums: the stream cannot be unpacked or read.
    reseal(&mut flipped, table_at, off, len);
    let err = format::decode(&flipped).expect_err("refused");
    assert!(
        matches!(
            &err,
            DecodeError::Decompress { section } | DecodeError::Malformed { section, .. }
                if section == "CONT"
        ),
        "{err:?}"
    );

    // Cut short: the table says more bytes than the stream holds.
    let mut wrong_len = bytes.clone();
    let raw_len = u32::from_le_bytes(wrong_len[table_at + 16..table_at + 20].try_into().unwrap());
    wrong_len[table_at + 16..table_at + 20].copy_from_slice(&(raw_len + 7).to_le_bytes());
    reseal(&mut wrong_len, table_at, off, len);
    assert!(matches!(
        format::decode(&wrong_len),
        Err(DecodeError::Malformed { section, .. }) if section == "CONT"
    ));
}

#[test]
fn document_names_must_be_sorted_and_unique() {
    let mut unsorted = content();
    unsorted.documents.reverse();
    let bytes = encode(Some(unsorted));
    assert!(matches!(
        format::decode(&bytes),
        Err(DecodeError::Malformed { section, .. }) if section == "CONT"
    ));
}
