//! The core-event panel's seed genes. None chosen: the whole ALS seed set (the diseases
//! named amyotrophic lateral sclerosis, their genes and their phenotypes,
//! `mechgraph::als`). Chosen genes: the graph is scored from those genes alone, reusing
//! the walk structures of the first scoring (`scores.rs`). The choice lives in the
//! address (`seeds=GENE:SOD1,…`).

use super::ExploreText;
use crate::data::use_graph_data;
use crate::i18n::use_i18n;
use crate::i18n::Fill;
use crate::route::core_query::CoreQuery;
use leptos::prelude::*;

/// The ALS seed genes of the best graph loaded (id and symbol, by symbol), and the
/// numbers of seed diseases and phenotypes.
type SeedList = (Vec<(String, String)>, usize, usize);

#[component]
pub fn SeedGenes(query: RwSignal<CoreQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_graph_data();
    let seeds = Memo::new(move |_| -> Option<SeedList> {
        let snapshot = data.best()?;
        let g = &snapshot.graph;
        let seeds = mechgraph::als::als_seeds(g);
        let mut genes: Vec<(String, String)> = seeds
            .genes
            .iter()
            .map(|&v| (g.ids[v as usize].clone(), g.labels_en[v as usize].clone()))
            .collect();
        genes.sort_by(|a, b| a.1.cmp(&b.1));
        Some((genes, seeds.diseases.len(), seeds.phenotypes.len()))
    });
    let hint = move || {
        let (genes, diseases, phenotypes) = seeds.get().unwrap_or_default();
        i18n.get(ExploreText::CoreSeedsHint).fill(&[
            ("g", &genes.len().to_string()),
            ("d", &diseases.to_string()),
            ("p", &phenotypes.to_string()),
        ])
    };
    let boxes = move || {
        let (genes, _, _) = seeds.get().unwrap_or_default();
        genes
            .into_iter()
            .map(|(id, symbol)| {
                let checked_id = id.clone();
                view! {
                    <label class="choice">
                        <input type="checkbox" name="seed"
                            prop:checked=move || query.with(|q| q.seeds.contains(&checked_id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                query.update(|q| q.toggle_seed(&id, on));
                            }/>
                        <span lang="en" translate="no">{symbol}</span>
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="seed-genes">
            <legend>{i18n.t(ExploreText::CoreSeeds)}</legend>
            <p class="hint">{hint}</p>
            <div class="choices">{boxes}</div>
            <p class="actions">
                <button type="button" class="button"
                    disabled=move || query.with(|q| q.seeds.is_empty())
                    on:click=move |_| query.update(|q| q.seeds.clear())>{i18n.t(ExploreText::CoreSeedsClear)}</button>
            </p>
        </fieldset>
    }
}
