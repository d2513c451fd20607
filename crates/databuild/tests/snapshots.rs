//! The committed snapshots in public/data/: what the app and the issue promise about
//! them (counts, sizes, Chinese labels, references). Rebuilding them from the pinned
//! sources and comparing bytes is done by scripts/check-data.sh in CI.

use mechgraph::format::{self, SnapshotKind};
use mechgraph::{als, Graph, NodeKind, Origin};
use std::path::PathBuf;

fn bytes(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../public/data")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn graph(name: &str) -> (format::Meta, Graph) {
    let s = format::decode(&bytes(name)).expect("the committed snapshot decodes");
    (s.meta, s.graph)
}

#[test]
fn full_snapshot_has_the_promised_size_and_counts() {
    let raw = bytes("full.bin");
    assert!(raw.len() <= 1_200_000, "full.bin is {} bytes", raw.len());
    let (meta, g) = graph("full.bin");
    assert_eq!(meta.kind, SnapshotKind::Full);
    assert!(g.node_count() >= 70_000, "{} nodes", g.node_count());
    assert!(g.edge_count() >= 400_000, "{} edges", g.edge_count());
    let seeds = als::als_seeds(&g);
    assert_eq!(seeds.diseases.len(), 36);
    assert_eq!(seeds.genes.len(), 46);
    assert_eq!(seeds.phenotypes.len(), 197);
    assert_eq!(meta.sources.len(), 4);
}

#[test]
fn text_snapshot_belongs_to_the_full_one() {
    let (meta, mut g) = graph("full.bin");
    format::attach_text(&mut g, meta.graph_key, &bytes("text.bin")).expect("text.bin attaches");
    let autophagy = g.find("GO:0006914").expect("autophagy");
    assert!(g
        .definitions
        .get(&autophagy)
        .is_some_and(|d| d.contains("digest parts of their own cytoplasm")));
    assert!(!g.synonyms.is_empty());
    // Genes carry the other symbols people use (org.Hs.eg.db's alias table).
    let aliases = |id: &str| {
        g.synonyms
            .get(&g.find(id).expect(id))
            .cloned()
            .unwrap_or_default()
    };
    assert!(aliases("GENE:TARDBP").contains(&"TDP-43".to_string()));
    assert!(aliases("GENE:FUS").contains(&"TLS".to_string()));
    let ubqln2 = g.find("GENE:UBQLN2").expect("UBQLN2");
    assert_eq!(
        g.definitions.get(&ubqln2).map(String::as_str),
        Some("ubiquilin 2")
    );
    // The search finds them, labelled; typing on finds what a fresh search finds.
    use mechgraph::search::{as_typed, Field, SearchIndex, BENCH_QUERIES};
    let typing = SearchIndex::new(&g);
    let fresh = SearchIndex::new(&g);
    let hit = &typing.search(&g, "tdp43", 5)[0];
    assert_eq!(
        (g.ids[hit.node as usize].as_str(), hit.field),
        ("GENE:TARDBP", Field::Synonym)
    );
    let hit = &typing.search(&g, "ubiquilin 2", 5)[0];
    assert_eq!(
        (g.ids[hit.node as usize].as_str(), hit.field),
        ("GENE:UBQLN2", Field::Name)
    );
    for query in BENCH_QUERIES
        .into_iter()
        .chain(["TLS", "C9ORF72", "riluzole"])
    {
        for q in as_typed(query) {
            let _ = fresh.search(&g, "zqxjzqxj", 20);
            assert_eq!(
                typing.search_counted(&g, &q, 20),
                fresh.search_counted(&g, &q, 20),
                "{q}"
            );
        }
    }
}

#[test]
fn core_snapshot_is_small_and_every_event_has_a_chinese_name() {
    let raw = bytes("core.bin");
    // The graph's part (every section but the texts of CONT, which left the wasm for it).
    let container = format::container::Container::open(&raw).expect("opens");
    let texts = container
        .find(&format::sections::CONTENT)
        .map_or(0, |s| s.stored_len);
    let graph_part = raw.len() - texts;
    assert!(
        graph_part <= 150_000,
        "core.bin's graph is {graph_part} bytes"
    );
    // 43 kB before issue #17; its status facts, evidence and dated sources for 38
    // treatments brought the texts to about 59 kB (docs/PERFORMANCE.md).
    assert!(texts <= 65_000, "core.bin's texts are {texts} bytes");
    let (meta, g) = graph("core.bin");
    assert_eq!(meta.kind, SnapshotKind::Core);
    let missing: Vec<&str> = (0..g.node_count() as u32)
        .filter(|&i| g.label(i, true).fallback)
        .map(|i| g.ids[i as usize].as_str())
        .collect();
    assert!(missing.is_empty(), "no Chinese label: {missing:?}");
    assert!(
        g.definitions.len() > g.node_count() / 2,
        "core carries its definitions"
    );
    assert_eq!(
        als::als_seeds(&g).diseases.len(),
        36,
        "the ALS seeds are in the core"
    );
}

