//! Treatments (`#/treatments`): the medicines that exist first, then every entry — the
//! drugs of the notes' Table 2 and section 2.5 and the approved medicines the notes leave
//! out — each with its status in people, a plain verdict, the evidence in people and its
//! dated sources; a caution about supplements and stem-cell offers; the notes' warning.
//! A name search (Chinese, English, brand names, codes) and filters by status, strategy
//! and mechanism, announced politely.

mod card;
pub mod find;
mod say;

pub use say::TreatmentText;

use crate::citations::{RefList, SourceTable};
use crate::data::model::story::{Warning, STATUSES, STRATEGIES};
use crate::data::{use_graph_data, Content, ContentState};
use crate::i18n::{use_i18n, AppText, Fill, I18n, Lang};
use crate::shell::ContentPending;
use crate::shell::PageHeading;
use card::{MedicineSummary, TreatmentCard};
use find::Filter;
use leptos::prelude::*;
use std::collections::BTreeSet;

fn strategy_key(s: &str) -> TreatmentText {
    match s {
        "small_molecule" => TreatmentText::StrategySmallMolecule,
        "microglia" => TreatmentText::StrategyMicroglia,
        "antioxidant_mitochondria" => TreatmentText::StrategyAntioxidant,
        "gene_therapy" => TreatmentText::StrategyGene,
        "stem_cell" => TreatmentText::StrategyStemCell,
        _ => TreatmentText::StrategyOther,
    }
}

fn status_key(s: &str) -> TreatmentText {
    match s {
        "approved" => TreatmentText::StApproved,
        "withdrawn" => TreatmentText::StWithdrawn,
        "in_trials" => TreatmentText::StInTrials,
        "not_shown" => TreatmentText::StNotShown,
        _ => TreatmentText::StAnimal,
    }
}

/// The name of a graph event in the reader's language, once the graph is loaded.
fn event_name(i18n: I18n, id: &str) -> String {
    let data = use_graph_data();
    data.best()
        .and_then(|s| {
            s.graph.find(id).map(|v| {
                s.graph
                    .label(v, i18n.lang.get() == Lang::Zh)
                    .text
                    .to_string()
            })
        })
        .unwrap_or_else(|| id.to_string())
}

/// The treatments, once the texts have come with `core.bin`.
#[component]
pub fn TreatmentsPage() -> impl IntoView {
    let data = use_graph_data();
    move || match data.content.get() {
        ContentState::Ready(content) => {
            provide_context(SourceTable(&content.sources));
            view! { <TreatmentList content/> }.into_any()
        }
        state => view! { <ContentPending state heading=AppText::NavTreatments/> }.into_any(),
    }
}

/// A section of sentences, each with its sources: the notes' warning, open; or the caution,
/// folded under its title so that the search stays near the top of a phone's screen.
fn cited_section(i18n: I18n, w: &'static Warning, id: &'static str, folded: bool) -> impl IntoView {
    let lang = move || i18n.lang.get();
    let paragraphs = move || {
        w.text
            .get(lang())
            .iter()
            .cloned()
            .zip(w.sentence_refs.iter().cloned())
            .map(|(text, refs)| view! { <p>{text}<RefList refs/></p> })
            .collect_view()
    };
    let title = move || w.title.get(lang()).clone();
    if folded {
        view! {
            <section class="warning caution" aria-labelledby=id>
                <details>
                    <summary><h2 id=id>{title}</h2></summary>
                    {paragraphs}
                </details>
            </section>
        }
        .into_any()
    } else {
        view! {
            <section class="warning" aria-labelledby=id>
                <h2 id=id>{title}</h2>
                {paragraphs}
            </section>
        }
        .into_any()
    }
}

