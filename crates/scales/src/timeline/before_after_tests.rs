use super::*;
use crate::assessment::tests::uniform;
use crate::assessment::{Person, Score, Stamp};
use crate::derived::Reason;
use crate::timeline::intervention::tests::taking;
use crate::timeline::{Milestone, MilestoneKind, MilestoneSource};

const START: &str = "2024-07-01";

fn day(offset: i64) -> Date {
    let start = Date::parse(START).unwrap().days_since_epoch();
    Date::from_days_since_epoch(start + offset).unwrap()
}

fn id(s: &str) -> RecordId {
    RecordId::new(s).unwrap()
}

/// An assessment `offset` days from the start with the given total.
fn at(name: &str, offset: i64, total: u8) -> Assessment {
    let mut a = uniform(name, &day(offset).to_string(), 4);
    let mut missing = 48 - total;
    for n in 1..=12u8 {
        let take = missing.min(4);
        a.items.set(n, Score::new(4 - take).unwrap());
        missing -= take;
    }
    a
}

fn intervention(name: &str, start: i64, stop: Option<i64>) -> crate::timeline::Intervention {
    let stop = stop.map(|s| day(s).to_string());
    taking(name, name, &day(start).to_string(), stop.as_deref())
}

fn history(assessments: Vec<Assessment>) -> History {
    let person = Person {
        onset: Some(day(-900)),
        modified: Stamp(1),
    };
    History::from_parts(person, assessments, [])
}

fn known_course() -> History {
    let mut h = history(vec![
        at("old", -400, 48), // more than 12 months before: not used
        at("b1", -90, 45),
        at("b2", -60, 44),
        at("b3", -30, 43),
        at("a1", 0, 40), // the start day counts as after
        at("a2", 30, 39),
        at("a3", 60, 39),
        at("a4", 90, 37),
    ]);
    for (name, start, stop) in [
        ("main", 0, None),
        ("b", -45, None),       // started in the period
        ("c", -300, Some(60)),  // stopped in the period
        ("d", -500, None),      // ongoing throughout: nothing changed
        ("e", 200, None),       // after the period
        ("f", 90, Some(95)),    // started on the period's last day
        ("g", -200, Some(-91)), // stopped the day before the period
    ] {
        h.upsert_intervention(intervention(name, start, stop))
            .unwrap();
    }
    for (name, offset, kind) in [
        ("niv", 30, MilestoneKind::NivStart),
        ("dx", -600, MilestoneKind::Diagnosis),
    ] {
        h.upsert_milestone(Milestone {
            id: id(name),
            date: day(offset),
            kind,
            notes: String::new(),
            modified: Stamp(2),
        })
        .unwrap();
    }
    h
}

#[test]
fn slopes_and_standard_errors_on_known_series() {
    let r = before_after(&known_course(), &id("main")).unwrap();
    // Before: one point lost every 30 days, a perfect line: slope = −1 / 30 points per
    // day = −30.4375 / 30 = −1.0145833… points per month, standard error 0.
    let b = r.before.trend.value().unwrap();
    assert!((b.slope_per_month - (-30.4375 / 30.0)).abs() < 1e-9);
    assert!(b.standard_error.abs() < 1e-9);
    assert_eq!(r.before.assessments, [id("b1"), id("b2"), id("b3")]);
    assert_eq!((r.before.from, r.before.to), (day(-366), day(-1)));
    // After, by hand, x in days: x = 0, 30, 60, 90 (mean 45, Sxx = 4500), y = 40, 39,
    // 39, 37 (mean 38.75, Sxy = −135). Slope −135 / 4500 = −0.03 per day = −0.913125 per
    // month. Fitted 40.1, 39.2, 38.3, 37.4; residuals −0.1, −0.2, 0.7, −0.4; SSE = 0.70.
    // SE = sqrt(0.70 / 2 / 4500) per day × 30.4375 = 0.268433518… per month.
    let a = r.after.trend.value().unwrap();
    assert!((a.slope_per_month - (-0.913_125)).abs() < 1e-9);
    assert!((a.standard_error - 0.268_433_518_435).abs() < 1e-9);
    assert_eq!(a.assessments, 4);
    assert_eq!((r.after.from, r.after.to), (day(0), day(365)));
}

#[test]
fn overlapping_interventions_and_milestones_are_named() {
    let r = before_after(&known_course(), &id("main")).unwrap();
    assert_eq!((r.period_from, r.period_to), (day(-90), day(90)));
    let named: Vec<(&str, Change, Date)> = r
        .others
        .iter()
        .map(|o| (o.id.as_str(), o.change, o.date))
        .collect();
    assert_eq!(
        named,
        [
            ("b", Change::Started, day(-45)),
            ("c", Change::Stopped, day(60)),
            ("f", Change::Started, day(90)),
        ]
    );
    assert_eq!(r.others[0].name, InterventionName::Free("b".into()));
    let ms: Vec<(MilestoneKind, &MilestoneSource)> =
        r.milestones.iter().map(|m| (m.kind, &m.source)).collect();
    assert_eq!(
        ms,
        [(
            MilestoneKind::NivStart,
            &MilestoneSource::Recorded { id: id("niv") }
        )]
    );
    // The structured result is language-neutral JSON for the app.
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["others"][1]["change"], "stopped");
    assert_eq!(json["before"]["trend"]["status"], "defined");
}

#[test]
fn stop_date_ends_the_after_side() {
    let mut h = known_course();
    h.upsert_intervention(intervention("short", 0, Some(60)))
        .unwrap();
    let r = before_after(&h, &id("short")).unwrap();
    assert_eq!(r.after.assessments, [id("a1"), id("a2"), id("a3")]);
    assert_eq!(r.after.to, day(60));
    assert!(r.after.trend.value().is_some());
    // "main" started on the same day: it is named as another change.
    assert!(r
        .others
        .iter()
        .any(|o| o.id == id("main") && o.change == Change::Started));
    h.upsert_intervention(intervention("shorter", 0, Some(59)))
        .unwrap();
    let r = before_after(&h, &id("shorter")).unwrap();
    assert_eq!(r.after.trend.reason(), Some(Reason::TooFewAssessments));
}

#[test]
fn undefined_sides_say_why() {
    let mut h = history(vec![
        at("b1", -20, 44),
        at("a1", 10, 40),
        at("a2", 10, 41),
        at("a3", 10, 39),
    ]);
    h.upsert_intervention(intervention("x", 0, None)).unwrap();
    let r = before_after(&h, &id("x")).unwrap();
    assert_eq!(r.before.trend.reason(), Some(Reason::TooFewAssessments));
    assert_eq!(r.after.trend.reason(), Some(Reason::NoTimeSpan));
    assert_eq!((r.period_from, r.period_to), (day(-20), day(10)));
    assert!(before_after(&h, &id("nope")).is_none());
    // A shorter window leaves the early assessment out.
    let r = before_after_within(&h, &id("x"), 0).unwrap();
    assert_eq!(r.window_months, 1);
    assert_eq!(r.before.assessments, [id("b1")]);
}
