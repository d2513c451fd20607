//! Checks the written content against the graph: every node a story chapter or a
//! treatment names must exist, every PMID must be in the reference list, and chapters and
//! treatments must point at each other. `databuild build` fails on any problem; when
//! there is none, [`documents`] gives the files as they are for core.bin's CONT section.

use crate::curated::known_pmids;
use crate::error::{read_text, Error};
use mechgraph::format::{Content, Document};
use mechgraph::Graph;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn numbers(v: &Value) -> Vec<u64> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_u64).collect())
        .unwrap_or_default()
}

/// Every `PMID:n` anywhere in a JSON value.
fn pmids(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::String(s) => {
            for part in s.split(|c: char| c == ';' || c == ',' || c.is_whitespace()) {
                if part.starts_with("PMID:") {
                    out.insert(
                        part.trim_end_matches(|c: char| !c.is_ascii_digit())
                            .to_string(),
                    );
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| pmids(x, out)),
        Value::Object(o) => o.values().for_each(|x| pmids(x, out)),
        _ => {}
    }
}

/// The files of data/ that the app shows, by their path below data/ (sorted: the order
/// of the CONT section).
pub const FILES: [&str; 7] = [
    "pages/biomarkers.json",
    "pages/standards.json",
    "story/chapters.json",
    "treatments/caution.json",
    "treatments/sources.tsv",
    "treatments/treatments.json",
    "treatments/warning.json",
];

/// The content files as they are, named by their path below data/, for core.bin.
pub fn documents(data: &Path) -> Result<Content, Error> {
    let documents = FILES
        .iter()
        .map(|name| {
            Ok(Document {
                name: name.to_string(),
                text: read_text(&data.join(name))?,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(Content { documents })
}

fn parse(path: &Path) -> Result<Value, Error> {
    serde_json::from_str(&read_text(path)?)
        .map_err(|e| Error::Data(vec![format!("{}: {e}", path.display())]))
}

/// Problems with the story and the treatments, as lines of text (empty: all good).
pub fn check(data: &Path, graph: &Graph) -> Result<Vec<String>, Error> {
    let chapters = parse(&data.join("story/chapters.json"))?;
    let treatments = parse(&data.join("treatments/treatments.json"))?;
    let warning = parse(&data.join("treatments/warning.json"))?;
    let caution = parse(&data.join("treatments/caution.json"))?;
    let mut problems = crate::treatments::check(data, &treatments, &caution)?;
    let chapter_ids: BTreeSet<u64> = chapters
        .as_array()
        .map(|a| a.iter().filter_map(|c| c["id"].as_u64()).collect())
        .unwrap_or_default();
    let treatment_ids: BTreeSet<String> = treatments
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|t| t["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    if chapter_ids.len() < 11 {
        problems.push(format!(
            "data/story/chapters.json: {} chapters, at least 11 expected",
            chapter_ids.len()
        ));
    }
    for c in chapters.as_array().into_iter().flatten() {
        let id = c["id"].as_u64().unwrap_or(0);
        for node in strings(&c["nodes"]) {
            if graph.find(&node).is_none() {
                problems.push(format!(
                    "story chapter {id}: node {node} is not in the graph"
                ));
            }
        }
        for t in strings(&c["therapy_ids"]) {
            if !treatment_ids.contains(&t) {
                problems.push(format!("story chapter {id}: unknown treatment {t}"));
            }
        }
        for lang in ["zh", "en"] {
            let family = c["family_text"][lang].as_array().map(Vec::len).unwrap_or(0);
            let science = c["science"][lang].as_array().map(Vec::len).unwrap_or(0);
            let family_refs = c["sentence_refs"]["family"]
                .as_array()
                .map(Vec::len)
                .unwrap_or(0);
            let science_refs = c["sentence_refs"]["science"]
                .as_array()
                .map(Vec::len)
                .unwrap_or(0);
            if family == 0 || family != family_refs || science != science_refs {
                problems.push(format!(
                    "story chapter {id} ({lang}): texts and their references do not line up"
                ));
            }
        }
    }
    for t in treatments.as_array().into_iter().flatten() {
        let id = t["id"].as_str().unwrap_or("?");
        for node in strings(&t["mechanisms"]) {
            if graph.find(&node).is_none() {
                problems.push(format!(
                    "treatment {id}: mechanism {node} is not in the graph"
                ));
            }
        }
        for ch in numbers(&t["chapters"]) {
            if !chapter_ids.contains(&ch) {
                problems.push(format!("treatment {id}: unknown chapter {ch}"));
            }
        }
        if strings(&t["refs"]).is_empty() {
            problems.push(format!("treatment {id}: no reference"));
        }
    }
    let mut pages = Vec::new();
    for name in ["biomarkers", "standards"] {
        let page = parse(&data.join(format!("pages/{name}.json")))?;
        problems.extend(check_page(name, &page));
        pages.push(page);
    }
    let known = known_pmids(data)?;
    let mut cited = BTreeSet::new();
    for v in [&chapters, &treatments, &warning, &caution]
        .into_iter()
        .chain(&pages)
    {
        pmids(v, &mut cited);
    }
    for p in cited.difference(&known) {
        problems.push(format!(
            "{p} is cited by the story, the treatments or a page but is not in data/references.tsv"
        ));
    }
    Ok(problems)
}

/// The nodes that the story chapters and the treatments name.
pub fn linked_nodes(data: &Path, graph: &Graph) -> Result<BTreeSet<u32>, Error> {
    let chapters = parse(&data.join("story/chapters.json"))?;
    let treatments = parse(&data.join("treatments/treatments.json"))?;
    let chapter_nodes = chapters
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| strings(&c["nodes"]));
    let treatment_nodes = treatments
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|t| strings(&t["mechanisms"]));
    Ok(chapter_nodes
        .chain(treatment_nodes)
        .filter_map(|id| graph.find(&id))
        .collect())
}

/// A reading page: each language has as many paragraphs as there are reference lists,
/// and none is empty; references are of a known form.
fn check_page(name: &str, page: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let mut parts: Vec<(String, &Value, &Value)> =
        vec![("intro".into(), &page["intro"], &page["intro_refs"])];
    for s in page["sections"].as_array().into_iter().flatten() {
        parts.push((
            s["id"].as_str().unwrap_or("?").to_string(),
            &s["paragraphs"],
            &s["refs"],
        ));
    }
    for (part, texts, refs) in parts {
        let n = refs.as_array().map(Vec::len).unwrap_or(0);
        for lang in ["zh", "en"] {
            let t = strings(&texts[lang]);
            if t.len() != n || t.is_empty() || t.iter().any(|p| p.trim().is_empty()) {
                problems.push(format!("page {name}, {part} ({lang}): paragraphs and references do not line up, or a text is missing"));
            }
        }
        for r in refs.as_array().into_iter().flatten().flat_map(strings) {
            let known_form =
                r.starts_with("PMID:") || r.starts_with("SEED:") || r.starts_with("REF:");
            if !known_form {
                problems.push(format!(
                    "page {name}, {part}: reference {r:?} is neither PMID:, SEED: nor REF:"
                ));
            }
        }
    }
    problems
}
