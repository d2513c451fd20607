//! The ALS mechanism graph, without any web dependency: the node and relation
//! vocabulary ([`model`]), the in-memory graph ([`Graph`]), building one from parts
//! ([`GraphBuilder`]), the snapshot format ([`format`]), subgraphs and the plain TSV
//! interchange format ([`tsv`]). The same code runs natively (build tools, CLI, tests)
//! and in the browser (wasm).

pub mod als;
pub mod builder;
pub mod format;
pub mod graph;
pub mod model;
pub mod paths;
pub mod poll;
pub mod score;
pub mod search;
pub mod stats;
pub mod subgraph;
pub mod themes;
pub mod tsv;

pub use builder::{BuildError, EdgeDraft, GraphBuilder};
pub use format::{decode, encode, DecodeError, Snapshot};
pub use graph::{Edge, Graph};
pub use model::{NodeKind, Origin, Relation, Sign};
