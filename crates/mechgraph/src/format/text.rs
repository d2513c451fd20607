//! The `Text` snapshot (definitions and synonyms, `text.bin`): attached to the graph
//! it was made for, or read on its own beside a shared graph.

use super::container::Container;
use super::read::{node_indices, required, same_len, section, RawSections};
use super::sections::{DefinitionSection, SynonymSection, DEFINITIONS, SYNONYMS};
use super::sections::{Meta, SnapshotKind, META};
use super::snapshot::DecodeError;
use crate::graph::Graph;
use std::collections::HashMap;

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

/// Definitions and synonyms by node, as a `Text` snapshot holds them.
pub type TextParts = (HashMap<u32, String>, HashMap<u32, Vec<String>>);

/// Definitions and synonyms, when the container holds them, for a graph of `n` nodes.
pub(crate) fn text_parts(c: &dyn RawSections, n: usize) -> Result<TextParts, DecodeError> {
    Ok((definitions_part(c, n)?, synonyms_part(c, n)?))
}

/// The definitions section (`DEFS`) by node, empty when absent.
pub(crate) fn definitions_part(
    c: &dyn RawSections,
    n: usize,
) -> Result<HashMap<u32, String>, DecodeError> {
    let Some(defs) = section::<DefinitionSection>(c, &DEFINITIONS)? else {
        return Ok(HashMap::new());
    };
    same_len(&DEFINITIONS, &[defs.node_delta.len(), defs.text.len()])?;
    let nodes = node_indices(&DEFINITIONS, &defs.node_delta, n)?;
    Ok(nodes.into_iter().zip(defs.text).collect())
}

/// The synonyms section (`SYNS`) by node, empty when absent.
pub(crate) fn synonyms_part(
    c: &dyn RawSections,
    n: usize,
) -> Result<HashMap<u32, Vec<String>>, DecodeError> {
    let Some(syns) = section::<SynonymSection>(c, &SYNONYMS)? else {
        return Ok(HashMap::new());
    };
    same_len(&SYNONYMS, &[syns.node_delta.len(), syns.synonyms.len()])?;
    let nodes = node_indices(&SYNONYMS, &syns.node_delta, n)?;
    Ok(nodes.into_iter().zip(syns.synonyms).collect())
}

pub(crate) fn read_texts(c: &dyn RawSections, graph: &mut Graph) -> Result<(), DecodeError> {
    let (definitions, synonyms) = text_parts(c, graph.node_count())?;
    if !definitions.is_empty() {
        graph.definitions = definitions;
    }
    if !synonyms.is_empty() {
        graph.synonyms = synonyms;
    }
    Ok(())
}
