//! Settings: language, text size, contrast, motion. Persisted on the device.

pub mod model;
mod store;
mod view;

pub use store::{use_settings, SettingsState};
pub use view::SettingsPage;

use crate::i18n::{I18n, Lang};
use leptos::prelude::Set;

/// Switches the interface language, remembers the choice, and drops `?lang=` from the
/// address so that a reload keeps the language the user just chose.
pub fn choose_language(i18n: I18n, state: SettingsState, lang: Lang) {
    i18n.lang.set(lang);
    state.update(|s| s.lang = Some(lang));
    crate::platform::drop_lang_param();
}

/// Every setting back to its default; the language follows the browser again (no
/// choice kept, `?lang=` dropped). With [`choose_language`], the only writers of the
/// language.
pub fn reset_all(i18n: I18n, state: SettingsState) {
    state.update(|s| *s = Default::default());
    i18n.lang.set(crate::platform::default_lang());
    crate::platform::drop_lang_param();
}
