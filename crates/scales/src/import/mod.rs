//! Import in three steps, none of which touches the existing history:
//! 1. [`parse_csv`] / [`parse_json`] validate the whole file (every error with its row);
//! 2. [`preview`] says what would change (added / updated / unchanged / conflicting);
//! 3. [`apply`], after the user confirms, returns a *new* merged history.
//!
//! Every kind of record (assessments and the timeline's interventions, measurements and
//! milestones, from a JSON export or a CSV of either layout) goes through the same three
//! steps and the one classifier of [`classify`].
//!
//! An import never deletes: records absent from the file stay as they are, and
//! tombstones in a JSON file are ignored.

mod apply;
mod classify;
mod incoming;
mod preview;

pub use apply::apply;
pub use classify::{ChangeKind, ConflictChoice};
pub use incoming::{parse_csv, parse_json, ImportOptions, Incoming};
pub use preview::{preview, OnsetPreview, Preview, RowPreview, TimelineRowPreview};

#[cfg(test)]
mod tests;
