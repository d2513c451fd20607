//! The reversal check over a history (project notes 2.3; Bedlack et al., Neurology 2016).
//!
//! Rule: the total rose by at least 4 points above an earlier (baseline) assessment and
//! stayed at least that high (baseline + 4) at every assessment for at least the window
//! (6 or 12 calendar months, counted from the first raised assessment to a later raised
//! one), and no subdomain fell below its baseline value at any assessment from the
//! baseline to the end of the window. A sudden jump that is not held for the window does
//! not count. Holding is judged only from recorded assessments: a single assessment at
//! the end of the window is enough, since nothing recorded contradicts it.
//!
//! The result is "a pattern to discuss with your neurologist", never a diagnosis.

use super::figure::{Figure, Reason};
use crate::assessment::{Assessment, RecordId};
use crate::date::Date;
use serde::Serialize;

/// The minimum rise of the total, in points.
pub const MIN_GAIN: u8 = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReversalWindow {
    /// Held for ≥ 6 months (the international definition in the project notes).
    SixMonths,
    /// Held for ≥ 12 months (the stricter variant of Bedlack et al. 2016).
    TwelveMonths,
}

impl ReversalWindow {
    pub fn months(self) -> u32 {
        match self {
            ReversalWindow::SixMonths => 6,
            ReversalWindow::TwelveMonths => 12,
        }
    }
}

/// The first episode found: baseline, the first assessment at the raised level, and the
/// assessment that completes the window.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReversalEpisode {
    pub baseline_id: RecordId,
    pub baseline_date: Date,
    pub baseline_total: u8,
    pub raised_id: RecordId,
    pub raised_date: Date,
    pub raised_total: u8,
    pub held_until_id: RecordId,
    pub held_until_date: Date,
    /// The smallest rise over the baseline during the held period (≥ 4).
    pub min_gain: u8,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReversalCheck {
    pub window_months: u32,
    /// `None`: the history is long enough and shows no such pattern.
    pub episode: Option<ReversalEpisode>,
    /// The history holds both 5a and 5b: totals and the fine-motor part are compared
    /// without item 5, so a new feeding tube is never read as a reversal.
    pub item_5_left_out: bool,
}

impl ReversalCheck {
    pub fn found(&self) -> bool {
        self.episode.is_some()
    }
}

/// Looks for a sustained rise. Undefined with fewer than 2 assessments
/// ([`Reason::TooFewAssessments`]) or when the first and last assessment are less than
/// the window apart ([`Reason::HistoryTooShort`]: no pattern could be seen yet).
/// Takes the assessments in any order; equal dates keep the given order.
pub fn reversal(assessments: &[&Assessment], window: ReversalWindow) -> Figure<ReversalCheck> {
    let mut list: Vec<&Assessment> = assessments.to_vec();
    list.sort_by_key(|a| a.date);
    let (Some(first), Some(last)) = (list.first(), list.last()) else {
        return Figure::undefined(Reason::TooFewAssessments);
    };
    if list.len() < 2 {
        return Figure::undefined(Reason::TooFewAssessments);
    }
    let months = window.months();
    if first
        .date
        .add_months(months)
        .is_none_or(|end| last.date < end)
    {
        return Figure::undefined(Reason::HistoryTooShort);
    }
    let without = super::change::mixes_item_5(&list);
    let episode = list
        .iter()
        .enumerate()
        .find_map(|(i, base)| episode_from(base, &list[i + 1..], months, without));
    Figure::defined(ReversalCheck {
        window_months: months,
        episode,
        item_5_left_out: without,
    })
}

