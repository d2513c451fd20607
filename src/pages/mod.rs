//! Reading pages written as data (`data/pages/*.json`): biomarkers (`#/biomarkers`) and
//! standards (`#/standards`). Each page has an introduction and sections; every
//! paragraph carries its sources. The texts come with `core.bin`, like the story's
//! (`crate::data::content`).

use crate::citations::RefList;
use crate::data::model::story::Both;
use crate::data::{use_graph_data, ContentState};
use crate::i18n::{use_i18n, AppText};
use crate::shell::ContentPending;
use crate::shell::PAGE_HEADING_ID;
use leptos::prelude::*;

pub use crate::data::model::pages::{Page, PageId, Section};

/// Paragraphs in the reader's language, each followed by its sources.
fn paragraphs(texts: &'static Both<Vec<String>>, refs: &'static [Vec<String>]) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        texts
            .get(i18n.lang.get())
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let refs = refs.get(i).cloned().unwrap_or_default();
                view! { <p>{text.clone()}<RefList refs/></p> }
            })
            .collect_view()
    }
}

/// A reading page, once the texts have come with `core.bin`.
#[component]
pub fn ReadingPage(id: PageId) -> impl IntoView {
    let data = use_graph_data();
    move || match data.content.get() {
        ContentState::Ready(content) => view! { <PageView p=content.page(id)/> }.into_any(),
        state => view! { <ContentPending state heading=id.key()/> }.into_any(),
    }
}

#[component]
fn PageView(p: &'static Page) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang.get();
    let contents = p
        .sections
        .iter()
        .map(|s| view! { <li><a href=crate::site::current().place(&p.route(), &s.id) on:click=move |ev| { ev.prevent_default(); crate::platform::focus_id(&s.id); }>{move || s.heading.get(lang()).clone()}</a></li> })
        .collect_view();
    let sections = p
        .sections
        .iter()
        .map(|s| {
            view! {
                <section aria-labelledby=s.id.clone()>
                    <h2 id=s.id.clone() tabindex="-1">{move || s.heading.get(lang()).clone()}</h2>
                    {paragraphs(&s.paragraphs, &s.refs)}
                </section>
            }
        })
        .collect_view();
    view! {
        <h1 id=PAGE_HEADING_ID tabindex="-1">{move || p.title.get(lang()).clone()}</h1>
        <div class="lead">{paragraphs(&p.intro, &p.intro_refs)}</div>
        <nav class="contents" aria-label=i18n.t(AppText::PageContents)>
            <h2>{i18n.t(AppText::PageContents)}</h2>
            <ol>{contents}</ol>
        </nav>
        {sections}
        <p class="not-advice"><strong>{i18n.t(AppText::FooterNotAdvice)}</strong></p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_pages_parse_and_line_up() {
        let content = crate::data::content::tests::content();
        for id in [PageId::Biomarkers, PageId::Standards] {
            let p = content.page(id);
            assert!(p.sections.len() >= 4);
            for lang in Lang::ALL {
                assert_eq!(p.intro.get(lang).len(), p.intro_refs.len());
                for s in &p.sections {
                    assert_eq!(s.paragraphs.get(lang).len(), s.refs.len(), "{}", s.id);
                }
            }
        }
    }
}