#[component]
fn TreatmentList(content: &'static Content) -> impl IntoView {
    let i18n = use_i18n();
    // `#/treatments?q=riluzole` (a link from the explorer's search) opens filtered.
    let filter = RwSignal::new(Filter {
        query: match crate::router::use_router().get_untracked() {
            crate::route::Route::Treatments(q) => q,
            _ => String::new(),
        },
        ..Filter::default()
    });
    let all = &content.treatments;
    let mechanisms: BTreeSet<&'static str> = all
        .iter()
        .flat_map(|t| t.mechanisms.iter().map(String::as_str))
        .collect();
    // By id: the memo tells its readers only when the list changes. Every card is drawn
    // once and hidden when filtered out, so a search or a filter only toggles `hidden`.
    let shown = Memo::new(move |_| {
        filter.with(|f| {
            find::shown(all, f)
                .into_iter()
                .map(|t| t.id.as_str())
                .collect::<Vec<&'static str>>()
        })
    });

    let strategy_choice = move |value: Option<&'static str>, label: TreatmentText| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="strategy"
                    prop:checked=move || filter.with(|f| f.strategy == value)
                    on:change=move |_| filter.update(|f| f.strategy = value)
                />
                <span>{i18n.t(label)}</span>
            </label>
        }
    };
    let strategy_choices = std::iter::once(strategy_choice(None, TreatmentText::FilterAll))
        .chain(
            STRATEGIES
                .iter()
                .map(|&s| strategy_choice(Some(s), strategy_key(s))),
        )
        .collect_view();
    let status_options = STATUSES
        .iter()
        .map(|&s| view! { <option value=s>{i18n.t(status_key(s))}</option> })
        .collect_view();
    let mechanism_options = move || {
        mechanisms
            .iter()
            .map(|&id| view! { <option value=id>{event_name(i18n, id)}</option> })
            .collect_view()
    };
    let count = move || {
        let n = shown.with(Vec::len);
        let line = i18n
            .get(TreatmentText::ShownCount)
            .fill(&[("n", &n.to_string()), ("total", &all.len().to_string())]);
        if n == 0 {
            format!("{line} {}", i18n.get(TreatmentText::NoMatch))
        } else {
            line
        }
    };
    let medicines = all
        .iter()
        .filter(|t| t.is_medicine())
        .map(|t| view! { <MedicineSummary t/> })
        .collect_view();

    view! {
        <PageHeading key=AppText::NavTreatments/>
        <section class="medicines" aria-labelledby="treat-medicines">
            <h2 id="treat-medicines">{i18n.t(TreatmentText::MedicinesHeading)}</h2>
            <ul class="medicine-list">{medicines}</ul>
            <p>{i18n.t(TreatmentText::MedicinesNote)}</p>
        </section>
        <p class="lead">{i18n.t(TreatmentText::Intro)}</p>
        {cited_section(i18n, &content.caution, "treat-caution", true)}
        <section class="find" aria-labelledby="treat-find">
            <h2 id="treat-find">{i18n.t(TreatmentText::FindHeading)}</h2>
            <form class="filters" role="search" on:submit=|ev| ev.prevent_default()>
                <p>
                    <label for="treat-search">{i18n.t(TreatmentText::SearchLabel)}</label>
                    <input
                        id="treat-search"
                        type="search"
                        autocomplete="off"
                        prop:value=move || filter.with(|f| f.query.clone())
                        on:input=move |ev| filter.update(|f| f.query = event_target_value(&ev))
                    />
                </p>
                <p>
                    <label for="treat-status">{i18n.t(TreatmentText::FilterStatus)}</label>" "
                    <select
                        id="treat-status"
                        prop:value=move || filter.with(|f| f.status.clone())
                        on:change=move |ev| filter.update(|f| f.status = event_target_value(&ev))
                    >
                        <option value="">{i18n.t(TreatmentText::AnyStatus)}</option>
                        {status_options}
                    </select>
                </p>
                <details class="more-filters">
                    <summary>{i18n.t(TreatmentText::MoreFilters)}</summary>
                    <fieldset>
                        <legend>{i18n.t(TreatmentText::FilterStrategy)}</legend>
                        <div class="choices">{strategy_choices}</div>
                    </fieldset>
                    <p>
                        <label for="treat-mechanism">{i18n.t(TreatmentText::FilterMechanism)}</label>" "
                        <select
                            id="treat-mechanism"
                            prop:value=move || filter.with(|f| f.mechanism.clone())
                            on:change=move |ev| filter.update(|f| f.mechanism = event_target_value(&ev))
                        >
                            <option value="">{i18n.t(TreatmentText::FilterAnyMechanism)}</option>
                            {mechanism_options}
                        </select>
                    </p>
                </details>
            </form>
            <p class="status" role="status" aria-live="polite">{count}</p>
        </section>
        <ul class="treatments">
            {all
                .iter()
                .map(|t| {
                    let hidden = Signal::derive(move || shown.with(|s| !s.contains(&t.id.as_str())));
                    view! { <TreatmentCard t hidden/> }
                })
                .collect_view()}
        </ul>
        {cited_section(i18n, &content.warning, "treat-warning", false)}
    }
}
