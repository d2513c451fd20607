//! The versioned storage envelope `{ "format": …, "schema": N, … }` and its migrations.
//!
//! Schema history (documented in `docs/SCALES_CSV.md` too):
//!
//! * **v1**, the first shape:
//!   `{ "schema": 1, "onset": "YYYY-MM-DD" | null, "assessments": [ { "id", "date",
//!   "filled_by", "gastrostomy", "scores": [12 integers, item 5 at position 5],
//!   "notes", "updated": stamp } ] }` — no format tag, no stamp on the onset, no
//!   tombstones (a deletion in one tab could come back from another).
//! * **v2**: `{ "format": "als-explorer/alsfrs-r", "schema": 2, "person":
//!   { "onset", "modified" }, "assessments": [ { "id", "date", "filled_by",
//!   "gastrostomy", "items": { "1": …, "5a" or "5b": …, "12": … }, "notes", "modified" } ],
//!   "tombstones": [ { "id", "deleted" } ] }`.
//! * **v3**, current: v2 plus `"timeline": { "interventions": […], "measurements": […],
//!   "milestones": […], "tombstones": [ { "record", "id", "deleted" } ] }` (see
//!   [`crate::timeline`]). Migration v2 → v3 adds an empty timeline and changes nothing
//!   else, so every stored v2 history loads unchanged.
//!
//! Migration v1 → v2 moves the onset into `person` (stamp 0), turns `scores` into the
//! keyed `items` (5a or 5b by the gastrostomy flag), renames `updated` to `modified` and
//! starts with no tombstones. A schema newer than this code knows is refused with
//! [`Problem::NewerSchema`] and nothing is changed: the caller keeps the stored text
//! as it is (and does not write over it) until the app is updated.

use crate::error::{ImportError, ImportErrors, Problem};
use crate::history::History;
use crate::io::json::{self, Mode};
use crate::timeline::Timeline;
use serde_json::{json, Map, Value};

/// The `format` tag of every envelope since v2.
pub const FORMAT: &str = "als-explorer/alsfrs-r";
/// The schema this code writes.
pub const CURRENT_SCHEMA: u32 = 3;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// Written by a newer app: leave the stored text alone.
    #[error("stored data has schema {found}, newer than {supported}; it is left untouched")]
    NewerSchema { found: u64, supported: u32 },
    /// Not readable (corrupt, or not ours). The caller keeps the text aside, never
    /// overwrites it silently.
    #[error("stored data cannot be read: {0}")]
    Invalid(ImportErrors),
}

/// Brings an envelope of any known schema to the current one. Errors: not an object or
/// no `schema` ([`Problem::WrongFormat`]), a schema above [`CURRENT_SCHEMA`]
/// ([`Problem::NewerSchema`], value = the schema), 0 or not a whole number
/// ([`Problem::UnknownSchema`]).
pub fn migrate_to_current(value: Value) -> Result<Value, ImportError> {
    let schema_error = |p: Problem, v: &Value| {
        ImportError::new(p)
            .in_column("schema")
            .with_value(&v.to_string())
    };
    let Value::Object(mut top) = value else {
        return Err(ImportError::new(Problem::WrongFormat));
    };
    let Some(schema_value) = top.get("schema").cloned() else {
        return Err(ImportError::new(Problem::WrongFormat));
    };
    let Some(mut schema) = schema_value.as_u64() else {
        return Err(schema_error(Problem::UnknownSchema, &schema_value));
    };
    if schema > u64::from(CURRENT_SCHEMA) {
        return Err(schema_error(Problem::NewerSchema, &schema_value));
    }
    if schema == 0 {
        return Err(schema_error(Problem::UnknownSchema, &schema_value));
    }
    while schema < u64::from(CURRENT_SCHEMA) {
        top = match schema {
            1 => v1_to_v2(top),
            2 => v2_to_v3(top),
            _ => return Err(schema_error(Problem::UnknownSchema, &schema_value)),
        };
        schema += 1;
    }
    Ok(Value::Object(top))
}

