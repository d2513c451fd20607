//! Settings in the browser's local storage (through gloo-storage), with a reactive handle.
//! When storage is disabled or full the app keeps working from memory and says so.

use super::model::{Settings, StoredSettings};
use crate::platform::local_storage_available as storage_available;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

const KEY: &str = "als-explorer.settings";

/// What was found in storage at start-up.
fn load() -> (Option<Settings>, bool) {
    if !storage_available() {
        return (None, false);
    }
    // A missing, corrupt or newer value all start from defaults; it is only replaced
    // when the user changes a setting.
    let settings = LocalStorage::get::<StoredSettings>(KEY)
        .ok()
        .and_then(StoredSettings::settings);
    (settings, true)
}

fn save(settings: &Settings) -> bool {
    storage_available() && LocalStorage::set(KEY, StoredSettings::new(*settings)).is_ok()
}

/// The settings of this page and whether the last change could be saved.
#[derive(Clone, Copy)]
pub struct SettingsState {
    pub settings: RwSignal<Settings>,
    /// False when storage is disabled or full: the settings live in memory only.
    pub persisted: RwSignal<bool>,
}

impl SettingsState {
    pub fn load() -> Self {
        let (saved, available) = load();
        SettingsState {
            settings: RwSignal::new(saved.unwrap_or_default()),
            persisted: RwSignal::new(available),
        }
    }

    /// Changes the settings and saves them.
    pub fn update(self, change: impl FnOnce(&mut Settings)) {
        self.settings.update(change);
        let ok = save(&self.settings.get_untracked());
        self.persisted.set(ok);
    }
}

pub fn use_settings() -> SettingsState {
    expect_context::<SettingsState>()
}
