//! Item 5 has two versions: 5a (cutting food, no gastrostomy) and 5b (with one). They are
//! different questions, so a switch between them — a new feeding tube — must never read
//! as improvement, decline or a reversal (issue #18). Across a switch, item 5 is left
//! out of the change, the trend and the reversal check, and each says so.

use scales::{
    change, reversal, summarize, trend, Assessment, Date, FilledBy, History, Items, RecordId,
    ReversalWindow, Stamp,
};

/// Every item 3, item 5 = `five`, answered as 5b when `tube`.
fn at(id: &str, date: &str, tube: bool, five: u8) -> Assessment {
    let mut values = [3u8; 12];
    values[4] = five;
    Assessment {
        id: RecordId::new(id).unwrap(),
        date: Date::parse(date).unwrap(),
        filled_by: FilledBy::Self_,
        gastrostomy: tube,
        items: Items::from_values(values).unwrap(),
        notes: String::new(),
        modified: Stamp(1),
    }
}

/// Monthly for a year and a month: 5a = `before` until the tube in month 2, then 5b =
/// `after`; every other item stays the same.
fn year(before: u8, after: u8) -> Vec<Assessment> {
    (0..14u32)
        .map(|m| {
            let date = Date::parse("2025-01-01").unwrap().add_months(m).unwrap();
            let tube = m >= 2;
            at(
                &format!("m{m}"),
                &date.to_string(),
                tube,
                if tube { after } else { before },
            )
        })
        .collect()
}

#[test]
fn a_new_tube_with_5a_0_then_5b_4_is_no_rise_and_no_reversal() {
    let list = year(0, 4);
    let refs: Vec<&Assessment> = list.iter().collect();
    // The raw totals jump by 4 and stay there for a year: without the rule this would be
    // a reversal pattern.
    assert_eq!(list[2].total() - list[1].total(), 4);
    let c = change(&list[1], &list[2]);
    assert_eq!((c.total, c.fine_motor), (0, 0));
    assert!(c.item_5_left_out);
    for w in [ReversalWindow::SixMonths, ReversalWindow::TwelveMonths] {
        let r = reversal(&refs, w);
        let r = r.value().expect("a year of history is long enough");
        assert!(!r.found(), "{w:?}");
        assert!(r.item_5_left_out);
    }
    let t = trend(&refs);
    let t = t.value().unwrap();
    assert!(t.slope_per_month.abs() < 1e-9, "{}", t.slope_per_month);
    assert!(t.item_5_left_out);
}

#[test]
fn the_reverse_5a_4_then_5b_0_is_no_fall() {
    let list = year(4, 0);
    let refs: Vec<&Assessment> = list.iter().collect();
    let c = change(&list[1], &list[2]);
    assert_eq!((c.total, c.fine_motor), (0, 0));
    let t = trend(&refs);
    assert!(t.value().unwrap().slope_per_month.abs() < 1e-9);
    let mut h = History::new();
    for a in list {
        h.upsert(a).unwrap();
    }
    let s = summarize(&h);
    assert!(s
        .assessments
        .iter()
        .filter_map(|a| a.change.value())
        .all(|c| c.total == 0));
}

#[test]
fn without_a_switch_item_5_counts_as_usual() {
    let list = [
        at("a", "2025-01-01", false, 4),
        at("b", "2025-03-01", false, 0),
    ];
    let c = change(&list[0], &list[1]);
    assert_eq!((c.total, c.fine_motor, c.item_5_left_out), (-4, -4, false));
    let tube = [
        at("a", "2025-01-01", true, 4),
        at("b", "2025-03-01", true, 1),
    ];
    assert_eq!(change(&tube[0], &tube[1]).total, -3);
}

#[test]
fn a_real_rise_across_the_switch_is_still_seen() {
    // Item 5 is left out, the rest rises by 4 and holds: the pattern is still there.
    let mut list = year(2, 2);
    for a in list.iter_mut().skip(1) {
        a.items.set(8, scales::Score::new(4).unwrap());
        a.items.set(9, scales::Score::new(4).unwrap());
        a.items.set(7, scales::Score::new(4).unwrap());
        a.items.set(1, scales::Score::new(4).unwrap());
    }
    let refs: Vec<&Assessment> = list.iter().collect();
    let r = reversal(&refs, ReversalWindow::SixMonths);
    assert!(r.value().unwrap().found());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever 5a and 5b scores are given, and wherever the tube comes, a course in
        /// which every other item only stays or falls never shows a rise, a rising trend
        /// or a reversal.
        #[test]
        fn a_switch_never_reads_as_improvement(
            five_a in 0u8..=4, five_b in 0u8..=4, switch in 1usize..12,
            steps in proptest::collection::vec((20i64..90, 0u8..=1, 0usize..11), 2..14),
        ) {
            let others = [0usize, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11];
            let mut values = [4u8; 12];
            let mut day = 0i64;
            let start = Date::parse("2024-01-01").unwrap().days_since_epoch();
            let list: Vec<Assessment> = steps.iter().enumerate().map(|(i, &(gap, drop, item))| {
                day += gap;
                let k = others[item];
                values[k] = values[k].saturating_sub(drop);
                let tube = i >= switch;
                values[4] = if tube { five_b } else { five_a };
                Assessment {
                    id: RecordId::new(format!("p{i}")).unwrap(),
                    date: Date::from_days_since_epoch(start + day).unwrap(),
                    filled_by: FilledBy::Self_,
                    gastrostomy: tube,
                    items: Items::from_values(values).unwrap(),
                    notes: String::new(),
                    modified: Stamp(1),
                }
            }).collect();
            let refs: Vec<&Assessment> = list.iter().collect();
            for pair in list.windows(2) {
                prop_assert!(change(&pair[0], &pair[1]).total <= 0);
            }
            for w in [ReversalWindow::SixMonths, ReversalWindow::TwelveMonths] {
                if let Some(r) = reversal(&refs, w).value() {
                    prop_assert!(!r.found());
                }
            }
            if let Some(t) = trend(&refs).value() {
                prop_assert!(t.slope_per_month <= 1e-9);
            }
        }
    }
}
