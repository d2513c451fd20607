//! Which treatments the page shows: a name search over the Chinese and English names and
//! the aliases (brand names, codes), and filters by status, strategy and mechanism. Pure,
//! tested natively.

use crate::data::model::story::Treatment;

/// A name as the search compares it: lower case, without spaces, hyphens, dots or
/// brackets, so that "amx 0035", "AMX-0035" and "AMX0035" are the same.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !"-·.()（）/_,，、".contains(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether the entry's names or aliases contain the query (every entry, for no query).
pub fn matches(t: &Treatment, query: &str) -> bool {
    let q = fold(query);
    q.is_empty()
        || [&t.name.zh, &t.name.en]
            .into_iter()
            .chain(&t.aliases)
            .any(|n| fold(n).contains(&q))
}

/// What the reader chose.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub query: String,
    /// Empty: any status.
    pub status: String,
    pub strategy: Option<&'static str>,
    /// Empty: any mechanism.
    pub mechanism: String,
}

impl Filter {
    pub fn keeps(&self, t: &Treatment) -> bool {
        (self.status.is_empty() || t.status == self.status)
            && self.strategy.is_none_or(|s| t.strategy == s)
            && (self.mechanism.is_empty() || t.mechanisms.contains(&self.mechanism))
            && matches(t, &self.query)
    }
}

/// The entries shown, in the file's order (the medicines that exist first).
pub fn shown<'a>(all: &'a [Treatment], filter: &Filter) -> Vec<&'a Treatment> {
    all.iter().filter(|t| filter.keeps(t)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<Treatment> {
        crate::data::content::tests::content().treatments
    }

    fn ids(query: &str) -> Vec<String> {
        let all = all();
        let f = Filter {
            query: query.into(),
            ..Filter::default()
        };
        shown(&all, &f).iter().map(|t| t.id.clone()).collect()
    }

    #[test]
    fn names_brands_and_codes_in_both_languages_are_found() {
        for (q, id) in [
            ("利鲁唑", "riluzole"),
            ("riluzole", "riluzole"),
            ("Rilutek", "riluzole"),
            ("依达拉奉", "edaravone"),
            ("Radicava", "edaravone"),
            ("托夫生", "tofersen"),
            ("qalsody", "tofersen"),
            ("AMX0035", "relyvrio-amx0035"),
            ("amx 0035", "relyvrio-amx0035"),
            ("甲钴胺", "methylcobalamin"),
            ("SAR443820", "ripk1-sar443820"),
            ("debamestrocel", "nurown"),
        ] {
            let found = ids(q);
            assert_eq!(
                found.first().map(String::as_str),
                Some(id),
                "{q}: {found:?}"
            );
        }
        assert!(ids("no such medicine").is_empty());
        assert_eq!(ids("").len(), all().len());
    }

    #[test]
    fn the_medicines_that_exist_come_first_and_the_filters_combine() {
        let all = all();
        let first: Vec<&str> = all.iter().take(3).map(|t| t.id.as_str()).collect();
        assert_eq!(first, ["riluzole", "edaravone", "tofersen"]);
        let medicines = all.iter().take_while(|t| t.is_medicine()).count();
        assert_eq!(medicines, all.iter().filter(|t| t.is_medicine()).count());
        let approved = Filter {
            status: "approved".into(),
            ..Filter::default()
        };
        let got: Vec<&str> = shown(&all, &approved)
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        assert_eq!(
            got,
            ["riluzole", "edaravone", "tofersen", "methylcobalamin"]
        );
        let gene_and_approved = Filter {
            strategy: Some("gene_therapy"),
            ..approved.clone()
        };
        assert_eq!(shown(&all, &gene_and_approved).len(), 1);
        let stem_cells_approved = Filter {
            strategy: Some("stem_cell"),
            ..approved
        };
        assert!(shown(&all, &stem_cells_approved).is_empty());
    }

    #[test]
    fn every_entry_has_a_status_a_verdict_and_a_dated_source() {
        for t in all() {
            assert!(
                crate::data::model::story::STATUSES.contains(&t.status.as_str()),
                "{}",
                t.id
            );
            assert!(
                !t.verdict.zh.is_empty() && !t.verdict.en.is_empty(),
                "{}",
                t.id
            );
            assert!(
                t.as_of.len() >= 4 && t.as_of[..4].parse::<u16>().is_ok(),
                "{}",
                t.id
            );
            assert!(!t.status_refs.is_empty(), "{}", t.id);
            assert!(!t.aliases.is_empty(), "{}", t.id);
        }
    }
}
