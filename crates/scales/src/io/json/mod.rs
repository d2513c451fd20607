//! The JSON envelope, used both for export/import files and for device storage.
//!
//! Reading never trusts serde's derive: the text is parsed into a `serde_json::Value`,
//! migrated to the current schema (see [`crate::storage`]), and every field is checked
//! by hand so that each problem becomes an [`ImportError`] with its row and field path.

pub(crate) mod record;
pub(crate) mod schema;
pub(crate) mod timeline;
pub(crate) mod timeline_write;
pub(crate) mod write;

pub(crate) mod reading;

pub use self::reading::MAX_IMPORT_RECORDS;
use self::reading::{err, Mode};
use self::record::{read_record, stamp};
use self::schema::{migrate_to_current, FORMAT};
use self::timeline::{self as timeline_json, ParsedTimeline};
use crate::assessment::{check_date, Assessment, Person, RecordId};
use crate::date::Date;
use crate::error::{ImportError, ImportErrors, Problem};
use crate::history::Tombstone;
use serde_json::Value;
use std::collections::HashMap;

/// A file or stored envelope, checked.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Parsed {
    pub person: Person,
    /// Whether the file said anything about the onset (`person.onset` present).
    pub onset_given: bool,
    /// Each record with its 1-based position in `assessments`.
    pub records: Vec<(u32, Assessment)>,
    pub tombstones: Vec<Tombstone>,
    /// The timeline records and (storage only) their tombstones.
    pub timeline: ParsedTimeline,
}

pub(crate) fn read(text: &str, mode: Mode) -> Result<Parsed, ImportErrors> {
    let file_error = |p: Problem| ImportErrors::one(ImportError::new(p));
    if text.trim().is_empty() {
        return Err(file_error(Problem::EmptyFile));
    }
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|_| file_error(Problem::JsonSyntax))?;
    let value = migrate_to_current(value).map_err(ImportErrors::one)?;
    let Value::Object(top) = value else {
        return Err(file_error(Problem::WrongFormat));
    };
    if top.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(file_error(Problem::WrongFormat));
    }
    let mut errs = ImportErrors::default();
    for key in top.keys() {
        let known = [
            "format",
            "schema",
            "person",
            "assessments",
            "tombstones",
            "timeline",
        ];
        if !known.contains(&key.as_str()) {
            errs.push(ImportError::new(Problem::UnknownField).in_column(key.as_str()));
        }
    }
    let (person, onset_given) = read_person(top.get("person"), mode, &mut errs);
    let records = match top.get("assessments") {
        Some(Value::Array(list)) => read_records(list, mode, &mut errs),
        Some(_) => {
            errs.push(ImportError::new(Problem::WrongType).in_column("assessments"));
            Vec::new()
        }
        None => {
            errs.push(ImportError::new(Problem::MissingValue).in_column("assessments"));
            Vec::new()
        }
    };
    let tombstones = match (mode, top.get("tombstones")) {
        (Mode::Storage, Some(v)) => read_tombstones(v, &mut errs),
        _ => Vec::new(),
    };
    let timeline = timeline_json::read(top.get("timeline"), mode, &mut errs);
    let nothing = records.is_empty() && timeline.records.is_empty();
    if errs.is_empty() && nothing && matches!(mode, Mode::Import { .. }) {
        errs.push(ImportError::new(Problem::NoRecords));
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    Ok(Parsed {
        person,
        onset_given,
        records,
        tombstones,
        timeline,
    })
}

fn read_person(v: Option<&Value>, mode: Mode, errs: &mut ImportErrors) -> (Person, bool) {
    let mut person = Person::default();
    let Some(v) = v else {
        if mode == Mode::Storage {
            errs.push(ImportError::new(Problem::MissingValue).in_column("person"));
        }
        return (person, false);
    };
    let Value::Object(obj) = v else {
        errs.push(ImportError::new(Problem::WrongType).in_column("person"));
        return (person, false);
    };
    for key in obj
        .keys()
        .filter(|k| !["onset", "modified"].contains(&k.as_str()))
    {
        errs.push(ImportError::new(Problem::UnknownField).in_column(format!("person.{key}")));
    }
    let today = match mode {
        Mode::Import { today, .. } => today,
        Mode::Storage => None,
    };
    let onset_given = obj.contains_key("onset");
    match obj.get("onset") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => match Date::parse(s).map_err(Problem::from) {
            Ok(d) => match check_date(d, today) {
                None => person.onset = Some(d),
                Some(p) => {
                    errs.push(err(None, "person.onset", p).with_value(s));
                }
            },
            Err(p) => {
                errs.push(err(None, "person.onset", p).with_value(s));
            }
        },
        Some(other) => {
            errs.push(err(None, "person.onset", Problem::WrongType).with_value(&other.to_string()));
        }
    }
    person.modified = match (obj.get("modified"), mode) {
        (None, Mode::Import { now, .. }) => now,
        (v, _) => stamp(v, None, "person.modified", errs).unwrap_or_default(),
    };
    (person, onset_given)
}

fn read_records(list: &[Value], mode: Mode, errs: &mut ImportErrors) -> Vec<(u32, Assessment)> {
    if matches!(mode, Mode::Import { .. }) && list.len() > MAX_IMPORT_RECORDS {
        errs.push(ImportError::new(Problem::TooManyRecords).in_column("assessments"));
        return Vec::new();
    }
    let mut seen: HashMap<RecordId, u32> = HashMap::new();
    let mut out = Vec::new();
    for (i, v) in list.iter().enumerate() {
        if errs.is_full() {
            errs.truncated = true;
            break;
        }
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let Some(a) = read_record(v, row, mode, errs) else {
            continue;
        };
        if let Some(&first) = seen.get(&a.id) {
            errs.push(
                err(Some(row), "id", Problem::DuplicateId)
                    .with_value(a.id.as_str())
                    .first_seen_at(first),
            );
            continue;
        }
        seen.insert(a.id.clone(), row);
        out.push((row, a));
    }
    out
}

fn read_tombstones(v: &Value, errs: &mut ImportErrors) -> Vec<Tombstone> {
    let Value::Array(list) = v else {
        errs.push(ImportError::new(Problem::WrongType).in_column("tombstones"));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, t) in list.iter().enumerate() {
        let row = Some(u32::try_from(i + 1).unwrap_or(u32::MAX));
        let id = t.get("id").and_then(Value::as_str).map(RecordId::new);
        let deleted = stamp(t.get("deleted"), row, "tombstones.deleted", errs);
        match (id, deleted) {
            (Some(Ok(id)), Some(deleted)) => out.push(Tombstone { id, deleted }),
            (Some(Ok(_)), None) => {}
            _ => {
                errs.push(err(row, "tombstones.id", Problem::InvalidId));
            }
        }
    }
    out
}
