//! The form's screens, one kind per step: details, one question, review.

use super::form::filled_by_key;
use super::model::{item_key, step_date, Draft, FilledByCode, Missing, DETAILS};
use super::say::AssessText;
use super::{definition, tx};
use crate::i18n::{use_i18n, Fill, Lang};
use crate::records::store::today;
use crate::records::words;
use leptos::prelude::*;
use scales::definition::ItemDef;

/// One large radio choice; the input carries `data-scan` for switch scanning.
#[component]
fn Choice(
    name: &'static str,
    value: String,
    checked: Signal<bool>,
    on_pick: Callback<()>,
    children: Children,
) -> impl IntoView {
    view! {
        <label class="choice big">
            <input type="radio" name=name value=value data-scan
                prop:checked=checked
                on:change=move |_| on_pick.run(())/>
            <span class="choice-body">{children()}</span>
        </label>
    }
}

#[component]
pub fn DetailsStep(
    draft: RwSignal<Draft>,
    chose: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let max = today().to_string();
    let who = FilledByCode::ALL
        .into_iter()
        .map(|f| {
            let checked = Signal::derive(move || draft.with(|d| d.filled_by == Some(f)));
            let on_pick = Callback::new(move |_| draft.update(|d| d.filled_by = Some(f)));
            view! {
                <Choice name="filled-by" value=format!("{f:?}") checked on_pick>
                    {i18n.t(filled_by_key(f))}
                </Choice>
            }
        })
        .collect_view();
    let date_steps = [(AssessText::DateToday, 0), (AssessText::DateEarlier, -1), (AssessText::DateLater, 1)]
        .into_iter()
        .map(|(key, by)| {
            let shown = move || by != 0 || draft.with(|d| d.date != today().to_string());
            let disabled = move || by > 0 && draft.with(|d| d.date >= today().to_string());
            let step = move |_| draft.update(|d| d.date = step_date(&d.date, by, today()));
            view! {
                <Show when=shown>
                    <button type="button" class="button quiet" data-scan disabled=disabled on:click=step>
                        {i18n.t(key)}
                    </button>
                </Show>
            }
        })
        .collect_view();
    let gastro = [(false, AssessText::AssessGastroNo), (true, AssessText::AssessGastroYes)]
        .into_iter()
        .map(|(v, key)| {
            let checked = Signal::derive(move || draft.with(|d| d.gastrostomy == Some(v)));
            let on_pick = Callback::new(move |_| {
                draft.update(|d| d.set_gastrostomy(v));
                chose();
            });
            view! { <Choice name="gastrostomy" value=v.to_string() checked on_pick>{i18n.t(key)}</Choice> }
        })
        .collect_view();
    view! {
        <h2 id="step-heading" tabindex="-1">{i18n.t(AssessText::AssessStepDetails)}</h2>
        <p>{move || tx(i18n.lang.get(), &definition().instructions)}</p>
        <div class="field">
            <label for="assess-date">{i18n.t(AssessText::AssessDate)}</label>
            <input id="assess-date" type="date" max=max
                prop:value=move || draft.with(|d| d.date.clone())
                on:input=move |ev| draft.update(|d| d.date = event_target_value(&ev))/>
            // A switch cannot type a date: today, a day before, a day after.
            <p class="date-steps">{date_steps}</p>
        </div>
        <fieldset>
            <legend>{i18n.t(AssessText::AssessFilledBy)}</legend>
            {who}
        </fieldset>
        <fieldset>
            <legend>{i18n.t(AssessText::AssessGastrostomy)}</legend>
            <p class="hint">{i18n.t(AssessText::AssessGastroHint)}</p>
            {gastro}
        </fieldset>
    }
}

#[component]
pub fn ItemStep(
    item: &'static ItemDef,
    n: u8,
    draft: RwSignal<Draft>,
    chose: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang.get();
    let options = item
        .options
        .iter()
        .map(|o| {
            let score = o.score;
            let checked = Signal::derive(move || draft.with(|d| d.answer(n) == Some(score)));
            let on_pick = Callback::new(move |_| {
                draft.update(|d| d.set_answer(n, score));
                chose();
            });
            // The English anchor is the published wording; the Chinese is the project's.
            let anchor_lang = move || if lang() == Lang::En { "en" } else { "zh-Hans" };
            view! {
                <Choice name="answer" value=score.to_string() checked on_pick>
                    <span class="score" aria-hidden="true">{score}</span>
                    <span class="anchor" lang=anchor_lang>
                        <span class="visually-hidden">{score}" – "</span>
                        {move || tx(lang(), &o.anchor)}
                    </span>
                    <span class="hint">
                        <span class="hint-label">{i18n.t(AssessText::AssessHintLabel)}</span>
                        {move || tx(lang(), &o.hint)}
                    </span>
                </Choice>
            }
        })
        .collect_view();
    view! {
        <fieldset class="item">
            <legend>
                <h2 id="step-heading" tabindex="-1">
                    <span class="item-number">{item.key.clone()}". "</span>
                    {move || tx(lang(), &item.title)}
                </h2>
                <span class="question">{move || tx(lang(), &item.question)}</span>
            </legend>
            <p class="hint keys-hint">{i18n.t(AssessText::AssessKeysHint)}" "{i18n.t(AssessText::AssessHintNote)}</p>
            <div class="options">{options}</div>
        </fieldset>
    }
}

