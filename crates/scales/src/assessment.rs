//! One ALSFRS-R assessment: its record fields, scores, total and subdomains, and the
//! rules a record must meet.

use crate::date::Date;
use crate::error::Problem;
pub use crate::ids::{RecordId, Stamp, MAX_ID_CHARS};
pub use crate::subdomain::{Subdomain, Subscores};
use serde::{Deserialize, Serialize};

/// Earliest assessment or onset date accepted (anything earlier is a typing mistake).
pub const EARLIEST_DATE: (i32, u8, u8) = (1900, 1, 1);
/// Longest note, in characters.
pub const MAX_NOTES_CHARS: usize = 2000;

/// One item score, 0 (lost) to 4 (normal).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Score(u8);

impl Score {
    pub const MAX: u8 = 4;
    pub const NORMAL: Score = Score(4);

    pub fn new(value: u8) -> Option<Score> {
        (value <= Score::MAX).then_some(Score(value))
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Score {
    type Error = Problem;
    fn try_from(v: u8) -> Result<Score, Problem> {
        Score::new(v).ok_or(Problem::ScoreOutOfRange)
    }
}

impl From<Score> for u8 {
    fn from(s: Score) -> u8 {
        s.0
    }
}

/// Who filled in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FilledBy {
    #[serde(rename = "self")]
    Self_,
    Caregiver,
    Clinician,
}

impl FilledBy {
    pub const ALL: [FilledBy; 3] = [FilledBy::Self_, FilledBy::Caregiver, FilledBy::Clinician];

    /// The code used in files: `self`, `caregiver`, `clinician`.
    pub fn code(self) -> &'static str {
        match self {
            FilledBy::Self_ => "self",
            FilledBy::Caregiver => "caregiver",
            FilledBy::Clinician => "clinician",
        }
    }

    /// A code (any case, surrounding spaces ignored) or a Chinese alias:
    /// 本人/自己 = self, 照护者/照顾者/家属 = caregiver, 医生/临床医生 = clinician.
    pub fn parse(text: &str) -> Option<FilledBy> {
        let t = text.trim();
        let lower = t.to_ascii_lowercase();
        match (lower.as_str(), t) {
            ("self", _) | (_, "本人" | "自己") => Some(FilledBy::Self_),
            ("caregiver", _) | (_, "照护者" | "照顾者" | "家属") => {
                Some(FilledBy::Caregiver)
            }
            ("clinician", _) | (_, "医生" | "临床医生") => Some(FilledBy::Clinician),
            _ => None,
        }
    }
}

/// The 12 item scores in item order; position 5 holds 5a or 5b, as the record's
/// `gastrostomy` flag says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Items([Score; 12]);

impl Items {
    pub fn new(scores: [Score; 12]) -> Items {
        Items(scores)
    }

    /// From plain numbers; `None` if any is above 4.
    pub fn from_values(values: [u8; 12]) -> Option<Items> {
        let mut scores = [Score::NORMAL; 12];
        for (slot, v) in scores.iter_mut().zip(values) {
            *slot = Score::new(v)?;
        }
        Some(Items(scores))
    }

    /// Item `number` (1–12); `None` outside that range.
    pub fn get(&self, number: u8) -> Option<Score> {
        let index = usize::from(number).checked_sub(1)?;
        self.0.get(index).copied()
    }

    /// Item `number` as a plain value; 0 outside 1–12 (never asked for by this crate).
    pub fn value(&self, number: u8) -> u8 {
        self.get(number).map_or(0, Score::get)
    }

    pub fn values(&self) -> [u8; 12] {
        self.0.map(Score::get)
    }

    pub fn set(&mut self, number: u8, score: Score) {
        if let Some(slot) = usize::from(number)
            .checked_sub(1)
            .and_then(|i| self.0.get_mut(i))
        {
            *slot = score;
        }
    }
}

/// One assessment. Records are compared by every field; the derived order is only a
/// deterministic tie-break for merges (see [`crate::history`]).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Assessment {
    pub id: RecordId,
    pub date: Date,
    pub filled_by: FilledBy,
    /// With a gastrostomy, item 5 is 5b; without, 5a.
    pub gastrostomy: bool,
    pub items: Items,
    pub notes: String,
    pub modified: Stamp,
}

impl Assessment {
    /// Sum of the 12 items, 0–48.
    pub fn total(&self) -> u8 {
        self.items.values().iter().sum()
    }

    pub fn subscores(&self) -> Subscores {
        let sum = |s: Subdomain| s.items().iter().map(|&n| self.items.value(n)).sum();
        Subscores {
            bulbar: sum(Subdomain::Bulbar),
            fine_motor: sum(Subdomain::FineMotor),
            gross_motor: sum(Subdomain::GrossMotor),
            respiratory: sum(Subdomain::Respiratory),
        }
    }

    /// Total and subscores for comparing with other assessments: with `without_item_5`,
    /// item 5 counts as 0 — used across a switch between 5a and 5b, which are two
    /// different questions (a new feeding tube must not read as a change of the hands).
    pub fn comparable(&self, without_item_5: bool) -> (u8, Subscores) {
        let mut s = self.subscores();
        if !without_item_5 {
            return (self.total(), s);
        }
        let five = self.items.value(5);
        s.fine_motor -= five;
        (self.total() - five, s)
    }

