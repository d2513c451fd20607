//! The search as a user meets it: labels, ids and Chinese found; the ranking order;
//! typos forgiven; one hit per event.

use mechgraph::graph::{Graph, ZhLabel};
use mechgraph::model::{NodeKind, ZhOrigin};
use mechgraph::poll::Poll;
use mechgraph::search::{as_typed, prefix_distance, Class, Hit, SearchIndex, SearchJob};
use mechgraph::{EdgeDraft, GraphBuilder, Origin, Relation};

fn graph() -> Graph {
    let mut b = GraphBuilder::new();
    b.node(
        "GO:0006979",
        NodeKind::Process,
        "response to oxidative stress",
    )
    .unwrap()
    .label_zh = Some(ZhLabel {
        text: "对氧化应激的反应".into(),
        origin: ZhOrigin::Project,
    });
    b.node("ALSM:tdp43", NodeKind::Mechanism, "TDP-43 proteinopathy")
        .unwrap();
    b.node("GENE:TARDBP", NodeKind::Gene, "TARDBP").unwrap();
    b.node("GENE:C9orf72", NodeKind::Gene, "C9orf72").unwrap();
    b.node("HP:0002380", NodeKind::Phenotype, "Fasciculations")
        .unwrap();
    b.edge(EdgeDraft::new(
        "GENE:TARDBP",
        "ALSM:tdp43",
        Relation::Causes,
        Origin::Curated,
    ));
    b.build().unwrap()
}

fn ids(g: &Graph, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|h| g.ids[h.node as usize].clone())
        .collect()
}

#[test]
fn labels_ids_and_chinese_are_found() {
    let g = graph();
    let idx = SearchIndex::new(&g);
    assert_eq!(ids(&g, &idx.search(&g, "TDP-43", 5))[0], "ALSM:tdp43");
    assert_eq!(ids(&g, &idx.search(&g, "tdp43", 5))[0], "ALSM:tdp43");
    assert_eq!(ids(&g, &idx.search(&g, "氧化应激", 5)), ["GO:0006979"]);
    assert_eq!(ids(&g, &idx.search(&g, "GO:0006979", 5)), ["GO:0006979"]);
    assert_eq!(ids(&g, &idx.search(&g, "0006979", 5)), ["GO:0006979"]);
    let c9 = idx.search(&g, "c9orf", 5);
    assert_eq!(
        (ids(&g, &c9)[0].as_str(), c9[0].class),
        ("GENE:C9orf72", Class::Prefix)
    );
}

#[test]
fn ranking_prefers_whole_then_start_then_word_then_inside() {
    let g = graph();
    let idx = SearchIndex::new(&g);
    let hits = idx.search(&g, "oxidative", 5);
    assert_eq!(hits[0].class, Class::WordPrefix);
    assert_eq!(idx.search(&g, "xidative", 5)[0].class, Class::Substring);
    assert_eq!(idx.search(&g, "tardbp", 5)[0].class, Class::Exact);
}

#[test]
fn typos_are_forgiven_in_longer_latin_words() {
    let g = graph();
    let idx = SearchIndex::new(&g);
    let hits = idx.search(&g, "oxidatve", 5);
    assert_eq!(ids(&g, &hits), ["GO:0006979"]);
    assert_eq!(hits[0].class, Class::Typo);
    assert_eq!(ids(&g, &idx.search(&g, "fasiculations", 5)), ["HP:0002380"]);
    assert!(idx.search(&g, "xyzzy", 5).is_empty());
    assert!(idx.search(&g, "  -- ", 5).is_empty());
}

#[test]
fn prefix_distance_counts_edits_against_a_word_start() {
    assert_eq!(prefix_distance(b"oxid", b"oxidative", 1), Some(0));
    assert_eq!(prefix_distance(b"oxdl", b"oxidative", 1), None);
    assert_eq!(prefix_distance(b"oxdl", b"oxidative", 2), Some(2));
    assert_eq!(prefix_distance(b"oxdi", b"oxidative", 1), Some(1));
    assert_eq!(prefix_distance(b"stres", b"stress", 1), Some(0));
    assert_eq!(prefix_distance(b"strss", b"stress", 1), Some(1));
    assert_eq!(prefix_distance(b"abcdefgh", b"abc", 2), None);
}

