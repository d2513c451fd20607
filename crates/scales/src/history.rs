//! A person's history: the onset date, the assessments, tombstones for deletions, and the
//! timeline ([`crate::timeline`]: interventions, measurements, milestones, merged by the
//! same rule), with a merge for two copies (two browser tabs) that never loses a record.
//!
//! Merge rule, per record id: the entry (record or tombstone) with the higher stamp wins.
//! Equal stamps: a record beats a tombstone (when in doubt, keep data); two different
//! records compare by content (the derived order of [`Assessment`]) so that the result
//! does not depend on which copy is `a` and which is `b`. The merge is commutative,
//! associative and idempotent (property-tested). Tombstones are kept for good: they are
//! tiny, and dropping one would let an old copy bring the record back.

use crate::assessment::{Assessment, Person, RecordId, Stamp};
use crate::date::Date;
use crate::timeline::Timeline;
use std::collections::BTreeMap;

/// A deleted record: its id and when it was deleted.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tombstone {
    pub id: RecordId,
    pub deleted: Stamp,
}

/// What is stored under one id.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Entry {
    Live(Assessment),
    Deleted(Tombstone),
}

impl Entry {
    pub fn stamp(&self) -> Stamp {
        match self {
            Entry::Live(a) => a.modified,
            Entry::Deleted(t) => t.deleted,
        }
    }

