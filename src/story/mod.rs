//! The factory story (`#/story`, `#/story/N`): a motor neuron told as a factory, chapter by
//! chapter, with a source for every paragraph and sentence, the events of the mechanism
//! graph each chapter stands for, and the treatment strategies aimed at it.

pub mod factory;

use crate::citations::RefList;
use crate::data::model::story::Chapter;
use crate::data::{use_graph_data, Content, ContentState};
use crate::i18n::{use_i18n, AppText, Fill, Lang};
use crate::route::graph_query::{Focus, GraphQuery};
use crate::route::{AssessView, Route};
use crate::shell::ContentPending;
use crate::shell::{PageHeading, PAGE_HEADING_ID};
use leptos::prelude::*;

pub use crate::route::CHAPTERS;

/// The chapter list or a chapter, once the texts have come with `core.bin`.
#[component]
pub fn StoryPage(chapter: Option<u8>) -> impl IntoView {
    let data = use_graph_data();
    move || match (data.content.get(), chapter) {
        (ContentState::Ready(content), None) => view! { <ChapterList content/> }.into_any(),
        (ContentState::Ready(content), Some(n)) => match content.chapter(n) {
            Some(c) => view! { <ChapterView content chapter=c/> }.into_any(),
            None => view! { <Missing/> }.into_any(),
        },
        (state, _) => view! { <ContentPending state heading=AppText::NavStory/> }.into_any(),
    }
}

#[component]
fn ChapterList(content: &'static Content) -> impl IntoView {
    let i18n = use_i18n();
    let items = content
        .chapters
        .iter()
        .map(|c| {
            view! {
                <li>
                    <a class="card" href=Route::Story(Some(c.id)).href()>
                        <span class="card-title">{c.id}". "{move || c.title.get(i18n.lang.get()).clone()}</span>
                        <span class="card-desc">{move || c.factory_scene.get(i18n.lang.get()).clone()}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageHeading key=AppText::NavStory/>
        <p class="lead">{i18n.t(AppText::StoryIntro)}</p>
        <ol class="cards chapter-list">{items}</ol>
        <p class="hint">{i18n.t(AppText::StoryKeys)}</p>
    }
}

#[component]
fn Missing() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading key=AppText::NavStory/>
        <p>{i18n.t(AppText::StoryMissing)}</p>
        <p><a class="button" href=Route::Story(None).href()>{i18n.t(AppText::StoryAll)}</a></p>
    }
}

/// Paragraphs (or sentences) with the sources of each.
fn with_refs(texts: &[String], refs: &[Vec<String>]) -> Vec<(String, Vec<String>)> {
    texts
        .iter()
        .cloned()
        .zip(refs.iter().cloned().chain(std::iter::repeat(Vec::new())))
        .collect()
}

