//! The CSV layout (documented in `docs/SCALES_CSV.md`): one header row, one row per
//! assessment; row numbers are those a spreadsheet shows (the header is row 1).

use super::row::{read_onset, read_row, Cells};
use super::sheet::{escape_notes, header_columns, table};
use crate::assessment::{Person, RecordId, Stamp};
use crate::date::Date;
use crate::error::{ImportError, ImportErrors, Problem};
use crate::history::History;
use crate::io::json::Parsed;
use std::collections::HashMap;

/// Columns in the order they are written.
pub const COLUMNS: [&str; 21] = [
    "id",
    "date",
    "filled_by",
    "gastrostomy",
    "i1",
    "i2",
    "i3",
    "i4",
    "i5a",
    "i5b",
    "i6",
    "i7",
    "i8",
    "i9",
    "i10",
    "i11",
    "i12",
    "total",
    "notes",
    "modified",
    "onset",
];
/// Whether a column must be present: the date, who filled the form in, and every item
/// but 5 (of which `i5a` or `i5b` must be there).
fn required(column: &str) -> bool {
    let item = column
        .strip_prefix('i')
        .is_some_and(|n| n.parse::<u8>().is_ok());
    matches!(column, "date" | "filled_by") || item
}

/// Reads the assessments' layout. `now` stamps rows without `modified`; `today`, when given,
/// refuses dates after it.
pub(crate) fn read(text: &str, now: Stamp, today: Option<Date>) -> Result<Parsed, ImportErrors> {
    let (columns, width, data) = table(text, read_header)?;
    let mut errs = ImportErrors::default();
    let mut seen: HashMap<RecordId, u32> = HashMap::new();
    let mut onset: Option<(Date, u32)> = None;
    let mut records = Vec::new();
    for (row, record) in &data {
        if errs.is_full() {
            errs.truncated = true;
            break;
        }
        let cells = Cells {
            columns: &columns,
            record,
            row: *row,
        };
        if record.len() != width {
            errs.push(
                ImportError::new(Problem::WrongFieldCount)
                    .at_row(*row)
                    .with_value(&record.len().to_string()),
            );
            continue;
        }
        read_onset(&cells, today, &mut onset, &mut errs);
        let Some(a) = read_row(&cells, now, today, &mut errs) else {
            continue;
        };
        if let Some(&first) = seen.get(&a.id) {
            errs.push(
                cells
                    .error("id", Problem::DuplicateId)
                    .with_value(a.id.as_str())
                    .first_seen_at(first),
            );
            continue;
        }
        seen.insert(a.id.clone(), *row);
        records.push((*row, a));
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    Ok(Parsed {
        person: Person {
            onset: onset.map(|(d, _)| d),
            modified: now,
        },
        onset_given: onset.is_some(),
        records,
        tombstones: Vec::new(),
        timeline: Default::default(),
    })
}

/// Column name → position, with every required column present.
fn read_header(
    header: &csv::StringRecord,
    row: u32,
) -> Result<HashMap<String, usize>, ImportErrors> {
    let (columns, mut errs) = header_columns(header, row, &COLUMNS);
    for name in COLUMNS.into_iter().filter(|c| required(c)) {
        if !columns.contains_key(name) {
            errs.push(
                ImportError::new(Problem::MissingColumn)
                    .at_row(row)
                    .in_column(name),
            );
        }
    }
    if !columns.contains_key("i5a") && !columns.contains_key("i5b") {
        errs.push(
            ImportError::new(Problem::MissingColumn)
                .at_row(row)
                .in_column("i5a"),
        );
    }
    if errs.is_empty() {
        Ok(columns)
    } else {
        Err(errs)
    }
}

/// The history as CSV, one row per live assessment in date order, onset on every row.
/// Starts with a UTF-8 byte-order mark and uses CRLF line ends, so that Excel (which
/// otherwise reads CSV in the local code page, e.g. GBK) shows Chinese notes correctly.
pub fn export_csv(history: &History) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let onset = history
        .person()
        .onset
        .map(|d| d.to_string())
        .unwrap_or_default();
    let mut lines: Vec<Vec<String>> = vec![COLUMNS.iter().map(|c| c.to_string()).collect()];
    for a in history.assessments() {
        let item = |n: u8| a.item(n).to_string();
        let (i5a, i5b) = match a.gastrostomy {
            false => (item(5), String::new()),
            true => (String::new(), item(5)),
        };
        let mut line = vec![
            a.id.to_string(),
            a.date.to_string(),
            a.filled_by.code().to_string(),
            if a.gastrostomy { "yes" } else { "no" }.to_string(),
        ];
        line.extend((1..=4).map(item));
        line.extend([i5a, i5b]);
        line.extend((6..=12).map(item));
        line.extend([
            a.total().to_string(),
            escape_notes(&a.notes),
            a.modified.0.to_string(),
            onset.clone(),
        ]);
        lines.push(line);
    }
    for line in lines {
        // Writing to a Vec cannot fail; a failure would only drop the line.
        let _ = w.write_record(&line);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Problem;
    use crate::io::csv::row::unescape_notes;
    use crate::io::csv::sheet::leading_blank_lines;

    const HEAD: &str = "date,filled_by,i1,i2,i3,i4,i5a,i5b,i6,i7,i8,i9,i10,i11,i12,notes";

    fn line(date: &str, i1: &str, notes: &str) -> String {
        format!("{date},self,{i1},4,4,4,4,,4,4,4,4,4,4,4,{notes}")
    }

    fn first_error(text: &str) -> (Option<u32>, Problem) {
        let e = read(text, Stamp(1), None).unwrap_err();
        (e.errors[0].row, e.errors[0].problem)
    }

    #[test]
    fn row_numbers_match_a_spreadsheet() {
        let bad = line("2024-01-03", "x", "");
        // LF, CRLF, a blank line, and a note spanning two lines all give row 5.
        for (sep, blank) in [("\n", "\n"), ("\r\n", "\r\n")] {
            let text = [
                HEAD.to_string(),
                line("2024-01-01", "4", "\"two\nlines\""),
                line("2024-01-02", "4", ""),
                String::new(),
                bad.clone(),
            ]
            .join(sep)
                + blank;
            assert_eq!(
                first_error(&text),
                (Some(5), Problem::NotAnInteger),
                "{text:?}"
            );
        }
        let with_bom = format!("\u{feff}{HEAD}\n{bad}\n");
        assert_eq!(first_error(&with_bom), (Some(2), Problem::NotAnInteger));
    }

    #[test]
    fn trailing_blank_rows_and_header_case_are_tolerated() {
        let text = format!(
            "{}\n{}\n,,,,,,,,,,,,,,,\n\n",
            HEAD.to_uppercase(),
            line("2024-01-01", "3", "")
        );
        let p = read(&text, Stamp(1), None).unwrap();
        assert_eq!(p.records.len(), 1);
        assert_eq!(p.records[0].1.total(), 47);
        assert!(!p.onset_given);
    }

    #[test]
    fn notes_that_look_like_formulas_round_trip() {
        for notes in [
            "=SUM(A1)", "+1", "-2", "@x", "'quoted", "''", "plain", " padded ",
        ] {
            assert_eq!(unescape_notes(&escape_notes(notes)), notes);
            assert!(!escape_notes(notes).starts_with(['=', '+', '-', '@']));
        }
    }

    #[test]
    fn leading_blank_lines_counts_every_kind_of_line_end() {
        assert_eq!(leading_blank_lines("\n\r\n\rx"), 3);
        assert_eq!(leading_blank_lines("x\n"), 0);
        assert_eq!(leading_blank_lines(""), 0);
    }
}
