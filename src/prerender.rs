//! The reading pages of a release, rendered at build time from the app's own components
//! and data (`cargo run --features prerender --bin prerender -- dist`, run by
//! scripts/pages.mjs after Trunk): home, the story and its chapters, treatments,
//! biomarkers, standards, about and the not-found page, in each language, each with its
//! title, description, share tags, canonical link and language alternates.

use crate::app::{page_title, Frame};
use crate::data::{ContentState, GraphData, Load};
use crate::i18n::{text, AppText, I18n, Lang};
use crate::route::Route;
use crate::router::Router;
use crate::settings::SettingsState;
use crate::site::{self, Site};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use mechgraph::Snapshot;
use std::sync::Arc;

/// One page to write: where, and what is in its `<head>` and `#app`.
pub struct Page {
    /// The file, from the site's root (`en/story/3/index.html`, `404.html`).
    pub file: String,
    pub lang: Lang,
    /// `<base href>`: the way back to the root (`../../`), empty at the root.
    pub root: String,
    /// The folder of the view for `<meta name="als-page">` (`story/3/`).
    pub path: String,
    pub title: String,
    pub description: String,
    /// The page's own address and its other language's, from the root; none for 404.
    pub address: Option<(String, String)>,
    pub body: String,
}

/// The way back to the root from a page's folder: `../` for each level.
pub fn root_of(folder: &str) -> String {
    "../".repeat(folder.matches('/').count())
}

/// The first plain paragraph of a view, for its description (at most 160 characters).
fn description(route: &Route, lang: Lang, content: &crate::data::Content) -> String {
    let first = match route {
        Route::Story(Some(n)) => content
            .chapter(*n)
            .and_then(|c| c.family_text.get(lang).first().cloned()),
        other => crate::pages::PageId::of(other)
            .and_then(|id| content.page(id).intro.get(lang).first().cloned()),
    };
    let text = first.unwrap_or_else(|| text(lang, AppText::MetaDescription).to_string());
    let mut short: String = text.chars().take(160).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

/// Renders `route` in `lang` as the app would once core.bin is loaded (`shell`: as a
/// tool's first screen, see `tool_shell`): the body, the title and the description.
fn render_frame(
    core: &Arc<Snapshot>,
    route: &Route,
    lang: Lang,
    shell: bool,
) -> (String, String, String) {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(SettingsState {
            settings: RwSignal::new(Default::default()),
            persisted: RwSignal::new(false),
        });
        provide_context(I18n {
            lang: RwSignal::new(lang),
        });
        let data = GraphData::loaded(core.clone());
        provide_context(data);
        crate::explore::provide_explorer_state();
        // Nothing is stored at build time, which says nothing of the reader's browser: no
        // warning that it keeps no data.
        let records = crate::records::store::RecordStore::load();
        records.persist.set(crate::records::store::Persist::Saved);
        provide_context(records);
        provide_context(crate::assess::AssessStore::load());
        provide_context(crate::assess::Keep::load());
        let content = match data.content.get_untracked() {
            ContentState::Ready(c) => c,
            _ => panic!("core.bin holds no readable texts"),
        };
        let body = view! { <Frame router=Router::new(route.clone()) shell/> }.to_html();
        (
            body,
            page_title(route, lang, Some(content)),
            description(route, lang, content),
        )
    })
}

/// Renders `route` in `lang` as the app would once core.bin is loaded.
pub fn render(core: &Arc<Snapshot>, route: &Route, lang: Lang) -> Page {
    let page = route.page_in(lang);
    let path = route.page_path().unwrap_or_default();
    let folder = match &page {
        Some(p) if p != "./" => p.clone(),
        Some(_) => String::new(),
        None => site::lang_prefix(lang).to_string(),
    };
    site::set(Site::Page { lang });
    let (body, title, description) = render_frame(core, route, lang, false);
    let file = match &page {
        Some(_) => format!("{folder}index.html"),
        None => format!("{folder}404.html"),
    };
    Page {
        file,
        lang,
        root: root_of(&folder),
        path,
        title,
        description,
        address: page.map(|p| {
            let other = route.page_in(lang.other()).unwrap_or_default();
            (p, other)
        }),
        body,
    }
}

/// A tool's first screen in one language, for the root document (`tool_shell`).
pub struct Shell {
    /// The tool's hash route without query (`#/assess`, `#/assess/history`).
    pub hash: String,
    pub lang: Lang,
    pub title: String,
    pub body: String,
}

/// Every tool's first screen in each language, as the root document shows them: in the
/// app's document, whose links are hash routes and reading pages' addresses.
pub fn tool_shells(core: &Arc<Snapshot>) -> Vec<Shell> {
    let _ = any_spawner::Executor::init_custom_executor(BuildTime);
    site::set(Site::Hash { pages: true });
    let shells = Lang::ALL
        .iter()
        .flat_map(|&lang| {
            crate::tool_shell::shell_routes()
                .into_iter()
                .map(move |r| (r, lang))
        })
        .map(|(route, lang)| {
            let (body, title, _) = render_frame(core, &route, lang, true);
            Shell {
                hash: route.hash(),
                lang,
                title,
                body,
            }
        })
        .collect();
    shells
}