#[component]
pub fn ReviewStep(
    draft: RwSignal<Draft>,
    problems: RwSignal<Vec<Missing>>,
    go: impl Fn(u8) + Copy + Send + Sync + 'static,
    save: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang.get();
    let def = definition();
    let missing_text = move |m: Missing| -> String {
        match m {
            Missing::Date(p) => format!(
                "{} {}",
                i18n.get(AssessText::AssessDate),
                words::problem(lang(), p)
            ),
            Missing::FilledBy => i18n.get(AssessText::AssessMissingFilledBy).to_string(),
            Missing::Gastrostomy => i18n.get(AssessText::AssessMissingGastro).to_string(),
            Missing::Answer(n) => i18n
                .get(AssessText::AssessMissingAnswer)
                .fill(&[("n", &n.to_string())]),
            Missing::NotesTooLong => {
                words::problem(lang(), scales::Problem::NotesTooLong).to_string()
            }
        }
    };
    let problem_list = move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|m| {
                    view! {
                        <li><button type="button" class="link-button" data-scan on:click=move |_| go(m.step())>
                            {missing_text(m)}
                        </button></li>
                    }
                })
                .collect_view();
            view! {
                <div id="form-problems" class="error-summary" role="alert" tabindex="-1">
                    <p>{i18n.t(AssessText::AssessCannotSave)}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    };
    let rows = move || {
        let d = draft.get();
        (1..=12u8)
            .map(|n| {
                let key = item_key(n, d.gastrostomy);
                let title = def.item(&key).map(|i| tx(lang(), &i.title)).unwrap_or("");
                let answer = d.answer(n).and_then(|s| {
                    def.item(&key)?.options.iter().find(|o| o.score == s).map(|o| (s, tx(lang(), &o.anchor)))
                });
                let shown = match answer {
                    Some((s, text)) => format!("{s} – {text}"),
                    None => i18n.get(AssessText::AssessNotAnswered).to_string(),
                };
                view! {
                    <tr>
                        <th scope="row">{key}". "{title}</th>
                        <td>{shown}</td>
                        <td><button type="button" class="button quiet" data-scan on:click=move |_| go(n)>
                            {i18n.t(AssessText::AssessChange)}<span class="visually-hidden">" "{n}</span>
                        </button></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let details = move || {
        let d = draft.get();
        let who = d
            .filled_by
            .map(|f| i18n.get(filled_by_key(f)))
            .unwrap_or(i18n.get(AssessText::AssessNotAnswered));
        let gastro = match d.gastrostomy {
            Some(true) => i18n.get(AssessText::AssessGastroYes),
            Some(false) => i18n.get(AssessText::AssessGastroNo),
            None => i18n.get(AssessText::AssessNotAnswered),
        };
        view! {
            <p>{i18n.t(AssessText::AssessDate)}": "{d.date}" · "{i18n.t(AssessText::AssessFilledBy)}": "{who}" · "{gastro}
                " "<button type="button" class="button quiet" data-scan on:click=move |_| go(DETAILS)>{i18n.t(AssessText::AssessChange)}</button>
            </p>
        }
    };
    view! {
        <h2 id="step-heading" tabindex="-1">{i18n.t(AssessText::AssessStepReview)}</h2>
        // Save comes first: a switch reaches it in one step, before the per-item changes.
        <p class="save-first">
            <button type="button" class="button primary" data-scan on:click=move |_| save()>
                {i18n.t(AssessText::AssessSave)}
            </button>
        </p>
        {problem_list}
        {details}
        <table class="review">
            <caption class="visually-hidden">{i18n.t(AssessText::AssessStepReview)}</caption>
            <tbody>{rows}</tbody>
        </table>
        <div class="field">
            <label for="assess-notes">{i18n.t(AssessText::AssessNotes)}</label>
            <textarea id="assess-notes" rows="3" maxlength="2000"
                prop:value=move || draft.with(|d| d.notes.clone())
                on:input=move |ev| draft.update(|d| d.notes = event_target_value(&ev))></textarea>
        </div>
        <p class="hint">{i18n.t(AssessText::AssessSaveHint)}</p>
    }
}
