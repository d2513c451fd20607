//! Decoding in steps, so that a caller on a user interface thread can give control back
//! between them: each step inflates at most [`CHUNK`] bytes of one section, or parses
//! what has been inflated. The result is the same as [`super::decode`].

use super::container::{tag_name, Codec, Container, LZMA_MEM_LIMIT_KB};
use super::decode::{decode_edge_part, decode_nodes, finish, NodePart};
use super::{DecodeError, Snapshot};
use crate::graph::Edge;
use std::collections::{HashMap, VecDeque};
use std::io::Read;

/// Uncompressed bytes produced by one step at most.
pub const CHUNK: usize = 256 << 10;

/// What a step did.
#[derive(Debug)]
pub enum Step {
    /// More to do: `done` of `total` uncompressed bytes are ready.
    Working {
        done: usize,
        total: usize,
    },
    Done(Box<Snapshot>),
}

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

pub struct Decoder<'a> {
    container: Container<'a>,
    parsed: Option<Parsed>,
    pending: VecDeque<usize>,
    current: Option<Inflating<'a>>,
    raws: HashMap<[u8; 4], Vec<u8>>,
    done: usize,
    total: usize,
}

impl<'a> Decoder<'a> {
    /// Checks the file's magic, version, whole-file checksum and section table.
    pub fn new(bytes: &'a [u8]) -> Result<Decoder<'a>, DecodeError> {
        let container = Container::open(bytes)?;
        let total = container.sections.iter().map(|s| s.raw_len).sum();
        Ok(Decoder {
            pending: (0..container.sections.len()).collect(),
            container,
            parsed: Some(Parsed::Nothing),
            current: None,
            raws: HashMap::new(),
            done: 0,
            total,
        })
    }

    pub fn step(&mut self) -> Result<Step, DecodeError> {
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
            return Ok(self.working());
        }
        let Some(i) = self.pending.pop_front() else {
            return self.parse();
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
        Ok(self.working())
    }

    /// Decoding what has been inflated, in three steps: nodes, edges, graph.
    fn parse(&mut self) -> Result<Step, DecodeError> {
        let next = match self.parsed.take() {
            None => return Err(DecodeError::Missing("(decoding already finished)".into())),
            Some(Parsed::Nothing) => Parsed::Nodes(decode_nodes(&self.raws)?),
            Some(Parsed::Nodes(nodes)) => {
                let edges = decode_edge_part(&self.raws, &nodes)?;
                Parsed::Edges(nodes, edges)
            }
            Some(Parsed::Edges(nodes, edges)) => {
                return Ok(Step::Done(Box::new(finish(&self.raws, nodes, edges)?)));
            }
        };
        self.parsed = Some(next);
        Ok(self.working())
    }

    fn working(&self) -> Step {
        Step::Working {
            done: self.done,
            total: self.total,
        }
    }
}
