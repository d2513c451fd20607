//! The report for the clinic (`#/assess/report`): the latest figures, the chart, the
//! whole history with notes, the sources, and the note that this is not medical advice.
//! Its print stylesheet fits one A4 page (checked by printing to PDF in a browser test).

use super::chart::Chart;
use super::history::HistoryTable;
use super::results::{change_text, delta_text, reversal_view, subdomain_name, trend_text};
use super::say::AssessText;
use super::{citation_ref, definition, tx};
use crate::citations::RefList;
use crate::i18n::{use_i18n, AppText};
use crate::platform;
use crate::records::store::{today, use_records};
use crate::records::words;
use leptos::prelude::*;
use scales::{Figure, FigureKey, Subdomain};

/// Rows of the history table that fit on the page beside the figures and the chart.
const REPORT_ROWS: usize = 12;

/// The one-page report; `timeline_report`: the timeline's part of it.
#[component]
pub fn ReportView(timeline_report: ViewFn) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_records();
    let content = move || {
        let summary = store.history.with(scales::summarize);
        let Some(latest) = summary.assessments.last().cloned() else {
            return view! { <p>{i18n.t(AssessText::AssessNoneYet)}</p> }.into_any();
        };
        let title = |k: FigureKey| {
            definition()
                .figure(k)
                .map(|f| tx(i18n.lang.get(), &f.title))
                .unwrap_or("")
        };
        let parts = Subdomain::ALL
            .into_iter()
            .map(|s| format!("{} {}", subdomain_name(i18n, s), latest.subscores.get(s)))
            .collect::<Vec<_>>()
            .join(" · ");
        let change = match &latest.change {
            Figure::Defined { value: c } => change_text(i18n, c),
            Figure::Undefined { .. } => "—".to_string(),
        };
        let rows: Vec<(FigureKey, String)> = vec![
            (
                FigureKey::Total,
                format!("{} / 48 ({})", latest.total, latest.date),
            ),
            (FigureKey::Subdomains, parts),
            (FigureKey::Change, change),
            (FigureKey::DeltaFs, delta_text(i18n, &latest.delta_fs)),
            (
                FigureKey::Kings,
                words::kings_stage(i18n.lang.get(), latest.kings.stage).to_string(),
            ),
            (
                FigureKey::Mitos,
                format!(
                    "{} {}",
                    i18n.get(AssessText::MitosStage),
                    latest.mitos.stage
                ),
            ),
            (
                FigureKey::Reversal6m,
                reversal_view(i18n, &summary.reversal_6m),
            ),
            (
                FigureKey::Reversal12m,
                reversal_view(i18n, &summary.reversal_12m),
            ),
            (FigureKey::Trend, trend_text(i18n, &summary.trend)),
        ];
        let figure_rows = rows
            .into_iter()
            .map(|(k, v)| {
                let refs = definition()
                    .figure(k)
                    .map(|f| vec![citation_ref(&f.citation)])
                    .unwrap_or_default();
                view! { <tr><th scope="row">{title(k)}</th><td>{v}<RefList refs/></td></tr> }
            })
            .collect_view();
        let onset = summary
            .onset
            .map(|d| d.to_string())
            .unwrap_or_else(|| "—".to_string());
        view! {
            <p>{i18n.t(AssessText::OnsetLabel)}": "{onset}" · "{i18n.t(AssessText::ReportPrinted)}" "{today().to_string()}</p>
            <div class="table-scroll"><table class="report-figures">
                <caption>{i18n.t(AssessText::ReportLatest)}</caption>
                <tbody>{figure_rows}</tbody>
            </table></div>
            <Chart summary=summary.clone() parts=false/>
            <HistoryTable summary actions=false limit=REPORT_ROWS/>
            {timeline_report.run()}
        }
        .into_any()
    };
    view! {
        <article class="report">
            <h2>{i18n.t(AssessText::ReportTitle)}</h2>
            <p class="no-print actions">
                <button type="button" class="button primary" on:click=|_| platform::print()>{i18n.t(AssessText::ReportPrint)}</button>
            </p>
            {content}
            <p class="report-note">{move || tx(i18n.lang.get(), &definition().translation_note)}</p>
            <p class="report-note"><strong>{i18n.t(AppText::FooterNotAdvice)}</strong></p>
        </article>
    }
}
