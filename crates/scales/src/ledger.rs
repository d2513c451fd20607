//! The one record model: every kind of personal record (an assessment, an intervention,
//! a measurement, a milestone) is kept in a [`Ledger`] by id, with tombstones for
//! deletions and one merge rule for two copies (two browser tabs), which never loses a
//! record.
//!
//! Merge rule, per record id: the slot (record or tombstone) with the higher stamp wins.
//! Equal stamps: a record beats a tombstone (when in doubt, keep data); two different
//! records compare by content (the record type's derived order) so that the result does
//! not depend on which copy is `a` and which is `b`. The merge is commutative,
//! associative and idempotent (property-tested). Tombstones are kept for good: they are
//! tiny, and dropping one would let an old copy bring the record back.
//!
//! A new kind of record needs only `id: RecordId` and `modified: Stamp` fields and a
//! derived `Ord`: [`record_with_id_and_stamp!`] implements [`Record`] for it.

use crate::ids::{RecordId, Stamp};
use std::collections::BTreeMap;

/// `Record` for a struct with `id: RecordId` and `modified: Stamp` fields.
macro_rules! record_with_id_and_stamp {
    ($t:ty) => {
        impl $crate::ledger::Record for $t {
            fn id(&self) -> &$crate::ids::RecordId {
                &self.id
            }
            fn modified(&self) -> $crate::ids::Stamp {
                self.modified
            }
            fn set_modified(&mut self, stamp: $crate::ids::Stamp) {
                self.modified = stamp;
            }
        }
    };
}
pub(crate) use record_with_id_and_stamp;

/// What every kept record offers the ledger.
pub trait Record: Clone + Ord {
    fn id(&self) -> &RecordId;
    fn modified(&self) -> Stamp;
    fn set_modified(&mut self, stamp: Stamp);
    /// Same content, ignoring `modified` (used by the import preview).
    fn same_content(&self, other: &Self) -> bool {
        let mut a = self.clone();
        a.set_modified(other.modified());
        &a == other
    }
}

/// What is stored under one id: the record, or when it was deleted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Slot<T> {
    Live(T),
    Deleted(Stamp),
}

impl<T: Record> Slot<T> {
    pub fn stamp(&self) -> Stamp {
        match self {
            Slot::Live(r) => r.modified(),
            Slot::Deleted(s) => *s,
        }
    }

    fn wins_over(&self, other: &Slot<T>) -> bool {
        use std::cmp::Ordering::*;
        match self.stamp().cmp(&other.stamp()) {
            Greater => true,
            Less => false,
            Equal => match (self, other) {
                (Slot::Live(_), Slot::Deleted(_)) => true,
                (Slot::Deleted(_), Slot::Live(_)) => false,
                (Slot::Live(x), Slot::Live(y)) => x >= y,
                (Slot::Deleted(_), Slot::Deleted(_)) => true,
            },
        }
    }
}

/// Why a change to a record was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Refused {
    Stale,
    NotFound,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ledger<T> {
    slots: BTreeMap<RecordId, Slot<T>>,
}

impl<T> Default for Ledger<T> {
    fn default() -> Self {
        Ledger {
            slots: BTreeMap::new(),
        }
    }
}

impl<T: Record> Ledger<T> {
    /// Adds a slot; for an id already present the merge rule decides.
    pub(crate) fn absorb(&mut self, id: RecordId, slot: Slot<T>) {
        match self.slots.get(&id) {
            Some(old) if !slot.wins_over(old) => {}
            _ => {
                self.slots.insert(id, slot);
            }
        }
    }

    pub(crate) fn upsert(&mut self, record: T) -> Result<(), Refused> {
        if let Some(old) = self.slots.get(record.id()) {
            if old.stamp() >= record.modified() {
                return Err(Refused::Stale);
            }
        }
        self.slots.insert(record.id().clone(), Slot::Live(record));
        Ok(())
    }

    pub(crate) fn delete(&mut self, id: &RecordId, stamp: Stamp) -> Result<(), Refused> {
        match self.slots.get(id) {
            Some(Slot::Live(r)) if r.modified() < stamp => {
                self.slots.insert(id.clone(), Slot::Deleted(stamp));
                Ok(())
            }
            Some(Slot::Live(_)) => Err(Refused::Stale),
            Some(Slot::Deleted(_)) | None => Err(Refused::NotFound),
        }
    }

    pub(crate) fn merge(&mut self, other: &Ledger<T>) {
        for (id, slot) in &other.slots {
            self.absorb(id.clone(), slot.clone());
        }
    }

    pub fn get(&self, id: &RecordId) -> Option<&T> {
        match self.slots.get(id) {
            Some(Slot::Live(r)) => Some(r),
            _ => None,
        }
    }

    pub fn slot(&self, id: &RecordId) -> Option<&Slot<T>> {
        self.slots.get(id)
    }

    /// Live records in id order.
    pub fn live(&self) -> impl Iterator<Item = &T> {
        self.slots.values().filter_map(|s| match s {
            Slot::Live(r) => Some(r),
            Slot::Deleted(_) => None,
        })
    }

    /// Deleted ids with their deletion stamps, in id order.
    pub fn tombstones(&self) -> impl Iterator<Item = (&RecordId, Stamp)> {
        self.slots.iter().filter_map(|(id, s)| match s {
            Slot::Deleted(stamp) => Some((id, *stamp)),
            Slot::Live(_) => None,
        })
    }

    pub fn max_stamp(&self) -> Stamp {
        self.slots
            .values()
            .map(Slot::stamp)
            .max()
            .unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
}