/// v1 → v2 (see the module docs). Values are moved as they are; checking them is the
/// v2 reader's job, so a bad v1 value is reported like a bad v2 one.
fn v1_to_v2(mut v1: Map<String, Value>) -> Map<String, Value> {
    let onset = v1.remove("onset").unwrap_or(Value::Null);
    let assessments = match v1.remove("assessments") {
        Some(Value::Array(list)) => Value::Array(list.into_iter().map(record_v1_to_v2).collect()),
        Some(other) => other,
        None => Value::Array(Vec::new()),
    };
    let mut v2 = v1; // keeps unknown keys, so that the v2 reader reports them
    v2.insert("format".into(), Value::String(FORMAT.into()));
    v2.insert("schema".into(), json!(2));
    v2.insert("person".into(), json!({ "onset": onset, "modified": 0 }));
    v2.insert("assessments".into(), assessments);
    v2.insert("tombstones".into(), Value::Array(Vec::new()));
    v2
}

/// v2 → v3: an empty timeline (a `timeline` key already there is left for the v3
/// reader, which reports it if it is wrong).
fn v2_to_v3(mut v2: Map<String, Value>) -> Map<String, Value> {
    v2.insert("schema".into(), json!(3));
    v2.entry("timeline").or_insert_with(
        || json!({ "interventions": [], "measurements": [], "milestones": [], "tombstones": [] }),
    );
    v2
}

fn record_v1_to_v2(record: Value) -> Value {
    let Value::Object(mut r) = record else {
        return record;
    };
    if let Some(updated) = r.remove("updated") {
        r.insert("modified".into(), updated);
    }
    if let Some(scores) = r.remove("scores") {
        let items = match &scores {
            Value::Array(list) if list.len() == 12 => {
                let five = if r.get("gastrostomy") == Some(&Value::Bool(true)) {
                    "5b"
                } else {
                    "5a"
                };
                let map: Map<String, Value> = list
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        let key = if i == 4 {
                            five.to_string()
                        } else {
                            (i + 1).to_string()
                        };
                        (key, v.clone())
                    })
                    .collect();
                Value::Object(map)
            }
            // Wrong shape: left for the v2 reader to report at `items`.
            _ => scores,
        };
        r.insert("items".into(), items);
    }
    Value::Object(r)
}

/// Reads stored text (any known schema) into a history.
pub fn load(text: &str) -> Result<History, StorageError> {
    let parsed = json::read(text, Mode::Storage).map_err(|errs| match errs.errors.first() {
        Some(e) if e.problem == Problem::NewerSchema => StorageError::NewerSchema {
            found: e
                .value
                .as_deref()
                .and_then(|v| v.parse().ok())
                .unwrap_or(u64::MAX),
            supported: CURRENT_SCHEMA,
        },
        _ => StorageError::Invalid(errs),
    })?;
    let timeline = Timeline::from_parts(
        parsed.timeline.records.into_iter().map(|(_, r)| r),
        parsed.timeline.tombstones,
    );
    Ok(History::from_parts(
        parsed.person,
        parsed.records.into_iter().map(|(_, a)| a),
        parsed.tombstones,
    )
    .with_timeline(timeline))
}

/// The history as stored text (current schema, with tombstones).
pub fn save(history: &History) -> String {
    crate::io::write_json(history, true)
}

/// Merges two stored copies (two tabs) into one stored text. Either copy unreadable or
/// newer: an error, and the caller writes nothing.
pub fn merge_stored(a: &str, b: &str) -> Result<String, StorageError> {
    Ok(save(&merge_with_stored(&load(a)?, Some(b))?))
}

/// What to write when `ours` is about to be saved over `stored` (what another tab may
/// have written meanwhile; `None`: nothing stored): both merged. The stored copy
/// unreadable or written by a newer app: an error, and the caller writes nothing, so
/// nothing stored is ever lost.
pub fn merge_with_stored(ours: &History, stored: Option<&str>) -> Result<History, StorageError> {
    match stored {
        Some(text) => Ok(ours.merge(&load(text)?)),
        None => Ok(ours.clone()),
    }
}

#[cfg(test)]
mod tests {
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
}
