//! Hooks into the graph code as compiled for the browser, called through
//! `window.wasmBindings` by scripts/bench-wasm.mjs (timings) and tests/scoring.test.mjs
//! (the browser ranks exactly as the command line does). No view uses them.

use mechgraph::score::{self, Params};
use wasm_bindgen::prelude::wasm_bindgen;

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Decodes `bytes` (a full snapshot) and times, over `runs` runs: personalized PageRank,
/// a whole re-score with new seeds or relation weights, a re-rank with new score
/// weights, and one causal path query. Returns JSON with the medians in milliseconds.
#[wasm_bindgen]
pub fn bench_rescore(bytes: &[u8], runs: u32) -> String {
    let t = now();
    let Ok(snapshot) = mechgraph::decode(bytes) else {
        return "{\"error\":\"not a snapshot\"}".into();
    };
    let decode = now() - t;
    let g = &snapshot.graph;
    let params = Params::default();
    let t = now();
    let prepared = std::sync::Arc::new(score::Prepared::new(g, &params));
    let prepare = now() - t;
    let seeds = score::seeds(g, &params);
    let themes = mechgraph::themes::node_themes(g);
    let (mut ppr, mut rescore, mut rerank, mut path) = (vec![], vec![], vec![], vec![]);
    let mut enrichment = vec![];
    let (from, to) = (
        g.find("GENE:C9orf72"),
        g.find("ALSM:motor_neuron_degeneration"),
    );
    for _ in 0..runs.max(1) {
        let t = now();
        std::hint::black_box(prepared.personalized_pagerank(&seeds));
        ppr.push(now() - t);
        let t = now();
        let s = prepared.scores(g, &params);
        rescore.push(now() - t);
        let t = now();
        std::hint::black_box(score::rank(g, &s, &params, &themes));
        rerank.push(now() - t);
        // The re-score's last step on its own: the enrichment and the scores' assembly,
        // after the three walks.
        if let Some(mut steps) = score::steps::Scoring::with_prepared(prepared.clone(), g, &params)
        {
            loop {
                let t = now();
                if let mechgraph::poll::Poll::Ready(s) = steps.step(g) {
                    enrichment.push(now() - t);
                    std::hint::black_box(s);
                    break;
                }
            }
        }
        if let (Some(a), Some(b)) = (from, to) {
            let t = now();
            std::hint::black_box(mechgraph::paths::best_paths(g, &params, a, b, 3, None));
            path.push(now() - t);
        }
    }
    format!(
        "{{\"decode_ms\":{decode:.1},\"prepare_ms\":{prepare:.1},\"ppr_ms\":{:.1},\"rescore_ms\":{:.1},\"of_which_enrichment_ms\":{:.1},\"rerank_ms\":{:.1},\"path_ms\":{:.1}}}",
        median(ppr),
        median(rescore),
        median(enrichment),
        median(rerank),
        median(path)
    )
}

/// The default core events computed here, in wasm, from a full snapshot: one id a line.
/// The browser test compares them with the list stored in core.bin (which the native
/// tests compare with the command line), so all three agree.
#[wasm_bindgen]
pub fn default_core_ids(full: &[u8]) -> String {
    match mechgraph::decode(full) {
        Ok(s) => {
            let g = &s.graph;
            let (_, ranking) = score::core_events(g, &Params::default());
            ranking
                .rows
                .iter()
                .map(|r| g.ids[r.node as usize].as_str())
                .collect::<Vec<_>>()
                .join("\n")
        }
        Err(e) => format!("error: {e}"),
    }
}

/// The default core events stored in a core snapshot: one id a line.
#[wasm_bindgen]
pub fn stored_core_ids(core: &[u8]) -> String {
    match mechgraph::decode(core) {
        Ok(s) => s.core_events.map(|c| c.ids.join("\n")).unwrap_or_default(),
        Err(e) => format!("error: {e}"),
    }
}

