//! The form's draft, pure and tested natively: what has been answered so far, which
//! step is open, and the checks that turn a finished draft into an [`Assessment`].
//! The draft is saved on every change, so a reload or a closed tab loses nothing.

use scales::{Assessment, Date, FilledBy, Items, Problem, RecordId, Stamp};
use serde::{Deserialize, Serialize};

/// Step 0 asks the date, who fills the form and about a gastrostomy; steps 1–12 are
/// the questions; the last step is the review before saving.
pub const DETAILS: u8 = 0;
pub const REVIEW: u8 = 13;
const DRAFT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub version: u32,
    /// The id of the saved assessment being changed, if any.
    pub editing: Option<String>,
    /// As typed (`YYYY-MM-DD` from the date field).
    pub date: String,
    pub filled_by: Option<FilledByCode>,
    pub gastrostomy: Option<bool>,
    pub answers: [Option<u8>; 12],
    pub notes: String,
    pub step: u8,
}

/// Who fills the form, as stored in the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FilledByCode {
    Self_,
    Caregiver,
    Clinician,
}

impl FilledByCode {
    pub const ALL: [FilledByCode; 3] = [Self::Self_, Self::Caregiver, Self::Clinician];

    pub fn to_scales(self) -> FilledBy {
        match self {
            Self::Self_ => FilledBy::Self_,
            Self::Caregiver => FilledBy::Caregiver,
            Self::Clinician => FilledBy::Clinician,
        }
    }

    pub fn from_scales(f: FilledBy) -> FilledByCode {
        match f {
            FilledBy::Self_ => Self::Self_,
            FilledBy::Caregiver => Self::Caregiver,
            FilledBy::Clinician => Self::Clinician,
        }
    }
}

/// Why a draft cannot be saved yet. Each one names the step that fixes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Date(Problem),
    FilledBy,
    Gastrostomy,
    Answer(u8),
    NotesTooLong,
}

impl Missing {
    pub fn step(self) -> u8 {
        match self {
            Missing::Answer(n) => n,
            Missing::NotesTooLong => REVIEW,
            _ => DETAILS,
        }
    }
}

impl Draft {
    pub fn new(today: Date) -> Draft {
        Draft {
            version: DRAFT_VERSION,
            editing: None,
            date: today.to_string(),
            filled_by: None,
            gastrostomy: None,
            answers: [None; 12],
            notes: String::new(),
            step: DETAILS,
        }
    }

    /// A draft holding a saved assessment, opened at the review step.
    pub fn editing(a: &Assessment) -> Draft {
        let values = a.items.values();
        Draft {
            version: DRAFT_VERSION,
            editing: Some(a.id.as_str().to_string()),
            date: a.date.to_string(),
            filled_by: Some(FilledByCode::from_scales(a.filled_by)),
            gastrostomy: Some(a.gastrostomy),
            answers: values.map(Some),
            notes: a.notes.clone(),
            step: REVIEW,
        }
    }

    /// A stored draft of this version, or nothing (an old or damaged draft is dropped).
    pub fn from_stored(d: Draft) -> Option<Draft> {
        (d.version == DRAFT_VERSION && d.step <= REVIEW).then_some(d)
    }

    /// True when nothing has been entered beyond the defaults.
    pub fn is_blank(&self) -> bool {
        self.editing.is_none()
            && self.filled_by.is_none()
            && self.gastrostomy.is_none()
            && self.answers.iter().all(Option::is_none)
            && self.notes.is_empty()
    }

    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    pub fn answer(&self, item: u8) -> Option<u8> {
        self.answers
            .get(usize::from(item).wrapping_sub(1))
            .copied()?
    }

    /// Records a score (0–4) for question 1–12; anything else is ignored.
    pub fn set_answer(&mut self, item: u8, score: u8) {
        if score <= 4 {
            if let Some(slot) = self.answers.get_mut(usize::from(item).wrapping_sub(1)) {
                *slot = Some(score);
            }
        }
    }

    /// Records the gastrostomy answer. When it switches item 5 between 5a and 5b, the
    /// old item-5 score is dropped: the two are different questions, so item 5 must be
    /// asked again rather than carry a score over.
    pub fn set_gastrostomy(&mut self, tube: bool) {
        if item_key(5, self.gastrostomy) != item_key(5, Some(tube)) {
            self.answers[4] = None;
        }
        self.gastrostomy = Some(tube);
    }

    /// The step after this one; the review comes after question 12.
    pub fn next_step(&self) -> u8 {
        (self.step + 1).min(REVIEW)
    }

    pub fn previous_step(&self) -> u8 {
        self.step.saturating_sub(1)
    }

    /// Everything still missing, in the order of the form.
    pub fn missing(&self, today: Date) -> Vec<Missing> {
        let mut out = Vec::new();
        match Date::parse(self.date.trim()) {
            Err(e) => out.push(Missing::Date(e.into())),
            Ok(d) => out.extend(scales::assessment::check_date(d, Some(today)).map(Missing::Date)),
        }
        if self.filled_by.is_none() {
            out.push(Missing::FilledBy);
        }
        if self.gastrostomy.is_none() {
            out.push(Missing::Gastrostomy);
        }
        out.extend(
            (1..=12u8)
                .filter(|&n| self.answer(n).is_none())
                .map(Missing::Answer),
        );
        if self.notes.chars().count() > scales::assessment::MAX_NOTES_CHARS {
            out.push(Missing::NotesTooLong);
        }
        out
    }

    /// The assessment to save, or what is missing.
    pub fn finish(
        &self,
        id: RecordId,
        stamp: Stamp,
        today: Date,
    ) -> Result<Assessment, Vec<Missing>> {
        let missing = self.missing(today);
        if !missing.is_empty() {
            return Err(missing);
        }
        let values = self.answers.map(|a| a.unwrap_or(0));
        let (Ok(date), Some(filled_by), Some(gastrostomy), Some(items)) = (
            Date::parse(self.date.trim()),
            self.filled_by,
            self.gastrostomy,
            Items::from_values(values),
        ) else {
            return Err(vec![Missing::FilledBy]);
        };
        Ok(Assessment {
            id,
            date,
            filled_by: filled_by.to_scales(),
            gastrostomy,
            items,
            notes: self.notes.clone(),
            modified: stamp,
        })
    }
}

/// The key of question `n` in the scale definition: `5a` or `5b` by the gastrostomy
/// answer (5a until it is given), the number otherwise.
pub fn item_key(n: u8, gastrostomy: Option<bool>) -> String {
    match (n, gastrostomy) {
        (5, Some(true)) => "5b".to_string(),
        (5, _) => "5a".to_string(),
        _ => n.to_string(),
    }
}

/// The date `by` days from `date` (as typed; today when it is not a date), never after
/// `today`; `by == 0` gives today.
pub fn step_date(date: &str, by: i64, today: Date) -> String {
    let from = match Date::parse(date.trim()) {
        Ok(d) if by != 0 => d,
        _ => return today.to_string(),
    };
    Date::from_days_since_epoch(from.days_since_epoch() + by)
        .filter(|d| *d <= today)
        .unwrap_or(today)
        .to_string()
}

/// A score typed on the keyboard: the digits 0–4 (main row or keypad).
pub fn score_for_key(key: &str) -> Option<u8> {
    match key {
        "0" | "1" | "2" | "3" | "4" => key.parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