/// The committed core.bin carries exactly the story, treatment and page files of data/:
/// editing a text without rebuilding fails here.
#[test]
fn core_snapshot_holds_exactly_the_content_of_data() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let expected = databuild::content::documents(&data).expect("data/ is readable");
    let stored = format::decode(&bytes("core.bin"))
        .expect("decodes")
        .content
        .expect("core.bin has a CONT section");
    let names = |c: &format::Content| -> Vec<String> {
        c.documents.iter().map(|d| d.name.clone()).collect()
    };
    assert_eq!(names(&stored), names(&expected));
    for d in &expected.documents {
        assert!(
            stored.get(&d.name) == Some(d.text.as_str()),
            "data/{} differs from the copy in public/data/core.bin: rebuild with \
             `cargo run --release -p databuild -- build`",
            d.name
        );
    }
    for name in ["full.bin", "text.bin"] {
        let raw = bytes(name);
        let container = format::container::Container::open(&raw).expect("opens");
        assert!(
            container.find(&format::sections::CONTENT).is_none(),
            "{name}"
        );
    }
}

#[test]
fn curated_layer_meets_its_minimums_and_every_edge_is_cited() {
    let (_, g) = graph("core.bin");
    let mechanisms = g
        .kinds
        .iter()
        .filter(|k| **k == NodeKind::Mechanism)
        .count();
    let curated: Vec<_> = g
        .edges
        .iter()
        .filter(|e| e.origin == Origin::Curated)
        .collect();
    assert!(mechanisms >= 25, "{mechanisms} mechanisms");
    assert!(curated.len() >= 40, "{} curated edges", curated.len());
    for e in curated {
        assert!(
            g.edge_refs(e).any(|r| r.starts_with("PMID:")),
            "{} -> {} has no PMID",
            g.ids[e.source as usize],
            g.ids[e.target as usize]
        );
    }
    for (&node, info) in &g.info {
        assert!(
            !info.description_en.is_empty() && !info.description_zh.is_empty(),
            "{}",
            g.ids[node as usize]
        );
        assert!(
            !info.refs.is_empty(),
            "{} has no reference",
            g.ids[node as usize]
        );
    }
}

#[test]
fn the_full_snapshot_decodes_the_same_in_steps_of_bounded_size() {
    let raw = bytes("full.bin");
    let mut decoder = format::steps::Decoder::new(&raw).expect("opens");
    let mut steps = 0;
    let stepped = loop {
        steps += 1;
        match decoder.step().expect("step") {
            mechgraph::poll::Poll::Ready(s) => break s,
            mechgraph::poll::Poll::Pending { done, total } => assert!(done <= total),
        }
    };
    let (_, whole) = graph("full.bin");
    assert_eq!(stepped.graph.ids, whole.ids);
    assert_eq!(stepped.graph.edges, whole.edges);
    assert!(
        steps >= 20,
        "{steps} steps: the large sections are inflated in chunks"
    );
}

#[test]
fn the_texts_decode_the_same_in_steps_and_a_wrong_graph_is_refused_before_any_work() {
    use format::steps::TextDecoder;
    use mechgraph::poll::Poll;
    let raw = bytes("text.bin");
    let (meta, whole) = graph("full.bin");
    let n = whole.node_count();
    let mut attached = whole.clone();
    format::attach_text(&mut attached, meta.graph_key, &raw).expect("text.bin attaches");
    let mut decoder = TextDecoder::new(&raw, meta.graph_key, n).expect("opens");
    let mut steps = 0;
    let (definitions, synonyms) = loop {
        steps += 1;
        match decoder.step().expect("step") {
            Poll::Ready(parts) => break parts,
            Poll::Pending { done, total } => assert!(done <= total),
        }
    };
    assert_eq!(definitions, attached.definitions);
    assert_eq!(synonyms, attached.synonyms);
    assert!(
        steps >= 20,
        "{steps} steps: the texts are inflated in chunks"
    );
    assert!(matches!(
        TextDecoder::new(&raw, meta.graph_key ^ 1, n),
        Err(format::DecodeError::WrongGraph)
    ));
    assert!(matches!(
        TextDecoder::new(&bytes("full.bin"), meta.graph_key, n),
        Err(format::DecodeError::WrongGraph)
    ));
}
