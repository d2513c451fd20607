//! Paths on the committed full graph (`public/data/full.bin`): alternatives from the ALS
//! genes to motor neuron degeneration, "autophagy" through the curated mechanism, a
//! reason and suggestions when nothing connects, and the command line's `path` printing
//! exactly the list of `paths::find` (the function the page calls).

use mechgraph::paths::explain::Reason;
use mechgraph::paths::{self, Outcome, Path};
use mechgraph::score::Params;
use mechgraph::{Graph, Snapshot};
use std::sync::OnceLock;

const MND: &str = "ALSM:motor_neuron_degeneration";

fn file() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data/full.bin")
}

fn full() -> &'static Graph {
    static SNAPSHOT: OnceLock<Snapshot> = OnceLock::new();
    &SNAPSHOT
        .get_or_init(|| {
            let bytes = std::fs::read(file()).expect("public/data/full.bin");
            mechgraph::decode(&bytes).expect("decodes")
        })
        .graph
}

fn outcome(from: &str, to: &str) -> Outcome {
    let g = full();
    let (a, b) = (g.find(from).expect("from"), g.find(to).expect("to"));
    paths::find(g, &Params::default(), a, b, paths::DEFAULT_K, None)
}

fn routes(list: &[Path]) -> Vec<Vec<String>> {
    let g = full();
    list.iter()
        .map(|p| p.nodes.iter().map(|&v| g.ids[v as usize].clone()).collect())
        .collect()
}

#[test]
fn the_als_genes_have_alternative_paths_to_motor_neuron_degeneration() {
    for gene in ["GENE:C9orf72", "GENE:SOD1", "GENE:TARDBP", "GENE:FUS"] {
        let started = std::time::Instant::now();
        let Outcome::Paths(list) = outcome(gene, MND) else {
            panic!("{gene}: no path");
        };
        println!(
            "{gene}: {} paths in {:.1} ms",
            list.len(),
            started.elapsed().as_secs_f64() * 1e3
        );
        assert!(list.len() >= 3, "{gene}: {} paths", list.len());
        let inner: Vec<Vec<u32>> = list
            .iter()
            .map(|p| p.nodes[1..p.nodes.len() - 1].to_vec())
            .collect();
        for (i, x) in inner.iter().enumerate() {
            assert!(inner[i + 1..].iter().all(|y| y != x), "{gene}: repeated");
        }
        assert!(
            list.windows(2)
                .all(|w| (w[0].cost, w[0].edges.len(), &w[0].nodes)
                    <= (w[1].cost, w[1].edges.len(), &w[1].nodes)),
            "{gene}: ranked by cost, then steps, then ids"
        );
    }
    // C9orf72: the curated chain first, then its part in autophagy (shown by a mutant
    // phenotype, IMP) leading to the curated "impaired autophagy".
    let Outcome::Paths(list) = outcome("GENE:C9orf72", MND) else {
        panic!("no path");
    };
    let r = routes(&list);
    assert_eq!(
        r[0],
        [
            "GENE:C9orf72",
            "ALSM:c9orf72_repeat_expansion_toxicity",
            "ALSM:axonal_transport_failure",
            MND
        ]
    );
    assert_eq!(
        r[1],
        ["GENE:C9orf72", "GO:0006914", "ALSM:impaired_autophagy", MND]
    );
}

#[test]
fn autophagy_reaches_degeneration_through_impaired_autophagy() {
    let Outcome::Paths(list) = outcome("GO:0006914", MND) else {
        panic!("no path");
    };
    assert_eq!(
        routes(&list)[0],
        ["GO:0006914", "ALSM:impaired_autophagy", MND]
    );
}

#[test]
fn neuron_death_does_not_connect_and_the_mechanism_driving_it_is_offered() {
    let started = std::time::Instant::now();
    let Outcome::None(why) = outcome("GO:0070997", MND) else {
        panic!("a path from neuron death");
    };
    println!(
        "neuron death: no path, reason and suggestions in {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    assert!(matches!(why.reason, Reason::NotReachable { .. }));
    let g = full();
    let first = &g.ids[why.instead_of_start[0] as usize];
    assert_eq!(first, "ALSM:ask1_death_signaling");
    assert!(matches!(outcome(first, MND), Outcome::Paths(_)));
    // Back from degeneration to a gene: nothing leads into a gene.
    let Outcome::None(back) = outcome(MND, "GENE:C9orf72") else {
        panic!("a path into a gene");
    };
    assert_eq!(back.reason, Reason::EndHasNoStep);
}

#[test]
fn the_command_line_lists_what_find_lists() {
    let run = |from: &str, to: &str| -> serde_json::Value {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_mechgraph"))
            .args(["path", file().to_str().unwrap(), from, to, "--json"])
            .output()
            .expect("runs");
        assert!(out.status.success());
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let cli = run("C9orf72", MND);
    let Outcome::Paths(list) = outcome("GENE:C9orf72", MND) else {
        panic!("no path");
    };
    let printed: Vec<Vec<String>> = cli["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| serde_json::from_value(p["nodes"].clone()).unwrap())
        .collect();
    assert_eq!(printed, routes(&list));
    let none = run("GO:0070997", MND);
    let Outcome::None(why) = outcome("GO:0070997", MND) else {
        panic!("a path");
    };
    let offered: Vec<String> =
        serde_json::from_value(none["no_path"]["instead_of_start"].clone()).unwrap();
    let g = full();
    let ids: Vec<String> = why
        .instead_of_start
        .iter()
        .map(|&v| g.ids[v as usize].clone())
        .collect();
    assert_eq!(offered, ids);
}
