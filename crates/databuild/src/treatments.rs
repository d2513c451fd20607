//! Checks of the treatment catalogue beyond the graph and the PMIDs: every entry has a
//! known status and strategy, a verdict and its texts in both languages, aliases, an
//! as-of date and at least one dated source for its status; every `SRC:` key is a row of
//! `data/treatments/sources.tsv`, and no row there is rated Low. The caution section
//! (`caution.json`) has a source for every sentence but the last.

use crate::error::{read_text, Error};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

pub use treatment_model::{SourceRow, CONFIDENCES, NAME_SOURCES, STATUSES, STRATEGIES};
use treatment_model::{SOURCE_COLUMNS, SOURCE_LANGUAGES};

/// The rows of `sources.tsv` by id, with the problems found in the file.
pub fn read_sources(data: &Path) -> Result<(BTreeMap<String, SourceRow>, Vec<String>), Error> {
    let text = read_text(&data.join("treatments/sources.tsv"))?;
    let mut rows = BTreeMap::new();
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let at = format!("data/treatments/sources.tsv line {}", n + 1);
        let empty = |i: usize| cols.get(i).is_none_or(|c| c.trim().is_empty());
        if cols.len() != SOURCE_COLUMNS || [0, 1, 2, 4, 5].into_iter().any(empty) {
            problems.push(format!(
                "{at}: 8 columns expected; id, organisation, title, date and confidence not empty"
            ));
            continue;
        }
        if !SOURCE_LANGUAGES.contains(&cols[7]) {
            problems.push(format!(
                "{at}: language {:?} is not en, zh, ja or ko",
                cols[7]
            ));
        }
        let Some(row) = SourceRow::from_columns(&cols) else {
            continue; // counted above: 8 columns expected
        };
        if !CONFIDENCES.contains(&row.confidence.as_str()) {
            problems.push(format!(
                "{at}: confidence {:?} may not be stated",
                row.confidence
            ));
        }
        if row.confidence != "seed" && !row.url.starts_with("http") {
            problems.push(format!("{at}: no URL"));
        }
        if rows.insert(row.id.clone(), row).is_some() {
            problems.push(format!("{at}: id {} twice", cols[0]));
        }
    }
    Ok((rows, problems))
}

/// `2024`, `2024-09` or `2024-09-24`.
pub fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let lens = [4, 2, 2];
    !parts.is_empty()
        && parts.len() <= 3
        && parts
            .iter()
            .zip(lens)
            .all(|(p, n)| p.len() == n && p.bytes().all(|b| b.is_ascii_digit()))
}

fn both(v: &Value) -> bool {
    ["zh", "en"]
        .iter()
        .all(|l| v[l].as_str().is_some_and(|s| !s.trim().is_empty()))
}

/// Every `SRC:key` anywhere in a JSON value.
fn source_keys(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) if s.starts_with("SRC:") => out.push(s[4..].to_string()),
        Value::Array(a) => a.iter().for_each(|x| source_keys(x, out)),
        Value::Object(o) => o.values().for_each(|x| source_keys(x, out)),
        _ => {}
    }
}

/// Lines of evidence or approvals: each with both texts and at least one reference.
fn check_lines(id: &str, field: &str, v: &Value, problems: &mut Vec<String>) {
    for (i, line) in v.as_array().into_iter().flatten().enumerate() {
        if !both(line) {
            problems.push(format!(
                "treatment {id}: {field}[{i}] lacks a text in zh or en"
            ));
        }
        if line["refs"].as_array().is_none_or(Vec::is_empty) {
            problems.push(format!("treatment {id}: {field}[{i}] has no source"));
        }
    }
}

/// Problems with the treatments' statuses, texts and sources, and with the caution section.
pub fn check(data: &Path, treatments: &Value, caution: &Value) -> Result<Vec<String>, Error> {
    let (sources, mut problems) = read_sources(data)?;
    for t in treatments.as_array().into_iter().flatten() {
        let id = t["id"].as_str().unwrap_or("?");
        let status = t["status"].as_str().unwrap_or("");
        if !STATUSES.contains(&status) {
            problems.push(format!("treatment {id}: unknown status {status:?}"));
        }
        let strategy = t["strategy"].as_str().unwrap_or("");
        if !STRATEGIES.contains(&strategy) {
            problems.push(format!("treatment {id}: unknown strategy {strategy:?}"));
        }
        let name_source = t["name_zh_source"].as_str().unwrap_or("");
        if !NAME_SOURCES.contains(&name_source) {
            problems.push(format!("treatment {id}: name_zh_source {name_source:?}"));
        }
        for field in ["name", "verdict"] {
            if !both(&t[field]) {
                problems.push(format!("treatment {id}: {field} lacks a text in zh or en"));
            }
        }
        for field in ["how_given", "notes_differ", "interpretation"] {
            if !t[field].is_null() && !both(&t[field]) {
                problems.push(format!("treatment {id}: {field} lacks a text in zh or en"));
            }
        }
        let aliases = t["aliases"].as_array();
        if aliases
            .is_none_or(|a| a.is_empty() || a.iter().any(|x| x.as_str().is_none_or(str::is_empty)))
        {
            problems.push(format!("treatment {id}: aliases must be a list of names"));
        }
        if !t["as_of"].as_str().is_some_and(is_date) {
            problems.push(format!("treatment {id}: as_of is not a date"));
        }
        if t["status_refs"].as_array().is_none_or(Vec::is_empty) {
            problems.push(format!("treatment {id}: no source for its status"));
        }
        check_lines(id, "evidence", &t["evidence"], &mut problems);
        check_lines(id, "approvals", &t["approvals"], &mut problems);
        if !t["how_given"].is_null() && t["how_given"]["refs"].as_array().is_none_or(Vec::is_empty)
        {
            problems.push(format!("treatment {id}: how_given has no source"));
        }
    }
    let zh = caution["text"]["zh"].as_array().map(Vec::len).unwrap_or(0);
    let en = caution["text"]["en"].as_array().map(Vec::len).unwrap_or(0);
    let refs = caution["sentence_refs"]
        .as_array()
        .map(Vec::len)
        .unwrap_or(0);
    if zh == 0 || zh != en || zh != refs || !both(&caution["title"]) {
        problems.push("treatments/caution.json: texts and their references do not line up".into());
    }
    let mut keys = Vec::new();
    source_keys(treatments, &mut keys);
    source_keys(caution, &mut keys);
    keys.sort_unstable();
    keys.dedup();
    for k in keys {
        if !sources.contains_key(&k) {
            problems.push(format!(
                "SRC:{k} is cited but not in data/treatments/sources.tsv"
            ));
        }
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_years_months_or_days() {
        assert!(is_date("2024"));
        assert!(is_date("2024-09"));
        assert!(is_date("2024-09-24"));
        assert!(!is_date("n.d."));
        assert!(!is_date("2024-9"));
        assert!(!is_date(""));
    }
}
