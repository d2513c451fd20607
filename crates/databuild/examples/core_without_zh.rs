//! Lists the nodes of core.bin that have no Chinese label (id, kind, English label), so
//! that translators know what is left: `cargo run -p databuild --example core_without_zh`.

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/data/core.bin".into());
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let snapshot = match mechgraph::decode(&bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let g = &snapshot.graph;
    println!("id\tkind\tlabel_en");
    for i in 0..g.node_count() {
        if g.labels_zh[i].is_none() {
            println!("{}\t{}\t{}", g.ids[i], g.kinds[i], g.labels_en[i]);
        }
    }
}
