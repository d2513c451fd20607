//! `#/event/ID`: one event of the graph — its names in both languages, kind, the
//! project's description with sources, its place among the default core events, its
//! neighbours grouped by relation and direction (paged for hubs, each link with its
//! evidence and sources), the story chapters and treatments that mention it, and a
//! link to copy.

use super::ExploreText;
use crate::citations::RefList;
use crate::data::{use_graph_data, Load};
use crate::i18n::{use_i18n, Fill, I18n, Lang};
use crate::route::graph_query::{Focus, GraphQuery};
use crate::route::Route;
use crate::shell::PAGE_HEADING_ID;
use crate::vocabulary::{kind_name, relation_name};
use leptos::prelude::*;
use mechgraph::{Graph, Relation, Snapshot};
use std::sync::Arc;

const PAGE: usize = 25;

/// One group of neighbours: (relation, outgoing, [(neighbour, edge index)]).
type Group = (Relation, bool, Vec<(u32, u32)>);

fn groups(g: &Graph, v: u32) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    let mut add = |r: Relation, outgoing: bool, other: u32, e: u32| match out
        .iter_mut()
        .find(|(gr, go, _)| *gr == r && *go == outgoing)
    {
        Some((_, _, list)) => list.push((other, e)),
        None => out.push((r, outgoing, vec![(other, e)])),
    };
    for e in g.out_edges(v) {
        let edge = g.edge(e);
        add(edge.relation, true, edge.target, e);
    }
    for e in g.in_edges(v) {
        let edge = g.edge(e);
        add(edge.relation, false, edge.source, e);
    }
    // Curated causal links first, then the smaller groups.
    out.sort_by_key(|(r, o, list)| (*r != Relation::Causes, list.len(), !*o));
    out
}

fn edge_refs(g: &Graph, e: u32) -> Vec<String> {
    g.edge_refs(g.edge(e)).map(str::to_string).collect()
}

#[component]
fn NeighbourGroup(snapshot: Arc<Snapshot>, group: Group) -> impl IntoView {
    let i18n = use_i18n();
    let (relation, outgoing, list) = group;
    let shown = RwSignal::new(PAGE.min(list.len()));
    let total = list.len();
    let items = move || {
        let g = &snapshot.graph;
        let chinese = i18n.lang.get() == Lang::Zh;
        list[..shown.get()]
            .iter()
            .map(|&(other, e)| {
                let (text, lang) = crate::vocabulary::name_and_lang(g, other, chinese);
                let edge = g.edge(e);
                let evidence = g.vocab.evidence.get(edge.evidence as usize).filter(|s| !s.is_empty()).cloned();
                let evidence = evidence.map(|code| view! { <span class="evidence">" · "{i18n.t(ExploreText::EventEvidence)}" "<code>{code}</code></span> });
                let id = g.ids[other as usize].clone();
                view! {
                    <li>
                        <a href=Route::Event(id.clone()).href() lang=lang>{text}</a>
                        " "<code class="node-id">{id}</code>{evidence}<RefList refs=edge_refs(g, e)/>
                    </li>
                }
            })
            .collect_view()
    };
    let more = move || {
        let now = shown.get();
        (now < total).then(|| {
            let next = PAGE.min(total - now);
            view! {
                <p class="paging">
                    <span>{move || i18n.get(ExploreText::EventShown).fill(&[("shown", &shown.get().to_string()), ("total", &total.to_string())])}</span>" "
                    <button type="button" class="button" on:click=move |_| shown.update(|s| *s = (*s + PAGE).min(total))>
                        {move || i18n.get(ExploreText::EventShowMore).fill(&[("n", &next.to_string())])}
                    </button>
                </p>
            }
        })
    };
    view! {
        <section class="neighbours">
            <h3>{i18n.t(relation_name(relation, outgoing))}" ("{total}")"</h3>
            <ul>{items}</ul>
            {more}
        </section>
    }
}

