//! The history (`#/assess/history`): the chart, a table with every number (the chart's
//! text alternative), and per assessment: figures, change, delete — with undo that
//! stays offered until the next change. Export and import sit below.

use super::chart::Chart;
use super::keep::KeepRecords;
use super::results::trend_text;
use super::say::AssessText;
use super::transfer::Transfer;
use crate::i18n::{use_i18n, Fill, I18n};
use crate::records::store::use_records;
use crate::records::words;
use crate::route::{AssessView, Route};
use leptos::prelude::*;
use scales::{Subdomain, Summary};

/// The assessments as table rows, newest first (at most `limit`). `actions` adds the
/// buttons.
#[component]
pub fn HistoryTable(
    summary: Summary,
    actions: bool,
    #[prop(optional)] limit: Option<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_records();
    let heads = Subdomain::ALL
        .into_iter()
        .map(
            |s| view! { <th scope="col">{move || words::subdomain_short(i18n.lang.get(), s)}</th> },
        )
        .collect_view();
    let notes = store.history.with_untracked(|h| {
        h.assessments()
            .into_iter()
            .map(|a| (a.id.clone(), a.notes.clone()))
            .collect::<Vec<_>>()
    });
    let rows = summary
        .assessments
        .iter()
        .rev()
        .take(limit.unwrap_or(usize::MAX))
        .map(|a| {
            let id = a.id.clone();
            let note = notes.iter().find(|(i, _)| i == &id).map(|(_, n)| n.clone()).unwrap_or_default();
            let parts = Subdomain::ALL
                .into_iter()
                .map(|s| view! { <td class="part" data-label=move || words::subdomain_short(i18n.lang.get(), s)>{a.subscores.get(s)}</td> })
                .collect_view();
            let change = match a.change.value() {
                Some(c) if c.item_5_left_out => format!("{:+}*", c.total),
                Some(c) => format!("{:+}", c.total),
                None => "–".to_string(),
            };
            let label = move |k: AssessText| move || i18n.get(k).to_string();
            let who = a.filled_by;
            let date = a.date.to_string();
            let buttons = actions.then(|| {
                let results = Route::assess(AssessView::Results(Some(id.as_str().to_string()))).href();
                let edit = Route::assess(AssessView::Edit(id.as_str().to_string())).href();
                let id = id.clone();
                let date = date.clone();
                view! {
                    <td class="row-actions">
                        <a class="button quiet" href=results>{i18n.t(AssessText::HistoryFigures)}<span class="visually-hidden">" "{date.clone()}</span></a>
                        <a class="button quiet" href=edit>{i18n.t(AssessText::AssessEdit)}<span class="visually-hidden">" "{date.clone()}</span></a>
                        <button type="button" class="button quiet" on:click=move |_| {
                            let _ = store.delete(&id);
                            request_animation_frame(|| crate::platform::focus_id("undo-status"));
                        }>
                            {i18n.t(AssessText::HistoryDelete)}<span class="visually-hidden">" "{date}</span>
                        </button>
                    </td>
                }
            });
            view! {
                <tr>
                    <th scope="row">{date.clone()}</th>
                    <td class="total-cell" data-label=label(AssessText::ChartTotal)><strong>{a.total}</strong></td>
                    <td class="change-cell" data-label=label(AssessText::ChangeShort)>{change}</td>
                    <td class="who-cell" data-label=label(AssessText::FilledByShort)>{move || words::filled_by_short(i18n.lang.get(), who)}</td>
                    {parts}
                    <td class="notes-cell" data-label=label(AssessText::NotesShort)>{note}</td>
                    {buttons}
                </tr>
            }
        })
        .collect_view();
    let left_out = summary
        .assessments
        .len()
        .saturating_sub(limit.unwrap_or(usize::MAX));
    let star = summary
        .assessments
        .iter()
        .any(|a| a.change.value().is_some_and(|c| c.item_5_left_out))
        .then(|| view! { <p class="hint">{i18n.t(AssessText::ChangeStarNote)}</p> });
    let more = (left_out > 0).then(|| {
        view! { <p class="hint">{move || i18n.get(AssessText::TableLeftOut).fill(&[("n", &left_out.to_string())])}</p> }
    });
    view! {
        <div class="table-scroll history-scroll">
        <table class="history-table">
            <caption>{i18n.t(AssessText::HistoryTableCaption)}</caption>
            <thead><tr>
                <th scope="col">{i18n.t(AssessText::DateShort)}</th>
                <th scope="col">{i18n.t(AssessText::ChartTotal)}</th>
                <th scope="col">{i18n.t(AssessText::ChangeShort)}</th>
                <th scope="col">{i18n.t(AssessText::FilledByShort)}</th>
                {heads}
                <th scope="col">{i18n.t(AssessText::NotesShort)}</th>
                {actions.then(|| view! { <th scope="col">{i18n.t(AssessText::HistoryActions)}</th> })}
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
        {star}
        {more}
    }
}

fn undo_status(i18n: I18n) -> impl IntoView {
    let store = use_records();
    move || {
        store.deleted.get().map(|a| {
            view! {
                <div id="undo-status" class="status undo" role="status" tabindex="-1">
                    {move || i18n.get(AssessText::HistoryDeleted).fill(&[("date", &a.date.to_string())])}" "
                    <button type="button" class="button" on:click=move |_| {
                        let _ = store.undo_delete();
                    }>{i18n.t(AssessText::HistoryUndo)}</button>
                </div>
            }
        })
    }
}

#[component]
pub fn HistoryView() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_records();
    let parts = RwSignal::new(false);
    let content = move || {
        let summary = store.history.with(scales::summarize);
        if summary.assessments.is_empty() {
            return view! {
                <p>{i18n.t(AssessText::AssessNoneYet)}</p>
                <p><a class="button primary" href=Route::assess(AssessView::Form).href()>{i18n.t(AssessText::AssessTabForm)}</a></p>
            }
            .into_any();
        }
        let chart_summary = summary.clone();
        let trend = summary.trend.clone();
        view! {
            <p class="trend"><strong>{move || i18n.get(AssessText::TrendLabel)}</strong>" "{move || trend_text(i18n, &trend)}</p>
            <label class="choice">
                <input type="checkbox" prop:checked=move || parts.get() on:change=move |ev| parts.set(event_target_checked(&ev))/>
                <span>{i18n.t(AssessText::ChartShowParts)}</span>
            </label>
            {move || view! { <Chart summary=chart_summary.clone() parts=parts.get()/> }}
            <HistoryTable summary actions=true/>
        }
        .into_any()
    };
    view! {
        <h2>{i18n.t(AssessText::AssessTabHistory)}</h2>
        {undo_status(i18n)}
        {content}
        <KeepRecords offer=true/>
        <Transfer/>
    }
}
