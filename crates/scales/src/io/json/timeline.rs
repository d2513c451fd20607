//! The `timeline` part of the JSON envelope (schema 3):
//!
//! ```json
//! "timeline": {
//!   "interventions": [ { "id", "treatment" | "name", "category", "dose", "frequency",
//!                        "start", "stop", "notes", "modified" } ],
//!   "measurements":  [ { "id", "date", "kind", "value", "unit", "notes", "modified" } ],
//!   "milestones":    [ { "id", "date", "kind", "notes", "modified" } ],
//!   "tombstones":    [ { "record", "id", "deleted" } ]
//! }
//! ```
//!
//! Errors name the row as the 1-based position in its list and the column as the field
//! path, e.g. `timeline.measurements.value`. `value` and `modified` are JSON numbers,
//! every other field a string (`stop` may be null). Writing: `timeline_write.rs`.

use super::reading::{err, Mode, MAX_IMPORT_RECORDS};
use super::record::stamp;
use crate::assessment::RecordId;
use crate::error::{ImportError, ImportErrors, Problem};
use crate::io::fields::{build, fields, Ctx, Raw};
use crate::ledger::Record;
use crate::timeline::record::{RecordKind, TimelineRecord, TimelineTombstone};
use serde_json::Value;
use std::collections::HashMap;

const LISTS: [(&str, RecordKind); 3] = [
    ("interventions", RecordKind::Intervention),
    ("measurements", RecordKind::Measurement),
    ("milestones", RecordKind::Milestone),
];

/// What the `timeline` object held.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct ParsedTimeline {
    /// Each record with its 1-based position in its list.
    pub records: Vec<(u32, TimelineRecord)>,
    pub tombstones: Vec<TimelineTombstone>,
}

pub(crate) fn read(v: Option<&Value>, mode: Mode, errs: &mut ImportErrors) -> ParsedTimeline {
    let mut out = ParsedTimeline::default();
    let obj = match v {
        Some(Value::Object(obj)) => obj,
        None if mode != Mode::Storage => return out,
        None => {
            errs.push(ImportError::new(Problem::MissingValue).in_column("timeline"));
            return out;
        }
        Some(_) => {
            errs.push(ImportError::new(Problem::WrongType).in_column("timeline"));
            return out;
        }
    };
    let known = |k: &str| k == "tombstones" || LISTS.iter().any(|(name, _)| *name == k);
    for key in obj.keys().filter(|k| !known(k)) {
        errs.push(ImportError::new(Problem::UnknownField).in_column(format!("timeline.{key}")));
    }
    let ctx = match mode {
        Mode::Import { now, today } => Ctx {
            now: Some(now),
            today,
            lenient_dates: false,
            derive_ids: false,
        },
        Mode::Storage => Ctx {
            now: None,
            today: None,
            lenient_dates: false,
            derive_ids: false,
        },
    };
    for (list, kind) in LISTS {
        let path = format!("timeline.{list}");
        match obj.get(list) {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                if mode != Mode::Storage && items.len() > MAX_IMPORT_RECORDS {
                    errs.push(ImportError::new(Problem::TooManyRecords).in_column(path));
                    continue;
                }
                read_list(items, kind, &path, ctx, errs, &mut out.records);
            }
            Some(_) => {
                errs.push(ImportError::new(Problem::WrongType).in_column(path));
            }
        }
    }
    if let (Mode::Storage, Some(v)) = (mode, obj.get("tombstones")) {
        out.tombstones = read_tombstones(v, errs);
    }
    out
}

fn read_list(
    items: &[Value],
    kind: RecordKind,
    path: &str,
    ctx: Ctx,
    errs: &mut ImportErrors,
    out: &mut Vec<(u32, TimelineRecord)>,
) {
    let column = |field: &str| format!("{path}.{field}");
    let mut seen: HashMap<RecordId, u32> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        if errs.is_full() {
            errs.truncated = true;
            return;
        }
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let Value::Object(obj) = item else {
            errs.push(
                ImportError::new(Problem::WrongType)
                    .at_row(row)
                    .in_column(path),
            );
            continue;
        };
        let used = fields(kind);
        let mut cells = HashMap::new();
        for (key, value) in obj {
            let Some(&field) = used.iter().find(|f| **f == key.as_str()) else {
                errs.push(err(Some(row), &column(key), Problem::UnknownField));
                continue;
            };
            let numeric = matches!(field, "value" | "modified");
            match (value, numeric) {
                (Value::Null, _) => {}
                (Value::String(s), false) => {
                    cells.insert(field, s.clone());
                }
                (Value::Number(n), true) => {
                    cells.insert(field, n.to_string());
                }
                (other, _) => {
                    let p = if field == "modified" {
                        Problem::InvalidStamp
                    } else {
                        Problem::WrongType
                    };
                    errs.push(err(Some(row), &column(field), p).with_value(&other.to_string()));
                }
            }
        }
        let raw = Raw::new(row, kind, cells, &column, ctx);
        let Some(r) = build(&raw, errs) else {
            continue;
        };
        if let Some(&first) = seen.get(r.id()) {
            errs.push(
                err(Some(row), &column("id"), Problem::DuplicateId)
                    .with_value(r.id().as_str())
                    .first_seen_at(first),
            );
            continue;
        }
        seen.insert(r.id().clone(), row);
        out.push((row, r));
    }
}

fn read_tombstones(v: &Value, errs: &mut ImportErrors) -> Vec<TimelineTombstone> {
    let Value::Array(list) = v else {
        errs.push(ImportError::new(Problem::WrongType).in_column("timeline.tombstones"));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, t) in list.iter().enumerate() {
        let row = Some(u32::try_from(i + 1).unwrap_or(u32::MAX));
        let record = t
            .get("record")
            .and_then(Value::as_str)
            .and_then(RecordKind::parse);
        let id = t.get("id").and_then(Value::as_str).map(RecordId::new);
        let deleted = stamp(t.get("deleted"), row, "timeline.tombstones.deleted", errs);
        match (record, id, deleted) {
            (None, _, _) => {
                errs.push(err(
                    row,
                    "timeline.tombstones.record",
                    Problem::InvalidRecordType,
                ));
            }
            (Some(record), Some(Ok(id)), Some(deleted)) => out.push(TimelineTombstone {
                record,
                id,
                deleted,
            }),
            (Some(_), Some(Ok(_)), None) => {}
            (Some(_), _, _) => {
                errs.push(err(row, "timeline.tombstones.id", Problem::InvalidId));
            }
        }
    }
    out
}
