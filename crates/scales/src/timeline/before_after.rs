//! Before / after one intervention's start: the ALSFRS-R slope on each side, with its
//! standard error (the trend of [`crate::derived::trend`]), and what else changed in the
//! same period. An observation of one person's course, never a test of an effect: the
//! crate returns numbers and codes, and no comparison or p-value.
//!
//! The two sides, with `W` = window months ([`DEFAULT_WINDOW_MONTHS`] = 12, calendar
//! months as in the reversal check):
//! * **before**: assessments dated from `start − W months` (included) to the day before
//!   `start`;
//! * **after**: assessments dated from `start` (included) to the stop date (included) or,
//!   when ongoing or stopped later, to `start + W months` (included).
//!
//! The window keeps each slope about the months around the start rather than the whole
//! history. Each side's slope is undefined with fewer than 3 assessments
//! ([`Reason::TooFewAssessments`]) or when they share one date ([`Reason::NoTimeSpan`]).
//!
//! **Also in the period**: the period runs from the earliest to the latest assessment
//! used on either side, widened to include the start date. Every *other* intervention
//! that started or stopped in it (both days included) is named, and so is every
//! milestone of [`milestones`] dated in it.
//!
//! [`Reason::TooFewAssessments`]: crate::Reason::TooFewAssessments
//! [`Reason::NoTimeSpan`]: crate::Reason::NoTimeSpan

use super::intervention::{Category, InterventionName};
use super::milestone_view::{milestones, MilestoneView};
use crate::assessment::{Assessment, RecordId};
use crate::date::Date;
use crate::derived::{trend, Figure, Trend};
use crate::history::History;
use serde::Serialize;

/// Calendar months on each side of the start.
pub const DEFAULT_WINDOW_MONTHS: u32 = 12;

/// One side of the start.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Side {
    /// The side's window, both days included (not the span of its assessments).
    pub from: Date,
    pub to: Date,
    /// The assessments used, in chronological order.
    pub assessments: Vec<RecordId>,
    /// Slope of the total in points per month with its standard error, or why none.
    pub trend: Figure<Trend>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Started,
    Stopped,
}

/// Another intervention that started or stopped in the period.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct OtherChange {
    pub date: Date,
    pub change: Change,
    pub id: RecordId,
    pub name: InterventionName,
    pub category: Category,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BeforeAfter {
    pub intervention: RecordId,
    pub name: InterventionName,
    pub start: Date,
    pub stop: Option<Date>,
    pub window_months: u32,
    pub before: Side,
    pub after: Side,
    /// The period of "also in the period" (see the module docs), both days included.
    pub period_from: Date,
    pub period_to: Date,
    /// Other interventions started or stopped in the period, by date.
    pub others: Vec<OtherChange>,
    /// Milestones in the period, by date.
    pub milestones: Vec<MilestoneView>,
}

/// [`before_after_within`] with [`DEFAULT_WINDOW_MONTHS`]. `None` when no live
/// intervention has this id.
pub fn before_after(history: &History, intervention: &RecordId) -> Option<BeforeAfter> {
    before_after_within(history, intervention, DEFAULT_WINDOW_MONTHS)
}

/// Before / after with `months` calendar months on each side (at least 1).
pub fn before_after_within(
    history: &History,
    intervention: &RecordId,
    months: u32,
) -> Option<BeforeAfter> {
    let months = months.max(1);
    let this = history.timeline().intervention(intervention)?;
    let start = this.start;
    let before_from = start.sub_months(months).unwrap_or(start);
    let before_to = Date::from_days_since_epoch(start.days_since_epoch() - 1).unwrap_or(start);
    let cap = start.add_months(months).unwrap_or(start);
    let after_to = this.stop.map_or(cap, |s| s.min(cap));
    let all = history.assessments();
    let pick = |from: Date, to: Date| -> Vec<&Assessment> {
        all.iter()
            .copied()
            .filter(|a| from <= a.date && a.date <= to)
            .collect()
    };
    let before_list = pick(before_from, before_to);
    let after_list = pick(start, after_to);
    let side = |from, to, list: &[&Assessment]| Side {
        from,
        to,
        assessments: list.iter().map(|a| a.id.clone()).collect(),
        trend: trend(list),
    };
    let used = before_list.iter().chain(after_list.iter()).map(|a| a.date);
    let period_from = used.clone().chain([start]).min().unwrap_or(start);
    let period_to = used.chain([start]).max().unwrap_or(start);
    let within = |d: Date| period_from <= d && d <= period_to;

    let mut others: Vec<OtherChange> = Vec::new();
    for other in history.timeline().interventions() {
        if other.id == this.id {
            continue;
        }
        let changes = [
            (Some(other.start), Change::Started),
            (other.stop, Change::Stopped),
        ];
        for (date, change) in changes {
            if let Some(date) = date.filter(|&d| within(d)) {
                others.push(OtherChange {
                    date,
                    change,
                    id: other.id.clone(),
                    name: other.name.clone(),
                    category: other.category,
                });
            }
        }
    }
    others.sort();
    let milestones = milestones(history)
        .into_iter()
        .filter(|m| within(m.date))
        .collect();
    Some(BeforeAfter {
        intervention: this.id.clone(),
        name: this.name.clone(),
        start,
        stop: this.stop,
        window_months: months,
        before: side(before_from, before_to, &before_list),
        after: side(start, after_to, &after_list),
        period_from,
        period_to,
        others,
        milestones,
    })
}

#[cfg(test)]
#[path = "before_after_tests.rs"]
mod tests;
