//! Finding events by name: English and Chinese labels, synonyms (where loaded: a gene's
//! aliases such as `TDP-43` for TARDBP among them), a gene's full (protein) name (its
//! definition, where loaded) and ids
//! (`GO:0006979`, `HP:0001250`, `OMIM:105400`, `ORPHA:803`, gene symbols). Matching
//! ignores case, spaces and punctuation (`tdp43` finds "TDP-43"), and is ranked: the
//! whole text, then its start, then the start of a word, then anywhere in it, then
//! (for Latin queries of four letters or more) a word within one or two typos. Ties go
//! to curated mechanisms first, then to better-connected events, then to shorter names.

mod index;
mod job;
mod matching;
pub use index::{Class, Field, Hit, IndexBuilder, SearchIndex};
pub use job::SearchJob;
pub use matching::{holds, prefix_distance};

/// Seven queries a user might type, for the benchmarks (native and wasm alike).
pub const BENCH_QUERIES: [&str; 7] = [
    "TDP-43",
    "oxidative stress",
    "氧化应激",
    "C9orf72",
    "GO:0006979",
    "fasiculation",
    "motor neuron degeneration",
];

/// What the search box holds after each key: `"T"`, `"TD"`, `"TDP"` …
pub fn as_typed(query: &str) -> Vec<String> {
    let chars: Vec<char> = query.chars().collect();
    (1..=chars.len())
        .map(|n| chars[..n].iter().collect())
        .collect()
}
