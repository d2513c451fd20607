//! Home (`#/`): what ALS is and where someone just diagnosed starts (the first screen),
//! then what ALS Explorer is, who it is for, and the parts that exist.
//! Written from the abstract and section 1 of the volunteer notes.

use crate::citations::{Cite, RefId, Source, PMID_MOTOR_NEURONS};
use crate::i18n::{use_i18n, Key};
use crate::route::{AssessView, Route};
use crate::shell::PageHeading;
use leptos::prelude::*;

/// The notes' four areas, each cited to the section it summarises.
const NOTES: [(Key, &[Source]); 4] = [
    (Key::HomeNotesGraph, &[Source::Notes("1.1")]),
    (Key::HomeNotesTreatments, &[Source::Notes("1.2")]),
    (Key::HomeNotesScales, &[Source::Notes("1.3")]),
    (Key::HomeNotesParadigm, &[Source::Notes("1.4")]),
];

/// The short path for someone just diagnosed: the first chapter, the medicines, the form.
const START: [(Route, Key, Key); 3] = [
    (
        Route::Story(Some(1)),
        Key::HomeStartStoryTitle,
        Key::HomeStartStoryDesc,
    ),
    (
        Route::Treatments,
        Key::HomeStartTreatmentsTitle,
        Key::HomeStartTreatmentsDesc,
    ),
    (
        Route::Assess(AssessView::Form),
        Key::HomeStartAssessTitle,
        Key::HomeStartAssessDesc,
    ),
];

/// Entries to the views that exist, with what each offers.
const ENTRIES: [(Route, Key); 7] = [
    (Route::Story(None), Key::HomeAvailableStory),
    (Route::Assess(AssessView::Form), Key::HomeAvailableAssess),
    (Route::Treatments, Key::HomeAvailableTreatments),
    (Route::Biomarkers, Key::HomeAvailableBiomarkers),
    (Route::Standards, Key::HomeAvailableStandards),
    (Route::About, Key::HomeAvailableAbout),
    (Route::Settings, Key::HomeAvailableSettings),
];

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let notes = NOTES
        .map(|(key, sources)| view! { <li>{i18n.t(key)}<Cite sources/></li> })
        .collect_view();
    let card = move |route: Route, title: Key, desc: Key| {
        view! {
            <li>
                <a class="card" href=route.href()>
                    <span class="card-title">{i18n.t(title)}</span>
                    <span class="card-desc">{i18n.t(desc)}</span>
                </a>
            </li>
        }
    };
    let start = START
        .map(|(route, title, desc)| card(route, title, desc))
        .collect_view();
    let entries = ENTRIES
        .map(|(route, desc)| {
            let title = route.title_key();
            card(route, title, desc)
        })
        .collect_view();

    view! {
        <PageHeading key=Key::AppName/>
        <section aria-labelledby="home-what">
            <h2 id="home-what">{i18n.t(Key::HomeWhatIsAlsHeading)}</h2>
            <p>
                {i18n.t(Key::HomeWhatIsAlsBody1)}
                <Cite sources=&[Source::Work(RefId::Pubmed(PMID_MOTOR_NEURONS))]/>
            </p>
        </section>
        <section class="start-here" aria-labelledby="home-start">
            <h2 id="home-start">{i18n.t(Key::HomeStartHeading)}</h2>
            <ul class="cards start-cards">{start}</ul>
        </section>
        <p class="lead">{i18n.t(Key::HomeLead)}</p>
        <p>
            {i18n.t(Key::HomeWhatIsAlsBody2)}
            <Cite sources=&[Source::Notes("1.2"), Source::Work(RefId::Review2024)]/>
        </p>
        <section aria-labelledby="home-notes">
            <h2 id="home-notes">{i18n.t(Key::HomeNotesHeading)}</h2>
            <p>{i18n.t(Key::HomeNotesIntro)}</p>
            <ul class="spaced">{notes}</ul>
        </section>
        <section aria-labelledby="home-who">
            <h2 id="home-who">{i18n.t(Key::HomeForWhomHeading)}</h2>
            <ul class="spaced">
                <li>{i18n.t(Key::HomeForPatients)}</li>
                <li>{i18n.t(Key::HomeForVolunteers)}</li>
                <li>{i18n.t(Key::HomeForOffline)}" "
                    <a class="button" href=crate::shell::OFFLINE_FILE download=crate::shell::OFFLINE_FILE>{i18n.t(Key::SaveOffline)}</a></li>
            </ul>
        </section>
        <section aria-labelledby="home-now">
            <h2 id="home-now">{i18n.t(Key::HomeAvailableHeading)}</h2>
            <ul class="cards">{entries}</ul>
        </section>
    }
}
