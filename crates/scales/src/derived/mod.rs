//! Figures derived from assessments, each with a citation key and, when it cannot be
//! worked out, a language-neutral reason. Calm by design: nothing here predicts.

mod rate;
mod reversal;
mod staging;
mod trend;

pub use rate::{delta_fs, DeltaFs, ProgressionBand, DAYS_PER_MONTH};
pub use reversal::{reversal, ReversalCheck, ReversalEpisode, ReversalWindow, MIN_GAIN};
pub use staging::{kings, mitos, Kings, KingsStage, Mitos};
pub use trend::{trend, Trend};

use crate::assessment::{Assessment, FilledBy, RecordId, Subscores};
use crate::date::Date;
use crate::history::History;
use serde::Serialize;

/// A figure's value, or why there is none.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Figure<T> {
    Defined { value: T },
    Undefined { reason: Reason },
}

impl<T> Figure<T> {
    pub fn value(&self) -> Option<&T> {
        match self {
            Figure::Defined { value } => Some(value),
            Figure::Undefined { .. } => None,
        }
    }

    pub fn reason(&self) -> Option<Reason> {
        match self {
            Figure::Defined { .. } => None,
            Figure::Undefined { reason } => Some(*reason),
        }
    }

    pub(crate) fn defined(value: T) -> Figure<T> {
        Figure::Defined { value }
    }

    pub(crate) fn undefined(reason: Reason) -> Figure<T> {
        Figure::Undefined { reason }
    }
}

/// Why a figure is undefined. Worded in `data/scales/alsfrs-r.json` (`reasons`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// ΔFS: no onset date stored.
    NoOnsetDate,
    /// ΔFS: onset after the assessment date.
    OnsetAfterAssessment,
    /// ΔFS: onset on the assessment date (zero months: no rate).
    OnsetSameDay,
    /// Change: the first assessment.
    NoPreviousAssessment,
    /// Trend: fewer than 3 assessments; reversal: fewer than 2.
    TooFewAssessments,
    /// Trend: every assessment on the same day.
    NoTimeSpan,
    /// Reversal: the history spans less than the window (6 or 12 months).
    HistoryTooShort,
}

impl Reason {
    pub const ALL: [Reason; 7] = [
        Reason::NoOnsetDate,
        Reason::OnsetAfterAssessment,
        Reason::OnsetSameDay,
        Reason::NoPreviousAssessment,
        Reason::TooFewAssessments,
        Reason::NoTimeSpan,
        Reason::HistoryTooShort,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::NoOnsetDate => "no_onset_date",
            Reason::OnsetAfterAssessment => "onset_after_assessment",
            Reason::OnsetSameDay => "onset_same_day",
            Reason::NoPreviousAssessment => "no_previous_assessment",
            Reason::TooFewAssessments => "too_few_assessments",
            Reason::NoTimeSpan => "no_time_span",
            Reason::HistoryTooShort => "history_too_short",
        }
    }
}

/// Where a figure comes from; full references in the definition's `citations`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum CitationKey {
    #[serde(rename = "cedarbaum1999")]
    Cedarbaum1999,
    #[serde(rename = "kimura2006")]
    Kimura2006,
    #[serde(rename = "balendra2014")]
    Balendra2014,
    #[serde(rename = "chio2015")]
    Chio2015,
    #[serde(rename = "bedlack2016")]
    Bedlack2016,
    /// The project notes, section 2.3 (the international reversal definition).
    #[serde(rename = "notes_2_3")]
    Notes2_3,
}

impl CitationKey {
    pub const ALL: [CitationKey; 6] = [
        CitationKey::Cedarbaum1999,
        CitationKey::Kimura2006,
        CitationKey::Balendra2014,
        CitationKey::Chio2015,
        CitationKey::Bedlack2016,
        CitationKey::Notes2_3,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CitationKey::Cedarbaum1999 => "cedarbaum1999",
            CitationKey::Kimura2006 => "kimura2006",
            CitationKey::Balendra2014 => "balendra2014",
            CitationKey::Chio2015 => "chio2015",
            CitationKey::Bedlack2016 => "bedlack2016",
            CitationKey::Notes2_3 => "notes_2_3",
        }
    }
}

/// Every figure the app shows; title and explanation live in the definition data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKey {
    Total,
    Subdomains,
    Change,
    DeltaFs,
    Kings,
    Mitos,
    #[serde(rename = "reversal_6m")]
    Reversal6m,
    #[serde(rename = "reversal_12m")]
    Reversal12m,
    Trend,
}

impl FigureKey {
    pub const ALL: [FigureKey; 9] = [
        FigureKey::Total,
        FigureKey::Subdomains,
        FigureKey::Change,
        FigureKey::DeltaFs,
        FigureKey::Kings,
        FigureKey::Mitos,
        FigureKey::Reversal6m,
        FigureKey::Reversal12m,
        FigureKey::Trend,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FigureKey::Total => "total",
            FigureKey::Subdomains => "subdomains",
            FigureKey::Change => "change",
            FigureKey::DeltaFs => "delta_fs",
            FigureKey::Kings => "kings",
            FigureKey::Mitos => "mitos",
            FigureKey::Reversal6m => "reversal_6m",
            FigureKey::Reversal12m => "reversal_12m",
            FigureKey::Trend => "trend",
        }
    }

    pub fn citation(self) -> CitationKey {
        match self {
            FigureKey::Total | FigureKey::Subdomains | FigureKey::Change | FigureKey::Trend => {
                CitationKey::Cedarbaum1999
            }
            FigureKey::DeltaFs => CitationKey::Kimura2006,
            FigureKey::Kings => CitationKey::Balendra2014,
            FigureKey::Mitos => CitationKey::Chio2015,
            FigureKey::Reversal6m => CitationKey::Notes2_3,
            FigureKey::Reversal12m => CitationKey::Bedlack2016,
        }
    }
}