#[component]
fn ChapterView(content: &'static Content, chapter: &'static Chapter) -> impl IntoView {
    let i18n = use_i18n();
    let n = chapter.id;
    let total = content.chapters.len();
    let lang = move || i18n.lang.get();
    let family = move || {
        with_refs(
            chapter.family_text.get(lang()),
            &chapter.sentence_refs.family,
        )
        .into_iter()
        .map(|(text, refs)| view! { <p>{text}<RefList refs/></p> })
        .collect_view()
    };
    let science = move || {
        with_refs(chapter.science.get(lang()), &chapter.sentence_refs.science)
            .into_iter()
            .map(|(text, refs)| view! { <li>{text}<RefList refs/></li> })
            .collect_view()
    };
    let therapies = chapter
        .therapy_ids
        .iter()
        .filter_map(|id| content.treatment(id))
        .map(|t| view! { <li lang=move || crate::citations::sources::lang_of(t.name.get(lang()))>{move || t.name.get(lang()).clone()}</li> })
        .collect_view();
    let has_therapies = !chapter.therapy_ids.is_empty();
    let progress = move || {
        i18n.get(AppText::StoryChapterOf)
            .fill(&[("n", &n.to_string()), ("total", &total.to_string())])
    };
    let neighbour = |m: u8, key: AppText, rel: &'static str| {
        content.chapter(m).map(|c| {
            view! {
                <a class="button" rel=rel href=Route::Story(Some(m)).href()>
                    {i18n.t(key)}": "{move || c.title.get(lang()).clone()}
                </a>
            }
        })
    };
    // Left and right arrow keys turn the chapters (not while typing in a field).
    let router = crate::router::use_router();
    crate::platform::on_window(leptos::ev::keydown, move |ev| {
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        // The chapter shown now, read from the route: a key pressed just as the page
        // turns must count from the new chapter, not from the one this view showed.
        let Route::Story(Some(now)) = router.get_untracked() else {
            return;
        };
        let target = match ev.key().as_str() {
            "ArrowLeft" if now > 1 => Some(now - 1),
            "ArrowRight" if (now as usize) < total => Some(now + 1),
            _ => None,
        };
        if let (false, Some(m)) = (
            typing || ev.alt_key() || ev.ctrl_key() || ev.meta_key(),
            target,
        ) {
            router.go(&Route::Story(Some(m)));
        }
    });

    view! {
        <nav class="breadcrumb" aria-label=i18n.t(AppText::StoryContents)>
            <a href=Route::Story(None).href()>{i18n.t(AppText::StoryAll)}</a>
        </nav>
        <p class="progress-text">{progress}</p>
        <h1 id=PAGE_HEADING_ID tabindex="-1">{move || chapter.title.get(lang()).clone()}</h1>
        <p class="scene">{move || chapter.factory_scene.get(lang()).clone()}</p>
        <factory::FactoryScene chapter=n/>
        <div class="family-text">{family}</div>
        <section class="science" aria-labelledby="story-science">
            <h2 id="story-science">{i18n.t(AppText::StoryScience)}</h2>
            <ul class="spaced">{science}</ul>
        </section>
        <section aria-labelledby="story-nodes">
            <h2 id="story-nodes">{i18n.t(AppText::StoryNodes)}</h2>
            <NodeList ids=&chapter.nodes/>
            <p class="actions">
                <a class="button" href=Route::Graph(GraphQuery { focus: Focus::Chapter(n), selected: None }).href()>{i18n.t(AppText::StoryShowInGraph)}</a>
            </p>
        </section>
        {has_therapies.then(|| view! {
            <section aria-labelledby="story-therapies">
                <h2 id="story-therapies">{i18n.t(AppText::StoryTherapies)}</h2>
                <ul class="spaced">{therapies}</ul>
            </section>
        })}
        {chapter.self_assessment_link.then(|| view! {
            <p class="story-assess">
                {i18n.t(AppText::StoryAssessText)}" "
                <a class="button" href=Route::assess(AssessView::Form).href()>{i18n.t(AppText::StoryAssessLink)}</a>
            </p>
        })}
        <nav class="pager" aria-label=i18n.t(AppText::StoryPager)>
            {neighbour(n.saturating_sub(1), AppText::StoryPrev, "prev")}
            {neighbour(n + 1, AppText::StoryNext, "next")}
        </nav>
    }
}

/// The chapter's events with their names from the loaded graph; English with a marker
/// where no Chinese name exists yet; gene symbols as they are.
#[component]
fn NodeList(ids: &'static [String]) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_graph_data();
    move || {
        let Some(snapshot) = data.best() else {
            return view! { <p>{i18n.t(AppText::StoryNodesWaiting)}</p> }.into_any();
        };
        let chinese = i18n.lang.get() == Lang::Zh;
        let g = &snapshot.graph;
        let items = ids
            .iter()
            .map(|id| match g.find(id) {
                Some(v) => {
                    let label = g.label(v, chinese);
                    let own_lang = if label.fallback || !chinese || g.kinds[v as usize] == mechgraph::NodeKind::Gene { "en" } else { "zh-Hans" };
                    let marker = label.fallback.then(|| view! { <span class="fallback">{i18n.get(AppText::StoryNoChinese)}</span> });
                    view! {
                        <li><a href=Route::Event(id.clone()).href() lang=own_lang>{label.text.to_string()}</a>{marker}" "<code class="node-id">{id.clone()}</code></li>
                    }
                    .into_any()
                }
                None => view! { <li><code class="node-id">{id.clone()}</code></li> }.into_any(),
            })
            .collect_view();
        view! { <ul class="node-list">{items}</ul> }.into_any()
    }
}
