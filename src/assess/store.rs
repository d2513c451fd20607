//! The self-assessment's own state on this device: the form's draft (kept after every
//! change) and the switch-scanning and dwell preferences. The records themselves are in
//! `crate::records::store`.

use super::model::Draft;
use crate::records::store::{raw, today};
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const DRAFT_KEY: &str = "als-explorer.alsfrs-r.draft";
const ACCESS_KEY: &str = "als-explorer.alsfrs-r.access";

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

#[derive(Clone, Copy)]
pub struct AssessStore {
    pub access: RwSignal<Access>,
    /// The new assessment being filled in (blank when there is none): the form's own
    /// copy, the only one in memory; `keep_draft` writes it to the device.
    pub draft: RwSignal<Draft>,
}

impl AssessStore {
    pub fn load() -> AssessStore {
        let access = raw()
            .and_then(|_| LocalStorage::get::<Access>(ACCESS_KEY).ok())
            .unwrap_or_default();
        let draft = raw()
            .and_then(|_| LocalStorage::get::<Draft>(DRAFT_KEY).ok())
            .and_then(Draft::from_stored)
            .unwrap_or_else(|| Draft::new(today()));
        AssessStore {
            access: RwSignal::new(access),
            draft: RwSignal::new(draft),
        }
    }

    pub fn set_access(self, edit: impl FnOnce(&mut Access)) {
        self.access.update(edit);
        if raw().is_some() {
            let _ = LocalStorage::set(ACCESS_KEY, self.access.get_untracked());
        }
    }

    /// Writes the draft to the device (a blank one is removed), so that a reload or a
    /// closed tab loses nothing; the form calls it after every change.
    pub fn keep_draft(self) {
        if raw().is_none() {
            return;
        }
        self.draft.with_untracked(|d| {
            if d.is_blank() {
                LocalStorage::delete(DRAFT_KEY);
            } else {
                let _ = LocalStorage::set(DRAFT_KEY, d);
            }
        });
    }

    /// A new, blank draft (after saving, or "start over"), on the device too.
    pub fn clear_draft(self) {
        self.draft.set(Draft::new(today()));
        self.keep_draft();
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
