//! Experiment: score full.bin with default parameters and print what matters.
use mechgraph::score;
use std::time::Instant;

fn main() {
    let bytes = std::fs::read("public/data/full.bin").expect("full.bin");
    let g = mechgraph::decode(&bytes).expect("decode").graph;
    let params = score::Params::default();
    let t = Instant::now();
    let prepared = score::Prepared::new(&g, &params);
    let t0 = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let s = prepared.scores(&g, &params);
    let t1 = t.elapsed().as_secs_f64() * 1e3;
    println!("prepare {t0:.1} ms");
    let themes = mechgraph::themes::node_themes(&g);
    let t = Instant::now();
    let r = score::rank(&g, &s, &params, &themes);
    let t2 = t.elapsed().as_secs_f64() * 1e3;
    println!(
        "compute {t1:.1} ms, rank {t2:.1} ms, candidates {}",
        r.candidates
    );
    if let Ok(path) = std::env::var("TOPDUMP") {
        let ids: Vec<&str> = r
            .rows
            .iter()
            .map(|row| g.ids[row.node as usize].as_str())
            .collect();
        std::fs::write(path, ids.join("\n")).expect("dump");
    }
    for (i, row) in r.rows.iter().take(40).enumerate() {
        let v = row.node;
        println!(
            "{:3} {:.3} p{:.2} e{:.2} c{:.2} deg{:5} {} {}",
            i + 1,
            row.combined,
            row.propagation,
            row.enrichment,
            row.causal,
            g.out_degree(v) + g.in_degree(v),
            g.ids[v as usize],
            g.labels_en[v as usize]
        );
    }
    let kinds = r
        .rows
        .iter()
        .fold(std::collections::BTreeMap::new(), |mut m, row| {
            *m.entry(g.kinds[row.node as usize].as_str()).or_insert(0) += 1;
            m
        });
    println!("{kinds:?}");
    let mut by_degree: Vec<_> = r
        .rows
        .iter()
        .map(|row| (g.out_degree(row.node) + g.in_degree(row.node), row.node))
        .collect();
    by_degree.sort_by(|a, b| b.cmp(a));
    for (d, v) in by_degree.iter().take(10) {
        println!(
            "hub {d} {} {}",
            g.ids[*v as usize], g.labels_en[*v as usize]
        );
    }
    for id in std::env::args().skip(1) {
        if let Some(v) = g.find(&id) {
            let pos = r.rows.iter().position(|row| row.node == v);
            let ex = score::explain(&g, &s, &r, &params, v);
            println!(
                "{id} {} -> {:?} prop {:?} enr {:?} (k {} n {}) causal {:?}",
                g.labels_en[v as usize],
                pos.map(|p| p + 1),
                ex.propagation,
                ex.enrichment,
                ex.seed_genes_below,
                ex.genes,
                ex.causal
            );
        }
    }
}

#[allow(dead_code)]
fn unused() {}
