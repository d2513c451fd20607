//! One timeline record from its fields as text, shared by the CSV and JSON readers so
//! that both check exactly the same rules and report the same [`Problem`]s.

use crate::assessment::{RecordId, Stamp};
use crate::date::Date;
use crate::error::{ImportError, ImportErrors, Problem};
use crate::ledger::Record;
use crate::timeline::intervention::{Category, Intervention, InterventionName};
use crate::timeline::measurement::Measurement;
use crate::timeline::milestone::{Milestone, MilestoneKind};
use crate::timeline::record::{RecordKind, TimelineRecord};
use crate::units::MeasurementKind;
use std::collections::HashMap;

pub(crate) const INTERVENTION_FIELDS: [&str; 10] = [
    "id",
    "treatment",
    "name",
    "category",
    "dose",
    "frequency",
    "start",
    "stop",
    "notes",
    "modified",
];
pub(crate) const MEASUREMENT_FIELDS: [&str; 7] =
    ["id", "date", "kind", "value", "unit", "notes", "modified"];
pub(crate) const MILESTONE_FIELDS: [&str; 5] = ["id", "date", "kind", "notes", "modified"];

/// Free-text fields: kept exactly as given (not trimmed).
pub(crate) const TEXT_FIELDS: [&str; 4] = ["name", "dose", "frequency", "notes"];

pub(crate) fn fields(kind: RecordKind) -> &'static [&'static str] {
    match kind {
        RecordKind::Intervention => &INTERVENTION_FIELDS,
        RecordKind::Measurement => &MEASUREMENT_FIELDS,
        RecordKind::Milestone => &MILESTONE_FIELDS,
    }
}

/// How the caller reads: stamps for records without one (`None`: required), today's date
/// (refuses later dates), whether dates may use the spreadsheet forms, and whether a
/// missing id is derived from the record.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx {
    pub now: Option<Stamp>,
    pub today: Option<Date>,
    pub lenient_dates: bool,
    pub derive_ids: bool,
}

/// A record's fields as text; blank fields may be left out.
pub(crate) struct Raw<'a> {
    pub row: u32,
    pub kind: RecordKind,
    pub cells: HashMap<&'static str, String>,
    /// The column (CSV) or field path (JSON) to name in errors.
    pub column: &'a dyn Fn(&str) -> String,
    /// What the reader knows and allows.
    pub ctx: Ctx,
}

impl<'a> Raw<'a> {
    pub fn new(
        row: u32,
        kind: RecordKind,
        cells: HashMap<&'static str, String>,
        column: &'a dyn Fn(&str) -> String,
        ctx: Ctx,
    ) -> Raw<'a> {
        Raw {
            row,
            kind,
            cells,
            column,
            ctx,
        }
    }

    fn get(&self, field: &str) -> Option<&str> {
        self.cells
            .get(field)
            .map(String::as_str)
            .filter(|t| !t.trim().is_empty())
    }

    fn trimmed(&self, field: &str) -> Option<&str> {
        self.get(field).map(str::trim)
    }

    fn text(&self, field: &str) -> String {
        self.cells.get(field).cloned().unwrap_or_default()
    }

    fn error(&self, field: &str, p: Problem) -> ImportError {
        ImportError::new(p)
            .at_row(self.row)
            .in_column((self.column)(field))
    }

    fn required<'s>(&'s self, field: &str, errs: &mut ImportErrors) -> Option<&'s str> {
        let v = self.trimmed(field);
        if v.is_none() {
            errs.push(self.error(field, Problem::MissingValue));
        }
        v
    }

    /// A date that must be given.
    fn required_date(&self, field: &str, errs: &mut ImportErrors) -> Option<Date> {
        self.required(field, errs)
            .and_then(|_| self.date(field, errs))
    }

    fn date(&self, field: &str, errs: &mut ImportErrors) -> Option<Date> {
        let ctx = self.ctx;
        let text = self.trimmed(field)?;
        let parsed = if ctx.lenient_dates {
            Date::parse_lenient(text)
        } else {
            Date::parse(text)
        };
        parsed
            .map_err(|e| errs.push(self.error(field, e.into()).with_value(text)))
            .ok()
    }

    fn code<T>(
        &self,
        field: &str,
        parse: impl Fn(&str) -> Result<T, Problem>,
        errs: &mut ImportErrors,
    ) -> Option<T> {
        let text = self.required(field, errs)?;
        parse(text)
            .map_err(|p| errs.push(self.error(field, p).with_value(text)))
            .ok()
    }
}

/// A 32-bit FNV-1a hash as 8 hex digits: a short, stable id part for free text.
fn fnv_hex(text: &str) -> String {
    let hash = text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("{hash:08x}")
}

/// The id of a record given without one, so that importing the same sheet twice
/// matches: measurement `<date>-<kind>`, milestone `<date>-<kind>`, intervention
/// `<start>-<8 hex digits of the treatment id or name>`.
fn derived_id(r: &TimelineRecord) -> Option<RecordId> {
    let text = match r {
        TimelineRecord::Measurement(m) => format!("{}-{}", m.date, m.kind.code()),
        TimelineRecord::Milestone(m) => format!("{}-{}", m.date, m.kind.code()),
        TimelineRecord::Intervention(i) => {
            let key = match &i.name {
                InterventionName::Catalogue(id) => format!("t:{id}"),
                InterventionName::Free(name) => format!("n:{}", name.trim()),
            };
            format!("{}-{}", i.start, fnv_hex(&key))
        }
    };
    RecordId::new(text).ok()
}