#[test]
fn typing_gives_every_prefix() {
    assert_eq!(as_typed("氧化a"), ["氧", "氧化", "氧化a"]);
    assert!(as_typed("").is_empty());
}

#[test]
fn one_hit_per_event_and_the_limit_holds() {
    let g = graph();
    let idx = SearchIndex::new(&g);
    let hits = idx.search(&g, "t", 2);
    assert_eq!(hits.len(), 2);
    let all = idx.search(&g, "o", 50);
    let mut nodes: Vec<u32> = all.iter().map(|h| h.node).collect();
    nodes.dedup();
    assert_eq!(nodes.len(), all.len());
}

#[test]
fn synonyms_read_beside_the_graph_are_searched() {
    let mut b = GraphBuilder::new();
    let d = b.node("GENE:TARDBP", NodeKind::Gene, "TARDBP").unwrap();
    d.synonyms = vec!["TDP-43".into(), "ALS10".into()];
    d.definition = Some("TAR DNA binding protein".into());
    b.node(
        "GO:0006979",
        NodeKind::Process,
        "response to oxidative stress",
    )
    .unwrap();
    let full = b.build().unwrap();
    let text = mechgraph::format::encode_text(&full, Vec::new());
    let key = mechgraph::format::read_meta(&text).unwrap().graph_key;
    let (definitions, synonyms) =
        mechgraph::format::read_text(&text, key, full.node_count()).unwrap();
    let v = full.find("GENE:TARDBP").unwrap();
    assert_eq!(definitions[&v], "TAR DNA binding protein");
    // A graph without its synonyms finds them only through the index built with them.
    let mut bare = full.clone();
    bare.synonyms.clear();
    assert!(SearchIndex::new(&bare).search(&bare, "als10", 5).is_empty());
    let hits = SearchIndex::with_synonyms(&bare, &synonyms).search(&bare, "als10", 5);
    assert_eq!(hits[0].node, v);
    assert_eq!(hits[0].text, "ALS10");
    // The text of another graph is refused.
    assert!(mechgraph::format::read_text(&text, key ^ 1, full.node_count()).is_err());
    assert!(mechgraph::format::read_text(&text, key, 7).is_err());
}

#[test]
fn an_index_built_a_node_at_a_time_finds_what_the_whole_one_finds() {
    use mechgraph::search::IndexBuilder;
    let g = graph();
    let synonyms = [(
        g.find("GENE:TARDBP").unwrap(),
        vec!["TDP-43".to_string(), "ALS10".to_string()],
    )]
    .into_iter()
    .collect();
    let whole = SearchIndex::with_synonyms(&g, &synonyms);
    let mut builder = IndexBuilder::default();
    let mut steps = 1;
    let stepped = loop {
        match builder.step(&g, &synonyms, &g.definitions, 1) {
            Poll::Ready(index) => break index,
            Poll::Pending { done, total } => assert_eq!((done, total), (steps, g.node_count())),
        }
        steps += 1;
    };
    assert_eq!(steps, g.node_count(), "one node per step");
    assert_eq!(stepped.len(), whole.len());
    for q in [
        "oxid",
        "tdp",
        "als10",
        "fasciculatoins",
        "0006979",
        "氧化",
        "c9",
    ] {
        assert_eq!(stepped.search(&g, q, 10), whole.search(&g, q, 10), "{q}");
    }
}

