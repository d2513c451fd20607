//! The timeline CSV (documented in `docs/SCALES_CSV.md`): a second file beside the
//! assessments' CSV, one row per record, its type in the `record` column. Columns a record
//! type does not use stay blank. Same conventions as the assessments' CSV: UTF-8 with a
//! byte-order mark and CRLF on export, header names in any case and order, spreadsheet
//! row numbers in errors, formula-looking text escaped with one leading `'`.

use super::row::unescape_notes;
use super::sheet::{escape_notes, table};
use crate::assessment::{RecordId, Stamp};
use crate::date::Date;
use crate::error::{ImportError, ImportErrors, Problem};
use crate::history::History;
use crate::io::fields::{build, fields, Ctx, Raw, TEXT_FIELDS};
use crate::ledger::Record;
use crate::timeline::intervention::InterventionName;
use crate::timeline::record::{RecordKind, TimelineRecord};
use std::collections::HashMap;

/// Columns in the order they are written.
pub const COLUMNS: [&str; 15] = [
    "record",
    "id",
    "date",
    "start",
    "stop",
    "treatment",
    "name",
    "category",
    "dose",
    "frequency",
    "kind",
    "value",
    "unit",
    "notes",
    "modified",
];

/// Whether the CSV text's header has a `record` column (a timeline file).
pub(crate) fn is_timeline(text: &str) -> bool {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = reader
        .records()
        .filter_map(Result::ok)
        .find(|r| r.iter().any(|c| !c.trim().is_empty()));
    header.is_some_and(|h| h.iter().any(|c| c.trim().eq_ignore_ascii_case("record")))
}

/// Reads a timeline CSV: each record with its spreadsheet row.
pub(crate) fn read(
    text: &str,
    now: Stamp,
    today: Option<Date>,
) -> Result<Vec<(u32, TimelineRecord)>, ImportErrors> {
    let (columns, width, data) = table(text, read_header)?;
    let ctx = Ctx {
        now: Some(now),
        today,
        lenient_dates: true,
        derive_ids: true,
    };
    let column = |field: &str| field.to_string();
    let mut errs = ImportErrors::default();
    let mut seen: HashMap<(RecordKind, RecordId), u32> = HashMap::new();
    let mut out = Vec::new();
    for (row, record) in &data {
        if errs.is_full() {
            errs.truncated = true;
            break;
        }
        let row = *row;
        if record.len() != width {
            errs.push(
                ImportError::new(Problem::WrongFieldCount)
                    .at_row(row)
                    .with_value(&record.len().to_string()),
            );
            continue;
        }
        let cell = |name: &str| columns.get(name).and_then(|&i| record.get(i));
        let at = |name: &str, p: Problem| ImportError::new(p).at_row(row).in_column(name);
        let kind = match cell("record").map(str::trim).filter(|t| !t.is_empty()) {
            None => {
                errs.push(at("record", Problem::MissingValue));
                continue;
            }
            Some(t) => match RecordKind::parse(t) {
                Some(k) => k,
                None => {
                    errs.push(at("record", Problem::InvalidRecordType).with_value(t));
                    continue;
                }
            },
        };
        let used = fields(kind);
        let mut cells = HashMap::new();
        for name in COLUMNS.iter().copied().filter(|&c| c != "record") {
            let Some(text) = cell(name).filter(|t| !t.is_empty()) else {
                continue;
            };
            let blank = text.trim().is_empty();
            if blank && !(TEXT_FIELDS.contains(&name) && used.contains(&name)) {
                // Spaces only: blank, except in free text, which is kept as written.
                continue;
            }
            if !used.contains(&name) {
                errs.push(at(name, Problem::NotForThisRecord).with_value(text));
            } else if TEXT_FIELDS.contains(&name) {
                cells.insert(name, unescape_notes(text));
            } else {
                cells.insert(name, text.trim().to_string());
            }
        }
        let raw = Raw::new(row, kind, cells, &column, ctx);
        let Some(r) = build(&raw, &mut errs) else {
            continue;
        };
        let key = (kind, r.id().clone());
        if let Some(&first) = seen.get(&key) {
            errs.push(
                at("id", Problem::DuplicateId)
                    .with_value(r.id().as_str())
                    .first_seen_at(first),
            );
            continue;
        }
        seen.insert(key, row);
        out.push((row, r));
    }
    if errs.is_empty() {
        Ok(out)
    } else {
        Err(errs)
    }
}

fn read_header(
    header: &csv::StringRecord,
    row: u32,
) -> Result<HashMap<String, usize>, ImportErrors> {
    let (columns, errs) = super::sheet::header_columns(header, row, &COLUMNS);
    if errs.is_empty() {
        Ok(columns)
    } else {
        Err(errs)
    }
}

/// One record as the cells of [`COLUMNS`].
fn line(r: &TimelineRecord) -> Vec<String> {
    let mut cells: HashMap<&str, String> = HashMap::new();
    cells.insert("record", r.kind().code().into());
    cells.insert("id", r.id().to_string());
    cells.insert("modified", r.modified().0.to_string());
    match r {
        TimelineRecord::Intervention(i) => {
            match &i.name {
                InterventionName::Catalogue(id) => cells.insert("treatment", id.to_string()),
                InterventionName::Free(name) => cells.insert("name", escape_notes(name)),
            };
            cells.insert("category", i.category.code().into());
            cells.insert("dose", escape_notes(&i.dose));
            cells.insert("frequency", escape_notes(&i.frequency));
            cells.insert("start", i.start.to_string());
            cells.insert("stop", i.stop.map(|d| d.to_string()).unwrap_or_default());
            cells.insert("notes", escape_notes(&i.notes));
        }
        TimelineRecord::Measurement(m) => {
            cells.insert("date", m.date.to_string());
            cells.insert("kind", m.kind.code().into());
            // Rust prints the shortest text that reads back as the same number.
            cells.insert("value", m.value.get().to_string());
            cells.insert("unit", m.kind.canonical_unit().into());
            cells.insert("notes", escape_notes(&m.notes));
        }
        TimelineRecord::Milestone(m) => {
            cells.insert("date", m.date.to_string());
            cells.insert("kind", m.kind.code().into());
            cells.insert("notes", escape_notes(&m.notes));
        }
    }
    COLUMNS
        .iter()
        .map(|c| cells.remove(c).unwrap_or_default())
        .collect()
}

/// The timeline as CSV: every live record, by date (an intervention's start), then record
/// type, then id. The onset is not written: it lives with the assessments (column
/// `onset`), and a derived gastrostomy is not a record.
pub fn export_timeline_csv(history: &History) -> String {
    let t = history.timeline();
    let mut records: Vec<TimelineRecord> = t
        .interventions()
        .into_iter()
        .cloned()
        .map(TimelineRecord::Intervention)
        .chain(
            t.measurements()
                .into_iter()
                .cloned()
                .map(TimelineRecord::Measurement),
        )
        .chain(
            t.milestones()
                .into_iter()
                .cloned()
                .map(TimelineRecord::Milestone),
        )
        .collect();
    records.sort_by(|a, b| (a.date(), a.kind(), a.id()).cmp(&(b.date(), b.kind(), b.id())));
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail; a failure would only drop the line.
    let _ = w.write_record(COLUMNS);
    for r in &records {
        let _ = w.write_record(line(r));
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}

#[cfg(test)]
#[path = "timeline_tests.rs"]
mod tests;
