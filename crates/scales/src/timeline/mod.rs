//! The personal timeline: interventions, lab and clinical values, and milestones, kept in
//! the same [`History`] as the assessments, with the same stamps, tombstones and merge
//! rule (two tabs never lose a record), the same storage envelope, export and import.
//!
//! * [`Intervention`]: a catalogue treatment or a free name, category, dose and frequency
//!   as text, start and optional stop date, notes.
//! * [`Measurement`]: NfL in serum or CSF (pg/mL), FVC (% predicted), weight (kg); stored
//!   in the canonical unit, converted only where the conversion is exact, refused outside
//!   a wide plausible range (input validation, not a reference range).
//! * [`Milestone`]: diagnosis, gastrostomy, start of non-invasive ventilation. The onset
//!   is the person's onset date and the gastrostomy can be derived from item 5b: see
//!   [`milestones`], the one view that reads each fact from where it is kept.
//! * [`before_after`]: the ALSFRS-R slope before and after an intervention started, each
//!   with its standard error, and what else started, stopped or happened meanwhile.
//!
//! ```
//! use scales::timeline::{before_after, Category, Intervention, InterventionName};
//! use scales::{Date, History, Measurement, MeasurementKind, RecordId, Stamp};
//!
//! let mut history = History::new(); // with its assessments, from storage
//! let id = RecordId::new("t1").unwrap();
//! history.upsert_intervention(Intervention {
//!     id: id.clone(),
//!     name: InterventionName::Catalogue(RecordId::new("tofersen").unwrap()),
//!     category: Category::Medicine,
//!     dose: String::new(),
//!     frequency: String::new(),
//!     start: Date::parse("2024-03-01").unwrap(),
//!     stop: None,
//!     notes: String::new(),
//!     modified: history.max_stamp().next(),
//! }).unwrap();
//! let weight = Measurement::new(RecordId::new("w1").unwrap(), Date::parse("2024-03-02").unwrap(),
//!     MeasurementKind::Weight, 150.0, "lb", history.max_stamp().next()).unwrap();
//! assert_eq!(weight.value.get(), 68.038856);
//! history.upsert_measurement(weight).unwrap();
//! let view = before_after(&history, &id).unwrap();
//! assert!(view.before.trend.value().is_none()); // no assessments yet: a reason instead
//! ```
//!
//! The crate returns codes and numbers only; the app words them. The intended wording of
//! a before/after result is calm and personal, an observation of one person's course and
//! never proof of effect, for example:
//!
//! > In the 12 months before you started riluzole, your ALSFRS-R total changed by about
//! > −0.9 points per month (± 0.2, from 4 assessments). Since you started it, it changed
//! > by about −0.6 points per month (± 0.3, from 3 assessments). This describes your own
//! > course; it does not show that riluzole caused the difference. In the same period
//! > you also started vitamin E and began non-invasive ventilation. Talk it through with
//! > your neurologist.
//!
//! > 开始服用利鲁唑之前的 12 个月里，您的 ALSFRS-R 总分大约每月变化 −0.9 分（± 0.2，
//! > 依据 4 次评估）；开始之后大约每月变化 −0.6 分（± 0.3，依据 3 次评估）。这只是对您
//! > 自己病程的记录，不能说明差别是利鲁唑带来的。同一时期您还开始了维生素 E，并开始使用
//! > 无创通气。请和您的神经科医生一起看这些数字。

mod before_after;
pub(crate) mod csv;
pub use csv::export_timeline_csv;
mod fields;
mod intervention;
pub(crate) mod json;
pub(crate) mod json_out;
mod ledger;
mod measurement;
mod milestone;
mod record;
pub(crate) mod transfer;

pub use before_after::{
    before_after, before_after_within, BeforeAfter, Change, OtherChange, Side,
    DEFAULT_WINDOW_MONTHS,
};
pub use intervention::{Category, Intervention, InterventionName, MAX_TEXT_CHARS};
pub use ledger::{Ledger, Record, Slot};
pub use measurement::{parse_number, Amount, Measurement, MeasurementKind, PlausibleRange};
pub use milestone::{milestones, Milestone, MilestoneKind, MilestoneSource, MilestoneView};
pub use record::{RecordKind, TimelineRecord, TimelineTombstone};

use crate::assessment::{RecordId, Stamp};
use crate::history::{History, HistoryError};
use ledger::Refused;

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

    /// The stored entry's stamp and whether it is a deletion, for one record.
    pub fn stamp_of(&self, kind: RecordKind, id: &RecordId) -> Option<(Stamp, bool)> {
        fn of<T: Record>(l: &Ledger<T>, id: &RecordId) -> Option<(Stamp, bool)> {
            l.slot(id)
                .map(|s| (s.stamp(), matches!(s, Slot::Deleted(_))))
        }
        match kind {
            RecordKind::Intervention => of(&self.interventions, id),
            RecordKind::Measurement => of(&self.measurements, id),
            RecordKind::Milestone => of(&self.milestones, id),
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

    /// Two copies made one, record by record, by the rule of [`crate::history`].
    pub fn merge(&self, other: &Timeline) -> Timeline {
        let mut out = self.clone();
        out.interventions.merge(&other.interventions);
        out.measurements.merge(&other.measurements);
        out.milestones.merge(&other.milestones);
        out
    }
}

fn refused(r: Refused) -> HistoryError {
    match r {
        Refused::Stale => HistoryError::StaleStamp,
        Refused::NotFound => HistoryError::NotFound,
    }
}

/// Editing the timeline: the same rules as for assessments (a change needs a stamp newer
/// than what is stored for that id; a deletion leaves a tombstone).
impl History {
    pub fn upsert_intervention(&mut self, record: Intervention) -> Result<(), HistoryError> {
        self.timeline.interventions.upsert(record).map_err(refused)
    }

    pub fn upsert_measurement(&mut self, record: Measurement) -> Result<(), HistoryError> {
        self.timeline.measurements.upsert(record).map_err(refused)
    }

    /// Refused with [`HistoryError::OnsetIsPersonal`] for the onset, which is the
    /// person's onset date ([`History::set_onset`]).
    pub fn upsert_milestone(&mut self, record: Milestone) -> Result<(), HistoryError> {
        if record.kind == MilestoneKind::Onset {
            return Err(HistoryError::OnsetIsPersonal);
        }
        self.timeline.milestones.upsert(record).map_err(refused)
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
        match kind {
            RecordKind::Intervention => t.interventions.delete(id, stamp),
            RecordKind::Measurement => t.measurements.delete(id, stamp),
            RecordKind::Milestone => t.milestones.delete(id, stamp),
        }
        .map_err(refused)
    }
}
