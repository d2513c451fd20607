//! The assessments on this device: local storage through gloo-storage, in the scales
//! crate's versioned envelope. Every write first merges with what is stored (another
//! tab may have written since), and a `storage` event from another tab is merged in, so
//! two open tabs never lose each other's records. When storage is disabled, full, or
//! holds data this version cannot read, the app keeps working in memory, says so, and
//! never writes over what is there.

use super::model::Draft;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use scales::{storage, Assessment, Date, History, HistoryError, RecordId, Stamp};
use serde::{Deserialize, Serialize};

pub const KEY: &str = "als-explorer.alsfrs-r";
const DRAFT_KEY: &str = "als-explorer.alsfrs-r.draft";
const ACCESS_KEY: &str = "als-explorer.alsfrs-r.access";

/// Whether the history on screen is also on the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persist {
    Saved,
    /// No local storage (disabled, private mode, sandboxed frame).
    Unavailable,
    /// The last write failed (storage full).
    WriteFailed,
    /// Stored by a newer version of the app: left untouched, not read.
    KeptNewer,
    /// Stored data that cannot be read: left untouched.
    KeptUnreadable,
}

/// Switch scanning and dwell-to-click, remembered on the device.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Access {
    pub scanning: bool,
    /// Milliseconds the highlight rests on each choice.
    pub scan_ms: u32,
    pub dwell: bool,
    /// Milliseconds the pointer must rest on a choice to press it.
    pub dwell_ms: u32,
}

impl Default for Access {
    fn default() -> Self {
        Access {
            scanning: false,
            scan_ms: 1500,
            dwell: false,
            dwell_ms: 1200,
        }
    }
}

pub const SCAN_STEPS_MS: [u32; 8] = [750, 1000, 1500, 2000, 2500, 3000, 4000, 5000];
pub const DWELL_STEPS_MS: [u32; 6] = [600, 800, 1000, 1200, 1600, 2000];

/// The step after `now` in `steps` (`up`) or before it, staying at the ends.
pub fn step_through(steps: &[u32], now: u32, up: bool) -> u32 {
    let i = steps
        .iter()
        .position(|&s| s >= now)
        .unwrap_or(steps.len() - 1);
    let j = if up {
        (i + 1).min(steps.len() - 1)
    } else {
        i.saturating_sub(1)
    };
    steps[j]
}

pub(super) fn raw() -> Option<web_sys::Storage> {
    crate::platform::local_storage_available().then(LocalStorage::raw)
}

fn now_ms() -> u64 {
    if !crate::platform::in_browser() {
        return build_time_ms();
    }
    js_sys::Date::now() as u64
}

