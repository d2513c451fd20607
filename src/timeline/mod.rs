//! `#/timeline`: the person's own course on one page — the ALSFRS-R history beside the
//! treatments and other interventions, lab and test values and key dates
//! (`scales::timeline`, kept in the same private storage as the assessments), a table
//! that says the same, and for each intervention the change before and after it started,
//! worded as an observation of one person's course.

mod add;
mod chart;
mod compare;
mod model;
mod names;
mod report;
mod say;
mod table;

pub use report::ReportPart;
pub use say::TimelineText;

use crate::i18n::{use_i18n, Fill};
use crate::records::store::{today, use_records};
use leptos::prelude::*;
use names::name_in;

/// The width the chart can take: the main column's, less its padding.
fn chart_width() -> f64 {
    crate::platform::element_width("main").map_or(model::MAX_WIDTH, |w| w - 36.0)
}

#[component]
pub fn TimelineView() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_records();
    let span: RwSignal<Option<u32>> = RwSignal::new(None);
    let parts = RwSignal::new(false);
    // The chart is drawn as wide as the page offers (one SVG unit about one pixel).
    let width = RwSignal::new(chart_width());
    crate::platform::on_window(leptos::ev::resize, move |_| width.set(chart_width()));
    // Measured again once the page is on screen (on a first load it is not yet).
    request_animation_frame(move || width.set(chart_width()));
    let rows = Signal::derive(move || {
        let lang = i18n.lang.get();
        store
            .history
            .with(|h| table::rows(h, lang, &|n| name_in(lang, n)))
    });
    let chart = move || {
        let lang = i18n.lang.get();
        store.history.with(|h| {
            let tl = h.timeline();
            let interventions: Vec<_> = tl.interventions().into_iter().cloned().collect();
            let data = chart::ChartData {
                summary: scales::summarize(h),
                names: interventions
                    .iter()
                    .map(|i| name_in(lang, &i.name))
                    .collect(),
                interventions,
                measurements: tl.measurements().into_iter().cloned().collect(),
                milestones: scales::timeline::milestones(h),
            };
            let dates: Vec<_> = rows.get_untracked().iter().map(|r| r.0).collect();
            match model::period(&dates, today(), span.get(), width.get()) {
                Some(p) => chart::chart(&data, p, parts.get(), lang).into_any(),
                None => view! { <p>{i18n.t(TimelineText::Nothing)}</p> }.into_any(),
            }
        })
    };
    let spans = model::SPANS
        .into_iter()
        .map(|s| {
            let label = move || match s {
                None => i18n.get(TimelineText::PeriodAll).to_string(),
                Some(n) => i18n.get(TimelineText::PeriodMonths).fill(&[("n", &n.to_string())]),
            };
            view! {
                <label class="choice">
                    <input type="radio" name="timeline-span" prop:checked=move || span.get() == s on:change=move |_| span.set(s)/>
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    let comparisons = move || {
        let lang = i18n.lang.get();
        store.history.with(|h| {
            h.timeline()
                .interventions()
                .into_iter()
                .filter_map(|i| scales::timeline::before_after(h, &i.id))
                .map(|ba| {
                    let name = name_in(lang, &ba.name);
                    let paragraphs = compare::words(lang, &ba, &|n| name_in(lang, n))
                        .into_iter()
                        .map(|p| view! { <p>{p}</p> })
                        .collect_view();
                    view! { <details class="compare"><summary>{name}" · "{ba.start.to_string()}</summary>{paragraphs}</details> }
                })
                .collect_view()
        })
    };
    let download = move |_| {
        let csv = store
            .history
            .with_untracked(scales::timeline::export_timeline_csv);
        crate::platform::download("als-timeline.csv", "text/csv;charset=utf-8", &csv);
    };
    view! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{i18n.t(TimelineText::Title)}</h2>
            <p>{i18n.t(TimelineText::Intro)}</p>
            <p class="note">{i18n.t(TimelineText::NotAdvice)}</p>
            <add::AddForm/>
            <section class="timeline-chart-section" aria-labelledby="timeline-chart-title">
                <h2 id="timeline-chart-title">{i18n.t(TimelineText::ChartTitle)}</h2>
                <fieldset class="timeline-controls">
                    <legend>{i18n.t(TimelineText::Period)}</legend>
                    <div class="choices">{spans}</div>
                </fieldset>
                <label class="choice">
                    <input type="checkbox" prop:checked=move || parts.get() on:change=move |ev| parts.set(event_target_checked(&ev))/>
                    <span>{i18n.t(TimelineText::ShowParts)}</span>
                </label>
                {chart}
            </section>
            <section class="timeline-compare" aria-labelledby="timeline-compare-title">
                <h2 id="timeline-compare-title">{i18n.t(TimelineText::CompareTitle)}</h2>
                <p>{i18n.t(TimelineText::CompareIntro)}</p>
                {comparisons}
            </section>
            <table::Table rows/>
            <p class="actions">
                <button type="button" class="button" on:click=download>{i18n.t(TimelineText::DownloadCsv)}</button>
            </p>
            <p class="note">{i18n.t(TimelineText::TransferHint)}</p>
        </section>
    }
}
