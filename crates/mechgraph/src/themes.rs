//! Themes: about a dozen groups of events that match the chapters of the factory story.
//! A mechanism belongs to the themes the curated layer gives it; a GO process or HPO
//! phenotype belongs to a theme when it is an anchor term below or one of its
//! descendants (is_a, part_of).

use crate::graph::Graph;
use crate::model::{NodeKind, Themes, THEMES};

/// Anchor terms of each theme (GO 2022-07-01, HPO 2025-01-16; existence is tested
/// against the full snapshot).
pub const ANCHORS: &[(&str, &[&str])] = &[
    ("rna", &["GO:0008380", "GO:0006397"]),
    ("nucleocytoplasmic", &["GO:0006913"]),
    ("stress_granules", &["GO:0034063"]),
    (
        "aggregation",
        &["GO:0006457", "GO:0051788", "GO:0043161", "GO:0034976"],
    ),
    ("autophagy", &["GO:0006914"]),
    ("mitochondria", &["GO:0007005", "GO:0006119"]),
    ("oxidative_stress", &["GO:0006979", "GO:0000302"]),
    (
        "excitotoxicity",
        &["GO:0014047", "GO:0007215", "GO:0035249"],
    ),
    ("axonal_transport", &["GO:0008088"]),
    (
        "neuroinflammation",
        &["GO:0006954", "GO:0001774", "GO:0150076"],
    ),
    ("cell_death", &["GO:0008219"]),
    ("phenotype", &["HP:0000118"]),
];

/// The themes of every node.
pub fn node_themes(g: &Graph) -> Vec<Themes> {
    let mut themes = vec![Themes::default(); g.node_count()];
    for (&node, info) in &g.info {
        themes[node as usize].0 |= info.themes.0;
    }
    for (name, anchors) in ANCHORS {
        let Some(bit) = THEMES.iter().position(|t| t == name) else {
            continue;
        };
        let mut stack: Vec<u32> = anchors.iter().filter_map(|a| g.find(a)).collect();
        while let Some(n) = stack.pop() {
            let slot = &mut themes[n as usize].0;
            if *slot & (1 << bit) != 0 {
                continue;
            }
            *slot |= 1 << bit;
            // Children point to their parents: walk the hierarchy edges backwards.
            for e in g.in_edges(n).map(|e| g.edge(e)) {
                if e.relation.is_hierarchy() && g.kinds[e.source as usize] != NodeKind::Gene {
                    stack.push(e.source);
                }
            }
        }
    }
    themes
}
