//! `#/core`: the core events of ALS, ranked in the browser. The stored default ranking
//! (in `core.bin`, with each event's measures in their own terms) shows at once; changing a weight, the themes, the kinds, the list
//! length or the seed genes (`core_seeds.rs`) re-ranks live on the full graph (its
//! scores are worked out in steps when first needed: `scores.rs`). Every control is a
//! large button or checkbox as well as a slider; the settings live in the address; the
//! list downloads as CSV.

use super::scores::{use_full_scores, FullScores, Pending};
use super::ExploreText;
use crate::data::use_graph_data;
use crate::i18n::use_i18n;
use crate::route::core_query::{CoreQuery, KINDS, MAX_STEP, TOPS};
use crate::route::graph_query::GraphQuery;
use crate::route::Route;
use crate::shell::PageHeading;
use crate::vocabulary::kind_name;
use leptos::prelude::*;
use mechgraph::score;
use mechgraph::{model::THEMES, Snapshot};
use std::sync::Arc;

use super::core_table::Row;

/// What the table shows: the rows, or what they wait for.
#[derive(Clone, PartialEq)]
enum Rows {
    Ready(Vec<Row>),
    /// The full graph is still loading.
    WaitFull,
    /// The full graph's scores are being worked out.
    Scoring(Pending),
}

fn row_of(
    g: &mechgraph::Graph,
    id: &str,
    scores: [f64; 4],
    measures: Option<score::Measures>,
) -> Option<Row> {
    let v = g.find(id)? as usize;
    Some(Row {
        id: id.to_string(),
        en: g.labels_en[v].clone(),
        zh: g.labels_zh[v].as_ref().map(|z| z.text.clone()),
        kind: g.kinds[v],
        scores,
        measures,
    })
}

/// The rows for a query: the stored ranking when it answers it, else a live re-rank on
/// the full graph, once it and its scores are here.
fn rows_for(
    q: &CoreQuery,
    core: Option<Arc<Snapshot>>,
    full: Option<Arc<Snapshot>>,
    scores: FullScores,
) -> Rows {
    if q.is_stored_default() {
        let Some((core, stored)) = core
            .as_ref()
            .and_then(|c| Some((c, c.core_events.as_ref()?)))
        else {
            return Rows::WaitFull;
        };
        let f = |v: &[u32], i: usize| f64::from(v[i]) / 1e6;
        return Rows::Ready(
            (0..stored.ids.len().min(q.top))
                .filter_map(|i| {
                    let s = [
                        f(&stored.combined, i),
                        f(&stored.propagation, i),
                        f(&stored.enrichment, i),
                        f(&stored.causal, i),
                    ];
                    let measures = stored
                        .measures
                        .as_ref()
                        .and_then(|m| score::stored_measures(m, i));
                    row_of(&core.graph, &stored.ids[i], s, measures)
                })
                .collect(),
        );
    }
    let Some(full) = full else {
        return Rows::WaitFull;
    };
    let cached = match scores.of(&full, &q.seeds, q.public) {
        Ok(cached) => cached,
        Err(pending) => return Rows::Scoring(pending),
    };
    let g = &full.graph;
    let ranking = score::rank(g, &cached.0, &q.params(), &cached.1);
    let terms = score::Terms::new(&cached.0, &ranking);
    Rows::Ready(
        ranking
            .rows
            .iter()
            .filter_map(|r| {
                row_of(
                    g,
                    &g.ids[r.node as usize],
                    [r.combined, r.propagation, r.enrichment, r.causal],
                    Some(terms.of(&cached.0, r.node)),
                )
            })
            .collect(),
    )
}

/// The rows as CSV: the percentiles the ranking used, then the measures in their own
/// terms (empty where a row has none).
fn csv(rows: &[Row]) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut out = String::from(
        "rank,id,label_en,label_zh,kind,combined,propagation_pct,enrichment_pct,causal_pct,\
         propagation_vs_top,seed_genes_below,genes_below,p_value,q_value,flow_share\n",
    );
    for (i, r) in rows.iter().enumerate() {
        let measures = r.measures.map_or_else(
            || ",,,,,".to_string(),
            |m| {
                format!(
                    "{:.4e},{},{},{:.3e},{:.3e},{:.3e}",
                    m.propagation_vs_top,
                    m.seed_genes_below,
                    m.genes,
                    m.p_value,
                    m.q_value,
                    m.flow_share
                )
            },
        );
        out.push_str(&format!(
            "{},{},{},{},{},{:.4},{:.1},{:.1},{:.1},{}\n",
            i + 1,
            quote(&r.id),
            quote(&r.en),
            quote(r.zh.as_deref().unwrap_or("")),
            r.kind.as_str(),
            r.scores[0],
            r.scores[1] * 100.0,
            r.scores[2] * 100.0,
            r.scores[3] * 100.0,
            measures
        ));
    }
    out
}

