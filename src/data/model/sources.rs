//! The dated sources of the treatments' statuses (`data/treatments/sources.tsv`), as
//! rows; shown by `crate::content::sources`.

/// One row of `sources.tsv`.
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
    pub confidence: String,
    /// The language of the organisation's name: en, zh, ja or ko.
    pub lang: String,
}

/// The rows of `sources.tsv` (after its header).
pub fn parse_sources(text: &str) -> Result<Vec<SourceRow>, String> {
    text.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, line)| {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 8 {
                return Err(format!("sources.tsv line {}: too few columns", n + 1));
            }
            Ok(SourceRow {
                id: c[0].into(),
                organisation: c[1].into(),
                title: c[2].into(),
                url: c[3].into(),
                date: c[4].into(),
                confidence: c[5].into(),
                lang: c[7].into(),
            })
        })
        .collect()
}