/// The event's place in the stored default ranking: its rank, and its measures in their
/// own terms (the percentiles only for a file written before they were stored).
fn core_summary(i18n: I18n, core: Option<&Snapshot>, id: &str) -> AnyView {
    use super::core_table::measure_items;
    let Some(core) = core.and_then(|c| c.core_events.as_ref()) else {
        return ().into_any();
    };
    let Some(i) = core.ids.iter().position(|x| x == id) else {
        return view! { <p>{i18n.get(ExploreText::EventCoreNot)}</p> }.into_any();
    };
    let rank = i18n.get(ExploreText::EventCoreRank).fill(&[
        ("rank", &(i + 1).to_string()),
        ("n", &core.candidates.to_string()),
    ]);
    let combined = format!("{:.3}", f64::from(core.combined[i]) / 1e6);
    let Some(m) = core
        .measures
        .as_ref()
        .and_then(|m| mechgraph::score::stored_measures(m, i))
    else {
        let pct = |v: &[u32]| format!("{:.1}", f64::from(v[i]) / 10_000.0);
        let parts = i18n.get(ExploreText::EventCoreParts).fill(&[
            ("c", &combined),
            ("p", &pct(&core.propagation)),
            ("e", &pct(&core.enrichment)),
            ("k", &pct(&core.causal)),
        ]);
        return view! { <p>{format!("{rank} {parts}")}</p> }.into_any();
    };
    view! {
        <p>{rank}" "{i18n.get(ExploreText::EventCoreCombined).fill(&[("c", &combined)])}</p>
        <ul class="measures">{measure_items(i18n, &m)}</ul>
    }
    .into_any()
}

fn copy_link(done: RwSignal<Option<ExploreText>>) {
    let href = crate::platform::location_href();
    wasm_bindgen_futures::spawn_local(async move {
        let ok = crate::platform::copy_text(&href).await;
        done.set(Some(if ok {
            ExploreText::EventCopied
        } else {
            ExploreText::EventCopyFailed
        }));
    });
}

