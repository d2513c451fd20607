//! The history as an SVG line chart: the total (0–48) or the four parts (0–12 each),
//! over the dates of the assessments. The geometry is pure and tested natively; the
//! chart's text is real, translated text; the table in the history view holds the same
//! numbers for screen readers.

use super::say::AssessText;
use crate::i18n::use_i18n;
use crate::i18n::Fill;
use crate::records::words;
use leptos::prelude::*;
use scales::{Date, Subdomain, Summary};

pub const WIDTH: f64 = 640.0;
pub const HEIGHT: f64 = 260.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;
/// With the four parts, room on the right for each line's name at its end.
const LABEL_SPACE: f64 = 160.0;
/// The least vertical distance between two end labels.
const LABEL_GAP: f64 = 26.0;

/// Where a (date, value) falls in the drawing, with the dates spread over the width
/// (a single date sits in the middle).
pub fn place(days: &[i64], values: &[u8], max: u8) -> Vec<(f64, f64)> {
    place_in(days, values, max, RIGHT)
}

/// As [`place`], with `right` pixels kept free on the right.
pub fn place_in(days: &[i64], values: &[u8], max: u8, right: f64) -> Vec<(f64, f64)> {
    let (lo, hi) = match (days.iter().min(), days.iter().max()) {
        (Some(&lo), Some(&hi)) => (lo, hi),
        _ => return Vec::new(),
    };
    let inner_w = WIDTH - LEFT - right;
    let inner_h = HEIGHT - TOP - BOTTOM;
    days.iter()
        .zip(values)
        .map(|(&d, &v)| {
            let x = if hi == lo {
                LEFT + inner_w / 2.0
            } else {
                LEFT + inner_w * (d - lo) as f64 / (hi - lo) as f64
            };
            let y = TOP + inner_h * (1.0 - f64::from(v.min(max)) / f64::from(max.max(1)));
            (x, y)
        })
        .collect()
}

/// `"x,y x,y …"` for a `<polyline>`, rounded to a tenth of a pixel.
pub fn points_attr(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{:.1},{:.1}", x, y))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Heights for the end labels: each as near its line's end (`ys`) as it can be, in the
/// same order, at least `gap` apart and within `top..=bottom`.
pub fn spread(ys: &[f64], gap: f64, top: f64, bottom: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..ys.len()).collect();
    order.sort_by(|&a, &b| ys[a].total_cmp(&ys[b]).then(a.cmp(&b)));
    let mut placed: Vec<f64> = order.iter().map(|&i| ys[i].clamp(top, bottom)).collect();
    for k in 1..placed.len() {
        placed[k] = placed[k].max(placed[k - 1] + gap);
    }
    if let Some(last) = placed.last_mut() {
        *last = last.min(bottom);
    }
    for k in (0..placed.len().saturating_sub(1)).rev() {
        placed[k] = placed[k].min(placed[k + 1] - gap);
    }
    let mut out = vec![0.0; ys.len()];
    for (k, &i) in order.iter().enumerate() {
        out[i] = placed[k];
    }
    out
}

/// Grid lines: every quarter of the scale.
pub fn ticks(max: u8) -> [u8; 5] {
    [0, max / 4, max / 2, max / 4 * 3, max]
}

const DASHES: [&str; 4] = ["", "8 4", "2 4", "12 4 2 4"];

