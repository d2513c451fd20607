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
    for f in databuild::content::FILES
        .iter()
        .filter(|f| **f != "story/chapters.json")
        .chain(&["references.tsv"])
    {
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
    for f in databuild::content::FILES
        .iter()
        .filter(|f| **f != "pages/biomarkers.json")
        .chain(&["references.tsv"])
    {
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

/// A copy of data/ where `edit` changes the treatments; the problems `check` reports.
fn treatment_problems(tag: &str, edit: impl Fn(&mut serde_json::Value)) -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = std::env::temp_dir().join(format!("als-treat-{tag}-{}", std::process::id()));
    for sub in ["story", "treatments", "pages"] {
        std::fs::create_dir_all(dir.join(sub)).expect("temp dir");
    }
    for f in databuild::content::FILES.iter().chain(&["references.tsv"]) {
        std::fs::copy(root.join("data").join(f), dir.join(f)).expect("copy");
    }
    let mut all: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("data/treatments/treatments.json")).expect("json"),
    )
    .expect("parses");
    edit(&mut all);
    std::fs::write(dir.join("treatments/treatments.json"), all.to_string()).expect("write");
    let bytes = std::fs::read(root.join("public/data/full.bin")).expect("full.bin");
    let graph = mechgraph::decode(&bytes).expect("decodes").graph;
    let problems = databuild::content::check(&dir, &graph).expect("files parse");
    let _ = std::fs::remove_dir_all(&dir);
    problems
}

#[test]
fn a_treatment_with_an_unknown_status_a_missing_translation_or_source_fails_the_build() {
    let p = treatment_problems("status", |all| all[0]["status"] = "unknown".into());
    assert!(
        p.iter().any(|l| l.contains("riluzole: unknown status")),
        "{p:?}"
    );
    let p = treatment_problems("verdict", |all| all[1]["verdict"]["zh"] = "".into());
    assert!(p.iter().any(|l| l.contains("edaravone: verdict")), "{p:?}");
    let p = treatment_problems("refs", |all| all[2]["status_refs"] = serde_json::json!([]));
    assert!(p.iter().any(|l| l.contains("tofersen: no source")), "{p:?}");
    let p = treatment_problems("src", |all| {
        all[2]["evidence"][0]["refs"] = serde_json::json!(["SRC:nowhere"])
    });
    assert!(p.iter().any(|l| l.contains("SRC:nowhere")), "{p:?}");
    let p = treatment_problems("alias", |all| all[0]["aliases"] = serde_json::json!([]));
    assert!(p.iter().any(|l| l.contains("riluzole: aliases")), "{p:?}");
    let p = treatment_problems("date", |all| all[0]["as_of"] = "recently".into());
    assert!(p.iter().any(|l| l.contains("riluzole: as_of")), "{p:?}");
    let p = treatment_problems("evidence", |all| {
        all[2]["evidence"][0]["en"] = serde_json::Value::Null
    });
    assert!(
        p.iter().any(|l| l.contains("tofersen: evidence[0]")),
        "{p:?}"
    );
}

#[test]
fn the_catalogue_puts_the_medicines_that_exist_first_with_their_aliases() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let all: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("data/treatments/treatments.json")).expect("json"),
    )
    .expect("parses");
    let all = all.as_array().expect("array");
    let ids: Vec<&str> = all
        .iter()
        .take(5)
        .filter_map(|t| t["id"].as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "riluzole",
            "edaravone",
            "tofersen",
            "methylcobalamin",
            "relyvrio-amx0035"
        ]
    );
    let aliases = |i: usize| -> Vec<&str> {
        all[i]["aliases"]
            .as_array()
            .expect("aliases")
            .iter()
            .filter_map(|a| a.as_str())
            .collect()
    };
    assert!(aliases(0).contains(&"利鲁唑") && aliases(0).contains(&"Rilutek"));
    assert!(aliases(2).contains(&"Qalsody") && aliases(2).contains(&"托夫生"));
    assert!(aliases(4).contains(&"AMX0035"));
    for t in all {
        let text = t.to_string();
        assert!(
            !text.contains("status not stated") && !text.contains("do not give its status"),
            "{}",
            t["id"]
        );
    }
}
