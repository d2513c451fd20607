//! The ALSFRS-R definition as data (`data/scales/alsfrs-r.json`), compiled in with
//! `include_str!` and parsed once. A corrected translation or hint needs no code change.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The JSON text of the definition, as shipped.
pub const ALSFRS_R_JSON: &str = include_str!("../../../data/scales/alsfrs-r.json");

/// Text in both languages. Chinese first: it is the app's first language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

/// The whole scale definition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleDefinition {
    pub id: String,
    pub version: u32,
    pub short_name: String,
    pub name: Text,
    /// Citation key (see `citations`) of the scale itself.
    pub citation: String,
    /// Says that the Chinese text is the project's own translation (shown on the form).
    pub translation_note: Text,
    pub instructions: Text,
    pub subdomains: Vec<SubdomainDef>,
    /// Form order: 1, 2, 3, 4, 5a, 5b, 6, …, 12.
    pub items: Vec<ItemDef>,
    pub citations: Vec<CitationDef>,
    /// Title, short explanation and citation of each figure, keyed by
    /// [`crate::FigureKey::as_str`].
    pub figures: Vec<FigureDef>,
    /// Wording of each [`crate::Reason`], keyed by [`crate::Reason::as_str`].
    pub reasons: Vec<ReasonDef>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubdomainDef {
    pub key: String,
    pub name: Text,
    /// Item numbers as strings ("5" stands for 5a or 5b).
    pub items: Vec<String>,
}

