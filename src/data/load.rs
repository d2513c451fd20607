//! The state of each file the app loads: a snapshot ([`Load`], with why it failed in
//! words a user can act on) and the optional texts ([`TextLoad`]).

use crate::i18n::AppText;
use mechgraph::format::DecodeError;
use mechgraph::Snapshot;
use std::sync::Arc;

/// Definitions and synonyms of the full graph (`text.bin`), loaded when a view asks;
/// when ready, with the graph they belong to.
#[derive(Clone)]
pub enum TextLoad {
    Waiting,
    Loading,
    Ready {
        /// The [`Snapshot::generation`] of the graph they belong to.
        generation: u64,
        parts: Arc<mechgraph::format::TextParts>,
    },
    Failed,
}

/// The state of one snapshot.
#[derive(Clone)]
pub enum Load {
    Waiting,
    Loading {
        received: u64,
        total: Option<u64>,
    },
    Ready {
        snapshot: Arc<Snapshot>,
        /// Time spent decoding, and the longest single step (the longest the page was
        /// kept from answering).
        decode_ms: f64,
        longest_step_ms: f64,
    },
    Failed(LoadError),
}

/// Why a snapshot is not available, in words a user can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    Network,
    Status(u16),
    Damaged(DecodeError),
}

impl LoadError {
    /// The message to show, as a catalogue key.
    pub fn key(&self) -> AppText {
        match self {
            LoadError::Network => AppText::DataErrorNetwork,
            LoadError::Status(_) => AppText::DataErrorMissing,
            LoadError::Damaged(DecodeError::UnsupportedVersion(_)) => AppText::DataErrorVersion,
            LoadError::Damaged(DecodeError::NotASnapshot) => AppText::DataErrorNotSnapshot,
            LoadError::Damaged(_) => AppText::DataErrorDamaged,
        }
    }

    /// Technical detail, shown after the message (in English: it names the file's parts).
    pub fn detail(&self) -> String {
        match self {
            LoadError::Network => String::new(),
            LoadError::Status(code) => format!("HTTP {code}"),
            LoadError::Damaged(e) => e.to_string(),
        }
    }
}

impl Load {
    /// The snapshot, when ready.
    pub fn snapshot(&self) -> Option<Arc<Snapshot>> {
        match self {
            Load::Ready { snapshot, .. } => Some(snapshot.clone()),
            _ => None,
        }
    }
}
