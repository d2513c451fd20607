//! Every malformed file under `tests/fixtures/bad/` is refused with the expected first
//! error (kind, row, column), and the existing history is left exactly as it was. Every
//! file under `tests/fixtures/good/` imports, and export → import gives identical records
//! (assessments and timeline).

use scales::import::{self, ConflictChoice};
use scales::{
    export_csv, export_json, export_timeline_csv, storage, Date, History, ImportErrors,
    ImportOptions, Incoming, Stamp,
};
use std::path::{Path, PathBuf};

fn fixtures(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir)
}

fn options() -> ImportOptions {
    ImportOptions {
        now: Stamp(1_000),
        today: Date::parse("2025-06-30").ok(),
    }
}

fn parse(name: &str, text: &str) -> Result<Incoming, ImportErrors> {
    if name.ends_with(".json") {
        import::parse_json(text, options())
    } else {
        import::parse_csv(text, options())
    }
}

/// Parse, preview and apply, as the app does; the history is only borrowed.
fn import_into(h: &History, name: &str, text: &str) -> Result<History, ImportErrors> {
    let incoming = parse(name, text)?;
    let _preview = import::preview(h, &incoming);
    Ok(import::apply(h, &incoming, ConflictChoice::UseImported))
}

fn existing_history() -> History {
    let text = std::fs::read_to_string(fixtures("good").join("export.csv")).unwrap();
    import_into(&History::new(), "export.csv", &text).unwrap()
}

fn opt(field: &str) -> Option<&str> {
    (field != "-").then_some(field)
}

#[test]
fn every_bad_fixture_is_refused_with_its_row_and_kind() {
    let dir = fixtures("bad");
    let manifest = std::fs::read_to_string(dir.join("expected.tsv")).unwrap();
    let existing = existing_history();
    let stored_before = storage::save(&existing);
    let snapshot = existing.clone();
    let mut listed = Vec::new();
    for line in manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        let [name, kind, row, column, first_row] = f.as_slice() else {
            panic!("bad manifest line {line:?}");
        };
        listed.push(name.to_string());
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let errs = match import_into(&existing, name, &text) {
            Ok(_) => panic!("{name}: was accepted"),
            Err(errs) => errs,
        };
        let e = &errs.errors[0];
        assert_eq!(e.problem.as_str(), *kind, "{name}: {errs:?}");
        assert_eq!(
            e.row.map(|r| r.to_string()).as_deref(),
            opt(row),
            "{name}: {e}"
        );
        assert_eq!(e.column.as_deref(), opt(column), "{name}: {e}");
        assert_eq!(
            e.first_row.map(|r| r.to_string()).as_deref(),
            opt(first_row),
            "{name}: {e}"
        );
        // The error names the problem in words too (for the CLI).
        assert!(!e.to_string().is_empty());
        assert_eq!(existing, snapshot, "{name}: existing history changed");
    }
    assert!(listed.len() >= 30, "only {} bad fixtures", listed.len());
    assert_eq!(storage::save(&existing), stored_before);
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "expected.tsv")
        .collect();
    on_disk.sort();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every fixture is listed in expected.tsv and vice versa"
    );
}

#[test]
fn all_problems_in_a_file_are_reported_not_just_the_first() {
    let text =
        std::fs::read_to_string(fixtures("bad").join("many_errors_first_reported.csv")).unwrap();
    let errs = import::parse_csv(&text, options()).unwrap_err();
    let found: Vec<(Option<u32>, &str)> = errs
        .errors
        .iter()
        .map(|e| (e.row, e.problem.as_str()))
        .collect();
    assert_eq!(
        found,
        [(Some(2), "not_an_integer"), (Some(3), "invalid_filled_by")]
    );
}

fn round_trip(h: &History) {
    let via_json = import_into(&History::new(), "x.json", &export_json(h)).unwrap();
    let mut backs = vec![via_json.clone()];
    if !h.is_empty() {
        backs.push(import_into(&History::new(), "x.csv", &export_csv(h)).unwrap());
    }
    for back in &backs {
        assert_eq!(back.assessments(), h.assessments());
        assert_eq!(back.person().onset, h.person().onset);
    }
    assert_eq!(via_json.timeline(), h.timeline());
    if !h.timeline().is_empty() {
        let text = export_timeline_csv(h);
        let via_timeline_csv = import_into(&History::new(), "t.csv", &text).unwrap();
        assert_eq!(via_timeline_csv.timeline(), h.timeline());
    }
}

#[test]
fn good_fixtures_import_and_round_trip() {
    let dir = fixtures("good");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 4, "{names:?}");
    for name in names {
        let text = std::fs::read_to_string(dir.join(&name)).unwrap();
        let h =
            import_into(&History::new(), &name, &text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!h.is_empty() || !h.timeline().is_empty(), "{name}");
        round_trip(&h);
    }
}

#[test]
fn canonical_exports_are_reproduced_byte_for_byte() {
    let dir = fixtures("good");
    let csv = std::fs::read_to_string(dir.join("export.csv")).unwrap();
    let h = import_into(&History::new(), "export.csv", &csv).unwrap();
    assert_eq!(export_csv(&h), csv);
    let json = std::fs::read_to_string(dir.join("export.json")).unwrap();
    let h2 = import_into(&History::new(), "export.json", &json).unwrap();
    assert_eq!(h2.assessments(), h.assessments());
    assert_eq!(h2.timeline().len(), 7);
    assert_eq!(export_json(&h2).trim_end(), json.trim_end());
    let timeline = std::fs::read_to_string(dir.join("timeline.csv")).unwrap();
    let h3 = import_into(&History::new(), "timeline.csv", &timeline).unwrap();
    assert_eq!(h3.timeline(), h2.timeline());
    assert_eq!(export_timeline_csv(&h2), timeline);
}

#[test]
fn a_stored_v2_export_still_imports_unchanged() {
    let dir = fixtures("good");
    let v2 = std::fs::read_to_string(dir.join("v2.json")).unwrap();
    assert!(v2.contains("\"schema\": 2"));
    let old = import_into(&History::new(), "v2.json", &v2).unwrap();
    let new = std::fs::read_to_string(dir.join("export.json")).unwrap();
    let new = import_into(&History::new(), "export.json", &new).unwrap();
    assert_eq!(old.assessments(), new.assessments());
    assert!(old.timeline().is_empty());
}

#[test]
fn spreadsheet_file_is_read_as_a_volunteer_would_expect() {
    let text = std::fs::read_to_string(fixtures("good").join("spreadsheet.csv")).unwrap();
    let incoming = import::parse_csv(&text, options()).unwrap();
    let ids: Vec<&str> = incoming
        .records
        .iter()
        .map(|(_, a)| a.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "2024-03-01-self",
            "2024-06-02-caregiver",
            "2024-09-10-clinician"
        ]
    );
    let rows: Vec<u32> = incoming.records.iter().map(|(r, _)| *r).collect();
    assert_eq!(rows, [2, 3, 4]);
    let third = &incoming.records[2].1;
    assert!(third.gastrostomy, "5b answered, gastrostomy column blank");
    assert!(incoming
        .records
        .iter()
        .all(|(_, a)| a.modified == Stamp(1_000)));
    assert_eq!(incoming.onset, Date::parse("2023-08-15").ok());
    // Importing the same sheet again changes nothing.
    let h = import::apply(&History::new(), &incoming, ConflictChoice::KeepExisting);
    let again = import::parse_csv(&text, options()).unwrap();
    let p = import::preview(&h, &again);
    assert_eq!(
        (p.unchanged, p.added, p.updated, p.conflicting),
        (3, 0, 0, 0)
    );
}
