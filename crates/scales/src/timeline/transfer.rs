//! Import preview and apply for timeline records: the same classification and stamping
//! rules as for assessments (see [`crate::import`]).

use super::{RecordKind, TimelineRecord};
use crate::assessment::{RecordId, Stamp};
use crate::date::Date;
use crate::history::History;
use crate::import::{ChangeKind, ConflictChoice};
use serde::Serialize;

/// What importing one timeline record would do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TimelineRowPreview {
    /// CSV: the spreadsheet row; JSON: the position in its list.
    pub row: u32,
    pub record: RecordKind,
    pub id: RecordId,
    /// The record's date (an intervention's start).
    pub date: Date,
    pub change: ChangeKind,
    /// True when the stored record is a deletion (tombstone).
    pub was_deleted: bool,
}

fn stored(existing: &History, r: &TimelineRecord) -> Option<(Stamp, Option<TimelineRecord>)> {
    let t = existing.timeline();
    let (stamp, deleted) = t.stamp_of(r.kind(), r.id())?;
    let live = match r.kind() {
        RecordKind::Intervention => t
            .intervention(r.id())
            .cloned()
            .map(TimelineRecord::Intervention),
        RecordKind::Measurement => t
            .measurement(r.id())
            .cloned()
            .map(TimelineRecord::Measurement),
        RecordKind::Milestone => t.milestone(r.id()).cloned().map(TimelineRecord::Milestone),
    };
    Some((stamp, if deleted { None } else { live }))
}

pub(crate) fn classify(existing: &History, incoming: &TimelineRecord) -> (ChangeKind, bool) {
    match stored(existing, incoming) {
        None => (ChangeKind::Added, false),
        Some((deleted, None)) if incoming.modified() > deleted => (ChangeKind::Added, true),
        Some((_, None)) => (ChangeKind::Conflicting, true),
        Some((_, Some(s))) if s.same_content(incoming) => (ChangeKind::Unchanged, false),
        Some((stamp, Some(_))) if incoming.modified() >= stamp => (ChangeKind::Updated, false),
        Some((_, Some(_))) => (ChangeKind::Conflicting, false),
    }
}

pub(crate) fn preview_rows(
    existing: &History,
    incoming: &[(u32, TimelineRecord)],
) -> Vec<TimelineRowPreview> {
    incoming
        .iter()
        .map(|(row, r)| {
            let (change, was_deleted) = classify(existing, r);
            TimelineRowPreview {
                row: *row,
                record: r.kind(),
                id: r.id().clone(),
                date: r.date(),
                change,
                was_deleted,
            }
        })
        .collect()
}

/// Takes the file's records into `out` (a copy of `existing`), as [`crate::import::apply`]
/// does for assessments.
pub(crate) fn apply_into(
    out: &mut History,
    existing: &History,
    incoming: &[(u32, TimelineRecord)],
    now: Stamp,
    choice: ConflictChoice,
) {
    for (_, r) in incoming {
        let take = match classify(existing, r).0 {
            ChangeKind::Added | ChangeKind::Updated => true,
            ChangeKind::Unchanged => false,
            ChangeKind::Conflicting => choice == ConflictChoice::UseImported,
        };
        if !take {
            continue;
        }
        let mut record = r.clone();
        if let Some((stamp, _)) = stored(existing, r) {
            record.set_modified(record.modified().max(now).max(stamp.next()));
        }
        // The stamp is newer than the stored entry, so this cannot be refused.
        let _ = out.upsert_record(record);
    }
}
