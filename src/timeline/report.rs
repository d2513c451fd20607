//! The timeline's part of the one-page clinic report: the interventions with their dates,
//! the latest values, and the key dates. Shown only when there is something to show.

use super::names::{category_name, measure_name, milestone_name_of, name_in};
use super::say::TimelineText;
use crate::i18n::use_i18n;
use crate::records::store::use_records;
use leptos::prelude::*;

/// Values listed in the report at most (the latest first); the rest are in the timeline.
const VALUES: usize = 8;

#[component]
pub fn ReportPart() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_records();
    move || {
        let lang = i18n.lang.get();
        store.history.with(|h| {
            let tl = h.timeline();
            let milestones = scales::timeline::milestones(h);
            if tl.is_empty() && milestones.is_empty() {
                return None;
            }
            let interventions = tl
                .interventions()
                .into_iter()
                .map(|i| {
                    let dates = format!("{} – {}", i.start, i.stop.map_or_else(|| i18n.get(TimelineText::Ongoing).to_string(), |d| d.to_string()));
                    let dose = [i.dose.as_str(), i.frequency.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ");
                    view! { <tr><td>{name_in(lang, &i.name)}</td><td>{i18n.t(category_name(i.category))}</td><td>{dose}</td><td>{dates}</td></tr> }
                })
                .collect_view();
            let mut values = tl.measurements();
            values.sort_by_key(|m| std::cmp::Reverse(m.date));
            let values = values
                .into_iter()
                .take(VALUES)
                .map(|m| view! { <tr><td>{m.date.to_string()}</td><td>{i18n.t(measure_name(m.kind))}</td><td>{format!("{} {}", m.value.get(), m.kind.canonical_unit())}</td></tr> })
                .collect_view();
            let dates = milestones
                .iter()
                .map(|m| format!("{} {}", m.date, milestone_name_of(lang, m)))
                .collect::<Vec<_>>()
                .join(" · ");
            Some(view! {
                <section class="report-timeline">
                    <p>{i18n.t(TimelineText::ReportDates)}": "{dates}</p>
                    <div class="table-scroll"><table>
                        <caption>{i18n.t(TimelineText::Interventions)}</caption>
                        <tbody>{interventions}</tbody>
                    </table></div>
                    <div class="table-scroll"><table>
                        <caption>{i18n.t(TimelineText::ReportValues)}</caption>
                        <tbody>{values}</tbody>
                    </table></div>
                </section>
            })
        })
    }
}
