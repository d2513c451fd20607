//! The two languages of the interface and what a string table is: below the tables
//! (`catalogue.rs` and each feature's `say.rs`) and the placeholder checks (`fill.rs`),
//! which import this and not the module that gathers them.

use serde::{Deserialize, Serialize};

/// A table of user-visible strings: each key has a Chinese and an English text.
pub trait Words: Copy + Send + Sync + 'static {
    fn pair(self) -> [&'static str; 2];
}

/// A language of the interface. Chinese is first: it is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// Short code used in URLs (`?lang=en`) and in storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// BCP 47 tag for the `lang` attribute.
    pub fn html_tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }

    /// The language's own name, shown on the switch (always in that language).
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// Reads a language tag such as `en`, `en-GB`, `zh`, `zh-CN`, `zh-Hant-TW`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The text of `key` in `lang`.
pub fn text(lang: Lang, key: impl Words) -> &'static str {
    let [zh, en] = key.pair();
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}
