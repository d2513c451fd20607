//! How long each step of the step-wise decoders takes natively:
//! `cargo run --release -p mechgraph --example decode_steps -- public/data/full.bin`, or
//! for the texts `-- public/data/text.bin [public/data/full.bin]` (the graph they are for).

use mechgraph::format::steps::{Decoder, TextDecoder};
use mechgraph::format::{read_meta, DecodeError, SnapshotKind};
use mechgraph::poll::Poll;
use std::time::Instant;

fn fail(path: &str, e: impl std::fmt::Display) -> ! {
    eprintln!("{path}: {e}");
    std::process::exit(1)
}

/// Runs `step` until done; the number of steps, the time in all and the longest step.
fn run<T>(mut step: impl FnMut() -> Result<Poll<T>, DecodeError>, path: &str) -> (usize, f64, f64) {
    let (mut steps, mut longest, mut total) = (0, 0f64, 0f64);
    loop {
        let t = Instant::now();
        let result = step();
        let ms = t.elapsed().as_secs_f64() * 1e3;
        steps += 1;
        total += ms;
        longest = longest.max(ms);
        match result {
            Ok(Poll::Pending { .. }) => {}
            Ok(Poll::Ready(_)) => {
                println!("last step {ms:.1} ms");
                return (steps, total, longest);
            }
            Err(e) => fail(path, e),
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "public/data/full.bin".into());
    let bytes = std::fs::read(&path).unwrap_or_else(|e| fail(&path, e));
    let meta = read_meta(&bytes).unwrap_or_else(|e| fail(&path, e));
    let (steps, total, longest) = if meta.kind == SnapshotKind::Text {
        let graph_path = args.next().unwrap_or_else(|| "public/data/full.bin".into());
        let graph = std::fs::read(&graph_path).unwrap_or_else(|e| fail(&graph_path, e));
        let g = read_meta(&graph).unwrap_or_else(|e| fail(&graph_path, e));
        let mut d = TextDecoder::new(&bytes, g.graph_key, g.node_count as usize)
            .unwrap_or_else(|e| fail(&path, e));
        run(|| d.step(), &path)
    } else {
        let mut d = Decoder::new(&bytes).unwrap_or_else(|e| fail(&path, e));
        run(|| d.step(), &path)
    };
    println!("{path}: {steps} steps, {total:.1} ms in all, longest {longest:.1} ms");
}
