//! Step 1 of an import: a whole file read and checked, every error with its row.

use crate::assessment::{Assessment, Stamp};
use crate::date::Date;
use crate::error::ImportErrors;
use crate::io::json::reading::Mode;
use crate::io::json::{self, Parsed};
use crate::timeline::record::TimelineRecord;

/// What the caller knows that the library cannot: a fresh stamp, and (optionally)
/// today's date to refuse assessments dated in the future.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportOptions {
    /// Stamp for rows without `modified`, and for records the import replaces; must be
    /// newer than everything stored (e.g. `history.max_stamp().next()` or the clock).
    pub now: Stamp,
    pub today: Option<Date>,
}

/// A validated file, ready for preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    /// The onset date given in the file, if any.
    pub onset: Option<Date>,
    /// Each record with its row (CSV: spreadsheet row; JSON: position in the list).
    pub records: Vec<(u32, Assessment)>,
    /// Each timeline record with its row (CSV: spreadsheet row; JSON: position in its
    /// list).
    pub timeline: Vec<(u32, TimelineRecord)>,
    /// The file's stamp for the onset (CSV: `now`).
    pub(super) onset_modified: Stamp,
    pub(super) now: Stamp,
}

impl Incoming {
    fn from_parsed(p: Parsed, now: Stamp) -> Incoming {
        Incoming {
            onset: if p.onset_given { p.person.onset } else { None },
            records: p.records,
            timeline: p.timeline.records,
            onset_modified: p.person.modified,
            now,
        }
    }
}

/// Reads a CSV import: the assessments' layout, or the timeline's when the header has a
/// `record` column (see `docs/SCALES_CSV.md`).
pub fn parse_csv(text: &str, options: ImportOptions) -> Result<Incoming, ImportErrors> {
    crate::io::csv::read(text, options.now, options.today)
        .map(|p| Incoming::from_parsed(p, options.now))
}

/// Reads a JSON export (any known schema; a stored envelope works too).
pub fn parse_json(text: &str, options: ImportOptions) -> Result<Incoming, ImportErrors> {
    let mode = Mode::Import {
        now: options.now,
        today: options.today,
    };
    json::read(text, mode).map(|p| Incoming::from_parsed(p, options.now))
}
