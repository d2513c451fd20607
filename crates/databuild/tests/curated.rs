//! The curated layer cites only PMIDs of the project's reference list, and the two edges
//! that issue #17 found unsupported by their citations stay out.

use std::path::PathBuf;

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

#[test]
fn every_curated_edge_cites_a_listed_pmid() {
    let problems = databuild::curated::unlisted_edge_refs(&data()).expect("files read");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn an_edge_citing_an_unlisted_pmid_is_reported() {
    let dir = std::env::temp_dir().join(format!("als-curated-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("curated")).expect("temp dir");
    std::fs::copy(data().join("references.tsv"), dir.join("references.tsv")).expect("copy");
    let edges = std::fs::read_to_string(data().join("curated/edges.tsv")).expect("edges");
    let mut lines: Vec<String> = edges.lines().map(str::to_string).collect();
    lines[1] = lines[1].replacen("PMID:", "PMID:1;PMID:", 1);
    std::fs::write(dir.join("curated/edges.tsv"), lines.join("\n")).expect("write");
    let problems = databuild::curated::unlisted_edge_refs(&dir).expect("files read");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("edges.tsv line 2: PMID:1 "),
        "{problems:?}"
    );
}

#[test]
fn the_two_unsupported_edges_stay_out() {
    let edges = std::fs::read_to_string(data().join("curated/edges.tsv")).expect("edges");
    for (source, target) in [
        ("GENE:SOD1", "ALSM:oxidative_stress"),
        ("ALSM:glutamate_excitotoxicity", "GO:0006836"),
    ] {
        assert!(
            !edges
                .lines()
                .any(|l| l.starts_with(&format!("{source}\t{target}\t"))),
            "{source} -> {target}"
        );
    }
}
