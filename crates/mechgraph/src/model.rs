//! The vocabulary of the graph: kinds of node, kinds of relation, sign, and where an
//! edge comes from. Each has a stable one-byte code used by the snapshot format.

use serde::{Deserialize, Serialize};

macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal, $text:literal;)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($(#[$vmeta])* $variant,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The byte stored in snapshots.
            pub fn code(self) -> u8 {
                match self { $($name::$variant => $code,)* }
            }

            pub fn from_code(code: u8) -> Option<Self> {
                match code { $($code => Some($name::$variant),)* _ => None }
            }

            /// The name used in TSV files and on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)* _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

coded_enum! {
    /// What a node stands for.
    NodeKind {
        /// A biological process (GO BP, or a user's event).
        Process = 0, "process";
        /// A phenotype (HPO).
        Phenotype = 1, "phenotype";
        /// A curated ALS mechanism.
        Mechanism = 2, "mechanism";
        /// A human gene.
        Gene = 3, "gene";
        /// A disease (OMIM, ORPHA, DECIPHER).
        Disease = 4, "disease";
    }
}

coded_enum! {
    /// How two nodes are related. Edges point from the first-named to the second:
    /// `child is_a parent`, `gene annotated_to process`, `disease has_phenotype phenotype`.
    Relation {
        IsA = 0, "is_a";
        PartOf = 1, "part_of";
        Regulates = 2, "regulates";
        PositivelyRegulates = 3, "positively_regulates";
        NegativelyRegulates = 4, "negatively_regulates";
        /// A gene takes part in a process (GO annotation).
        AnnotatedTo = 5, "annotated_to";
        /// A disease shows a phenotype (HPO annotation).
        HasPhenotype = 6, "has_phenotype";
        /// Variants of a gene are associated with a disease.
        GeneOf = 7, "gene_of";
        /// A curated or user-given causal link; its sign says promotes or inhibits.
        Causes = 8, "causes";
    }
}

coded_enum! {
    /// The direction of a causal effect.
    Sign {
        /// Structural or associative: no direction of effect.
        Unsigned = 0, "unsigned";
        Promotes = 1, "promotes";
        Inhibits = 2, "inhibits";
    }
}

coded_enum! {
    /// Which source an edge or node was read from.
    Origin {
        GeneOntology = 0, "go";
        GoAnnotation = 1, "go_annotation";
        Hpo = 2, "hpo";
        HpoAnnotation = 3, "hpo_annotation";
        Curated = 4, "curated";
        User = 5, "user";
    }
}

impl Relation {
    /// The sign a relation implies when the data gives none.
    pub fn default_sign(self) -> Sign {
        match self {
            Relation::PositivelyRegulates => Sign::Promotes,
            Relation::NegativelyRegulates => Sign::Inhibits,
            _ => Sign::Unsigned,
        }
    }

    /// Where an edge of this relation usually comes from, given its source's kind. The
    /// snapshot stores origins only where they differ from this.
    pub fn usual_origin(self, source: NodeKind) -> Origin {
        match self {
            Relation::IsA if source == NodeKind::Phenotype => Origin::Hpo,
            Relation::IsA | Relation::PartOf | Relation::Regulates => Origin::GeneOntology,
            Relation::PositivelyRegulates | Relation::NegativelyRegulates => Origin::GeneOntology,
            Relation::AnnotatedTo => Origin::GoAnnotation,
            Relation::HasPhenotype | Relation::GeneOf => Origin::HpoAnnotation,
            Relation::Causes => Origin::Curated,
        }
    }

    /// Hierarchy edges (from the specific to the general term).
    pub fn is_hierarchy(self) -> bool {
        matches!(self, Relation::IsA | Relation::PartOf)
    }
}

/// Themes: groups of events that match the chapters of the factory story.
pub const THEMES: &[&str] = &[
    "genetics",
    "rna",
    "nucleocytoplasmic",
    "stress_granules",
    "aggregation",
    "autophagy",
    "mitochondria",
    "oxidative_stress",
    "excitotoxicity",
    "axonal_transport",
    "neuroinflammation",
    "cell_death",
    "phenotype",
    "biomarker",
];

/// A set of [`THEMES`], one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Themes(pub u16);

impl Themes {
    pub fn parse_list(list: &str) -> Result<Themes, String> {
        let mut bits = 0u16;
        for name in list.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            let at = THEMES
                .iter()
                .position(|t| *t == name)
                .ok_or_else(|| format!("unknown theme {name:?}"))?;
            bits |= 1 << at;
        }
        Ok(Themes(bits))
    }

    pub fn contains(self, theme: &str) -> bool {
        THEMES
            .iter()
            .position(|t| *t == theme)
            .is_some_and(|at| self.0 & (1 << at) != 0)
    }

    pub fn names(self) -> impl Iterator<Item = &'static str> {
        THEMES
            .iter()
            .enumerate()
            .filter(move |(i, _)| self.0 & (1 << i) != 0)
            .map(|(_, t)| *t)
    }
}

/// Who wrote a Chinese label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ZhOrigin {
    /// Translated by this project (shown with a note saying so).
    Project,
    /// Given by the source data itself.
    Source,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_round_trip() {
        for &k in NodeKind::ALL {
            assert_eq!(NodeKind::from_code(k.code()), Some(k));
            assert_eq!(NodeKind::parse(k.as_str()), Some(k));
        }
        for &r in Relation::ALL {
            assert_eq!(Relation::from_code(r.code()), Some(r));
            assert_eq!(Relation::parse(r.as_str()), Some(r));
        }
        for &o in Origin::ALL {
            assert_eq!(Origin::from_code(o.code()), Some(o));
        }
        assert_eq!(Sign::parse("inhibits"), Some(Sign::Inhibits));
        assert_eq!(Relation::from_code(200), None);
    }

    #[test]
    fn themes_parse_and_list() {
        let t = Themes::parse_list("rna; autophagy").expect("known themes");
        assert!(t.contains("rna") && t.contains("autophagy") && !t.contains("biomarker"));
        assert_eq!(t.names().collect::<Vec<_>>(), ["rna", "autophagy"]);
        assert!(Themes::parse_list("rna;astrology").is_err());
        assert!(THEMES.len() <= 16);
    }
}
