//! Device storage: the history as the current JSON envelope (schema and migrations in
//! [`crate::io::json::schema`]), and the merge with what another tab stored meanwhile.
//! A schema newer than this code knows is refused with [`StorageError::NewerSchema`] and
//! nothing is changed: the caller keeps the stored text as it is (and does not write
//! over it) until the app is updated.

use crate::error::{ImportErrors, Problem};
use crate::history::History;
use crate::io::json;
use crate::io::json::reading::Mode;
pub use crate::io::json::schema::{migrate_to_current, CURRENT_SCHEMA, FORMAT};
use crate::timeline::ledgers::Timeline;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// Written by a newer app: leave the stored text alone.
    #[error("stored data has schema {found}, newer than {supported}; it is left untouched")]
    NewerSchema { found: u64, supported: u32 },
    /// Not readable (corrupt, or not ours). The caller keeps the text aside, never
    /// overwrites it silently.
    #[error("stored data cannot be read: {0}")]
    Invalid(ImportErrors),
}

/// Reads stored text (any known schema) into a history.
pub fn load(text: &str) -> Result<History, StorageError> {
    let parsed = json::read(text, Mode::Storage).map_err(|errs| match errs.errors.first() {
        Some(e) if e.problem == Problem::NewerSchema => StorageError::NewerSchema {
            found: e
                .value
                .as_deref()
                .and_then(|v| v.parse().ok())
                .unwrap_or(u64::MAX),
            supported: CURRENT_SCHEMA,
        },
        _ => StorageError::Invalid(errs),
    })?;
    let timeline = Timeline::from_parts(
        parsed.timeline.records.into_iter().map(|(_, r)| r),
        parsed.timeline.tombstones,
    );
    Ok(History::from_parts(
        parsed.person,
        parsed.records.into_iter().map(|(_, a)| a),
        parsed.tombstones,
    )
    .with_timeline(timeline))
}

/// The history as stored text (current schema, with tombstones).
pub fn save(history: &History) -> String {
    crate::io::write_json(history, true)
}

/// Merges two stored copies (two tabs) into one stored text. Either copy unreadable or
/// newer: an error, and the caller writes nothing.
pub fn merge_stored(a: &str, b: &str) -> Result<String, StorageError> {
    Ok(save(&merge_with_stored(&load(a)?, Some(b))?))
}

/// What to write when `ours` is about to be saved over `stored` (what another tab may
/// have written meanwhile; `None`: nothing stored): both merged. The stored copy
/// unreadable or written by a newer app: an error, and the caller writes nothing, so
/// nothing stored is ever lost.
pub fn merge_with_stored(ours: &History, stored: Option<&str>) -> Result<History, StorageError> {
    match stored {
        Some(text) => Ok(ours.merge(&load(text)?)),
        None => Ok(ours.clone()),
    }
}

#[cfg(test)]
mod tests;
