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
    for sub in ["story", "treatments"] {
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
