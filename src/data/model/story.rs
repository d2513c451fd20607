//! The factory story and the treatments as the app reads them: the shapes of the files
//! in data/story and data/treatments. They reach the app in `core.bin` (see
//! `crate::data::content`); `databuild` checks them against the graph and the reference
//! list before it writes them there.

use crate::i18n::Lang;
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
pub struct Both<T> {
    pub zh: T,
    pub en: T,
}

impl<T> Both<T> {
    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct SentenceRefs {
    pub family: Vec<Vec<String>>,
    pub science: Vec<Vec<String>>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Chapter {
    pub id: u8,
    pub title: Both<String>,
    pub factory_scene: Both<String>,
    pub family_text: Both<Vec<String>>,
    pub science: Both<Vec<String>>,
    pub sentence_refs: SentenceRefs,
    pub nodes: Vec<String>,
    pub therapy_ids: Vec<String>,
    /// True where the chapter is about what the ALSFRS-R measures: link to the form.
    #[serde(default)]
    pub self_assessment_link: bool,
}

/// A sentence in both languages with its sources (`PMID:`, `SEED:`, `SRC:`).
#[derive(Clone, Debug, Deserialize)]
pub struct Line {
    pub zh: String,
    pub en: String,
    pub refs: Vec<String>,
}

impl Line {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// One entry of `data/treatments/treatments.json` (schema in its README).
#[derive(Clone, Debug, Deserialize)]
pub struct Treatment {
    pub id: String,
    pub name: Both<String>,
    /// Where the Chinese name comes from: verified, notes, project, english.
    pub name_zh_source: String,
    /// Brand names, codes, other names, in any language: what the search also finds.
    pub aliases: Vec<String>,
    /// Where the notes name it (`1.2-table2`, `2.5`, …); empty for medicines they omit.
    #[serde(default)]
    pub seed_sections: Vec<String>,
    /// One of [`STRATEGIES`].
    pub strategy: String,
    /// One of [`STATUSES`]: the status in people.
    pub status: String,
    /// One plain sentence: what is known, in people.
    pub verdict: Both<String>,
    /// The date of the newest source behind the status (`2024`, `2024-09`, `2024-09-24`).
    pub as_of: String,
    pub status_refs: Vec<String>,
    #[serde(default)]
    pub approvals: Vec<Line>,
    #[serde(default)]
    pub how_given: Option<Line>,
    /// Trials in people: phase, whether the main measure was met, year.
    #[serde(default)]
    pub evidence: Vec<Line>,
    /// Where the notes' name, grouping or status differs, and how.
    #[serde(default)]
    pub notes_differ: Option<Both<String>>,
    pub advantages: Both<String>,
    pub limitations: Both<String>,
    pub refs: Vec<String>,
    pub mechanisms: Vec<String>,
    pub chapters: Vec<u8>,
    /// The project's reading of text the seed prints garbled.
    #[serde(default)]
    pub interpretation: Option<Both<String>>,
}

impl Treatment {
    /// Approved somewhere, or approved and withdrawn: the medicines that exist.
    pub fn is_medicine(&self) -> bool {
        self.status == "approved" || self.status == "withdrawn"
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct Warning {
    pub title: Both<String>,
    pub text: Both<Vec<String>>,
    pub sentence_refs: Vec<Vec<String>>,
}

/// The strategies and statuses (in the order the filters offer them), as databuild
/// checks them.
pub use treatment_model::{STATUSES, STRATEGIES};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_parses_and_is_complete() {
        let content = crate::data::content::tests::content();
        let (all, treatments) = (&content.chapters, &content.treatments);
        assert!(all.len() >= 11);
        for (i, c) in all.iter().enumerate() {
            assert_eq!(c.id as usize, i + 1, "chapters are numbered in order");
            for lang in Lang::ALL {
                assert!(!c.title.get(lang).is_empty());
                assert_eq!(c.family_text.get(lang).len(), c.sentence_refs.family.len());
                assert_eq!(c.science.get(lang).len(), c.sentence_refs.science.len());
            }
            for t in &c.therapy_ids {
                assert!(
                    treatments.iter().any(|x| &x.id == t),
                    "chapter {}: {t}",
                    c.id
                );
            }
        }
    }
}
