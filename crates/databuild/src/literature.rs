//! The mechanisms the seed document names, and the events of the graph that stand for
//! each (docs/SCORING.md). The curated event (`ALSM:`) comes first; tests require it to be
//! a default core event.

pub const MECHANISMS: &[(&str, &[&str])] = &[
    (
        "TDP-43 abnormality",
        &["ALSM:tdp43_proteinopathy", "ALSM:tdp43_nuclear_loss"],
    ),
    ("SOD1 mutation", &["ALSM:sod1_misfolding"]),
    ("oxidative stress", &["ALSM:oxidative_stress", "GO:0006979"]),
    (
        "chronic inflammation",
        &["ALSM:neuroinflammation", "GO:0006954"],
    ),
    (
        "protein aggregation",
        &["ALSM:protein_aggregation", "GO:0051788"],
    ),
    (
        "excitotoxicity",
        &["ALSM:glutamate_excitotoxicity", "GO:0035249"],
    ),
    (
        "mitochondrial dysfunction",
        &["ALSM:mitochondrial_dysfunction", "GO:0007005"],
    ),
    (
        "axonal transport",
        &["ALSM:axonal_transport_failure", "GO:0098930"],
    ),
    ("autophagy", &["ALSM:impaired_autophagy", "GO:0006914"]),
    (
        "RNA metabolism",
        &["ALSM:rna_processing_defect", "GO:0008380"],
    ),
    (
        "neuroinflammation",
        &["ALSM:microglial_activation", "GO:0150076"],
    ),
    (
        "stress granules",
        &["ALSM:stress_granule_dysfunction", "GO:0034063"],
    ),
];

/// Where the seed document names each (section; "story" = the factory-story chapters
/// of the brief that the seed's mechanism map refers to).
pub const SEED_SECTION: &[(&str, &str)] = &[
    ("TDP-43 abnormality", "1.1"),
    ("SOD1 mutation", "1.1"),
    ("oxidative stress", "1.1, 1.2"),
    ("chronic inflammation", "1.1"),
    ("protein aggregation", "1.2"),
    ("excitotoxicity", "1.2 (Table 2 source, conclusions)"),
    ("mitochondrial dysfunction", "1.2, 2.5"),
    ("axonal transport", "story"),
    ("autophagy", "story"),
    ("RNA metabolism", "story"),
    ("neuroinflammation", "1.2, 2.5"),
    ("stress granules", "1.2 (Table 2: lipoamide)"),
];

/// The ALS processes named by the seed notes and the dismech reference
/// (`data/evaluation/als_processes.tsv`, with the PMID or seed section naming each):
/// (GO id, label) pairs, for the evaluation of the ranking (docs/SCORING.md).
pub fn als_processes() -> Vec<(&'static str, &'static str)> {
    include_str!("../../../data/evaluation/als_processes.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("go_id"))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?, cols.next()?))
        })
        .filter(|(id, _)| id.starts_with("GO:"))
        .collect()
}
