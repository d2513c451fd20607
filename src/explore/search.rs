//! `#/explore`: a search box over the graph. Results are links to the event pages;
//! the down arrow moves from the box into them, up and down between them, Escape back
//! to the box. The query stays in the address (`#/explore?q=…`) so a search can be
//! linked and survives the back button.

use super::{best_index, kind_name, Ex};
use crate::i18n::{use_i18n, Fill, Lang};
use crate::route::Route;
use crate::shell::PageHeading;
use leptos::prelude::*;
use mechgraph::search::{Class, Field};
use mechgraph::NodeKind;
use wasm_bindgen::{closure::Closure, JsCast};

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
    // How many results to show: LIMIT more per "show more", back to LIMIT per key.
    let shown = RwSignal::new(LIMIT);
    let hits = Memo::new(move |_| {
        let q = query.get();
        let (snapshot, index) = best_index()?;
        let g = &snapshot.graph;
        let chinese = i18n.lang.get() == Lang::Zh;
        let (found, total) = index.search_counted(g, &q, shown.get());
        Some((
            found
                .into_iter()
                .map(|h| {
                    let v = h.node as usize;
                    let (shown, shown_lang) = super::name_and_lang(g, h.node, chinese);
                    let lang = if h.field == Field::LabelZh {
                        "zh-Hans"
                    } else {
                        "en"
                    };
                    let how = match (h.class, h.field) {
                        (Class::Typo, _) => Ex::MatchNear,
                        (_, Field::Synonym) if g.kinds[v] == NodeKind::Gene => Ex::MatchAlias,
                        (_, Field::Name) => Ex::MatchName,
                        _ => Ex::MatchedBy,
                    };
                    let differs = h.text != shown && h.text != g.ids[v];
                    let matched = (differs || how == Ex::MatchNear).then_some((how, h.text, lang));
                    let exact = h.class == Class::Exact;
                    (
                        g.ids[v].clone(),
                        shown,
                        shown_lang,
                        g.kinds[v],
                        matched,
                        exact,
                    )
                })
                .collect::<Vec<_>>(),
            total,
        ))
    });
    let on_input = move |ev: leptos::ev::Event| {
        let q = event_target_value(&ev);
        // Keep the query in the address without adding a history entry per key.
        let encoded = crate::route::encode_component(&q);
        crate::platform::replace_hash(&format!("#/explore?q={encoded}"));
        shown.set(LIMIT);
        query.set(q);
    };
    let show_more = move |_| {
        let before = results_links().len();
        shown.update(|n| *n += LIMIT);
        // The list is drawn again: focus the first new result once it is there.
        let next = Closure::once_into_js(move || {
            if let Some(l) = results_links().get(before) {
                let _ = l.focus();
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(next.unchecked_ref());
        }
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
            Some((list, _)) if list.is_empty() => {
                view! { <p role="status">{i18n.t(Ex::SearchNone)}</p> }.into_any()
            }
            Some((list, total)) => {
                let count = if list.len() < total {
                    i18n.get(Ex::SearchShown).fill(&[
                        ("n", &list.len().to_string()),
                        ("total", &total.to_string()),
                    ])
                } else {
                    i18n.get(Ex::SearchResults)
                        .fill(&[("n", &list.len().to_string())])
                };
                let more = (list.len() < total).then(|| {
                    view! { <button type="button" class="button show-more" on:click=show_more>{i18n.t(Ex::ShowMore)}</button> }
                });
                let items = list
                    .into_iter()
                    .map(|(id, label, lang, kind, matched, exact)| {
                        let matched = matched.map(|(how, m, lang)| view! { <span class="matched">{i18n.t(how)}<span lang=lang>{m}</span></span> });
                        let exact = exact.then(|| view! { <span class="matched exact">{i18n.t(Ex::MatchExact)}</span> });
                        let href = Route::Event(id.clone()).href();
                        view! {
                            <li>
                                <a href=href on:keydown=on_results_key>
                                    <span class="hit-label" lang=lang>{label}</span>
                                    <span class="hit-meta">{i18n.t(kind_name(kind))}" · "<code>{id}</code></span>
                                    {exact}
                                    {matched}
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <p role="status" class="result-count">{count}</p>
                    <ul class="search-results" data-query=q.clone()>{items}</ul>
                    {more}
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
        {move || (!query.get().trim().is_empty()).then(|| view! { <super::others::OtherHits query=query/> })}
        {list}
        <super::own::OwnGraph/>
    }
}
