//! The result in plain words, first on the results page: "Saved", the total, the change
//! since the last assessment and over how long, the part that changed most, and what is
//! worth telling the neurologist — worded with its sources and without a threshold no
//! source gives. Buttons follow, so a switch user goes on from here; the figures with
//! their formulas come after, under "details".

use super::access::{scan_region, Scanner};
use super::keep::KeepRecords;
use super::results::subdomain_name;
use super::say::AssessText;
use super::store::use_assess;
use crate::citations::RefList;
use crate::i18n::use_i18n;
use crate::i18n::Fill;
use crate::platform;
use crate::records::store::use_records;
use crate::route::{AssessView, Route};
use leptos::prelude::*;
use scales::{AssessmentFigures, Change, Subdomain};

pub const RESULT_ID: &str = "assess-result";

/// The part whose score changed most (largest rise or fall), with its change; the first
/// in the scale's order on a tie; `None` when no part changed.
pub fn most_changed(c: &Change) -> Option<(Subdomain, i16)> {
    let parts = [
        (Subdomain::Bulbar, c.bulbar),
        (Subdomain::FineMotor, c.fine_motor),
        (Subdomain::GrossMotor, c.gross_motor),
        (Subdomain::Respiratory, c.respiratory),
    ];
    parts
        .into_iter()
        .filter(|(_, d)| *d != 0)
        .fold(None, |best: Option<(Subdomain, i16)>, p| match best {
            Some(b) if b.1.abs() >= p.1.abs() => Some(b),
            _ => Some(p),
        })
}

fn signed(n: i16) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

#[component]
pub fn PlainResult(a: AssessmentFigures, edit: String) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_assess();
    let saved = use_records().saved_now.get_untracked().as_deref() == Some(a.id.as_str());
    let scanner: Scanner = scan_region(store.access, RESULT_ID);
    if saved {
        // Focus and view on the result, its top at the top of the screen: a frame after
        // the app has moved the focus to the page's heading, as after any navigation.
        request_animation_frame(|| {
            request_animation_frame(|| {
                platform::focus_id("result-heading");
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(RESULT_ID))
                {
                    // At once, not gliding: a scan step that focuses a button during a
                    // glide (CSS smooth scrolling) would stop it short or past the result.
                    let to_top = web_sys::ScrollIntoViewOptions::new();
                    to_top.set_behavior(web_sys::ScrollBehavior::Instant);
                    to_top.set_block(web_sys::ScrollLogicalPosition::Start);
                    el.scroll_into_view_with_scroll_into_view_options(&to_top);
                }
            })
        });
    }
    let (date, total) = (a.date.to_string(), a.total);
    let total_text = move || {
        i18n.get(AssessText::PlainTotal)
            .fill(&[("date", &date), ("total", &total.to_string())])
    };
    let change = a.change.value().cloned();
    let change_lines = move || match &change {
        None => view! { <p>{i18n.t(AssessText::PlainFirst)}</p> }.into_any(),
        Some(c) => {
            let key = match c.total {
                n if n > 0 => AssessText::PlainUp,
                n if n < 0 => AssessText::PlainDown,
                _ => AssessText::PlainSame,
            };
            let line = i18n.get(key).fill(&[
                ("n", &c.total.abs().to_string()),
                ("date", &c.previous_date.to_string()),
                ("days", &c.days.to_string()),
            ]);
            let most = match most_changed(c) {
                Some((s, d)) => i18n
                    .get(AssessText::PlainMost)
                    .fill(&[("part", subdomain_name(i18n, s)), ("n", &signed(d))]),
                None => i18n.get(AssessText::PlainNoPart).to_string(),
            };
            let breathing = (c.respiratory < 0).then(|| {
                i18n.get(AssessText::PlainBreathing)
                    .fill(&[("n", &c.respiratory.abs().to_string())])
            });
            let five = c.item_5_left_out.then(|| i18n.get(AssessText::ChangeItem5));
            view! {
                <p class="plain-change">{line}</p>
                <p>{most}</p>
                {breathing.map(|b| view! { <p class="plain-breathing">{b}</p> })}
                {five.map(|f| view! { <p class="plain-item5">{f}</p> })}
            }
            .into_any()
        }
    };
    let to_details = move |_| platform::focus_id("details-heading");
    let link = |view: AssessView, key: AssessText| {
        view! { <a class="button" data-scan href=Route::assess(view).href()>{i18n.t(key)}</a> }
    };
    let refs = vec!["PMID:39019674".to_string(), "PMID:23466470".to_string()];
    view! {
        <div id=RESULT_ID class="plain-result"
            on:pointerover=move |ev| scanner.pointer_over(ev)
            on:pointerout=move |ev| scanner.pointer_out(ev)>
            {saved.then(|| view! { <p class="saved-status" role="status">"✓ "{i18n.t(AssessText::PlainSaved)}</p> })}
            <h2 id="result-heading" tabindex="-1">{i18n.t(AssessText::PlainHeading)}</h2>
            <p class="plain-total"><strong>{total_text}</strong></p>
            {change_lines}
            <p class="actions">
                <button type="button" class="button" data-scan on:click=to_details>{i18n.t(AssessText::PlainToDetails)}</button>
                {link(AssessView::History, AssessText::AssessTabHistory)}
                {link(AssessView::Report, AssessText::AssessTabReport)}
                <a class="button" data-scan href=edit>{i18n.t(AssessText::AssessEdit)}</a>
                {link(AssessView::Form, AssessText::PlainAgain)}
            </p>
            <p class="plain-doctor">{i18n.t(AssessText::PlainDoctor)}<RefList refs/></p>
            <KeepRecords offer=saved/>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scales::{Date, RecordId};

    fn change(parts: [i16; 4]) -> Change {
        Change {
            previous_id: RecordId::new("p").unwrap(),
            previous_date: Date::parse("2026-01-01").unwrap(),
            days: 30,
            total: parts.iter().sum(),
            bulbar: parts[0],
            fine_motor: parts[1],
            gross_motor: parts[2],
            respiratory: parts[3],
            item_5_left_out: false,
        }
    }

    #[test]
    fn the_part_that_changed_most_is_named() {
        assert_eq!(most_changed(&change([0, 0, 0, 0])), None);
        assert_eq!(
            most_changed(&change([-1, 0, -3, 2])),
            Some((Subdomain::GrossMotor, -3))
        );
        // A rise counts as much as a fall; on a tie the first in the scale's order.
        assert_eq!(
            most_changed(&change([2, 0, 0, -2])),
            Some((Subdomain::Bulbar, 2))
        );
    }
}
