//! Native timings of the scoring kernels on full.bin, and the edge list for the Python
//! comparison (scripts/bench_ppr.py runs this):
//! `cargo run --release -p mechgraph --example bench_ppr -- [OUT_DIR] [RUNS]`

use mechgraph::score::{self, Params};
use std::io::Write;
use std::time::Instant;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect(),
    )
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "target/bench".into());
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(7);
    let bytes = std::fs::read("public/data/full.bin")?;
    let g = mechgraph::decode(&bytes)
        .map_err(std::io::Error::other)?
        .graph;
    let params = Params::default();
    let seeds = score::seeds(&g, &params);

    std::fs::create_dir_all(&out)?;
    let mut edges = std::io::BufWriter::new(std::fs::File::create(format!("{out}/edges.tsv"))?);
    for e in &g.edges {
        let w = score::walk_weight(&params, e);
        if w > 0.0 {
            writeln!(edges, "{}\t{}\t{}", e.source, e.target, w)?;
        }
    }
    edges.flush()?;
    std::fs::write(
        format!("{out}/seeds.txt"),
        seeds
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join("\n"),
    )?;
    std::fs::write(format!("{out}/nodes.txt"), g.node_count().to_string())?;

    let prepared = score::Prepared::new(&g, &params);
    let ppr = prepared.personalized_pagerank(&seeds);
    let mut top: Vec<(f64, usize)> = ppr.iter().copied().zip(0..).collect();
    top.sort_by(|a, b| b.0.total_cmp(&a.0));
    std::fs::write(
        format!("{out}/ppr_rust.txt"),
        ppr.iter()
            .map(|x| format!("{x:e}"))
            .collect::<Vec<_>>()
            .join("\n"),
    )?;
    let t_ppr = time(runs, || prepared.personalized_pagerank(&seeds));
    let t_prepare = time(runs.min(3), || score::Prepared::new(&g, &params));
    let t_scores = time(runs, || prepared.scores(&g, &params));
    let s = prepared.scores(&g, &params);
    let themes = mechgraph::themes::node_themes(&g);
    let t_rank = time(runs, || score::rank(&g, &s, &params, &themes));
    println!("rust_ppr_ms {t_ppr:.2}");
    println!("rust_prepare_ms {t_prepare:.2}");
    println!("rust_rescore_ms {t_scores:.2}");
    println!("rust_rank_ms {t_rank:.2}");
    Ok(())
}
