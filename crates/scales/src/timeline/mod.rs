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
pub(crate) mod intervention;
pub(crate) mod ledgers;
pub(crate) mod measurement;
pub(crate) mod milestone;
pub(crate) mod milestone_view;
pub(crate) mod record;

pub use crate::io::csv::timeline::export_timeline_csv;
pub use crate::ledger::{Ledger, Record, Slot};
pub use before_after::{
    before_after, before_after_within, BeforeAfter, Change, OtherChange, Side,
    DEFAULT_WINDOW_MONTHS,
};
pub use intervention::{Category, Intervention, InterventionName, MAX_TEXT_CHARS};
pub use ledgers::Timeline;
pub use measurement::{parse_number, Amount, Measurement, MeasurementKind, PlausibleRange};
pub use milestone::{Milestone, MilestoneKind};
pub use milestone_view::{milestones, MilestoneSource, MilestoneView};
pub use record::{RecordKind, TimelineRecord, TimelineTombstone};
