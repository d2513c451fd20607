//! Adding a record: a treatment or other intervention (from the app's catalogue or typed),
//! a lab or test value with its unit (converted and range-checked by `scales`), or a key
//! date. Every field has a visible label; problems are listed in the reader's language
//! and nothing is saved until they are fixed.

use super::names::{category_name, measure_name};
use super::say::TimelineText;
use crate::i18n::{text, use_i18n, Lang};
use crate::records::store::{today, use_records};
use leptos::prelude::*;
use scales::timeline::{
    Category, Intervention, InterventionName, MeasurementKind, Milestone, MilestoneKind,
    TimelineRecord,
};
use scales::{Date, Measurement, RecordId};

#[derive(Clone, Copy, PartialEq, Eq)]
enum What {
    Intervention,
    Measurement,
    Milestone,
}

/// The milestones a person records here (the onset is kept with the assessments).
const MILESTONES: [MilestoneKind; 3] = [
    MilestoneKind::Diagnosis,
    MilestoneKind::Gastrostomy,
    MilestoneKind::NivStart,
];

fn date_of(s: &str) -> Option<Date> {
    Date::parse(s.trim()).ok()
}

#[component]
pub fn AddForm() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_records();
    let what = RwSignal::new(What::Intervention);
    let catalogue = RwSignal::new(String::new());
    let own = RwSignal::new(String::new());
    let category = RwSignal::new(Category::Medicine);
    let (dose, frequency) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (start, stop, notes) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let kind = RwSignal::new(MeasurementKind::NflSerum);
    let (value, unit, date) = (
        RwSignal::new(String::new()),
        RwSignal::new("pg/mL".to_string()),
        RwSignal::new(String::new()),
    );
    let milestone = RwSignal::new(MilestoneKind::Diagnosis);
    // Ok(message) after saving; Err(problems) when something needs fixing.
    let outcome: RwSignal<Option<Result<String, Vec<String>>>> = RwSignal::new(None);

    let build = move |lang: Lang| -> Result<(), Vec<String>> {
        let problems = |list: Vec<(&'static str, scales::Problem)>| -> Vec<String> {
            list.into_iter()
                .map(|(_, p)| crate::records::words::problem(lang, p).to_string())
                .collect()
        };
        let id = || RecordId::new(store.new_id().to_string()).expect("generated ids are valid");
        let stamp = store.next_stamp();
        let missing_date = || vec![text(lang, TimelineText::MissingDate).to_string()];
        let edit = match what.get_untracked() {
            What::Intervention => {
                let name = match catalogue.get_untracked() {
                    c if !c.is_empty() => InterventionName::Catalogue(
                        RecordId::new(c).map_err(|p| problems(vec![("", p)]))?,
                    ),
                    _ if own.get_untracked().trim().is_empty() => {
                        return Err(vec![text(lang, TimelineText::MissingName).into()])
                    }
                    _ => InterventionName::Free(own.get_untracked().trim().to_string()),
                };
                let start = date_of(&start.get_untracked()).ok_or_else(missing_date)?;
                let stop_text = stop.get_untracked();
                let stop = if stop_text.trim().is_empty() {
                    None
                } else {
                    Some(date_of(&stop_text).ok_or_else(missing_date)?)
                };
                let r = Intervention {
                    id: id(),
                    name,
                    category: category.get_untracked(),
                    dose: dose.get_untracked().trim().to_string(),
                    frequency: frequency.get_untracked().trim().to_string(),
                    start,
                    stop,
                    notes: notes.get_untracked().trim().to_string(),
                    modified: stamp,
                };
                TimelineRecord::Intervention(r)
            }
            What::Measurement => {
                let day = date_of(&date.get_untracked()).ok_or_else(missing_date)?;
                let v = scales::timeline::parse_number(&value.get_untracked())
                    .map_err(|p| problems(vec![("", p)]))?;
                let mut r = Measurement::new(
                    id(),
                    day,
                    kind.get_untracked(),
                    v,
                    &unit.get_untracked(),
                    stamp,
                )
                .map_err(|p| problems(vec![("", p)]))?;
                r.notes = notes.get_untracked().trim().to_string();
                TimelineRecord::Measurement(r)
            }
            What::Milestone => {
                let day = date_of(&date.get_untracked()).ok_or_else(missing_date)?;
                let r = Milestone {
                    id: id(),
                    date: day,
                    kind: milestone.get_untracked(),
                    notes: notes.get_untracked().trim().to_string(),
                    modified: stamp,
                };
                TimelineRecord::Milestone(r)
            }
        };
        let found = edit.validate(Some(today()));
        if !found.is_empty() {
            return Err(problems(found));
        }
        store
            .change(|h| h.upsert_record(edit))
            .map_err(|e| vec![e.to_string()])
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = i18n.lang.get_untracked();
        match build(lang) {
            Ok(()) => {
                for s in [own, dose, frequency, start, stop, notes, value, date] {
                    s.set(String::new());
                }
                catalogue.set(String::new());
                outcome.set(Some(Ok(text(lang, TimelineText::Saved).to_string())));
            }
            Err(list) => outcome.set(Some(Err(list))),
        }
        crate::platform::focus_id("timeline-add-outcome");
    };

    let field = move |id: &'static str,
                      label: TimelineText,
                      sig: RwSignal<String>,
                      kind: &'static str| {
        view! {
            <p class="field">
                <label for=id>{i18n.t(label)}</label>
                <input id=id type=kind prop:value=move || sig.get() on:input=move |ev| sig.set(event_target_value(&ev))
                    max=(kind == "date").then(|| today().to_string())/>
            </p>
        }
    };
    let choice = move |w: What, label: TimelineText| {
        view! {
            <label class="choice">
                <input type="radio" name="timeline-what" prop:checked=move || what.get() == w
                    on:change=move |_| { what.set(w); outcome.set(None); }/>
                <span>{i18n.t(label)}</span>
            </label>
        }
    };
    let treatments = move || {
        let lang = i18n.lang.get();
        let (approved, others): (Vec<_>, Vec<_>) = super::names::catalogue()
            .into_iter()
            .partition(|(_, _, a)| *a);
        let options = move |list: Vec<(String, crate::data::model::story::Both<String>, bool)>| {
            list.into_iter()
                .map(|(id, names, _)| {
                    let name = names.get(lang).clone();
                    let tag = crate::citations::sources::lang_of(&name);
                    view! { <option value=id.clone() lang=tag selected=move || catalogue.get() == id>{name}</option> }
                })
                .collect_view()
        };
        view! {
            <optgroup label=i18n.get(TimelineText::ApprovedMedicines)>{options(approved)}</optgroup>
            <optgroup label=i18n.get(TimelineText::OtherTreatments)>{options(others)}</optgroup>
        }
    };
    let intervention = move || {
        view! {
            <p class="field">
                <label for="tl-catalogue">{i18n.t(TimelineText::FromCatalogue)}</label>
                <select id="tl-catalogue" on:change=move |ev| catalogue.set(event_target_value(&ev))>
                    <option value="" selected=move || catalogue.get().is_empty()>{i18n.t(TimelineText::OwnName)}</option>
                    {treatments}
                </select>
            </p>
            <Show when=move || catalogue.get().is_empty()>{field("tl-name", TimelineText::OtherName, own, "text")}</Show>
            <p class="field">
                <label for="tl-category">{i18n.t(TimelineText::Category)}</label>
                <select id="tl-category" on:change=move |ev| {
                    if let Some(c) = Category::parse(&event_target_value(&ev)) { category.set(c) }
                }>
                    {Category::ALL.into_iter().map(|c| view! {
                        <option value=c.code() selected=move || category.get() == c>{i18n.t(category_name(c))}</option>
                    }).collect_view()}
                </select>
            </p>
            {field("tl-dose", TimelineText::Dose, dose, "text")}
            {field("tl-frequency", TimelineText::Frequency, frequency, "text")}
            {field("tl-start", TimelineText::Start, start, "date")}
            {field("tl-stop", TimelineText::Stop, stop, "date")}
        }
    };
    let measurement = move || {
        let units = move || {
            kind.get()
                .units()
                .iter()
                .map(|(u, _)| *u)
                .collect::<Vec<_>>()
        };
        view! {
            <p class="field">
                <label for="tl-kind">{i18n.t(TimelineText::Measure)}</label>
                <select id="tl-kind" on:change=move |ev| {
                    if let Some(k) = MeasurementKind::ALL.into_iter().find(|k| k.code() == event_target_value(&ev)) {
                        kind.set(k);
                        unit.set(k.canonical_unit().to_string());
                    }
                }>
                    {MeasurementKind::ALL.into_iter().map(|k| view! {
                        <option value=k.code() selected=move || kind.get() == k>{i18n.t(measure_name(k))}</option>
                    }).collect_view()}
                </select>
            </p>
            {field("tl-date", TimelineText::Date, date, "date")}
            {field("tl-value", TimelineText::Value, value, "text")}
            <p class="field">
                <label for="tl-unit">{i18n.t(TimelineText::Unit)}</label>
                <select id="tl-unit" on:change=move |ev| unit.set(event_target_value(&ev))>
                    {move || units().into_iter().map(|u| view! { <option value=u selected=move || unit.get() == u>{u}</option> }).collect_view()}
                </select>
            </p>
        }
    };
    let milestone_fields = move || {
        view! {
            <p class="field">
                <label for="tl-milestone">{i18n.t(TimelineText::Milestone)}</label>
                <select id="tl-milestone" on:change=move |ev| {
                    if let Some(k) = MILESTONES.into_iter().find(|k| k.code() == event_target_value(&ev)) { milestone.set(k) }
                }>
                    {MILESTONES.into_iter().map(|k| view! {
                        <option value=k.code() selected=move || milestone.get() == k>{i18n.t(super::names::milestone_kind_name(k))}</option>
                    }).collect_view()}
                </select>
            </p>
            {field("tl-ms-date", TimelineText::Date, date, "date")}
            <p class="note">{i18n.t(TimelineText::OnsetElsewhere)}" "
                <a href=crate::route::Route::assess(crate::route::AssessView::Results(None)).href()>{i18n.t(TimelineText::OnsetLink)}</a></p>
        }
    };
    let outcome_view = move || {
        match outcome.get() {
        None => view! { <div id="timeline-add-outcome" tabindex="-1"></div> }.into_any(),
        Some(Ok(msg)) => view! { <p id="timeline-add-outcome" tabindex="-1" role="status" class="status">{msg}</p> }.into_any(),
        Some(Err(list)) => view! {
            <div id="timeline-add-outcome" tabindex="-1" role="alert" class="error-summary">
                <ul>{list.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            </div>
        }
        .into_any(),
    }
    };
    view! {
        <section class="timeline-add" aria-labelledby="timeline-add-title">
            <h2 id="timeline-add-title">{i18n.t(TimelineText::AddTitle)}</h2>
            <form on:submit=on_submit novalidate>
                <fieldset>
                    <legend>{i18n.t(TimelineText::AddWhat)}</legend>
                    <div class="choices">
                        {choice(What::Intervention, TimelineText::WhatIntervention)}
                        {choice(What::Measurement, TimelineText::WhatMeasurement)}
                        {choice(What::Milestone, TimelineText::WhatMilestone)}
                    </div>
                </fieldset>
                {move || match what.get() {
                    What::Intervention => intervention().into_any(),
                    What::Measurement => measurement().into_any(),
                    What::Milestone => milestone_fields().into_any(),
                }}
                {field("tl-notes", TimelineText::Notes, notes, "text")}
                {outcome_view}
                <p><button type="submit" class="button primary">{i18n.t(TimelineText::Save)}</button></p>
            </form>
        </section>
    }
}
