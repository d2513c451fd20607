//! Property tests: totals and ranges, stage rules, merge laws, export/import and storage
//! round trips over random histories (assessments and timeline records).

use proptest::prelude::*;
use scales::import::{self, ConflictChoice};
use scales::timeline::TimelineTombstone;
use scales::{
    delta_fs, export_csv, export_json, export_timeline_csv, kings, mitos, reversal, storage, trend,
    Assessment, Category, Date, FilledBy, History, ImportOptions, Intervention, InterventionName,
    Items, KingsStage, Measurement, MeasurementKind, Milestone, MilestoneKind, Person, Record,
    RecordId, RecordKind, ReversalWindow, Slot, Stamp, Subdomain, Timeline, TimelineRecord,
    Tombstone,
};

fn date_in(from: &str, days: i64) -> Date {
    let start = Date::parse(from).unwrap().days_since_epoch();
    Date::from_days_since_epoch(start + days).unwrap()
}

fn arb_notes() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "\\PC{0,30}",
        "[=+@'\\- ]{1,3}[a-z 中文]{0,10}",
        "[a-z\",;\n\r\t ]{0,20}",
    ]
}

prop_compose! {
    fn arb_assessment(ids: usize)(
        id in 0..ids,
        day in 0i64..6000,
        filled_by in prop::sample::select(FilledBy::ALL.to_vec()),
        gastrostomy in any::<bool>(),
        values in prop::array::uniform12(0u8..=4),
        notes in arb_notes(),
        modified in 0u64..50,
    ) -> Assessment {
        Assessment {
            id: RecordId::new(format!("r{id}")).unwrap(),
            date: date_in("2005-01-01", day),
            filled_by,
            gastrostomy,
            items: Items::from_values(values).unwrap(),
            notes,
            modified: Stamp(modified),
        }
    }
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), arb_notes()]
}

prop_compose! {
    fn arb_intervention()(
        id in 0..6usize,
        catalogue in prop::option::of(prop::sample::select(vec!["tofersen", "coenzyme-q10"])),
        name in "[a-zA-Z中文=+-][a-z 中文,\"]{0,12}",
        category in prop::sample::select(Category::ALL.to_vec()),
        dose in arb_text(),
        frequency in "[a-z 0-9次]{0,8}",
        start in 0i64..4000,
        length in prop::option::of(0i64..400),
        notes in arb_notes(),
        modified in 0u64..50,
    ) -> TimelineRecord {
        TimelineRecord::Intervention(Intervention {
            id: RecordId::new(format!("t{id}")).unwrap(),
            name: match catalogue {
                Some(c) => InterventionName::Catalogue(RecordId::new(c).unwrap()),
                None => InterventionName::Free(name),
            },
            category,
            dose,
            frequency,
            start: date_in("2005-01-01", start),
            stop: length.map(|l| date_in("2005-01-01", start + l)),
            notes,
            modified: Stamp(modified),
        })
    }
}

prop_compose! {
    fn arb_measurement()(
        id in 0..6usize,
        day in 0i64..6000,
        kind in prop::sample::select(MeasurementKind::ALL.to_vec()),
        fraction in 0.0001f64..=1.0,
        unit_index in 0usize..8,
        notes in arb_notes(),
        modified in 0u64..50,
    ) -> TimelineRecord {
        // A value inside the range, in one of the kind's accepted units.
        let range = kind.range();
        let canonical = range.max * fraction;
        let canonical = if range.contains(canonical) { canonical } else { range.max };
        let units = kind.units();
        let (unit, factor) = units[unit_index % units.len()];
        let mut m = Measurement::new(
            RecordId::new(format!("m{id}")).unwrap(),
            date_in("2005-01-01", day),
            kind,
            canonical / factor,
            unit,
            Stamp(modified),
        )
        .or_else(|_| Measurement::new(
            RecordId::new(format!("m{id}")).unwrap(),
            date_in("2005-01-01", day),
            kind,
            range.max,
            "",
            Stamp(modified),
        ))
        .unwrap();
        m.notes = notes;
        TimelineRecord::Measurement(m)
    }
}

prop_compose! {
    fn arb_milestone()(
        id in 0..4usize,
        day in 0i64..6000,
        kind in prop::sample::select(vec![
            MilestoneKind::Diagnosis, MilestoneKind::Gastrostomy, MilestoneKind::NivStart,
        ]),
        notes in arb_notes(),
        modified in 0u64..50,
    ) -> TimelineRecord {
        TimelineRecord::Milestone(Milestone {
            id: RecordId::new(format!("s{id}")).unwrap(),
            date: date_in("2005-01-01", day),
            kind,
            notes,
            modified: Stamp(modified),
        })
    }
}

