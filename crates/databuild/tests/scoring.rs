//! Core-event scoring on the committed graph: the same default set in the CLI, the
//! builder and the browser (core.bin stores it); deterministic; checked against the
//! mechanisms the seed names; hubs kept out; causal paths found.

use databuild::literature::MECHANISMS;
use mechgraph::score::{self, Params, Weights};
use mechgraph::{paths, Graph, NodeKind, Sign};
use std::path::PathBuf;
use std::sync::OnceLock;

fn snapshot(name: &str) -> mechgraph::Snapshot {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../public/data")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    mechgraph::decode(&bytes).expect("decodes")
}

fn full() -> &'static Graph {
    static FULL: OnceLock<Graph> = OnceLock::new();
    FULL.get_or_init(|| snapshot("full.bin").graph)
}

fn default_ids(g: &Graph, params: &Params) -> Vec<String> {
    let (_, ranking) = score::core_events(g, params);
    ranking
        .rows
        .iter()
        .map(|r| g.ids[r.node as usize].clone())
        .collect()
}

#[test]
fn the_default_core_set_is_the_one_stored_in_core_bin_and_is_reproducible() {
    let g = full();
    let params = Params::default();
    let first = default_ids(g, &params);
    assert_eq!(first.len(), 700);
    assert_eq!(first, default_ids(g, &params), "same inputs, same ranking");
    let stored = snapshot("core.bin")
        .core_events
        .expect("core.bin holds the default ranking");
    assert_eq!(
        stored.ids, first,
        "core.bin is stale: rebuild with databuild"
    );
    let core = snapshot("core.bin").graph;
    assert!(
        stored.ids.iter().all(|id| core.find(id).is_some()),
        "every stored event is in core.bin"
    );
    // Each stored event carries its measures in their own terms, as a live ranking
    // gives them (to about four significant digits; the table shows two), so the first view need not show percentiles.
    let (scores, ranking) = score::core_events(g, &params);
    let terms = score::Terms::new(&scores, &ranking);
    let measures = stored
        .measures
        .as_ref()
        .expect("core.bin holds the measures (CMSR)");
    assert_eq!(measures.len(), 700);
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-3 * a.abs().max(b.abs()) || a == b;
    for (i, r) in ranking.rows.iter().enumerate() {
        let live = terms.of(&scores, r.node);
        let kept = score::stored_measures(measures, i).expect("a row of measures");
        assert_eq!(
            (kept.seed_genes_below, kept.genes),
            (live.seed_genes_below, live.genes)
        );
        for (a, b) in [
            (kept.propagation_vs_top, live.propagation_vs_top),
            (kept.p_value, live.p_value),
            (kept.q_value, live.q_value),
            (kept.flow_share, live.flow_share),
        ] {
            assert!(close(a, b), "row {}: stored {a} against live {b}", i + 1);
        }
        assert_eq!(kept.significant(), live.significant(), "row {}", i + 1);
    }
}

#[test]
fn every_mechanism_the_seed_names_is_in_the_default_core_set_or_one_step_from_it() {
    // Not every curated event must rank: a mechanism with no gene below it in the
    // curated layer (excitotoxicity) has no enrichment. But each mechanism the seed
    // names is found in the list through one of its events or a GO parent or child.
    let g = full();
    let ids = default_ids(g, &Params::default());
    let top: Vec<u32> = ids.iter().filter_map(|id| g.find(id)).collect();
    for (name, events) in MECHANISMS {
        let found = events
            .iter()
            .filter_map(|id| g.find(id))
            .any(|v| top.contains(&v) || score::evaluate::one_step(g, v).any(|u| top.contains(&u)));
        assert!(
            found,
            "{name}: none of {events:?} is in the default top 700"
        );
    }
}

#[test]
fn generic_hubs_do_not_crowd_out_specific_events() {
    let g = full();
    let (_, ranking) = score::core_events(g, &Params::default());
    let degree = |v: u32| g.out_degree(v) + g.in_degree(v);
    let hubs = ranking.rows.iter().filter(|r| degree(r.node) > 100).count();
    assert!(
        hubs * 100 <= ranking.rows.len() * 2,
        "{hubs} core events have more than 100 links"
    );
    for generic in ["GO:0008150", "GO:0065007", "GO:0006468"] {
        let v = g.find(generic).expect("term exists");
        assert!(
            ranking.rows.iter().all(|r| r.node != v),
            "{generic} is a core event"
        );
    }
}

#[test]
fn weights_and_filters_change_the_ranking() {
    let g = full();
    let base = default_ids(g, &Params::default());
    let causal_only = Params {
        weights: Weights {
            propagation: 0.0,
            enrichment: 0.0,
            causal: 1.0,
        },
        ..Params::default()
    };
    assert_ne!(default_ids(g, &causal_only), base);
    let themed = Params {
        themes: vec!["autophagy".into()],
        top_n: 50,
        ..Params::default()
    };
    let (_, ranking) = score::core_events(g, &themed);
    let themes = mechgraph::themes::node_themes(g);
    assert!(!ranking.rows.is_empty());
    assert!(ranking
        .rows
        .iter()
        .all(|r| themes[r.node as usize].contains("autophagy")));
}