#[component]
pub fn Chart(summary: Summary, parts: bool) -> impl IntoView {
    let i18n = use_i18n();
    let max: u8 = if parts { 12 } else { 48 };
    let right = if parts { LABEL_SPACE } else { RIGHT };
    let days: Vec<i64> = summary
        .assessments
        .iter()
        .map(|a| a.date.days_since_epoch())
        .collect();
    let dates: Vec<Date> = summary.assessments.iter().map(|a| a.date).collect();
    let series: Vec<(String, Vec<u8>, &'static str)> = if parts {
        Subdomain::ALL
            .into_iter()
            .zip(DASHES)
            .map(|(s, dash)| {
                let values = summary
                    .assessments
                    .iter()
                    .map(|a| a.subscores.get(s))
                    .collect();
                (
                    words::subdomain_short(i18n.lang.get(), s).to_string(),
                    values,
                    dash,
                )
            })
            .collect()
    } else {
        let values = summary.assessments.iter().map(|a| a.total).collect();
        vec![(i18n.get(AssessText::ChartTotal).to_string(), values, "")]
    };
    let grid = ticks(max)
        .into_iter()
        .map(|t| {
            let y = place(&[0], &[t], max)[0].1;
            view! {
                <line class="grid" x1=LEFT x2=WIDTH - right y1=y y2=y/>
                <text class="tick" x=LEFT - 6.0 y=y + 4.0 text-anchor="end">{t}</text>
            }
        })
        .collect_view();
    let first_last = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) => {
            let y = HEIGHT - BOTTOM + 18.0;
            let end = (a != b).then(|| view! { <text class="tick" x=WIDTH - right y=y text-anchor="end">{b.to_string()}</text> });
            let anchor = if a == b { "middle" } else { "start" };
            let x = if a == b {
                LEFT + (WIDTH - LEFT - right) / 2.0
            } else {
                LEFT
            };
            Some(
                view! { <text class="tick" x=x y=y text-anchor=anchor>{a.to_string()}</text>{end} },
            )
        }
        _ => None,
    };
    let lines = series
        .iter()
        .enumerate()
        .map(|(i, (_, values, dash))| {
            let pts = place_in(&days, values, max, right);
            let marks = pts
                .iter()
                .map(|&(x, y)| view! { <circle class=format!("mark s{i}") cx=x cy=y r="4"/> })
                .collect_view();
            view! {
                <polyline class=format!("line s{i}") points=points_attr(&pts) stroke-dasharray=*dash fill="none"/>
                {marks}
            }
        })
        .collect_view();
    // Each part's name at the end of its line (moved apart just enough not to overlap),
    // with a short leader when it had to move.
    let ends: Vec<(f64, f64)> = series
        .iter()
        .filter_map(|(_, values, _)| place_in(&days, values, max, right).last().copied())
        .collect();
    let label_ys = spread(
        &ends.iter().map(|e| e.1).collect::<Vec<_>>(),
        LABEL_GAP,
        TOP,
        HEIGHT - BOTTOM,
    );
    let end_labels = (series.len() > 1).then(|| {
        series
            .iter()
            .zip(ends.iter().zip(&label_ys))
            .enumerate()
            .map(|(i, ((name, _, dash), (&(x, y), &ly)))| {
                view! {
                    <line class=format!("line leader s{i}") x1=x x2=x + 14.0 y1=y y2=ly stroke-dasharray=*dash/>
                    <text class="end-label" x=x + 18.0 y=ly + 8.0>{name.clone()}</text>
                }
            })
            .collect_view()
    });
    let label = {
        let title = if parts {
            i18n.get(crate::records::RecordText::ChartPartsTitle)
        } else {
            i18n.get(AssessText::ChartTotalTitle)
        };
        match (summary.assessments.first(), summary.assessments.last()) {
            (Some(a), Some(b)) => format!(
                "{title}. {}",
                i18n.get(AssessText::ChartSummary).fill(&[
                    ("n", &summary.assessments.len().to_string()),
                    ("first", &format!("{} ({})", a.total, a.date)),
                    ("last", &format!("{} ({})", b.total, b.date))
                ])
            ),
            _ => title.to_string(),
        }
    };
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label.clone() preserveAspectRatio="xMidYMid meet">
                <title>{label.clone()}</title>
                {grid}{first_last}{lines}{end_labels}
            </svg>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_spread_over_the_width_and_scores_up_the_height() {
        let p = place(&[100, 150, 200], &[48, 24, 0], 48);
        assert_eq!(p[0], (LEFT, TOP));
        assert_eq!(p[2], (WIDTH - RIGHT, HEIGHT - BOTTOM));
        assert!((p[1].0 - (LEFT + (WIDTH - LEFT - RIGHT) / 2.0)).abs() < 1e-9);
        assert!((p[1].1 - (TOP + (HEIGHT - TOP - BOTTOM) / 2.0)).abs() < 1e-9);
    }

    #[test]
    fn one_date_sits_in_the_middle_and_nothing_draws_nothing() {
        let p = place(&[7], &[12], 12);
        assert_eq!(p.len(), 1);
        assert!((p[0].0 - (LEFT + (WIDTH - LEFT - RIGHT) / 2.0)).abs() < 1e-9);
        assert_eq!(p[0].1, TOP);
        assert!(place(&[], &[], 48).is_empty());
    }

    #[test]
    fn end_labels_keep_their_order_and_stay_apart() {
        // Two lines ending at the same height and one far away.
        let ys = spread(&[100.0, 100.0, 200.0], 18.0, 16.0, 220.0);
        assert_eq!(ys[0], 100.0);
        assert_eq!(ys[1], 118.0);
        assert_eq!(ys[2], 200.0);
        // Crowded at the bottom: pushed up, still apart, still in order.
        let ys = spread(&[220.0, 219.0, 218.0], 18.0, 16.0, 220.0);
        assert!(ys.iter().all(|y| (16.0..=220.0).contains(y)));
        assert!((ys[0] - ys[1]).abs() >= 18.0 && (ys[1] - ys[2]).abs() >= 18.0);
        assert!(ys[2] < ys[1] && ys[1] < ys[0]);
        assert!(spread(&[], 18.0, 0.0, 10.0).is_empty());
    }

    #[test]
    fn points_and_ticks() {
        assert_eq!(points_attr(&[(1.0, 2.26), (3.0, 4.0)]), "1.0,2.3 3.0,4.0");
        assert_eq!(ticks(48), [0, 12, 24, 36, 48]);
        assert_eq!(ticks(12), [0, 3, 6, 9, 12]);
    }
}
