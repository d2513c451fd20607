//! Causal paths on the small fixture graph: direction, sign and alternatives.

use mechgraph::model::ZhOrigin;
use mechgraph::score::Params;
use mechgraph::{paths, tsv, Graph, GraphBuilder, Origin, Sign};

fn graph() -> Graph {
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/graph");
    let read = |n: &str| std::fs::read_to_string(dir.join(n)).expect("fixture");
    let mut b = GraphBuilder::new();
    assert!(tsv::read_nodes(&mut b, "nodes.tsv", &read("nodes.tsv"), ZhOrigin::Source).is_empty());
    assert!(
        tsv::read_edges(&mut b, "edges.tsv", &read("edges.tsv"), Origin::User, false).is_empty()
    );
    b.build().expect("builds")
}

fn id(g: &Graph, s: &str) -> u32 {
    g.find(s).expect("node")
}

#[test]
fn paths_follow_edge_direction_and_carry_their_sign() {
    let g = graph();
    let p = Params::default();
    let found = paths::best_paths(&g, &p, id(&g, "GENE:TARDBP"), id(&g, "HP:0001324"), 3, None);
    assert!(!found.is_empty());
    let ids: Vec<&str> = found[0]
        .nodes
        .iter()
        .map(|&n| g.ids[n as usize].as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "GENE:TARDBP",
            "ALSM:tdp43_proteinopathy",
            "ALSM:motor_neuron_degeneration",
            "HP:0001324"
        ]
    );
    assert_eq!(found[0].sign, Sign::Promotes);
    // Against the arrows there is no way back.
    assert!(
        paths::best_paths(&g, &p, id(&g, "HP:0001324"), id(&g, "GENE:TARDBP"), 3, None).is_empty()
    );
}

#[test]
fn an_inhibiting_link_flips_the_net_sign() {
    let g = graph();
    let p = Params::default();
    let found = paths::best_paths(
        &g,
        &p,
        id(&g, "ALSM:impaired_autophagy"),
        id(&g, "GO:0008150"),
        3,
        None,
    );
    assert_eq!(
        found[0].sign,
        Sign::Inhibits,
        "impaired autophagy inhibits autophagy, a biological process"
    );
    let only_promoting = paths::best_paths(
        &g,
        &p,
        id(&g, "ALSM:impaired_autophagy"),
        id(&g, "GO:0008150"),
        3,
        Some(Sign::Promotes),
    );
    assert!(only_promoting.is_empty());
}

#[test]
fn alternatives_come_cheapest_first_without_repeated_nodes() {
    let g = graph();
    let p = Params::default();
    // Two routes from TARDBP to muscle weakness: through the mechanism chain and through
    // its disease.
    let found = paths::best_paths(&g, &p, id(&g, "GENE:TARDBP"), id(&g, "HP:0001324"), 5, None);
    assert_eq!(found.len(), 2);
    assert!(found[0].cost <= found[1].cost);
    for path in &found {
        let mut nodes = path.nodes.clone();
        nodes.sort_unstable();
        nodes.dedup();
        assert_eq!(nodes.len(), path.nodes.len());
    }
}
