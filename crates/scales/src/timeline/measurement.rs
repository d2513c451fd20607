//! Lab and clinical values, each stored in one canonical unit, with unit conversion and
//! a plausible-range check.
//!
//! The units, their factors and the plausible ranges (input validation, not reference
//! ranges) are in [`crate::units`].

use crate::assessment::{check_date, RecordId, Stamp, MAX_NOTES_CHARS};
use crate::date::Date;
use crate::error::Problem;
pub use crate::units::{MeasurementKind, PlausibleRange};
use serde::Serialize;
use std::cmp::Ordering;

impl MeasurementKind {
    /// The factor from `unit` to the canonical unit; blank means the canonical unit.
    pub fn factor(self, unit: &str) -> Result<f64, Problem> {
        let key = |u: &str| -> String {
            u.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase()
        };
        let wanted = key(unit);
        if wanted.is_empty() {
            return Ok(1.0);
        }
        self.units()
            .iter()
            .find(|(u, _)| key(u) == wanted)
            .map(|&(_, f)| f)
            .ok_or(Problem::UnknownUnit { measure: self })
    }

    /// `value` in `unit`, converted, kept to 6 decimal places (150 lb = 68.038856 kg,
    /// not 68.03885549999999) and range-checked. Six decimals are far finer than any of
    /// these readings, and such a number is written and read back exactly in CSV and
    /// JSON, so export → import gives identical records.
    pub fn canonical(self, value: f64, unit: &str) -> Result<Amount, Problem> {
        let v = (value * self.factor(unit)? * 1e6).round() / 1e6;
        if !v.is_finite() || !self.range().contains(v) {
            return Err(Problem::ValueOutOfRange { measure: self });
        }
        Ok(Amount(v))
    }
}

/// A finite value in the canonical unit. Compared with `f64::total_cmp`, so that records
/// holding one have a total order (the merge's tie-break).
#[derive(Clone, Copy, Debug, Serialize)]
#[serde(transparent)]
pub struct Amount(f64);

impl Amount {
    pub fn get(self) -> f64 {
        self.0
    }
}

impl PartialEq for Amount {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Amount {}
impl PartialOrd for Amount {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Amount {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}
impl std::hash::Hash for Amount {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.0.to_bits().hash(h);
    }
}

/// A text as a number: optional sign, digits, one optional decimal point, an optional
/// exponent. Commas (decimal or thousands) are refused: `1,5` is ambiguous.
pub fn parse_number(text: &str) -> Result<f64, Problem> {
    let t = text.trim();
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E');
    if t.is_empty() || !t.chars().all(allowed) || !t.chars().any(|c| c.is_ascii_digit()) {
        return Err(Problem::NotANumber);
    }
    t.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or(Problem::NotANumber)
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Measurement {
    pub id: RecordId,
    pub date: Date,
    pub kind: MeasurementKind,
    /// In [`MeasurementKind::canonical_unit`].
    pub value: Amount,
    pub notes: String,
    pub modified: Stamp,
}

crate::ledger::record_with_id_and_stamp!(Measurement);

impl Measurement {
    /// A measurement from a value in any accepted unit (blank = canonical).
    pub fn new(
        id: RecordId,
        date: Date,
        kind: MeasurementKind,
        value: f64,
        unit: &str,
        modified: Stamp,
    ) -> Result<Measurement, Problem> {
        Ok(Measurement {
            id,
            date,
            kind,
            value: kind.canonical(value, unit)?,
            notes: String::new(),
            modified,
        })
    }

    pub fn validate(&self, today: Option<Date>) -> Vec<(&'static str, Problem)> {
        let mut problems = Vec::new();
        if let Some(p) = check_date(self.date, today) {
            problems.push(("date", p));
        }
        if !self.kind.range().contains(self.value.0) {
            problems.push(("value", Problem::ValueOutOfRange { measure: self.kind }));
        }
        if self.notes.chars().count() > MAX_NOTES_CHARS {
            problems.push(("notes", Problem::NotesTooLong));
        }
        problems
    }
}

#[cfg(test)]
#[path = "measurement_tests.rs"]
mod tests;
