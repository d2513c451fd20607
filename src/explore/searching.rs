//! A search as the explorer runs it: a `mechgraph::search::SearchJob` looked through a
//! slice of the texts at a time, the page answering between slices, so that no
//! keystroke holds a slow phone (a search from scratch reads about 8 MB of text once the
//! synonyms are in). The hits of the last query answered stay until the new ones are
//! there.

use super::best_index;
use crate::data::stepped::{Job, Stepped};
use leptos::prelude::*;
use mechgraph::poll::Poll;
use mechgraph::search::{Hit, SearchIndex, SearchJob};
use mechgraph::Snapshot;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// Bytes of text looked through per step: about half a millisecond natively, a few at
/// CPU ×4 in wasm (steps run in turns of `data::TURN_BUDGET_MS`).
pub const SLICE_BYTES: usize = 256 * 1024;

/// The answer to one query.
pub struct Searched {
    /// The query as typed.
    pub query: String,
    /// The graph the hits' nodes belong to.
    pub snapshot: Arc<Snapshot>,
    pub hits: Vec<Hit>,
    /// Events matched in all.
    pub total: usize,
}

struct Run {
    job: SearchJob,
    index: Arc<SearchIndex>,
    snapshot: Arc<Snapshot>,
    query: String,
}

impl Job for Run {
    type Output = Searched;

    fn step(&mut self) -> Poll<Searched> {
        let (query, snapshot) = (&mut self.query, &self.snapshot);
        self.job
            .step(&self.index, SLICE_BYTES)
            .map(|(hits, total)| Searched {
                query: std::mem::take(query),
                snapshot: snapshot.clone(),
                hits,
                total,
            })
    }
}

/// The best `limit()` hits for `query()` on the best graph with an index (tracked):
/// `None` until an index is there or while the query is blank; while a new query is
/// looked for, the answer to the last one.
pub fn use_search(
    query: impl Fn() -> String + Send + Sync + 'static,
    limit: impl Fn() -> usize + Send + Sync + 'static,
) -> Signal<Option<Arc<Searched>>> {
    let slot = Stepped::<Searched>::default();
    Signal::derive(move || {
        let query = query();
        if query.trim().is_empty() {
            return None;
        }
        let limit = limit();
        let (snapshot, index, index_key) = best_index()?;
        let mut key = std::collections::hash_map::DefaultHasher::new();
        (index_key, &query, limit).hash(&mut key);
        let run = || Run {
            job: SearchJob::new(&index, &query, limit),
            index: index.clone(),
            snapshot: snapshot.clone(),
            query: query.clone(),
        };
        slot.get_or_start(key.finish(), run)
            .ok()
            .or_else(|| slot.last().map(|(_, last)| last))
    })
}
