//! Writing the `timeline` object of the JSON envelope (see `timeline.rs` for its shape),
//! fields in a fixed, readable order.

use crate::assessment::Stamp;
use crate::date::Date;
use crate::timeline::intervention::InterventionName;
use crate::timeline::ledgers::Timeline;
use crate::timeline::record::TimelineTombstone;
use serde::Serialize;

#[derive(Serialize)]
struct InterventionOut<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    treatment: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    category: &'static str,
    dose: &'a str,
    frequency: &'a str,
    start: Date,
    stop: Option<Date>,
    notes: &'a str,
    modified: Stamp,
}

#[derive(Serialize)]
struct MeasurementOut<'a> {
    id: &'a str,
    date: Date,
    kind: &'static str,
    value: f64,
    unit: &'static str,
    notes: &'a str,
    modified: Stamp,
}

#[derive(Serialize)]
struct MilestoneOut<'a> {
    id: &'a str,
    date: Date,
    kind: &'static str,
    notes: &'a str,
    modified: Stamp,
}

#[derive(Serialize)]
struct TombstoneOut<'a> {
    record: &'static str,
    id: &'a str,
    deleted: Stamp,
}

#[derive(Serialize)]
pub(crate) struct TimelineOut<'a> {
    interventions: Vec<InterventionOut<'a>>,
    measurements: Vec<MeasurementOut<'a>>,
    milestones: Vec<MilestoneOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tombstones: Option<Vec<TombstoneOut<'a>>>,
}

/// The `timeline` object to write; with tombstones for storage.
pub(crate) fn write<'a>(
    t: &'a Timeline,
    tombstones: &'a [TimelineTombstone],
    with_tombstones: bool,
) -> TimelineOut<'a> {
    let name = |n: &'a InterventionName| match n {
        InterventionName::Catalogue(id) => (Some(id.as_str()), None),
        InterventionName::Free(s) => (None, Some(s.as_str())),
    };
    TimelineOut {
        interventions: t
            .interventions()
            .into_iter()
            .map(|i| {
                let (treatment, name) = name(&i.name);
                InterventionOut {
                    id: i.id.as_str(),
                    treatment,
                    name,
                    category: i.category.code(),
                    dose: &i.dose,
                    frequency: &i.frequency,
                    start: i.start,
                    stop: i.stop,
                    notes: &i.notes,
                    modified: i.modified,
                }
            })
            .collect(),
        measurements: t
            .measurements()
            .into_iter()
            .map(|m| MeasurementOut {
                id: m.id.as_str(),
                date: m.date,
                kind: m.kind.code(),
                value: m.value.get(),
                unit: m.kind.canonical_unit(),
                notes: &m.notes,
                modified: m.modified,
            })
            .collect(),
        milestones: t
            .milestones()
            .into_iter()
            .map(|m| MilestoneOut {
                id: m.id.as_str(),
                date: m.date,
                kind: m.kind.code(),
                notes: &m.notes,
                modified: m.modified,
            })
            .collect(),
        tombstones: with_tombstones.then(|| {
            tombstones
                .iter()
                .map(|ts| TombstoneOut {
                    record: ts.record.code(),
                    id: ts.id.as_str(),
                    deleted: ts.deleted,
                })
                .collect()
        }),
    }
}
