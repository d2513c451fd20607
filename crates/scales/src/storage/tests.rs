//! The storage envelope's tests: versions, merges, damaged and newer copies.

use super::*;
use crate::assessment::Stamp;
use crate::{Date, RecordId};

const V1: &str = r#"{
  "schema": 1,
  "onset": "2023-01-10",
  "assessments": [
    {"id": "a1", "date": "2024-01-15", "filled_by": "self", "gastrostomy": false,
     "scores": [4,4,3,4,3,4,4,3,3,4,4,4], "notes": "first", "updated": 17},
    {"id": "a2", "date": "2024-04-15", "filled_by": "caregiver", "gastrostomy": true,
     "scores": [3,3,2,3,2,3,3,3,2,4,4,3], "notes": "", "updated": 18}
  ]
}"#;

/// A history stored by the app before the timeline (schema 2), byte for byte.
const V2: &str = r#"{
  "format": "als-explorer/alsfrs-r",
  "schema": 2,
  "person": {
"onset": "2023-01-10",
"modified": 4
  },
  "assessments": [
{
  "id": "a1",
  "date": "2024-01-15",
  "filled_by": "self",
  "gastrostomy": true,
  "items": { "1": 4, "2": 4, "3": 3, "4": 4, "5b": 3, "6": 4, "7": 4, "8": 3,
             "9": 3, "10": 4, "11": 4, "12": 4 },
  "notes": "第一次",
  "modified": 17
}
  ],
  "tombstones": [
{
  "id": "gone",
  "deleted": 21
}
  ]
}"#;

#[test]
fn v2_loads_unchanged_and_saves_as_v3() {
    let h = load(V2).unwrap();
    assert_eq!(h.person().onset, Date::parse("2023-01-10").ok());
    assert_eq!(h.person().modified, Stamp(4));
    let a1 = h.get(&RecordId::new("a1").unwrap()).unwrap();
    assert_eq!(
        (a1.total(), a1.item_5b(), a1.notes.as_str()),
        (44, Some(3), "第一次")
    );
    assert_eq!(h.tombstones().len(), 1);
    assert!(h.timeline().is_empty() && h.timeline().tombstones().is_empty());
    let text = save(&h);
    assert!(text.contains("\"schema\": 3") && text.contains("\"timeline\""));
    assert_eq!(load(&text).unwrap(), h);
    // The v2 text itself is never rewritten by loading it.
    assert!(V2.contains("\"schema\": 2"));
}

#[test]
fn timeline_and_its_tombstones_survive_storage() {
    use crate::timeline::{Category, Intervention, InterventionName, RecordKind};
    let mut h = load(V2).unwrap();
    let i = |id: &str| Intervention {
        id: RecordId::new(id).unwrap(),
        name: InterventionName::Free("维生素 E".into()),
        category: Category::Supplement,
        dose: "400 IU".into(),
        frequency: String::new(),
        start: Date::parse("2024-02-01").unwrap(),
        stop: None,
        notes: String::new(),
        modified: Stamp(30),
    };
    h.upsert_intervention(i("x")).unwrap();
    h.upsert_intervention(i("y")).unwrap();
    h.delete_record(
        RecordKind::Intervention,
        &RecordId::new("y").unwrap(),
        Stamp(31),
    )
    .unwrap();
    assert_eq!(h.max_stamp(), Stamp(31));
    let back = load(&save(&h)).unwrap();
    assert_eq!(back, h);
    assert_eq!(back.timeline().tombstones().len(), 1);
    // Another tab's copy without the deletion cannot bring "y" back.
    let mut other = load(V2).unwrap();
    other.upsert_intervention(i("y")).unwrap();
    let merged = load(&merge_stored(&save(&other), &save(&h)).unwrap()).unwrap();
    assert!(merged
        .timeline()
        .intervention(&RecordId::new("y").unwrap())
        .is_none());
    assert!(merged
        .timeline()
        .intervention(&RecordId::new("x").unwrap())
        .is_some());
}

