use super::*;
use crate::import::{self, ConflictChoice, ImportOptions};
use crate::timeline::intervention::tests::taking;
use crate::timeline::{Category, Measurement, MeasurementKind, Milestone, MilestoneKind};

fn opts() -> ImportOptions {
    ImportOptions {
        now: Stamp(500),
        today: Date::parse("2025-06-30").ok(),
    }
}

fn id(s: &str) -> RecordId {
    RecordId::new(s).unwrap()
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

pub(crate) fn sample() -> History {
    let mut h = History::new();
    let mut relyvrio = taking("i1", "unused", "2024-01-10", None);
    relyvrio.name = InterventionName::Catalogue(id("relyvrio-amx0035"));
    relyvrio.dose = "-1 sachet, \"as told\"".into();
    relyvrio.frequency = "每日两次".into();
    relyvrio.modified = Stamp(7);
    h.upsert_intervention(relyvrio).unwrap();
    let mut herbs = taking("i2", "=中药 decoction", "2024-02-01", Some("2024-05-01"));
    herbs.category = Category::Tcm;
    herbs.notes = "line one\nline two, with comma".into();
    h.upsert_intervention(herbs).unwrap();
    let w = Measurement::new(
        id("m1"),
        d("2024-03-01"),
        MeasurementKind::Weight,
        150.0,
        "lb",
        Stamp(3),
    )
    .unwrap();
    h.upsert_measurement(w).unwrap();
    let n = Measurement::new(
        id("m2"),
        d("2024-03-01"),
        MeasurementKind::NflSerum,
        0.0421,
        "ng/mL",
        Stamp(4),
    )
    .unwrap();
    h.upsert_measurement(n).unwrap();
    h.upsert_milestone(Milestone {
        id: id("s1"),
        date: d("2023-11-20"),
        kind: MilestoneKind::Diagnosis,
        notes: "'quoted".into(),
        modified: Stamp(9),
    })
    .unwrap();
    h
}

#[test]
fn export_then_import_gives_identical_records() {
    let h = sample();
    let text = export_timeline_csv(&h);
    assert!(text.starts_with("\u{feff}record,id,date,start,stop,treatment,name"));
    let incoming = import::parse_csv(&text, opts()).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(incoming.timeline.len(), 5);
    let back = import::apply(&History::new(), &incoming, ConflictChoice::KeepExisting);
    assert_eq!(back.timeline(), h.timeline());
    let p = import::preview(&back, &incoming);
    assert_eq!((p.unchanged, p.added), (5, 0));
    // JSON carries the timeline too.
    let json = crate::io::export_json(&h);
    let incoming = import::parse_json(&json, opts()).unwrap();
    let back = import::apply(&History::new(), &incoming, ConflictChoice::KeepExisting);
    assert_eq!(back.timeline(), h.timeline());
    let p = import::preview(&History::new(), &incoming);
    assert_eq!((p.added, p.timeline_rows.len()), (5, 5));
}

const HEAD: &str = "record,id,date,start,stop,treatment,name,category,kind,value,unit\n";

fn first_error(body: &str) -> (Option<u32>, Option<String>, Problem) {
    let text = format!("{HEAD}{body}");
    let errs = import::parse_csv(&text, opts()).unwrap_err();
    let e = &errs.errors[0];
    (e.row, e.column.clone(), e.problem)
}

#[test]
fn malformed_rows_are_refused_with_the_right_problem() {
    use MeasurementKind::*;
    let cases: [(&str, &str, Problem); 16] = [
        ("drug,,,,,,,,,,\n", "record", Problem::InvalidRecordType),
        (",x,,,,,,,,,\n", "record", Problem::MissingValue),
        (
            "measurement,,2024-01-01,,,,,,weight,,\n",
            "value",
            Problem::MissingValue,
        ),
        (
            "measurement,,2024-01-01,,,,,,weight,1.5.2,\n",
            "value",
            Problem::NotANumber,
        ),
        (
            "measurement,,2024-01-01,,,,,,weight,70,stone\n",
            "unit",
            Problem::UnknownUnit { measure: Weight },
        ),
        (
            "measurement,,2024-01-01,,,,,,fvc,3.2,L\n",
            "unit",
            Problem::UnknownUnit { measure: Fvc },
        ),
        (
            "measurement,,2024-01-01,,,,,,nfl_csf,100001,\n",
            "value",
            Problem::ValueOutOfRange { measure: NflCsf },
        ),
        (
            "measurement,,2024-01-01,,,,,,height,170,\n",
            "kind",
            Problem::InvalidMeasurementKind,
        ),
        (
            "measurement,,2024-01-01,2024-01-01,,,,,weight,70,\n",
            "start",
            Problem::NotForThisRecord,
        ),
        (
            "milestone,,2024-01-01,,,,,,onset,,\n",
            "kind",
            Problem::OnsetInTimeline,
        ),
        (
            "milestone,,2024-01-01,,,,,,peg,,\n",
            "kind",
            Problem::InvalidMilestoneKind,
        ),
        (
            "milestone,,2030-01-01,,,,,,diagnosis,,\n",
            "date",
            Problem::DateInFuture,
        ),
        (
            "intervention,,,2024-02-01,2024-01-01,,vitamin,,,,\n",
            "stop",
            Problem::StopBeforeStart,
        ),
        (
            "intervention,,,2024-02-01,,tofersen,Tofersen,,,,\n",
            "name",
            Problem::NameBothGiven,
        ),
        (
            "intervention,,,2024-02-01,,,vitamin,drug,,,\n",
            "category",
            Problem::InvalidCategory,
        ),
        (
            "intervention,,,2024-02-31,,,vitamin,,,,\n",
            "start",
            Problem::DateNotReal,
        ),
    ];
    for (body, column, problem) in cases {
        assert_eq!(
            first_error(body),
            (Some(2), Some(column.to_string()), problem),
            "{body}"
        );
    }
}

#[test]
fn hand_made_sheets_get_stable_ids_and_defaults() {
    let body = "intervention,,,2024/2/1,,,维生素 E,,,,\n\
                measurement,,2024-03-01,,,,,,weight,65,公斤\n\
                milestone,,2024-04-01,,,,,,niv_start,,\n";
    let text = format!("{HEAD}{body}");
    let a = import::parse_csv(&text, opts()).unwrap();
    let ids: Vec<&str> = a.timeline.iter().map(|(_, r)| r.id().as_str()).collect();
    assert_eq!(ids[1..], ["2024-03-01-weight", "2024-04-01-niv_start"]);
    assert!(ids[0].starts_with("2024-02-01-") && ids[0].len() == 19);
    let TimelineRecord::Intervention(i) = &a.timeline[0].1 else {
        panic!()
    };
    assert_eq!(i.category, Category::Other);
    // The same sheet again changes nothing; two rows deriving the same id are refused.
    let h = import::apply(&History::new(), &a, ConflictChoice::KeepExisting);
    let again = import::parse_csv(&text, opts()).unwrap();
    assert_eq!(import::preview(&h, &again).unchanged, 3);
    let twice = format!("{HEAD}{body}measurement,,2024-03-01,,,,,,weight,66,kg\n");
    let errs = import::parse_csv(&twice, opts()).unwrap_err();
    let e = &errs.errors[0];
    assert_eq!(
        (e.row, e.problem, e.first_row),
        (Some(5), Problem::DuplicateId, Some(3))
    );
}

#[test]
fn header_is_checked() {
    let errs = import::parse_csv("record,weight\nmeasurement,70\n", opts()).unwrap_err();
    assert_eq!(errs.errors[0].problem, Problem::UnknownColumn);
    let errs = import::parse_csv("record,id\n", opts()).unwrap_err();
    assert_eq!(errs.errors[0].problem, Problem::NoRecords);
    assert!(!is_timeline("date,filled_by\n"));
    assert!(is_timeline("\u{feff}\n Record ,id\n"));
}
