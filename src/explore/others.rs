//! What the explorer's search box also finds besides events: the treatments by any of
//! their names (with the mechanisms they aim at), the story's chapters and the reading
//! pages by title. Matched as the event search matches (case, spaces and punctuation
//! ignored).

use super::ExploreText;
use crate::data::content::Content;
use crate::i18n::{use_i18n, Lang};
use crate::route::Route;
use leptos::prelude::*;
use mechgraph::search::holds;

/// One thing found: its name, where it leads, its kind, and the mechanisms it aims at.
#[derive(Clone, PartialEq)]
struct Other {
    name: String,
    lang: &'static str,
    href: String,
    kind: ExploreText,
    aims_at: Vec<String>,
}

fn lang_tag(lang: Lang) -> &'static str {
    if lang == Lang::Zh {
        "zh-Hans"
    } else {
        "en"
    }
}

fn find(content: &Content, q: &str, lang: Lang) -> Vec<Other> {
    let mut out = Vec::new();
    for t in &content.treatments {
        let names = [&t.name.zh, &t.name.en].into_iter().chain(&t.aliases);
        if names.into_iter().any(|n| holds(n, q).is_some()) {
            out.push(Other {
                name: t.name.get(lang).clone(),
                lang: lang_tag(lang),
                href: crate::route::Route::Treatments(t.name.en.clone()).href(),
                kind: ExploreText::KindTreatment,
                aims_at: t.mechanisms.clone(),
            });
        }
    }
    for (n, c) in content.chapters.iter().enumerate() {
        if [&c.title.zh, &c.title.en]
            .iter()
            .any(|s| holds(s, q).is_some())
        {
            out.push(Other {
                name: c.title.get(lang).clone(),
                lang: lang_tag(lang),
                href: Route::Story(Some(n as u8 + 1)).href(),
                kind: ExploreText::KindChapter,
                aims_at: Vec::new(),
            });
        }
    }
    for (page, route) in [
        (&content.biomarkers, Route::Biomarkers),
        (&content.standards, Route::Standards),
    ] {
        if [&page.title.zh, &page.title.en]
            .iter()
            .any(|s| holds(s, q).is_some())
        {
            out.push(Other {
                name: page.title.get(lang).clone(),
                lang: lang_tag(lang),
                href: route.href(),
                kind: ExploreText::KindPage,
                aims_at: Vec::new(),
            });
        }
    }
    out
}

/// The treatments, chapters and pages matching `query`, above the events; nothing when
/// none matches or the texts are not here yet.
#[component]
pub fn OtherHits(query: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let data = crate::data::use_graph_data();
    // Drawn again only when what is found changes, not at every key.
    let found = Memo::new(move |_| {
        let content = data.content.get().ready()?;
        Some(find(content, &query.get(), i18n.lang.get())).filter(|f| !f.is_empty())
    });
    move || {
        let found = found.get()?;
        let items = found
            .into_iter()
            .map(|o| {
                let aims = (!o.aims_at.is_empty()).then(|| {
                    let zh = i18n.lang.get() == Lang::Zh;
                    let core = data.core.get().snapshot();
                    let links = o
                        .aims_at
                        .into_iter()
                        .map(|id| {
                            let href = Route::Event(id.clone()).href();
                            // The mechanism's name from the graph (its id until loaded).
                            let named = core.as_ref().and_then(|s| {
                                let v = s.graph.find(&id)?;
                                Some(crate::vocabulary::name_and_lang(&s.graph, v, zh))
                            });
                            let (name, lang) = named.unwrap_or((id, "en"));
                            view! { <a class="aims" href=href lang=lang>{name}</a> }
                        })
                        .collect_view();
                    view! { <p class="aims-list hit-meta">{i18n.t(ExploreText::AimsAt)}{links}</p> }
                });
                view! {
                    <li>
                        <a href=o.href>
                            <span class="hit-label" lang=o.lang>{o.name}</span>
                            <span class="hit-meta">{i18n.t(o.kind)}</span>
                        </a>
                        {aims}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <h2 class="other-heading">{i18n.t(ExploreText::OtherHeading)}</h2>
            <ul class="search-others">{items}</ul>
        })
    }
}
