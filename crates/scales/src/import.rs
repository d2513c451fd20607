//! Import in three steps, none of which touches the existing history:
//! 1. [`parse_csv`] / [`parse_json`] validate the whole file (every error with its row);
//! 2. [`preview`] says what would change (added / updated / unchanged / conflicting);
//! 3. [`apply`], after the user confirms, returns a *new* merged history.
//!
//! Timeline records (interventions, measurements, milestones) go through the same three
//! steps with the same rules; they come from a JSON export or a timeline CSV.
//!
//! An import never deletes: records absent from the file stay as they are, and
//! tombstones in a JSON file are ignored.

use crate::assessment::{Assessment, RecordId, Stamp};
use crate::date::Date;
use crate::error::ImportErrors;
use crate::history::{Entry, History};
use crate::io::json::{self, Mode, Parsed};
use crate::timeline::transfer::{self, TimelineRowPreview};
use crate::timeline::TimelineRecord;
use serde::Serialize;

/// What the caller knows that the library cannot: a fresh stamp, and (optionally)
/// today's date to refuse assessments dated in the future.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportOptions {
    /// Stamp for rows without `modified`, and for records the import replaces; must be
    /// newer than everything stored (e.g. `history.max_stamp().next()` or the clock).
    pub now: Stamp,
    pub today: Option<Date>,
}

/// A validated file, ready for preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    /// The onset date given in the file, if any.
    pub onset: Option<Date>,
    /// Each record with its row (CSV: spreadsheet row; JSON: position in the list).
    pub records: Vec<(u32, Assessment)>,
    /// Each timeline record with its row (CSV: spreadsheet row; JSON: position in its
    /// list).
    pub timeline: Vec<(u32, TimelineRecord)>,
    /// The file's stamp for the onset (CSV: `now`).
    onset_modified: Stamp,
    now: Stamp,
}

impl Incoming {
    fn from_parsed(p: Parsed, now: Stamp) -> Incoming {
        Incoming {
            onset: if p.onset_given { p.person.onset } else { None },
            records: p.records,
            timeline: p.timeline.records,
            onset_modified: p.person.modified,
            now,
        }
    }
}

/// Reads a CSV import: the assessments' layout, or the timeline's when the header has a
/// `record` column (see `docs/SCALES_CSV.md`).
pub fn parse_csv(text: &str, options: ImportOptions) -> Result<Incoming, ImportErrors> {
    if crate::timeline::csv::is_timeline(text) {
        let timeline = crate::timeline::csv::read(text, options.now, options.today)?;
        return Ok(Incoming {
            onset: None,
            records: Vec::new(),
            timeline,
            onset_modified: options.now,
            now: options.now,
        });
    }
    crate::io::csv::read(text, options.now, options.today)
        .map(|p| Incoming::from_parsed(p, options.now))
}

/// Reads a JSON export (any known schema; a stored envelope works too).
pub fn parse_json(text: &str, options: ImportOptions) -> Result<Incoming, ImportErrors> {
    let mode = Mode::Import {
        now: options.now,
        today: options.today,
    };
    json::read(text, mode).map(|p| Incoming::from_parsed(p, options.now))
}

