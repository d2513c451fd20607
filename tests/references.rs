//! Every PMID the app cites is in the project's own reference list (`data/references.tsv`),
//! and every row of that list is found, with its title, in the curated reference files
//! (`../shared/reference/`) when that folder exists.

use als_explorer::citations::{cited_pmids, RefId, REFERENCES};
use std::path::Path;

fn reference_list() -> Vec<(u32, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/references.tsv");
    let text = std::fs::read_to_string(&path).expect("data/references.tsv is readable");
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let mut cols = line.split('\t');
            let pmid = cols
                .next()
                .and_then(|p| p.parse().ok())
                .expect("PMID column");
            let title = cols.next().expect("title column").to_string();
            (pmid, title)
        })
        .collect()
}

#[test]
fn every_cited_pmid_is_in_the_reference_list() {
    let list = reference_list();
    for pmid in cited_pmids() {
        let row = list.iter().find(|(p, _)| *p == pmid);
        let (_, title) =
            row.unwrap_or_else(|| panic!("PMID {pmid} missing from data/references.tsv"));
        let shown = REFERENCES
            .iter()
            .find(|r| r.id == RefId::Pubmed(pmid))
            .map(|r| r.title)
            .unwrap_or_default();
        assert_eq!(title.trim_end_matches('.'), shown, "title of PMID {pmid}");
    }
}

#[test]
fn reference_list_matches_the_curated_sources_when_present() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/reference");
    if !shared.is_dir() {
        eprintln!("../shared/reference not present: skipped");
        return;
    }
    let mut corpus = String::new();
    for dir in std::fs::read_dir(&shared).expect("read shared/reference") {
        let dir = dir.expect("entry").path();
        let files: Vec<_> = if dir.is_dir() {
            std::fs::read_dir(&dir)
                .expect("read")
                .map(|e| e.expect("entry").path())
                .collect()
        } else {
            vec![dir]
        };
        for f in files {
            corpus.push_str(&std::fs::read_to_string(f).unwrap_or_default());
        }
    }
    for (pmid, title) in reference_list() {
        let tag = format!("PMID:{pmid}");
        let places: Vec<usize> = corpus.match_indices(&tag).map(|(at, _)| at).collect();
        assert!(!places.is_empty(), "{tag} is not in ../shared/reference");
        let titled = places.iter().any(|&at| {
            corpus[at..]
                .chars()
                .take(400)
                .collect::<String>()
                .contains(&title)
        });
        assert!(titled, "{tag}: title {title:?} not found next to it");
    }
}