/// Times the search on a full snapshot as a user types seven queries one key at a
/// time (each keystroke best of 3): index build, per-keystroke median and worst (the
/// whole search), and the longest slice the explorer runs at once (`SLICE_BYTES`), in
/// milliseconds, as JSON. The same queries as `mechgraph/examples/search_time.rs`.
/// `text` (may be empty): text.bin's bytes, to index the synonyms (gene aliases) and gene
/// names too, as the explorer does once they are loaded.
#[wasm_bindgen]
pub fn bench_search(bytes: &[u8], text: &[u8]) -> String {
    let Ok(snapshot) = mechgraph::decode(bytes) else {
        return "{\"error\":\"not a snapshot\"}".into();
    };
    let g = &snapshot.graph;
    let texts = mechgraph::format::read_meta(bytes)
        .ok()
        .and_then(|m| mechgraph::format::read_text(text, m.graph_key, g.node_count()).ok())
        .unwrap_or_default();
    let t = now();
    let index = mechgraph::search::SearchIndex::with_texts(g, &texts.1, &texts.0);
    let build = now() - t;
    let mut times = Vec::new();
    let mut worst = (String::new(), 0.0);
    let mut longest_step = 0.0f64;
    for query in mechgraph::search::BENCH_QUERIES {
        let mut before = String::from("zqxjzqxj");
        for typed in mechgraph::search::as_typed(query) {
            let (best, step) = (0..3)
                .map(|_| {
                    // As when typing: the index has just answered the previous key (and
                    // not this one: what it keeps from a query must not help the next run).
                    std::hint::black_box(index.search_counted(g, "zqxjzqxj", 20));
                    std::hint::black_box(index.search_counted(g, &before, 20));
                    // In slices, as the explorer looks: the whole, and the longest slice.
                    let mut job = mechgraph::search::SearchJob::new(&index, &typed, 20);
                    let (start, mut longest) = (now(), 0.0f64);
                    loop {
                        let t = now();
                        let done = job.step(&index, crate::explore::searching::SLICE_BYTES);
                        longest = longest.max(now() - t);
                        if let mechgraph::poll::Poll::Ready(found) = done {
                            std::hint::black_box(found);
                            break (now() - start, longest);
                        }
                    }
                })
                .fold((f64::MAX, f64::MAX), |a, b| (a.0.min(b.0), a.1.min(b.1)));
            longest_step = longest_step.max(step);
            if best > worst.1 {
                worst = (typed.clone(), best);
            }
            times.push(best);
            before = typed;
        }
    }
    format!(
        "{{\"texts\":{},\"index_ms\":{build:.1},\"keystrokes\":{},\"median_ms\":{:.2},\"worst_ms\":{:.2},\"worst_at\":{:?},\"longest_slice_ms\":{longest_step:.2}}}",
        index.len(),
        times.len(),
        median(times),
        worst.1,
        worst.0
    )
}

/// Times what the core-event panel does on a full snapshot: the first scoring (once
/// per snapshot) and a re-rank with new weights (every change), medians in ms, as JSON.
#[wasm_bindgen]
pub fn bench_panel(bytes: &[u8], runs: u32) -> String {
    let Ok(snapshot) = mechgraph::decode(bytes) else {
        return "{\"error\":\"not a snapshot\"}".into();
    };
    let g = &snapshot.graph;
    let params = Params::default();
    let t = now();
    let scores = score::Prepared::new(g, &params).scores(g, &params);
    let themes = mechgraph::themes::node_themes(g);
    let first = now() - t;
    let mut rerank = Vec::new();
    for i in 0..runs.max(1) {
        let mut p = params.clone();
        p.weights.causal = 0.2 * f64::from(i % 10);
        let t = now();
        std::hint::black_box(score::rank(g, &scores, &p, &themes));
        rerank.push(now() - t);
    }
    format!(
        "{{\"first_scoring_ms\":{first:.1},\"rerank_ms\":{:.1}}}",
        median(rerank)
    )
}

/// The graph view's core-event scene from a core snapshot, for the cytoscape.js
/// comparison in scripts/bench-graph.mjs (the same events and links, drawn by another
/// library): `{"nodes":[{"id","label","kind"}],"edges":[[a,b,"class"]]}`.
#[wasm_bindgen]
pub fn core_scene_json(core: &[u8]) -> String {
    use crate::graph::scene::{build, Focus};
    let Ok(s) = mechgraph::decode(core) else {
        return "{\"error\":\"not a snapshot\"}".into();
    };
    let ids = s
        .core_events
        .as_ref()
        .map(|c| c.ids.clone())
        .unwrap_or_default();
    let g = &s.graph;
    let scene = build(g, &Focus::Core, &ids, &[], Vec::new);
    let nodes: Vec<serde_json::Value> = scene
        .nodes
        .iter()
        .map(|&v| {
            serde_json::json!({
                "id": g.ids[v as usize],
                "label": g.labels_en[v as usize],
                "kind": g.kinds[v as usize].as_str(),
            })
        })
        .collect();
    let edges: Vec<serde_json::Value> = scene
        .edges
        .iter()
        .map(|&(a, b, c)| serde_json::json!([a, b, format!("{c:?}")]))
        .collect();
    serde_json::json!({ "nodes": nodes, "edges": edges }).to_string()
}