#[component]
pub fn EventPage(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_graph_data();
    let copied = RwSignal::new(None::<ExploreText>);
    let id_for_view = id.clone();
    let body = move || {
        let id = id_for_view.clone();
        // The page is drawn again when the full graph arrives; a reader at its heading
        // stays there.
        if crate::platform::active_id() == PAGE_HEADING_ID {
            request_animation_frame(|| crate::platform::focus_id(PAGE_HEADING_ID));
        }
        let core = data.core.get().snapshot();
        let Some(snapshot) = data.best() else {
            return view! { <h1 id=PAGE_HEADING_ID tabindex="-1">{id}</h1><p role="status">{i18n.t(ExploreText::SearchWaiting)}</p> }.into_any();
        };
        let g = &snapshot.graph;
        let Some(v) = g.find(&id) else {
            let waiting = matches!(data.full.get(), Load::Waiting | Load::Loading { .. });
            let key = if waiting {
                ExploreText::EventWaitFull
            } else {
                ExploreText::EventNotFound
            };
            return view! { <h1 id=PAGE_HEADING_ID tabindex="-1">{id}</h1><p role="status">{i18n.t(key)}</p> }.into_any();
        };
        let i = v as usize;
        let chinese = i18n.lang.get() == Lang::Zh;
        let label = g.label(v, chinese);
        let other = g.label(v, !chinese);
        let gene = g.kinds[i] == mechgraph::NodeKind::Gene;
        let heading_lang = if label.fallback || !chinese || gene {
            "en"
        } else {
            "zh-Hans"
        };
        let other_lang = if other.fallback || chinese {
            "en"
        } else {
            "zh-Hans"
        };
        let translated = (label.translated || other.translated).then(
            || view! { <span class="note">{i18n.t(ExploreText::EventProjectTranslation)}</span> },
        );
        let other_name = (other.text != label.text).then(|| view! {
            <p>{i18n.t(ExploreText::EventOtherName)}": "<span lang=other_lang>{other.text.to_string()}</span>" "{translated}</p>
        });
        let about = g.info.get(&v).map(|info| {
            let text = if chinese && !info.description_zh.is_empty() { info.description_zh.clone() } else { info.description_en.clone() };
            let refs: Vec<String> = info.refs.iter().filter_map(|&r| g.refs.get(r as usize).cloned()).collect();
            view! { <section><h2>{i18n.t(ExploreText::EventAbout)}</h2><p>{text}<RefList refs/></p></section> }
        });
        // Its own reactive part: the page around it (and the focus in it) stays when
        // text.bin arrives.
        let definition = {
            let snapshot = snapshot.clone();
            move || {
                let t = data.texts_for(&snapshot)?;
                let def = t.0.get(&v).cloned();
                let syns = t.1.get(&v).cloned().unwrap_or_default();
                (def.is_some() || !syns.is_empty()).then(|| view! {
                    <section class="definition">
                        <h2>{i18n.t(ExploreText::EventDefinition)}</h2>
                        {def.map(|d| view! { <p lang="en">{d}</p> })}
                        {(!syns.is_empty()).then(|| view! { <p>{i18n.t(ExploreText::EventSynonyms)}": "<span lang="en">{syns.join(" · ")}</span></p> })}
                        <p class="hint">{i18n.t(ExploreText::EventDefinitionSource)}</p>
                    </section>
                })
            }
        };
        let content = data.content.get().ready();
        let chapters_here = content
            .into_iter()
            .flat_map(|c| &c.chapters)
            .filter(|c| c.nodes.iter().any(|n| n == &id))
            .map(|c| view! { <li><a href=Route::Story(Some(c.id)).href()>{c.title.get(i18n.lang.get()).clone()}</a></li> })
            .collect::<Vec<_>>();
        let story = (!chapters_here.is_empty()).then(|| view! { <section><h2>{i18n.t(ExploreText::EventStory)}</h2><ul>{chapters_here}</ul></section> });
        let therapies_here = content
            .into_iter()
            .flat_map(|c| &c.treatments)
            .filter(|t| t.mechanisms.iter().any(|m| m == &id))
            .map(|t| {
                let name = t.name.get(i18n.lang.get()).clone();
                let lang = crate::citations::sources::lang_of(&name);
                view! { <li><a href=Route::Treatments(String::new()).href() lang=lang>{name}</a></li> }
            })
            .collect::<Vec<_>>();
        let therapies = (!therapies_here.is_empty()).then(|| view! { <section><h2>{i18n.t(ExploreText::EventTherapies)}</h2><ul>{therapies_here}</ul></section> });
        let core = core_summary(i18n, core.as_deref(), &id);
        let neighbour_groups = groups(g, v)
            .into_iter()
            .map(|group| view! { <NeighbourGroup snapshot=snapshot.clone() group/> })
            .collect_view();
        view! {
            <h1 id=PAGE_HEADING_ID tabindex="-1" lang=heading_lang>{label.text.to_string()}</h1>
            {other_name}
            <dl class="facts">
                <dt>{i18n.t(ExploreText::EventKind)}</dt><dd>{i18n.t(kind_name(g.kinds[i]))}</dd>
                <dt>{i18n.t(ExploreText::EventId)}</dt><dd><code>{id.clone()}</code></dd>
            </dl>
            {about}
            {definition}
            <super::TextLoader/>
            <section><h2>{i18n.t(ExploreText::EventCore)}</h2>{core}</section>
            {story}
            {therapies}
            <section><h2>{i18n.t(ExploreText::EventNeighbours)}</h2>{neighbour_groups}</section>
        }
        .into_any()
    };
    view! {
        <article class="event">
            {body}
            <p class="actions">
                <a class="button" href=Route::Path { from: Some(id.clone()), to: None }.href()>{i18n.t(ExploreText::PathFromHere)}</a>
                <a class="button" href=Route::Graph(GraphQuery { focus: Focus::Event(id.clone()), selected: Some(id.clone()) }).href()>{i18n.t(crate::i18n::AppText::ShowInGraph)}</a>
                <button type="button" class="button" on:click=move |_| copy_link(copied)>{i18n.t(ExploreText::EventCopy)}</button>
                <span role="status">{move || copied.get().map(|k| i18n.get(k))}</span>
            </p>
        </article>
    }
}
