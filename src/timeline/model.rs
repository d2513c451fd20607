//! The timeline chart's geometry, pure and tested natively: the period shown (all of it
//! or the last N months), where a date falls, one row per intervention as a band from
//! its start to its stop (or to the end of the period when still going), and each kind
//! of measurement on an axis of its own.

use scales::timeline::{Intervention, MeasurementKind};
use scales::{Date, Measurement};

/// The chart's widest and narrowest width in SVG units (one unit is drawn as about one
/// CSS pixel, so the text keeps its size on a phone); every panel shares the time axis.
pub const MAX_WIDTH: f64 = 720.0;
pub const MIN_WIDTH: f64 = 300.0;
pub const LEFT: f64 = 56.0;
pub const RIGHT: f64 = 16.0;
/// The periods offered: the whole record, or the last N months.
pub const SPANS: [Option<u32>; 4] = [None, Some(24), Some(12), Some(6)];

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Period {
    pub from: Date,
    pub to: Date,
    /// The chart's width in SVG units.
    pub width: f64,
}

impl Period {
    pub fn contains(&self, d: Date) -> bool {
        self.from <= d && d <= self.to
    }

    /// The x coordinate of `d` (dates outside the period are clamped to its edges).
    pub fn x(&self, d: Date) -> f64 {
        let span = self.from.days_until(self.to).max(1) as f64;
        let at = (self.from.days_until(d) as f64).clamp(0.0, span);
        LEFT + (self.width - LEFT - RIGHT) * at / span
    }
}

/// The period shown: the last `months` months up to `today`, or (None) from the first
/// dated thing to the later of the last one and today. None when there is nothing.
/// `width` is the space available, clamped to [`MIN_WIDTH`]–[`MAX_WIDTH`].
pub fn period(dates: &[Date], today: Date, months: Option<u32>, width: f64) -> Option<Period> {
    let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
    let first = *dates.iter().min()?;
    let last = dates.iter().copied().max().unwrap_or(today).max(today);
    Some(match months {
        Some(m) => Period {
            from: last.sub_months(m).unwrap_or(first),
            to: last,
            width,
        },
        None => Period {
            from: if first < last {
                first
            } else {
                last.sub_months(1).unwrap_or(first)
            },
            to: last,
            width,
        },
    })
}

/// One intervention's band: its row, and where it starts and ends on the x axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub row: usize,
    pub x0: f64,
    pub x1: f64,
    /// Still going at the end of the period (drawn with an open end).
    pub open: bool,
}

/// Bands for the interventions that overlap the period, in the order given; `None` for
/// those entirely outside it.
pub fn bands(list: &[&Intervention], p: &Period) -> Vec<Option<Band>> {
    let mut row = 0;
    list.iter()
        .map(|i| {
            let end = i.stop.unwrap_or(p.to);
            if end < p.from || i.start > p.to {
                return None;
            }
            let b = Band {
                row,
                x0: p.x(i.start),
                x1: p.x(end).max(p.x(i.start) + 3.0),
                open: i.stop.is_none_or(|s| s > p.to),
            };
            row += 1;
            Some(b)
        })
        .collect()
}

/// An axis for one kind of measurement: from zero (or a little under the smallest value)
/// to a round number above the largest, with its points in the period.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub kind: MeasurementKind,
    pub lo: f64,
    pub hi: f64,
    /// (x, value) of each measurement in the period, by date.
    pub points: Vec<(f64, f64)>,
}

impl Series {
    /// The y of `v` in a panel `height` high starting at `top` (higher values higher up).
    pub fn y(&self, v: f64, top: f64, height: f64) -> f64 {
        top + height * (1.0 - (v - self.lo) / (self.hi - self.lo).max(1e-9))
    }
}

/// A "nice" number at or above `x`: 1, 2 or 5 times a power of ten.
pub fn nice_ceiling(x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    let p = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|&v| v >= x)
        .unwrap_or(10.0 * p)
}

/// One series per kind that has a measurement in the period, in the kinds' order.
pub fn series(list: &[&Measurement], p: &Period) -> Vec<Series> {
    MeasurementKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let mut points: Vec<(Date, f64)> = list
                .iter()
                .filter(|m| m.kind == kind && p.contains(m.date))
                .map(|m| (m.date, m.value.get()))
                .collect();
            if points.is_empty() {
                return None;
            }
            points.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
            let max = points.iter().map(|q| q.1).fold(f64::MIN, f64::max);
            let min = points.iter().map(|q| q.1).fold(f64::MAX, f64::min);
            // Weight is read against its own range; the others from zero.
            let lo = if kind == MeasurementKind::Weight {
                (min * 0.9 / 10.0).floor() * 10.0
            } else {
                0.0
            };
            Some(Series {
                kind,
                lo,
                hi: nice_ceiling(max.max(lo + 1.0)),
                points: points.into_iter().map(|(d, v)| (p.x(d), v)).collect(),
            })
        })
        .collect()
}

