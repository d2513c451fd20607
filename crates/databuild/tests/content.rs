//! The story and treatment files name only nodes that exist in the committed graph, cite
//! only listed PMIDs, and point at each other (what `databuild build` enforces).

use std::path::PathBuf;

#[test]
fn story_and_treatments_match_the_graph_and_the_references() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let bytes = std::fs::read(root.join("public/data/full.bin")).expect("full.bin");
    let graph = mechgraph::decode(&bytes).expect("decodes").graph;
    let problems = databuild::content::check(&root.join("data"), &graph).expect("files parse");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_chapter_naming_a_missing_node_is_reported() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = std::env::temp_dir().join(format!("als-content-{}", std::process::id()));
    for sub in ["story", "treatments", "pages"] {
        std::fs::create_dir_all(dir.join(sub)).expect("temp dir");
    }
    let chapters =
        std::fs::read_to_string(root.join("data/story/chapters.json")).expect("chapters");
    std::fs::write(
        dir.join("story/chapters.json"),
        chapters.replacen("ALSM:tdp43_proteinopathy", "ALSM:no_such_event", 1),
    )
    .expect("write");
    for f in [
        "treatments/treatments.json",
        "treatments/warning.json",
        "references.tsv",
        "pages/biomarkers.json",
        "pages/standards.json",
    ] {
        std::fs::copy(root.join("data").join(f), dir.join(f)).expect("copy");
    }
    let bytes = std::fs::read(root.join("public/data/full.bin")).expect("full.bin");
    let graph = mechgraph::decode(&bytes).expect("decodes").graph;
    let problems = databuild::content::check(&dir, &graph).expect("files parse");
    assert!(
        problems.iter().any(|p| p.contains("ALSM:no_such_event")),
        "{problems:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_page_missing_a_translation_or_citing_an_unknown_pmid_is_reported() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = std::env::temp_dir().join(format!("als-pages-{}", std::process::id()));
    for sub in ["story", "treatments", "pages"] {
        std::fs::create_dir_all(dir.join(sub)).expect("temp dir");
    }
    for f in [
        "story/chapters.json",
        "treatments/treatments.json",
        "treatments/warning.json",
        "references.tsv",
        "pages/standards.json",
    ] {
        std::fs::copy(root.join("data").join(f), dir.join(f)).expect("copy");
    }
    let mut page: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("data/pages/biomarkers.json")).expect("page"),
    )
    .expect("json");
    page["sections"][0]["paragraphs"]["zh"]
        .as_array_mut()
        .expect("array")
        .pop();
    page["sections"][1]["refs"][0] = serde_json::json!(["PMID:1"]);
    std::fs::write(dir.join("pages/biomarkers.json"), page.to_string()).expect("write");
    let bytes = std::fs::read(root.join("public/data/full.bin")).expect("full.bin");
    let graph = mechgraph::decode(&bytes).expect("decodes").graph;
    let problems = databuild::content::check(&dir, &graph).expect("files parse");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("(zh)") && p.contains("biomarkers")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("PMID:1 ")),
        "{problems:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
