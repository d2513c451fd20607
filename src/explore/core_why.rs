//! "Why here" under each core event: a line at once, and when opened (with the full
//! graph's scores, worked out first if need be: `mechgraph::score::explain`) the rank,
//! the three measures in their own terms, the ALS seed genes below the event and the
//! nearest seeds, genes, phenotypes and diseases each under their own heading.

use super::core_table::measure_items;
use super::scores::{use_full_scores, FullScores};
use super::ExploreText;
use crate::i18n::{use_i18n, Fill, I18n};
use leptos::prelude::*;
use mechgraph::score::{self, Params, Terms};
use mechgraph::NodeKind;

#[component]
pub fn Why(id: String, why: Signal<String>, params: Signal<Params>) -> impl IntoView {
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
            <summary>{i18n.t(ExploreText::CoreWhyLabel)}</summary>
            <p>{why}</p>
            <div class="explain">{more}</div>
        </details>
    }
}

/// A heading and the events as links (with their distance when given), or "none".
fn named_list(i18n: I18n, heading: ExploreText, events: Vec<(String, String)>) -> AnyView {
    let body = if events.is_empty() {
        i18n.get(ExploreText::CoreNone).into_any()
    } else {
        let last = events.len() - 1;
        events
            .into_iter()
            .enumerate()
            .map(|(i, (id, name))| {
                view! {
                    <a href=crate::route::Route::Event(id).href() lang="en">{name}</a>
                    {(i < last).then_some(", ")}
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <dt>{i18n.t(heading)}</dt>
        <dd class="names">{body}</dd>
    }
    .into_any()
}

fn explanation(i18n: I18n, scores: FullScores, id: &str, params: &Params) -> AnyView {
    let data = crate::data::use_graph_data();
    let say = |key: ExploreText| view! { <p>{i18n.t(key)}</p> }.into_any();
    let Some(snapshot) = data.full.get().snapshot() else {
        return say(ExploreText::CoreWaitFull);
    };
    let g = &snapshot.graph;
    let Some(v) = g.find(id) else {
        return ().into_any();
    };
    let Ok(scored) = scores.of(&snapshot, &params.seeds, params.public_only) else {
        return say(ExploreText::CoreScoring);
    };
    let ranking = score::rank(g, &scored.0, params, &scored.1);
    let e = score::explain(g, &scored.0, &ranking, params, v);
    let m = Terms::new(&scored.0, &ranking).of(&scored.0, v);
    let rank = match e.rank {
        Some(r) => i18n.get(ExploreText::CoreExplainRank).fill(&[
            ("r", &r.to_string()),
            ("n", &ranking.candidates.to_string()),
        ]),
        None => i18n.get(ExploreText::CoreExplainUnranked).to_string(),
    };
    let seed_names = e
        .seed_genes
        .iter()
        .map(|&n| (g.ids[n as usize].clone(), g.labels_en[n as usize].clone()))
        .collect();
    let nearest = |kind: Option<NodeKind>| {
        e.nearest_seeds
            .iter()
            .filter(|l| {
                let k = g.kinds[l.seed as usize];
                kind.map_or(k != NodeKind::Gene && k != NodeKind::Phenotype, |want| {
                    k == want
                })
            })
            .map(|l| {
                let n = l.seed as usize;
                let steps = l.path.len().saturating_sub(1);
                (g.ids[n].clone(), format!("{} ({steps})", g.labels_en[n]))
            })
            .collect::<Vec<_>>()
    };
    let genes = nearest(Some(NodeKind::Gene));
    let phenotypes = nearest(Some(NodeKind::Phenotype));
    let others = nearest(None);
    view! {
        <ul class="measures">
            <li>{rank}</li>
            {measure_items(i18n, &m)}
        </ul>
        <dl class="seeds">
            {named_list(i18n, ExploreText::CoreSeedGenesBelow, seed_names)}
            {named_list(i18n, ExploreText::CoreNearestGenes, genes)}
            {(!phenotypes.is_empty()).then(|| named_list(i18n, ExploreText::CoreNearestPhenotypes, phenotypes))}
            {(!others.is_empty()).then(|| named_list(i18n, ExploreText::CoreNearestDiseases, others))}
        </dl>
    }
    .into_any()
}