/// What importing one record would do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// No record with this id yet (or one deleted before this version was made).
    Added,
    /// Differs, and the file's version is at least as new as the stored one.
    Updated,
    /// Same content as stored.
    Unchanged,
    /// Differs, and the stored version was changed after the file's (or deleted after
    /// it): kept unless the user chooses the file's version.
    Conflicting,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RowPreview {
    pub row: u32,
    pub id: RecordId,
    pub date: Date,
    pub change: ChangeKind,
    /// True when the stored record is a deletion (tombstone).
    pub was_deleted: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OnsetPreview {
    NotInFile,
    Unchanged,
    /// None stored; the file's would be added.
    Added {
        onset: Date,
    },
    /// A different one is stored.
    Conflicting {
        stored: Date,
        incoming: Date,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Preview {
    /// The assessments.
    pub rows: Vec<RowPreview>,
    /// The timeline records.
    pub timeline_rows: Vec<TimelineRowPreview>,
    pub onset: OnsetPreview,
    /// The counts are over every record of the file, assessments and timeline.
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub conflicting: usize,
}

fn classify(existing: &History, incoming: &Assessment) -> (ChangeKind, bool) {
    match existing.entry(&incoming.id) {
        None => (ChangeKind::Added, false),
        Some(Entry::Deleted(t)) if incoming.modified > t.deleted => (ChangeKind::Added, true),
        Some(Entry::Deleted(_)) => (ChangeKind::Conflicting, true),
        Some(Entry::Live(a)) if a.same_content(incoming) => (ChangeKind::Unchanged, false),
        // Equal stamps with different content: the file was edited after export.
        Some(Entry::Live(a)) if incoming.modified >= a.modified => (ChangeKind::Updated, false),
        Some(Entry::Live(_)) => (ChangeKind::Conflicting, false),
    }
}

/// What would change; the history is only read.
pub fn preview(existing: &History, incoming: &Incoming) -> Preview {
    let rows: Vec<RowPreview> = incoming
        .records
        .iter()
        .map(|(row, a)| {
            let (change, was_deleted) = classify(existing, a);
            RowPreview {
                row: *row,
                id: a.id.clone(),
                date: a.date,
                change,
                was_deleted,
            }
        })
        .collect();
    let timeline_rows = transfer::preview_rows(existing, &incoming.timeline);
    let count = |k: ChangeKind| {
        rows.iter().filter(|r| r.change == k).count()
            + timeline_rows.iter().filter(|r| r.change == k).count()
    };
    let onset = match (existing.person().onset, incoming.onset) {
        (_, None) => OnsetPreview::NotInFile,
        (None, Some(onset)) => OnsetPreview::Added { onset },
        (Some(s), Some(i)) if s == i => OnsetPreview::Unchanged,
        (Some(stored), Some(incoming)) => OnsetPreview::Conflicting { stored, incoming },
    };
    Preview {
        added: count(ChangeKind::Added),
        updated: count(ChangeKind::Updated),
        unchanged: count(ChangeKind::Unchanged),
        conflicting: count(ChangeKind::Conflicting),
        rows,
        timeline_rows,
        onset,
    }
}

/// For records and an onset in conflict: keep what is stored, or take the file's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictChoice {
    #[default]
    KeepExisting,
    UseImported,
}

/// The merged history (the existing one is not modified). Added records keep their own
/// stamps (so an export re-imported is identical); a record or onset that replaces a
/// stored one gets a stamp newer than both, so the change wins in other tabs too.
pub fn apply(existing: &History, incoming: &Incoming, choice: ConflictChoice) -> History {
    let mut out = existing.clone();
    for (_, a) in &incoming.records {
        let (kind, _) = classify(existing, a);
        let take = match kind {
            ChangeKind::Added => true,
            ChangeKind::Updated => true,
            ChangeKind::Unchanged => false,
            ChangeKind::Conflicting => choice == ConflictChoice::UseImported,
        };
        if !take {
            continue;
        }
        let mut record = a.clone();
        if let Some(old) = existing.entry(&a.id) {
            let newer = old.stamp().next();
            record.modified = record.modified.max(incoming.now).max(newer);
        }
        // The stamp is newer than the stored entry, so this cannot be refused.
        let _ = out.upsert(record);
    }
    transfer::apply_into(&mut out, existing, &incoming.timeline, incoming.now, choice);
    let stored = existing.person();
    let after = stored.modified.next();
    let onset = match (stored.onset, incoming.onset) {
        // Added: keeps the file's stamp when it is newer (so a round trip is exact).
        (None, Some(o)) => Some((o, incoming.onset_modified.max(after))),
        (Some(s), Some(o)) if s != o && choice == ConflictChoice::UseImported => {
            Some((o, incoming.now.max(after)))
        }
        _ => None,
    };
    if let Some((onset, stamp)) = onset {
        // The stamp is newer than the stored one, so this cannot be refused.
        let _ = out.set_onset(Some(onset), stamp);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::tests::uniform;

    fn opts(now: u64) -> ImportOptions {
        ImportOptions {
            now: Stamp(now),
            today: None,
        }
    }

    fn csv_row(id: &str, date: &str, v: u8, modified: &str) -> String {
        let items = vec![v.to_string(); 4].join(",");
        let rest = vec![v.to_string(); 7].join(",");
        format!("{id},{date},self,{items},{v},,{rest},{modified}\n")
    }

    const HEADER: &str = "id,date,filled_by,i1,i2,i3,i4,i5a,i5b,i6,i7,i8,i9,i10,i11,i12,modified\n";

    #[test]
    fn preview_classifies_every_case() {
        let mut h = History::new();
        let mut a = uniform("same", "2024-01-01", 4);
        a.modified = Stamp(5);
        h.upsert(a).unwrap();
        let mut b = uniform("newer-here", "2024-02-01", 4);
        b.modified = Stamp(9);
        h.upsert(b).unwrap();
        let mut c = uniform("edited", "2024-03-01", 4);
        c.modified = Stamp(5);
        h.upsert(c).unwrap();
        let text = format!(
            "{HEADER}{}{}{}{}",
            csv_row("same", "2024-01-01", 4, "5"),
            csv_row("newer-here", "2024-02-01", 3, "8"),
            csv_row("edited", "2024-03-01", 3, "5"),
            csv_row("fresh", "2024-04-01", 2, ""),
        );
        let incoming = parse_csv(&text, opts(100)).unwrap();
        let p = preview(&h, &incoming);
        let kinds: Vec<ChangeKind> = p.rows.iter().map(|r| r.change).collect();
        use ChangeKind::*;
        assert_eq!(kinds, [Unchanged, Conflicting, Updated, Added]);
        assert_eq!(
            (p.added, p.updated, p.unchanged, p.conflicting),
            (1, 1, 1, 1)
        );
        assert_eq!(p.rows[3].row, 5);

        let before = h.clone();
        let kept = apply(&h, &incoming, ConflictChoice::KeepExisting);
        assert_eq!(h, before, "apply never changes its input");
        let id = |s: &str| RecordId::new(s).unwrap();
        assert_eq!(kept.get(&id("newer-here")).unwrap().total(), 48);
        assert_eq!(kept.get(&id("edited")).unwrap().total(), 36);
        assert!(kept.get(&id("edited")).unwrap().modified > Stamp(5));
        assert_eq!(kept.get(&id("fresh")).unwrap().modified, Stamp(100));
        let taken = apply(&h, &incoming, ConflictChoice::UseImported);
        assert_eq!(taken.get(&id("newer-here")).unwrap().total(), 36);
        assert!(taken.get(&id("newer-here")).unwrap().modified > Stamp(9));
        // The import result merged back into the old copy (another tab) keeps the import.
        assert_eq!(before.merge(&taken), taken.merge(&before));
        assert_eq!(before.merge(&taken).get(&id("edited")).unwrap().total(), 36);
    }

    #[test]
    fn deleted_records_are_not_silently_restored() {
        let mut h = History::new();
        let mut a = uniform("gone", "2024-01-01", 4);
        a.modified = Stamp(5);
        h.upsert(a).unwrap();
        h.delete(&RecordId::new("gone").unwrap(), Stamp(6)).unwrap();
        let old_export = format!("{HEADER}{}", csv_row("gone", "2024-01-01", 4, "5"));
        let incoming = parse_csv(&old_export, opts(100)).unwrap();
        let p = preview(&h, &incoming);
        assert_eq!(p.rows[0].change, ChangeKind::Conflicting);
        assert!(p.rows[0].was_deleted);
        assert!(apply(&h, &incoming, ConflictChoice::KeepExisting).is_empty());
        assert_eq!(apply(&h, &incoming, ConflictChoice::UseImported).len(), 1);
    }

    #[test]
    fn tombstones_in_a_json_file_never_delete() {
        let mut source = History::new();
        source.upsert(uniform("keep", "2024-01-01", 4)).unwrap();
        source.upsert(uniform("gone", "2024-02-01", 4)).unwrap();
        let stored_text_before_delete = crate::storage::save(&source);
        source
            .delete(&RecordId::new("gone").unwrap(), Stamp(9))
            .unwrap();
        let with_tombstone = crate::storage::save(&source);
        assert!(with_tombstone.contains("tombstones"));
        let mut here = History::new();
        let incoming = parse_json(&stored_text_before_delete, opts(50)).unwrap();
        here = apply(&here, &incoming, ConflictChoice::KeepExisting);
        let incoming = parse_json(&with_tombstone, opts(60)).unwrap();
        let after = apply(&here, &incoming, ConflictChoice::UseImported);
        assert_eq!(after.len(), 2, "the import did not delete \"gone\"");
    }

    #[test]
    fn onset_preview_and_apply() {
        let text = "date,filled_by,i1,i2,i3,i4,i5a,i6,i7,i8,i9,i10,i11,i12,onset\n\
                    2024-01-01,self,4,4,4,4,4,4,4,4,4,4,4,4,2023-05-01\n";
        let incoming = parse_csv(text, opts(10)).unwrap();
        let mut h = History::new();
        assert_eq!(
            preview(&h, &incoming).onset,
            OnsetPreview::Added {
                onset: Date::parse("2023-05-01").unwrap()
            }
        );
        assert_eq!(
            apply(&h, &incoming, ConflictChoice::KeepExisting)
                .person()
                .onset,
            Date::parse("2023-05-01").ok()
        );
        h.set_onset(Date::parse("2023-04-01").ok(), Stamp(20))
            .unwrap();
        assert!(matches!(
            preview(&h, &incoming).onset,
            OnsetPreview::Conflicting { .. }
        ));
        let kept = apply(&h, &incoming, ConflictChoice::KeepExisting);
        assert_eq!(kept.person().onset, Date::parse("2023-04-01").ok());
        let taken = apply(&h, &incoming, ConflictChoice::UseImported);
        assert_eq!(taken.person().onset, Date::parse("2023-05-01").ok());
        assert!(taken.person().modified > Stamp(20));
    }
}
