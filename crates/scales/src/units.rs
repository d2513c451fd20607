//! The units vocabulary: what can be measured, the one canonical unit each is stored in,
//! the units accepted on input, and a plausible range for each (the conversion itself,
//! which can fail with a [`crate::error::Problem`], is in `timeline/measurement.rs`).
//!
//! **The ranges are input validation, not reference ranges.** They only catch typing and
//! unit mistakes (a value entered in the wrong unit is off by a factor of 1000 for NfL,
//! about 2.2 for weight). They are deliberately wide, so that no real reading a person
//! copies from a lab report is refused; they say nothing about what is normal or expected,
//! and the app never words them that way.

use serde::Serialize;

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
}
