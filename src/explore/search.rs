//! `#/explore`: a search box over the graph. Results are links to the event pages;
//! the down arrow moves from the box into them, up and down between them, Escape back
//! to the box. The query stays in the address (`#/explore?q=…`) so a search can be
//! linked and survives the back button.

use super::{best_index, kind_name, Ex};
use crate::i18n::{use_i18n, Lang};
use crate::route::Route;
use crate::shell::PageHeading;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const LIMIT: usize = 20;

fn results_links() -> Vec<web_sys::HtmlElement> {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(list) = doc.query_selector_all(".search-results a") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Up and down move between the results; Escape returns to the box.
fn on_results_key(ev: leptos::ev::KeyboardEvent) {
    let links = results_links();
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let at = links.iter().position(|l| {
        active
            .as_ref()
            .is_some_and(|a| a == l.unchecked_ref::<web_sys::Element>())
    });
    let target = match (ev.key().as_str(), at) {
        ("ArrowDown", Some(i)) => links.get(i + 1),
        ("ArrowUp", Some(0)) | ("Escape", _) => {
            ev.prevent_default();
            crate::platform::focus_id("search-input");
            return;
        }
        ("ArrowUp", Some(i)) => links.get(i - 1),
        _ => return,
    };
    ev.prevent_default();
    if let Some(l) = target {
        let _ = l.focus();
    }
}

#[component]
pub fn ExplorePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = RwSignal::new(crate::platform::hash_param("q").unwrap_or_default());
    let hits = Memo::new(move |_| {
        let q = query.get();
        let (snapshot, index) = best_index()?;
        let g = &snapshot.graph;
        let chinese = i18n.lang.get() == Lang::Zh;
        Some(
            index
                .search(g, &q, LIMIT)
                .into_iter()
                .map(|h| {
                    let v = h.node as usize;
                    let (shown, shown_lang) = super::name_and_lang(g, h.node, chinese);
                    let lang = if h.field == mechgraph::search::Field::LabelZh {
                        "zh-Hans"
                    } else {
                        "en"
                    };
                    let matched = (h.text != shown && h.text != g.ids[v]).then_some((h.text, lang));
                    (g.ids[v].clone(), shown, shown_lang, g.kinds[v], matched)
                })
                .collect::<Vec<_>>(),
        )
    });
    let on_input = move |ev: leptos::ev::Event| {
        let q = event_target_value(&ev);
        // Keep the query in the address without adding a history entry per key.
        let encoded = String::from(js_sys::encode_uri_component(&q));
        crate::platform::replace_hash(&format!("#/explore?q={encoded}"));
        query.set(q);
    };
    let on_box_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" => {
            if let Some(first) = results_links().first() {
                ev.prevent_default();
                let _ = first.focus();
            }
        }
        "Enter" => {
            if let Some(first) = results_links().first() {
                ev.prevent_default();
                first.click();
            }
        }
        _ => {}
    };
    let list = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return None;
        }
        Some(match hits.get() {
            None => view! { <p role="status">{i18n.t(Ex::SearchWaiting)}</p> }.into_any(),
            Some(list) if list.is_empty() => {
                view! { <p role="status">{i18n.t(Ex::SearchNone)}</p> }.into_any()
            }
            Some(list) => {
                let count = i18n
                    .get(Ex::SearchResults)
                    .replace("{n}", &list.len().to_string());
                let items = list
                    .into_iter()
                    .map(|(id, label, lang, kind, matched)| {
                        let matched = matched.map(|(m, lang)| view! { <span class="matched">{i18n.t(Ex::MatchedBy)}<span lang=lang>{m}</span></span> });
                        let href = Route::Event(id.clone()).href();
                        view! {
                            <li>
                                <a href=href on:keydown=on_results_key>
                                    <span class="hit-label" lang=lang>{label}</span>
                                    <span class="hit-meta">{i18n.t(kind_name(kind))}" · "<code>{id}</code></span>
                                    {matched}
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <p role="status" class="result-count">{count}</p>
                    <ul class="search-results" data-query=q.clone()>{items}</ul>
                }
                .into_any()
            }
        })
    };
    view! {
        <PageHeading key=crate::i18n::Key::NavExplore/>
        <p class="lead">{i18n.t(Ex::ExploreIntro)}</p>
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search-input">{i18n.t(Ex::SearchLabel)}</label>
            <input id="search-input" type="search" autocomplete="off" spellcheck="false"
                aria-describedby="search-hint"
                prop:value=move || query.get()
                on:input=on_input on:keydown=on_box_key/>
            <p id="search-hint" class="hint">{i18n.t(Ex::SearchHint)}</p>
        </form>
        <super::TextLoader/>
        <p class="actions">
            <a class="button" href=Route::Path.href()>{i18n.t(crate::i18n::Key::NavPath)}</a>
            <a class="button" href=Route::Core.href()>{i18n.t(crate::i18n::Key::NavCore)}</a>
            <a class="button" href=Route::Graph.href()>{i18n.t(crate::i18n::Key::NavGraph)}</a>
        </p>
        {list}
        <super::own::OwnGraph/>
    }
}
