//! The timeline's records of one history: one [`Ledger`] per kind (interventions,
//! measurements, milestones), kept by the one rule of [`crate::ledger`].

use super::intervention::Intervention;
use super::measurement::Measurement;
use super::milestone::Milestone;
use super::record::{RecordKind, TimelineRecord, TimelineTombstone};
use crate::assessment::{RecordId, Stamp};
use crate::ledger::{Ledger, Record, Slot};

/// The timeline records of one history.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    pub(crate) interventions: Ledger<Intervention>,
    pub(crate) measurements: Ledger<Measurement>,
    pub(crate) milestones: Ledger<Milestone>,
}

impl Timeline {
    /// A timeline from parts; for an id given twice (per record type) the merge rule
    /// decides.
    pub fn from_parts(
        records: impl IntoIterator<Item = TimelineRecord>,
        tombstones: impl IntoIterator<Item = TimelineTombstone>,
    ) -> Timeline {
        let mut t = Timeline::default();
        for r in records {
            match r {
                TimelineRecord::Intervention(x) => {
                    t.interventions.absorb(x.id.clone(), Slot::Live(x))
                }
                TimelineRecord::Measurement(x) => {
                    t.measurements.absorb(x.id.clone(), Slot::Live(x))
                }
                TimelineRecord::Milestone(x) => t.milestones.absorb(x.id.clone(), Slot::Live(x)),
            }
        }
        for ts in tombstones {
            let (id, gone) = (ts.id, ts.deleted);
            match ts.record {
                RecordKind::Intervention => t.interventions.absorb(id, Slot::Deleted(gone)),
                RecordKind::Measurement => t.measurements.absorb(id, Slot::Deleted(gone)),
                RecordKind::Milestone => t.milestones.absorb(id, Slot::Deleted(gone)),
            }
        }
        t
    }

    /// Live interventions by start date (then stop, then id); ongoing ones sort after
    /// stopped ones with the same start.
    pub fn interventions(&self) -> Vec<&Intervention> {
        let mut list: Vec<&Intervention> = self.interventions.live().collect();
        list.sort_by(|a, b| {
            (a.start, a.stop.is_none(), a.stop, &a.id).cmp(&(
                b.start,
                b.stop.is_none(),
                b.stop,
                &b.id,
            ))
        });
        list
    }

    /// Live measurements by date, then kind, then id.
    pub fn measurements(&self) -> Vec<&Measurement> {
        let mut list: Vec<&Measurement> = self.measurements.live().collect();
        list.sort_by(|a, b| (a.date, a.kind, &a.id).cmp(&(b.date, b.kind, &b.id)));
        list
    }

    /// Recorded milestones by date (see [`milestones`] for the full view).
    pub fn milestones(&self) -> Vec<&Milestone> {
        let mut list: Vec<&Milestone> = self.milestones.live().collect();
        list.sort_by(|a, b| (a.date, a.kind, &a.id).cmp(&(b.date, b.kind, &b.id)));
        list
    }

    pub fn intervention(&self, id: &RecordId) -> Option<&Intervention> {
        self.interventions.get(id)
    }

    pub fn measurement(&self, id: &RecordId) -> Option<&Measurement> {
        self.measurements.get(id)
    }

    pub fn milestone(&self, id: &RecordId) -> Option<&Milestone> {
        self.milestones.get(id)
    }

    /// What is kept under one record's kind and id: the record, or when it was deleted.
    pub fn slot(&self, kind: RecordKind, id: &RecordId) -> Option<Slot<TimelineRecord>> {
        fn of<T: Record>(
            l: &Ledger<T>,
            id: &RecordId,
            wrap: fn(T) -> TimelineRecord,
        ) -> Option<Slot<TimelineRecord>> {
            l.slot(id).map(|s| match s {
                Slot::Live(r) => Slot::Live(wrap(r.clone())),
                Slot::Deleted(stamp) => Slot::Deleted(*stamp),
            })
        }
        match kind {
            RecordKind::Intervention => of(&self.interventions, id, TimelineRecord::Intervention),
            RecordKind::Measurement => of(&self.measurements, id, TimelineRecord::Measurement),
            RecordKind::Milestone => of(&self.milestones, id, TimelineRecord::Milestone),
        }
    }

    /// Every deletion, by record type then id.
    pub fn tombstones(&self) -> Vec<TimelineTombstone> {
        let tag = |record: RecordKind| {
            move |(id, deleted): (&RecordId, Stamp)| TimelineTombstone {
                record,
                id: id.clone(),
                deleted,
            }
        };
        let mut out: Vec<TimelineTombstone> = self
            .interventions
            .tombstones()
            .map(tag(RecordKind::Intervention))
            .collect();
        out.extend(
            self.measurements
                .tombstones()
                .map(tag(RecordKind::Measurement)),
        );
        out.extend(self.milestones.tombstones().map(tag(RecordKind::Milestone)));
        out
    }

    /// Number of live records of every type.
    pub fn len(&self) -> usize {
        self.interventions.live().count()
            + self.measurements.live().count()
            + self.milestones.live().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn max_stamp(&self) -> Stamp {
        self.interventions
            .max_stamp()
            .max(self.measurements.max_stamp())
            .max(self.milestones.max_stamp())
    }

    /// Two copies made one, record by record, by the rule of [`crate::ledger`].
    pub fn merge(&self, other: &Timeline) -> Timeline {
        let mut out = self.clone();
        out.interventions.merge(&other.interventions);
        out.measurements.merge(&other.measurements);
        out.milestones.merge(&other.milestones);
        out
    }
}
