//! What identifies a kept record and its version: [`RecordId`] and [`Stamp`], shared by
//! every kind of record (see [`crate::ledger`]).

use crate::error::Problem;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest record id, in characters.
pub const MAX_ID_CHARS: usize = 64;

/// A record's stable unique id, chosen by the caller (e.g. a random UUID) or, for CSV
/// rows without one, derived from the row (see `docs/SCALES_CSV.md`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RecordId(String);

impl RecordId {
    /// 1–64 characters from `A–Z a–z 0–9 . _ : -`.
    pub fn new(id: impl Into<String>) -> Result<RecordId, Problem> {
        let id = id.into();
        let ok_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '-');
        if id.is_empty() || id.chars().count() > MAX_ID_CHARS || !id.chars().all(ok_char) {
            return Err(Problem::InvalidId);
        }
        Ok(RecordId(id))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for RecordId {
    type Error = Problem;
    fn try_from(s: String) -> Result<RecordId, Problem> {
        RecordId::new(s)
    }
}

impl From<RecordId> for String {
    fn from(id: RecordId) -> String {
        id.0
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// When a record (or tombstone, or the onset) was last changed, as a number the caller
/// makes strictly increasing (e.g. milliseconds since 1970 combined with a counter).
/// Only its order matters; the library never reads a clock.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Stamp(pub u64);

impl Stamp {
    /// A stamp written as text (a CSV cell): digits only, no sign or space.
    pub fn parse(text: &str) -> Option<Stamp> {
        let digits = text.bytes().all(|b| b.is_ascii_digit());
        digits.then(|| text.parse().ok()).flatten().map(Stamp)
    }

    /// The next stamp after this one (saturating).
    pub fn next(self) -> Stamp {
        Stamp(self.0.saturating_add(1))
    }
}
