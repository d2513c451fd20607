//! What both CSV layouts share: the file read as a table of spreadsheet rows, and notes
//! kept safe from spreadsheet formulas.

use crate::error::{ImportError, ImportErrors, Problem};
use crate::io::json::reading::MAX_IMPORT_RECORDS;
use std::collections::HashMap;

/// Characters that make a spreadsheet treat a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A CSV row with its line number.
pub(crate) type Row = (u32, csv::StringRecord);

/// A CSV file's header read by `header` (column positions), the header's width, and the
/// data rows after it; an empty file or one with no data row is refused as a whole.
/// Shared by the assessments' and the timeline's CSV.
pub(crate) fn table<T>(
    text: &str,
    header: impl FnOnce(&csv::StringRecord, u32) -> Result<T, ImportErrors>,
) -> Result<(T, usize, Vec<Row>), ImportErrors> {
    let file_error = |p: Problem| ImportErrors::one(ImportError::new(p));
    let mut rows = rows(text)?;
    if rows.is_empty() {
        return Err(file_error(Problem::EmptyFile));
    }
    let data = rows.split_off(1);
    let (header_row, head) = &rows[0];
    let columns = header(head, *header_row)?;
    if data.is_empty() {
        return Err(file_error(Problem::NoRecords));
    }
    Ok((columns, head.len(), data))
}

/// The file's non-blank rows (the first, the header, always kept) with the row number a
/// spreadsheet shows. Refuses an empty file, malformed CSV and too many rows.
pub(crate) fn rows(text: &str) -> Result<Vec<(u32, csv::StringRecord)>, ImportErrors> {
    let file_error = |p: Problem| ImportErrors::one(ImportError::new(p));
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(file_error(Problem::EmptyFile));
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<(u32, csv::StringRecord)> = Vec::new();
    // Row numbers as a spreadsheet counts them: one per record, plus the blank lines the
    // reader skips (line breaks inside quoted cells do not start a new row).
    let mut row = 0u32;
    for result in reader.records() {
        let record = result.map_err(|_| file_error(Problem::CsvSyntax))?;
        let start = record
            .position()
            .and_then(|p| usize::try_from(p.byte()).ok())
            .unwrap_or(0);
        // After a CRLF row end, the reader may start the next record at its `\n`.
        let bytes = text.as_bytes();
        let start = if start > 0
            && bytes.get(start - 1) == Some(&b'\r')
            && bytes.get(start) == Some(&b'\n')
        {
            start + 1
        } else {
            start
        };
        let skipped = text.get(start..).map_or(0, leading_blank_lines);
        row = row.saturating_add(1).saturating_add(skipped);
        if rows.is_empty() || record.iter().any(|c| !c.trim().is_empty()) {
            rows.push((row, record));
        }
        if rows.len() > MAX_IMPORT_RECORDS + 1 {
            return Err(file_error(Problem::TooManyRecords));
        }
    }
    Ok(rows)
}

/// How many empty lines `text` starts with (`\n`, `\r\n` or a lone `\r` each end one).
pub(crate) fn leading_blank_lines(text: &str) -> u32 {
    let mut count = 0u32;
    let mut bytes = text.bytes().peekable();
    while let Some(b) = bytes.next() {
        match b {
            b'\n' => count += 1,
            b'\r' => {
                if bytes.peek() == Some(&b'\n') {
                    bytes.next();
                }
                count += 1;
            }
            _ => break,
        }
    }
    count
}

/// Column name → position for the columns in `allowed`, and the unknown or repeated
/// ones as errors. Names are matched trimmed and in any case. Shared with the timeline's
/// CSV.
pub(crate) fn header_columns(
    header: &csv::StringRecord,
    row: u32,
    allowed: &[&str],
) -> (HashMap<String, usize>, ImportErrors) {
    let mut errs = ImportErrors::default();
    let mut columns = HashMap::new();
    for (i, raw) in header.iter().enumerate() {
        let name = raw.trim().to_ascii_lowercase();
        let at = |p: Problem| ImportError::new(p).at_row(row).in_column(raw.trim());
        if !allowed.contains(&name.as_str()) {
            errs.push(at(Problem::UnknownColumn).with_value(raw));
        } else if columns.insert(name, i).is_some() {
            errs.push(at(Problem::DuplicateColumn));
        }
    }
    (columns, errs)
}

/// Notes starting with a formula character (or a quote) get a leading `'` on export, so
/// a spreadsheet shows them as text; import removes one leading `'`.
pub(crate) fn escape_notes(notes: &str) -> String {
    if notes.starts_with(FORMULA_START) || notes.starts_with('\'') {
        format!("'{notes}")
    } else {
        notes.to_string()
    }
}
