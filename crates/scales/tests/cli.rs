//! The `scales score` command on the fixtures.

use std::path::Path;
use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_scales"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn scores_every_assessment_in_text() {
    let (code, out, _) = run(&["score", "tests/fixtures/good/export.csv"]);
    assert_eq!(code, 0);
    assert!(out.contains("5 assessment(s); onset 2022-11-20"), "{out}");
    assert!(out.contains("2023-03-01  filled by self"));
    assert!(out
        .contains("total        44/48   bulbar 12  fine motor 10  gross motor 10  respiratory 12"));
    assert!(out.contains("This is the first assessment"));
    assert!(out.contains("-4 since 2023-03-01 (92 days)"));
    assert!(
        out.contains(
            "ΔFS          1.21 points/month over 3.3 months since onset (common band > 1.0)"
        ),
        "{out}"
    );
    assert!(out.contains("King's stage 2   (regions involved: upper limb, lower limb)"));
    assert!(out.contains("King's stage 4A"));
    assert!(out.contains("King's stage 4B"));
    assert!(out.contains("reversal pattern, held 6 months: not seen"));
    assert!(out.contains("never a diagnosis"));
}

#[test]
fn reversal_flags_are_printed() {
    let (code, out, _) = run(&["score", "tests/fixtures/good/reversal.csv"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("held 6 months: seen: total 34 on 2022-01-10 rose to 38 on 2022-04-10 and stayed at least 4 points higher until 2023-01-20"),
        "{out}"
    );
    assert!(out.contains("held 12 months: seen"), "{out}");
}

#[test]
fn json_output_has_every_figure() {
    let (code, out, _) = run(&["score", "tests/fixtures/good/export.csv", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first = &v["assessments"][0];
    assert_eq!(first["total"], 44);
    assert_eq!(first["change"]["reason"], "no_previous_assessment");
    assert_eq!(first["delta_fs"]["status"], "defined");
    assert_eq!(first["kings"]["stage"], "2");
    assert_eq!(first["mitos"]["stage"], 0);
    assert_eq!(v["trend"]["status"], "defined");
    assert_eq!(v["reversal_12m"]["status"], "defined");
}

#[test]
fn refused_file_names_row_and_problem() {
    let (code, out, err) = run(&["score", "tests/fixtures/bad/score_too_high.csv"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("row 2, column i2: a score must be 0, 1, 2, 3 or 4 (value \"5\")"),
        "{err}"
    );
    let (code, out, _) = run(&["score", "tests/fixtures/bad/score_too_high.csv", "--json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["errors"][0]["kind"], "score_out_of_range");
    assert_eq!(v["errors"][0]["row"], 2);
}

#[test]
fn usage_errors() {
    assert_eq!(run(&[]).0, 2);
    assert_eq!(run(&["score"]).0, 2);
    assert_eq!(run(&["score", "no/such/file.csv"]).0, 2);
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("usage: scales score FILE.csv [--json]"));
}