    /// Item 1–12 (item 5 whichever version was answered).
    pub fn item(&self, number: u8) -> u8 {
        self.items.value(number)
    }

    /// Item 5a, answered when there is no gastrostomy.
    pub fn item_5a(&self) -> Option<u8> {
        (!self.gastrostomy).then(|| self.items.value(5))
    }

    /// Item 5b, answered when there is a gastrostomy.
    pub fn item_5b(&self) -> Option<u8> {
        self.gastrostomy.then(|| self.items.value(5))
    }

    /// The rules a record must meet beyond its types: the date is not before 1900 nor
    /// (when the caller says what day it is) after today; notes are at most 2000
    /// characters. Returns each broken rule with the field it concerns.
    pub fn validate(&self, today: Option<Date>) -> Vec<(&'static str, Problem)> {
        let mut problems = Vec::new();
        if let Some(p) = check_date(self.date, today) {
            problems.push(("date", p));
        }
        if self.notes.chars().count() > MAX_NOTES_CHARS {
            problems.push(("notes", Problem::NotesTooLong));
        }
        problems
    }
}

crate::ledger::record_with_id_and_stamp!(Assessment);

/// An assessment from its fields read one by one (from a CSV row or a JSON object),
/// each `None` where reading it failed; `None` when any is.
pub(crate) fn from_fields(
    id: Option<RecordId>,
    date: Option<Date>,
    filled_by: Option<FilledBy>,
    gastrostomy: Option<bool>,
    items: Option<Items>,
    notes: String,
    modified: Option<Stamp>,
) -> Option<Assessment> {
    Some(Assessment {
        id: id?,
        date: date?,
        filled_by: filled_by?,
        gastrostomy: gastrostomy?,
        items: items?,
        notes,
        modified: modified?,
    })
}

/// The date rule shared by assessments and the onset date.
pub fn check_date(date: Date, today: Option<Date>) -> Option<Problem> {
    let (y, m, d) = EARLIEST_DATE;
    if Date::new(y, m, d).is_ok_and(|earliest| date < earliest) {
        Some(Problem::DateTooEarly)
    } else if today.is_some_and(|t| date > t) {
        Some(Problem::DateInFuture)
    } else {
        None
    }
}

/// What is kept once per person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Person {
    /// Date of first symptoms, for ΔFS.
    pub onset: Option<Date>,
    /// When `onset` was last set (for merging two tabs).
    pub modified: Stamp,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An assessment with every item `v`, for tests.
    pub(crate) fn uniform(id: &str, date: &str, v: u8) -> Assessment {
        Assessment {
            id: RecordId::new(id).unwrap(),
            date: Date::parse(date).unwrap(),
            filled_by: FilledBy::Self_,
            gastrostomy: false,
            items: Items::from_values([v; 12]).unwrap(),
            notes: String::new(),
            modified: Stamp(1),
        }
    }

    #[test]
    fn total_and_subscores() {
        let mut a = uniform("a", "2024-01-01", 4);
        assert_eq!(a.total(), 48);
        a.items = Items::from_values([4, 3, 2, 1, 0, 4, 3, 2, 1, 0, 4, 3]).unwrap();
        assert_eq!(a.total(), 27);
        let s = a.subscores();
        assert_eq!(
            (s.bulbar, s.fine_motor, s.gross_motor, s.respiratory),
            (9, 5, 6, 7)
        );
        assert_eq!(a.item_5a(), Some(0));
        assert_eq!(a.item_5b(), None);
        a.gastrostomy = true;
        assert_eq!((a.item_5a(), a.item_5b()), (None, Some(0)));
    }

    #[test]
    fn scores_ids_and_filled_by() {
        assert!(Score::new(4).is_some() && Score::new(5).is_none());
        assert!(Items::from_values([0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 9]).is_none());
        assert!(RecordId::new("2024-03-01-self").is_ok());
        assert!(RecordId::new("550e8400-e29b-41d4-a716-446655440000").is_ok());
        for bad in ["", "has space", "中文", "a/b", &"x".repeat(65)] {
            assert_eq!(RecordId::new(bad), Err(Problem::InvalidId), "{bad}");
        }
        assert_eq!(FilledBy::parse(" Caregiver "), Some(FilledBy::Caregiver));
        assert_eq!(FilledBy::parse("本人"), Some(FilledBy::Self_));
        assert_eq!(FilledBy::parse("医生"), Some(FilledBy::Clinician));
        assert_eq!(FilledBy::parse("nurse"), None);
        for f in FilledBy::ALL {
            assert_eq!(FilledBy::parse(f.code()), Some(f));
        }
    }

    #[test]
    fn record_rules() {
        let mut a = uniform("a", "2024-01-01", 4);
        assert!(a.validate(None).is_empty());
        let today = Date::parse("2023-12-31").ok();
        assert_eq!(a.validate(today), vec![("date", Problem::DateInFuture)]);
        a.date = Date::parse("1899-12-31").unwrap();
        a.notes = "x".repeat(MAX_NOTES_CHARS + 1);
        assert_eq!(
            a.validate(None),
            vec![
                ("date", Problem::DateTooEarly),
                ("notes", Problem::NotesTooLong)
            ]
        );
    }
}
