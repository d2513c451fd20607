//! Treatments (`#/treatments`): every row of the seed's Table 2 and every drug of its
//! section 2.5, with strengths, limits, the status as the notes state it, the mechanism
//! aimed at, and the notes' warning about exaggerated claims; filters by strategy and
//! by mechanism.

use crate::content::RefList;
use crate::data::{use_graph_data, Content, ContentPending, ContentState};
use crate::i18n::{use_i18n, I18n, Key, Lang};
use crate::route::Route;
use crate::shell::PageHeading;
use crate::story::model::{Treatment, Warning, STRATEGIES};
use leptos::prelude::*;
use std::collections::BTreeSet;

fn strategy_key(s: &str) -> Key {
    match s {
        "small_molecule" => Key::StrategySmallMolecule,
        "microglia" => Key::StrategyMicroglia,
        "antioxidant_mitochondria" => Key::StrategyAntioxidant,
        "gene_therapy" => Key::StrategyGene,
        _ => Key::StrategyStemCell,
    }
}

fn status_key(s: &str) -> Key {
    match s {
        "approved" => Key::StatusApproved,
        "withdrawn" => Key::StatusWithdrawn,
        "in_trials" => Key::StatusInTrials,
        "preclinical" => Key::StatusPreclinical,
        _ => Key::StatusUnknown,
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
        ContentState::Ready(content) => view! { <TreatmentList content/> }.into_any(),
        state => view! { <ContentPending state heading=Key::NavTreatments/> }.into_any(),
    }
}

/// The notes' warning about exaggerated claims, every sentence with its sources.
fn warning_section(i18n: I18n, w: &'static Warning) -> impl IntoView {
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
    view! {
        <section class="warning" aria-labelledby="treat-warning">
            <h2 id="treat-warning">{move || w.title.get(lang()).clone()}</h2>
            {paragraphs}
        </section>
    }
}

#[component]
fn TreatmentList(content: &'static Content) -> impl IntoView {
    let i18n = use_i18n();
    let strategy = RwSignal::new(None::<&'static str>);
    let mechanism = RwSignal::new(String::new());
    let all = &content.treatments;
    let mechanisms: BTreeSet<&'static str> = all
        .iter()
        .flat_map(|t| t.mechanisms.iter().map(String::as_str))
        .collect();

    let shown = move || {
        let s = strategy.get();
        let m = mechanism.get();
        all.iter()
            .filter(|t| s.is_none_or(|s| t.strategy == s))
            .filter(|t| m.is_empty() || t.mechanisms.contains(&m))
            .collect::<Vec<&'static Treatment>>()
    };
    let strategy_choice = move |value: Option<&'static str>, label: Key| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="strategy"
                    prop:checked=move || strategy.get() == value
                    on:change=move |_| strategy.set(value)
                />
                <span>{i18n.t(label)}</span>
            </label>
        }
    };
    let strategy_choices = std::iter::once(strategy_choice(None, Key::FilterAll))
        .chain(
            STRATEGIES
                .iter()
                .map(|&s| strategy_choice(Some(s), strategy_key(s))),
        )
        .collect_view();
    let mechanism_options = move || {
        mechanisms
            .iter()
            .map(|&id| view! { <option value=id>{event_name(i18n, id)}</option> })
            .collect_view()
    };
    let count = move || {
        i18n.get(Key::ShownCount)
            .replace("{n}", &shown().len().to_string())
            .replace("{total}", &all.len().to_string())
    };

    view! {
        <PageHeading key=Key::NavTreatments/>
        <p class="lead">{i18n.t(Key::TreatIntro)}</p>
        {warning_section(i18n, &content.warning)}
        <form class="filters" on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend>{i18n.t(Key::FilterStrategy)}</legend>
                <div class="choices">{strategy_choices}</div>
            </fieldset>
            <p>
                <label for="treat-mechanism">{i18n.t(Key::FilterMechanism)}</label>" "
                <select
                    id="treat-mechanism"
                    prop:value=move || mechanism.get()
                    on:change=move |ev| mechanism.set(event_target_value(&ev))
                >
                    <option value="">{i18n.t(Key::FilterAnyMechanism)}</option>
                    {mechanism_options}
                </select>
            </p>
        </form>
        <p class="status" role="status">{count}</p>
        <ul class="treatments">
            {move || shown().into_iter().map(|t| view! { <TreatmentCard t/> }).collect_view()}
        </ul>
    }
}

#[component]
fn TreatmentCard(t: &'static Treatment) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang.get();
    let or_none = move |text: &'static str| {
        if text.trim().is_empty() {
            i18n.get(Key::TreatNoneGiven).to_string()
        } else {
            text.to_string()
        }
    };
    let heading_id = format!("treatment-{}", t.id);
    let labelled_by = heading_id.clone();
    let aims = t
        .mechanisms
        .iter()
        .map(|id| view! { <li>{move || event_name(i18n, id)}</li> })
        .collect_view();
    let chapters = t
        .chapters
        .iter()
        .map(|&n| view! { " "<a href=Route::Story(Some(n)).href()>{n}</a> })
        .collect_view();
    view! {
        <li>
            <article class="treatment" aria-labelledby=labelled_by>
                <h2 id=heading_id>{move || t.name.get(lang()).clone()}</h2>
                <p>
                    <span class=format!("badge status-{}", t.status)>{i18n.t(status_key(&t.status))}</span>
                    " "<span class="strategy">{i18n.t(strategy_key(&t.strategy))}</span>
                </p>
                <p class="status-note">{move || t.status_note.get(lang()).clone()}</p>
                <dl>
                    <dt>{i18n.t(Key::TreatAdvantages)}</dt>
                    <dd>{move || or_none(t.advantages.get(lang()))}</dd>
                    <dt>{i18n.t(Key::TreatLimitations)}</dt>
                    <dd>{move || or_none(t.limitations.get(lang()))}</dd>
                    <dt>{i18n.t(Key::TreatAims)}</dt>
                    <dd><ul>{aims}</ul></dd>
                </dl>
                {t.interpretation.as_ref().map(|r| view! {
                    <p class="reading"><strong>{i18n.t(Key::TreatReading)}": "</strong>{move || r.get(lang()).clone()}</p>
                })}
                <p class="in-story">{i18n.t(Key::TreatInStory)}{chapters}<RefList refs=t.refs.clone()/></p>
            </article>
        </li>
    }
}
