//! The trend of the total over time: an ordinary least-squares line, slope in points
//! per month (months = days / 30.4375), with its standard error.

use super::figure::{Figure, Reason};
use super::rate::DAYS_PER_MONTH;
use crate::assessment::Assessment;
use serde::Serialize;

/// Fewest assessments for a trend: with 2 the slope is just the change (shown as such)
/// and has no standard error.
pub const MIN_ASSESSMENTS: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Trend {
    /// Points per month; negative means the total is falling.
    pub slope_per_month: f64,
    /// Standard error of the slope, sqrt(SSE / (n − 2) / Sxx).
    pub standard_error: f64,
    pub assessments: usize,
    /// Months from the first to the last assessment.
    pub span_months: f64,
    /// The history holds both 5a and 5b: the line is fitted to the total without
    /// item 5 (0–44), so a new feeding tube does not bend it.
    pub item_5_left_out: bool,
}

/// Least-squares slope of total on time. Undefined with fewer than 3 assessments
/// ([`Reason::TooFewAssessments`]) or when all share one date ([`Reason::NoTimeSpan`]).
pub fn trend(assessments: &[&Assessment]) -> Figure<Trend> {
    let n = assessments.len();
    if n < MIN_ASSESSMENTS {
        return Figure::undefined(Reason::TooFewAssessments);
    }
    let Some(first) = assessments.iter().map(|a| a.date).min() else {
        return Figure::undefined(Reason::TooFewAssessments);
    };
    let without = super::change::mixes_item_5(assessments);
    let points: Vec<(f64, f64)> = assessments
        .iter()
        .map(|a| {
            let months = first.days_until(a.date) as f64 / DAYS_PER_MONTH;
            (months, f64::from(a.comparable(without).0))
        })
        .collect();
    let nf = n as f64;
    let mean_x = points.iter().map(|p| p.0).sum::<f64>() / nf;
    let mean_y = points.iter().map(|p| p.1).sum::<f64>() / nf;
    let sxx: f64 = points.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    if sxx <= 0.0 {
        return Figure::undefined(Reason::NoTimeSpan);
    }
    let sxy: f64 = points.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    let slope = sxy / sxx;
    let intercept = mean_y - slope * mean_x;
    let sse: f64 = points
        .iter()
        .map(|p| (p.1 - (intercept + slope * p.0)).powi(2))
        .sum();
    let span = points.iter().map(|p| p.0).fold(0.0, f64::max);
    Figure::defined(Trend {
        slope_per_month: slope,
        standard_error: (sse / (nf - 2.0) / sxx).sqrt(),
        assessments: n,
        span_months: span,
        item_5_left_out: without,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::tests::uniform;
    use crate::assessment::Score;
    use crate::date::Date;

    fn at(id: &str, days: i64, total: u8) -> Assessment {
        let start = Date::parse("2024-01-01").unwrap().days_since_epoch();
        let date = Date::from_days_since_epoch(start + days).unwrap();
        let mut a = uniform(id, &date.to_string(), 4);
        let mut missing = 48 - total;
        for n in 1..=12u8 {
            let take = missing.min(4);
            a.items.set(n, Score::new(4 - take).unwrap());
            missing -= take;
        }
        a
    }

    fn run(list: &[Assessment]) -> Figure<Trend> {
        trend(&list.iter().collect::<Vec<_>>())
    }

    #[test]
    fn exact_line_has_zero_error() {
        // Two points lost every 61 days: a perfect line, so the standard error is 0.
        let list = [at("a", 0, 40), at("b", 61, 38), at("c", 122, 36)];
        let t = *run(&list).value().unwrap();
        let expected = -2.0 / (61.0 / DAYS_PER_MONTH);
        assert!((t.slope_per_month - expected).abs() < 1e-9);
        assert!(t.standard_error.abs() < 1e-9);
        assert_eq!(t.assessments, 3);
    }

    #[test]
    fn known_regression() {
        // x (months) = 0, 1, 2, 3 via day counts; y = 40, 39, 39, 36.
        let m = DAYS_PER_MONTH;
        let days = |k: f64| (k * m).round() as i64;
        let list = [
            at("a", days(0.0), 40),
            at("b", days(1.0), 39),
            at("c", days(2.0), 39),
            at("d", days(3.0), 36),
        ];
        let t = *run(&list).value().unwrap();
        // Recompute with the exact x used.
        let xs: Vec<f64> = [0.0, 1.0, 2.0, 3.0]
            .iter()
            .map(|&k| days(k) as f64 / m)
            .collect();
        let ys = [40.0, 39.0, 39.0, 36.0];
        let mx = xs.iter().sum::<f64>() / 4.0;
        let my = ys.iter().sum::<f64>() / 4.0;
        let sxx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
        let sxy: f64 = xs.iter().zip(ys).map(|(x, y)| (x - mx) * (y - my)).sum();
        let b = sxy / sxx;
        assert!((t.slope_per_month - b).abs() < 1e-12);
        assert!((b - (-1.2)).abs() < 0.01, "about −1.2 per month, got {b}");
        let a0 = my - b * mx;
        let sse: f64 = xs
            .iter()
            .zip(ys)
            .map(|(x, y)| (y - a0 - b * x).powi(2))
            .sum();
        assert!((t.standard_error - (sse / 2.0 / sxx).sqrt()).abs() < 1e-12);
        assert!(t.standard_error > 0.0);
    }

    #[test]
    fn undefined_cases() {
        assert_eq!(run(&[]).reason(), Some(Reason::TooFewAssessments));
        let two = [at("a", 0, 40), at("b", 30, 39)];
        assert_eq!(run(&two).reason(), Some(Reason::TooFewAssessments));
        let same_day = [at("a", 5, 40), at("b", 5, 39), at("c", 5, 38)];
        assert_eq!(run(&same_day).reason(), Some(Reason::NoTimeSpan));
    }

    #[test]
    fn order_does_not_matter() {
        let list = [at("c", 122, 36), at("a", 0, 40), at("b", 61, 39)];
        let mut sorted = list.clone();
        sorted.sort_by_key(|a| a.date);
        let (x, y) = (run(&list), run(&sorted));
        let (x, y) = (x.value().unwrap(), y.value().unwrap());
        assert!((x.slope_per_month - y.slope_per_month).abs() < 1e-12);
    }
}
