//! Records that last. The browser is asked to keep the records (`navigator.storage
//! .persist()`) when an assessment is saved, and what it answered is said in plain
//! words; a backup file (the JSON export) is offered after a save when none was made in
//! the last 30 days; in Safari on iPhone and iPad, when the site is not opened from the
//! home screen, a note explains once that the records may be cleared after seven days
//! without a visit and how to add the site to the home screen. Nothing is sent anywhere.

use super::say::AssessText;
use crate::i18n::use_i18n;
use crate::i18n::Fill;
use crate::platform;
use crate::records::store::{raw, today, use_records, RecordStore};
use gloo_storage::{LocalStorage, Storage};
use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use scales::Date;
use wasm_bindgen::{JsCast, JsValue};

const BACKUP_KEY: &str = "als-explorer.alsfrs-r.backup";
const IOS_NOTE_KEY: &str = "als-explorer.alsfrs-r.ios-note-seen";
/// A backup is offered after a save when the last one is older than this.
pub const BACKUP_DAYS: i64 = 30;

/// What the browser says about keeping the records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lasting {
    /// Not known yet, or the browser cannot say (no `navigator.storage`).
    Unknown,
    /// Persistent: the browser will not clear them on its own.
    Kept,
    /// Best effort: the browser may clear them when space runs low.
    NotPromised,
}

/// The keeping of the records (a context of its own, provided beside the stores).
pub fn use_keep() -> Keep {
    expect_context::<Keep>()
}

#[derive(Clone, Copy)]
pub struct Keep {
    pub lasting: RwSignal<Lasting>,
    pub last_backup: RwSignal<Option<Date>>,
    pub ios_note_seen: RwSignal<bool>,
}

/// True when a backup should be offered: none yet, or the last is `BACKUP_DAYS` old.
pub fn backup_due(last: Option<Date>, today: Date) -> bool {
    last.is_none_or(|d| d.days_until(today) >= BACKUP_DAYS)
}

/// Safari or another WebKit browser on iPhone / iPad (iPadOS may call itself a Mac with
/// a touch screen), not opened from the home screen.
pub fn ios_tab(user_agent: &str, touch_points: i32, standalone: bool) -> bool {
    let ios = ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|d| user_agent.contains(d))
        || (user_agent.contains("Macintosh") && touch_points > 1);
    ios && !standalone
}

fn storage_manager() -> Option<JsValue> {
    let nav = web_sys::window()?.navigator();
    let sm = Reflect::get(&nav, &"storage".into()).ok()?;
    (!sm.is_undefined() && !sm.is_null()).then_some(sm)
}

/// Calls `navigator.storage.persist()` or `.persisted()`; `None` when there is none.
async fn ask_storage(method: &str) -> Option<bool> {
    let sm = storage_manager()?;
    let f: Function = Reflect::get(&sm, &method.into()).ok()?.dyn_into().ok()?;
    let p: Promise = f.call0(&sm).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(p)
        .await
        .ok()?
        .as_bool()
}

fn lasting_of(v: Option<bool>) -> Lasting {
    match v {
        Some(true) => Lasting::Kept,
        Some(false) => Lasting::NotPromised,
        None => Lasting::Unknown,
    }
}

fn standalone() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let apple = Reflect::get(&w.navigator(), &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let pwa = w
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    apple || pwa
}

/// Whether the home-screen note applies to this browser.
pub fn needs_ios_note() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let nav = w.navigator();
    ios_tab(
        &nav.user_agent().unwrap_or_default(),
        nav.max_touch_points(),
        standalone(),
    )
}

impl Keep {
    pub fn load() -> Keep {
        let stored = |key| raw().and_then(|_| LocalStorage::get::<String>(key).ok());
        let keep = Keep {
            lasting: RwSignal::new(Lasting::Unknown),
            last_backup: RwSignal::new(stored(BACKUP_KEY).and_then(|d| Date::parse(&d).ok())),
            ios_note_seen: RwSignal::new(stored(IOS_NOTE_KEY).is_some()),
        };
        let lasting = keep.lasting;
        // Not at build time, where a tool's first screen is written with nothing stored.
        if crate::platform::in_browser() {
            wasm_bindgen_futures::spawn_local(async move {
                lasting.set(lasting_of(ask_storage("persisted").await));
            });
        }
        keep
    }

