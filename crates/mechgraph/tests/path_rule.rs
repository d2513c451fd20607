//! The path rule on small built graphs: a gene reaches a curated mechanism through the
//! process it takes part in; alternatives differ in an event, not in a parallel edge;
//! the order is cost, then fewer steps, then ids; and when there is no path, the reason
//! and the nearby events that do connect.

use mechgraph::paths::explain::Reason;
use mechgraph::paths::rule::{is_reversed, UNIT};
use mechgraph::paths::{self, Outcome};
use mechgraph::score::Params;
use mechgraph::{EdgeDraft, Graph, GraphBuilder, NodeKind, Origin, Relation, Sign};

fn build(nodes: &[(&str, NodeKind)], edges: &[(&str, &str, Relation, Sign, &str)]) -> Graph {
    let mut b = GraphBuilder::new();
    for (id, kind) in nodes {
        b.node(id, *kind, id).expect("node");
    }
    for &(s, t, r, sign, evidence) in edges {
        let origin = if r == Relation::Causes {
            Origin::Curated
        } else {
            r.usual_origin(NodeKind::Process)
        };
        let mut e = EdgeDraft::new(s, t, r, origin);
        e.sign = sign;
        e.evidence = evidence.to_string();
        b.edge(e);
    }
    b.build().expect("builds")
}

fn ids(g: &Graph, nodes: &[u32]) -> Vec<String> {
    nodes.iter().map(|&v| g.ids[v as usize].clone()).collect()
}

fn found(g: &Graph, from: &str, to: &str) -> Vec<paths::Path> {
    let (a, b) = (g.find(from).expect("from"), g.find(to).expect("to"));
    match paths::find(g, &Params::default(), a, b, paths::DEFAULT_K, None) {
        Outcome::Paths(p) => p,
        Outcome::None(why) => panic!("no path from {from} to {to}: {why:?}"),
    }
}

use NodeKind::{Gene, Mechanism, Process};
use Relation::{AnnotatedTo, Causes, IsA, PartOf};
use Sign::{Inhibits, Promotes, Unsigned};

/// A gene with one curated chain to degeneration (G → M1 → D), a part in a process P
/// whose failure is the curated mechanism M2 (M2 —inhibits→ P, M2 → D), and a part in a
/// narrower process P2 (is a P) known only electronically.
fn gene_graph() -> Graph {
    build(
        &[
            ("ALSM:d", Mechanism),
            ("ALSM:m1", Mechanism),
            ("ALSM:m2", Mechanism),
            ("GENE:G", Gene),
            ("GO:p", Process),
            ("GO:p2", Process),
        ],
        &[
            ("GENE:G", "ALSM:m1", Causes, Promotes, ""),
            ("ALSM:m1", "ALSM:d", Causes, Promotes, ""),
            ("GENE:G", "GO:p", AnnotatedTo, Unsigned, "IDA"),
            ("GENE:G", "GO:p2", AnnotatedTo, Unsigned, "IEA"),
            ("GO:p2", "GO:p", IsA, Unsigned, ""),
            ("ALSM:m2", "GO:p", Causes, Inhibits, ""),
            ("ALSM:m2", "ALSM:d", Causes, Promotes, ""),
        ],
    )
}

#[test]
fn a_gene_reaches_the_curated_mechanism_that_is_the_failure_of_its_process() {
    let g = gene_graph();
    let list = found(&g, "GENE:G", "ALSM:d");
    let routes: Vec<Vec<String>> = list.iter().map(|p| ids(&g, &p.nodes)).collect();
    assert_eq!(
        routes,
        [
            vec!["GENE:G", "ALSM:m1", "ALSM:d"],
            vec!["GENE:G", "GO:p", "ALSM:m2", "ALSM:d"],
            vec!["GENE:G", "GO:p2", "GO:p", "ALSM:m2", "ALSM:d"],
        ]
    );
    // Costs by the stated rule: curated links 1 each; an experimental annotation 1, an
    // electronic one 2; the step into the failed process's mechanism 1; a step up the
    // ontology 2.
    let costs: Vec<u64> = list.iter().map(|p| p.cost / UNIT).collect();
    assert_eq!(costs, [2, 3, 6]);
    // The step from the process to its mechanism goes against the curated edge, and the
    // mechanism's "inhibits" makes the net effect of the gene's part an inhibition.
    let p = &list[1];
    assert!(is_reversed(g.edge(p.edges[1]), p.nodes[1]));
    assert!(!is_reversed(g.edge(p.edges[0]), p.nodes[0]));
    assert_eq!(p.sign, Inhibits);
    assert_eq!(list[0].sign, Promotes);
}

