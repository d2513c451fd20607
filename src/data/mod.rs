//! The mechanism graph as the app holds it: `core.bin` loaded at start, `full.bin`
//! loaded in the background after it. Each is a [`Load`] in a signal that views read.
//! The texts written as data (story, treatments, pages) come with `core.bin`
//! ([`content`]).

pub mod content;
mod fetch;
mod load;
pub mod model;
pub mod stepped;
pub use fetch::now_ms;

pub use content::{Content, ContentState};
pub use load::{Load, LoadError, TextLoad};

use leptos::prelude::*;
use mechgraph::format::DecodeError;
use mechgraph::poll::Poll;
use mechgraph::Snapshot;
use std::sync::Arc;

/// Where a snapshot file is, relative to the page.
pub const CORE_URL: &str = "data/core.bin";
pub const FULL_URL: &str = "data/full.bin";
pub const TEXT_URL: &str = "data/text.bin";

/// The graph data of the page, shared through context.
#[derive(Clone, Copy)]
pub struct GraphData {
    pub core: RwSignal<Load>,
    pub full: RwSignal<Load>,
    pub text: RwSignal<TextLoad>,
    /// The texts of the story, the treatments and the pages, from `core.bin`.
    pub content: Memo<ContentState>,
}

impl GraphData {
    /// Starts loading: core first, then full in the background.
    pub fn start() -> GraphData {
        let core = RwSignal::new(Load::Waiting);
        let data = GraphData {
            core,
            full: RwSignal::new(Load::Waiting),
            text: RwSignal::new(TextLoad::Waiting),
            content: Memo::new(move |_| core.with(ContentState::of)),
        };
        leptos::task::spawn_local(async move {
            load_into(CORE_URL, data.core).await;
            load_into(FULL_URL, data.full).await;
        });
        data
    }

    /// The largest snapshot that is ready: full when loaded, else core.
    pub fn best(&self) -> Option<Arc<Snapshot>> {
        [self.full, self.core]
            .into_iter()
            .find_map(|s| s.get().snapshot())
    }
}

impl GraphData {
    /// The definitions and synonyms of `snapshot`, once loaded for it (tracked).
    pub fn texts_for(self, snapshot: &Arc<Snapshot>) -> Option<Arc<mechgraph::format::TextParts>> {
        match self.text.get() {
            TextLoad::Ready { generation, parts } if generation == snapshot.generation => {
                Some(parts)
            }
            _ => None,
        }
    }

    /// Starts loading `text.bin` for the full graph now loaded, unless it is loading or
    /// already here (the reader asks with a button: it is 1.5 MB).
    pub fn ask_text(self) {
        let Some(snapshot) = self.full.get_untracked().snapshot() else {
            return;
        };
        if matches!(self.text.get_untracked(), TextLoad::Loading)
            || self.texts_for_untracked(&snapshot)
        {
            return;
        }
        self.text.set(TextLoad::Loading);
        let (key, n) = (snapshot.meta.graph_key, snapshot.graph.node_count());
        let text = self.text;
        let generation = snapshot.generation;
        leptos::task::spawn_local(async move {
            let bytes = fetch::fetch_bytes(TEXT_URL, |_, _| {}).await.ok();
            // A graph the user opened has no text file of its own: none is used.
            let parts = match bytes {
                Some(b) => texts_in_steps(&b, key, n).await.ok(),
                None => None,
            };
            text.set(parts.map_or(TextLoad::Failed, |p| TextLoad::Ready {
                generation,
                parts: Arc::new(p),
            }));
        });
    }
}

impl GraphData {
    fn texts_for_untracked(self, snapshot: &Arc<Snapshot>) -> bool {
        matches!(self.text.get_untracked(), TextLoad::Ready { generation, .. } if generation == snapshot.generation)
    }
}

pub fn use_graph_data() -> GraphData {
    expect_context::<GraphData>()
}