/// Month ticks along the axis: first days of months, every 1, 3, 6, 12 or 24 months so
/// that there are at most eight (four on a narrow chart); labelled `2024-03`.
pub fn ticks(p: &Period) -> Vec<(f64, String)> {
    let months = (p.from.days_until(p.to) / 30).max(1);
    let most = if p.width < 500.0 { 4 } else { 8 };
    let step = [1u32, 3, 6, 12, 24]
        .into_iter()
        .find(|s| months / i64::from(*s) <= most)
        .unwrap_or(24);
    let mut out = Vec::new();
    let (mut y, mut m) = (p.from.year(), p.from.month());
    loop {
        if let Ok(d) = Date::new(y, m, 1) {
            if d > p.to {
                break;
            }
            if d >= p.from && (u32::from(m) - 1) % step.min(12) == 0 && (step < 24 || y % 2 == 0) {
                out.push((p.x(d), format!("{y}-{m:02}")));
            }
        }
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
        if out.len() > 40 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use scales::timeline::{Category, InterventionName};
    use scales::{RecordId, Stamp};

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn intervention(start: &str, stop: Option<&str>) -> Intervention {
        Intervention {
            id: RecordId::new("i").unwrap(),
            name: InterventionName::Free("x".into()),
            category: Category::Medicine,
            dose: String::new(),
            frequency: String::new(),
            start: d(start),
            stop: stop.map(d),
            notes: String::new(),
            modified: Stamp(1),
        }
    }

    #[test]
    fn the_period_runs_to_today_or_covers_the_last_months() {
        let dates = [d("2024-01-10"), d("2024-06-01")];
        let all = period(&dates, d("2024-09-01"), None, 720.0).unwrap();
        assert_eq!((all.from, all.to), (d("2024-01-10"), d("2024-09-01")));
        let six = period(&dates, d("2024-09-01"), Some(6), 720.0).unwrap();
        assert_eq!(six.from, d("2024-03-01"));
        assert_eq!(period(&[], d("2024-09-01"), None, 720.0), None);
        // One date only, today: a month before it, so the axis has a length.
        let one = period(&[d("2024-09-01")], d("2024-09-01"), None, 100.0).unwrap();
        assert_eq!(one.from, d("2024-08-01"));
        assert_eq!(all.x(all.from), LEFT);
        assert_eq!(all.x(all.to), MAX_WIDTH - RIGHT);
        assert_eq!(all.x(d("2030-01-01")), MAX_WIDTH - RIGHT, "clamped");
        assert_eq!(one.width, MIN_WIDTH, "never narrower than the text needs");
    }

    #[test]
    fn ticks_fall_on_month_starts_and_stay_few() {
        let p = Period {
            from: d("2024-01-10"),
            to: d("2024-04-20"),
            width: 720.0,
        };
        let t = ticks(&p);
        assert_eq!(
            t.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            vec!["2024-02", "2024-03", "2024-04"]
        );
        let long = Period {
            from: d("2019-01-01"),
            to: d("2024-06-01"),
            width: 720.0,
        };
        let t = ticks(&long);
        assert!(
            t.len() <= 8 && t.iter().all(|x| x.1.ends_with("-01")),
            "{t:?}"
        );
    }

    #[test]
    fn bands_skip_what_lies_outside_and_mark_what_goes_on() {
        let p = Period {
            from: d("2024-01-01"),
            to: d("2024-12-31"),
            width: 720.0,
        };
        let before = intervention("2023-01-01", Some("2023-06-01"));
        let going = intervention("2024-03-01", None);
        let stopped = intervention("2023-11-01", Some("2024-02-01"));
        let b = bands(&[&before, &going, &stopped], &p);
        assert_eq!(b[0], None);
        let going_band = b[1].clone().unwrap();
        assert!(going_band.open && going_band.row == 0 && going_band.x1 == p.x(p.to));
        let stopped_band = b[2].clone().unwrap();
        assert!(!stopped_band.open && stopped_band.row == 1 && stopped_band.x0 == LEFT);
    }

    #[test]
    fn each_kind_gets_its_own_axis_with_a_round_top() {
        let p = Period {
            from: d("2024-01-01"),
            to: d("2024-12-31"),
            width: 720.0,
        };
        let m = |date: &str, kind, v: f64, unit: &str| {
            Measurement::new(
                RecordId::new("m").unwrap(),
                d(date),
                kind,
                v,
                unit,
                Stamp(1),
            )
            .unwrap()
        };
        let a = m("2024-02-01", MeasurementKind::NflSerum, 42.0, "pg/mL");
        let b = m("2024-05-01", MeasurementKind::NflSerum, 0.061, "ng/mL");
        let w = m("2024-05-01", MeasurementKind::Weight, 68.5, "kg");
        let old = m("2023-05-01", MeasurementKind::Fvc, 80.0, "%");
        let s = series(&[&b, &w, &a, &old], &p);
        assert_eq!(s.len(), 2, "FVC lies outside the period");
        assert_eq!(s[0].kind, MeasurementKind::NflSerum);
        assert_eq!((s[0].lo, s[0].hi), (0.0, 100.0));
        assert_eq!(
            s[0].points.iter().map(|q| q.1).collect::<Vec<_>>(),
            vec![42.0, 61.0]
        );
        assert_eq!((s[1].lo, s[1].hi), (60.0, 100.0));
        assert_eq!(s[0].y(100.0, 10.0, 50.0), 10.0);
        assert_eq!(nice_ceiling(61.0), 100.0);
        assert_eq!(nice_ceiling(0.3), 0.5);
        assert_eq!(nice_ceiling(1200.0), 2000.0);
    }
}