    /// After a save: asks the browser to keep the records, unless it already does.
    pub fn ask(self) {
        if self.lasting.get_untracked() == Lasting::Kept {
            return;
        }
        let lasting = self.lasting;
        wasm_bindgen_futures::spawn_local(async move {
            lasting.set(lasting_of(ask_storage("persist").await));
        });
    }

    /// Notes that a backup file (the JSON export) was made today.
    pub fn backed_up(self) {
        let day = today();
        if raw().is_some() {
            let _ = LocalStorage::set(BACKUP_KEY, day.to_string());
        }
        self.last_backup.set(Some(day));
    }

    pub fn dismiss_ios_note(self) {
        if raw().is_some() {
            let _ = LocalStorage::set(IOS_NOTE_KEY, "seen");
        }
        self.ios_note_seen.set(true);
    }
}

/// Saves the JSON export as the backup file and notes the day.
pub fn save_backup(records: RecordStore, keep: Keep) {
    let text = records.history.with_untracked(scales::export_json);
    if platform::download(
        &format!("alsfrs-r-{}.json", today()),
        "application/json",
        &text,
    ) {
        keep.backed_up();
    }
}

/// The state of the records in plain words: kept or not, the last backup, the backup
/// offer when one is due (`offer`), and the home-screen note where it applies.
#[component]
pub fn KeepRecords(offer: bool) -> impl IntoView {
    let i18n = use_i18n();
    let records = use_records();
    let keep = use_keep();
    let lasting = move || {
        i18n.t(match keep.lasting.get() {
            Lasting::Kept => AssessText::KeepPersisted,
            Lasting::NotPromised => AssessText::KeepNotPersisted,
            Lasting::Unknown => AssessText::KeepUnknown,
        })
    };
    let last = move || match keep.last_backup.get() {
        Some(d) => i18n
            .get(AssessText::KeepLastBackup)
            .fill(&[("date", &d.to_string())]),
        None => i18n.get(AssessText::KeepNoBackup).to_string(),
    };
    let due = move || offer && backup_due(keep.last_backup.get(), today());
    let ios = needs_ios_note();
    view! {
        <section class="keep" aria-labelledby="keep-heading">
            <h3 id="keep-heading">{i18n.t(AssessText::KeepTitle)}</h3>
            <p class="keep-lasting">{lasting}</p>
            <p class="keep-last-backup">{last}</p>
            <Show when=due>
                <div class="backup-offer">
                    <p>{i18n.t(AssessText::KeepBackupOffer)}</p>
                    <button type="button" class="button primary" data-scan on:click=move |_| save_backup(records, keep)>
                        {i18n.t(AssessText::KeepBackupButton)}
                    </button>
                </div>
            </Show>
            <Show when=move || ios && !keep.ios_note_seen.get()>
                <div class="ios-note" role="note">
                    <p>{i18n.t(AssessText::KeepIosNote)}</p>
                    <p>{i18n.t(AssessText::KeepIosHow)}</p>
                    <button type="button" class="button" data-scan on:click=move |_| keep.dismiss_ios_note()>
                        {i18n.t(AssessText::KeepIosOk)}
                    </button>
                </div>
            </Show>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn a_backup_is_due_after_thirty_days_or_when_there_was_none() {
        let today = d("2026-03-31");
        assert!(backup_due(None, today));
        assert!(!backup_due(Some(d("2026-03-31")), today));
        assert!(!backup_due(Some(d("2026-03-02")), today)); // 29 days
        assert!(backup_due(Some(d("2026-03-01")), today)); // 30 days
    }

    #[test]
    fn the_home_screen_note_is_for_iphone_and_ipad_tabs_only() {
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
        let ipad_as_mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
        let android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36";
        assert!(ios_tab(iphone, 5, false));
        assert!(!ios_tab(iphone, 5, true), "opened from the home screen");
        assert!(ios_tab(ipad_as_mac, 5, false));
        assert!(!ios_tab(ipad_as_mac, 0, false), "a Mac without touch");
        assert!(!ios_tab(android, 5, false));
    }
}
