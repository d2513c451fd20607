//! Hash routes (`#/about`): deep links that work on any static host and from `file://`,
//! where path routes cannot. Parsing is pure and tested natively.

use crate::i18n::Key;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The factory story: its chapter list, or one chapter (numbered from 1).
    Story(Option<u8>),
    Treatments,
    Biomarkers,
    Standards,
    About,
    Settings,
    /// Anything else; keeps what was asked for so the page can show it.
    NotFound(String),
}

impl Route {
    /// Reads `location.hash`: `""`, `"#"`, `"#/"` are home; `"#/about/"` is about.
    /// A query after the path (`#/about?x=1`) is ignored here; views read it themselves.
    pub fn from_hash(hash: &str) -> Route {
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        // A second `#` names a place on the page (`#/standards#reversal`), not a route.
        let path = raw.split(['?', '&', '#']).next().unwrap_or("");
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["story"] => Route::Story(None),
            ["story", n] => match n.parse::<u8>() {
                Ok(n) if n >= 1 => Route::Story(Some(n)),
                _ => Route::NotFound(raw.to_string()),
            },
            ["treatments"] => Route::Treatments,
            ["biomarkers"] => Route::Biomarkers,
            ["standards"] => Route::Standards,
            ["about"] => Route::About,
            ["settings"] => Route::Settings,
            _ => Route::NotFound(raw.to_string()),
        }
    }

    /// The link to this route, relative to the page: `#/about`.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Story(None) => "#/story".to_string(),
            Route::Story(Some(n)) => format!("#/story/{n}"),
            Route::Treatments => "#/treatments".to_string(),
            Route::Biomarkers => "#/biomarkers".to_string(),
            Route::Standards => "#/standards".to_string(),
            Route::About => "#/about".to_string(),
            Route::Settings => "#/settings".to_string(),
            Route::NotFound(raw) => format!("#{raw}"),
        }
    }

    /// The name of the view, used for its heading in the title bar.
    pub fn title_key(&self) -> Key {
        match self {
            Route::Home => Key::AppName,
            Route::Story(_) => Key::NavStory,
            Route::Treatments => Key::NavTreatments,
            Route::Biomarkers => Key::NavBiomarkers,
            Route::Standards => Key::NavStandards,
            Route::About => Key::NavAbout,
            Route::Settings => Key::NavSettings,
            Route::NotFound(_) => Key::NotFoundTitle,
        }
    }

    /// The name of the view in navigation and link lists.
    pub fn nav_key(&self) -> Key {
        match self {
            Route::Home => Key::NavHome,
            other => other.title_key(),
        }
    }

    /// Routes shown in the main navigation, in order.
    pub fn nav() -> [Route; 7] {
        [
            Route::Home,
            Route::Story(None),
            Route::Treatments,
            Route::Biomarkers,
            Route::Standards,
            Route::About,
            Route::Settings,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_hashes_are_home() {
        for hash in ["", "#", "#/", "#//"] {
            assert_eq!(Route::from_hash(hash), Route::Home, "{hash:?}");
        }
    }

    #[test]
    fn known_paths_parse_with_or_without_slashes_and_queries() {
        assert_eq!(Route::from_hash("#/about"), Route::About);
        assert_eq!(Route::from_hash("#/about/"), Route::About);
        assert_eq!(Route::from_hash("#about"), Route::About);
        assert_eq!(Route::from_hash("#/settings?lang=en"), Route::Settings);
        assert_eq!(Route::from_hash("#/story"), Route::Story(None));
        assert_eq!(Route::from_hash("#/standards#reversal"), Route::Standards);
        assert_eq!(Route::from_hash("#/story/3"), Route::Story(Some(3)));
        assert_eq!(
            Route::from_hash("#/story/0"),
            Route::NotFound("/story/0".into())
        );
        assert_eq!(
            Route::from_hash("#/story/x"),
            Route::NotFound("/story/x".into())
        );
    }

    #[test]
    fn unknown_paths_keep_what_was_asked() {
        assert_eq!(
            Route::from_hash("#/nowhere/3"),
            Route::NotFound("/nowhere/3".into())
        );
        assert_eq!(
            Route::from_hash("#/about/extra"),
            Route::NotFound("/about/extra".into())
        );
    }

    #[test]
    fn href_round_trips() {
        for route in Route::nav().into_iter().chain([Route::Story(Some(12))]) {
            assert_eq!(Route::from_hash(&route.href()), route);
        }
        let lost = Route::NotFound("/x/y".into());
        assert_eq!(Route::from_hash(&lost.href()), lost);
    }
}
