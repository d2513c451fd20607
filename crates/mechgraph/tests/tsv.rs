//! The TSV interchange format: what it accepts, and how it reports what it does not.

use mechgraph::model::ZhOrigin;
use mechgraph::{tsv, GraphBuilder, Origin, Relation, Sign};

const NODES: &str = "id\tkind\tlabel_en\tlabel_zh\nA\tprocess\tAlpha\t甲\nB\tmechanism\tBeta\t\n";

#[test]
fn a_small_graph_compiles() {
    let mut b = GraphBuilder::new();
    assert!(tsv::read_nodes(&mut b, "nodes.tsv", NODES, ZhOrigin::Source).is_empty());
    let edges = "source\ttarget\trelation\tsign\trefs\nB\tA\tcauses\tinhibits\tPMID:1\n";
    assert!(tsv::read_edges(&mut b, "edges.tsv", edges, Origin::User, true).is_empty());
    let g = b.build().expect("builds");
    assert_eq!(g.edge(0).sign, Sign::Inhibits);
    assert_eq!(g.edge(0).relation, Relation::Causes);
    assert_eq!(g.label(0, true).text, "甲");
    assert!(
        !g.label(0, true).translated,
        "labels from a user's file are the source's own"
    );
    let beta = g.label(1, true);
    assert!(
        beta.fallback && beta.text == "Beta",
        "no Chinese label: English with a marker"
    );
}

#[test]
fn malformed_lines_are_reported_with_file_and_line() {
    let mut b = GraphBuilder::new();
    let nodes = "id\tkind\tlabel_en\n# a comment\nA\tprocess\tAlpha\nB\tplanet\tBeta\nC\tprocess\n\nA\tgene\tAgain\n";
    let errors: Vec<String> = tsv::read_nodes(&mut b, "nodes.tsv", nodes, ZhOrigin::Source)
        .iter()
        .map(|e| e.to_string())
        .collect();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(
        errors[0].starts_with("nodes.tsv:4: unknown kind \"planet\""),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].starts_with("nodes.tsv:5: 2 fields where the header has 3"),
        "{}",
        errors[1]
    );
    assert!(
        errors[2].starts_with("nodes.tsv:7: id A is given twice"),
        "{}",
        errors[2]
    );

    let edges = "source\ttarget\trelation\tsign\tevidence\tfrequency\trefs\nA\tZ\tis_a\t\t\t\t\nA\tA\tcures\t\t\t\t\nA\tA\tcauses\tmaybe\t\t\t\nA\tA\tcauses\tpromotes\t\t\t\n";
    let errors: Vec<String> = tsv::read_edges(&mut b, "edges.tsv", edges, Origin::Curated, true)
        .iter()
        .map(|e| e.to_string())
        .collect();
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert_eq!(errors[0], "edges.tsv:2: no node with id Z");
    assert!(errors[1].starts_with("edges.tsv:3: unknown relation \"cures\""));
    assert!(errors[2].starts_with("edges.tsv:4: unknown sign \"maybe\""));
    assert_eq!(
        errors[3],
        "edges.tsv:5: every edge needs at least one reference"
    );
}

#[test]
fn missing_columns_and_empty_files_are_reported() {
    let mut b = GraphBuilder::new();
    let e = tsv::read_nodes(&mut b, "n.tsv", "id\tlabel_en\nA\tx\n", ZhOrigin::Source);
    assert_eq!(e[0].to_string(), "n.tsv:1: missing column(s): kind");
    let e = tsv::read_edges(&mut b, "e.tsv", "", Origin::User, false);
    assert_eq!(e[0].to_string(), "e.tsv:1: the file is empty");
}
