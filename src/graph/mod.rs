//! `#/graph`: the mechanism graph drawn on a canvas — the core events, a theme, a story
//! chapter's events or an event's neighbourhood (see `scene.rs`) — with a force layout
//! computed in Rust a few milliseconds per frame (`graphview`), pan and zoom by pointer,
//! touch, keys and buttons, selection with its links, a legend, a list that says the
//! same for screen readers, and PNG and SVG downloads.

mod cache;
mod canvas;
mod controls;
mod draw;
mod export;
mod frame;
mod list;
mod say;
pub mod scene;
mod stage;

pub use say::GraphText;

use crate::data::{use_graph_data, Content, Load};
use crate::i18n::{use_i18n, Fill, Lang};
use crate::route::Route;
use crate::shell::PageHeading;
use canvas::{Engine, Shared, Signals};
use draw::Painter;
use graphview::shape::Shape;
use leptos::prelude::*;
use mechgraph::{NodeKind, Snapshot};
use scene::{Focus, GraphQuery, Scene};
use std::sync::Arc;

/// Where each kind's colour sits in the palette (the order of `NodeKind` codes).
pub fn kind_index(k: NodeKind) -> usize {
    usize::from(k.code()).min(4)
}

/// Each kind its own shape, so kinds differ without colour.
pub fn shape_of(k: NodeKind) -> Shape {
    match k {
        NodeKind::Process => Shape::Circle,
        NodeKind::Phenotype => Shape::Square,
        NodeKind::Mechanism => Shape::Diamond,
        NodeKind::Gene => Shape::Triangle,
        NodeKind::Disease => Shape::Hexagon,
    }
}

/// A snapshot compared by its generation (the same decoding).
#[derive(Clone)]
struct SameSnapshot(Arc<Snapshot>);

impl PartialEq for SameSnapshot {
    fn eq(&self, o: &SameSnapshot) -> bool {
        self.0.generation == o.0.generation
    }
}

/// A scene and the snapshot it was built from.
#[derive(Clone)]
pub struct Built {
    pub snapshot: Arc<Snapshot>,
    pub scene: Arc<Scene>,
}

impl PartialEq for Built {
    fn eq(&self, o: &Built) -> bool {
        self.snapshot.generation == o.snapshot.generation && Arc::ptr_eq(&self.scene, &o.scene)
    }
}

