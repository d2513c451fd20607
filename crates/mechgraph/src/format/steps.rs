//! Decoding in steps, so that a caller on a user interface thread can give control back
//! between them: each step inflates at most [`CHUNK`] bytes of one section, or parses
//! what has been inflated. [`Decoder`] gives the same snapshot as [`super::decode`];
//! [`TextDecoder`] the same texts as [`super::read_text`] (which runs its steps).

use super::container::{tag_name, Codec, Container, LZMA_MEM_LIMIT_KB};
use super::decode::{decode_edge_part, decode_nodes, finish, NodePart};
use super::read::required;
use super::sections::{Meta, SnapshotKind, META};
use super::snapshot::{DecodeError, Snapshot};
use super::text::{definitions_part, synonyms_part, TextParts};
use crate::graph::Edge;
use crate::poll::Poll;
use std::collections::{HashMap, VecDeque};
use std::io::Read;

/// Uncompressed bytes produced by one step at most.
pub const CHUNK: usize = 256 << 10;

struct Inflating<'a> {
    tag: [u8; 4],
    reader: lzma_rust2::LzmaReader<&'a [u8]>,
    out: Vec<u8>,
    raw_len: usize,
}

/// After inflating: the parts decoded so far.
enum Parsed {
    Nothing,
    Nodes(NodePart),
    Edges(NodePart, Vec<Edge>),
}

/// The sections of a container, inflated a chunk at a time.
struct Inflater<'a> {
    container: Container<'a>,
    pending: VecDeque<usize>,
    current: Option<Inflating<'a>>,
    raws: HashMap<[u8; 4], Vec<u8>>,
    done: usize,
    total: usize,
}

impl<'a> Inflater<'a> {
    /// Checks the file's magic, version, whole-file checksum and section table.
    fn new(bytes: &'a [u8]) -> Result<Inflater<'a>, DecodeError> {
        let container = Container::open(bytes)?;
        let total = container.sections.iter().map(|s| s.raw_len).sum();
        Ok(Inflater {
            pending: (0..container.sections.len()).collect(),
            container,
            current: None,
            raws: HashMap::new(),
            done: 0,
            total,
        })
    }

    /// One chunk, or the start of the next section; `false` once every section is
    /// inflated (nothing was done).
    fn step(&mut self) -> Result<bool, DecodeError> {
        if let Some(mut inflating) = self.current.take() {
            let want = (inflating.raw_len + 1 - inflating.out.len()).min(CHUNK);
            let before = inflating.out.len();
            let read = (&mut inflating.reader)
                .take(want as u64)
                .read_to_end(&mut inflating.out)
                .map_err(|_| DecodeError::Decompress {
                    section: tag_name(&inflating.tag),
                })?;
            self.done += inflating.out.len() - before;
            // Finished at the end of the stream, or when it holds more than the table says
            // (one byte beyond the stated length is asked for, to notice that).
            if read == 0 || inflating.out.len() > inflating.raw_len {
                if inflating.out.len() != inflating.raw_len {
                    return Err(DecodeError::Malformed {
                        section: tag_name(&inflating.tag),
                        detail: format!(
                            "{} bytes where the table says {}",
                            inflating.out.len(),
                            inflating.raw_len
                        ),
                    });
                }
                self.raws.insert(inflating.tag, inflating.out);
            } else {
                self.current = Some(inflating);
            }
            return Ok(true);
        }
        let Some(i) = self.pending.pop_front() else {
            return Ok(false);
        };
        let entry = self.container.sections[i];
        if entry.codec == Codec::Lzma {
            let stored = self.container.stored(&entry)?;
            let reader = lzma_rust2::LzmaReader::new_mem_limit(stored, LZMA_MEM_LIMIT_KB, None)
                .map_err(|_| DecodeError::Decompress {
                    section: tag_name(&entry.tag),
                })?;
            self.current = Some(Inflating {
                tag: entry.tag,
                reader,
                out: Vec::with_capacity(entry.raw_len),
                raw_len: entry.raw_len,
            });
        } else if let Some(raw) = self.container.read(&entry.tag)? {
            self.done += raw.len();
            self.raws.insert(entry.tag, raw);
        }
        Ok(true)
    }

    fn working<T>(&self) -> Poll<T> {
        Poll::Pending {
            done: self.done,
            total: self.total,
        }
    }
}

/// A graph snapshot (`core.bin`, `full.bin`), decoded in steps.
pub struct Decoder<'a> {
    inflater: Inflater<'a>,
    parsed: Option<Parsed>,
}

impl<'a> Decoder<'a> {
    /// Checks the file's magic, version, whole-file checksum and section table.
    pub fn new(bytes: &'a [u8]) -> Result<Decoder<'a>, DecodeError> {
        Ok(Decoder {
            inflater: Inflater::new(bytes)?,
            parsed: Some(Parsed::Nothing),
        })
    }

    pub fn step(&mut self) -> Result<Poll<Box<Snapshot>>, DecodeError> {
        if self.inflater.step()? {
            return Ok(self.inflater.working());
        }
        self.parse()
    }

    /// Decoding what has been inflated, in three steps: nodes, edges, graph.
    fn parse(&mut self) -> Result<Poll<Box<Snapshot>>, DecodeError> {
        let raws = &self.inflater.raws;
        let next = match self.parsed.take() {
            None => return Err(DecodeError::Missing("(decoding already finished)".into())),
            Some(Parsed::Nothing) => Parsed::Nodes(decode_nodes(raws)?),
            Some(Parsed::Nodes(nodes)) => {
                let edges = decode_edge_part(raws, &nodes)?;
                Parsed::Edges(nodes, edges)
            }
            Some(Parsed::Edges(nodes, edges)) => {
                return Ok(Poll::Ready(Box::new(finish(raws, nodes, edges)?)));
            }
        };
        self.parsed = Some(next);
        Ok(self.inflater.working())
    }
}

/// The definitions and synonyms of a `Text` snapshot (`text.bin`), decoded in steps, for
/// the graph whose META `graph_key` and node count are given.
pub struct TextDecoder<'a> {
    inflater: Inflater<'a>,
    node_count: usize,
    definitions: Option<HashMap<u32, String>>,
}

impl<'a> TextDecoder<'a> {
    /// Checks the container as [`Decoder::new`] does, and at once that its META names
    /// this graph (before any text is inflated).
    pub fn new(
        bytes: &'a [u8],
        graph_key: u32,
        node_count: usize,
    ) -> Result<TextDecoder<'a>, DecodeError> {
        let inflater = Inflater::new(bytes)?;
        let meta: Meta = required(&inflater.container, &META)?;
        if meta.kind != SnapshotKind::Text
            || meta.graph_key != graph_key
            || meta.node_count as usize != node_count
        {
            return Err(DecodeError::WrongGraph);
        }
        Ok(TextDecoder {
            inflater,
            node_count,
            definitions: None,
        })
    }

    /// A chunk inflated, or (last) the definitions read, then the synonyms.
    pub fn step(&mut self) -> Result<Poll<TextParts>, DecodeError> {
        if self.inflater.step()? {
            return Ok(self.inflater.working());
        }
        let (raws, n) = (&self.inflater.raws, self.node_count);
        match self.definitions.take() {
            None => {
                self.definitions = Some(definitions_part(raws, n)?);
                Ok(self.inflater.working())
            }
            Some(definitions) => Ok(Poll::Ready((definitions, synonyms_part(raws, n)?))),
        }
    }
}

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
        if let Poll::Ready(parts) = decoder.step()? {
            return Ok(parts);
        }
    }
}
