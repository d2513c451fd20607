//! Home (`#/`): what ALS is and where someone just diagnosed starts (the first screen),
//! then what ALS Explorer is, who it is for, and the parts that exist.
//! Written from the abstract and section 1 of the volunteer notes.

use crate::citations::{Cite, RefId, Source, PMID_MOTOR_NEURONS};
use crate::i18n::{use_i18n, AppText};
use crate::route::{AssessView, Route};
use crate::shell::PageHeading;
use leptos::prelude::*;

/// The notes' four areas, each cited to the section it summarises.
const NOTES: [(AppText, &[Source]); 4] = [
    (AppText::HomeNotesGraph, &[Source::Notes("1.1")]),
    (AppText::HomeNotesTreatments, &[Source::Notes("1.2")]),
    (AppText::HomeNotesScales, &[Source::Notes("1.3")]),
    (AppText::HomeNotesParadigm, &[Source::Notes("1.4")]),
];

/// The short path for someone just diagnosed: the first chapter, the medicines, the form.
const START: [(Route, AppText, AppText); 3] = [
    (
        Route::Story(Some(1)),
        AppText::HomeStartStoryTitle,
        AppText::HomeStartStoryDesc,
    ),
    (
        Route::Treatments(String::new()),
        AppText::HomeStartTreatmentsTitle,
        AppText::HomeStartTreatmentsDesc,
    ),
    (
        Route::assess(AssessView::Form),
        AppText::HomeStartAssessTitle,
        AppText::HomeStartAssessDesc,
    ),
];

/// Entries to the views that exist, with what each offers.
const ENTRIES: [(Route, AppText); 7] = [
    (Route::Story(None), AppText::HomeAvailableStory),
    (
        Route::assess(AssessView::Form),
        AppText::HomeAvailableAssess,
    ),
    (
        Route::Treatments(String::new()),
        AppText::HomeAvailableTreatments,
    ),
    (Route::Biomarkers, AppText::HomeAvailableBiomarkers),
    (Route::Standards, AppText::HomeAvailableStandards),
    (Route::About, AppText::HomeAvailableAbout),
    (Route::Settings, AppText::HomeAvailableSettings),
];

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let notes = NOTES
        .map(|(key, sources)| view! { <li>{i18n.t(key)}<Cite sources/></li> })
        .collect_view();
    let card = move |route: Route, title: AppText, desc: AppText| {
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
        <PageHeading key=AppText::AppName/>
        <section aria-labelledby="home-what">
            <h2 id="home-what">{i18n.t(AppText::HomeWhatIsAlsHeading)}</h2>
            <p>
                {i18n.t(AppText::HomeWhatIsAlsBody1)}
                <Cite sources=&[Source::Work(RefId::Pubmed(PMID_MOTOR_NEURONS))]/>
            </p>
        </section>
        <section class="start-here" aria-labelledby="home-start">
            <h2 id="home-start">{i18n.t(AppText::HomeStartHeading)}</h2>
            <ul class="cards start-cards">{start}</ul>
        </section>
        <p class="lead">{i18n.t(AppText::HomeLead)}</p>
        <p>
            {i18n.t(AppText::HomeWhatIsAlsBody2)}
            <Cite sources=&[Source::Notes("1.2"), Source::Work(RefId::Review2024)]/>
        </p>
        <section aria-labelledby="home-notes">
            <h2 id="home-notes">{i18n.t(AppText::HomeNotesHeading)}</h2>
            <p>{i18n.t(AppText::HomeNotesIntro)}</p>
            <ul class="spaced">{notes}</ul>
        </section>
        <section aria-labelledby="home-who">
            <h2 id="home-who">{i18n.t(AppText::HomeForWhomHeading)}</h2>
            <ul class="spaced">
                <li>{i18n.t(AppText::HomeForPatients)}</li>
                <li>{i18n.t(AppText::HomeForVolunteers)}</li>
                <li>{i18n.t(AppText::HomeForOffline)}" "
                    <a class="button" href=crate::shell::OFFLINE_FILE download=crate::shell::OFFLINE_FILE>{i18n.t(AppText::SaveOffline)}</a></li>
            </ul>
        </section>
        <section aria-labelledby="home-now">
            <h2 id="home-now">{i18n.t(AppText::HomeAvailableHeading)}</h2>
            <ul class="cards">{entries}</ul>
        </section>
    }
}
