//! Step 3 of an import, after the user confirms: a new merged history.

use super::classify::{taken, ConflictChoice};
use super::incoming::Incoming;
use crate::history::History;
use crate::ledger::Record;

/// The merged history (the existing one is not modified). Every record is taken or
/// left by the one rule of [`super::classify`]; a taken record's stamp is newer than
/// what it replaces, so writing it cannot be refused. The onset follows the same rule.
pub fn apply(existing: &History, incoming: &Incoming, choice: ConflictChoice) -> History {
    let mut out = existing.clone();
    let (now, timeline) = (incoming.now, existing.timeline());
    for (_, a) in &incoming.records {
        if let Some(record) = taken(existing.slot(&a.id), a, now, choice) {
            let _ = out.upsert(record);
        }
    }
    for (_, r) in &incoming.timeline {
        let stored = timeline.slot(r.kind(), r.id());
        if let Some(record) = taken(stored.as_ref(), r, now, choice) {
            let _ = out.upsert_record(record);
        }
    }
    let stored = existing.person();
    let after = stored.modified.next();
    let onset = match (stored.onset, incoming.onset) {
        // Added: keeps the file's stamp when it is newer (so a round trip is exact).
        (None, Some(o)) => Some((o, incoming.onset_modified.max(after))),
        (Some(s), Some(o)) if s != o && choice == ConflictChoice::UseImported => {
            Some((o, now.max(after)))
        }
        _ => None,
    };
    if let Some((onset, stamp)) = onset {
        // The stamp is newer than the stored one, so this cannot be refused.
        let _ = out.set_onset(Some(onset), stamp);
    }
    out
}
