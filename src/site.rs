//! Where this document sits in the site, and so what a link to a view looks like. Pure,
//! tested natively.
//!
//! The app's own document (`index.html` holding a tool, or the single file) shows every
//! view under a hash route (`#/story/3`). A release also has each *reading* view written
//! as a page of its own, one per language (`story/3/` in Chinese, `en/story/3/` in
//! English; `src/bin/prerender.rs`). A page carries `<base href>` to the site's root, so
//! every link in it is written from the root: reading views by their address, tools as
//! the root document with the page's language (`./?lang=en#/assess`).

use crate::i18n::Lang;
use crate::route::Route;
use std::cell::Cell;

/// How the current document links to views.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    /// One document, every view a hash route. `pages`: the release also has the reading
    /// pages, and the router takes a reading route to its page.
    Hash { pages: bool },
    /// A reading page of `lang` (or the root document showing home in Chinese).
    Page { lang: Lang },
}

thread_local! {
    static CURRENT: Cell<Site> = const { Cell::new(Site::Hash { pages: false }) };
}

/// The site of this document (set once at start; by the prerenderer for each page).
pub fn current() -> Site {
    CURRENT.with(Cell::get)
}

pub fn set(site: Site) {
    CURRENT.with(|c| c.set(site));
}

/// The folder of a language's pages, from the root: `""` for Chinese, `"en/"`.
pub fn lang_prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => "en/",
    }
}

impl Route {
    /// The reading views, in the order of the site's pages (and its sitemap).
    pub fn reading() -> Vec<Route> {
        let mut all = vec![Route::Home, Route::Story(None)];
        all.extend((1..=crate::route::CHAPTERS).map(|n| Route::Story(Some(n))));
        all.extend([
            Route::Treatments(String::new()),
            Route::Biomarkers,
            Route::Standards,
            Route::About,
        ]);
        all
    }

    /// A reading view's folder, from the site's root in Chinese (`story/3/`; home is
    /// `""`); `None` for a tool, which lives in the root document.
    pub fn page_path(&self) -> Option<String> {
        Some(match self {
            Route::Home => String::new(),
            Route::Story(None) => "story/".into(),
            Route::Story(Some(n)) if *n <= crate::route::CHAPTERS => format!("story/{n}/"),
            Route::Treatments(_) => "treatments/".into(),
            Route::Biomarkers => "biomarkers/".into(),
            Route::Standards => "standards/".into(),
            Route::About => "about/".into(),
            _ => return None,
        })
    }

    /// The page of this view in `lang`, from the site's root (`en/story/3/`; Chinese
    /// home is `./`).
    pub fn page_in(&self, lang: Lang) -> Option<String> {
        let path = format!("{}{}", lang_prefix(lang), self.page_path()?);
        Some(if path.is_empty() { "./".into() } else { path })
    }

    /// The link to this view from the current document.
    pub fn href(&self) -> String {
        current().link(self)
    }
}

impl Site {
    /// The link to `route` from a document of this site.
    pub fn link(self, route: &Route) -> String {
        match self {
            Site::Page { lang } => match route.page_in(lang) {
                Some(page) if route.query().is_empty() => page,
                Some(page) => format!("{page}?{}", route.query().encode()),
                None => self.link_hash(&route.hash()),
            },
            Site::Hash { .. } => self.link_hash(&route.hash()),
        }
    }

    /// A link to a hash route with its query (`#/graph?of=chapter&id=3`): as it is in the
    /// app's document; from a page, the root document in the page's language.
    pub fn link_hash(self, hash: &str) -> String {
        match self {
            Site::Hash { .. } => hash.to_string(),
            Site::Page { lang } => format!("./?lang={}{hash}", lang.code()),
        }
    }
}

impl Site {
    /// A link to a place on a view's page (`#/standards#reversal`, `standards/#reversal`).
    pub fn place(self, route: &Route, id: &str) -> String {
        format!("{}#{id}", self.link(route))
    }

