//! ALSFRS-R self-assessment for ALS Explorer: the scale definition as data, scoring and
//! derived figures, the history with a tab-safe merge, CSV/JSON export and import with
//! typed row-level errors, and a versioned storage envelope; and the personal timeline
//! ([`timeline`]: interventions, lab and clinical values, milestones, and the before /
//! after view of one intervention — an observation of one person's course, not proof of
//! effect; see the module docs for the intended wording).
//!
//! Pure Rust with no web dependency; builds for `wasm32-unknown-unknown`. The library
//! never reads a clock, a file or a random source: the caller passes stamps, ids and
//! (optionally) today's date.
//!
//! Typical use by the app:
//! ```
//! use scales::{alsfrs_r, import, storage, summarize, ImportOptions, History, Stamp};
//!
//! let definition = alsfrs_r().expect("shipped definition"); // the form's texts
//! assert_eq!(definition.items.len(), 13);
//! let history = History::new(); // or storage::load(&stored_text)?
//! let csv = "date,filled_by,i1,i2,i3,i4,i5a,i6,i7,i8,i9,i10,i11,i12\n\
//!            2024-03-01,self,4,3,4,4,3,4,4,3,4,4,4,4\n";
//! let options = ImportOptions { now: history.max_stamp().next(), today: None };
//! let incoming = import::parse_csv(csv, options).expect("valid file");
//! let preview = import::preview(&history, &incoming); // show it, then on confirm:
//! assert_eq!(preview.added, 1);
//! let history = import::apply(&history, &incoming, import::ConflictChoice::KeepExisting);
//! let figures = summarize(&history);
//! assert_eq!(figures.assessments[0].total, 45);
//! let _stored = storage::save(&history);
//! ```

pub mod assessment;
pub mod date;
pub mod definition;
pub mod derived;
pub mod error;
pub mod history;
pub mod ids;
pub mod import;
pub mod io;
pub mod ledger;
pub mod storage;
pub mod subdomain;
pub mod timeline;
pub mod units;

pub use assessment::{
    Assessment, FilledBy, Items, Person, RecordId, Score, Stamp, Subdomain, Subscores,
};
pub use date::{Date, DateError};
pub use definition::{alsfrs_r, DefinitionError, ScaleDefinition, Text};
pub use derived::{
    change, delta_fs, kings, mitos, mixes_item_5, reversal, summarize, trend, AssessmentFigures,
    Change, CitationKey, DeltaFs, Figure, FigureKey, Kings, KingsStage, Mitos, ProgressionBand,
    Reason, ReversalCheck, ReversalEpisode, ReversalWindow, Summary, Trend,
};
pub use error::{ImportError, ImportErrors, Problem};
pub use history::{merge, History, HistoryError, Tombstone};
pub use import::{ChangeKind, ConflictChoice, ImportOptions, Incoming, OnsetPreview, Preview};
pub use io::export_timeline_csv;
pub use io::{export_csv, export_json};
pub use ledger::{Ledger, Record, Slot};
pub use storage::StorageError;
pub use timeline::{
    before_after, milestones, BeforeAfter, Category, Intervention, InterventionName, Measurement,
    MeasurementKind, Milestone, MilestoneKind, MilestoneView, RecordKind, Timeline, TimelineRecord,
};
