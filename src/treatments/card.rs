//! One treatment's card: the verdict with its badge first, the status as of its source
//! date, where it was approved, the evidence in people, how it is given, where the notes
//! differ, its other names, and — folded away — what the notes say about it.

use super::say::TreatmentText;
use super::{event_name, status_key, strategy_key};
use crate::citations::sources::lang_of;
use crate::citations::RefList;
use crate::data::model::story::{Line, Treatment};
use crate::i18n::{use_i18n, Fill, Lang};
use crate::route::Route;
use leptos::prelude::*;

/// A badge that differs by its word, its mark and its border, not by colour alone.
pub fn badge(status: &str) -> impl IntoView {
    let i18n = use_i18n();
    let mark = match status {
        "approved" => "✓",
        "withdrawn" => "⊘",
        "in_trials" => "◐",
        "not_shown" => "✗",
        _ => "◇",
    };
    view! {
        <span class=format!("badge status-{status}")>
            <span aria-hidden="true">{mark}" "</span>{i18n.t(status_key(status))}
        </span>
    }
}

fn lines(items: &'static [Line]) -> impl IntoView {
    let lang = use_i18n().lang;
    let items = items
        .iter()
        .map(|l| view! { <li>{move || l.get(lang.get()).to_string()}<RefList refs=l.refs.clone()/></li> })
        .collect_view();
    view! { <ul class="lines">{items}</ul> }
}

/// One card; `hidden` while the search or a filter leaves it out.
#[component]
pub fn TreatmentCard(t: &'static Treatment, hidden: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang.get();
    let heading_id = format!("treatment-{}", t.id);
    let labelled_by = heading_id.clone();
    let as_of = move || i18n.get(TreatmentText::AsOf).fill(&[("date", &t.as_of)]);
    let approvals = (!t.approvals.is_empty()).then(|| {
        view! { <h3>{i18n.t(TreatmentText::Approvals)}</h3>{lines(&t.approvals)} }
    });
    let evidence = if t.evidence.is_empty() {
        view! { <p>{i18n.t(TreatmentText::NoHumanEvidence)}</p> }.into_any()
    } else {
        lines(&t.evidence).into_any()
    };
    let how = t.how_given.as_ref().map(|h| {
        view! {
            <p class="how"><strong>{i18n.t(TreatmentText::HowGiven)}": "</strong>
                {move || h.get(lang()).to_string()}<RefList refs=h.refs.clone()/></p>
        }
    });
    let differ = t.notes_differ.as_ref().map(|d| {
        view! {
            <p class="notes-differ"><strong>{i18n.t(TreatmentText::NotesDiffer)}": "</strong>
                {move || d.get(lang()).clone()}</p>
        }
    });
    let name_note = match t.name_zh_source.as_str() {
        "notes" => Some(TreatmentText::NameNotes),
        "project" => Some(TreatmentText::NameProject),
        "english" => Some(TreatmentText::NameEnglish),
        _ => None,
    }
    .map(|k| view! { " "{i18n.t(k)} });
    let aliases = t
        .aliases
        .iter()
        .enumerate()
        .map(|(i, a)| view! { {(i > 0).then_some(" · ")}<span lang=lang_of(a)>{a.clone()}</span> })
        .collect_view();
    view! {
        <li hidden=hidden>
            <article class="treatment" aria-labelledby=labelled_by>
                <h2 id=heading_id lang=move || lang_of(t.name.get(lang()))>{move || t.name.get(lang()).clone()}</h2>
                <p class="verdict">{badge(&t.status)}" "{move || t.verdict.get(lang()).clone()}</p>
                <p class="as-of">{as_of}<RefList refs=t.status_refs.clone()/></p>
                {approvals}
                <h3>{i18n.t(TreatmentText::Evidence)}</h3>
                {evidence}
                {how}
                {differ}
                <p class="names"><strong>{i18n.t(TreatmentText::AlsoCalled)}": "</strong>{aliases}"."{name_note}</p>
                <NotesPart t/>
            </article>
        </li>
    }
}

/// What the notes say about the entry: their group, strengths, limits, the mechanism
/// aimed at, the story chapters; folded away under a summary.
#[component]
fn NotesPart(t: &'static Treatment) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang.get();
    let or_none = move |text: &'static str| {
        if text.trim().is_empty() {
            i18n.get(TreatmentText::NoneGiven).to_string()
        } else {
            text.to_string()
        }
    };
    let aims = (!t.mechanisms.is_empty()).then(|| {
        let items = t
            .mechanisms
            .iter()
            .map(|id| view! { <li>{move || event_name(i18n, id)}</li> })
            .collect_view();
        view! { <dt>{i18n.t(TreatmentText::Aims)}</dt><dd><ul>{items}</ul></dd> }
    });
    let chapters = (!t.chapters.is_empty()).then(|| {
        let links = t
            .chapters
            .iter()
            .map(|&n| view! { " "<a href=Route::Story(Some(n)).href()>{n}</a> })
            .collect_view();
        view! { <p class="in-story">{i18n.t(TreatmentText::InStory)}{links}</p> }
    });
    let reading = t.interpretation.as_ref().map(|r| {
        view! { <p class="reading"><strong>{i18n.t(TreatmentText::Reading)}": "</strong>{move || r.get(lang()).clone()}</p> }
    });
    let from_table = t.seed_sections.iter().any(|s| s == "1.2-table2");
    let translated = move || {
        (from_table && lang() == Lang::Zh)
            .then(|| view! { <p class="translated">{i18n.t(TreatmentText::TableTranslated)}</p> })
    };
    view! {
        <details class="notes-part">
            <summary>{i18n.t(TreatmentText::NotesDetails)}</summary>
            {translated}
            <p class="strategy">{i18n.t(strategy_key(&t.strategy))}</p>
            <dl>
                <dt>{i18n.t(TreatmentText::Advantages)}</dt>
                <dd>{move || or_none(t.advantages.get(lang()))}</dd>
                <dt>{i18n.t(TreatmentText::Limitations)}</dt>
                <dd>{move || or_none(t.limitations.get(lang()))}</dd>
                {aims}
            </dl>
            {reading}
            {chapters}
            <p><RefList refs=t.refs.clone()/></p>
        </details>
    }
}

/// The short entry of the top section: name, badge and verdict.
#[component]
pub fn MedicineSummary(t: &'static Treatment) -> impl IntoView {
    let lang = use_i18n().lang;
    view! {
        <li class="medicine">
            <strong class="medicine-name" lang=move || lang_of(t.name.get(lang.get()))>
                {move || t.name.get(lang.get()).clone()}
            </strong>" "
            {badge(&t.status)}
            <span class="medicine-verdict">{move || t.verdict.get(lang.get()).clone()}</span>
        </li>
    }
}