/// Change from the previous assessment to this one (this minus previous).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub previous_id: RecordId,
    pub previous_date: Date,
    pub days: i64,
    pub total: i16,
    pub bulbar: i16,
    pub fine_motor: i16,
    pub gross_motor: i16,
    pub respiratory: i16,
    /// One of the two answered 5a and the other 5b: item 5 is left out of `total` and
    /// `fine_motor` (two different questions cannot be compared).
    pub item_5_left_out: bool,
}

/// True when the list holds both versions of item 5 (5a and 5b).
pub fn mixes_item_5(list: &[&Assessment]) -> bool {
    list.iter().any(|a| a.gastrostomy) && list.iter().any(|a| !a.gastrostomy)
}

/// The change from `previous` to `current`; item 5 is left out across a switch between
/// 5a and 5b.
pub fn change(previous: &Assessment, current: &Assessment) -> Change {
    let without = previous.gastrostomy != current.gastrostomy;
    let ((pt, p), (ct, c)) = (previous.comparable(without), current.comparable(without));
    let d = |a: u8, b: u8| i16::from(b) - i16::from(a);
    Change {
        previous_id: previous.id.clone(),
        previous_date: previous.date,
        days: previous.date.days_until(current.date),
        total: d(pt, ct),
        bulbar: d(p.bulbar, c.bulbar),
        fine_motor: d(p.fine_motor, c.fine_motor),
        gross_motor: d(p.gross_motor, c.gross_motor),
        respiratory: d(p.respiratory, c.respiratory),
        item_5_left_out: without,
    }
}

/// Every figure of one assessment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AssessmentFigures {
    pub id: RecordId,
    pub date: Date,
    pub filled_by: FilledBy,
    pub total: u8,
    pub subscores: Subscores,
    pub change: Figure<Change>,
    pub delta_fs: Figure<DeltaFs>,
    pub kings: Kings,
    pub mitos: Mitos,
}

/// Every figure of a history: one entry per assessment in chronological order, then the
/// figures of the history as a whole.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub onset: Option<Date>,
    pub assessments: Vec<AssessmentFigures>,
    pub trend: Figure<Trend>,
    pub reversal_6m: Figure<ReversalCheck>,
    pub reversal_12m: Figure<ReversalCheck>,
}

/// Works out every figure for a history.
pub fn summarize(history: &History) -> Summary {
    let list = history.assessments();
    let onset = history.person().onset;
    let assessments = list
        .iter()
        .enumerate()
        .map(|(i, a)| AssessmentFigures {
            id: a.id.clone(),
            date: a.date,
            filled_by: a.filled_by,
            total: a.total(),
            subscores: a.subscores(),
            change: match i.checked_sub(1).and_then(|p| list.get(p)) {
                Some(prev) => Figure::defined(change(prev, a)),
                None => Figure::undefined(Reason::NoPreviousAssessment),
            },
            delta_fs: delta_fs(a, onset),
            kings: kings(a),
            mitos: mitos(a),
        })
        .collect();
    Summary {
        onset,
        assessments,
        trend: trend(&list),
        reversal_6m: reversal(&list, ReversalWindow::SixMonths),
        reversal_12m: reversal(&list, ReversalWindow::TwelveMonths),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::tests::uniform;
    use crate::assessment::Stamp;

    #[test]
    fn change_since_previous() {
        let a = uniform("a", "2024-01-01", 4);
        let mut b = uniform("b", "2024-02-01", 4);
        b.items.set(1, crate::Score::new(2).unwrap());
        b.items.set(10, crate::Score::new(3).unwrap());
        let c = change(&a, &b);
        assert_eq!((c.days, c.total, c.bulbar, c.respiratory), (31, -3, -2, -1));
        assert_eq!((c.fine_motor, c.gross_motor), (0, 0));
    }

    #[test]
    fn summary_orders_and_flags_first() {
        let mut h = History::new();
        h.upsert(uniform("late", "2024-03-01", 3)).unwrap();
        h.upsert(uniform("early", "2024-01-01", 4)).unwrap();
        h.set_onset(Date::parse("2023-01-01").ok(), Stamp(5))
            .unwrap();
        let s = summarize(&h);
        assert_eq!(s.assessments[0].id.as_str(), "early");
        assert_eq!(
            s.assessments[0].change.reason(),
            Some(Reason::NoPreviousAssessment)
        );
        assert_eq!(s.assessments[1].change.value().unwrap().total, -12);
        assert!(s.assessments[1].delta_fs.value().is_some());
        assert_eq!(s.trend.reason(), Some(Reason::TooFewAssessments));
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["assessments"][0]["change"]["status"], "undefined");
        assert_eq!(
            json["assessments"][0]["change"]["reason"],
            "no_previous_assessment"
        );
    }
}
