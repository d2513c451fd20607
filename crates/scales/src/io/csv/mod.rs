//! The two CSV layouts (documented in `docs/SCALES_CSV.md`): the assessments' one (one
//! row per assessment) and the timeline's (a `record` column); row numbers are those a
//! spreadsheet shows (the header is row 1).

pub(crate) mod assessments;
pub(crate) mod row;
pub(crate) mod sheet;
pub(crate) mod timeline;

pub use self::assessments::{export_csv, COLUMNS};

use crate::assessment::{Person, Stamp};
use crate::date::Date;
use crate::error::ImportErrors;
use crate::io::json::timeline::ParsedTimeline;
use crate::io::json::Parsed;

/// Reads a CSV import: the timeline's layout when the header has a `record` column
/// ([`timeline::is_timeline`]), the assessments' otherwise.
pub(crate) fn read(text: &str, now: Stamp, today: Option<Date>) -> Result<Parsed, ImportErrors> {
    if !timeline::is_timeline(text) {
        return assessments::read(text, now, today);
    }
    Ok(Parsed {
        person: Person {
            onset: None,
            modified: now,
        },
        onset_given: false,
        records: Vec::new(),
        tombstones: Vec::new(),
        timeline: ParsedTimeline {
            records: timeline::read(text, now, today)?,
            tombstones: Vec::new(),
        },
    })
}
