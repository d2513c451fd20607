//! The one import classifier, for every kind of record: what taking one record from a
//! file would do against what is kept under its id, and the record to write if taken.

use crate::assessment::Stamp;
use crate::ledger::{Record, Slot};
use serde::Serialize;

/// What importing one record would do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// No record with this id yet (or one deleted before this version was made).
    Added,
    /// Differs, and the file's version is at least as new as the stored one.
    Updated,
    /// Same content as stored.
    Unchanged,
    /// Differs, and the stored version was changed after the file's (or deleted after
    /// it): kept unless the user chooses the file's version.
    Conflicting,
}

/// For records and an onset in conflict: keep what is stored, or take the file's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictChoice {
    #[default]
    KeepExisting,
    UseImported,
}

/// The change one incoming record makes, and whether what is kept is a deletion.
pub(crate) fn classify<T: Record>(stored: Option<&Slot<T>>, incoming: &T) -> (ChangeKind, bool) {
    match stored {
        None => (ChangeKind::Added, false),
        Some(Slot::Deleted(gone)) if incoming.modified() > *gone => (ChangeKind::Added, true),
        Some(Slot::Deleted(_)) => (ChangeKind::Conflicting, true),
        Some(Slot::Live(s)) if s.same_content(incoming) => (ChangeKind::Unchanged, false),
        // Equal stamps with different content: the file was edited after export.
        Some(Slot::Live(s)) if incoming.modified() >= s.modified() => (ChangeKind::Updated, false),
        Some(Slot::Live(_)) => (ChangeKind::Conflicting, false),
    }
}

/// The record to write for one incoming record, or `None` to keep what is stored. An
/// added record keeps its own stamp (so an export re-imported is identical); one that
/// replaces a kept slot gets a stamp newer than both, so the change wins in other tabs.
pub(crate) fn taken<T: Record>(
    stored: Option<&Slot<T>>,
    incoming: &T,
    now: Stamp,
    choice: ConflictChoice,
) -> Option<T> {
    let take = match classify(stored, incoming).0 {
        ChangeKind::Added | ChangeKind::Updated => true,
        ChangeKind::Unchanged => false,
        ChangeKind::Conflicting => choice == ConflictChoice::UseImported,
    };
    if !take {
        return None;
    }
    let mut record = incoming.clone();
    if let Some(old) = stored {
        record.set_modified(record.modified().max(now).max(old.stamp().next()));
    }
    Some(record)
}
