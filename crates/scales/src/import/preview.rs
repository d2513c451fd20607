//! Step 2 of an import: what would change, row by row; the history is only read.

use super::classify::{classify, ChangeKind};
use super::incoming::Incoming;
use crate::assessment::RecordId;
use crate::date::Date;
use crate::history::History;
use crate::ledger::Record;
use crate::timeline::record::RecordKind;
use serde::Serialize;

/// What importing one assessment would do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RowPreview {
    pub row: u32,
    pub id: RecordId,
    pub date: Date,
    pub change: ChangeKind,
    /// True when the stored record is a deletion (tombstone).
    pub was_deleted: bool,
}

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OnsetPreview {
    NotInFile,
    Unchanged,
    /// None stored; the file's would be added.
    Added {
        onset: Date,
    },
    /// A different one is stored.
    Conflicting {
        stored: Date,
        incoming: Date,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Preview {
    /// The assessments.
    pub rows: Vec<RowPreview>,
    /// The timeline records.
    pub timeline_rows: Vec<TimelineRowPreview>,
    pub onset: OnsetPreview,
    /// The counts are over every record of the file, assessments and timeline.
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub conflicting: usize,
}

/// What would change; the history is only read.
pub fn preview(existing: &History, incoming: &Incoming) -> Preview {
    let rows: Vec<RowPreview> = incoming
        .records
        .iter()
        .map(|(row, a)| {
            let (change, was_deleted) = classify(existing.slot(&a.id), a);
            RowPreview {
                row: *row,
                id: a.id.clone(),
                date: a.date,
                change,
                was_deleted,
            }
        })
        .collect();
    let timeline_rows: Vec<TimelineRowPreview> = incoming
        .timeline
        .iter()
        .map(|(row, r)| {
            let stored = existing.timeline().slot(r.kind(), r.id());
            let (change, was_deleted) = classify(stored.as_ref(), r);
            TimelineRowPreview {
                row: *row,
                record: r.kind(),
                id: r.id().clone(),
                date: r.date(),
                change,
                was_deleted,
            }
        })
        .collect();
    let changes = rows.iter().map(|r| r.change);
    let changes: Vec<ChangeKind> = changes
        .chain(timeline_rows.iter().map(|r| r.change))
        .collect();
    let count = |k: ChangeKind| changes.iter().filter(|&&c| c == k).count();
    let onset = match (existing.person().onset, incoming.onset) {
        (_, None) => OnsetPreview::NotInFile,
        (None, Some(onset)) => OnsetPreview::Added { onset },
        (Some(s), Some(i)) if s == i => OnsetPreview::Unchanged,
        (Some(stored), Some(incoming)) => OnsetPreview::Conflicting { stored, incoming },
    };
    Preview {
        added: count(ChangeKind::Added),
        updated: count(ChangeKind::Updated),
        unchanged: count(ChangeKind::Unchanged),
        conflicting: count(ChangeKind::Conflicting),
        rows,
        timeline_rows,
        onset,
    }
}
