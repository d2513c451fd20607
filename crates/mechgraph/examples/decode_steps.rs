//! How long each step of the step-wise decoder takes natively:
//! `cargo run --release -p mechgraph --example decode_steps -- public/data/full.bin`

use mechgraph::format::steps::{Decoder, Step};
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/full.bin".into());
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let mut decoder = match Decoder::new(&bytes) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1)
        }
    };
    let (mut steps, mut longest, mut total) = (0, 0f64, 0f64);
    loop {
        let t = Instant::now();
        let step = decoder.step();
        let ms = t.elapsed().as_secs_f64() * 1e3;
        steps += 1;
        total += ms;
        longest = longest.max(ms);
        match step {
            Ok(Step::Working { .. }) => {}
            Ok(Step::Done(_)) => {
                println!("last step {ms:.1} ms");
                break;
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1)
            }
        }
    }
    println!("{path}: {steps} steps, {total:.1} ms in all, longest {longest:.1} ms");
}
