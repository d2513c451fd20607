//! One CSV row: each cell checked, errors with the spreadsheet row and column.

use crate::assessment::{
    check_date, from_fields, Assessment, FilledBy, Items, RecordId, Score, Stamp,
};
use crate::date::Date;
use crate::error::{ImportError, ImportErrors, Problem};
use std::collections::HashMap;

pub(crate) struct Cells<'a> {
    pub columns: &'a HashMap<String, usize>,
    pub record: &'a csv::StringRecord,
    pub row: u32,
}

impl Cells<'_> {
    /// The trimmed cell, `None` when the column is absent or the cell blank.
    fn get(&self, column: &str) -> Option<&str> {
        let i = *self.columns.get(column)?;
        let cell = self.record.get(i)?.trim();
        (!cell.is_empty()).then_some(cell)
    }

    /// The untrimmed cell (notes keep their spaces).
    fn raw(&self, column: &str) -> Option<&str> {
        self.columns.get(column).and_then(|&i| self.record.get(i))
    }

    pub(crate) fn error(&self, column: &str, p: Problem) -> ImportError {
        ImportError::new(p).at_row(self.row).in_column(column)
    }

    /// A required cell, or a `MissingValue` error.
    fn required(&self, column: &str, errs: &mut ImportErrors) -> Option<&str> {
        let v = self.get(column);
        if v.is_none() {
            errs.push(self.error(column, Problem::MissingValue));
        }
        v
    }

    fn date(&self, column: &str, today: Option<Date>, errs: &mut ImportErrors) -> Option<Date> {
        let text = self.get(column)?;
        let checked = Date::parse_lenient(text)
            .map_err(Problem::from)
            .and_then(|d| check_date(d, today).map_or(Ok(d), Err));
        checked
            .map_err(|p| errs.push(self.error(column, p).with_value(text)))
            .ok()
    }

    fn score(&self, column: &str, errs: &mut ImportErrors) -> Option<Score> {
        let text = self.get(column)?;
        let parsed = match integer(text) {
            Some(v) => u8::try_from(v)
                .ok()
                .and_then(Score::new)
                .ok_or(Problem::ScoreOutOfRange),
            None => Err(Problem::NotAnInteger),
        };
        parsed
            .map_err(|p| errs.push(self.error(column, p).with_value(text)))
            .ok()
    }
}

/// An optionally signed run of ASCII digits.
fn integer(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().or(Some(i64::MAX))
}

fn parse_bool(text: &str) -> Option<bool> {
    match text.to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "是" | "有" => Some(true),
        "no" | "n" | "false" | "0" | "否" | "无" | "没有" => Some(false),
        _ => None,
    }
}

pub(crate) fn read_onset(
    cells: &Cells,
    today: Option<Date>,
    seen: &mut Option<(Date, u32)>,
    errs: &mut ImportErrors,
) {
    let Some(date) = cells.date("onset", today, errs) else {
        return;
    };
    match *seen {
        None => *seen = Some((date, cells.row)),
        Some((first, _)) if first == date => {}
        Some((_, first_row)) => {
            errs.push(
                cells
                    .error("onset", Problem::OnsetConflict)
                    .with_value(&date.to_string())
                    .first_seen_at(first_row),
            );
        }
    }
}

