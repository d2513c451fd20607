//! Writing the JSON envelope, fields in a fixed, readable order (items 1 to 12).

use super::schema::{CURRENT_SCHEMA, FORMAT};
use super::timeline_write::{self as timeline_json, TimelineOut};
use crate::assessment::{Assessment, FilledBy, Stamp};
use crate::date::Date;
use crate::history::History;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

struct ItemsOut<'a>(&'a Assessment);

impl Serialize for ItemsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.0;
        let mut map = s.serialize_map(Some(12))?;
        for n in 1..=12u8 {
            let key = match n {
                5 if a.gastrostomy => "5b".to_string(),
                5 => "5a".to_string(),
                n => n.to_string(),
            };
            map.serialize_entry(&key, &a.item(n))?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct RecordOut<'a> {
    id: &'a str,
    date: Date,
    filled_by: FilledBy,
    gastrostomy: bool,
    items: ItemsOut<'a>,
    notes: &'a str,
    modified: Stamp,
}

#[derive(Serialize)]
struct PersonOut {
    onset: Option<Date>,
    modified: Stamp,
}

#[derive(Serialize)]
struct TombstoneOut<'a> {
    id: &'a str,
    deleted: Stamp,
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    schema: u32,
    person: PersonOut,
    assessments: Vec<RecordOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tombstones: Option<Vec<TombstoneOut<'a>>>,
    timeline: TimelineOut<'a>,
}

/// The envelope as pretty JSON; with tombstones for storage, without for export.
pub(crate) fn write(history: &History, with_tombstones: bool) -> String {
    let person = history.person();
    let tombstones = history.tombstones();
    let timeline_tombstones = history.timeline().tombstones();
    let out = EnvelopeOut {
        format: FORMAT,
        schema: CURRENT_SCHEMA,
        person: PersonOut {
            onset: person.onset,
            modified: person.modified,
        },
        assessments: history
            .assessments()
            .into_iter()
            .map(|a| RecordOut {
                id: a.id.as_str(),
                date: a.date,
                filled_by: a.filled_by,
                gastrostomy: a.gastrostomy,
                items: ItemsOut(a),
                notes: &a.notes,
                modified: a.modified,
            })
            .collect(),
        tombstones: with_tombstones.then(|| {
            tombstones
                .iter()
                .map(|t| TombstoneOut {
                    id: t.id.as_str(),
                    deleted: t.deleted,
                })
                .collect()
        }),
        timeline: timeline_json::write(history.timeline(), &timeline_tombstones, with_tombstones),
    };
    // Serialising these plain structs to a String cannot fail; fall back to an empty
    // object rather than panic.
    serde_json::to_string_pretty(&out).unwrap_or_else(|_| String::from("{}"))
}

/// Export: the current envelope (timeline included) without tombstones.
pub fn export_json(history: &History) -> String {
    write(history, false)
}
