//! `#/explore`: a search box over the graph. Results are links to the event pages;
//! the down arrow moves from the box into them, up and down between them, Escape back
//! to the box. The query stays in the address (`#/explore?q=…`) so a search can be
//! linked and survives the back button.

use super::ExploreText;
use crate::i18n::{use_i18n, Fill, Lang};
use crate::route::Route;
use crate::shell::PageHeading;
use crate::vocabulary::kind_name;
use leptos::prelude::*;
use mechgraph::search::{Class, Field};
use mechgraph::NodeKind;
use wasm_bindgen::{closure::Closure, JsCast};

const LIMIT: usize = 20;

/// What shows below the search box.
#[derive(Clone, Copy, PartialEq)]
enum Shown {
    Nothing,
    Waiting,
    NoneFound,
    List,
}

/// One hit as listed: the event's id, its name in the reader's language where there is
/// one (and that name's language), its kind, how it matched when the name shown is not
/// what matched, and whether the match was exact.
#[derive(Clone, PartialEq)]
struct Item {
    id: String,
    label: String,
    lang: &'static str,
    kind: NodeKind,
    matched: Option<(ExploreText, String, &'static str)>,
    exact: bool,
}

impl Item {
    fn of(g: &mechgraph::Graph, h: &mechgraph::search::Hit, chinese: bool) -> Item {
        let v = h.node as usize;
        let (label, lang) = crate::vocabulary::name_and_lang(g, h.node, chinese);
        let text_lang = if h.field == Field::LabelZh {
            "zh-Hans"
        } else {
            "en"
        };
        let how = match (h.class, h.field) {
            (Class::Typo, _) => ExploreText::MatchNear,
            (_, Field::Synonym) if g.kinds[v] == NodeKind::Gene => ExploreText::MatchAlias,
            (_, Field::Name) => ExploreText::MatchName,
            _ => ExploreText::MatchedBy,
        };
        let differs = h.text != label && h.text != g.ids[v];
        Item {
            id: g.ids[v].clone(),
            matched: (differs || how == ExploreText::MatchNear)
                .then(|| (how, h.text.clone(), text_lang)),
            exact: h.class == Class::Exact,
            kind: g.kinds[v],
            label,
            lang,
        }
    }

