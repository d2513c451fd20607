//! Hash routes (`#/about`): deep links that work on any static host and from `file://`,
//! where path routes cannot. Parsing is pure and tested natively.

use crate::i18n::Key;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
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
        let path = raw.split(['?', '&']).next().unwrap_or("");
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["about"] => Route::About,
            ["settings"] => Route::Settings,
            _ => Route::NotFound(raw.to_string()),
        }
    }

    /// The link to this route, relative to the page: `#/about`.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::About => "#/about".to_string(),
            Route::Settings => "#/settings".to_string(),
            Route::NotFound(raw) => format!("#{raw}"),
        }
    }

    /// The name of the view, used for its heading in the title bar.
    pub fn title_key(&self) -> Key {
        match self {
            Route::Home => Key::AppName,
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
    pub fn nav() -> [Route; 3] {
        [Route::Home, Route::About, Route::Settings]
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
        for route in Route::nav() {
            assert_eq!(Route::from_hash(&route.href()), route);
        }
        let lost = Route::NotFound("/x/y".into());
        assert_eq!(Route::from_hash(&lost.href()), lost);
    }
}
