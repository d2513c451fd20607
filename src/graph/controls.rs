//! The controls round the canvas: what to show, the toolbar (pan, zoom, fit, previous
//! and next event, stop or go on arranging, downloads) and the legend. Every button is
//! a large target with a name for screen readers.

use super::canvas::{self, Shared, Signals};
use super::scene::{EdgeClass, Focus, GraphQuery};
use super::stage::Action;
use super::{export, kind_index, shape_of, GraphText};
use crate::i18n::use_i18n;
use crate::i18n::Fill;
use crate::route::Route;
use leptos::prelude::*;
use mechgraph::{model::THEMES, NodeKind};

/// The `<select>` that picks what the picture shows; choosing navigates (a new link).
#[component]
pub fn FocusChooser(
    focus: Focus,
    /// The name of the current picture (for an event's neighbourhood, with its name).
    current_name: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let router = crate::router::use_router();
    let current = Route::Graph(GraphQuery {
        focus: focus.clone(),
        selected: None,
    })
    .hash();
    let option = move |f: Focus, label: Box<dyn Fn() -> String + Send + Sync>| {
        let hash = Route::Graph(GraphQuery {
            focus: f,
            selected: None,
        })
        .hash();
        let selected = hash == current;
        view! { <option value=hash selected=selected>{label}</option> }
    };
    let mut options = vec![option(
        Focus::Core,
        Box::new(move || i18n.get(GraphText::ShowCore).fill(&[("n", "700")])),
    )];
    for &t in THEMES {
        options.push(option(
            Focus::Theme(t.to_string()),
            Box::new(move || {
                i18n.get(GraphText::ShowTheme)
                    .fill(&[("name", i18n.get(crate::vocabulary::theme_name(t)))])
            }),
        ));
    }
    // The chapters' titles come with core.bin.
    let data = crate::data::use_graph_data();
    let chapter_option = option.clone();
    let chapter_options = move || {
        let content = data.content.get().ready()?;
        let options = content.chapters.iter().map(|c| {
            let n = c.id;
            chapter_option(
                Focus::Chapter(n),
                Box::new(move || {
                    i18n.get(GraphText::ShowChapter).fill(&[
                        ("n", &n.to_string()),
                        ("name", c.title.get(i18n.lang.get())),
                    ])
                }),
            )
        });
        Some(options.collect_view())
    };
    let mut event_option = None;
    if let Focus::Event(_) = &focus {
        event_option = Some(option(focus.clone(), Box::new(move || current_name.get())));
    }
    let on_change = move |ev: leptos::ev::Event| {
        router.go(&Route::from_hash(&event_target_value(&ev)));
    };
    view! {
        <p class="graph-focus">
            <label for="graph-focus">{i18n.t(GraphText::ShowLabel)}" "</label>
            <select id="graph-focus" on:change=on_change>{options}{chapter_options}{event_option}</select>
        </p>
    }
}

#[component]
pub fn Toolbar(
    engine: StoredValue<Option<Shared>, LocalStorage>,
    signals: Signals,
    export_title: impl Fn() -> String + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let run = move |f: &dyn Fn(&mut canvas::Engine)| {
        if let Some(e) = engine.get_value() {
            f(&mut e.borrow_mut());
            canvas::request(&e);
        }
    };
    let button = move |symbol: &'static str, name: GraphText, action: Action| {
        view! {
            <button type="button" class="button graph-tool" aria-label=i18n.t(name) title=i18n.t(name)
                on:click=move |_| run(&|e| e.act(action))>
                <span aria-hidden="true">{symbol}</span>
            </button>
        }
    };
    let toggle = move |_| {
        run(&|e| {
            let paused = !e.stage.paused;
            e.set_paused(paused);
        })
    };
    let svg_title = export_title.clone();
    let download_svg = move |_| {
        let lang = i18n.lang.get_untracked();
        let title = svg_title();
        run(&|e| {
            let desc = crate::i18n::text(lang, GraphText::Summary).fill(&[
                ("n", &e.scene.nodes.len().to_string()),
                ("m", &e.scene.edges.len().to_string()),
            ]);
            if let Some(svg) = export::svg(e, lang.html_tag(), &title, &desc) {
                crate::platform::download("als-graph.svg", "image/svg+xml", &svg);
            }
        })
    };
    let download_png = move |_| {
        run(&|e| {
            export::png(e, "als-graph.png");
        })
    };
    view! {
        <div class="graph-toolbar" role="group" aria-label=i18n.t(GraphText::Tools)>
            {button("←", GraphText::PanLeft, Action::Pan(0.1, 0.0))}
            {button("↑", GraphText::PanUp, Action::Pan(0.0, 0.1))}
            {button("↓", GraphText::PanDown, Action::Pan(0.0, -0.1))}
            {button("→", GraphText::PanRight, Action::Pan(-0.1, 0.0))}
            {button("+", GraphText::ZoomIn, Action::Zoom(1.25))}
            {button("−", GraphText::ZoomOut, Action::Zoom(0.8))}
            {button("⤢", GraphText::Fit, Action::Fit)}
            {button("‹", GraphText::Previous, Action::Previous)}
            {button("›", GraphText::Next, Action::Next)}
            <button type="button" class="button" on:click=toggle
                hidden=move || signals.progress.get() >= 100>
                {move || i18n.get(if signals.paused.get() { GraphText::Resume } else { GraphText::Pause })}
            </button>
            <button type="button" class="button" on:click=download_png>{i18n.t(GraphText::ExportPng)}</button>
            <button type="button" class="button" on:click=download_svg>{i18n.t(GraphText::ExportSvg)}</button>
        </div>
    }
}

/// A kind's shape in its colour, for the legend.
fn swatch(kind: NodeKind) -> impl IntoView {
    let corners = shape_of(kind).corners(10.0, 10.0, 6.0);
    let class = format!("swatch kind-{}", kind_index(kind));
    if corners.is_empty() {
        view! { <svg class=class viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="6"/></svg> }.into_any()
    } else {
        let points: Vec<String> = corners
            .iter()
            .map(|[x, y]| format!("{x:.1},{y:.1}"))
            .collect();
        view! { <svg class=class viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><polygon points=points.join(" ")/></svg> }.into_any()
    }
}

#[component]
pub fn Legend() -> impl IntoView {
    let i18n = use_i18n();
    let kinds = NodeKind::ALL
        .iter()
        .map(|&k| view! { <li>{swatch(k)}" "{i18n.t(crate::vocabulary::kind_name(k))}</li> })
        .collect_view();
    let edges = EdgeClass::ALL
        .iter()
        .map(|&c| {
            let (class, name) = match c {
                EdgeClass::Promotes => ("edge-promotes", GraphText::EdgePromotes),
                EdgeClass::Inhibits => ("edge-inhibits", GraphText::EdgeInhibits),
                EdgeClass::Other => ("edge-other", GraphText::EdgeOther),
                EdgeClass::Hierarchy => ("edge-hierarchy", GraphText::EdgeHierarchy),
            };
            view! { <li><span class=format!("edge-swatch {class}") aria-hidden="true"></span>" "{i18n.t(name)}</li> }
        })
        .collect_view();
    view! {
        <section class="graph-legend" aria-labelledby="graph-legend">
            <h2 id="graph-legend">{i18n.t(GraphText::Legend)}</h2>
            <ul>{kinds}{edges}
                <li><span class="mark-swatch" aria-hidden="true"></span>" "{i18n.t(GraphText::Marked)}</li>
            </ul>
        </section>
    }
}
