//! Figures derived from assessments, each with a citation key and, when it cannot be
//! worked out, a language-neutral reason. Calm by design: nothing here predicts.

pub(crate) mod change;
pub(crate) mod figure;
pub(crate) mod rate;
mod reversal;
mod staging;
mod trend;

pub use change::{change, mixes_item_5, Change};
pub use figure::{CitationKey, Figure, FigureKey, Reason};
pub use rate::{delta_fs, DeltaFs, ProgressionBand, DAYS_PER_MONTH};
pub use reversal::{reversal, ReversalCheck, ReversalEpisode, ReversalWindow, MIN_GAIN};
pub use staging::{kings, mitos, Kings, KingsStage, Mitos};
pub use trend::{trend, Trend};

use crate::assessment::{FilledBy, RecordId, Subscores};
use crate::date::Date;
use crate::history::History;
use serde::Serialize;

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