/// The `<template>`s of the tools' first screens and the script that shows the one asked
/// for (scripts/pages.mjs marks the visit `data-boot="app"` with its language before).
pub fn shell_templates(shells: &[Shell]) -> String {
    shells
        .iter()
        .map(|s| {
            format!(
                r#"<template data-shell="{}" data-lang="{}" data-title="{}">{}</template>"#,
                escape(&s.hash),
                s.lang.code(),
                escape(&s.title),
                s.body
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Effects and tasks do not run at build time (as on a server): what a page shows is what
/// its components render from the data, before any effect.
struct BuildTime;

impl any_spawner::CustomExecutor for BuildTime {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Every page of a release: each reading view in each language, and the not-found page.
pub fn all_pages(core: &Arc<Snapshot>) -> Vec<Page> {
    // Already set when called twice in one process (tests): the same executor.
    let _ = any_spawner::Executor::init_custom_executor(BuildTime);
    let mut routes = Route::reading();
    routes.push(Route::NotFound(String::new()));
    Lang::ALL
        .iter()
        .flat_map(|&lang| routes.iter().map(move |r| (r.clone(), lang)))
        .map(|(route, lang)| render(core, &route, lang))
        .collect()
}

/// `text` safe inside an HTML attribute or element.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An address from the root made whole with the site's address when it is known (share
/// previews and sitemaps need whole addresses), else left relative.
pub fn whole(site_url: Option<&str>, from_root: &str) -> String {
    let own = from_root.trim_start_matches("./");
    match site_url {
        Some(base) => format!("{}/{own}", base.trim_end_matches('/')),
        None => from_root.to_string(),
    }
}

/// The `<head>` lines of a page: its address, language alternates and share tags.
pub fn head_tags(page: &Page, site_url: Option<&str>) -> String {
    let mut tags = vec![format!(
        r#"<meta name="als-page" content="{}" data-lang="{}">"#,
        page.path,
        page.lang.code()
    )];
    let title = escape(&page.title);
    let description = escape(&page.description);
    tags.push(format!(r#"<meta property="og:title" content="{title}">"#));
    tags.push(format!(
        r#"<meta property="og:description" content="{description}">"#
    ));
    tags.push(r#"<meta property="og:type" content="website">"#.into());
    tags.push(format!(
        r#"<meta property="og:locale" content="{}">"#,
        match page.lang {
            Lang::Zh => "zh_CN",
            Lang::En => "en_US",
        }
    ));
    tags.push(r#"<meta property="og:site_name" content="渐冻症探索 · ALS Explorer">"#.into());
    tags.push(format!(
        r#"<meta property="og:image" content="{}">"#,
        whole(site_url, "icons/icon-192.png")
    ));
    tags.push(r#"<meta name="twitter:card" content="summary">"#.into());
    tags.push(format!(r#"<meta name="twitter:title" content="{title}">"#));
    if let Some((own, other)) = &page.address {
        tags.push(format!(
            r#"<meta property="og:url" content="{}">"#,
            whole(site_url, own)
        ));
        tags.push(format!(
            r#"<link rel="canonical" href="{}">"#,
            whole(site_url, own)
        ));
        let (zh, en) = match page.lang {
            Lang::Zh => (own, other),
            Lang::En => (other, own),
        };
        for (tag, href) in [("zh-Hans", zh), ("en", en), ("x-default", zh)] {
            tags.push(format!(
                r#"<link rel="alternate" hreflang="{tag}" href="{}">"#,
                whole(site_url, href)
            ));
        }
    }
    tags.join("\n  ")
}

/// `sitemap.xml`: every reading page with its language alternates (whole addresses).
pub fn sitemap(pages: &[Page], site_url: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages {
        let Some((own, other)) = &page.address else {
            continue;
        };
        out.push_str(&format!(
            "  <url><loc>{}</loc><xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/><xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/></url>\n",
            whole(Some(site_url), own),
            page.lang.html_tag(),
            whole(Some(site_url), own),
            page.lang.other().html_tag(),
            whole(Some(site_url), other),
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be read; the sitemap named when the address is known.
pub fn robots(site_url: Option<&str>) -> String {
    let mut out = String::from("User-agent: *\nAllow: /\n");
    if let Some(url) = site_url {
        out.push_str(&format!("Sitemap: {}\n", whole(Some(url), "sitemap.xml")));
    }
    out
}

impl GraphData {
    /// The graph data of a page written at build time: core.bin loaded, full.bin not yet.
    pub fn loaded(core: Arc<Snapshot>) -> GraphData {
        let core = RwSignal::new(Load::Ready {
            snapshot: core,
            decode_ms: 0.0,
            longest_step_ms: 0.0,
        });
        GraphData {
            core,
            full: RwSignal::new(Load::Waiting),
            text: RwSignal::new(crate::data::TextLoad::Waiting),
            content: Memo::new(move |_| core.with(ContentState::of)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_finds_its_way_back_to_the_root() {
        assert_eq!(root_of(""), "");
        assert_eq!(root_of("en/"), "../");
        assert_eq!(root_of("en/story/3/"), "../../../");
    }

    #[test]
    fn whole_addresses_only_where_the_site_is_known() {
        assert_eq!(
            whole(Some("https://x.org/als/"), "en/story/3/"),
            "https://x.org/als/en/story/3/"
        );
        assert_eq!(whole(Some("https://x.org/als"), "./"), "https://x.org/als/");
        assert_eq!(whole(None, "story/3/"), "story/3/");
        assert_eq!(
            robots(Some("https://x.org/als/")),
            "User-agent: *\nAllow: /\nSitemap: https://x.org/als/sitemap.xml\n"
        );
    }
}
