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
fn Why(id: String, why: String, params: StoredValue<Params>) -> impl IntoView {
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
            .then(|| params.with_value(|p| explanation(i18n, scores, &id, p)))
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
    let Ok(scored) = scores.of(&snapshot, &params.seeds) else {
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

#[component]
pub fn CoreTable(rows: Vec<Row>, params: Params) -> impl IntoView {
    let i18n = use_i18n();
    let params = StoredValue::new(params);
    let count = rows.len();
    let body = move || {
        let zh = i18n.lang.get() == Lang::Zh;
        rows.iter()
            .enumerate()
            .map(
                |(
                    i,
                    Row {
                        id,
                        en,
                        zh: zh_name,
                        kind,
                        scores: s,
                    },
                )| {
                    let (name, lang) = match (zh, zh_name) {
                        (true, Some(z)) if *kind != NodeKind::Gene => (z.clone(), "zh-Hans"),
                        _ => (en.clone(), "en"),
                    };
                    let pct = |x: f64| format!("{:.1}", x * 100.0);
                    let why = i18n
                        .get(Ex::CoreWhy)
                        .replace("{p}", &pct(s[1]))
                        .replace("{e}", &pct(s[2]))
                        .replace("{k}", &pct(s[3]));
                    view! {
                        <tr>
                            <td>{i + 1}</td>
                            <th scope="row">
                                <a href=Route::Event(id.clone()).href() lang=lang>{name}</a>
                                <Why id=id.clone() why params/>
                            </th>
                            <td>{i18n.t(kind_name(*kind))}</td>
                            <td>{format!("{:.3}", s[0])}</td>
                            <td>{pct(s[1])}</td>
                            <td>{pct(s[2])}</td>
                            <td>{pct(s[3])}</td>
                        </tr>
                    }
                },
            )
            .collect_view()
    };
    view! {
        <div class="table-scroll">
            <table class="core-table">
                <caption>{move || i18n.get(Ex::CoreCaption).replace("{n}", &count.to_string())}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t(Ex::CoreRank)}</th>
                    <th scope="col">{i18n.t(Ex::CoreEvent)}</th>
                    <th scope="col">{i18n.t(Ex::EventKind)}</th>
                    <th scope="col">{i18n.t(Ex::CoreCombined)}</th>
                    <th scope="col">{i18n.t(Ex::CorePropagation)}</th>
                    <th scope="col">{i18n.t(Ex::CoreEnrichment)}</th>
                    <th scope="col">{i18n.t(Ex::CoreCausal)}</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
