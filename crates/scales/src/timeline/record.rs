//! Any timeline record, its type, and a deletion of one.

use super::intervention::Intervention;
use super::measurement::Measurement;
use super::milestone::Milestone;
use crate::assessment::{RecordId, Stamp};
use crate::date::Date;
use crate::ledger::Record;
use serde::Serialize;

/// The three types of timeline record. Ids are unique within a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Intervention,
    Measurement,
    Milestone,
}

impl RecordKind {
    pub const ALL: [RecordKind; 3] = [
        RecordKind::Intervention,
        RecordKind::Measurement,
        RecordKind::Milestone,
    ];

    /// The code in files: `intervention`, `measurement`, `milestone`.
    pub fn code(self) -> &'static str {
        match self {
            RecordKind::Intervention => "intervention",
            RecordKind::Measurement => "measurement",
            RecordKind::Milestone => "milestone",
        }
    }

    pub fn parse(text: &str) -> Option<RecordKind> {
        let t = text.trim().to_ascii_lowercase();
        RecordKind::ALL.into_iter().find(|k| k.code() == t)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TimelineRecord {
    Intervention(Intervention),
    Measurement(Measurement),
    Milestone(Milestone),
}

impl TimelineRecord {
    pub fn kind(&self) -> RecordKind {
        match self {
            TimelineRecord::Intervention(_) => RecordKind::Intervention,
            TimelineRecord::Measurement(_) => RecordKind::Measurement,
            TimelineRecord::Milestone(_) => RecordKind::Milestone,
        }
    }

    /// The record's date (an intervention's start).
    pub fn date(&self) -> Date {
        match self {
            TimelineRecord::Intervention(r) => r.start,
            TimelineRecord::Measurement(r) => r.date,
            TimelineRecord::Milestone(r) => r.date,
        }
    }

    /// The rules of the record's type, each with its field.
    pub fn validate(&self, today: Option<Date>) -> Vec<(&'static str, crate::error::Problem)> {
        match self {
            TimelineRecord::Intervention(r) => r.validate(today),
            TimelineRecord::Measurement(r) => r.validate(today),
            TimelineRecord::Milestone(r) => r.validate(today),
        }
    }
}

/// A deleted timeline record.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimelineTombstone {
    pub record: RecordKind,
    pub id: RecordId,
    pub deleted: Stamp,
}

/// Every timeline record is kept by the one rule of [`crate::ledger`]; its content is
/// compared as a whole (records of two kinds are never the same).
impl Record for TimelineRecord {
    fn id(&self) -> &RecordId {
        match self {
            TimelineRecord::Intervention(r) => &r.id,
            TimelineRecord::Measurement(r) => &r.id,
            TimelineRecord::Milestone(r) => &r.id,
        }
    }

    fn modified(&self) -> Stamp {
        match self {
            TimelineRecord::Intervention(r) => r.modified,
            TimelineRecord::Measurement(r) => r.modified,
            TimelineRecord::Milestone(r) => r.modified,
        }
    }

    fn set_modified(&mut self, stamp: Stamp) {
        match self {
            TimelineRecord::Intervention(r) => r.modified = stamp,
            TimelineRecord::Measurement(r) => r.modified = stamp,
            TimelineRecord::Milestone(r) => r.modified = stamp,
        }
    }
}
