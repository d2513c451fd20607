//! The `Text` snapshot (definitions and synonyms, `text.bin`): attached to the graph
//! it was made for, or read on its own beside a shared graph.

use super::container::Container;
use super::decode::{read_texts, required, TextParts};
use super::sections::{Meta, SnapshotKind, META};
use super::steps::{Step, TextDecoder};
use super::DecodeError;
use crate::graph::Graph;

/// The definitions and synonyms of a `Text` snapshot on their own, for a graph that is
/// shared and cannot be changed (the browser keeps them beside it). `graph_key` and
/// `node_count` are that graph's.
pub fn read_text(
    bytes: &[u8],
    graph_key: u32,
    node_count: usize,
) -> Result<TextParts, DecodeError> {
    let mut decoder = TextDecoder::new(bytes, graph_key, node_count)?;
    loop {
        if let Step::Done(parts) = decoder.step()? {
            return Ok(parts);
        }
    }
}

/// Adds the definitions and synonyms of a `Text` snapshot to the graph it was made for
/// (`graph_key` is that graph's key from its META).
pub fn attach_text(graph: &mut Graph, graph_key: u32, bytes: &[u8]) -> Result<(), DecodeError> {
    let c = Container::open(bytes)?;
    let meta: Meta = required(&c, &META)?;
    if meta.kind != SnapshotKind::Text
        || meta.graph_key != graph_key
        || meta.node_count as usize != graph.node_count()
    {
        return Err(DecodeError::WrongGraph);
    }
    read_texts(&c, graph)
}
