//! How the app starts in this document: which [`Site`] it is, where it mounts, and how it
//! takes over a reading page that was rendered at build time without any visible change.
//!
//! A reading page (`story/3/`) holds the view rendered by `src/bin/prerender.rs` from
//! the same components; `<meta name="als-page" content="story/3/" data-lang="zh">` says
//! which. The app renders the same view into a hidden element and, once its texts have
//! come with core.bin, moves it into `#app` in one step, keeping the scroll position and
//! the focus. The root document (`index.html`) is Chinese home and also the host of every
//! tool: with a tool's hash (`#/assess`) it is the app's document as before.

use crate::i18n::Lang;
use crate::platform::{document, location_hash, window};
use crate::route::Route;
use crate::site::{self, Site};
use wasm_bindgen::JsCast;

const STAGE_ID: &str = "app-next";

/// The page this document was rendered as at build time: its folder and language.
fn page_meta() -> Option<(String, Lang)> {
    let meta = document()?.query_selector("meta[name='als-page']").ok()??;
    let path = meta.get_attribute("content")?;
    let lang = Lang::from_tag(&meta.get_attribute("data-lang")?)?;
    Some((path, lang))
}

/// Whether the hash names a view other than home (`#/assess`, `#/story/3`).
fn names_a_view(hash: &str) -> bool {
    hash.starts_with("#/") && Route::from_hash(hash) != Route::Home
}

/// Which site this document is: a reading page (unless it is the root document holding a
/// tool), the app's document in a release with pages, or a lone document (the single
/// file, a page opened from a file, a build without pages).
pub fn site_of_document() -> Site {
    let from_file = window()
        .and_then(|w| w.location().protocol().ok())
        .is_none_or(|p| p == "file:");
    if from_file || crate::platform::is_single_file() {
        return Site::Hash { pages: false };
    }
    match page_meta() {
        Some((_, lang)) if !names_a_view(&location_hash()) => Site::Page { lang },
        Some(_) => Site::Hash { pages: true },
        None => Site::Hash { pages: false },
    }
}

/// The route this document shows, with its query: a reading page's own view and the
/// page's query (`treatments/?q=…`), else the hash's.
pub fn route_of_document() -> Route {
    match (site::current(), page_meta()) {
        (Site::Page { .. }, Some((path, _))) => {
            let search = crate::platform::location_search();
            Route::from_hash(&format!("#/{path}?{}", search.trim_start_matches('?')))
        }
        _ => Route::from_hash(&location_hash()),
    }
}

/// Where a route shown in this document must go instead, if anywhere: in the app's
/// document of a release with pages, a reading view goes to its page in `lang`; on a
/// reading page, a hash naming any view goes to that view (a tool: the root document).
pub fn elsewhere(hash: &str, lang: Lang) -> Option<String> {
    match site::current() {
        Site::Hash { pages: true } => site::page_for_hash(hash, lang),
        Site::Page { lang } if names_a_view(hash) => {
            site::page_for_hash(hash, lang).or_else(|| Some(Site::Page { lang }.link_hash(hash)))
        }
        _ => None,
    }
}

/// Replaces the document with `url` (relative to the document's base), no history entry.
pub fn replace_with(url: &str) {
    if let Some(w) = window() {
        let _ = w.location().replace(url);
    }
}

/// The element the app mounts into. On a reading page, a hidden one beside `#app`, moved
/// in by [`take_over`]; elsewhere `#app` itself, emptied first (a page saved by the
/// browser after use already holds a rendered copy, which must not be shown twice).
pub fn mount_point() -> Option<web_sys::HtmlElement> {
    let doc = document()?;
    let app = doc.get_element_by_id("app")?;
    let prerendered = app.has_attribute("data-prerendered");
    let page = matches!(site::current(), Site::Page { .. }) && prerendered;
    if page || shows_tool_shell() {
        let stage = doc.create_element("div").ok()?;
        stage.set_id(STAGE_ID);
        let _ = stage.set_attribute("hidden", "");
        doc.body()?.append_child(&stage).ok()?;
        return stage.dyn_into().ok();
    }
    app.set_inner_html("");
    let _ = app.remove_attribute("data-prerendered");
    app.dyn_into().ok()
}

/// Whether the root document shows a tool's first screen written at build time (put in
/// `#app` from its `<template>` by the page's script, scripts/pages.mjs): the app renders
/// beside it and takes over as soon as it has mounted.
pub fn shows_tool_shell() -> bool {
    document()
        .and_then(|d| d.get_element_by_id("app"))
        .is_some_and(|app| app.has_attribute("data-shell"))
}

/// Moves the app's rendering of the page into `#app` in place of the build's, keeping
/// the scroll position and the focused link or button (by its place among the page's
/// focusable elements). Once; later calls do nothing.
pub fn take_over() {
    let Some(doc) = document() else { return };
    let (Some(stage), Some(app)) = (
        doc.get_element_by_id(STAGE_ID),
        doc.get_element_by_id("app"),
    ) else {
        return;
    };
    const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";
    let focused = doc.active_element();
    let place = focused.as_ref().and_then(|f| {
        let all = app.query_selector_all(FOCUSABLE).ok()?;
        (0..all.length()).find(|&i| all.get(i).is_some_and(|n| f.is_same_node(Some(&n))))
    });
    let (x, y) = window()
        .map(|w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)))
        .unwrap_or_default();
    let nodes = stage.child_nodes();
    let moved = js_sys::Array::new();
    for i in 0..nodes.length() {
        if let Some(n) = nodes.get(i) {
            moved.push(&n);
        }
    }
    app.replace_children_with_node(&moved);
    stage.remove();
    let _ = app.remove_attribute("data-prerendered");
    let _ = app.remove_attribute("data-shell");
    // The same markup keeps the same place; should the browser have moved (scroll
    // anchoring), back at once — never a glide, and never over a scroll the reader began.
    if let Some(w) = window() {
        if w.scroll_y().unwrap_or(y) != y || w.scroll_x().unwrap_or(x) != x {
            let options = web_sys::ScrollToOptions::new();
            options.set_left(x);
            options.set_top(y);
            options.set_behavior(web_sys::ScrollBehavior::Instant);
            w.scroll_to_with_scroll_to_options(&options);
        }
    }
    if let Some(i) = place {
        let target = app
            .query_selector_all(FOCUSABLE)
            .ok()
            .and_then(|all| all.get(i))
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = target {
            let _ = el.focus();
        }
    }
    crate::platform::set_root_attribute("data-app", "live");
    crate::platform::mark("als-took-over");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_hash_naming_a_view_leaves_a_reading_page() {
        assert!(!names_a_view(""));
        assert!(!names_a_view("#/"));
        assert!(!names_a_view("#main"));
        assert!(!names_a_view("#reversal"));
        assert!(names_a_view("#/assess?scan=1"));
        assert!(names_a_view("#/story/3"));
    }
}
