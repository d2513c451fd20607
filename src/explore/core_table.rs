//! The ranked table of core events, with each row's reasons in words.

use super::scores::{use_full_scores, FullScores};
use super::{kind_name, Ex};
use crate::i18n::{use_i18n, Lang};
use crate::route::Route;
use leptos::prelude::*;
use mechgraph::score::{self, Params};
use mechgraph::NodeKind;

/// "Why here": the percentiles at once; the genes and nearest seeds when opened.
#[component]
fn Why(id: String, why: Signal<String>, params: Signal<Params>) -> impl IntoView {
    let i18n = use_i18n();
    let scores = use_full_scores();
    let open = RwSignal::new(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        let is_open = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlDetailsElement>(t).ok())
            .is_some_and(|d| d.open());
        open.set(is_open);
    };
    let more = move || {
        open.get()
            .then(|| params.with(|p| explanation(i18n, scores, &id, p)))
    };
    view! {
        <details class="why" on:toggle=on_toggle>
            <summary>{i18n.t(Ex::CoreWhyLabel)}</summary>
            <p>{why}</p>
            <p class="explain">{more}</p>
        </details>
    }
}

/// One ranked event: id, English and Chinese names, kind, and the scores
/// `[combined, propagation, enrichment, causal]`.
#[derive(Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub en: String,
    pub zh: Option<String>,
    pub kind: NodeKind,
    pub scores: [f64; 4],
}

/// The seed genes below an event and the nearest seeds, worked out on request (it
/// needs the full graph's scores: worked out first if need be) with
/// `mechgraph::score::explain`.
fn explanation(i18n: crate::i18n::I18n, scores: FullScores, id: &str, params: &Params) -> String {
    let data = crate::data::use_graph_data();
    let Some(snapshot) = data.full.get().snapshot() else {
        return i18n.get(Ex::CoreWaitFull).to_string();
    };
    let g = &snapshot.graph;
    let Some(v) = g.find(id) else {
        return String::new();
    };
    let Ok(scored) = scores.of(&snapshot, &params.seeds, params.public_only) else {
        return i18n.get(Ex::CoreScoring).to_string();
    };
    let ranking = score::rank(g, &scored.0, params, &scored.1);
    let e = score::explain(g, &scored.0, &ranking, params, v);
    let names = |nodes: &[u32]| {
        nodes
            .iter()
            .map(|&n| g.labels_en[n as usize].clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let nearest = e
        .nearest_seeds
        .iter()
        .map(|l| {
            format!(
                "{} ({})",
                g.labels_en[l.seed as usize],
                l.path.len().saturating_sub(1)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    i18n.get(Ex::CoreExplain)
        .replace("{k}", &e.seed_genes_below.to_string())
        .replace("{genes}", &e.genes.to_string())
        .replace("{q}", &format!("{:.2e}", e.q_value))
        .replace("{names}", &names(&e.seed_genes))
        .replace("{nearest}", &nearest)
}

/// The table. Rows are kept by event id: a re-rank moves the rows it keeps and changes
/// their numbers, and draws only the events that come in (drawing every row anew held
/// a slow phone for most of a re-rank).
#[component]
pub fn CoreTable(rows: Signal<Vec<Row>>, params: Signal<Params>) -> impl IntoView {
    let i18n = use_i18n();
    let ids = move || rows.with(|rs| rs.iter().map(|r| r.id.clone()).collect::<Vec<_>>());
    let caption = move || {
        let n = rows.with(Vec::len);
        i18n.get(Ex::CoreCaption).replace("{n}", &n.to_string())
    };
    view! {
        <div class="table-scroll">
            <table class="core-table">
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t(Ex::CoreRank)}</th>
                    <th scope="col">{i18n.t(Ex::CoreEvent)}</th>
                    <th scope="col">{i18n.t(Ex::EventKind)}</th>
                    <th scope="col">{i18n.t(Ex::CoreCombined)}</th>
                    <th scope="col">{i18n.t(Ex::CorePropagation)}</th>
                    <th scope="col">{i18n.t(Ex::CoreEnrichment)}</th>
                    <th scope="col">{i18n.t(Ex::CoreCausal)}</th>
                </tr></thead>
                <tbody>
                    <For each=ids key=|id| id.clone() let:id>
                        <CoreRow id rows params/>
                    </For>
                </tbody>
            </table>
        </div>
    }
}

/// One event's row: its rank and scores follow the rows as they change.
#[component]
fn CoreRow(id: String, rows: Signal<Vec<Row>>, params: Signal<Params>) -> impl IntoView {
    let i18n = use_i18n();
    let lookup = id.clone();
    let at = Memo::new(move |_| {
        rows.with(|rs| {
            let i = rs.iter().position(|r| r.id == lookup)?;
            Some((i + 1, rs[i].scores))
        })
    });
    let Some(row) = rows.with_untracked(|rs| rs.iter().find(|r| r.id == id).cloned()) else {
        return ().into_any();
    };
    let kind = row.kind;
    let name_lang = Memo::new(move |_| {
        let zh = i18n.lang.get() == Lang::Zh;
        match (zh, &row.zh) {
            (true, Some(z)) if kind != NodeKind::Gene => (z.clone(), "zh-Hans"),
            _ => (row.en.clone(), "en"),
        }
    });
    let score = move |k: usize| at.with(|a| a.map_or(0.0, |(_, s)| s[k]));
    let pct = move |k: usize| format!("{:.1}", score(k) * 100.0);
    let why = Signal::derive(move || {
        i18n.get(Ex::CoreWhy)
            .replace("{p}", &pct(1))
            .replace("{e}", &pct(2))
            .replace("{k}", &pct(3))
    });
    view! {
        <tr>
            <td>{move || at.with(|a| a.map_or(0, |(rank, _)| rank))}</td>
            <th scope="row">
                <a href=Route::Event(id.clone()).href() lang=move || name_lang.get().1>{move || name_lang.get().0}</a>
                <Why id=id.clone() why params/>
            </th>
            <td>{i18n.t(kind_name(kind))}</td>
            <td>{move || format!("{:.3}", score(0))}</td>
            <td>{move || pct(1)}</td>
            <td>{move || pct(2)}</td>
            <td>{move || pct(3)}</td>
        </tr>
    }
    .into_any()
}
