//! Lab and clinical values, each stored in one canonical unit, with unit conversion and
//! a plausible-range check.
//!
//! **The ranges are input validation, not reference ranges.** They only catch typing and
//! unit mistakes (a value entered in the wrong unit is off by a factor of 1000 for NfL,
//! about 2.2 for weight). They are deliberately wide, so that no real reading a person
//! copies from a lab report is refused; they say nothing about what is normal or expected,
//! and the app never words them that way.

use crate::assessment::{check_date, RecordId, Stamp, MAX_NOTES_CHARS};
use crate::date::Date;
use crate::error::Problem;
use serde::Serialize;
use std::cmp::Ordering;

/// What was measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasurementKind {
    /// Neurofilament light chain in serum, pg/mL.
    NflSerum,
    /// Neurofilament light chain in cerebrospinal fluid, pg/mL.
    NflCsf,
    /// Forced vital capacity, % of the predicted value.
    Fvc,
    /// Body weight, kg.
    Weight,
}

/// An accepted interval, `min` exclusive or inclusive, `max` inclusive, in the kind's
/// canonical unit.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PlausibleRange {
    pub min: f64,
    pub min_inclusive: bool,
    pub max: f64,
}

impl PlausibleRange {
    pub fn contains(self, value: f64) -> bool {
        let above_min = if self.min_inclusive {
            value >= self.min
        } else {
            value > self.min
        };
        above_min && value <= self.max
    }
}

impl MeasurementKind {
    pub const ALL: [MeasurementKind; 4] = [
        MeasurementKind::NflSerum,
        MeasurementKind::NflCsf,
        MeasurementKind::Fvc,
        MeasurementKind::Weight,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MeasurementKind::NflSerum => "nfl_serum",
            MeasurementKind::NflCsf => "nfl_csf",
            MeasurementKind::Fvc => "fvc",
            MeasurementKind::Weight => "weight",
        }
    }

    pub fn parse(text: &str) -> Option<MeasurementKind> {
        let t = text.trim().to_ascii_lowercase();
        MeasurementKind::ALL.into_iter().find(|k| k.code() == t)
    }

    /// The unit values are stored in (and exported with).
    pub fn canonical_unit(self) -> &'static str {
        match self {
            MeasurementKind::NflSerum | MeasurementKind::NflCsf => "pg/mL",
            MeasurementKind::Fvc => "%",
            MeasurementKind::Weight => "kg",
        }
    }

    /// Every unit accepted on input with its factor to the canonical unit. Units are
    /// matched ignoring ASCII case and spaces. Only exact, unambiguous conversions:
    /// ng/L is pg/mL; 1 ng/mL = 1000 pg/mL; 1 lb = 0.45359237 kg (the international
    /// pound); 1 g = 0.001 kg; 公斤 and 千克 are kg, 磅 is lb. Refused on purpose: FVC in
    /// litres (turning it into % predicted needs the reference equation, age, height and
    /// sex) and 斤 (500 g in mainland China but 600 g as 台斤).
    pub fn units(self) -> &'static [(&'static str, f64)] {
        match self {
            MeasurementKind::NflSerum | MeasurementKind::NflCsf => {
                &[("pg/mL", 1.0), ("ng/L", 1.0), ("ng/mL", 1000.0)]
            }
            MeasurementKind::Fvc => &[("%", 1.0), ("% predicted", 1.0), ("%pred", 1.0)],
            MeasurementKind::Weight => &[
                ("kg", 1.0),
                ("公斤", 1.0),
                ("千克", 1.0),
                ("g", 0.001),
                ("克", 0.001),
                ("lb", 0.453_592_37),
                ("lbs", 0.453_592_37),
                ("磅", 0.453_592_37),
            ],
        }
    }

    /// The accepted range in the canonical unit (see the module docs: input validation).
    ///
    /// The limits are round numbers chosen by the project as generous input bounds; they
    /// are not taken from clinical data and must never be shown as normal values.
    ///
    /// * NfL: above 0 (0 is not a concentration anyone reports), up to 10 000 pg/mL in
    ///   serum and 100 000 pg/mL in CSF. The CSF bound is simply set ten times wider so
    ///   that no CSF report is refused; it is not a statement about typical CSF values.
    /// * FVC: above 0 and up to 200 % of predicted.
    /// * Weight: 10 to 400 kg, both included.
    pub fn range(self) -> PlausibleRange {
        let (min, min_inclusive, max) = match self {
            MeasurementKind::NflSerum => (0.0, false, 10_000.0),
            MeasurementKind::NflCsf => (0.0, false, 100_000.0),
            MeasurementKind::Fvc => (0.0, false, 200.0),
            MeasurementKind::Weight => (10.0, true, 400.0),
        };
        PlausibleRange {
            min,
            min_inclusive,
            max,
        }
    }

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

super::ledger::record_with_id_and_stamp!(Measurement);

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