#[test]
fn a_gene_is_found_by_its_aliases_and_protein_name_and_the_match_is_labelled() {
    use mechgraph::search::Field;
    let mut b = GraphBuilder::new();
    let d = b.node("GENE:TARDBP", NodeKind::Gene, "TARDBP").unwrap();
    d.synonyms = vec!["NCBIGene:23435".into(), "ALS10".into(), "TDP-43".into()];
    d.definition = Some("TAR DNA binding protein".into());
    let u = b.node("GENE:UBQLN2", NodeKind::Gene, "UBQLN2").unwrap();
    u.definition = Some("ubiquilin 2".into());
    b.node("GENE:UBQLN1", NodeKind::Gene, "UBQLN1")
        .unwrap()
        .definition = Some("ubiquilin 1".into());
    b.node("GO:0006914", NodeKind::Process, "autophagy")
        .unwrap()
        .definition = Some("ubiquilin 2 is not a gene name here".into());
    let g = b.build().unwrap();
    let idx = SearchIndex::new(&g);
    for q in ["TDP-43", "tdp43", "Tdp 43", "TDP43"] {
        let (hits, total) = idx.search_counted(&g, q, 5);
        assert_eq!(ids(&g, &hits), ["GENE:TARDBP"], "{q}");
        assert_eq!(total, 1);
        assert_eq!(hits[0].field, Field::Synonym, "labelled an alias");
        assert_eq!(hits[0].class, Class::Exact);
        assert_eq!(hits[0].text, "TDP-43");
    }
    // A protein name finds its gene, never a process whose definition holds it.
    let hits = idx.search(&g, "ubiquilin 2", 5);
    assert_eq!(ids(&g, &hits), ["GENE:UBQLN2"]);
    assert_eq!(hits[0].field, Field::Name);
    // The count is of every match, not only those shown.
    let (hits, total) = idx.search_counted(&g, "ubiquilin", 1);
    assert_eq!((hits.len(), total), (1, 2));
}

#[test]
fn typing_on_finds_what_a_fresh_search_finds() {
    // Each key is looked for among the texts the previous key found; the results must be
    // those of a search from scratch (here, after a query no later one contains).
    let g = graph();
    let typing = SearchIndex::new(&g);
    let fresh = SearchIndex::new(&g);
    for query in [
        "oxidative stress",
        "TDP-43",
        "fasiculations",
        "c9orf72",
        "oxy",
    ] {
        for q in as_typed(query) {
            let _ = fresh.search(&g, "zqxjzqxj", 5);
            assert_eq!(
                typing.search_counted(&g, &q, 5),
                fresh.search_counted(&g, &q, 5),
                "{q}"
            );
        }
    }
}

#[test]
fn a_search_done_a_few_bytes_at_a_time_finds_what_one_done_at_once_finds() {
    // The explorer looks through the texts in slices, giving the page back between them;
    // the slices must not cut a match in two or count one twice. Typed key by key, so
    // that the one-character, whole-haystack and narrowed searches all run in slices.
    let g = graph();
    let sliced = SearchIndex::new(&g);
    let whole = SearchIndex::new(&g);
    for query in [
        "oxidative stress",
        "TDP-43",
        "fasiculations",
        "c9orf72",
        "s",
        "对氧化",
        "43",
    ] {
        for q in as_typed(query) {
            for bytes in [1, 7, 64] {
                let _ = sliced.search(&g, "zqxjzqxj", 5);
                let _ = whole.search(&g, "zqxjzqxj", 5);
                if q.chars().count() > 1 {
                    // As when typing: the key before has just been answered.
                    let before: String = q.chars().take(q.chars().count() - 1).collect();
                    let _ = sliced.search(&g, &before, 5);
                    let _ = whole.search(&g, &before, 5);
                }
                let mut job = SearchJob::new(&sliced, &q, 5);
                let mut steps = 1;
                let found = loop {
                    if let Poll::Ready(found) = job.step(&sliced, bytes) {
                        break found;
                    }
                    steps += 1;
                };
                assert_eq!(
                    found,
                    whole.search_counted(&g, &q, 5),
                    "{q} in slices of {bytes}"
                );
                if bytes == 1 && q.chars().count() <= 2 {
                    // One or two characters: the whole haystack, a text or so a slice.
                    assert!(steps > 1, "{q}: more than one slice");
                }
            }
        }
    }
}

#[test]
fn a_gene_symbol_is_found_whatever_its_case() {
    let g = graph();
    let idx = SearchIndex::new(&g);
    let hits = idx.search(&g, "C9ORF72", 5);
    assert_eq!(ids(&g, &hits)[0], "GENE:C9orf72");
    assert_eq!(hits[0].class, Class::Exact);
}