/// The record, or `None` with every problem found pushed to `errs`.
pub(crate) fn build(raw: &Raw, errs: &mut ImportErrors) -> Option<TimelineRecord> {
    let ctx = raw.ctx;
    let before = errs.errors.len();
    // Ok(None): no id given, derive one from the record.
    let id: Result<Option<RecordId>, ()> = match raw.trimmed("id") {
        Some(t) => RecordId::new(t).map(Some).map_err(|p| {
            errs.push(raw.error("id", p).with_value(t));
        }),
        None if ctx.derive_ids => Ok(None),
        None => {
            errs.push(raw.error("id", Problem::MissingValue));
            Err(())
        }
    };
    let modified = match (raw.trimmed("modified"), ctx.now) {
        (None, Some(now)) => Some(now),
        (None, None) => {
            errs.push(raw.error("modified", Problem::MissingValue));
            None
        }
        (Some(t), _) => {
            let s = Stamp::parse(t);
            if s.is_none() {
                errs.push(raw.error("modified", Problem::InvalidStamp).with_value(t));
            }
            s
        }
    };
    let notes = raw.text("notes");
    let record = match raw.kind {
        RecordKind::Intervention => intervention(raw, errs, notes),
        RecordKind::Measurement => measurement(raw, errs, notes),
        RecordKind::Milestone => milestone(raw, errs, notes),
    };
    let (Ok(id), Some(modified), Some(mut record)) = (id, modified, record) else {
        return None;
    };
    if errs.errors.len() > before {
        return None;
    }
    record.set_modified(modified);
    let id = match id {
        Some(id) => id,
        None => derived_id(&record)?,
    };
    match &mut record {
        TimelineRecord::Intervention(r) => r.id = id,
        TimelineRecord::Measurement(r) => r.id = id,
        TimelineRecord::Milestone(r) => r.id = id,
    }
    let problems = record.validate(ctx.today);
    for (field, p) in &problems {
        let e = raw.error(field, *p);
        let e = match raw.trimmed(field) {
            Some(v) if *field != "notes" => e.with_value(v),
            _ => e,
        };
        errs.push(e);
    }
    problems.is_empty().then_some(record)
}

fn intervention(raw: &Raw, errs: &mut ImportErrors, notes: String) -> Option<TimelineRecord> {
    let name = match (raw.trimmed("treatment"), raw.get("name")) {
        (Some(_), Some(_)) => {
            errs.push(raw.error("name", Problem::NameBothGiven));
            None
        }
        (None, None) => {
            errs.push(raw.error("name", Problem::MissingValue));
            None
        }
        (Some(t), None) => RecordId::new(t)
            .map(InterventionName::Catalogue)
            .map_err(|p| errs.push(raw.error("treatment", p).with_value(t)))
            .ok(),
        (None, Some(_)) => Some(InterventionName::Free(raw.text("name"))),
    };
    let category = match raw.trimmed("category") {
        None => Some(Category::Other),
        Some(t) => Category::parse(t).or_else(|| {
            errs.push(
                raw.error("category", Problem::InvalidCategory)
                    .with_value(t),
            );
            None
        }),
    };
    let start = raw.required_date("start", errs);
    let stop = raw.date("stop", errs);
    let stop_ok = raw.trimmed("stop").is_none() || stop.is_some();
    let placeholder = RecordId::new("_").ok()?;
    match (name, category, start, stop_ok) {
        (Some(name), Some(category), Some(start), true) => {
            Some(TimelineRecord::Intervention(Intervention {
                id: placeholder,
                name,
                category,
                dose: raw.text("dose"),
                frequency: raw.text("frequency"),
                start,
                stop,
                notes,
                modified: Stamp(0),
            }))
        }
        _ => None,
    }
}

fn measurement(raw: &Raw, errs: &mut ImportErrors, notes: String) -> Option<TimelineRecord> {
    let date = raw.required_date("date", errs);
    let parse_kind = |t: &str| MeasurementKind::parse(t).ok_or(Problem::InvalidMeasurementKind);
    let kind = raw.code("kind", parse_kind, errs);
    let number = raw.code("value", crate::timeline::measurement::parse_number, errs);
    let unit = raw.trimmed("unit").unwrap_or("");
    let value = match (kind, number) {
        (Some(k), Some(v)) => match k.canonical(v, unit) {
            Ok(amount) => Some(amount),
            Err(p @ Problem::UnknownUnit { .. }) => {
                errs.push(raw.error("unit", p).with_value(unit));
                None
            }
            Err(p) => {
                let text = raw.trimmed("value").unwrap_or("");
                errs.push(raw.error("value", p).with_value(text));
                None
            }
        },
        _ => None,
    };
    Some(TimelineRecord::Measurement(Measurement {
        id: RecordId::new("_").ok()?,
        date: date?,
        kind: kind?,
        value: value?,
        notes,
        modified: Stamp(0),
    }))
}

fn milestone(raw: &Raw, errs: &mut ImportErrors, notes: String) -> Option<TimelineRecord> {
    let date = raw.required_date("date", errs);
    let kind = raw.code("kind", MilestoneKind::parse_recordable, errs);
    Some(TimelineRecord::Milestone(Milestone {
        id: RecordId::new("_").ok()?,
        date: date?,
        kind: kind?,
        notes,
        modified: Stamp(0),
    }))
}
