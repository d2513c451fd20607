//! The personal records on this device (the assessments and the timeline, one
//! `scales::History`): local storage through gloo-storage, in the scales crate's
//! versioned envelope. Every write first merges with what is stored (another tab may
//! have written since), and a `storage` event from another tab is merged in, so two open
//! tabs never lose each other's records. When storage is disabled, full, or holds data
//! this version cannot read, the app keeps working in memory, says so, and never writes
//! over what is there. The self-assessment and the timeline both read and change the
//! records here.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use scales::{storage, Assessment, Date, History, HistoryError, RecordId, Stamp};

pub const KEY: &str = "als-explorer.alsfrs-r";

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

pub fn raw() -> Option<web_sys::Storage> {
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

/// A new record id from the time in milliseconds and a random number.
pub fn new_id(now_ms: u64, random: u32) -> RecordId {
    RecordId::new(format!("a{now_ms:x}-{:04x}", random & 0xffff)).expect("hex digits are valid")
}

#[derive(Clone, Copy)]
pub struct RecordStore {
    pub history: RwSignal<History>,
    pub persist: RwSignal<Persist>,
    /// The last deleted assessment, until it is restored or another change is made.
    pub deleted: RwSignal<Option<Assessment>>,
    /// The id of the assessment saved a moment ago in this page (for "Saved").
    pub saved_now: RwSignal<Option<String>>,
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

impl RecordStore {
    pub fn load() -> RecordStore {
        let (history, persist) = read_stored();
        let store = RecordStore {
            history: RwSignal::new(history),
            persist: RwSignal::new(persist),
            deleted: RwSignal::new(None),
            saved_now: RwSignal::new(None),
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
        new_id(now_ms(), (js_sys::Math::random() * 65536.0) as u32)
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
}

pub fn use_records() -> RecordStore {
    expect_context::<RecordStore>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_valid_and_differ() {
        let a = new_id(1_700_000_000_000, 1);
        let b = new_id(1_700_000_000_000, 2);
        assert_ne!(a, b);
        assert!(a.as_str().starts_with('a'));
    }
}
