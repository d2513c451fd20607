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

#[cfg(test)]
mod tests {
    use super::*;

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
