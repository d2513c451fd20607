//! Moving the history by file: export as CSV (for spreadsheets) or JSON (complete, with
//! deletions), and import either. An import is checked in full first; every problem is
//! named with its row and column in the user's language; a valid file shows what would
//! change and is merged only on confirmation. Nothing stored changes on a failure.

use super::say::AssessText;
use crate::i18n::{use_i18n, Fill, I18n};
use crate::platform;
use crate::records::store::{today, use_records};
use crate::records::words;
use leptos::prelude::*;
use scales::{
    import, ConflictChoice, ImportErrors, ImportOptions, Incoming, OnsetPreview, Preview,
};

#[derive(Clone)]
enum State {
    Idle,
    Failed(String, ImportErrors),
    Ready(String, Incoming, Preview),
    Done(usize),
    Restored(usize),
}

/// A file's text: JSON when it starts with `{`, CSV otherwise.
fn parse(text: &str, options: ImportOptions) -> Result<Incoming, ImportErrors> {
    if text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
    {
        import::parse_json(text, options)
    } else {
        import::parse_csv(text, options)
    }
}

fn error_line(i18n: I18n, e: &scales::ImportError) -> String {
    let lang = i18n.lang.get();
    let mut out = match e.row {
        Some(r) => i18n
            .get(AssessText::ImportRow)
            .fill(&[("n", &r.to_string())]),
        None => i18n.get(AssessText::ImportWholeFile).to_string(),
    };
    if let Some(c) = &e.column {
        out.push_str(&i18n.get(AssessText::ImportColumn).fill(&[("c", c)]));
    }
    out.push_str(": ");
    out.push_str(words::problem(lang, e.problem));
    if let Some(v) = &e.value {
        out.push_str(&i18n.get(AssessText::ImportValue).fill(&[("v", v)]));
    }
    if let Some(f) = e.first_row {
        out.push_str(
            &i18n
                .get(AssessText::ImportFirstRow)
                .fill(&[("n", &f.to_string())]),
        );
    }
    out
}

#[component]
pub fn Transfer() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_records();
    let state = RwSignal::new(State::Idle);
    let choice = RwSignal::new(ConflictChoice::KeepExisting);
    let export = move |ext: &str, mime: &str, write: fn(&scales::History) -> String| {
        let text = store.history.with_untracked(write);
        platform::download(&format!("alsfrs-r-{}.{ext}", today()), mime, &text);
    };
    let export_csv = move |_| export("csv", "text/csv;charset=utf-8", scales::export_csv);
    // The JSON export is the backup file: it is what a restore reads.
    let keep = super::keep::use_keep();
    let export_json = move |_| super::keep::save_backup(store, keep);
    // `restore`: one action — the chosen file is merged at once with the usual rules
    // (nothing removed; where they differ, this device's version is kept).
    let read_file = move |ev: leptos::ev::Event, restore: bool| {
        let Some(file) = platform::take_chosen_file(&ev) else {
            return;
        };
        let name = file.name();
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let options = ImportOptions {
                now: store.next_stamp(),
                today: Some(today()),
            };
            let next = match text.ok().and_then(|t| t.as_string()) {
                None => State::Failed(
                    name,
                    ImportErrors::one(scales::ImportError::new(scales::Problem::EmptyFile)),
                ),
                Some(text) => match parse(&text, options) {
                    Err(errors) => State::Failed(name, errors),
                    Ok(incoming) => {
                        let preview = store
                            .history
                            .with_untracked(|h| import::preview(h, &incoming));
                        if restore {
                            let merged = store.history.with_untracked(|h| {
                                import::apply(h, &incoming, ConflictChoice::KeepExisting)
                            });
                            store.replace(merged);
                            State::Restored(preview.added + preview.updated)
                        } else {
                            State::Ready(name, incoming, preview)
                        }
                    }
                },
            };
            state.set(next);
            request_animation_frame(|| platform::focus_id("import-result"));
        });
    };
    let confirm = move |_| {
        if let State::Ready(_, incoming, preview) = state.get_untracked() {
            let merged = store
                .history
                .with_untracked(|h| import::apply(h, &incoming, choice.get_untracked()));
            store.replace(merged);
            state.set(State::Done(preview.added + preview.updated));
        }
    };
    let result = move || {
        match state.get() {
        State::Idle => None,
        State::Done(n) => Some(view! {
            <p id="import-result" class="status" role="status" tabindex="-1">{i18n.get(AssessText::ImportDone).fill(&[("n", &n.to_string())])}</p>
        }.into_any()),
        State::Restored(n) => Some(view! {
            <p id="import-result" class="status" role="status" tabindex="-1">{i18n.get(AssessText::RestoreDone).fill(&[("n", &n.to_string())])}</p>
        }.into_any()),
        State::Failed(name, errors) => {
            let lines = errors.errors.iter().map(|e| view! { <li>{error_line(i18n, e)}</li> }).collect_view();
            Some(view! {
                <div id="import-result" class="error-summary" role="alert" tabindex="-1">
                    <p>{i18n.get(AssessText::ImportRefused).fill(&[("file", &name)])}</p>
                    <ul class="import-errors">{lines}</ul>
                    {errors.truncated.then(|| view! { <p>{i18n.t(AssessText::ImportMoreErrors)}</p> })}
                </div>
            }.into_any())
        }
        State::Ready(name, _, preview) => Some(view! { <PreviewView name preview choice confirm state/> }.into_any()),
    }
    };
    view! {
        <section class="transfer" aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">{i18n.t(AssessText::TransferTitle)}</h2>
            <p>{i18n.t(AssessText::TransferIntro)}</p>
            <p class="actions">
                <button type="button" class="button" on:click=export_csv>{i18n.t(AssessText::ExportCsv)}</button>
                <button type="button" class="button" on:click=export_json>{i18n.t(AssessText::ExportJson)}</button>
            </p>
            <div class="field">
                <label for="restore-file">{i18n.t(AssessText::RestoreLabel)}</label>
                <input id="restore-file" type="file" accept=".json,.csv,application/json,text/csv" on:change=move |ev| read_file(ev, true)/>
            </div>
            <div class="field">
                <label for="import-file">{i18n.t(AssessText::ImportLabel)}</label>
                <input id="import-file" type="file" accept=".csv,.json,text/csv,application/json" on:change=move |ev| read_file(ev, false)/>
            </div>
            {result}
        </section>
    }
}