fn build(snapshot: Arc<Snapshot>, focus: &Focus, content: Option<&Content>) -> Built {
    let core_ids = snapshot
        .core_events
        .as_ref()
        .map(|c| c.ids.clone())
        .unwrap_or_default();
    let chapter_nodes = match focus {
        Focus::Chapter(n) => content
            .and_then(|c| c.chapter(*n))
            .map(|c| c.nodes.clone())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let g = &snapshot.graph;
    let scene = scene::build(g, focus, &core_ids, &chapter_nodes, || {
        mechgraph::themes::node_themes(g)
    });
    Built {
        snapshot,
        scene: Arc::new(scene),
    }
}

/// The names of the scene's events in `lang`.
fn names(b: &Built, lang: Lang) -> Vec<String> {
    let g = &b.snapshot.graph;
    b.scene
        .nodes
        .iter()
        .map(|&v| crate::vocabulary::name_and_lang(g, v, lang == Lang::Zh).0)
        .collect()
}

/// What the picture shows, in words (its name for screen readers, the export's title).
fn describe(focus: &Focus, b: Option<&Built>, lang: Lang, content: Option<&Content>) -> String {
    let i18n = |k| crate::i18n::text(lang, k);
    match focus {
        Focus::Core => i18n(GraphText::ShowCore)
            .fill(&[("n", &b.map_or(700, |b| b.scene.available).to_string())]),
        Focus::Theme(t) => i18n(GraphText::ShowTheme).fill(&[(
            "name",
            crate::i18n::text(lang, crate::vocabulary::theme_name(t)),
        )]),
        Focus::Chapter(n) => i18n(GraphText::ShowChapter).fill(&[
            ("n", &n.to_string()),
            (
                "name",
                content
                    .and_then(|c| c.chapter(*n))
                    .map_or("", |c| c.title.get(lang)),
            ),
        ]),
        Focus::Event(id) => {
            let name = b
                .and_then(|b| b.snapshot.graph.find(id).map(|v| (b, v)))
                .map(|(b, v)| {
                    crate::vocabulary::name_and_lang(&b.snapshot.graph, v, lang == Lang::Zh).0
                })
                .unwrap_or_else(|| id.clone());
            i18n(GraphText::ShowEvent).fill(&[("name", &name)])
        }
    }
}

#[component]
pub fn GraphPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_graph_data();
    let settings = crate::settings::use_settings();
    let router = crate::router::use_router();
    let query = match router.get_untracked() {
        Route::Graph(q) => q,
        _ => GraphQuery::default(),
    };
    let focus = query.focus.clone();
    // The graph to draw from: core.bin for the core events (at once); the full graph for
    // the rest, waited for rather than drawn twice (core.bin only if the full one failed).
    // Compared by address, so the download's progress does not rebuild the scene.
    let chosen = {
        let focus = focus.clone();
        Memo::new(move |_| {
            let s = match (&focus, data.full.get()) {
                (Focus::Core, _) | (_, Load::Failed(_)) => data.core.get().snapshot(),
                (_, full) => full.snapshot(),
            };
            s.map(SameSnapshot)
        })
    };
    let built = {
        let focus = focus.clone();
        Memo::new(move |_| {
            let content = data.content.get().ready();
            Some(build(chosen.get()?.0, &focus, content))
        })
    };
    let signals = Signals {
        selected: RwSignal::new(None),
        progress: RwSignal::new(0),
        paused: RwSignal::new(false),
    };
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let engine: StoredValue<Option<Shared>, LocalStorage> = StoredValue::new_local(None);
    let with = move |f: &dyn Fn(&mut Engine)| {
        if let Some(e) = engine.get_value() {
            f(&mut e.borrow_mut());
            canvas::request(&e);
        }
    };

    // A new scene, a new engine; the first selection comes from the address (the route:
    // the selection is kept there and in the engine, whose reactive mirror is
    // `signals.selected`).
    let in_address = move || match router.get_untracked() {
        Route::Graph(q) => q.selected,
        _ => None,
    };
    Effect::new(move |_| {
        let (Some(b), Some(el)) = (built.get(), canvas_ref.get()) else {
            return;
        };
        if let Some(old) = engine.get_value() {
            canvas::stop(&old);
        }
        let Some(painter) = Painter::new(el) else {
            return;
        };
        let kinds = b
            .scene
            .nodes
            .iter()
            .map(|&v| b.snapshot.graph.kinds[v as usize])
            .collect();
        let names = names(&b, i18n.lang.get_untracked());
        let scene = std::rc::Rc::new((*b.scene).clone());
        let e = Engine::start(painter, scene, names, kinds, signals);
        if let Some(i) = in_address().and_then(|id| b.scene.position(&b.snapshot.graph, &id)) {
            e.borrow_mut().select(Some(i), false);
        }
        engine.set_value(Some(e));
    });
    // Language and display settings: new names, colours and sizes, same layout.
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        settings.settings.track();
        let b = built.get_untracked();
        with(&|e| {
            if let Some(b) = &b {
                e.names = names(b, lang);
            }
            e.restyle = true;
        });
    });
    // The address keeps the selection, so a link shows the same event selected.
    {
        let focus = focus.clone();
        Effect::new(move |ran: Option<bool>| {
            let sel = signals.selected.get();
            // The first run comes before the engine exists: keep the address's choice.
            if ran.is_none() {
                return true;
            }
            let id = built.with_untracked(|b| {
                let b = b.as_ref()?;
                let v = *b.scene.nodes.get(sel?)?;
                Some(b.snapshot.graph.ids[v as usize].clone())
            });
            // An index the scene does not hold leaves the address as it is.
            if id.is_some() || sel.is_none() {
                router.replace(Route::Graph(GraphQuery {
                    focus: focus.clone(),
                    selected: id,
                }));
            }
            true
        });
    }
    on_cleanup(move || {
        if let Some(e) = engine.get_value() {
            canvas::stop(&e);
        }
    });

    let title = {
        let focus = focus.clone();
        move || {
            let content = data.content.get().ready();
            built.with(|b| describe(&focus, b.as_ref(), i18n.lang.get(), content))
        }
    };
    let canvas_name = {
        let title = title.clone();
        move || i18n.get(GraphText::CanvasName).fill(&[("what", &title())])
    };
    let status = move || match built.get() {
        None if data.core.get().snapshot().is_some() => i18n.get(GraphText::WaitFull).to_string(),
        None => i18n.get(GraphText::Waiting).to_string(),
        Some(b) if b.scene.nodes.is_empty() => i18n.get(GraphText::Empty).to_string(),
        Some(b) => {
            let mut s = i18n.get(GraphText::Summary).fill(&[
                ("n", &b.scene.nodes.len().to_string()),
                ("m", &b.scene.edges.len().to_string()),
            ]);
            if b.scene.available > b.scene.nodes.len() {
                s.push(' ');
                s.push_str(&i18n.get(GraphText::Capped).fill(&[
                    ("all", &b.scene.available.to_string()),
                    ("n", &b.scene.nodes.len().to_string()),
                ]));
            }
            s
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(e) = engine.get_value() else { return };
        let open = canvas::on_key(&e, &ev);
        if let Some(i) = open {
            if let Some(id) = built.with_untracked(|b| {
                b.as_ref()
                    .map(|b| b.snapshot.graph.ids[b.scene.nodes[i] as usize].clone())
            }) {
                router.go(&Route::Event(id));
            }
        }
    };
    let pointer = move |f: fn(&Shared, &web_sys::PointerEvent)| {
        move |ev: leptos::ev::PointerEvent| {
            if let Some(e) = engine.get_value() {
                f(&e, &ev);
            }
        }
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        if let Some(e) = engine.get_value() {
            canvas::on_wheel(&e, &ev);
        }
    };
    let export_title = {
        let title = title.clone();
        move || format!("{} · {}", i18n.get(GraphText::ExportTitle), title())
    };

    view! {
        <section class="graph-page">
            <PageHeading key=crate::i18n::AppText::NavGraph/>
            <p>{i18n.t(GraphText::Intro)}</p>
            <controls::FocusChooser focus=focus.clone() current_name=Signal::derive(title.clone())/>
            <p id="graph-summary" role="status">{status}</p>
            <progress class="graph-progress" max="100" prop:value=move || signals.progress.get()
                aria-label=i18n.t(GraphText::Arranging)
                hidden=move || signals.progress.get() >= 100 || built.with(|b| b.is_none())></progress>
            <div class="graph-stage">
                <canvas node_ref=canvas_ref class="graph-canvas" tabindex="0" role="application"
                    aria-label=canvas_name aria-describedby="graph-keys graph-summary"
                    on:keydown=on_key
                    on:pointerdown=pointer(canvas::on_pointer_down)
                    on:pointermove=pointer(canvas::on_pointer_move)
                    on:pointerup=pointer(canvas::on_pointer_up)
                    on:pointercancel=pointer(canvas::on_pointer_up)
                    on:wheel=on_wheel></canvas>
            </div>
            <p id="graph-keys" class="graph-keys">{i18n.t(GraphText::KeysHelp)}</p>
            <controls::Toolbar engine signals export_title/>
            <controls::Legend/>
            <list::Selected built signals engine/>
            <list::EventList built signals engine/>
        </section>
    }
}
