//! The graph vocabulary, below every feature that shows the graph: the name of each kind
//! of event, of each relation read either way, of each theme, and an event's name in
//! the reader's language (`explore`, `graph` and the core panel all use it).

mod say;

pub use say::GraphWords;

use mechgraph::{NodeKind, Relation};

/// The name of node `v` to show and its language tag: English where there is no
/// Chinese name, for gene symbols, and in the English view.
pub fn name_and_lang(g: &mechgraph::Graph, v: u32, zh: bool) -> (String, &'static str) {
    let label = g.label(v, zh);
    let english = label.fallback || !zh || g.kinds[v as usize] == NodeKind::Gene;
    (
        label.text.to_string(),
        if english { "en" } else { "zh-Hans" },
    )
}

pub fn kind_name(k: NodeKind) -> GraphWords {
    match k {
        NodeKind::Process => GraphWords::KindProcess,
        NodeKind::Phenotype => GraphWords::KindPhenotype,
        NodeKind::Mechanism => GraphWords::KindMechanism,
        NodeKind::Gene => GraphWords::KindGene,
        NodeKind::Disease => GraphWords::KindDisease,
    }
}

/// The heading of a group of neighbours: the relation read from this event outwards
/// (`outgoing`) or towards it.
pub fn relation_name(r: Relation, outgoing: bool) -> GraphWords {
    use Relation::*;
    match (r, outgoing) {
        (IsA, true) => GraphWords::IsAOut,
        (IsA, false) => GraphWords::IsAIn,
        (PartOf, true) => GraphWords::PartOfOut,
        (PartOf, false) => GraphWords::PartOfIn,
        (Regulates, true) => GraphWords::RegulatesOut,
        (Regulates, false) => GraphWords::RegulatesIn,
        (PositivelyRegulates, true) => GraphWords::PosOut,
        (PositivelyRegulates, false) => GraphWords::PosIn,
        (NegativelyRegulates, true) => GraphWords::NegOut,
        (NegativelyRegulates, false) => GraphWords::NegIn,
        (AnnotatedTo, true) => GraphWords::AnnotOut,
        (AnnotatedTo, false) => GraphWords::AnnotIn,
        (HasPhenotype, true) => GraphWords::PhenoOut,
        (HasPhenotype, false) => GraphWords::PhenoIn,
        (GeneOf, true) => GraphWords::GeneOfOut,
        (GeneOf, false) => GraphWords::GeneOfIn,
        (Causes, true) => GraphWords::CausesOut,
        (Causes, false) => GraphWords::CausesIn,
    }
}

pub fn theme_name(t: &str) -> GraphWords {
    match t {
        "genetics" => GraphWords::ThemeGenetics,
        "rna" => GraphWords::ThemeRna,
        "nucleocytoplasmic" => GraphWords::ThemeNucleocytoplasmic,
        "stress_granules" => GraphWords::ThemeStressGranules,
        "aggregation" => GraphWords::ThemeAggregation,
        "autophagy" => GraphWords::ThemeAutophagy,
        "mitochondria" => GraphWords::ThemeMitochondria,
        "oxidative_stress" => GraphWords::ThemeOxidative,
        "excitotoxicity" => GraphWords::ThemeExcitotoxicity,
        "axonal_transport" => GraphWords::ThemeAxonal,
        "neuroinflammation" => GraphWords::ThemeInflammation,
        "cell_death" => GraphWords::ThemeCellDeath,
        "phenotype" => GraphWords::ThemePhenotype,
        _ => GraphWords::ThemeBiomarker,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_theme_has_its_own_name() {
        let names: std::collections::HashSet<_> = mechgraph::model::THEMES
            .iter()
            .map(|t| super::theme_name(t))
            .collect();
        assert_eq!(names.len(), mechgraph::model::THEMES.len());
    }
}
