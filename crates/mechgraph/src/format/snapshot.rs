//! What decoding gives: a [`Snapshot`], or a [`DecodeError`] a user can be told; and
//! the number each decoding gets.

use super::sections::{Content, CoreEvents, Meta};
use crate::graph::Graph;

/// Why a snapshot could not be read. Each says what a user can be told.
#[derive(Clone, Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("the file is too short to be a snapshot ({0} bytes)")]
    TooShort(usize),
    #[error("the file is not an ALS Explorer snapshot")]
    NotASnapshot,
    #[error("the snapshot has format version {0}; this version reads version 1")]
    UnsupportedVersion(u16),
    #[error("the snapshot is damaged: checksum mismatch in {section}")]
    ChecksumMismatch { section: String },
    #[error("the snapshot is cut short: {0} runs past the end")]
    Truncated(String),
    #[error("the snapshot is damaged: section {section} cannot be decompressed")]
    Decompress { section: String },
    #[error("section {section} is larger than this reader accepts")]
    TooLarge { section: String },
    #[error("section {0} is missing")]
    Missing(String),
    #[error("the snapshot is damaged: section {section}: {detail}")]
    Malformed { section: String, detail: String },
    #[error("the text file belongs to a different graph")]
    WrongGraph,
}

/// A decoded snapshot.
#[derive(Debug)]
pub struct Snapshot {
    /// This decoding's number in the process, from 1: two snapshots decoded apart never
    /// share it, even when one is freed and the other takes its memory (callers key the
    /// work they do for a snapshot by it, not by its address).
    pub generation: u64,
    pub meta: Meta,
    pub graph: Graph,
    /// The precomputed default ranking, in core snapshots.
    pub core_events: Option<CoreEvents>,
    /// The texts written as data (story, treatments, pages), in core snapshots.
    pub content: Option<Content>,
}

static GENERATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The next snapshot's [`Snapshot::generation`].
pub(crate) fn next_generation() -> u64 {
    GENERATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}
