//! Everything on the timeline as a table, by date: what the chart shows, for screen
//! readers and for print, with a delete button for each timeline record (assessments are
//! changed on the history page).

use super::names::{measure_name, milestone_name_of};
use super::say::TimelineText;
use crate::i18n::{text, use_i18n, Fill, Lang};
use crate::records::store::use_records;
use leptos::prelude::*;
use scales::timeline::RecordKind;
use scales::{Date, History, RecordId};

/// One row: date, what, details, and the record it deletes (timeline records only).
pub type Row = (Date, String, String, Option<(RecordKind, RecordId)>);

/// The rows for `history`, by date (assessments, starts and stops, values, key dates).
pub fn rows(
    history: &History,
    lang: Lang,
    name_of: &dyn Fn(&scales::timeline::InterventionName) -> String,
) -> Vec<Row> {
    let t = |k: TimelineText| text(lang, k);
    let mut out: Vec<Row> = Vec::new();
    for a in history.assessments() {
        let who = crate::records::words::filled_by_short(lang, a.filled_by).to_string();
        out.push((
            a.date,
            t(TimelineText::Assessment).fill(&[("n", &a.total().to_string())]),
            who,
            None,
        ));
    }
    let tl = history.timeline();
    for i in tl.interventions() {
        let name = name_of(&i.name);
        let detail = [i.dose.as_str(), i.frequency.as_str(), i.notes.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        let detail = format!(
            "{}{}{}",
            text(lang, super::names::category_name(i.category)),
            if detail.is_empty() { "" } else { " · " },
            detail
        );
        let me = Some((RecordKind::Intervention, i.id.clone()));
        out.push((
            i.start,
            t(TimelineText::Started).fill(&[("name", &name)]),
            detail.clone(),
            me.clone(),
        ));
        if let Some(stop) = i.stop {
            out.push((
                stop,
                t(TimelineText::Stopped).fill(&[("name", &name)]),
                detail,
                me,
            ));
        }
    }
    for m in tl.measurements() {
        let value = format!("{} {}", m.value.get(), m.kind.canonical_unit());
        let detail = if m.notes.is_empty() {
            value
        } else {
            format!("{value} · {}", m.notes)
        };
        out.push((
            m.date,
            t(measure_name(m.kind)).to_string(),
            detail,
            Some((RecordKind::Measurement, m.id.clone())),
        ));
    }
    for v in scales::timeline::milestones(history) {
        let id = match &v.source {
            scales::timeline::MilestoneSource::Recorded { id } => {
                Some((RecordKind::Milestone, id.clone()))
            }
            _ => None,
        };
        out.push((
            v.date,
            milestone_name_of(lang, &v).to_string(),
            String::new(),
            id,
        ));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    out
}

#[component]
pub fn Table(rows: Signal<Vec<Row>>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_records();
    let deleted = RwSignal::new(false);
    let delete = move |kind: RecordKind, id: RecordId| {
        let stamp = store.next_stamp();
        if store.change(|h| h.delete_record(kind, &id, stamp)).is_ok() {
            deleted.set(true);
            crate::platform::focus_id("timeline-table-title");
        }
    };
    let body = move || {
        rows.get()
            .into_iter()
            .map(|(date, what, detail, record)| {
                let action = record.map(|(kind, id)| {
                    let label = i18n.get(TimelineText::DeleteNamed).fill(&[("what", &format!("{date} {what}"))]);
                    view! { <button type="button" class="button quiet" aria-label=label on:click=move |_| delete(kind, id.clone())>{i18n.t(TimelineText::Delete)}</button> }
                });
                view! { <tr><td>{date.to_string()}</td><td>{what}</td><td>{detail}</td><td>{action}</td></tr> }
            })
            .collect_view()
    };
    view! {
        <section class="timeline-table" aria-labelledby="timeline-table-title">
            <h2 id="timeline-table-title" tabindex="-1">{i18n.t(TimelineText::TableTitle)}</h2>
            <p role="status">{move || deleted.get().then(|| i18n.get(TimelineText::Deleted))}</p>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{i18n.t(TimelineText::ColDate)}</th><th scope="col">{i18n.t(TimelineText::ColWhat)}</th>
                        <th scope="col">{i18n.t(TimelineText::ColDetail)}</th><th scope="col">{i18n.t(TimelineText::ColAction)}</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}
