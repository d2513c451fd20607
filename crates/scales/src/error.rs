//! Language-neutral, typed import and validation errors. The app words each [`Problem`]
//! in Chinese or English; the English `Display` text is for the CLI and developers.

use crate::units::MeasurementKind;
use serde::Serialize;
use std::fmt;

/// The kind of problem. Serialised as `{"kind": "score_out_of_range"}` (plus fields).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    // ---- the file as a whole ----
    #[error("the file is empty")]
    EmptyFile,
    #[error("the file has no assessment")]
    NoRecords,
    #[error("the file has more assessments than can be imported at once")]
    TooManyRecords,
    #[error("the CSV text is malformed")]
    CsvSyntax,
    #[error("the JSON text is malformed")]
    JsonSyntax,
    #[error("the file is not an ALSFRS-R export of this app")]
    WrongFormat,
    #[error("the file was written by a newer version of the app")]
    NewerSchema,
    #[error("the file's schema version is not known")]
    UnknownSchema,
    // ---- columns (CSV header) and fields (JSON) ----
    #[error("a required column is missing")]
    MissingColumn,
    #[error("the column is not part of the format")]
    UnknownColumn,
    #[error("the column appears twice")]
    DuplicateColumn,
    #[error("the row has a different number of cells than the header")]
    WrongFieldCount,
    #[error("the field is not part of the format")]
    UnknownField,
    #[error("the value has the wrong type")]
    WrongType,
    // ---- values ----
    #[error("a required value is missing")]
    MissingValue,
    #[error("not a whole number")]
    NotAnInteger,
    #[error("a score must be 0, 1, 2, 3 or 4")]
    ScoreOutOfRange,
    #[error("the total does not equal the sum of the items")]
    TotalMismatch,
    #[error("not a date of the form YYYY-MM-DD")]
    DateFormat,
    #[error("no such day in the calendar")]
    DateNotReal,
    #[error("the date is before 1900")]
    DateTooEarly,
    #[error("the date is in the future")]
    DateInFuture,
    #[error("who filled the form must be self, caregiver or clinician")]
    InvalidFilledBy,
    #[error("expected yes or no")]
    InvalidBool,
    #[error("both 5a and 5b are answered; answer only one")]
    Item5BothGiven,
    #[error("neither 5a nor 5b is answered")]
    Item5Missing,
    #[error("5a is for people without a gastrostomy and 5b for people with one")]
    Item5GastrostomyMismatch,
    #[error("an id has 1–64 characters from A–Z, a–z, 0–9, '.', '_', ':' and '-'")]
    InvalidId,
    #[error("the same assessment id appears twice")]
    DuplicateId,
    #[error("the modification stamp must be a whole number from 0 to 18446744073709551615")]
    InvalidStamp,
    #[error("the notes are longer than 2000 characters")]
    NotesTooLong,
    #[error("different onset dates are given")]
    OnsetConflict,
    // ---- timeline records (interventions, measurements, milestones) ----
    #[error("the record type must be intervention, measurement or milestone")]
    InvalidRecordType,
    #[error("this column is not used by this type of record; leave it blank")]
    NotForThisRecord,
    #[error("unknown intervention category")]
    InvalidCategory,
    #[error("unknown measurement kind")]
    InvalidMeasurementKind,
    #[error("the milestone must be diagnosis, gastrostomy or niv_start")]
    InvalidMilestoneKind,
    #[error("the onset date is kept once, with the assessments (person.onset / column onset)")]
    OnsetInTimeline,
    #[error("not a number")]
    NotANumber,
    #[error("this unit is not accepted for {measure:?}")]
    UnknownUnit { measure: MeasurementKind },
    #[error("the value is outside the accepted range for {measure:?}")]
    ValueOutOfRange { measure: MeasurementKind },
    #[error("the stop date is before the start date")]
    StopBeforeStart,
    #[error("the text is longer than 200 characters")]
    TextTooLong,
    #[error("give either a treatment from the catalogue or a name, not both")]
    NameBothGiven,
}

impl Problem {
    /// A stable snake_case name, e.g. `score_out_of_range` (the same as the serde tag).
    pub fn as_str(self) -> &'static str {
        use Problem::*;
        match self {
            EmptyFile => "empty_file",
            NoRecords => "no_records",
            TooManyRecords => "too_many_records",
            CsvSyntax => "csv_syntax",
            JsonSyntax => "json_syntax",
            WrongFormat => "wrong_format",
            NewerSchema => "newer_schema",
            UnknownSchema => "unknown_schema",
            MissingColumn => "missing_column",
            UnknownColumn => "unknown_column",
            DuplicateColumn => "duplicate_column",
            WrongFieldCount => "wrong_field_count",
            UnknownField => "unknown_field",
            WrongType => "wrong_type",
            MissingValue => "missing_value",
            NotAnInteger => "not_an_integer",
            ScoreOutOfRange => "score_out_of_range",
            TotalMismatch => "total_mismatch",
            DateFormat => "date_format",
            DateNotReal => "date_not_real",
            DateTooEarly => "date_too_early",
            DateInFuture => "date_in_future",
            InvalidFilledBy => "invalid_filled_by",
            InvalidBool => "invalid_bool",
            Item5BothGiven => "item5_both_given",
            Item5Missing => "item5_missing",
            Item5GastrostomyMismatch => "item5_gastrostomy_mismatch",
            InvalidId => "invalid_id",
            DuplicateId => "duplicate_id",
            InvalidStamp => "invalid_stamp",
            NotesTooLong => "notes_too_long",
            OnsetConflict => "onset_conflict",
            InvalidRecordType => "invalid_record_type",
            NotForThisRecord => "not_for_this_record",
            InvalidCategory => "invalid_category",
            InvalidMeasurementKind => "invalid_measurement_kind",
            InvalidMilestoneKind => "invalid_milestone_kind",
            OnsetInTimeline => "onset_in_timeline",
            NotANumber => "not_a_number",
            UnknownUnit { .. } => "unknown_unit",
            ValueOutOfRange { .. } => "value_out_of_range",
            StopBeforeStart => "stop_before_start",
            TextTooLong => "text_too_long",
            NameBothGiven => "name_both_given",
        }
    }
}

