//! An intervention a person received: a treatment from the app's catalogue
//! (`data/treatments/treatments.json`) or one typed freely, with its dates.

use crate::assessment::{check_date, RecordId, Stamp, MAX_NOTES_CHARS};
use crate::date::Date;
use crate::error::Problem;
use serde::Serialize;

/// Longest name, dose or frequency, in characters.
pub const MAX_TEXT_CHARS: usize = 200;

/// What the intervention is called.
///
/// A catalogue id is only checked for its form (the id rules of [`RecordId`]), not
/// against the catalogue: the catalogue may change between versions of the app and stored
/// records must still load. The app shows the catalogue's name, or the id if the
/// catalogue no longer has it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "source", content = "value", rename_all = "snake_case")]
pub enum InterventionName {
    /// An id of the app's treatment catalogue, e.g. `tofersen`.
    Catalogue(RecordId),
    /// A name typed by the person (1–200 characters, not only spaces).
    Free(String),
}

/// A broad, descriptive grouping chosen by the person; no judgement of any kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// A prescribed or over-the-counter medicine.
    Medicine,
    /// Taking part in a clinical trial.
    ClinicalTrial,
    /// A dietary supplement or a diet.
    Supplement,
    /// Traditional Chinese medicine (herbal medicine, acupuncture, …).
    Tcm,
    /// Physiotherapy, speech, occupational or respiratory therapy, exercise.
    Therapy,
    /// A device or aid.
    Device,
    Other,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Medicine,
        Category::ClinicalTrial,
        Category::Supplement,
        Category::Tcm,
        Category::Therapy,
        Category::Device,
        Category::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Category::Medicine => "medicine",
            Category::ClinicalTrial => "clinical_trial",
            Category::Supplement => "supplement",
            Category::Tcm => "tcm",
            Category::Therapy => "therapy",
            Category::Device => "device",
            Category::Other => "other",
        }
    }

    /// A code, any case, surrounding spaces ignored.
    pub fn parse(text: &str) -> Option<Category> {
        let t = text.trim().to_ascii_lowercase();
        Category::ALL.into_iter().find(|c| c.code() == t)
    }
}

/// One intervention. Fields in this order make the derived order a deterministic
/// tie-break for merges.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Intervention {
    pub id: RecordId,
    pub name: InterventionName,
    pub category: Category,
    /// Free text, e.g. "100 mg"; may be empty.
    pub dose: String,
    /// Free text, e.g. "twice a day"; may be empty.
    pub frequency: String,
    pub start: Date,
    /// The last day taken; `None` while ongoing. Never before `start`.
    pub stop: Option<Date>,
    pub notes: String,
    pub modified: Stamp,
}

crate::ledger::record_with_id_and_stamp!(Intervention);

impl Intervention {
    /// Whether it was being taken on `date` (start and stop days included).
    pub fn active_on(&self, date: Date) -> bool {
        self.start <= date && self.stop.is_none_or(|s| date <= s)
    }

    /// The rules beyond the types, each with the field it concerns: a free name is not
    /// blank; name, dose and frequency at most 200 characters, notes at most 2000; dates
    /// follow the assessment date rule; stop is not before start.
    pub fn validate(&self, today: Option<Date>) -> Vec<(&'static str, Problem)> {
        let mut problems = Vec::new();
        if let InterventionName::Free(name) = &self.name {
            if name.trim().is_empty() {
                problems.push(("name", Problem::MissingValue));
            }
            if name.chars().count() > MAX_TEXT_CHARS {
                problems.push(("name", Problem::TextTooLong));
            }
        }
        for (field, text) in [("dose", &self.dose), ("frequency", &self.frequency)] {
            if text.chars().count() > MAX_TEXT_CHARS {
                problems.push((field, Problem::TextTooLong));
            }
        }
        if let Some(p) = check_date(self.start, today) {
            problems.push(("start", p));
        }
        if let Some(stop) = self.stop {
            if let Some(p) = check_date(stop, today) {
                problems.push(("stop", p));
            } else if stop < self.start {
                problems.push(("stop", Problem::StopBeforeStart));
            }
        }
        if self.notes.chars().count() > MAX_NOTES_CHARS {
            problems.push(("notes", Problem::NotesTooLong));
        }
        problems
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn taking(id: &str, name: &str, start: &str, stop: Option<&str>) -> Intervention {
        Intervention {
            id: RecordId::new(id).unwrap(),
            name: InterventionName::Free(name.into()),
            category: Category::Medicine,
            dose: String::new(),
            frequency: String::new(),
            start: Date::parse(start).unwrap(),
            stop: stop.map(|s| Date::parse(s).unwrap()),
            notes: String::new(),
            modified: Stamp(1),
        }
    }

    #[test]
    fn rules() {
        let mut i = taking("i", "vitamin", "2024-01-01", Some("2024-01-01"));
        assert!(
            i.validate(None).is_empty(),
            "a one-day intervention is fine"
        );
        assert!(i.active_on(i.start) && !i.active_on(Date::parse("2024-01-02").unwrap()));
        i.stop = Date::parse("2023-12-31").ok();
        assert_eq!(i.validate(None), [("stop", Problem::StopBeforeStart)]);
        i.stop = None;
        i.name = InterventionName::Free("  ".into());
        i.dose = "x".repeat(MAX_TEXT_CHARS + 1);
        i.frequency = "x".repeat(MAX_TEXT_CHARS);
        assert_eq!(
            i.validate(Date::parse("2023-06-01").ok()),
            [
                ("name", Problem::MissingValue),
                ("dose", Problem::TextTooLong),
                ("start", Problem::DateInFuture)
            ]
        );
    }

    #[test]
    fn categories_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.code()), Some(c));
            assert_eq!(serde_json::to_value(c).unwrap(), c.code());
        }
        assert_eq!(Category::parse(" TCM "), Some(Category::Tcm));
        assert_eq!(Category::parse("drug"), None);
    }
}