    /// The entry that wins a merge (see the module docs).
    fn winner<'a>(a: &'a Entry, b: &'a Entry) -> &'a Entry {
        use std::cmp::Ordering::*;
        match a.stamp().cmp(&b.stamp()) {
            Greater => a,
            Less => b,
            Equal => match (a, b) {
                (Entry::Live(_), Entry::Deleted(_)) => a,
                (Entry::Deleted(_), Entry::Live(_)) => b,
                (Entry::Live(x), Entry::Live(y)) => {
                    if x >= y {
                        a
                    } else {
                        b
                    }
                }
                (Entry::Deleted(_), Entry::Deleted(_)) => a,
            },
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HistoryError {
    /// The change's stamp is not newer than what is stored for that id (or the onset).
    #[error("the change is not newer than the stored version")]
    StaleStamp,
    #[error("no record with this id")]
    NotFound,
    /// The onset is the person's onset date, never a milestone record.
    #[error("the onset date is kept with the person, not as a milestone record")]
    OnsetIsPersonal,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    person: Person,
    entries: BTreeMap<RecordId, Entry>,
    pub(crate) timeline: Timeline,
}

impl History {
    pub fn new() -> History {
        History::default()
    }

    /// A history from parts; for an id given twice the merge rule decides.
    pub fn from_parts(
        person: Person,
        assessments: impl IntoIterator<Item = Assessment>,
        tombstones: impl IntoIterator<Item = Tombstone>,
    ) -> History {
        let mut h = History {
            person,
            entries: BTreeMap::new(),
            timeline: Timeline::default(),
        };
        let entries = assessments
            .into_iter()
            .map(Entry::Live)
            .chain(tombstones.into_iter().map(Entry::Deleted));
        for e in entries {
            h.absorb(e);
        }
        h
    }

    fn absorb(&mut self, entry: Entry) {
        let id = match &entry {
            Entry::Live(a) => a.id.clone(),
            Entry::Deleted(t) => t.id.clone(),
        };
        let keep = match self.entries.get(&id) {
            Some(old) => Entry::winner(old, &entry).clone(),
            None => entry,
        };
        self.entries.insert(id, keep);
    }

    /// The same history with `timeline` as its timeline records.
    pub fn with_timeline(mut self, timeline: Timeline) -> History {
        self.timeline = timeline;
        self
    }

    pub fn person(&self) -> &Person {
        &self.person
    }

    /// Interventions, measurements and recorded milestones.
    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    /// Sets (or clears) the onset date. `stamp` must be newer than the current one.
    pub fn set_onset(&mut self, onset: Option<Date>, stamp: Stamp) -> Result<(), HistoryError> {
        if stamp <= self.person.modified && self.person != Person::default() {
            return Err(HistoryError::StaleStamp);
        }
        self.person = Person {
            onset,
            modified: stamp,
        };
        Ok(())
    }

    /// The live assessments in chronological order (date, then stamp, then id).
    pub fn assessments(&self) -> Vec<&Assessment> {
        let mut list: Vec<&Assessment> = self
            .entries
            .values()
            .filter_map(|e| match e {
                Entry::Live(a) => Some(a),
                Entry::Deleted(_) => None,
            })
            .collect();
        list.sort_by(|a, b| (a.date, a.modified, &a.id).cmp(&(b.date, b.modified, &b.id)));
        list
    }

    pub fn tombstones(&self) -> Vec<&Tombstone> {
        self.entries
            .values()
            .filter_map(|e| match e {
                Entry::Deleted(t) => Some(t),
                Entry::Live(_) => None,
            })
            .collect()
    }

    pub fn get(&self, id: &RecordId) -> Option<&Assessment> {
        match self.entries.get(id) {
            Some(Entry::Live(a)) => Some(a),
            _ => None,
        }
    }

    pub fn entry(&self, id: &RecordId) -> Option<&Entry> {
        self.entries.get(id)
    }

    /// Number of live assessments.
    pub fn len(&self) -> usize {
        self.entries
            .values()
            .filter(|e| matches!(e, Entry::Live(_)))
            .count()
    }

    /// No live assessment (timeline records are not counted: see [`Timeline::is_empty`]).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The highest stamp anywhere in the history; a caller's next stamp must exceed it.
    pub fn max_stamp(&self) -> Stamp {
        self.entries
            .values()
            .map(Entry::stamp)
            .chain([self.person.modified, self.timeline.max_stamp()])
            .max()
            .unwrap_or_default()
    }

    /// Adds a new assessment or replaces (edits) the one with its id. Refused when an
    /// entry with that id (record or tombstone) has a stamp not older than the new one.
    pub fn upsert(&mut self, assessment: Assessment) -> Result<(), HistoryError> {
        if let Some(old) = self.entries.get(&assessment.id) {
            if old.stamp() >= assessment.modified {
                return Err(HistoryError::StaleStamp);
            }
        }
        self.entries
            .insert(assessment.id.clone(), Entry::Live(assessment));
        Ok(())
    }

    /// Deletes an assessment, leaving a tombstone stamped `stamp` (which must be newer
    /// than the record's) so that another tab's copy cannot bring it back.
    pub fn delete(&mut self, id: &RecordId, stamp: Stamp) -> Result<(), HistoryError> {
        match self.entries.get(id) {
            Some(Entry::Live(a)) if a.modified < stamp => {
                self.entries.insert(
                    id.clone(),
                    Entry::Deleted(Tombstone {
                        id: id.clone(),
                        deleted: stamp,
                    }),
                );
                Ok(())
            }
            Some(Entry::Live(_)) => Err(HistoryError::StaleStamp),
            Some(Entry::Deleted(_)) | None => Err(HistoryError::NotFound),
        }
    }

    /// Two copies made one: union by id, newer stamp wins (see the module docs).
    pub fn merge(&self, other: &History) -> History {
        let mut out = self.clone();
        for e in other.entries.values() {
            out.absorb(e.clone());
        }
        out.person = merge_person(self.person, other.person);
        out.timeline = self.timeline.merge(&other.timeline);
        out
    }
}

/// Newer onset stamp wins; equal stamps prefer the later date (a set date over none).
fn merge_person(a: Person, b: Person) -> Person {
    if (a.modified, a.onset) >= (b.modified, b.onset) {
        a
    } else {
        b
    }
}

/// `a.merge(b)`, as a free function.
pub fn merge(a: &History, b: &History) -> History {
    a.merge(b)
}

#[cfg(test)]
mod tests {
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
}