#[component]
pub fn CorePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_graph_data();
    let router = crate::router::use_router();
    let query = RwSignal::new(match router.get_untracked() {
        Route::Core(q) => q,
        _ => CoreQuery::default(),
    });
    // The address follows the settings (replaced, not pushed: the back button leaves).
    Effect::new(move |_| router.replace(Route::Core(query.get())));
    let scores = use_full_scores();
    let rows = Memo::new(move |_| {
        rows_for(
            &query.get(),
            data.core.get().snapshot(),
            data.full.get().snapshot(),
            scores,
        )
    });
    let weight = move |which: usize, name: ExploreText| {
        let value = move || query.with(|q| q.steps[which]);
        let id = format!("weight-{which}");
        view! {
            <div class="weight">
                <label for=id.clone()>{i18n.t(name)}": "<strong>{move || format!("{:.1}", f64::from(value()) / 5.0)}</strong></label>
                <button type="button" class="button" aria-label=move || format!("{} −", i18n.get(name))
                    on:click=move |_| query.update(|q| q.step(which, false))>"−"</button>
                <input id=id type="range" min="0" max=MAX_STEP step="1"
                    prop:value=move || value().to_string()
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                            query.update(|q| q.steps[which] = v.min(MAX_STEP));
                        }
                    }/>
                <button type="button" class="button" aria-label=move || format!("{} +", i18n.get(name))
                    on:click=move |_| query.update(|q| q.step(which, true))>"+"</button>
            </div>
        }
    };
    let tops = TOPS
        .into_iter()
        .map(|t| {
            view! {
                <label class="choice">
                    <input type="radio" name="top" prop:checked=move || query.with(|q| q.top == t)
                        on:change=move |_| query.update(|q| q.top = t)/>
                    <span>{t}</span>
                </label>
            }
        })
        .collect_view();
    let kinds = KINDS
        .into_iter()
        .map(|k| {
            view! {
                <label class="choice">
                    <input type="checkbox" prop:checked=move || query.with(|q| q.kinds.contains(&k))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            query.update(|q| {
                                q.kinds.retain(|x| *x != k);
                                if on { q.kinds.push(k); }
                                if q.kinds.is_empty() { q.kinds = CoreQuery::default().kinds; }
                            });
                        }/>
                    <span>{i18n.t(kind_name(k))}</span>
                </label>
            }
        })
        .collect_view();
    let themes = THEMES
        .iter()
        .map(|&t| view! {
            <label class="choice">
                <input type="checkbox" prop:checked=move || query.with(|q| q.themes.iter().any(|x| x == t))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        query.update(|q| {
                            q.themes.retain(|x| x != t);
                            if on { q.themes.push(t.to_string()); q.themes.sort(); }
                        });
                    }/>
                <span>{i18n.t(crate::vocabulary::theme_name(t))}</span>
            </label>
        })
        .collect_view();
    // The table stays while one ranking follows another (its rows are kept by id).
    let ready = Memo::new(move |_| rows.with(|r| matches!(r, Rows::Ready(_))));
    let list = Memo::new(move |_| {
        rows.with(|r| match r {
            Rows::Ready(list) => list.clone(),
            _ => Vec::new(),
        })
    });
    let params = Signal::derive(move || query.with(CoreQuery::params));
    let table = move || {
        if ready.get() {
            return view! { <super::core_table::CoreTable rows=list.into() params/> }.into_any();
        }
        match rows.get() {
            Rows::Scoring(Pending { done, total }) => view! {
                <p role="status" class="status core-scoring" id="core-scoring">{i18n.t(ExploreText::CoreScoring)}</p>
                <progress class="core-scoring-progress" max=total value=done aria-labelledby="core-scoring"></progress>
            }
            .into_any(),
            _ => view! { <p role="status" class="status">{i18n.t(ExploreText::CoreWaitFull)}</p> }.into_any(),
        }
    };
    let export = move |_| {
        if let Rows::Ready(list) = rows.get_untracked() {
            crate::platform::download("als-core-events.csv", "text/csv;charset=utf-8", &csv(&list));
        }
    };
    view! {
        <PageHeading key=crate::i18n::AppText::NavCore/>
        <p class="lead">{i18n.t(ExploreText::CoreIntro)}</p>
        <p class="actions">
            <a class="button" href=Route::Graph(GraphQuery::default()).href()>{i18n.t(crate::i18n::AppText::ShowInGraph)}</a>
        </p>
        <div class="core-layout">
        <form class="core-controls" on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend>{i18n.t(ExploreText::CoreWeights)}</legend>
                <p class="hint">{i18n.t(ExploreText::CoreWeightsHint)}</p>
                {weight(0, ExploreText::CorePropagation)}
                {weight(1, ExploreText::CoreEnrichment)}
                {weight(2, ExploreText::CoreCausal)}
            </fieldset>
            <super::core_seeds::SeedGenes query/>
            <fieldset><legend>{i18n.t(ExploreText::CoreTop)}</legend><div class="choices">{tops}</div></fieldset>
            <fieldset><legend>{i18n.t(ExploreText::CoreKinds)}</legend><div class="choices">{kinds}</div>
                <label class="choice">
                    <input type="checkbox" id="core-public" aria-describedby="core-public-hint"
                        prop:checked=move || query.with(|q| q.public)
                        on:change=move |ev| { let on = event_target_checked(&ev); query.update(|q| q.public = on); }/>
                    <span>{i18n.t(ExploreText::CorePublic)}</span>
                </label>
                <p class="hint" id="core-public-hint">{i18n.t(ExploreText::CorePublicHint)}</p>
            </fieldset>
            <fieldset><legend>{i18n.t(ExploreText::CoreThemes)}</legend><p class="hint">{i18n.t(ExploreText::CoreThemesHint)}</p><div class="choices">{themes}</div></fieldset>
            <p class="actions">
                <button type="button" class="button" on:click=move |_| query.set(CoreQuery::default())>{i18n.t(ExploreText::CoreReset)}</button>
                <button type="button" class="button" on:click=export>{i18n.t(ExploreText::CoreExport)}</button>
            </p>
        </form>
        <div class="core-results">{table}</div>
        </div>
    }
}
