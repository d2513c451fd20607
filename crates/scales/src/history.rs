//! A person's history: the onset date and one [`Ledger`] per kind of record (the
//! assessments, and the timeline's interventions, measurements and milestones), all
//! kept and merged by the one rule of [`crate::ledger`], so two tabs never lose a record.
//! Every way to read or change a history is in this file.

use crate::assessment::{Assessment, Person, RecordId, Stamp};
use crate::date::Date;
use crate::ledger::{Ledger, Refused, Slot};
use crate::timeline::intervention::Intervention;
use crate::timeline::ledgers::Timeline;
use crate::timeline::measurement::Measurement;
use crate::timeline::milestone::{Milestone, MilestoneKind};
use crate::timeline::record::{RecordKind, TimelineRecord};

/// A deleted assessment: its id and when it was deleted (the stored shape).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tombstone {
    pub id: RecordId,
    pub deleted: Stamp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HistoryError {
    /// The change's stamp is not newer than what is stored for that id (or the onset).
    #[error("the change is not newer than the stored version")]
    StaleStamp,
    #[error("no record with this id")]
    NotFound,
    /// The onset is the person's onset date, never a milestone record.
    #[error("the onset date is kept with the person, not as a milestone record")]
    OnsetIsPersonal,
}

impl From<Refused> for HistoryError {
    fn from(r: Refused) -> HistoryError {
        match r {
            Refused::Stale => HistoryError::StaleStamp,
            Refused::NotFound => HistoryError::NotFound,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    person: Person,
    assessments: Ledger<Assessment>,
    timeline: Timeline,
}

impl History {
    pub fn new() -> History {
        History::default()
    }

    /// A history from parts; for an id given twice the merge rule decides.
    pub fn from_parts(
        person: Person,
        assessments: impl IntoIterator<Item = Assessment>,
        tombstones: impl IntoIterator<Item = Tombstone>,
    ) -> History {
        let mut kept = Ledger::default();
        for a in assessments {
            kept.absorb(a.id.clone(), Slot::Live(a));
        }
        for t in tombstones {
            kept.absorb(t.id, Slot::Deleted(t.deleted));
        }
        History {
            person,
            assessments: kept,
            timeline: Timeline::default(),
        }
    }

    /// The same history with `timeline` as its timeline records.
    pub fn with_timeline(mut self, timeline: Timeline) -> History {
        self.timeline = timeline;
        self
    }

    pub fn person(&self) -> &Person {
        &self.person
    }

    /// Interventions, measurements and recorded milestones.
    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    /// Sets (or clears) the onset date. `stamp` must be newer than the current one.
    pub fn set_onset(&mut self, onset: Option<Date>, stamp: Stamp) -> Result<(), HistoryError> {
        if stamp <= self.person.modified && self.person != Person::default() {
            return Err(HistoryError::StaleStamp);
        }
        self.person = Person {
            onset,
            modified: stamp,
        };
        Ok(())
    }

    /// The live assessments in chronological order (date, then stamp, then id).
    pub fn assessments(&self) -> Vec<&Assessment> {
        let mut list: Vec<&Assessment> = self.assessments.live().collect();
        list.sort_by(|a, b| (a.date, a.modified, &a.id).cmp(&(b.date, b.modified, &b.id)));
        list
    }

    /// The deleted assessments, in id order.
    pub fn tombstones(&self) -> Vec<Tombstone> {
        self.assessments
            .tombstones()
            .map(|(id, deleted)| Tombstone {
                id: id.clone(),
                deleted,
            })
            .collect()
    }

    pub fn get(&self, id: &RecordId) -> Option<&Assessment> {
        self.assessments.get(id)
    }

    /// What is kept under an assessment's id: the record, or when it was deleted.
    pub fn slot(&self, id: &RecordId) -> Option<&Slot<Assessment>> {
        self.assessments.slot(id)
    }

    /// Number of live assessments.
    pub fn len(&self) -> usize {
        self.assessments.live().count()
    }

    /// No live assessment (timeline records are not counted: see [`Timeline::is_empty`]).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The highest stamp anywhere in the history; a caller's next stamp must exceed it.
    pub fn max_stamp(&self) -> Stamp {
        self.assessments
            .max_stamp()
            .max(self.person.modified)
            .max(self.timeline.max_stamp())
    }

    /// Adds a new assessment or replaces (edits) the one with its id. Refused when an
    /// entry with that id (record or tombstone) has a stamp not older than the new one.
    pub fn upsert(&mut self, assessment: Assessment) -> Result<(), HistoryError> {
        Ok(self.assessments.upsert(assessment)?)
    }

    /// Deletes an assessment, leaving a tombstone stamped `stamp` (which must be newer
    /// than the record's) so that another tab's copy cannot bring it back.
    pub fn delete(&mut self, id: &RecordId, stamp: Stamp) -> Result<(), HistoryError> {
        Ok(self.assessments.delete(id, stamp)?)
    }

    /// Editing the timeline: the same rules as for assessments (a change needs a stamp
    /// newer than what is stored for that id; a deletion leaves a tombstone).
    pub fn upsert_intervention(&mut self, record: Intervention) -> Result<(), HistoryError> {
        Ok(self.timeline.interventions.upsert(record)?)
    }

    pub fn upsert_measurement(&mut self, record: Measurement) -> Result<(), HistoryError> {
        Ok(self.timeline.measurements.upsert(record)?)
    }

    /// Refused with [`HistoryError::OnsetIsPersonal`] for the onset, which is the
    /// person's onset date ([`History::set_onset`]).
    pub fn upsert_milestone(&mut self, record: Milestone) -> Result<(), HistoryError> {
        if record.kind == MilestoneKind::Onset {
            return Err(HistoryError::OnsetIsPersonal);
        }
        Ok(self.timeline.milestones.upsert(record)?)
    }

    pub fn upsert_record(&mut self, record: TimelineRecord) -> Result<(), HistoryError> {
        match record {
            TimelineRecord::Intervention(r) => self.upsert_intervention(r),
            TimelineRecord::Measurement(r) => self.upsert_measurement(r),
            TimelineRecord::Milestone(r) => self.upsert_milestone(r),
        }
    }

    pub fn delete_record(
        &mut self,
        kind: RecordKind,
        id: &RecordId,
        stamp: Stamp,
    ) -> Result<(), HistoryError> {
        let t = &mut self.timeline;
        Ok(match kind {
            RecordKind::Intervention => t.interventions.delete(id, stamp),
            RecordKind::Measurement => t.measurements.delete(id, stamp),
            RecordKind::Milestone => t.milestones.delete(id, stamp),
        }?)
    }

    /// Two copies made one: union by id, newer stamp wins (see [`crate::ledger`]).
    pub fn merge(&self, other: &History) -> History {
        let mut out = self.clone();
        out.assessments.merge(&other.assessments);
        out.person = merge_person(self.person, other.person);
        out.timeline = self.timeline.merge(&other.timeline);
        out
    }
}

/// Newer onset stamp wins; equal stamps prefer the later date (a set date over none).
fn merge_person(a: Person, b: Person) -> Person {
    if (a.modified, a.onset) >= (b.modified, b.onset) {
        a
    } else {
        b
    }
}

/// `a.merge(b)`, as a free function.
pub fn merge(a: &History, b: &History) -> History {
    a.merge(b)
}

#[cfg(test)]
mod tests;
