//! The versioned JSON envelope `{ "format": …, "schema": N, … }` and its migrations, for
//! device storage and export files alike.
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

use crate::error::{ImportError, Problem};
use serde_json::{json, Map, Value};

/// The `format` tag of every envelope since v2.
pub const FORMAT: &str = "als-explorer/alsfrs-r";
/// The schema this code writes.
pub const CURRENT_SCHEMA: u32 = 3;

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