/// The clock where there is no browser (a tool's first screen written at build time; the
/// page's script puts the reader's own date in before it shows).
fn build_time_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Today in the device's time zone.
pub fn today() -> Date {
    if !crate::platform::in_browser() {
        let days = (build_time_ms() / 86_400_000) as i64;
        return Date::from_days_since_epoch(days)
            .unwrap_or_else(|| Date::new(2000, 1, 1).expect("a real day"));
    }
    let d = js_sys::Date::new_0();
    Date::new(
        d.get_full_year() as i32,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
    .unwrap_or_else(|_| Date::new(2000, 1, 1).expect("a real day"))
}

#[derive(Clone, Copy)]
pub struct AssessStore {
    pub history: RwSignal<History>,
    pub persist: RwSignal<Persist>,
    /// The last deleted assessment, until it is restored or another change is made.
    pub deleted: RwSignal<Option<Assessment>>,
    pub access: RwSignal<Access>,
    pub draft: RwSignal<Option<Draft>>,
    /// The id of the assessment saved a moment ago in this page (for "Saved").
    pub saved_now: RwSignal<Option<String>>,
    /// Records that last: persistent storage, the last backup file (see `keep.rs`).
    pub keep: super::keep::Keep,
}

fn read_stored() -> (History, Persist) {
    let Some(s) = raw() else {
        return (History::new(), Persist::Unavailable);
    };
    match s.get_item(KEY) {
        Ok(None) => (History::new(), Persist::Saved),
        Ok(Some(text)) => match storage::load(&text) {
            Ok(h) => (h, Persist::Saved),
            Err(scales::StorageError::NewerSchema { .. }) => (History::new(), Persist::KeptNewer),
            Err(scales::StorageError::Invalid(_)) => (History::new(), Persist::KeptUnreadable),
        },
        Err(_) => (History::new(), Persist::Unavailable),
    }
}

impl AssessStore {
    pub fn load() -> AssessStore {
        let (history, persist) = read_stored();
        let access = raw()
            .and_then(|_| LocalStorage::get::<Access>(ACCESS_KEY).ok())
            .unwrap_or_default();
        let draft = raw()
            .and_then(|_| LocalStorage::get::<Draft>(DRAFT_KEY).ok())
            .and_then(Draft::from_stored);
        let store = AssessStore {
            history: RwSignal::new(history),
            persist: RwSignal::new(persist),
            deleted: RwSignal::new(None),
            access: RwSignal::new(access),
            draft: RwSignal::new(draft),
            saved_now: RwSignal::new(None),
            keep: super::keep::Keep::load(),
        };
        store.listen_to_other_tabs();
        store
    }

    /// For as long as the app lives (the store is made at its root; nothing at build time).
    fn listen_to_other_tabs(self) {
        crate::platform::on_window(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() != Some(KEY) || self.persist.get_untracked() != Persist::Saved {
                return;
            }
            if let Some(theirs) = ev.new_value().and_then(|t| storage::load(&t).ok()) {
                self.history.update(|ours| *ours = ours.merge(&theirs));
            }
        });
    }

    /// A stamp newer than every one in the history and not behind the clock.
    pub fn next_stamp(self) -> Stamp {
        let next = self.history.with_untracked(|h| h.max_stamp().next());
        Stamp(next.0.max(now_ms()))
    }

    pub fn new_id(self) -> RecordId {
        super::model::new_id(now_ms(), (js_sys::Math::random() * 65536.0) as u32)
    }

    /// Applies a change and writes the result, merged with what another tab may have
    /// stored meanwhile.
    pub fn change(
        self,
        edit: impl FnOnce(&mut History) -> Result<(), HistoryError>,
    ) -> Result<(), HistoryError> {
        let mut next = self.history.get_untracked();
        edit(&mut next)?;
        self.replace(next);
        Ok(())
    }

    /// Replaces the history (after an import) and writes it.
    pub fn replace(self, mut next: History) {
        let persist = self.persist.get_untracked();
        if matches!(persist, Persist::Saved | Persist::WriteFailed) {
            if let Some(s) = raw() {
                let stored = s.get_item(KEY).ok().flatten();
                // Merged with what another tab may have written; never over a copy that
                // cannot be read or was written by a newer app (kept, and said so).
                self.persist
                    .set(match storage::merge_with_stored(&next, stored.as_deref()) {
                        Ok(merged) => {
                            next = merged;
                            if s.set_item(KEY, &storage::save(&next)).is_ok() {
                                Persist::Saved
                            } else {
                                Persist::WriteFailed
                            }
                        }
                        Err(scales::StorageError::NewerSchema { .. }) => Persist::KeptNewer,
                        Err(scales::StorageError::Invalid(_)) => Persist::KeptUnreadable,
                    });
            }
        }
        self.history.set(next);
    }

    pub fn set_onset(self, onset: Option<Date>) -> Result<(), HistoryError> {
        let stamp = self.next_stamp();
        self.change(|h| h.set_onset(onset, stamp))
    }

    /// Deletes and keeps the record for "undo".
    pub fn delete(self, id: &RecordId) -> Result<(), HistoryError> {
        let kept = self.history.with_untracked(|h| h.get(id).cloned());
        let stamp = self.next_stamp();
        self.change(|h| h.delete(id, stamp))?;
        self.deleted.set(kept);
        Ok(())
    }

    /// Brings the last deleted record back (with a stamp newer than its tombstone).
    pub fn undo_delete(self) -> Result<(), HistoryError> {
        let Some(mut a) = self.deleted.get_untracked() else {
            return Err(HistoryError::NotFound);
        };
        a.modified = self.next_stamp();
        self.change(|h| h.upsert(a))?;
        self.deleted.set(None);
        Ok(())
    }

    pub fn set_access(self, edit: impl FnOnce(&mut Access)) {
        self.access.update(edit);
        if raw().is_some() {
            let _ = LocalStorage::set(ACCESS_KEY, self.access.get_untracked());
        }
    }

    /// Keeps the draft on the device after every change (no button needed).
    pub fn save_draft(self, draft: Option<Draft>) {
        if raw().is_some() {
            let _ = match &draft {
                Some(d) => LocalStorage::set(DRAFT_KEY, d),
                None => {
                    LocalStorage::delete(DRAFT_KEY);
                    Ok(())
                }
            };
        }
        self.draft.set(draft);
    }
}

pub fn use_assess() -> AssessStore {
    expect_context::<AssessStore>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pace_steps_stay_within_the_list() {
        assert_eq!(step_through(&SCAN_STEPS_MS, 1500, true), 2000);
        assert_eq!(step_through(&SCAN_STEPS_MS, 1500, false), 1000);
        assert_eq!(step_through(&SCAN_STEPS_MS, 750, false), 750);
        assert_eq!(step_through(&SCAN_STEPS_MS, 5000, true), 5000);
        assert_eq!(step_through(&SCAN_STEPS_MS, 99_999, true), 5000);
        assert_eq!(step_through(&DWELL_STEPS_MS, 1100, true), 1600);
    }
}