#[test]
fn a_curated_mechanism_is_not_reached_from_a_process_it_drives() {
    // M —promotes→ P says M drives P, not that M is P's failure: no step from P to M.
    let g = build(
        &[
            ("ALSM:d", Mechanism),
            ("ALSM:m", Mechanism),
            ("GO:p", Process),
        ],
        &[
            ("ALSM:m", "GO:p", Causes, Promotes, ""),
            ("ALSM:m", "ALSM:d", Causes, Promotes, ""),
        ],
    );
    let (p, d) = (g.find("GO:p").unwrap(), g.find("ALSM:d").unwrap());
    assert!(paths::best_paths(&g, &Params::default(), p, d, 5, None).is_empty());
}

#[test]
fn alternatives_differ_in_an_event_not_in_a_parallel_edge() {
    // Two relations join A and B; only one path goes through B. C is a different event.
    let g = build(
        &[
            ("GO:a", Process),
            ("GO:b", Process),
            ("GO:c", Process),
            ("GO:t", Process),
        ],
        &[
            ("GO:a", "GO:b", IsA, Unsigned, ""),
            ("GO:a", "GO:b", PartOf, Unsigned, ""),
            ("GO:b", "GO:t", IsA, Unsigned, ""),
            ("GO:a", "GO:c", IsA, Unsigned, ""),
            ("GO:c", "GO:t", PartOf, Unsigned, ""),
        ],
    );
    let list = found(&g, "GO:a", "GO:t");
    assert_eq!(list.len(), 2);
    for (i, x) in list.iter().enumerate() {
        for y in &list[i + 1..] {
            let inner = |p: &paths::Path| p.nodes[1..p.nodes.len() - 1].to_vec();
            assert_ne!(inner(x), inner(y), "each path has an event of its own");
        }
    }
}

#[test]
fn equal_costs_go_by_fewer_steps_then_by_ids() {
    // S → T directly up the ontology (cost 2, one step); through the curated mechanisms
    // Z and A (cost 2, two steps each). Z is created first, so only the rule puts A
    // before it.
    let g = build(
        &[
            ("GO:s", Process),
            ("GO:t", Process),
            ("ALSM:z", Mechanism),
            ("ALSM:a", Mechanism),
        ],
        &[
            ("GO:s", "ALSM:z", Causes, Promotes, ""),
            ("ALSM:z", "GO:t", Causes, Promotes, ""),
            ("GO:s", "ALSM:a", Causes, Promotes, ""),
            ("ALSM:a", "GO:t", Causes, Promotes, ""),
            ("GO:s", "GO:t", IsA, Unsigned, ""),
        ],
    );
    let routes: Vec<Vec<String>> = found(&g, "GO:s", "GO:t")
        .iter()
        .map(|p| ids(&g, &p.nodes))
        .collect();
    assert_eq!(
        routes,
        [
            vec!["GO:s", "GO:t"],
            vec!["GO:s", "ALSM:a", "GO:t"],
            vec!["GO:s", "ALSM:z", "GO:t"],
        ]
    );
    // Two routes of equal cost and length: S A Y T comes before S B X T by the ids,
    // although a plain search reaches T from X (the smaller id) first.
    let g = build(
        &[
            ("GO:s", Process),
            ("GO:t", Process),
            ("ALSM:a", Mechanism),
            ("ALSM:b", Mechanism),
            ("ALSM:x", Mechanism),
            ("ALSM:y", Mechanism),
        ],
        &[
            ("GO:s", "ALSM:a", Causes, Promotes, ""),
            ("ALSM:a", "ALSM:y", Causes, Promotes, ""),
            ("ALSM:y", "GO:t", Causes, Promotes, ""),
            ("GO:s", "ALSM:b", Causes, Promotes, ""),
            ("ALSM:b", "ALSM:x", Causes, Promotes, ""),
            ("ALSM:x", "GO:t", Causes, Promotes, ""),
        ],
    );
    let (s, t) = (g.find("GO:s").unwrap(), g.find("GO:t").unwrap());
    for k in [1, 2] {
        let first = &paths::best_paths(&g, &Params::default(), s, t, k, None)[0];
        assert_eq!(ids(&g, &first.nodes), ["GO:s", "ALSM:a", "ALSM:y", "GO:t"]);
    }
}

