//! Files written by the release before the one record model (commit `15d4b8b`) load
//! unchanged: the stored envelope with assessment and timeline tombstones is read and
//! written back byte for byte, and the export files of that release (`fixtures/good/`,
//! also checked byte for byte in `import_fixtures.rs`) import into the same records.

use scales::import::{self, ConflictChoice};
use scales::{storage, History, ImportOptions, RecordKind, Stamp};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> String {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn stored_text_of_the_last_release_loads_and_saves_byte_for_byte() {
    let text = fixture("release/stored-15d4b8b.json");
    let h = storage::load(&text).unwrap();
    assert_eq!(storage::save(&h), text);
    assert_eq!(h.len(), 4, "five assessments, one deleted");
    assert_eq!(h.tombstones().len(), 1);
    assert_eq!(h.timeline().len(), 5, "seven timeline records, two deleted");
    let gone: Vec<_> = h
        .timeline()
        .tombstones()
        .into_iter()
        .map(|t| (t.record, t.id.as_str().to_string(), t.deleted))
        .collect();
    assert_eq!(
        gone,
        [
            (
                RecordKind::Intervention,
                "t-0001".to_string(),
                Stamp(1_700_000_000_125)
            ),
            (
                RecordKind::Measurement,
                "m-0001".to_string(),
                Stamp(1_700_000_000_124)
            ),
        ]
    );
    // The deletions hold against the release's own export, merged back in as a second
    // tab's copy would be, and against an import of that export.
    let export = fixture("good/export.json");
    let other_tab = storage::load(&export).unwrap();
    let merged = h.merge(&other_tab);
    assert_eq!(merged, other_tab.merge(&h));
    assert_eq!(storage::save(&merged), text);
    let options = ImportOptions {
        now: h.max_stamp().next(),
        today: None,
    };
    let incoming = import::parse_json(&export, options).unwrap();
    let preview = import::preview(&h, &incoming);
    assert_eq!(preview.conflicting, 3, "the three deleted records");
    assert_eq!(preview.unchanged, 9);
    let kept = import::apply(&h, &incoming, ConflictChoice::KeepExisting);
    assert_eq!(storage::save(&kept), text);
}

#[test]
fn the_release_exports_import_into_the_stored_records() {
    let stored = storage::load(&fixture("release/stored-15d4b8b.json")).unwrap();
    let options = ImportOptions {
        now: Stamp(1),
        today: None,
    };
    for name in ["good/export.csv", "good/timeline.csv"] {
        let incoming = import::parse_csv(&fixture(name), options).unwrap();
        let fresh = import::apply(&History::new(), &incoming, ConflictChoice::KeepExisting);
        for a in fresh.assessments() {
            if let Some(s) = stored.get(&a.id) {
                assert_eq!(s, a, "{name}");
            }
        }
        for m in fresh.timeline().milestones() {
            assert_eq!(stored.timeline().milestone(&m.id), Some(m), "{name}");
        }
        for m in fresh.timeline().measurements() {
            if let Some(s) = stored.timeline().measurement(&m.id) {
                assert_eq!(s, m, "{name}");
            }
        }
    }
}
