//! What the picture says, as text: the selected event with its links in the picture,
//! and every event of the picture as a list (most important first, 50 at a time), each
//! with a button that selects it in the picture and a link to its page.

use super::canvas::{self, Shared, Signals};
use super::{Built, GraphText};
use crate::i18n::{use_i18n, Fill, Lang};
use crate::route::graph_query::{Focus, GraphQuery};
use crate::route::Route;
use leptos::prelude::*;

const PAGE: usize = 50;

type Engine = StoredValue<Option<Shared>, LocalStorage>;

fn select(engine: Engine, i: usize, centre: bool) {
    if let Some(e) = engine.get_value() {
        e.borrow_mut().select(Some(i), centre);
        canvas::request(&e);
    }
}

/// (id, name, name's language, kind) of scene index `i`.
fn entry(b: &Built, i: usize, lang: Lang) -> (String, String, &'static str, mechgraph::NodeKind) {
    let g = &b.snapshot.graph;
    let v = b.scene.nodes[i];
    let (name, tag) = crate::vocabulary::name_and_lang(g, v, lang == Lang::Zh);
    (g.ids[v as usize].clone(), name, tag, g.kinds[v as usize])
}

#[component]
pub fn Selected(built: Memo<Option<Built>>, signals: Signals, engine: Engine) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang.get();
        let b = built.get()?;
        let Some(i) = signals.selected.get().filter(|&i| i < b.scene.nodes.len()) else {
            return Some(view! { <p class="graph-selected" aria-live="polite">{i18n.t(GraphText::NoneSelected)}</p> }.into_any());
        };
        let (id, name, tag, kind) = entry(&b, i, lang);
        let linked = b.scene.neighbours(i);
        let count = i18n
            .get(GraphText::LinkedHere)
            .fill(&[("n", &linked.len().to_string())]);
        let links = linked
            .into_iter()
            .take(24)
            .map(|k| {
                let (_, n, t, _) = entry(&b, k, lang);
                view! { <li><button type="button" class="link-button" lang=t on:click=move |_| select(engine, k, true)>{n}</button></li> }
            })
            .collect_view();
        let around = Route::Graph(GraphQuery {
            focus: Focus::Event(id.clone()),
            selected: Some(id.clone()),
        })
        .href();
        Some(view! {
            <section class="graph-selected" aria-live="polite" aria-labelledby="graph-selected-name">
                <h2 id="graph-selected-name">{i18n.t(GraphText::Selected)}<span lang=tag>{name}</span></h2>
                <p>{i18n.t(crate::vocabulary::kind_name(kind))}" · "<code>{id.clone()}</code></p>
                <p class="graph-actions">
                    <a class="button" href=Route::Event(id.clone()).href()>{i18n.t(GraphText::OpenEvent)}</a>
                    <a class="button" href=around>{i18n.t(GraphText::ShowAround)}</a>
                    <a class="button" href=Route::Path { from: Some(id.clone()), to: None }.href()>{i18n.t(GraphText::PathsFrom)}</a>
                </p>
                <h3>{count}</h3>
                <ul class="graph-linked">{links}</ul>
            </section>
        }
        .into_any())
    }
}

#[component]
pub fn EventList(built: Memo<Option<Built>>, signals: Signals, engine: Engine) -> impl IntoView {
    let i18n = use_i18n();
    let shown = RwSignal::new(PAGE);
    let rows = move || {
        let lang = i18n.lang.get();
        let b = built.get()?;
        let n = b.scene.nodes.len();
        let adjacency = b.scene.adjacency();
        let items = (0..shown.get().min(n))
            .map(|i| {
                let (id, name, tag, kind) = entry(&b, i, lang);
                let links = i18n.get(GraphText::Links).fill(&[("n", &adjacency[i].len().to_string())]);
                let marked = b.scene.marked[i];
                view! {
                    <li class:marked=marked>
                        <button type="button" class="button" aria-pressed=move || (signals.selected.get() == Some(i)).to_string()
                            on:click=move |_| select(engine, i, true)>{i18n.t(GraphText::SelectIt)}</button>
                        " "<a href=Route::Event(id).href() lang=tag>{name}</a>
                        <span class="hit-meta">" · "{i18n.t(crate::vocabulary::kind_name(kind))}" · "{links}</span>
                    </li>
                }
            })
            .collect_view();
        let more = (n > shown.get()).then(|| {
            let k = PAGE.min(n - shown.get());
            view! {
                <button type="button" class="button" on:click=move |_| shown.update(|s| *s += PAGE)>
                    {move || i18n.get(GraphText::ShowMore).fill(&[("n", &k.to_string())])}
                </button>
            }
        });
        Some(view! { <ol class="graph-list">{items}</ol>{more} })
    };
    view! {
        <section class="graph-list-section" aria-labelledby="graph-list-title">
            <h2 id="graph-list-title">{i18n.t(GraphText::ListTitle)}</h2>
            <p>{i18n.t(GraphText::ListIntro)}</p>
            {rows}
        </section>
    }
}
