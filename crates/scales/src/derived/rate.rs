//! ΔFS, the progression rate since symptom onset (Kimura et al., Neurology 2006).

use super::figure::{Figure, Reason};
use crate::assessment::Assessment;
use crate::date::Date;
use serde::Serialize;

/// The month rule: the mean Gregorian month, 365.25 / 12 days.
pub const DAYS_PER_MONTH: f64 = 30.4375;

/// The bands commonly used for ΔFS, shown as context only (never as a prognosis).
/// Boundaries: 0.5 and 1.0 themselves fall in the middle band ("0.5–1.0").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProgressionBand {
    /// < 0.5 points per month.
    Below0_5,
    /// 0.5 to 1.0 points per month, both included.
    From0_5To1_0,
    /// > 1.0 points per month.
    Above1_0,
}

impl ProgressionBand {
    pub fn of(points_per_month: f64) -> ProgressionBand {
        if points_per_month < 0.5 {
            ProgressionBand::Below0_5
        } else if points_per_month <= 1.0 {
            ProgressionBand::From0_5To1_0
        } else {
            ProgressionBand::Above1_0
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ProgressionBand::Below0_5 => "< 0.5",
            ProgressionBand::From0_5To1_0 => "0.5–1.0",
            ProgressionBand::Above1_0 => "> 1.0",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct DeltaFs {
    /// (48 − total) / months.
    pub points_per_month: f64,
    /// Days from onset to the assessment / 30.4375.
    pub months_since_onset: f64,
    pub band: ProgressionBand,
}

/// ΔFS = (48 − total) / months from symptom onset to the assessment, months = days /
/// 30.4375. Undefined (not zero) without an onset date, with onset after the
/// assessment, and with onset on the assessment day (zero months: no rate exists).
pub fn delta_fs(assessment: &Assessment, onset: Option<Date>) -> Figure<DeltaFs> {
    let Some(onset) = onset else {
        return Figure::undefined(Reason::NoOnsetDate);
    };
    let days = onset.days_until(assessment.date);
    if days < 0 {
        return Figure::undefined(Reason::OnsetAfterAssessment);
    }
    if days == 0 {
        return Figure::undefined(Reason::OnsetSameDay);
    }
    // Days between 1900 and 9999 fit exactly in an f64.
    let months = days as f64 / DAYS_PER_MONTH;
    let points_per_month = f64::from(48 - assessment.total()) / months;
    Figure::defined(DeltaFs {
        points_per_month,
        months_since_onset: months,
        band: ProgressionBand::of(points_per_month),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::tests::uniform;

    fn onset(s: &str) -> Option<Date> {
        Date::parse(s).ok()
    }

    #[test]
    fn undefined_without_onset() {
        let a = uniform("a", "2024-01-01", 3);
        assert_eq!(delta_fs(&a, None).reason(), Some(Reason::NoOnsetDate));
    }

    #[test]
    fn undefined_with_onset_after_or_on_the_assessment() {
        let a = uniform("a", "2024-01-01", 3);
        assert_eq!(
            delta_fs(&a, onset("2024-01-02")).reason(),
            Some(Reason::OnsetAfterAssessment)
        );
        assert_eq!(
            delta_fs(&a, onset("2024-01-01")).reason(),
            Some(Reason::OnsetSameDay)
        );
    }

    #[test]
    fn uses_days_over_30_4375() {
        // 36 points lost (total 12) over 365.25 * 2 days = 24 months -> 1.5 per month;
        // 2022-01-01 to 2024-01-01 is 730 days.
        let a = uniform("a", "2024-01-01", 1);
        let d = *delta_fs(&a, onset("2022-01-01")).value().unwrap();
        assert!((d.months_since_onset - 730.0 / 30.4375).abs() < 1e-12);
        assert!((d.points_per_month - 36.0 / (730.0 / 30.4375)).abs() < 1e-12);
        assert_eq!(d.band, ProgressionBand::Above1_0);
    }

    #[test]
    fn normal_score_gives_zero_rate() {
        let a = uniform("a", "2024-01-01", 4);
        let d = *delta_fs(&a, onset("2023-01-01")).value().unwrap();
        assert_eq!(d.points_per_month, 0.0);
        assert_eq!(d.band, ProgressionBand::Below0_5);
    }

    #[test]
    fn band_boundaries() {
        assert_eq!(ProgressionBand::of(0.49), ProgressionBand::Below0_5);
        assert_eq!(ProgressionBand::of(0.5), ProgressionBand::From0_5To1_0);
        assert_eq!(ProgressionBand::of(1.0), ProgressionBand::From0_5To1_0);
        assert_eq!(ProgressionBand::of(1.01), ProgressionBand::Above1_0);
    }
}
