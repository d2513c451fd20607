//! How long each step of `score::steps::Scoring` takes on a snapshot, natively: the
//! longest step bounds how long the page pauses while the browser scores in steps.
//! Usage: cargo run --release -p mechgraph --example score_steps -- public/data/full.bin
use mechgraph::poll::Poll;
use mechgraph::score::steps::Scoring;
use mechgraph::score::Params;
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/full.bin".into());
    let bytes = std::fs::read(&path).expect("a snapshot file");
    let graph = mechgraph::decode(&bytes).expect("decodes").graph;
    let params = Params::default();
    let whole = Instant::now();
    mechgraph::score::compute(&graph, &params);
    let whole = whole.elapsed().as_secs_f64() * 1e3;
    let mut scoring = Scoring::new(&graph, &params);
    let mut times: Vec<(usize, f64)> = Vec::new();
    loop {
        let t = Instant::now();
        let step = scoring.step(&graph);
        let ms = t.elapsed().as_secs_f64() * 1e3;
        match step {
            Poll::Pending { done, .. } => times.push((done, ms)),
            Poll::Ready(_) => {
                times.push((times.last().map_or(0, |t| t.0) + 1, ms));
                break;
            }
        }
    }
    let total: f64 = times.iter().map(|t| t.1).sum();
    let longest = times.iter().map(|t| t.1).fold(0.0, f64::max);
    println!("{path}: in one piece {whole:.1} ms; in {} steps {total:.1} ms, longest step {longest:.1} ms", times.len());
    for phase in 0..=mechgraph::score::steps::PHASES {
        let of: Vec<f64> = times.iter().filter(|t| t.0 == phase).map(|t| t.1).collect();
        if !of.is_empty() {
            let max = of.iter().copied().fold(0.0, f64::max);
            println!(
                "  after phase {phase}: {} steps, longest {max:.1} ms",
                of.len()
            );
        }
    }
}
