//! Re-encodes every section of a snapshot with one codec, for comparing codecs:
//! `cargo run --release -p mechgraph --example recode -- IN OUT deflate|lzma|stored`
//! (scripts/codec-compare.mjs measures the results in the browser).

use mechgraph::format::container::{self, Codec, Container, SectionOut};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output, codec] = args.as_slice() else {
        eprintln!("usage: recode IN OUT deflate|lzma|stored");
        std::process::exit(2);
    };
    let codec = match codec.as_str() {
        "deflate" => Codec::Deflate,
        "lzma" => Codec::Lzma,
        _ => Codec::Stored,
    };
    let bytes = std::fs::read(input).unwrap_or_else(|e| {
        eprintln!("{input}: {e}");
        std::process::exit(1)
    });
    let c = Container::open(&bytes).unwrap_or_else(|e| {
        eprintln!("{input}: {e}");
        std::process::exit(1)
    });
    let sections: Vec<SectionOut> = c
        .sections
        .iter()
        .map(|s| SectionOut {
            tag: s.tag,
            codec: if &s.tag == b"META" {
                Codec::Stored
            } else {
                codec
            },
            raw: c.read(&s.tag).ok().flatten().unwrap_or_default(),
        })
        .collect();
    let out = container::write(&sections);
    if let Err(e) = std::fs::write(output, &out) {
        eprintln!("{output}: {e}");
        std::process::exit(1);
    }
    println!("{output}: {} bytes", out.len());
}