    /// The whole address of `route` shown in this document, from `base` (the document's
    /// address without query and hash): the page itself, or the document and the hash.
    pub fn full_link(self, base: &str, route: &Route) -> String {
        match self {
            Site::Page { .. } => base.to_string(),
            Site::Hash { .. } => format!("{base}{}", route.hash()),
        }
    }
}

/// Where the router sends a reading route shown in the app's document of a release with
/// pages: the page in `lang`, with the hash's query as the page's query and a place on
/// the page kept (`#/treatments?q=x` → `treatments/?q=x`, `#/standards#reversal` →
/// `standards/#reversal`). `None` when the route stays in the document.
pub fn page_for_hash(hash: &str, lang: Lang) -> Option<String> {
    let route = Route::from_hash(hash);
    let page = route.page_in(lang)?;
    let raw = hash.strip_prefix('#').unwrap_or(hash);
    let (rest, place) = match raw.split_once('#') {
        Some((r, p)) => (r, format!("#{p}")),
        None => (raw, String::new()),
    };
    let query = rest
        .split_once('?')
        .map(|(_, q)| q)
        .filter(|q| !q.is_empty())
        .map(|q| format!("?{q}"))
        .unwrap_or_default();
    Some(format!("{page}{query}{place}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::AssessView;

    #[test]
    fn a_page_links_reading_views_by_address_and_tools_through_the_root() {
        let en = Site::Page { lang: Lang::En };
        let zh = Site::Page { lang: Lang::Zh };
        assert_eq!(en.link(&Route::Story(Some(3))), "en/story/3/");
        assert_eq!(zh.link(&Route::Story(Some(3))), "story/3/");
        assert_eq!(zh.link(&Route::Home), "./");
        assert_eq!(en.link(&Route::Home), "en/");
        assert_eq!(
            en.link(&Route::assess(AssessView::Form)),
            "./?lang=en#/assess"
        );
        assert_eq!(
            zh.link_hash("#/graph?of=chapter&id=3"),
            "./?lang=zh#/graph?of=chapter&id=3"
        );
        // A chapter that does not exist has no page: the app's not-found view says so.
        assert_eq!(zh.link(&Route::Story(Some(99))), "./?lang=zh#/story/99");
    }

    #[test]
    fn the_apps_document_keeps_hash_links() {
        let app = Site::Hash { pages: true };
        assert_eq!(app.link(&Route::Story(Some(3))), "#/story/3");
        assert_eq!(app.link(&Route::About), "#/about");
    }

    #[test]
    fn every_reading_view_has_one_page_per_language() {
        let pages: Vec<String> = Route::reading()
            .iter()
            .flat_map(|r| Lang::ALL.map(|l| r.page_in(l).expect("a page")))
            .collect();
        let mut unique = pages.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), pages.len());
        assert_eq!(pages.len(), 2 * (2 + crate::route::CHAPTERS as usize + 4));
    }

    #[test]
    fn the_story_has_as_many_chapters_as_pages() {
        let content = crate::data::content::tests::content();
        assert_eq!(content.chapters.len(), crate::route::CHAPTERS as usize);
    }

    #[test]
    fn old_hash_links_find_their_page() {
        assert_eq!(
            page_for_hash("#/story/3", Lang::Zh).as_deref(),
            Some("story/3/")
        );
        assert_eq!(page_for_hash("#/", Lang::En).as_deref(), Some("en/"));
        assert_eq!(page_for_hash("", Lang::Zh).as_deref(), Some("./"));
        assert_eq!(
            page_for_hash("#/treatments?q=riluzole", Lang::En).as_deref(),
            Some("en/treatments/?q=riluzole")
        );
        assert_eq!(
            page_for_hash("#/standards#reversal", Lang::Zh).as_deref(),
            Some("standards/#reversal")
        );
        assert_eq!(page_for_hash("#/assess?scan=1", Lang::Zh), None);
        assert_eq!(page_for_hash("#/graph?of=chapter&id=3", Lang::Zh), None);
    }
}