pub(crate) fn read_row(
    cells: &Cells,
    now: Stamp,
    today: Option<Date>,
    errs: &mut ImportErrors,
) -> Option<Assessment> {
    let before = errs.errors.len();
    let date = match cells.required("date", errs) {
        Some(_) => cells.date("date", today, errs),
        None => None,
    };
    let filled_by = cells.required("filled_by", errs).and_then(|t| {
        let f = FilledBy::parse(t);
        if f.is_none() {
            errs.push(
                cells
                    .error("filled_by", Problem::InvalidFilledBy)
                    .with_value(t),
            );
        }
        f
    });
    let gastrostomy_cell = cells.get("gastrostomy");
    let gastrostomy_given = gastrostomy_cell.and_then(|t| {
        let b = parse_bool(t);
        if b.is_none() {
            errs.push(
                cells
                    .error("gastrostomy", Problem::InvalidBool)
                    .with_value(t),
            );
        }
        b
    });
    let mut scores = [Score::NORMAL; 12];
    for n in (1..=12u8).filter(|&n| n != 5) {
        let column = format!("i{n}");
        if cells.required(&column, errs).is_some() {
            if let Some(s) = cells.score(&column, errs) {
                scores[usize::from(n - 1)] = s;
            }
        }
    }
    let (a, b) = (cells.get("i5a"), cells.get("i5b"));
    let gastrostomy = match (a, b, gastrostomy_given) {
        (Some(_), Some(_), _) => Err(cells.error("i5b", Problem::Item5BothGiven)),
        (None, None, _) => Err(cells.error("i5a", Problem::Item5Missing)),
        (Some(_), None, Some(true)) => Err(cells.error("i5a", Problem::Item5GastrostomyMismatch)),
        (None, Some(_), Some(false)) => Err(cells.error("i5b", Problem::Item5GastrostomyMismatch)),
        (Some(_), None, _) => Ok(false),
        (None, Some(_), _) => Ok(true),
    };
    let gastrostomy = match gastrostomy {
        Ok(g) => {
            let column = if g { "i5b" } else { "i5a" };
            if let Some(s) = cells.score(column, errs) {
                scores[4] = s;
            }
            Some(g)
        }
        Err(e) => {
            let e = match gastrostomy_cell {
                Some(t) if e.problem == Problem::Item5GastrostomyMismatch => e.with_value(t),
                _ => e,
            };
            errs.push(e);
            None
        }
    };
    let items = Items::new(scores);
    if let Some(text) = cells.get("total") {
        let sum: u8 = items.values().iter().sum();
        match integer(text) {
            None => {
                errs.push(cells.error("total", Problem::NotAnInteger).with_value(text));
            }
            Some(t) if t != i64::from(sum) => {
                errs.push(
                    cells
                        .error("total", Problem::TotalMismatch)
                        .with_value(text),
                );
            }
            Some(_) => {}
        }
    }
    let notes = unescape_notes(cells.raw("notes").unwrap_or(""));
    if notes.chars().count() > crate::assessment::MAX_NOTES_CHARS {
        errs.push(cells.error("notes", Problem::NotesTooLong));
    }
    let modified = match cells.get("modified") {
        None => Some(now),
        Some(t) => {
            let s = Stamp::parse(t);
            if s.is_none() {
                errs.push(cells.error("modified", Problem::InvalidStamp).with_value(t));
            }
            s
        }
    };
    let id = match cells.get("id") {
        Some(t) => RecordId::new(t)
            .map_err(|p| errs.push(cells.error("id", p).with_value(t)))
            .ok(),
        // Derived from date and filler, so that re-importing the same sheet matches.
        None => match (date, filled_by) {
            (Some(d), Some(f)) => RecordId::new(format!("{d}-{}", f.code())).ok(),
            _ => None,
        },
    };
    if errs.errors.len() > before {
        return None;
    }
    from_fields(
        id,
        date,
        filled_by,
        gastrostomy,
        Some(items),
        notes,
        modified,
    )
}

/// Removes the one leading `'` that the export adds (see `escape_notes` in `sheet.rs`).
pub(crate) fn unescape_notes(cell: &str) -> String {
    cell.strip_prefix('\'').unwrap_or(cell).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_and_booleans() {
        assert_eq!(integer("4"), Some(4));
        assert_eq!(integer("-1"), Some(-1));
        assert_eq!(integer("99999999999999999999999"), Some(i64::MAX));
        for bad in ["", "-", "4.0", "3.5", "four", "４", "+4", "4 4"] {
            assert_eq!(integer(bad), None, "{bad}");
        }
        assert_eq!(parse_bool("YES"), Some(true));
        assert_eq!(parse_bool("是"), Some(true));
        assert_eq!(parse_bool("0"), Some(false));
        assert_eq!(parse_bool("否"), Some(false));
        assert_eq!(parse_bool("maybe"), None);
    }
}
