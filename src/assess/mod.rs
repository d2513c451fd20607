//! The ALSFRS-R self-assessment (`#/assess…`): the form, the figures, the history with
//! its chart, export and import, and the report for the clinic. The scale, the scoring
//! and the storage format live in `crates/scales`; this folder is only the interface.

mod access;
mod chart;
mod form;
mod history;
mod keep;
pub mod model;
mod plain;
mod report;
mod results;
mod say;
mod screens;
pub mod store;
mod transfer;

use crate::i18n::{use_i18n, AppText, Fill, Lang};
use crate::records::store::{use_records, Persist};
use crate::route::{AssessView, Route};
use crate::shell::PageHeading;
use leptos::prelude::*;
use scales::{ScaleDefinition, Text};
use store::use_assess;

pub use keep::Keep;
pub use say::AssessText;
pub use store::AssessStore;

/// The shipped ALSFRS-R definition (checked by the scales crate's tests).
pub fn definition() -> &'static ScaleDefinition {
    scales::alsfrs_r().expect("the shipped ALSFRS-R definition is valid")
}

pub fn tx(lang: Lang, t: &'static Text) -> &'static str {
    match lang {
        Lang::Zh => &t.zh,
        Lang::En => &t.en,
    }
}

/// A figure's source as a reference key the citation list understands.
pub fn citation_ref(key: &str) -> String {
    match key {
        "notes_2_3" => "SEED:2.3".to_string(),
        other => format!("REF:{other}"),
    }
}

fn persist_key(p: Persist) -> Option<AssessText> {
    match p {
        Persist::Saved => None,
        Persist::Unavailable => Some(AssessText::AssessStorageOff),
        Persist::WriteFailed => Some(AssessText::AssessStorageFull),
        Persist::KeptNewer => Some(AssessText::AssessStorageNewer),
        Persist::KeptUnreadable => Some(AssessText::AssessStorageUnreadable),
    }
}

/// Turns scanning or dwell on from a link (`#/assess?scan=1`, `?dwell=1`).
fn access_from_link(store: AssessStore) {
    if let Route::Assess { scan, dwell, .. } = crate::router::use_router().get_untracked() {
        if scan {
            store.set_access(|a| a.scanning = true);
        }
        if dwell {
            store.set_access(|a| a.dwell = true);
        }
    }
}

/// The self-assessment's page: heading, tabs and the part asked for. The timeline tab and
/// its part of the clinic report are given by the caller (`app::Frame`): the timeline
/// reads the records kept here, so this folder does not import it.
#[component]
pub fn AssessPage(view: AssessView, timeline: ViewFn, timeline_report: ViewFn) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_assess();
    let records = use_records();
    access_from_link(store);
    let tabs = [
        (AssessView::Form, AssessText::AssessTabForm),
        (AssessView::Results(None), AssessText::AssessTabResults),
        (AssessView::History, AssessText::AssessTabHistory),
        (AssessView::Timeline, AssessText::AssessTabTimeline),
        (AssessView::Report, AssessText::AssessTabReport),
    ]
    .into_iter()
    .map(|(target, key)| {
        let current = std::mem::discriminant(&target) == std::mem::discriminant(&view)
            || matches!((&target, &view), (AssessView::Form, AssessView::Edit(_)));
        view! {
            <li><a href=Route::assess(target).href() aria-current=current.then_some("page")>{i18n.t(key)}</a></li>
        }
    })
    .collect_view();
    let status = move || {
        persist_key(records.persist.get())
            .map(|key| view! { <p class="status warning-status" role="status">{i18n.t(key)}</p> })
    };
    let body = match view {
        AssessView::Form => view! { <form::AssessForm editing=None/> }.into_any(),
        AssessView::Edit(id) => view! { <form::AssessForm editing=Some(id)/> }.into_any(),
        AssessView::Results(id) => view! { <results::ResultsView id/> }.into_any(),
        AssessView::History => view! { <history::HistoryView/> }.into_any(),
        AssessView::Report => view! { <report::ReportView timeline_report/> }.into_any(),
        AssessView::Timeline => timeline.run(),
    };
    view! {
        <div class="assess no-print">
            <PageHeading key=AppText::NavAssess/>
            <p class="lead">{i18n.t(AssessText::AssessIntro)}</p>
            <p class="note">{i18n.t(AssessText::AssessPrivacy)}</p>
            {use_context::<crate::embed::Embed>().filter(|e| e.on).map(|_| view! {
                <p class="note embed-storage">{move || i18n.get(AppText::EmbedStorage).fill(&[("origin", &crate::platform::page_origin())])}</p>
            })}
            <nav aria-label=i18n.t(AssessText::AssessTabsLabel)><ul class="tabs">{tabs}</ul></nav>
            {status}
        </div>
        {body}
    }
}
