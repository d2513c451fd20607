//! Every user-visible string of the app, in Simplified Chinese and English.
//!
//! The catalogue is a typed table (`catalogue.rs`): a key cannot exist in one language
//! and not the other, because each entry is written as a `zh, en` pair and the compiler
//! checks the match is complete. The tests below catch what the compiler cannot: empty
//! entries and text left untranslated.

mod catalogue;
pub mod choice;
pub mod fill;
pub mod lang;

pub(crate) use catalogue::catalogue;
pub use catalogue::AppText;
pub use fill::Fill;
pub use lang::{text, Lang, Words};

use leptos::prelude::*;

/// The reactive language of the page, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// A reactive text: re-renders wherever it is used when the language changes.
    pub fn t(self, key: impl Words) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || text(self.lang.get(), key)
    }

    /// The text now, tracked when called inside a reactive scope.
    pub fn get(self, key: impl Words) -> &'static str {
        text(self.lang.get(), key)
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Each table's entries are checked by its own test, written by `catalogue!`
    // (`fill::check_table`: both languages, each in its script, the same placeholders).

    #[test]
    fn keys_are_unique_and_listed() {
        let mut seen = std::collections::HashSet::new();
        for &key in AppText::ALL {
            assert!(seen.insert(key), "{key:?} listed twice");
        }
        assert!(AppText::ALL.len() > 50);
    }

    #[test]
    fn language_tags_are_read_leniently() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("zh_CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("zh-Hant-TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag(" EN "), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
