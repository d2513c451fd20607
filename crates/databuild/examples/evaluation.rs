//! Prints the evaluation of the core-event ranking (docs/SCORING.md):
//! `cargo run --release -p databuild --example evaluation [path/to/full.bin]`

use databuild::evaluation;
use mechgraph::score::Params;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/full.bin".into());
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let g = match mechgraph::decode(&bytes) {
        Ok(s) => s.graph,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1)
        }
    };
    for public_only in [false, true] {
        let params = Params {
            public_only,
            ..Params::default()
        };
        println!("{}", evaluation::literature(&g, &params));
    }
    print!("{}", evaluation::seed_recovery(&g));
}
