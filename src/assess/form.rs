//! The form (`#/assess`, `#/assess/edit/ID`): one step per screen — the details, the
//! 12 questions, the review — so that each screen is short on a phone and a switch
//! user scans only a few choices. Digits 0–4 answer the open question, arrows move
//! between the answers, Enter goes on. A new assessment's draft is kept on the device
//! after every change; changing a saved one is a draft in memory until it is saved.

use super::access::{AccessControls, Scanner};
use super::model::{item_key, score_for_key, Draft, FilledByCode, Missing, DETAILS, REVIEW};
use super::say::AssessText;
use super::screens::{DetailsStep, ItemStep, ReviewStep};
use super::store::use_assess;
use super::{definition, tx};
use crate::i18n::use_i18n;
use crate::i18n::Fill;
use crate::platform;
use crate::records::store::{today, use_records};
use crate::route::{AssessView, Route};
use leptos::prelude::*;
use scales::RecordId;

pub const FORM_ID: &str = "assess-form";

pub fn filled_by_key(f: FilledByCode) -> AssessText {
    match f {
        FilledByCode::Self_ => AssessText::FilledBySelf,
        FilledByCode::Caregiver => AssessText::FilledByCaregiver,
        FilledByCode::Clinician => AssessText::FilledByClinician,
    }
}

#[component]
pub fn AssessForm(editing: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_assess();
    let records = use_records();
    let found = editing.as_ref().map(|id| {
        RecordId::new(id.clone())
            .ok()
            .and_then(|id| records.history.with_untracked(|h| h.get(&id).cloned()))
    });
    if let Some(None) = found {
        return view! {
            <p class="status" role="status">{i18n.t(AssessText::AssessNoSuchRecord)}</p>
            <p><a href=Route::assess(AssessView::History).href()>{i18n.t(AssessText::AssessTabHistory)}</a></p>
        }
        .into_any();
    }
    let record = found.flatten();
    let is_edit = record.is_some();
    let draft = match &record {
        Some(a) => RwSignal::new(Draft::editing(a)),
        None => {
            // A blank draft starts on today's date.
            if store.draft.with_untracked(Draft::is_blank) {
                store.draft.set(Draft::new(today()));
            }
            store.draft
        }
    };
    if !is_edit {
        // Every change of a new assessment is kept on the device at once.
        Effect::new(move |_| {
            draft.track();
            store.keep_draft();
        });
    }
    let problems = RwSignal::new(Vec::<Missing>::new());
    let step = move || draft.with(|d| d.step);
    let go = move |s: u8| {
        draft.update(|d| d.step = s.min(REVIEW));
        request_animation_frame(|| platform::focus_id("step-heading"));
    };
    let scanner = Scanner::new(store.access, FORM_ID);
    // Switch and dwell users answer with one action: the form moves on by itself.
    let chose = move || {
        if store.access.with_untracked(|a| a.scanning || a.dwell) {
            go(draft.with_untracked(Draft::next_step));
        }
        scanner.restart();
    };

    let router = crate::router::use_router();
    let keep = super::keep::use_keep();
    let save = move || {
        let d = draft.get_untracked();
        let id = match &d.editing {
            Some(id) => RecordId::new(id.clone()).ok(),
            None => Some(records.new_id()),
        };
        let Some(id) = id else { return };
        match d.finish(id.clone(), records.next_stamp(), today()) {
            Err(missing) => {
                problems.set(missing);
                request_animation_frame(|| platform::focus_id("form-problems"));
            }
            Ok(a) => {
                if records.change(|h| h.upsert(a)).is_ok() {
                    if !is_edit {
                        store.clear_draft();
                    }
                    records.saved_now.set(Some(id.as_str().to_string()));
                    keep.ask();
                    router.go(&Route::assess(AssessView::Results(Some(
                        id.as_str().to_string(),
                    ))));
                }
            }
        }
    };
    let start_over = move |_| {
        store.clear_draft();
        draft.set(Draft::new(today()));
        problems.set(Vec::new());
        go(DETAILS);
    };

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || scanner.handle_key(&ev) {
            return;
        }
        let s = step();
        let in_text = platform::event_in_text_field(&ev);
        if (1..=12).contains(&s) && !in_text {
            if let Some(score) = score_for_key(&ev.key()) {
                ev.prevent_default();
                draft.update(|d| d.set_answer(s, score));
                platform::focus_query(&format!("#{FORM_ID} input[name=answer][value='{score}']"));
                return;
            }
        }
        if ev.key() == "Enter" && s < REVIEW && !platform::event_on_button(&ev) && !in_text {
            ev.prevent_default();
            go(draft.with_untracked(Draft::next_step));
        }
    };

    // A key pressed between two steps, while the old step's field is gone and the focus
    // not yet on the new heading, lands on the page itself: answer it all the same.
    platform::on_window(leptos::ev::keydown, move |ev| {
        if platform::event_on_body(&ev) {
            on_key(ev);
        }
    });

    let def = definition();
    let progress_text = move || {
        let s = step();
        match s {
            DETAILS => i18n.get(AssessText::AssessStepDetails).to_string(),
            REVIEW => i18n.get(AssessText::AssessStepReview).to_string(),
            n => i18n
                .get(AssessText::AssessStepOf)
                .fill(&[("n", &n.to_string()), ("total", "12")]),
        }
    };
    let body = move || match step() {
        DETAILS => view! { <DetailsStep draft chose/> }.into_any(),
        REVIEW => view! { <ReviewStep draft problems go save/> }.into_any(),
        n => {
            let key = item_key(n, draft.with_untracked(|d| d.gastrostomy));
            match def.item(&key) {
                Some(item) => view! { <ItemStep item n draft chose/> }.into_any(),
                None => view! { <p>{key}</p> }.into_any(),
            }
        }
    };
    let next_scans = move || {
        draft
            .with(|d| d.step == DETAILS || d.answer(d.step).is_some())
            .then_some("")
    };
    let answered = move || {
        i18n.get(AssessText::AssessAnswered)
            .fill(&[("n", &draft.with(Draft::answered).to_string())])
    };

    view! {
        <p class="note translation-note">{move || tx(i18n.lang.get(), &def.translation_note)}</p>
        <AccessControls/>
        <form
            id=FORM_ID
            class="assess-form"
            on:submit=|ev| ev.prevent_default()
            on:keydown=on_key
            on:pointerover=move |ev| scanner.pointer_over(ev)
            on:pointerout=move |ev| scanner.pointer_out(ev)
        >
            <p class="step-progress" aria-live="polite">
                <span>{progress_text}</span>" · "<span>{answered}</span>
            </p>
            <progress max="13" value=move || step().to_string() aria-hidden="true"></progress>
            {body}
            <div class="step-nav">
                <button type="button" class="button" data-scan
                    disabled=move || step() == DETAILS
                    on:click=move |_| go(draft.with_untracked(Draft::previous_step))>
                    {i18n.t(AssessText::AssessBack)}
                </button>
                <Show when=move || step() < REVIEW>
                    // For a switch, "Next" is in the scan only where it cannot skip an
                    // unanswered question (an answer moves on by itself).
                    <button type="button" class="button primary" data-scan=next_scans
                        on:click=move |_| go(draft.with_untracked(Draft::next_step))>
                        {i18n.t(AssessText::AssessNext)}
                    </button>
                </Show>
            </div>
        </form>
        <Show when=move || !is_edit>
            <p><button type="button" class="button quiet" on:click=start_over>{i18n.t(AssessText::AssessStartOver)}</button></p>
        </Show>
    }
    .into_any()
}