/// When an item version is asked: 5a without a gastrostomy, 5b with one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppliesWhen {
    NoGastrostomy,
    Gastrostomy,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemDef {
    /// "1" … "12", "5a", "5b".
    pub key: String,
    /// 1–12 (5 for both 5a and 5b).
    pub number: u8,
    /// `bulbar`, `fine_motor`, `gross_motor` or `respiratory`.
    pub subdomain: String,
    pub title: Text,
    pub question: Text,
    /// Only on 5a and 5b.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_when: Option<AppliesWhen>,
    /// Scores 4, 3, 2, 1, 0 in that order.
    pub options: Vec<OptionDef>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionDef {
    pub score: u8,
    /// `en`: the published anchor text, verbatim; `zh`: the project's translation.
    pub anchor: Text,
    /// Plain-language help, the project's own; shown apart from the anchor.
    pub hint: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationDef {
    pub key: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pmid: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureDef {
    pub key: String,
    pub citation: String,
    pub title: Text,
    pub explanation: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReasonDef {
    pub key: String,
    pub text: Text,
}

/// Why the shipped definition could not be used (a build-time mistake, caught by tests).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DefinitionError {
    #[error("the scale definition is not valid JSON of the expected shape: {0}")]
    Parse(String),
    #[error("the scale definition is inconsistent: {0}")]
    Inconsistent(String),
}

const ITEM_KEYS: [&str; 13] = [
    "1", "2", "3", "4", "5a", "5b", "6", "7", "8", "9", "10", "11", "12",
];

impl ScaleDefinition {
    /// Parses and checks a definition: the 13 item keys in form order, five options
    /// scored 4→0, no empty text, the subdomains of the design, citations resolvable.
    pub fn from_json(text: &str) -> Result<ScaleDefinition, DefinitionError> {
        let def: ScaleDefinition =
            serde_json::from_str(text).map_err(|e| DefinitionError::Parse(e.to_string()))?;
        def.check()?;
        Ok(def)
    }

    fn check(&self) -> Result<(), DefinitionError> {
        let bad = |msg: String| Err(DefinitionError::Inconsistent(msg));
        let keys: Vec<&str> = self.items.iter().map(|i| i.key.as_str()).collect();
        if keys != ITEM_KEYS {
            return bad(format!("item keys {keys:?}"));
        }
        for item in &self.items {
            let expected = crate::subdomain::Subdomain::of_item(item.number).map(|s| s.as_str());
            if expected != Some(item.subdomain.as_str()) {
                return bad(format!("item {} subdomain {}", item.key, item.subdomain));
            }
            let scores: Vec<u8> = item.options.iter().map(|o| o.score).collect();
            if scores != [4, 3, 2, 1, 0] {
                return bad(format!("item {} scores {scores:?}", item.key));
            }
            let texts = [&item.title, &item.question]
                .into_iter()
                .chain(item.options.iter().flat_map(|o| [&o.anchor, &o.hint]));
            for t in texts {
                if t.zh.trim().is_empty() || t.en.trim().is_empty() {
                    return bad(format!("item {} has an empty text", item.key));
                }
            }
        }
        let cites = |key: &str| self.citations.iter().any(|c| c.key == key);
        if !cites(&self.citation) || !self.figures.iter().all(|f| cites(&f.citation)) {
            return bad("a citation key has no entry".to_string());
        }
        Ok(())
    }

    /// The item with this key ("1"…"12", "5a", "5b").
    pub fn item(&self, key: &str) -> Option<&ItemDef> {
        self.items.iter().find(|i| i.key == key)
    }

    pub fn citation(&self, key: &str) -> Option<&CitationDef> {
        self.citations.iter().find(|c| c.key == key)
    }

    pub fn figure(&self, key: crate::derived::figure::FigureKey) -> Option<&FigureDef> {
        self.figures.iter().find(|f| f.key == key.as_str())
    }

    pub fn reason(&self, reason: crate::derived::figure::Reason) -> Option<&ReasonDef> {
        self.reasons.iter().find(|r| r.key == reason.as_str())
    }
}

/// The shipped ALSFRS-R definition, parsed on first use.
pub fn alsfrs_r() -> Result<&'static ScaleDefinition, DefinitionError> {
    static PARSED: OnceLock<Result<ScaleDefinition, DefinitionError>> = OnceLock::new();
    PARSED
        .get_or_init(|| ScaleDefinition::from_json(ALSFRS_R_JSON))
        .as_ref()
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FigureKey, Reason};

    fn has_cjk(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn shipped_definition_parses_and_is_complete() {
        let def = alsfrs_r().unwrap();
        assert_eq!(def.id, "alsfrs-r");
        assert_eq!(def.items.len(), 13, "12 items with 5a and 5b");
        let numbers: std::collections::BTreeSet<u8> = def.items.iter().map(|i| i.number).collect();
        assert_eq!(numbers.len(), 12);
        assert_eq!(
            def.item("5a").unwrap().applies_when,
            Some(AppliesWhen::NoGastrostomy)
        );
        assert_eq!(
            def.item("5b").unwrap().applies_when,
            Some(AppliesWhen::Gastrostomy)
        );
        for item in &def.items {
            assert_eq!(item.options.len(), 5, "item {}", item.key);
            assert!(has_cjk(&item.title.zh) && has_cjk(&item.question.zh));
            for (o, score) in item.options.iter().zip([4u8, 3, 2, 1, 0]) {
                assert_eq!(o.score, score);
                assert!(!o.anchor.en.is_empty() && !o.hint.en.is_empty());
                assert!(has_cjk(&o.anchor.zh), "{} {}", item.key, o.score);
                assert!(has_cjk(&o.hint.zh), "{} {}", item.key, o.score);
                assert!(!has_cjk(&o.anchor.en) && !has_cjk(&o.hint.en));
                assert_ne!(o.anchor.zh, o.hint.zh, "hint kept apart from anchor");
            }
        }
        assert!(has_cjk(&def.translation_note.zh));
        assert!(def.translation_note.en.contains("own translation"));
        let cite = def.citation(&def.citation).unwrap();
        assert!(cite.text.contains("Cedarbaum JM") && cite.text.contains("1999;169:13–21"));
    }

    #[test]
    fn anchors_are_the_published_english_text() {
        let def = alsfrs_r().unwrap();
        let anchor = |key: &str, score: u8| {
            let item = def.item(key).unwrap();
            item.options
                .iter()
                .find(|o| o.score == score)
                .unwrap()
                .anchor
                .en
                .clone()
        };
        assert_eq!(anchor("1", 2), "Intelligible with repeating");
        assert_eq!(anchor("3", 3), "Early eating problems—occasional choking");
        assert_eq!(anchor("4", 3), "Slow or sloppy; all words are legible");
        assert_eq!(anchor("5b", 1), "Provides minimal assistance to caregiver");
        assert_eq!(anchor("8", 1), "Nonambulatory functional movement only");
        assert_eq!(
            anchor("12", 0),
            "Invasive mechanical ventilation by intubation or tracheostomy"
        );
    }

    #[test]
    fn every_figure_and_reason_has_wording_and_citation() {
        let def = alsfrs_r().unwrap();
        for key in FigureKey::ALL {
            let f = def.figure(key).unwrap_or_else(|| panic!("{key:?}"));
            assert_eq!(f.citation, key.citation().as_str());
            assert!(has_cjk(&f.explanation.zh) && !f.explanation.en.is_empty());
        }
        for reason in Reason::ALL {
            let r = def.reason(reason).unwrap_or_else(|| panic!("{reason:?}"));
            assert!(has_cjk(&r.text.zh) && !r.text.en.is_empty());
        }
        for c in crate::derived::figure::CitationKey::ALL {
            assert!(def.citation(c.as_str()).is_some(), "{c:?}");
        }
    }

    #[test]
    fn broken_definitions_are_refused() {
        assert!(matches!(
            ScaleDefinition::from_json("{}"),
            Err(DefinitionError::Parse(_))
        ));
        let mut v: serde_json::Value = serde_json::from_str(ALSFRS_R_JSON).unwrap();
        v["items"][0]["options"][0]["score"] = 3.into();
        assert!(matches!(
            ScaleDefinition::from_json(&v.to_string()),
            Err(DefinitionError::Inconsistent(_))
        ));
    }
}
