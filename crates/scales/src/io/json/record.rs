//! One assessment record of the JSON envelope, checked field by field.

use super::reading::{err, Mode};
use crate::assessment::{
    check_date, from_fields, Assessment, FilledBy, Items, RecordId, Score, Stamp, MAX_NOTES_CHARS,
};
use crate::date::Date;
use crate::error::{ImportError, ImportErrors, Problem};
use serde_json::{Map, Value};

const RECORD_FIELDS: [&str; 7] = [
    "id",
    "date",
    "filled_by",
    "gastrostomy",
    "items",
    "notes",
    "modified",
];
const ITEM_FIELDS: [&str; 13] = [
    "1", "2", "3", "4", "5a", "5b", "6", "7", "8", "9", "10", "11", "12",
];

pub(crate) fn read_record(
    v: &Value,
    row: u32,
    mode: Mode,
    errs: &mut ImportErrors,
) -> Option<Assessment> {
    let r = Some(row);
    let Value::Object(obj) = v else {
        errs.push(ImportError::new(Problem::WrongType).at_row(row));
        return None;
    };
    let before = errs.errors.len();
    for key in obj.keys().filter(|k| !RECORD_FIELDS.contains(&k.as_str())) {
        errs.push(err(r, key, Problem::UnknownField));
    }
    let id = string(obj, "id", row, errs).and_then(|s| match RecordId::new(s) {
        Ok(id) => Some(id),
        Err(p) => {
            errs.push(err(r, "id", p).with_value(s));
            None
        }
    });
    let today = match mode {
        Mode::Import { today, .. } => today,
        Mode::Storage => None,
    };
    let date = string(obj, "date", row, errs).and_then(|s| {
        let checked = Date::parse(s)
            .map_err(Problem::from)
            .and_then(|d| check_date(d, today).map_or(Ok(d), Err));
        checked
            .map_err(|p| errs.push(err(r, "date", p).with_value(s)))
            .ok()
    });
    let filled_by = string(obj, "filled_by", row, errs).and_then(|s| {
        let f = FilledBy::ALL.into_iter().find(|f| f.code() == s);
        if f.is_none() {
            errs.push(err(r, "filled_by", Problem::InvalidFilledBy).with_value(s));
        }
        f
    });
    let gastrostomy = match obj.get("gastrostomy") {
        Some(Value::Bool(b)) => Some(*b),
        Some(other) => {
            errs.push(err(r, "gastrostomy", Problem::InvalidBool).with_value(&other.to_string()));
            None
        }
        None => {
            errs.push(err(r, "gastrostomy", Problem::MissingValue));
            None
        }
    };
    let items = read_items(obj.get("items"), gastrostomy, row, errs);
    let notes = match obj.get("notes") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) if s.chars().count() <= MAX_NOTES_CHARS => s.clone(),
        Some(Value::String(s)) => {
            errs.push(err(r, "notes", Problem::NotesTooLong).with_value(s));
            String::new()
        }
        Some(_) => {
            errs.push(err(r, "notes", Problem::WrongType));
            String::new()
        }
    };
    let modified = match (obj.get("modified"), mode) {
        (None, Mode::Import { now, .. }) => Some(now),
        (v, _) => stamp(v, r, "modified", errs),
    };
    if errs.errors.len() > before {
        return None;
    }
    from_fields(id, date, filled_by, gastrostomy, items, notes, modified)
}

fn string<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
    row: u32,
    errs: &mut ImportErrors,
) -> Option<&'a str> {
    match obj.get(key) {
        Some(Value::String(s)) => Some(s),
        Some(other) => {
            errs.push(err(Some(row), key, Problem::WrongType).with_value(&other.to_string()));
            None
        }
        None => {
            errs.push(err(Some(row), key, Problem::MissingValue));
            None
        }
    }
}

pub(crate) fn stamp(
    v: Option<&Value>,
    row: Option<u32>,
    column: &str,
    errs: &mut ImportErrors,
) -> Option<Stamp> {
    match v {
        Some(Value::Number(n)) if n.as_u64().is_some() => n.as_u64().map(Stamp),
        Some(other) => {
            errs.push(err(row, column, Problem::InvalidStamp).with_value(&other.to_string()));
            None
        }
        None => {
            errs.push(err(row, column, Problem::MissingValue));
            None
        }
    }
}

fn read_items(
    v: Option<&Value>,
    gastrostomy: Option<bool>,
    row: u32,
    errs: &mut ImportErrors,
) -> Option<Items> {
    let r = Some(row);
    let obj = match v {
        Some(Value::Object(obj)) => obj,
        Some(_) => {
            errs.push(err(r, "items", Problem::WrongType));
            return None;
        }
        None => {
            errs.push(err(r, "items", Problem::MissingValue));
            return None;
        }
    };
    for key in obj.keys().filter(|k| !ITEM_FIELDS.contains(&k.as_str())) {
        errs.push(err(r, &format!("items.{key}"), Problem::UnknownField));
    }
    let mut scores = [Score::NORMAL; 12];
    let mut ok = true;
    for n in (1..=12u8).filter(|&n| n != 5) {
        let key = n.to_string();
        match item_score(obj, &key, row) {
            Some(Ok(s)) => scores[usize::from(n - 1)] = s,
            Some(Err(e)) => {
                errs.push(e);
                ok = false;
            }
            None => {
                errs.push(err(r, &format!("items.{key}"), Problem::MissingValue));
                ok = false;
            }
        }
    }
    let five = match (
        item_score(obj, "5a", row),
        item_score(obj, "5b", row),
        gastrostomy,
    ) {
        (Some(_), Some(_), _) => Err(err(r, "items.5b", Problem::Item5BothGiven)),
        (None, None, _) => Err(err(r, "items.5", Problem::Item5Missing)),
        (Some(_), None, Some(true)) => Err(err(r, "items.5a", Problem::Item5GastrostomyMismatch)),
        (None, Some(_), Some(false)) => Err(err(r, "items.5b", Problem::Item5GastrostomyMismatch)),
        (Some(s), None, _) | (None, Some(s), _) => s,
    };
    match five {
        Ok(s) => scores[4] = s,
        Err(e) => {
            errs.push(e);
            ok = false;
        }
    }
    ok.then(|| Items::new(scores))
}

/// The score under `items.<key>`: `None` when absent.
fn item_score(obj: &Map<String, Value>, key: &str, row: u32) -> Option<Result<Score, ImportError>> {
    let v = obj.get(key)?;
    let score = match v {
        Value::Number(n) => match n.as_u64() {
            Some(x) => u8::try_from(x)
                .ok()
                .and_then(Score::new)
                .ok_or(Problem::ScoreOutOfRange),
            None if n.as_i64().is_some() => Err(Problem::ScoreOutOfRange),
            None => Err(Problem::NotAnInteger),
        },
        _ => Err(Problem::WrongType),
    };
    Some(score.map_err(|p| err(Some(row), &format!("items.{key}"), p).with_value(&v.to_string())))
}
