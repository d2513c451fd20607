//! Time per layout step and steps to settle, natively, on graphs shaped like the graph
//! view's scenes (sparse, a few hubs): 700 nodes (the core events) and 2,000 (the most
//! one picture holds). `cargo run --release -p graphview --example layout_time`
use graphview::layout::ForceLayout;
use std::time::Instant;

/// A deterministic sparse graph: each node links to one earlier node, a tenth of them to
/// a second, and the earlier nodes are favoured (a few hubs, as in the ontology).
fn graph(n: u32) -> Vec<(u32, u32)> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut edges = Vec::new();
    for i in 1..n {
        let pick = |r: u64| ((r % u64::from(i)) as f64 * (r % 1000) as f64 / 1000.0) as u32;
        edges.push((i, pick(next())));
        if next() % 10 == 0 {
            edges.push((i, pick(next())));
        }
    }
    edges
}

fn main() {
    for n in [700u32, 2000] {
        let edges = graph(n);
        let mut layout = ForceLayout::new(n as usize, &edges);
        let mut times = Vec::new();
        let all = Instant::now();
        while !layout.settled() {
            let t = Instant::now();
            layout.step();
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        let total = all.elapsed().as_secs_f64() * 1000.0;
        times.sort_by(f64::total_cmp);
        println!(
            "{n} nodes, {} edges: {} steps, median step {:.2} ms, worst {:.2} ms, all {:.0} ms",
            edges.len(),
            times.len(),
            times[times.len() / 2],
            times[times.len() - 1],
            total
        );
    }
}