impl From<crate::date::DateError> for Problem {
    fn from(e: crate::date::DateError) -> Problem {
        match e {
            crate::date::DateError::Format => Problem::DateFormat,
            crate::date::DateError::NotReal => Problem::DateNotReal,
        }
    }
}

/// One problem found in an import file or stored data.
///
/// `row`: in CSV the spreadsheet row (the header is row 1, the first assessment row 2);
/// in JSON the 1-based position in the `assessments` array. `None` for the file as a
/// whole or for the person (onset). `column`: the CSV column name, or the JSON field
/// path such as `items.5a` or `person.onset`. `value`: the offending text, shortened to
/// 80 characters. `first_row`: for duplicates and conflicts, where the first one was.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ImportError {
    pub row: Option<u32>,
    pub column: Option<String>,
    #[serde(flatten)]
    pub problem: Problem,
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_row: Option<u32>,
}

/// At most this many errors are collected before giving up on a file.
pub const MAX_ERRORS: usize = 100;
const MAX_VALUE_CHARS: usize = 80;

impl ImportError {
    pub fn new(problem: Problem) -> ImportError {
        ImportError {
            row: None,
            column: None,
            problem,
            value: None,
            first_row: None,
        }
    }

    pub fn at_row(mut self, row: u32) -> ImportError {
        self.row = Some(row);
        self
    }

    pub fn in_column(mut self, column: impl Into<String>) -> ImportError {
        self.column = Some(column.into());
        self
    }

    pub fn with_value(mut self, value: &str) -> ImportError {
        self.value = Some(value.chars().take(MAX_VALUE_CHARS).collect());
        self
    }

    pub fn first_seen_at(mut self, row: u32) -> ImportError {
        self.first_row = Some(row);
        self
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.row {
            Some(row) => write!(f, "row {row}")?,
            None => write!(f, "file")?,
        }
        if let Some(col) = &self.column {
            write!(f, ", column {col}")?;
        }
        write!(f, ": {}", self.problem)?;
        if let Some(v) = &self.value {
            write!(f, " (value {v:?})")?;
        }
        if let Some(first) = self.first_row {
            write!(f, " (first at row {first})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportError {}

/// Every problem found in one file, in the order found (at most [`MAX_ERRORS`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{} problem(s) in the file; first: {}", .errors.len(), .errors.first().map(ToString::to_string).unwrap_or_default())]
pub struct ImportErrors {
    pub errors: Vec<ImportError>,
    /// True when more problems existed than were collected.
    pub truncated: bool,
}

impl ImportErrors {
    pub fn one(e: ImportError) -> ImportErrors {
        ImportErrors {
            errors: vec![e],
            truncated: false,
        }
    }

    /// Adds an error; returns false once the limit is reached (stop looking).
    pub fn push(&mut self, e: ImportError) -> bool {
        if self.errors.len() >= MAX_ERRORS {
            self.truncated = true;
            return false;
        }
        self.errors.push(e);
        true
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn is_full(&self) -> bool {
        self.errors.len() >= MAX_ERRORS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_language_neutrally() {
        let e = ImportError::new(Problem::ScoreOutOfRange)
            .at_row(3)
            .in_column("i5a")
            .with_value("5");
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"row": 3, "column": "i5a", "kind": "score_out_of_range", "value": "5"})
        );
        assert_eq!(
            e.to_string(),
            "row 3, column i5a: a score must be 0, 1, 2, 3 or 4 (value \"5\")"
        );
    }

    #[test]
    fn as_str_matches_serde_tag() {
        for p in [
            Problem::Item5GastrostomyMismatch,
            Problem::EmptyFile,
            Problem::DateNotReal,
            Problem::ValueOutOfRange {
                measure: MeasurementKind::Weight,
            },
        ] {
            let json = serde_json::to_value(p).unwrap();
            assert_eq!(json["kind"], p.as_str());
        }
    }

    #[test]
    fn range_problems_name_the_measure() {
        let p = Problem::ValueOutOfRange {
            measure: MeasurementKind::NflCsf,
        };
        let json = serde_json::to_value(ImportError::new(p).in_column("value")).unwrap();
        assert_eq!(json["kind"], "value_out_of_range");
        assert_eq!(json["measure"], "nfl_csf");
    }

    #[test]
    fn error_list_is_capped() {
        let mut list = ImportErrors::default();
        for _ in 0..MAX_ERRORS {
            assert!(list.push(ImportError::new(Problem::MissingValue)));
        }
        assert!(!list.push(ImportError::new(Problem::MissingValue)));
        assert!(list.truncated && list.is_full());
    }
}
