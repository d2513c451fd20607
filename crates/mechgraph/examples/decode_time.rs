//! Native decode time of a snapshot, best of N runs:
//! `cargo run --release -p mechgraph --example decode_time -- public/data/full.bin 5`

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "public/data/full.bin".into());
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let container = mechgraph::format::container::Container::open(&bytes).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    for s in &container.sections {
        let t = Instant::now();
        let raw = container
            .read(&s.tag)
            .ok()
            .flatten()
            .map(|r| r.len())
            .unwrap_or(0);
        println!(
            "section {} {:?}: {} -> {} bytes, decompressed in {:.1} ms",
            String::from_utf8_lossy(&s.tag),
            s.codec,
            s.stored_len,
            raw,
            t.elapsed().as_secs_f64() * 1e3
        );
    }
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        let snapshot = mechgraph::decode(&bytes).unwrap_or_else(|e| {
            eprintln!("{path}: {e}");
            std::process::exit(1)
        });
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(snapshot);
    }
    println!(
        "{path}: {} bytes, full decode best of {runs}: {best:.1} ms",
        bytes.len()
    );
}
