use super::*;
use crate::assessment::tests::uniform;

fn stamped(id: &str, date: &str, v: u8, stamp: u64) -> Assessment {
    let mut a = uniform(id, date, v);
    a.modified = Stamp(stamp);
    a
}

fn id(s: &str) -> RecordId {
    RecordId::new(s).unwrap()
}

#[test]
fn add_edit_delete() {
    let mut h = History::new();
    h.upsert(stamped("a", "2024-01-01", 4, 1)).unwrap();
    assert_eq!(h.len(), 1);
    assert_eq!(
        h.upsert(stamped("a", "2024-01-01", 3, 1)),
        Err(HistoryError::StaleStamp)
    );
    h.upsert(stamped("a", "2024-01-01", 3, 2)).unwrap();
    assert_eq!(h.get(&id("a")).unwrap().total(), 36);
    assert_eq!(h.delete(&id("a"), Stamp(2)), Err(HistoryError::StaleStamp));
    h.delete(&id("a"), Stamp(3)).unwrap();
    assert!(h.is_empty());
    assert_eq!(h.tombstones().len(), 1);
    assert_eq!(h.delete(&id("a"), Stamp(9)), Err(HistoryError::NotFound));
    assert_eq!(h.max_stamp(), Stamp(3));
    // A later edit (e.g. undo) may restore it.
    h.upsert(stamped("a", "2024-01-01", 3, 4)).unwrap();
    assert_eq!(h.len(), 1);
}

#[test]
fn two_tabs_keep_each_others_records() {
    let base = History::from_parts(Person::default(), [stamped("a", "2024-01-01", 4, 1)], []);
    let mut tab1 = base.clone();
    let mut tab2 = base.clone();
    tab1.upsert(stamped("b", "2024-02-01", 4, 10)).unwrap();
    tab2.upsert(stamped("c", "2024-03-01", 4, 11)).unwrap();
    let m = tab1.merge(&tab2);
    assert_eq!(m.len(), 3);
    assert_eq!(m, tab2.merge(&tab1));
}

#[test]
fn last_modified_wins_per_record() {
    let mut tab1 = History::new();
    let mut tab2 = History::new();
    tab1.upsert(stamped("a", "2024-01-01", 2, 5)).unwrap();
    tab2.upsert(stamped("a", "2024-01-01", 3, 7)).unwrap();
    assert_eq!(tab1.merge(&tab2).get(&id("a")).unwrap().total(), 36);
    assert_eq!(tab2.merge(&tab1).get(&id("a")).unwrap().total(), 36);
}

#[test]
fn delete_is_not_resurrected_by_the_other_tab() {
    let base = History::from_parts(Person::default(), [stamped("a", "2024-01-01", 4, 1)], []);
    let mut tab1 = base.clone();
    let tab2 = base.clone(); // still has "a"
    tab1.delete(&id("a"), Stamp(2)).unwrap();
    let m = tab2.merge(&tab1);
    assert!(m.get(&id("a")).is_none());
    assert_eq!(m, tab1.merge(&tab2));
    // Merging the stale copy again, any number of times, changes nothing.
    assert_eq!(m.merge(&tab2), m);
    // An edit made after the delete does win (it is newer).
    let mut tab3 = base;
    tab3.upsert(stamped("a", "2024-01-01", 2, 3)).unwrap();
    assert_eq!(m.merge(&tab3).get(&id("a")).unwrap().total(), 24);
}

#[test]
fn equal_stamps_are_resolved_the_same_way_in_both_orders() {
    let mut x = History::new();
    let mut y = History::new();
    x.upsert(stamped("a", "2024-01-01", 2, 5)).unwrap();
    y.upsert(stamped("a", "2024-01-01", 3, 5)).unwrap();
    assert_eq!(x.merge(&y), y.merge(&x));
    let mut z = History::new();
    z.upsert(stamped("a", "2024-01-01", 2, 4)).unwrap();
    z.delete(&id("a"), Stamp(5)).unwrap();
    // Record and tombstone with the same stamp: the record is kept.
    assert!(x.merge(&z).get(&id("a")).is_some());
    assert!(z.merge(&x).get(&id("a")).is_some());
}

#[test]
fn onset_merges_by_stamp() {
    let mut x = History::new();
    let mut y = History::new();
    x.set_onset(Date::parse("2023-01-01").ok(), Stamp(3))
        .unwrap();
    y.set_onset(Date::parse("2023-02-01").ok(), Stamp(4))
        .unwrap();
    assert_eq!(x.merge(&y).person().onset, Date::parse("2023-02-01").ok());
    assert_eq!(y.merge(&x).person().onset, Date::parse("2023-02-01").ok());
    assert_eq!(y.set_onset(None, Stamp(4)), Err(HistoryError::StaleStamp));
    y.set_onset(None, Stamp(5)).unwrap();
    assert_eq!(x.merge(&y).person().onset, None);
}

#[test]
fn chronological_listing() {
    let h = History::from_parts(
        Person::default(),
        [
            stamped("z", "2024-03-01", 4, 1),
            stamped("b", "2024-01-01", 4, 2),
            stamped("a", "2024-01-01", 4, 2),
        ],
        [],
    );
    let ids: Vec<&str> = h.assessments().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "z"]);
}
