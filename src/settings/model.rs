//! What the user can set, how it is stored, and which language a visit starts in.
//! Pure: no browser needed, tested natively.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// Text size relative to the browser's default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    #[serde(rename = "100")]
    P100,
    #[serde(rename = "125")]
    P125,
    #[serde(rename = "150")]
    P150,
    #[serde(rename = "200")]
    P200,
}

impl TextSize {
    pub const ALL: [TextSize; 4] = [
        TextSize::P100,
        TextSize::P125,
        TextSize::P150,
        TextSize::P200,
    ];

    pub fn percent(self) -> u16 {
        match self {
            TextSize::P100 => 100,
            TextSize::P125 => 125,
            TextSize::P150 => 150,
            TextSize::P200 => 200,
        }
    }
}

/// The persistent settings. `lang` is `None` until the user picks a language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Option<Lang>,
    pub text_size: TextSize,
    pub high_contrast: bool,
    /// Forces reduced motion; the system preference is honoured whatever this says.
    pub reduce_motion: bool,
}

/// The storage envelope. Bump `SCHEMA_VERSION` and migrate in [`StoredSettings::settings`]
/// when the shape changes, so stored settings survive an upgrade.
#[derive(Debug, Serialize, Deserialize)]
pub struct StoredSettings {
    version: u32,
    settings: Settings,
}

pub const SCHEMA_VERSION: u32 = 1;

impl StoredSettings {
    pub fn new(settings: Settings) -> Self {
        StoredSettings {
            version: SCHEMA_VERSION,
            settings,
        }
    }

    /// The settings, or `None` when written by a version this one cannot read: the
    /// caller starts from defaults and leaves the stored value alone until the user
    /// changes a setting.
    pub fn settings(self) -> Option<Settings> {
        (self.version == SCHEMA_VERSION).then_some(self.settings)
    }
}

/// The language a visit starts in: `?lang=` in the address, else the user's saved
/// choice, else the first of the browser's languages that the app has, else Chinese.
pub fn initial_lang(query: Option<&str>, saved: Option<Lang>, browser: &[String]) -> Lang {
    query
        .and_then(Lang::from_tag)
        .or(saved)
        .or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag)))
        .unwrap_or_default()
}

/// The value of `lang` in a query string such as `?lang=en&x=1` (or `lang=en`).
pub fn lang_param(search: &str) -> Option<&str> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
}

/// The query string without its `lang` parameter (`""` when nothing is left).
pub fn without_lang_param(search: &str) -> String {
    let rest: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .collect();
    if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn chinese_is_the_default() {
        assert_eq!(initial_lang(None, None, &[]), Lang::Zh);
        assert_eq!(initial_lang(None, None, &langs(&["fr-FR", "de"])), Lang::Zh);
    }

    #[test]
    fn browser_language_is_respected() {
        assert_eq!(
            initial_lang(None, None, &langs(&["en-US", "zh-CN"])),
            Lang::En
        );
        assert_eq!(
            initial_lang(None, None, &langs(&["fr", "zh-TW", "en"])),
            Lang::Zh
        );
    }

    #[test]
    fn saved_choice_beats_browser_and_address_beats_both() {
        let browser = langs(&["en-US"]);
        assert_eq!(initial_lang(None, Some(Lang::Zh), &browser), Lang::Zh);
        assert_eq!(initial_lang(Some("en"), Some(Lang::Zh), &browser), Lang::En);
        assert_eq!(initial_lang(Some("xx"), Some(Lang::Zh), &browser), Lang::Zh);
    }

    #[test]
    fn query_parameter_is_found_and_removed() {
        assert_eq!(lang_param("?lang=en"), Some("en"));
        assert_eq!(lang_param("?a=1&lang=zh"), Some("zh"));
        assert_eq!(lang_param("?a=1"), None);
        assert_eq!(without_lang_param("?lang=en"), "");
        assert_eq!(without_lang_param("?a=1&lang=en&b=2"), "?a=1&b=2");
        assert_eq!(without_lang_param(""), "");
    }

    fn encode(s: &Settings) -> String {
        serde_json::to_string(&StoredSettings::new(*s)).expect("serialise")
    }

    fn decode(raw: &str) -> Option<Settings> {
        serde_json::from_str::<StoredSettings>(raw).ok()?.settings()
    }

    #[test]
    fn settings_round_trip_through_storage() {
        let s = Settings {
            lang: Some(Lang::En),
            text_size: TextSize::P200,
            high_contrast: true,
            reduce_motion: true,
        };
        assert_eq!(decode(&encode(&s)), Some(s));
    }

    #[test]
    fn stored_format_is_stable() {
        let raw = r#"{"version":1,"settings":{"lang":"en","text_size":"150","high_contrast":false,"reduce_motion":true}}"#;
        let s = decode(raw).expect("version 1 settings decode");
        assert_eq!(s.lang, Some(Lang::En));
        assert_eq!(s.text_size, TextSize::P150);
        assert!(s.reduce_motion);
        // Fields added later default when absent.
        let old = decode(r#"{"version":1,"settings":{"lang":"zh"}}"#).expect("partial");
        assert_eq!(old.text_size, TextSize::P100);
    }

    #[test]
    fn unreadable_storage_is_ignored_not_trusted() {
        assert_eq!(decode(""), None);
        assert_eq!(decode("{not json"), None);
        assert_eq!(decode(r#"{"version":99,"settings":{}}"#), None);
        assert_eq!(
            decode(r#"{"version":1,"settings":{"text_size":"300"}}"#),
            None
        );
    }
}