prop_compose! {
    fn arb_timeline()(
        records in prop::collection::vec(
            prop_oneof![arb_intervention(), arb_measurement(), arb_milestone()], 0..8),
        deleted in prop::collection::vec(
            (prop::sample::select(RecordKind::ALL.to_vec()), 0usize..6, 0u64..50), 0..4),
    ) -> Timeline {
        let tombstones = deleted.into_iter().map(|(record, i, s)| {
            let prefix = match record {
                RecordKind::Intervention => "t",
                RecordKind::Measurement => "m",
                RecordKind::Milestone => "s",
            };
            TimelineTombstone {
                record,
                id: RecordId::new(format!("{prefix}{i}")).unwrap(),
                deleted: Stamp(s),
            }
        });
        Timeline::from_parts(records, tombstones)
    }
}

prop_compose! {
    fn arb_history()(
        records in prop::collection::vec(arb_assessment(8), 0..8),
        deleted in prop::collection::vec((0usize..8, 0u64..50), 0..4),
        onset in prop::option::of(0i64..3000),
        onset_stamp in 0u64..50,
        timeline in arb_timeline(),
    ) -> History {
        let tombstones = deleted.into_iter().map(|(i, s)| Tombstone {
            id: RecordId::new(format!("r{i}")).unwrap(),
            deleted: Stamp(s),
        });
        let person = Person {
            onset: onset.map(|d| date_in("2000-01-01", d)),
            modified: Stamp(onset_stamp),
        };
        History::from_parts(person, records, tombstones).with_timeline(timeline)
    }
}

/// Every live timeline record of a history.
fn timeline_records(h: &History) -> Vec<TimelineRecord> {
    let t = h.timeline();
    let mut out: Vec<TimelineRecord> = Vec::new();
    out.extend(
        t.interventions()
            .into_iter()
            .cloned()
            .map(TimelineRecord::Intervention),
    );
    out.extend(
        t.measurements()
            .into_iter()
            .cloned()
            .map(TimelineRecord::Measurement),
    );
    out.extend(
        t.milestones()
            .into_iter()
            .cloned()
            .map(TimelineRecord::Milestone),
    );
    out
}

