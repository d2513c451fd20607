//! The milestones of a person's course: the one view that reads each fact from where it
//! is kept.
//!
//! Nothing is stored twice:
//! * **Onset** is the person's onset date ([`crate::Person`], asked with the assessment).
//!   A milestone record can never hold it ([`crate::error::Problem::OnsetInTimeline`]).
//! * **Gastrostomy**: a recorded gastrostomy milestone, when there is one. Otherwise it is
//!   derived from the assessments: the date of the first assessment answered with item 5b
//!   (5b is for people with a gastrostomy), read as "by this date" — the gastrostomy was
//!   on that day or before it ([`MilestoneSource::FirstAssessmentWith5b`]).
//! * **Diagnosis** and **start of non-invasive ventilation** exist only as records.

use super::milestone::MilestoneKind;
use crate::date::Date;
use crate::history::History;
use crate::ids::RecordId;
use serde::Serialize;

/// Where a milestone of the view comes from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum MilestoneSource {
    /// The person's onset date.
    PersonOnset,
    /// A milestone record.
    Recorded { id: RecordId },
    /// No gastrostomy recorded: the first assessment answered with 5b; the date means
    /// "on or before".
    FirstAssessmentWith5b { assessment: RecordId },
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct MilestoneView {
    pub date: Date,
    pub kind: MilestoneKind,
    #[serde(flatten)]
    pub source: MilestoneSource,
}

/// Every milestone of the course, by date (then kind): onset from the person, the
/// recorded ones, and a gastrostomy derived from the assessments when none is recorded.
pub fn milestones(history: &History) -> Vec<MilestoneView> {
    let mut out: Vec<MilestoneView> = Vec::new();
    if let Some(onset) = history.person().onset {
        out.push(MilestoneView {
            date: onset,
            kind: MilestoneKind::Onset,
            source: MilestoneSource::PersonOnset,
        });
    }
    let recorded = history.timeline().milestones();
    out.extend(recorded.iter().map(|m| MilestoneView {
        date: m.date,
        kind: m.kind,
        source: MilestoneSource::Recorded { id: m.id.clone() },
    }));
    if !recorded
        .iter()
        .any(|m| m.kind == MilestoneKind::Gastrostomy)
    {
        let first = history.assessments().into_iter().find(|a| a.gastrostomy);
        out.extend(first.map(|a| MilestoneView {
            date: a.date,
            kind: MilestoneKind::Gastrostomy,
            source: MilestoneSource::FirstAssessmentWith5b {
                assessment: a.id.clone(),
            },
        }));
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::tests::uniform;
    use crate::assessment::{Person, Stamp};
    use crate::error::Problem;
    use crate::timeline::milestone::Milestone;

    fn id(s: &str) -> RecordId {
        RecordId::new(s).unwrap()
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    pub(crate) fn milestone(name: &str, date: &str, kind: MilestoneKind) -> Milestone {
        Milestone {
            id: id(name),
            date: d(date),
            kind,
            notes: String::new(),
            modified: Stamp(1),
        }
    }

    #[test]
    fn onset_is_read_from_the_person_and_never_recorded() {
        assert_eq!(
            MilestoneKind::parse_recordable(" Onset"),
            Err(Problem::OnsetInTimeline)
        );
        assert_eq!(
            MilestoneKind::parse_recordable("NIV_start"),
            Ok(MilestoneKind::NivStart)
        );
        assert_eq!(
            MilestoneKind::parse_recordable("peg"),
            Err(Problem::InvalidMilestoneKind)
        );
        let m = milestone("m", "2024-01-01", MilestoneKind::Onset);
        assert_eq!(m.validate(None), [("kind", Problem::OnsetInTimeline)]);
        let mut h = History::new();
        assert!(h.upsert_milestone(m).is_err());
        h.set_onset(Some(d("2023-02-01")), Stamp(1)).unwrap();
        assert_eq!(
            milestones(&h),
            [MilestoneView {
                date: d("2023-02-01"),
                kind: MilestoneKind::Onset,
                source: MilestoneSource::PersonOnset
            }]
        );
    }

    #[test]
    fn gastrostomy_is_derived_from_5b_unless_recorded() {
        let mut a = uniform("a", "2024-01-01", 4);
        let mut b = uniform("b", "2024-03-01", 3);
        b.gastrostomy = true;
        let mut c = uniform("c", "2024-05-01", 3);
        c.gastrostomy = true;
        a.gastrostomy = false;
        let mut h = History::from_parts(Person::default(), [c, b, a], []);
        let g = milestones(&h);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].date, d("2024-03-01"));
        assert_eq!(
            g[0].source,
            MilestoneSource::FirstAssessmentWith5b {
                assessment: id("b")
            }
        );
        // A recorded date wins (it is more exact than "by this assessment").
        h.upsert_milestone(milestone("g", "2024-02-10", MilestoneKind::Gastrostomy))
            .unwrap();
        h.upsert_milestone(milestone("n", "2023-12-01", MilestoneKind::NivStart))
            .unwrap();
        let kinds: Vec<(Date, MilestoneKind)> =
            milestones(&h).iter().map(|m| (m.date, m.kind)).collect();
        assert_eq!(
            kinds,
            [
                (d("2023-12-01"), MilestoneKind::NivStart),
                (d("2024-02-10"), MilestoneKind::Gastrostomy)
            ]
        );
    }
}