/// "Neuron death" (a process) driven by a curated mechanism that leads to degeneration;
/// the process itself leads only to its parent "cell death".
fn death_graph() -> Graph {
    build(
        &[
            ("ALSM:ask1", Mechanism),
            ("ALSM:d", Mechanism),
            ("GO:cell_death", Process),
            ("GO:neuron_death", Process),
            ("GENE:G", Gene),
        ],
        &[
            ("ALSM:ask1", "GO:neuron_death", Causes, Promotes, ""),
            ("ALSM:ask1", "ALSM:d", Causes, Promotes, ""),
            ("GO:neuron_death", "GO:cell_death", IsA, Unsigned, ""),
            ("GENE:G", "ALSM:ask1", Causes, Promotes, ""),
        ],
    )
}

fn why(g: &Graph, from: &str, to: &str) -> paths::explain::NoPath {
    let (a, b) = (g.find(from).unwrap(), g.find(to).unwrap());
    match paths::find(g, &Params::default(), a, b, paths::DEFAULT_K, None) {
        Outcome::None(why) => why,
        Outcome::Paths(p) => panic!("a path from {from} to {to}: {p:?}"),
    }
}

#[test]
fn no_path_says_why_and_offers_the_curated_mechanism_linked_to_the_process() {
    let g = death_graph();
    let w = why(&g, "GO:neuron_death", "ALSM:d");
    assert_eq!(w.reason, Reason::NotReachable { reached: 1 });
    // Nearest first: the mechanism next to it, then the gene two links away.
    assert_eq!(ids(&g, &w.instead_of_start), ["ALSM:ask1", "GENE:G"]);
    // The suggestion, followed, finds a path.
    assert_eq!(
        ids(&g, &found(&g, "ALSM:ask1", "ALSM:d")[0].nodes),
        ["ALSM:ask1", "ALSM:d"]
    );
    // Events next to the end that the start does reach: none here.
    assert!(w.instead_of_end.is_empty());
}

#[test]
fn no_path_names_a_dead_end_at_either_side() {
    let g = death_graph();
    // Nothing leaves degeneration in this graph.
    let w = why(&g, "ALSM:d", "GO:cell_death");
    assert_eq!(w.reason, Reason::StartHasNoStep);
    // Nothing leads into a gene.
    let w = why(&g, "GO:neuron_death", "GENE:G");
    assert_eq!(w.reason, Reason::EndHasNoStep);
}

#[test]
fn the_nearest_connecting_events_are_offered_for_both_ends() {
    // X is a kind of Y; the mechanism M drives Y and leads to T. X reaches Y only.
    let g = build(
        &[
            ("GO:x", Process),
            ("GO:y", Process),
            ("ALSM:m", Mechanism),
            ("ALSM:t", Mechanism),
        ],
        &[
            ("GO:x", "GO:y", IsA, Unsigned, ""),
            ("ALSM:m", "GO:y", Causes, Promotes, ""),
            ("ALSM:m", "ALSM:t", Causes, Promotes, ""),
        ],
    );
    let w = why(&g, "GO:x", "ALSM:t");
    assert_eq!(w.reason, Reason::NotReachable { reached: 1 });
    assert_eq!(
        ids(&g, &w.instead_of_start),
        ["ALSM:m"],
        "two links away, leads to T"
    );
    assert_eq!(
        ids(&g, &w.instead_of_end),
        ["GO:y"],
        "two links from T, reached from X"
    );
}

#[test]
fn the_curated_layer_is_left_out_on_public_data_only() {
    let g = gene_graph();
    let (a, b) = (g.find("GENE:G").unwrap(), g.find("ALSM:d").unwrap());
    let public = Params {
        public_only: true,
        ..Params::default()
    };
    assert!(paths::best_paths(&g, &public, a, b, 5, None).is_empty());
}