    /// A row is drawn again only when something it shows changes.
    fn key(&self) -> String {
        format!(
            "{}\u{1f}{}\u{1f}{:?}\u{1f}{}",
            self.id,
            self.label,
            self.matched.as_ref().map(|m| (&m.1, m.2)),
            self.exact
        )
    }
}

/// A key's effect that waits for the hits: Enter opens the first, the down arrow
/// focuses the first, "show more" focuses the first new one.
#[derive(Clone, Copy, PartialEq)]
enum Pending {
    Nothing,
    OpenFirst,
    Focus(usize),
}

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
    let router = crate::router::use_router();
    let typed = match router.get_untracked() {
        Route::Explore(q) => q,
        _ => String::new(),
    };
    let query = RwSignal::new(typed);
    // How many results to show: LIMIT more per "show more", back to LIMIT per key.
    let shown = RwSignal::new(LIMIT);
    let searched = super::searching::use_search(move || query.get(), move || shown.get());
    let hits = Memo::new(move |_| {
        let searched = searched.get()?;
        let g = &searched.snapshot.graph;
        let chinese = i18n.lang.get() == Lang::Zh;
        let items = searched
            .hits
            .iter()
            .map(|h| Item::of(g, h, chinese))
            .collect::<Vec<_>>();
        Some((items, searched.total, searched.query.clone()))
    });
    // Whether the hits shown answer the query in the box (they lag it by a moment).
    let answered = move || {
        hits.with_untracked(|h| h.as_ref().map(|h| h.2 == query.get_untracked()))
            .unwrap_or(false)
    };
    // What a key asked for before the hits it needs were looked up: done once they
    // are drawn.
    let pending = StoredValue::new(Pending::Nothing);
    Effect::new(move |_| {
        let count = hits.with(|h| h.as_ref().map_or(0, |h| h.0.len()));
        let act = match pending.get_value() {
            Pending::OpenFirst if answered() => Some(0),
            Pending::Focus(at) if answered() && count > at => Some(at),
            _ => None,
        };
        let Some(at) = act else { return };
        let open = pending.get_value() == Pending::OpenFirst;
        pending.set_value(Pending::Nothing);
        let next = Closure::once_into_js(move || {
            if let Some(link) = results_links().get(at) {
                if open {
                    link.click();
                } else {
                    let _ = link.focus();
                }
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(next.unchecked_ref());
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let q = event_target_value(&ev);
        // Keep the query in the address without adding a history entry per key.
        router.replace(Route::Explore(q.clone()));
        shown.set(LIMIT);
        pending.set_value(Pending::Nothing);
        query.set(q);
    };
    let show_more = move |_| {
        // The list grows once the longer answer is looked up: its first new result
        // then takes the focus.
        pending.set_value(Pending::Focus(results_links().len()));
        shown.update(|n| *n += LIMIT);
    };
    let on_box_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" => {
            if answered() {
                if let Some(first) = results_links().first() {
                    ev.prevent_default();
                    let _ = first.focus();
                }
            } else if !query.get_untracked().trim().is_empty() {
                // Typed and pressed at once: the hits shown are the last key's and are
                // about to be replaced; focus the first of the new ones once drawn.
                ev.prevent_default();
                pending.set_value(Pending::Focus(0));
            }
        }
        "Enter" => {
            ev.prevent_default();
            if answered() {
                if let Some(first) = results_links().first() {
                    first.click();
                }
            } else {
                // Typed and pressed at once: open the first hit once it is looked up.
                pending.set_value(Pending::OpenFirst);
            }
        }
        _ => {}
    };
    // What shows below the box. Drawn again only when it changes: while one query's
    // hits follow another's, only the rows that differ are (`<For>`, by row).
    let blank = Memo::new(move |_| query.with(|q| q.trim().is_empty()));
    let state = Memo::new(move |_| match hits.get() {
        _ if blank.get() => Shown::Nothing,
        None => Shown::Waiting,
        Some((list, _, answered)) if list.is_empty() => {
            if query.with(|q| *q == answered) {
                Shown::NoneFound
            } else {
                Shown::Waiting
            }
        }
        // The last query's hits stay while this one is looked for (a moment).
        Some(_) => Shown::List,
    });
    let rows =
        Memo::new(move |_| hits.with(|h| h.as_ref().map(|h| h.0.clone()).unwrap_or_default()));
    let count = move || {
        hits.with(|h| {
            let Some((list, total, _)) = h else {
                return String::new();
            };
            if list.len() < *total {
                i18n.get(ExploreText::SearchShown).fill(&[
                    ("n", &list.len().to_string()),
                    ("total", &total.to_string()),
                ])
            } else {
                i18n.get(ExploreText::SearchResults)
                    .fill(&[("n", &list.len().to_string())])
            }
        })
    };
    let more = Memo::new(move |_| hits.with(|h| h.as_ref().is_some_and(|(l, t, _)| l.len() < *t)));
    let answered_query = move || hits.with(|h| h.as_ref().map(|h| h.2.clone()).unwrap_or_default());
    let row = move |item: Item| {
        let Item {
            id,
            label,
            lang,
            kind,
            matched,
            exact,
        } = item;
        let matched = matched.map(|(how, m, lang)| view! { <span class="matched">{i18n.t(how)}<span lang=lang>{m}</span></span> });
        let exact = exact.then(
            || view! { <span class="matched exact">{i18n.t(ExploreText::MatchExact)}</span> },
        );
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
    };
    let list = move || {
        match state.get() {
        Shown::Nothing => None,
        Shown::Waiting => Some(view! { <p role="status">{i18n.t(ExploreText::SearchWaiting)}</p> }.into_any()),
        Shown::NoneFound => Some(view! { <p role="status">{i18n.t(ExploreText::SearchNone)}</p> }.into_any()),
        Shown::List => Some(
            view! {
                <p role="status" class="result-count">{count}</p>
                <ul class="search-results" data-query=answered_query>
                    <For each=move || rows.get() key=Item::key children=row/>
                </ul>
                {move || more.get().then(|| view! {
                    <button type="button" class="button show-more" on:click=show_more>{i18n.t(ExploreText::ShowMore)}</button>
                })}
            }
            .into_any(),
        ),
    }
    };
    view! {
        <PageHeading key=crate::i18n::AppText::NavExplore/>
        <p class="lead">{i18n.t(ExploreText::ExploreIntro)}</p>
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search-input">{i18n.t(ExploreText::SearchLabel)}</label>
            <input id="search-input" type="search" autocomplete="off" spellcheck="false"
                aria-describedby="search-hint"
                prop:value=move || query.get()
                on:input=on_input on:keydown=on_box_key/>
            <p id="search-hint" class="hint">{i18n.t(ExploreText::SearchHint)}</p>
        </form>
        <super::TextLoader/>
        <p class="actions">
            <a class="button" href=Route::Path { from: None, to: None }.href()>{i18n.t(crate::i18n::AppText::NavPath)}</a>
            <a class="button" href=Route::Core(Default::default()).href()>{i18n.t(crate::i18n::AppText::NavCore)}</a>
            <a class="button" href=Route::Graph(Default::default()).href()>{i18n.t(crate::i18n::AppText::NavGraph)}</a>
        </p>
        <super::others::OtherHits query=query/>
        {list}
        <super::own::OwnGraph/>
    }
}
