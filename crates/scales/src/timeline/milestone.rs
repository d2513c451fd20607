//! A milestone record: diagnosis, gastrostomy, start of non-invasive ventilation. The
//! onset is never a record (it is the person's onset date); see
//! [`super::milestone_view`] for the one view that reads each fact from where it is
//! kept.

use crate::assessment::{check_date, RecordId, Stamp, MAX_NOTES_CHARS};
use crate::date::Date;
use crate::error::Problem;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    /// First symptoms: only ever read from the person's onset date.
    Onset,
    Diagnosis,
    Gastrostomy,
    /// Start of non-invasive ventilation.
    NivStart,
}

impl MilestoneKind {
    pub const ALL: [MilestoneKind; 4] = [
        MilestoneKind::Onset,
        MilestoneKind::Diagnosis,
        MilestoneKind::Gastrostomy,
        MilestoneKind::NivStart,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MilestoneKind::Onset => "onset",
            MilestoneKind::Diagnosis => "diagnosis",
            MilestoneKind::Gastrostomy => "gastrostomy",
            MilestoneKind::NivStart => "niv_start",
        }
    }

    /// A kind that may be recorded: `onset` is refused with
    /// [`Problem::OnsetInTimeline`], anything unknown with
    /// [`Problem::InvalidMilestoneKind`].
    pub fn parse_recordable(text: &str) -> Result<MilestoneKind, Problem> {
        let t = text.trim().to_ascii_lowercase();
        match MilestoneKind::ALL.into_iter().find(|k| k.code() == t) {
            Some(MilestoneKind::Onset) => Err(Problem::OnsetInTimeline),
            Some(k) => Ok(k),
            None => Err(Problem::InvalidMilestoneKind),
        }
    }
}

/// A recorded milestone (never the onset).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Milestone {
    pub id: RecordId,
    pub date: Date,
    pub kind: MilestoneKind,
    pub notes: String,
    pub modified: Stamp,
}

crate::ledger::record_with_id_and_stamp!(Milestone);

impl Milestone {
    pub fn validate(&self, today: Option<Date>) -> Vec<(&'static str, Problem)> {
        let mut problems = Vec::new();
        if self.kind == MilestoneKind::Onset {
            problems.push(("kind", Problem::OnsetInTimeline));
        }
        if let Some(p) = check_date(self.date, today) {
            problems.push(("date", p));
        }
        if self.notes.chars().count() > MAX_NOTES_CHARS {
            problems.push(("notes", Problem::NotesTooLong));
        }
        problems
    }
}
