use super::*;
use crate::assessment::tests::uniform;
use crate::assessment::{RecordId, Stamp};
use crate::date::Date;
use crate::history::History;

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