#[test]
fn v1_migrates_to_current() {
    let h = load(V1).unwrap();
    assert_eq!(h.person().onset, Date::parse("2023-01-10").ok());
    let a1 = h.get(&RecordId::new("a1").unwrap()).unwrap();
    assert_eq!(
        (a1.total(), a1.item_5a(), a1.modified),
        (44, Some(3), Stamp(17))
    );
    let a2 = h.get(&RecordId::new("a2").unwrap()).unwrap();
    assert_eq!((a2.item_5b(), a2.total()), (Some(2), 35));
    // Saved again, it is v2 and reads back the same.
    let text = save(&h);
    assert!(text.contains("\"schema\": 3") && text.contains("\"5b\": 2"));
    assert_eq!(load(&text).unwrap(), h);
}

#[test]
fn bad_v1_values_are_reported_in_v2_terms() {
    let bad = V1.replace("[4,4,3,4,3,4,4,3,3,4,4,4]", "[4,4,3,4,9,4,4,3,3,4,4,4]");
    let Err(StorageError::Invalid(errs)) = load(&bad) else {
        panic!("expected invalid")
    };
    let e = &errs.errors[0];
    assert_eq!((e.row, e.column.as_deref()), (Some(1), Some("items.5a")));
    assert_eq!(e.problem, Problem::ScoreOutOfRange);
}

#[test]
fn newer_schema_is_refused_and_nothing_is_lost() {
    let newer = r#"{"format": "als-explorer/alsfrs-r", "schema": 4, "person": {}, "assessments": [], "future": true}"#;
    let copy = newer.to_string();
    assert_eq!(
        load(newer),
        Err(StorageError::NewerSchema {
            found: 4,
            supported: 3
        })
    );
    // Merging with it is refused too, so no tab writes over the newer data.
    let ours = save(&History::new());
    assert!(matches!(
        merge_stored(&ours, newer),
        Err(StorageError::NewerSchema { .. })
    ));
    assert_eq!(newer, copy);
}

#[test]
fn unknown_or_missing_schema_is_refused() {
    for text in [
        r#"{"schema": 0}"#,
        r#"{"schema": "2"}"#,
        r#"{"schema": -1}"#,
    ] {
        let Err(StorageError::Invalid(errs)) = load(text) else {
            panic!("{text}")
        };
        assert_eq!(errs.errors[0].problem, Problem::UnknownSchema, "{text}");
    }
    for text in ["[]", r#"{"assessments": []}"#, "{}"] {
        let Err(StorageError::Invalid(errs)) = load(text) else {
            panic!("{text}")
        };
        assert_eq!(errs.errors[0].problem, Problem::WrongFormat, "{text}");
    }
}

#[test]
fn empty_history_round_trips() {
    let h = History::new();
    assert_eq!(load(&save(&h)).unwrap(), h);
}

#[test]
fn a_write_never_replaces_what_it_cannot_read() {
    let mut h = History::new();
    h.upsert(load(V1).unwrap().assessments()[0].clone())
        .unwrap();
    let newer = r#"{"schema": 99, "assessments": []}"#;
    assert!(matches!(
        merge_with_stored(&h, Some(newer)),
        Err(StorageError::NewerSchema { .. })
    ));
    assert!(matches!(
        merge_with_stored(&h, Some("not json")),
        Err(StorageError::Invalid(_))
    ));
    // Nothing stored: ours as it is; a readable copy: both merged.
    assert_eq!(merge_with_stored(&h, None).unwrap().len(), 1);
    let merged = merge_with_stored(&h, Some(V1)).unwrap();
    assert_eq!(merged.len(), 2);
}

#[test]
fn tombstones_survive_storage_and_tab_merge() {
    let mut h = load(V1).unwrap();
    let id = RecordId::new("a1").unwrap();
    h.delete(&id, Stamp(30)).unwrap();
    let stored_this_tab = save(&h);
    let stored_other_tab = save(&load(V1).unwrap());
    let merged = load(&merge_stored(&stored_other_tab, &stored_this_tab).unwrap()).unwrap();
    assert!(merged.get(&id).is_none());
    assert_eq!(merged.tombstones().len(), 1);
    assert_eq!(merged.len(), 1);
}
