//! The explorer: search (`#/explore`) and one page per event (`#/event/ID`). Searching
//! and the event pages work on the best graph loaded so far: `core.bin` at once,
//! `full.bin` when it arrives (the search index is rebuilt for it).

mod core;
pub mod core_model;
mod core_table;
mod event;
mod own;
mod path;
mod say;
mod scores;
mod search;

pub use core::CorePage;
pub use event::EventPage;
pub use path::{path_href, PathPage};
pub use say::Ex;
pub use scores::provide_full_scores;
pub use search::ExplorePage;

use mechgraph::search::SearchIndex;
use mechgraph::{NodeKind, Relation, Snapshot};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// A snapshot's address and whether its synonyms were loaded.
type IndexKey = (usize, bool);

thread_local! {
    /// The index of the graph it was built for: a new snapshot (or its synonyms), a
    /// new index.
    static INDEX: RefCell<Option<(IndexKey, Rc<SearchIndex>)>> = const { RefCell::new(None) };
}

/// The search index of `snapshot` (with the synonyms of `text.bin` once they are
/// loaded), built on first use.
pub fn index_for(snapshot: &Arc<Snapshot>) -> Rc<SearchIndex> {
    let texts = crate::data::use_graph_data().texts_for(snapshot);
    let key = (Arc::as_ptr(snapshot) as usize, texts.is_some());
    INDEX.with(|cell| {
        let mut slot = cell.borrow_mut();
        match &*slot {
            Some((k, idx)) if *k == key => idx.clone(),
            _ => {
                let idx = Rc::new(match &texts {
                    Some(t) => SearchIndex::with_synonyms(&snapshot.graph, &t.1),
                    None => SearchIndex::new(&snapshot.graph),
                });
                *slot = Some((key, idx.clone()));
                idx
            }
        }
    })
}

/// The name of node `v` to show and its language tag: English where there is no
/// Chinese name, for gene symbols, and in the English view.
pub fn name_and_lang(g: &mechgraph::Graph, v: u32, zh: bool) -> (String, &'static str) {
    let label = g.label(v, zh);
    let english = label.fallback || !zh || g.kinds[v as usize] == NodeKind::Gene;
    (
        label.text.to_string(),
        if english { "en" } else { "zh-Hans" },
    )
}

/// Offers to load the definitions and other names (`text.bin`, 1.5 MB, about a quarter
/// of a second to unpack on a fast machine): on request only, because it costs data
/// and a pause on a slow phone. Shows nothing once they are here.
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
                    <button type="button" class="button" on:click=move |_| data.ask_text()>{i18n.t(Ex::TextLoad)}</button>
                    " "<span class="hint">{i18n.t(Ex::TextLoadHint)}</span>
                </p>
            }.into_any()),
            TextLoad::Loading => Some(view! { <p class="status" role="status">{i18n.t(Ex::TextLoading)}</p> }.into_any()),
            TextLoad::Failed => Some(view! { <p class="status" role="status">{i18n.t(Ex::TextFailed)}</p> }.into_any()),
        }
    }
}

pub fn kind_name(k: NodeKind) -> Ex {
    match k {
        NodeKind::Process => Ex::KindProcess,
        NodeKind::Phenotype => Ex::KindPhenotype,
        NodeKind::Mechanism => Ex::KindMechanism,
        NodeKind::Gene => Ex::KindGene,
        NodeKind::Disease => Ex::KindDisease,
    }
}

/// The heading of a group of neighbours: the relation read from this event outwards
/// (`outgoing`) or towards it.
pub fn relation_name(r: Relation, outgoing: bool) -> Ex {
    use Relation::*;
    match (r, outgoing) {
        (IsA, true) => Ex::IsAOut,
        (IsA, false) => Ex::IsAIn,
        (PartOf, true) => Ex::PartOfOut,
        (PartOf, false) => Ex::PartOfIn,
        (Regulates, true) => Ex::RegulatesOut,
        (Regulates, false) => Ex::RegulatesIn,
        (PositivelyRegulates, true) => Ex::PosOut,
        (PositivelyRegulates, false) => Ex::PosIn,
        (NegativelyRegulates, true) => Ex::NegOut,
        (NegativelyRegulates, false) => Ex::NegIn,
        (AnnotatedTo, true) => Ex::AnnotOut,
        (AnnotatedTo, false) => Ex::AnnotIn,
        (HasPhenotype, true) => Ex::PhenoOut,
        (HasPhenotype, false) => Ex::PhenoIn,
        (GeneOf, true) => Ex::GeneOfOut,
        (GeneOf, false) => Ex::GeneOfIn,
        (Causes, true) => Ex::CausesOut,
        (Causes, false) => Ex::CausesIn,
    }
}

pub fn theme_name(t: &str) -> Ex {
    match t {
        "genetics" => Ex::ThemeGenetics,
        "rna" => Ex::ThemeRna,
        "nucleocytoplasmic" => Ex::ThemeNucleocytoplasmic,
        "stress_granules" => Ex::ThemeStressGranules,
        "aggregation" => Ex::ThemeAggregation,
        "autophagy" => Ex::ThemeAutophagy,
        "mitochondria" => Ex::ThemeMitochondria,
        "oxidative_stress" => Ex::ThemeOxidative,
        "excitotoxicity" => Ex::ThemeExcitotoxicity,
        "axonal_transport" => Ex::ThemeAxonal,
        "neuroinflammation" => Ex::ThemeInflammation,
        "cell_death" => Ex::ThemeCellDeath,
        "phenotype" => Ex::ThemePhenotype,
        _ => Ex::ThemeBiomarker,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_theme_has_its_own_name() {
        let names: std::collections::HashSet<_> = mechgraph::model::THEMES
            .iter()
            .map(|t| super::theme_name(t))
            .collect();
        assert_eq!(names.len(), mechgraph::model::THEMES.len());
    }
}