/// The first held rise over `base` among the assessments that follow it.
fn episode_from(
    base: &Assessment,
    after: &[&Assessment],
    months: u32,
    without_item_5: bool,
) -> Option<ReversalEpisode> {
    let (base_total, base_sub) = base.comparable(without_item_5);
    let threshold = base_total + MIN_GAIN;
    // Start of the current run of raised assessments, and the smallest gain in it.
    let mut run: Option<(&Assessment, u8)> = None;
    for a in after {
        let (total, sub) = a.comparable(without_item_5);
        if !sub.none_below(&base_sub) {
            // A subdomain fell below the baseline: no window through here counts.
            return None;
        }
        if total < threshold {
            run = None;
            continue;
        }
        let gain = total - base_total;
        let (start, min_gain) = match run {
            Some((start, g)) => (start, g.min(gain)),
            None => (*a, gain),
        };
        run = Some((start, min_gain));
        if start
            .date
            .add_months(months)
            .is_some_and(|end| a.date >= end)
        {
            return Some(ReversalEpisode {
                baseline_id: base.id.clone(),
                baseline_date: base.date,
                baseline_total: base_total,
                raised_id: start.id.clone(),
                raised_date: start.date,
                raised_total: start.comparable(without_item_5).0,
                held_until_id: a.id.clone(),
                held_until_date: a.date,
                min_gain,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::tests::uniform;
    use crate::assessment::{Items, Score};

    /// An assessment on `date` whose total is `total`, spread as evenly as possible.
    fn at(id: &str, date: &str, total: u8) -> Assessment {
        let mut a = uniform(id, date, 0);
        let mut values = [0u8; 12];
        for i in 0..usize::from(total) {
            values[i % 12] += 1;
        }
        a.items = Items::from_values(values).unwrap();
        assert_eq!(a.total(), total);
        a
    }

    fn check(list: &[Assessment], w: ReversalWindow) -> Figure<ReversalCheck> {
        let refs: Vec<&Assessment> = list.iter().collect();
        reversal(&refs, w)
    }

    fn found(list: &[Assessment], w: ReversalWindow) -> bool {
        check(list, w).value().unwrap().found()
    }

    #[test]
    fn needs_four_points_held_six_months() {
        let held = [
            at("a", "2024-01-01", 30),
            at("b", "2024-02-01", 34),
            at("c", "2024-05-01", 35),
            at("d", "2024-08-01", 34),
        ];
        let e = check(&held, ReversalWindow::SixMonths)
            .value()
            .unwrap()
            .clone();
        let e = e.episode.unwrap();
        assert_eq!((e.baseline_id.as_str(), e.raised_id.as_str()), ("a", "b"));
        assert_eq!((e.held_until_id.as_str(), e.min_gain), ("d", 4));
        // Held only until one day short of six months: not yet.
        let short = [
            at("a", "2024-01-01", 30),
            at("b", "2024-02-01", 34),
            at("c", "2024-07-31", 34),
            at("d", "2024-09-01", 20),
        ];
        assert!(!found(&short, ReversalWindow::SixMonths));
    }

    #[test]
    fn three_points_is_not_enough() {
        let list = [
            at("a", "2024-01-01", 30),
            at("b", "2024-02-01", 33),
            at("c", "2024-09-01", 33),
        ];
        assert!(!found(&list, ReversalWindow::SixMonths));
    }

    #[test]
    fn sudden_jump_not_sustained_does_not_count() {
        let list = [
            at("a", "2024-01-01", 30),
            at("b", "2024-02-01", 40),
            at("c", "2024-03-01", 31),
            at("d", "2024-09-01", 35),
        ];
        assert!(!found(&list, ReversalWindow::SixMonths));
        // A dip below baseline + 4 in the middle breaks the hold.
        let list = [
            at("a", "2024-01-01", 30),
            at("b", "2024-02-01", 35),
            at("c", "2024-05-01", 33),
            at("d", "2024-08-15", 35),
        ];
        assert!(!found(&list, ReversalWindow::SixMonths));
    }

    #[test]
    fn no_subdomain_may_fall() {
        let base = uniform("a", "2024-01-01", 2); // 24, each subdomain 6
        let mut up = uniform("b", "2024-02-01", 3); // 36
        let mut later = uniform("c", "2024-09-01", 3);
        assert!(found(
            &[base.clone(), up.clone(), later.clone()],
            ReversalWindow::SixMonths
        ));
        // Respiratory falls from 6 to 5 at the end of the window, total (32) still up.
        for (n, v) in [(10, 1), (11, 2), (12, 2)] {
            later.items.set(n, Score::new(v).unwrap());
        }
        assert_eq!(later.total(), 32);
        assert!(!found(
            &[base.clone(), up.clone(), later.clone()],
            ReversalWindow::SixMonths
        ));
        for n in [10, 11, 12] {
            later.items.set(n, Score::new(3).unwrap());
        }
        up.items.set(1, Score::new(0).unwrap()); // bulbar 0+3+3 = 6: equal, not a fall
        assert!(found(&[base, up, later], ReversalWindow::SixMonths));
    }

    #[test]
    fn twelve_month_variant_is_stricter() {
        let list = [
            at("a", "2023-01-01", 30),
            at("b", "2023-02-01", 35),
            at("c", "2023-09-01", 35),
            at("d", "2024-01-15", 35),
        ];
        assert!(found(&list, ReversalWindow::SixMonths));
        assert!(!found(&list, ReversalWindow::TwelveMonths));
        let mut longer = list.to_vec();
        longer.push(at("e", "2024-02-01", 36));
        assert!(found(&longer, ReversalWindow::TwelveMonths));
    }

    #[test]
    fn undefined_when_too_few_or_too_short() {
        assert_eq!(
            check(&[], ReversalWindow::SixMonths).reason(),
            Some(Reason::TooFewAssessments)
        );
        assert_eq!(
            check(&[at("a", "2024-01-01", 30)], ReversalWindow::SixMonths).reason(),
            Some(Reason::TooFewAssessments)
        );
        let list = [at("a", "2024-01-01", 30), at("b", "2024-06-30", 40)];
        assert_eq!(
            check(&list, ReversalWindow::SixMonths).reason(),
            Some(Reason::HistoryTooShort)
        );
        let list = [at("a", "2024-01-01", 30), at("b", "2024-07-01", 30)];
        assert!(!found(&list, ReversalWindow::SixMonths));
    }

    #[test]
    fn order_of_input_does_not_matter() {
        let list = [
            at("d", "2024-08-01", 34),
            at("a", "2024-01-01", 30),
            at("b", "2024-02-01", 34),
        ];
        assert!(found(&list, ReversalWindow::SixMonths));
    }

    #[test]
    fn decline_is_never_flagged() {
        let list: Vec<Assessment> = (0..24u8)
            .map(|m| {
                let date = Date::parse("2022-01-01")
                    .unwrap()
                    .add_months(m.into())
                    .unwrap();
                at(&format!("m{m}"), &date.to_string(), 46 - m)
            })
            .collect();
        assert!(!found(&list, ReversalWindow::SixMonths));
    }
}
