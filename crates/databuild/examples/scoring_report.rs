//! The figures of docs/SCORING.md, from the committed full.bin:
//! `cargo run --release -p databuild --example scoring_report`

use databuild::literature::{MECHANISMS, SEED_SECTION};
use mechgraph::score::{self, Params};
use mechgraph::{als, NodeKind, Relation};
use std::collections::BTreeSet;

fn main() {
    let bytes = std::fs::read("public/data/full.bin").unwrap_or_else(|e| {
        eprintln!("public/data/full.bin: {e}");
        std::process::exit(1)
    });
    let g = match mechgraph::decode(&bytes) {
        Ok(s) => s.graph,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1)
        }
    };
    let params = Params::default();
    let (scores, ranking) = score::core_events(&g, &params);
    let rank_of = |id: &str| {
        g.find(id)
            .and_then(|v| ranking.rows.iter().position(|r| r.node == v))
            .map(|p| p + 1)
    };
    let all = Params {
        top_n: usize::MAX,
        ..Params::default()
    };
    let themes = mechgraph::themes::node_themes(&g);
    let full_rank = score::rank(&g, &scores, &all, &themes);
    let place = |id: &str| {
        g.find(id)
            .and_then(|v| full_rank.rows.iter().position(|r| r.node == v))
            .map(|p| p + 1)
    };
    println!("| mechanism named in the seed | seed | event | rank in the default core set |\n|---|---|---|---:|");
    for (name, events) in MECHANISMS {
        for id in *events {
            let label = g
                .find(id)
                .map(|v| g.labels_en[v as usize].as_str())
                .unwrap_or("(missing)");
            let shown = match rank_of(id) {
                Some(r) => r.to_string(),
                None => format!(
                    "not in top 700 (rank {})",
                    place(id).map(|p| p.to_string()).unwrap_or("–".into())
                ),
            };
            println!(
                "| {name} | {} | `{id}` {label} | {shown} |",
                SEED_SECTION
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, s)| *s)
                    .unwrap_or("")
            );
        }
    }
    // The seed genes' experimentally annotated processes.
    let seeds = als::als_seeds(&g);
    let core: BTreeSet<u32> = ranking.rows.iter().map(|r| r.node).collect();
    let mut annotated = BTreeSet::new();
    for &gene in &seeds.genes {
        for e in g.out_edges(gene).map(|e| g.edge(e)) {
            if e.relation == Relation::AnnotatedTo {
                annotated.insert(e.target);
            }
        }
    }
    let genes_reaching = seeds
        .genes
        .iter()
        .filter(|&&gene| {
            g.out_edges(gene).any(|e| {
                g.edge(e).relation == Relation::AnnotatedTo && core.contains(&g.edge(e).target)
            })
        })
        .count();
    let annotated_in = annotated.iter().filter(|p| core.contains(p)).count();
    println!("\nseed genes: {}; with an experimental process annotation: {}; whose annotated processes reach the core set: {genes_reaching}", seeds.genes.len(),
        seeds.genes.iter().filter(|&&gene| g.out_edges(gene).any(|e| g.edge(e).relation == Relation::AnnotatedTo)).count());
    println!(
        "distinct processes annotated to seed genes: {}; in the core set: {annotated_in}",
        annotated.len()
    );
    let degree = |v: u32| g.out_degree(v) + g.in_degree(v);
    let mut degrees: Vec<usize> = (0..g.node_count() as u32)
        .filter(|&v| params.kinds.contains(&g.kinds[v as usize]))
        .map(degree)
        .collect();
    degrees.sort_unstable();
    let p99 = degrees[degrees.len() * 99 / 100];
    let hubs = ranking.rows.iter().filter(|r| degree(r.node) > p99).count();
    println!("hub threshold (99th percentile of event degree): {p99}; core events above it: {hubs} of {} ({:.1} %)", ranking.rows.len(), 100.0 * hubs as f64 / ranking.rows.len() as f64);
    let kinds = |k: NodeKind| {
        ranking
            .rows
            .iter()
            .filter(|r| g.kinds[r.node as usize] == k)
            .count()
    };
    println!(
        "core set by kind: {} mechanisms, {} processes",
        kinds(NodeKind::Mechanism),
        kinds(NodeKind::Process)
    );
    let mut by_degree: Vec<(usize, u32)> = ranking
        .rows
        .iter()
        .map(|r| (degree(r.node), r.node))
        .collect();
    by_degree.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    println!("\n| degree | event | rank |\n|---:|---|---:|");
    for (d, v) in by_degree.iter().take(10) {
        println!(
            "| {d} | `{}` {} | {} |",
            g.ids[*v as usize],
            g.labels_en[*v as usize],
            rank_of(&g.ids[*v as usize]).unwrap_or(0)
        );
    }
}