#[component]
fn PreviewView(
    name: String,
    preview: Preview,
    choice: RwSignal<ConflictChoice>,
    confirm: impl Fn(leptos::ev::MouseEvent) + Copy + Send + Sync + 'static,
    state: RwSignal<State>,
) -> impl IntoView {
    let i18n = use_i18n();
    let summary = move || {
        i18n.get(AssessText::ImportSummary).fill(&[
            ("file", &name),
            ("added", &preview.added.to_string()),
            ("updated", &preview.updated.to_string()),
            ("unchanged", &preview.unchanged.to_string()),
            ("conflicting", &preview.conflicting.to_string()),
        ])
    };
    let rows = preview
        .rows
        .iter()
        .map(|r| {
            let k = r.change;
            view! { <tr><td>{r.row}</td><td>{r.date.to_string()}</td><td>{move || words::change_kind(i18n.lang.get(), k)}</td></tr> }
        })
        .collect_view();
    let onset = match preview.onset {
        OnsetPreview::Conflicting { stored, incoming } => Some(format!("{stored} → {incoming}")),
        OnsetPreview::Added { onset } => Some(format!("→ {onset}")),
        _ => None,
    };
    let conflicts =
        preview.conflicting > 0 || matches!(preview.onset, OnsetPreview::Conflicting { .. });
    let choose = move |c: ConflictChoice, key: AssessText| {
        view! {
            <label class="choice">
                <input type="radio" name="conflict" prop:checked=move || choice.get() == c on:change=move |_| choice.set(c)/>
                <span>{i18n.t(key)}</span>
            </label>
        }
    };
    view! {
        <div id="import-result" class="import-preview" tabindex="-1">
            <p role="status">{summary}</p>
            {onset.map(|o| view! { <p>{i18n.t(AssessText::OnsetLabel)}": "{o}</p> })}
            <table>
                <caption>{i18n.t(AssessText::ImportPreviewCaption)}</caption>
                <thead><tr><th scope="col">{i18n.t(AssessText::ImportRowHead)}</th><th scope="col">{i18n.t(AssessText::AssessDate)}</th><th scope="col">{i18n.t(AssessText::ImportChangeHead)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {conflicts.then(|| view! {
                <fieldset>
                    <legend>{i18n.t(AssessText::ImportConflictLegend)}</legend>
                    {choose(ConflictChoice::KeepExisting, AssessText::ImportKeepMine)}
                    {choose(ConflictChoice::UseImported, AssessText::ImportTakeFile)}
                </fieldset>
            })}
            <p class="actions">
                <button type="button" class="button primary" on:click=confirm>{i18n.t(AssessText::ImportConfirm)}</button>
                <button type="button" class="button" on:click=move |_| state.set(State::Idle)>{i18n.t(AssessText::ImportCancel)}</button>
            </p>
        </div>
    }
}
