//! What a JSON reader is for ([`Mode`]: a user's file or the app's own storage), its
//! limits, and how it names where a problem is.

use crate::assessment::Stamp;
use crate::date::Date;
use crate::error::{ImportError, Problem};

/// Most assessments one import file may hold.
pub const MAX_IMPORT_RECORDS: usize = 5000;

/// What the reader is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A user's file: `modified` may be missing (then `now`), dates after `today` are
    /// refused, tombstones are ignored (an import never deletes).
    Import { now: Stamp, today: Option<Date> },
    /// The app's own storage: every stamp must be there; tombstones are read.
    Storage,
}

pub(crate) fn err(row: Option<u32>, column: &str, p: Problem) -> ImportError {
    let e = ImportError::new(p).in_column(column);
    match row {
        Some(r) => e.at_row(r),
        None => e,
    }
}
