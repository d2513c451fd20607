//! The explorer: search (`#/explore`) and one page per event (`#/event/ID`). Searching
//! and the event pages work on the best graph loaded so far: `core.bin` at once,
//! `full.bin` when it arrives (its search index is built in steps meanwhile, and the
//! core graph's serves until it is ready).

mod core;
mod core_seeds;
mod core_table;
mod core_why;
mod event;
mod others;
mod own;
mod path;
mod say;
mod scores;
mod search;
pub mod searching;

pub use core::CorePage;
pub use event::EventPage;
pub use path::PathPage;
pub use say::ExploreText;
pub use search::ExplorePage;

use crate::data::stepped::{Job, Stepped};
use leptos::prelude::{expect_context, provide_context, Get, GetUntracked};
use mechgraph::poll::Poll;
use mechgraph::search::{IndexBuilder, SearchIndex};
use mechgraph::Snapshot;
use std::sync::Arc;

/// Nodes indexed per step: about 5 ms natively.
const NODES_PER_STEP: usize = 4000;

/// The search indexes of the core and the full graph, each built once per snapshot (and
/// again with the synonyms of `text.bin` once they are loaded), in steps.
#[derive(Clone, Copy)]
struct Indexes {
    core: Stepped<SearchIndex>,
    full: Stepped<SearchIndex>,
}

/// What the explorer keeps at the app's root: the search indexes and the full graph's
/// scores, so that work begun on one page is not lost on leaving it.
pub fn provide_explorer_state() {
    provide_context(Indexes {
        core: Stepped::default(),
        full: Stepped::default(),
    });
    scores::provide_full_scores();
}

struct IndexJob {
    snapshot: Arc<Snapshot>,
    texts: Option<Arc<mechgraph::format::TextParts>>,
    builder: IndexBuilder,
}

impl Job for IndexJob {
    type Output = SearchIndex;

    fn step(&mut self) -> Poll<SearchIndex> {
        let g = &self.snapshot.graph;
        let synonyms = self.texts.as_ref().map_or(&g.synonyms, |t| &t.1);
        let definitions = self.texts.as_ref().map_or(&g.definitions, |t| &t.0);
        self.builder.step(g, synonyms, definitions, NODES_PER_STEP)
    }
}

/// The best graph that has a search index, that index and its key (tracked): the full
/// graph's once built (with the synonyms once they are loaded, the index without them
/// until then), else the core graph's. The key tells indexes apart (the snapshot's
/// generation, and whether the synonyms are in). Asking starts what is missing.
pub fn best_index() -> Option<(Arc<Snapshot>, Arc<SearchIndex>, u64)> {
    let data = crate::data::use_graph_data();
    let indexes = expect_context::<Indexes>();
    let index = |slot: Stepped<SearchIndex>, snapshot: Arc<Snapshot>| {
        let texts = data.texts_for(&snapshot);
        let generation = snapshot.generation;
        let key = generation * 2 + u64::from(texts.is_some());
        let job = || IndexJob {
            texts: texts.or_else(|| {
                // Until text.bin is here, the full graph's index borrows the core's
                // texts (the ALS genes' aliases: `TDP-43` finds TARDBP).
                let core = data.core.get_untracked().snapshot()?;
                (core.generation != snapshot.generation)
                    .then(|| Arc::new(borrowed_texts(&core.graph, &snapshot.graph)))
            }),
            snapshot: snapshot.clone(),
            builder: IndexBuilder::default(),
        };
        let found = slot
            .get_or_start(key, job)
            .ok()
            .map(|i| (key, i))
            .or_else(|| {
                // The same graph's index without the synonyms, while they are added.
                slot.last().filter(|(k, _)| k / 2 == generation)
            });
        found.map(|(key, i)| (snapshot, i, key))
    };
    let full = data.full.get().snapshot();
    full.and_then(|s| index(indexes.full, s)).or_else(|| {
        data.core
            .get()
            .snapshot()
            .and_then(|s| index(indexes.core, s))
    })
}

/// The definitions and synonyms of `from` (a graph holding them), for the same events
/// in `to`.
fn borrowed_texts(from: &mechgraph::Graph, to: &mechgraph::Graph) -> mechgraph::format::TextParts {
    let at = |v: &u32| to.find(&from.ids[*v as usize]);
    let definitions = from
        .definitions
        .iter()
        .filter_map(|(v, d)| Some((at(v)?, d.clone())))
        .collect();
    let synonyms = from
        .synonyms
        .iter()
        .filter_map(|(v, s)| Some((at(v)?, s.clone())))
        .collect();
    (definitions, synonyms)
}

/// Offers to load the definitions and other names (`text.bin`, 1.5 MB, unpacked in
/// steps): on request only, because it costs mobile data. Shows nothing once they are
/// here.
#[leptos::component]
pub fn TextLoader() -> impl leptos::IntoView {
    use crate::data::TextLoad;
    use leptos::prelude::*;
    let i18n = crate::i18n::use_i18n();
    let data = crate::data::use_graph_data();
    move || {
        let full = data.full.get().snapshot()?;
        if data.texts_for(&full).is_some() {
            return None;
        }
        match data.text.get() {
            TextLoad::Waiting | TextLoad::Ready { .. } => Some(view! {
                <p class="text-loader">
                    <button type="button" class="button" on:click=move |_| data.ask_text()>{i18n.t(ExploreText::TextLoad)}</button>
                    " "<span class="hint">{i18n.t(ExploreText::TextLoadHint)}</span>
                </p>
            }.into_any()),
            TextLoad::Loading => Some(view! { <p class="status" role="status">{i18n.t(ExploreText::TextLoading)}</p> }.into_any()),
            TextLoad::Failed => Some(view! { <p class="status" role="status">{i18n.t(ExploreText::TextFailed)}</p> }.into_any()),
        }
    }
}
