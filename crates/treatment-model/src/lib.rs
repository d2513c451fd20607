//! The treatment catalogue's vocabulary and the rows of its dated sources
//! (`data/treatments/`, schema in its README), defined once: `databuild` checks the
//! files against them before it writes them into `core.bin`; the app filters and shows
//! the entries with them.

/// The status of an entry in people, in the order the treatments page's filter offers
/// them.
pub const STATUSES: [&str; 5] = [
    "approved",
    "withdrawn",
    "in_trials",
    "not_shown",
    "animal_only",
];

/// The seed's five groups of strategies, and `other` for medicines the notes do not
/// list.
pub const STRATEGIES: [&str; 6] = [
    "small_molecule",
    "microglia",
    "antioxidant_mitochondria",
    "gene_therapy",
    "stem_cell",
    "other",
];

/// Where an entry's Chinese name comes from: a source of STATUS_FACTS, the notes
/// (unverified), the project's own rendering, or the English name used in Chinese too.
pub const NAME_SOURCES: [&str; 4] = ["verified", "notes", "project", "english"];

/// The confidence ratings of STATUS_FACTS.md that the app may state (and `seed` for the
/// notes themselves).
pub const CONFIDENCES: [&str; 4] = ["High", "Medium-High", "Medium", "seed"];

/// The languages an organisation's name may be written in (`sources.tsv`, last column).
pub const SOURCE_LANGUAGES: [&str; 4] = ["en", "zh", "ja", "ko"];

/// One row of `data/treatments/sources.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRow {
    pub id: String,
    /// The organisation or publication, in its own language.
    pub organisation: String,
    /// The page's title; in square brackets where the file names what the page is instead.
    pub title: String,
    /// Empty only for the notes themselves.
    pub url: String,
    /// `2024-09-24`, `2024`, or `n.d. (…)`.
    pub date: String,
    /// One of [`CONFIDENCES`] (databuild refuses any other).
    pub confidence: String,
    /// The language of the organisation's name: one of [`SOURCE_LANGUAGES`].
    pub lang: String,
}

/// Columns of a row of `sources.tsv`: id, organisation, title, url, date, confidence,
/// note, language.
pub const SOURCE_COLUMNS: usize = 8;

impl SourceRow {
    /// A row from its tab-separated columns; `None` when there are too few.
    pub fn from_columns(c: &[&str]) -> Option<SourceRow> {
        (c.len() >= SOURCE_COLUMNS).then(|| SourceRow {
            id: c[0].into(),
            organisation: c[1].into(),
            title: c[2].into(),
            url: c[3].into(),
            date: c[4].into(),
            confidence: c[5].into(),
            lang: c[7].into(),
        })
    }
}

/// The rows of `sources.tsv` (after its header; blank lines skipped).
pub fn parse_sources(text: &str) -> Result<Vec<SourceRow>, String> {
    text.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, line)| {
            let c: Vec<&str> = line.split('\t').collect();
            SourceRow::from_columns(&c)
                .ok_or_else(|| format!("sources.tsv line {}: too few columns", n + 1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_read_by_column_and_short_ones_refused() {
        let text = "id\torganisation\ttitle\turl\tdate\tconfidence\tnote\tlang\n\
                    SRC:fda\tFDA\tApproval\thttps://fda.gov\t2024-09-24\tHigh\t\ten\n\n";
        let rows = parse_sources(text).expect("parses");
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (
                rows[0].id.as_str(),
                rows[0].confidence.as_str(),
                rows[0].lang.as_str()
            ),
            ("SRC:fda", "High", "en")
        );
        assert!(parse_sources("id\nonly\tthree\tcols\n").is_err());
    }
}