#[test]
fn every_ranked_event_can_be_explained() {
    let g = full();
    let params = Params::default();
    let (scores, ranking) = score::core_events(g, &params);
    let v = g.find("ALSM:oxidative_stress").expect("oxidative stress");
    let ex = score::explain(g, &scores, &ranking, &params, v);
    assert!(ex.rank.is_some_and(|r| r <= 700));
    assert!(
        ex.seed_genes
            .iter()
            .any(|&gene| g.ids[gene as usize] == "GENE:SOD1"),
        "SOD1 counts below oxidative stress"
    );
    assert!(!ex.nearest_seeds.is_empty());
    assert!(ex.q_value < 0.05);
    // The nearest seeds, up to three of each kind, each kind nearest first: a phenotype's
    // seed diseases one step away do not hide its seed genes and phenotypes.
    let pheno = ranking_of_phenotypes(g);
    let ex = score::explain(g, &pheno.0, &pheno.1, &pheno.2, pheno.1.rows[0].node);
    for kind in [NodeKind::Gene, NodeKind::Phenotype] {
        let hops: Vec<usize> = ex
            .nearest_seeds
            .iter()
            .filter(|l| g.kinds[l.seed as usize] == kind)
            .map(|l| l.path.len() - 1)
            .collect();
        assert!((1..=3).contains(&hops.len()), "{kind:?}: {hops:?}");
        assert!(hops.windows(2).all(|w| w[0] <= w[1]));
    }
}

fn ranking_of_phenotypes(g: &Graph) -> (score::Scores, score::Ranking, Params) {
    let params = Params {
        kinds: vec![NodeKind::Phenotype],
        ..Params::default()
    };
    let (s, r) = score::core_events(g, &params);
    (s, r, params)
}

#[test]
fn a_path_leads_from_c9orf72_to_motor_neuron_degeneration_with_its_evidence() {
    let g = full();
    let params = Params::default();
    let (a, b) = (
        g.find("GENE:C9orf72").expect("gene"),
        g.find("ALSM:motor_neuron_degeneration").expect("mechanism"),
    );
    let found = paths::best_paths(g, &params, a, b, 3, None);
    let best = found.first().expect("a path");
    assert_eq!(best.nodes.first(), Some(&a));
    assert_eq!(best.nodes.last(), Some(&b));
    assert_eq!(best.sign, Sign::Promotes);
    assert!(
        best.edges
            .iter()
            .all(|&e| g.edge_refs(g.edge(e)).any(|r| r.starts_with("PMID:"))),
        "every hop is cited"
    );
    let weak = g.find("HP:0001324").expect("muscle weakness");
    let sod1 = g.find("GENE:SOD1").expect("SOD1");
    let to_weakness = paths::best_paths(g, &params, sod1, weak, 5, None);
    assert!(to_weakness.len() >= 2, "alternatives are offered");
    assert!(
        to_weakness.windows(2).all(|w| w[0].cost <= w[1].cost),
        "cheapest first"
    );
}

#[test]
fn scoring_in_steps_gives_the_same_scores_in_many_small_steps() {
    use mechgraph::poll::Poll;
    use score::steps::{Scoring, PHASES};
    let g = full();
    let params = Params::default();
    let whole = score::compute(g, &params);
    let mut scoring = Scoring::new(g, &params);
    let (mut steps, mut last) = (0, 0);
    let stepped = loop {
        match scoring.step(g) {
            Poll::Pending { done, total } => {
                assert_eq!(total, PHASES);
                assert!(
                    done >= last && done < total,
                    "progress moves forward: {last} then {done}"
                );
                last = done;
                steps += 1;
            }
            Poll::Ready(scores) => break *scores,
        }
    };
    assert!(steps > 20, "the work is cut into many steps, not {steps}");
    assert_eq!(last, PHASES - 1, "every phase was reported");
    assert_eq!(stepped.propagation, whole.propagation);
    assert_eq!(stepped.causal, whole.causal);
    assert_eq!(stepped.q_value, whole.q_value);
    assert_eq!(stepped.seed_genes_below, whole.seed_genes_below);
    assert_eq!(
        (stepped.population, stepped.seed_population),
        (whole.population, whole.seed_population)
    );
    assert!(
        matches!(scoring.step(g), Poll::Pending { done: PHASES, .. }),
        "a finished scoring starts nothing"
    );
}

#[test]
fn a_finished_scoring_keeps_its_preparation_for_other_seeds() {
    use mechgraph::poll::Poll;
    use score::steps::Scoring;
    let g = full();
    let params = Params::default();
    let run = |scoring: &mut Scoring| loop {
        if let Poll::Ready(s) = scoring.step(g) {
            break *s;
        }
    };
    let mut first = Scoring::new(g, &params);
    run(&mut first);
    let prepared = first.prepared().expect("kept after scoring");
    let sod1 = Params {
        seeds: vec!["GENE:SOD1".into()],
        ..Params::default()
    };
    let mut again =
        Scoring::with_prepared(prepared.clone(), g, &sod1).expect("same relation weights");
    let stepped = run(&mut again);
    let whole = score::compute(g, &sod1);
    assert_eq!(stepped.seeds, vec![g.find("GENE:SOD1").unwrap()]);
    assert_eq!(stepped.propagation, whole.propagation);
    assert_eq!(stepped.causal, whole.causal);
    assert_eq!(stepped.q_value, whole.q_value);
    let mut other = Params::default();
    other.relations.set(mechgraph::Relation::Causes, 0.0);
    assert!(
        Scoring::with_prepared(prepared, g, &other).is_none(),
        "other relation weights need their own preparation"
    );
}