fn opts() -> ImportOptions {
    ImportOptions {
        now: Stamp(10_000),
        today: None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn totals_and_subscores_stay_in_range(a in arb_assessment(1)) {
        let total = a.total();
        prop_assert!(total <= 48);
        prop_assert_eq!(u32::from(total), a.items.values().iter().map(|&v| u32::from(v)).sum::<u32>());
        let s = a.subscores();
        let parts: Vec<u8> = Subdomain::ALL.iter().map(|&d| s.get(d)).collect();
        prop_assert!(parts.iter().all(|&p| p <= 12));
        prop_assert_eq!(parts.iter().map(|&p| u32::from(p)).sum::<u32>(), u32::from(total));
    }

    #[test]
    fn stages_follow_their_rules(a in arb_assessment(1)) {
        let m = mitos(&a);
        prop_assert!(m.stage <= 4);
        prop_assert_eq!(m.communicating, a.item(1) <= 1 && a.item(4) <= 1);
        let k = kings(&a);
        let respiratory = a.item(10) == 0 || a.item(12) < 4;
        prop_assert_eq!(k.stage == KingsStage::Stage4B, respiratory);
        prop_assert_eq!(k.stage == KingsStage::Stage4A, !respiratory && a.gastrostomy);
        prop_assert!(k.regions <= 3);
        if a.total() == 48 {
            prop_assert_eq!(k.stage, KingsStage::NoRegionInvolved);
            prop_assert_eq!(m.stage, 0);
        }
    }

    #[test]
    fn delta_fs_is_defined_only_after_onset(a in arb_assessment(1), onset_day in 0i64..8000) {
        let onset = date_in("2000-01-01", onset_day);
        let f = delta_fs(&a, Some(onset));
        prop_assert_eq!(f.value().is_some(), onset < a.date);
        if let Some(d) = f.value() {
            prop_assert!(d.points_per_month >= 0.0 && d.points_per_month.is_finite());
        }
    }

    #[test]
    fn steady_decline_is_never_a_reversal(
        steps in prop::collection::vec((1i64..120, 0u8..=2, 0usize..12), 2..20)
    ) {
        let mut values = [4u8; 12];
        let mut day = 0;
        let mut list = Vec::new();
        for (i, (gap, drop, item)) in steps.into_iter().enumerate() {
            day += gap;
            values[item] = values[item].saturating_sub(drop);
            list.push(Assessment {
                id: RecordId::new(format!("d{i}")).unwrap(),
                date: date_in("2020-01-01", day),
                filled_by: FilledBy::Self_,
                gastrostomy: false,
                items: Items::from_values(values).unwrap(),
                notes: String::new(),
                modified: Stamp(0),
            });
        }
        let refs: Vec<&Assessment> = list.iter().collect();
        for w in [ReversalWindow::SixMonths, ReversalWindow::TwelveMonths] {
            if let Some(check) = reversal(&refs, w).value() {
                prop_assert!(!check.found());
            }
        }
        if let Some(t) = trend(&refs).value() {
            prop_assert!(t.slope_per_month <= 1e-9);
        }
    }

    #[test]
    fn merge_is_commutative_associative_idempotent(
        a in arb_history(), b in arb_history(), c in arb_history()
    ) {
        prop_assert_eq!(a.merge(&b), b.merge(&a));
        prop_assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)));
        prop_assert_eq!(a.merge(&a), a.clone());
        // Nothing is lost: every id of either copy is in the merge, as record or tombstone.
        let m = a.merge(&b);
        for h in [&a, &b] {
            for r in h.assessments() {
                let kept = m.slot(&r.id).unwrap();
                prop_assert!(kept.stamp() >= r.modified);
            }
            for r in timeline_records(h) {
                let kept = m.timeline().slot(r.kind(), r.id()).unwrap();
                prop_assert!(kept.stamp() >= r.modified());
            }
        }
    }

    #[test]
    fn export_then_import_gives_identical_records(h in arb_history()) {
        prop_assume!(!h.is_empty() || !h.timeline().is_empty());
        if !h.timeline().is_empty() {
            let text = export_timeline_csv(&h);
            let incoming = import::parse_csv(&text, opts())
                .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
            let back = import::apply(&History::new(), &incoming, ConflictChoice::KeepExisting);
            prop_assert_eq!(timeline_records(&back), timeline_records(&h));
        }
        let json = import::parse_json(&export_json(&h), opts())
            .map_err(|e| TestCaseError::fail(format!("{e}")))?;
        let back = import::apply(&History::new(), &json, ConflictChoice::KeepExisting);
        prop_assert_eq!(timeline_records(&back), timeline_records(&h));
        prop_assume!(!h.is_empty());
        for (text, is_json) in [(export_csv(&h), false), (export_json(&h), true)] {
            let incoming = if is_json {
                import::parse_json(&text, opts())
            } else {
                import::parse_csv(&text, opts())
            };
            let incoming = incoming.map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
            let back = import::apply(&History::new(), &incoming, ConflictChoice::KeepExisting);
            prop_assert_eq!(back.assessments(), h.assessments());
            prop_assert_eq!(back.person().onset, h.person().onset);
        }
    }

    #[test]
    fn storage_round_trips_everything(h in arb_history()) {
        prop_assert_eq!(storage::load(&storage::save(&h)).unwrap(), h);
    }

    #[test]
    fn import_never_loses_an_existing_record(h in arb_history(), file in arb_history(), take in any::<bool>()) {
        prop_assume!(!file.is_empty() || !file.timeline().is_empty());
        let incoming = import::parse_json(&export_json(&file), opts()).unwrap();
        let choice = if take { ConflictChoice::UseImported } else { ConflictChoice::KeepExisting };
        let before = h.clone();
        let after = import::apply(&h, &incoming, choice);
        prop_assert_eq!(&h, &before);
        // Every stored id is still there, and the result already wins over the old copy.
        for a in h.assessments() {
            prop_assert!(after.get(&a.id).is_some());
        }
        for r in timeline_records(&h) {
            prop_assert!(matches!(after.timeline().slot(r.kind(), r.id()), Some(Slot::Live(_))));
        }
        let merged = before.merge(&after);
        prop_assert_eq!(merged.assessments(), after.assessments());
        prop_assert_eq!(merged.timeline(), after.timeline());
        let p = import::preview(&h, &incoming);
        prop_assert_eq!(
            p.added + p.updated + p.unchanged + p.conflicting,
            file.len() + file.timeline().len()
        );
    }
}
