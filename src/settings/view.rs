//! The settings page (`#/settings`).

use super::model::{Settings, TextSize};
use super::{choose_language, use_settings};
use crate::i18n::{use_i18n, AppText, Lang};
use crate::shell::PageHeading;
use leptos::prelude::*;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_settings();
    // The last change the user made, announced politely once it is stored.
    let last_change = RwSignal::new(None::<AppText>);
    let changed = move |key: AppText| last_change.set(Some(key));

    let languages = Lang::ALL
        .map(|lang| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="lang"
                        prop:checked=move || i18n.lang.get() == lang
                        on:change=move |_| {
                            choose_language(i18n, state, lang);
                            changed(AppText::SettingsSaved);
                        }
                    />
                    <span lang=lang.html_tag()>{lang.endonym()}</span>
                </label>
            }
        })
        .collect_view();

    let sizes = TextSize::ALL
        .map(|size| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="text-size"
                        prop:checked=move || state.settings.get().text_size == size
                        on:change=move |_| {
                            state.update(|s| s.text_size = size);
                            changed(AppText::SettingsSaved);
                        }
                    />
                    <span>{size.percent()}" %"</span>
                </label>
            }
        })
        .collect_view();

    let reset = move |_| {
        super::reset_all(i18n, state);
        changed(AppText::SettingsResetDone);
    };

    let status = move || {
        if !state.persisted.get() {
            Some(i18n.get(AppText::StorageUnavailable))
        } else {
            last_change.get().map(|key| i18n.get(key))
        }
    };

    view! {
        <PageHeading key=AppText::NavSettings/>
        <form class="settings" on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend>{i18n.t(AppText::SettingsLangLegend)}</legend>
                <div class="choices">{languages}</div>
            </fieldset>
            <fieldset aria-describedby="text-size-hint">
                <legend>{i18n.t(AppText::SettingsTextSizeLegend)}</legend>
                <p id="text-size-hint" class="hint">{i18n.t(AppText::SettingsTextSizeHint)}</p>
                <div class="choices">{sizes}</div>
            </fieldset>
            <fieldset>
                <legend>{i18n.t(AppText::SettingsDisplayLegend)}</legend>
                {toggle(AppText::SettingsHighContrast, None, |s| &mut s.high_contrast, changed)}
                {toggle(AppText::SettingsReduceMotion, Some("motion-hint"), |s| &mut s.reduce_motion, changed)}
                <p id="motion-hint" class="hint">{i18n.t(AppText::SettingsReduceMotionHint)}</p>
            </fieldset>
            <button type="button" class="button" on:click=reset>
                {i18n.t(AppText::SettingsReset)}
            </button>
            <p class="status" role="status">{status}</p>
        </form>
    }
}

/// A large checkbox bound to one boolean setting.
fn toggle(
    label: AppText,
    described_by: Option<&'static str>,
    field: fn(&mut Settings) -> &mut bool,
    changed: impl Fn(AppText) + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_settings();
    view! {
        <label class="choice wide">
            <input
                type="checkbox"
                aria-describedby=described_by
                prop:checked=move || {
                    let mut now = state.settings.get();
                    *field(&mut now)
                }
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state.update(|s| *field(s) = on);
                    changed(AppText::SettingsSaved);
                }
            />
            <span>{i18n.t(label)}</span>
        </label>
    }
}