async fn load_into(url: &str, target: RwSignal<Load>) {
    let progress = move |received, total| target.set(Load::Loading { received, total });
    let bytes = match fetch::fetch_bytes(url, progress).await {
        Ok(bytes) => bytes,
        Err(fetch::FetchError::Network) => return target.set(Load::Failed(LoadError::Network)),
        Err(fetch::FetchError::Status(code)) => {
            return target.set(Load::Failed(LoadError::Status(code)))
        }
    };
    target.set(match decode_in_steps(&bytes).await {
        Ok((snapshot, decode_ms, longest_step_ms)) => Load::Ready {
            snapshot: Arc::new(snapshot),
            decode_ms,
            longest_step_ms,
        },
        Err(e) => Load::Failed(LoadError::Damaged(e)),
    });
}

/// Decodes a snapshot file the user chose and, when it is valid, uses it as the full
/// graph for this visit (nothing is stored). A bad file changes nothing.
pub async fn open_user_snapshot(
    data: GraphData,
    bytes: Vec<u8>,
) -> Result<Arc<Snapshot>, LoadError> {
    let (snapshot, decode_ms, longest_step_ms) =
        decode_in_steps(&bytes).await.map_err(LoadError::Damaged)?;
    let snapshot = Arc::new(snapshot);
    data.text.set(TextLoad::Waiting);
    data.full.set(Load::Ready {
        snapshot: snapshot.clone(),
        decode_ms,
        longest_step_ms,
    });
    Ok(snapshot)
}

/// Decodes step by step, giving the page back between steps so that it keeps answering
/// taps and keys while the full graph is unpacked. Returns the snapshot, the time spent
/// decoding and the longest step, in milliseconds.
async fn decode_in_steps(bytes: &[u8]) -> Result<(Snapshot, f64, f64), DecodeError> {
    let start = fetch::now_ms();
    let mut decoder = mechgraph::format::steps::Decoder::new(bytes)?;
    let opened = fetch::now_ms() - start;
    let (snapshot, spent, longest) = in_steps(|| decoder.step()).await?;
    Ok((*snapshot, opened + spent, longest.max(opened)))
}

/// Work done in one turn of the page's event loop before it is given back: steps are
/// run until this much time has passed (more of them fit in a turn on a fast device).
pub const TURN_BUDGET_MS: f64 = 8.0;

/// Runs `step` until it gives a value, giving the page back every [`TURN_BUDGET_MS`]
/// (the first step runs after the page has had a turn).
pub(crate) async fn in_turns<T>(mut step: impl FnMut() -> Poll<T>) -> T {
    loop {
        gloo_timers::future::TimeoutFuture::new(0).await;
        let turn = fetch::now_ms();
        while fetch::now_ms() - turn < TURN_BUDGET_MS {
            if let Poll::Ready(value) = step() {
                return value;
            }
        }
    }
}

/// Runs a decoder's `step` in turns ([`in_turns`]); the result, the time spent in
/// steps and the longest step, in milliseconds.
async fn in_steps<T>(
    mut step: impl FnMut() -> Result<mechgraph::poll::Poll<T>, DecodeError>,
) -> Result<(T, f64, f64), DecodeError> {
    let (mut spent, mut longest) = (0.0f64, 0.0f64);
    let value = in_turns(|| {
        let start = fetch::now_ms();
        let result = step();
        let took = fetch::now_ms() - start;
        spent += took;
        longest = longest.max(took);
        match result {
            Ok(poll) => poll.map(Ok),
            Err(e) => Poll::Ready(Err(e)),
        }
    })
    .await?;
    Ok((value, spent, longest))
}

/// The definitions and synonyms in `bytes` for the graph with this key and node count,
/// decoded in steps like the graph.
async fn texts_in_steps(
    bytes: &[u8],
    key: u32,
    n: usize,
) -> Result<mechgraph::format::TextParts, DecodeError> {
    let mut decoder = mechgraph::format::steps::TextDecoder::new(bytes, key, n)?;
    Ok(in_steps(|| decoder.step()).await?.0)
}
