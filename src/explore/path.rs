//! `#/path?from=ID&to=ID`: up to five best signed causal paths between two events, each
//! differing in at least one event, ranked by the rule stated above them
//! (`mechgraph::paths::rule`), each hop with its relation, evidence and sources; when
//! there is none, why, and the nearest events that do connect, as links that rerun the
//! search. Each end is chosen with a small search (a text box and up to six buttons);
//! the choice goes into the address, so a path can be linked. The list is
//! `mechgraph::paths::find`, the same function the command line's `path` calls.

use super::ExploreText;
use crate::citations::RefList;
use crate::data::use_graph_data;
use crate::i18n::{use_i18n, Fill, Lang};
use crate::route::Route;
use crate::shell::PageHeading;
use crate::vocabulary::{kind_name, relation_name};
use leptos::prelude::*;
use mechgraph::paths::explain::{NoPath, Reason};
use mechgraph::paths::rule::{self, is_failure_of, is_reversed};
use mechgraph::paths::{self, Outcome, Path};
use mechgraph::score::Params;
use mechgraph::{Graph, Sign};

/// The address for a pair of ends.
fn path_href(from: Option<&str>, to: Option<&str>) -> String {
    let (from, to) = (from.map(String::from), to.map(String::from));
    Route::Path { from, to }.href()
}

fn sign_name(s: Sign) -> ExploreText {
    match s {
        Sign::Promotes => ExploreText::PathPromotes,
        Sign::Inhibits => ExploreText::PathInhibits,
        Sign::Unsigned => ExploreText::PathUnsigned,
    }
}

/// One end of the path: the chosen event, or a box to find one.
#[component]
fn Picker(
    label: ExploreText,
    field: &'static str,
    chosen: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_graph_data();
    let typed = RwSignal::new(String::new());
    let name = move |id: &str| {
        data.best()
            .and_then(|s| {
                let v = s.graph.find(id)?;
                Some(crate::vocabulary::name_and_lang(
                    &s.graph,
                    v,
                    i18n.lang.get() == Lang::Zh,
                ))
            })
            .unwrap_or_else(|| (id.to_string(), "en"))
    };
    let searched = super::searching::use_search(move || typed.get(), || 6);
    let options = move || {
        let searched = searched.get()?;
        let g = &searched.snapshot.graph;
        let zh = i18n.lang.get() == Lang::Zh;
        Some(
            searched
                .hits
                .iter()
                .map(|h| {
                    let id = g.ids[h.node as usize].clone();
                    let (text, lang) = crate::vocabulary::name_and_lang(g, h.node, zh);
                    let kind = kind_name(g.kinds[h.node as usize]);
                    view! {
                        <li><button type="button" class="button quiet pick" on:click=move |_| chosen.set(Some(id.clone()))>
                            <span lang=lang>{text}</span><span class="hit-meta">" · "{i18n.t(kind)}</span>
                        </button></li>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <fieldset class="picker">
            <legend>{i18n.t(label)}</legend>
            {move || match chosen.get() {
                Some(id) => view! {
                    <p class="chosen"><strong lang=name(&id).1>{name(&id).0}</strong>" "<code class="node-id">{id.clone()}</code>" "
                        <button type="button" class="button quiet" on:click=move |_| chosen.set(None)>{i18n.t(ExploreText::PathChange)}</button>
                    </p>
                }.into_any(),
                None => view! {
                    <label for=field>{i18n.t(ExploreText::SearchLabel)}</label>
                    <input id=field type="search" autocomplete="off" prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))/>
                    <ul class="pick-list">{options}</ul>
                }.into_any(),
            }}
        </fieldset>
    }
}

/// The ranking rule, with the costs from `mechgraph::paths::rule`.
fn rule_text(i18n: crate::i18n::I18n) -> String {
    let mut text = i18n.get(ExploreText::PathRule).to_string();
    for (key, cost) in [
        ("{c}", rule::COST_CAUSAL),
        ("{f}", rule::COST_FAILURE_OF),
        ("{ae}", rule::COST_ANNOTATION_EXPERIMENT),
        ("{ao}", rule::COST_ANNOTATION_OTHER),
        ("{g}", rule::COST_GENE_OF),
        ("{o}", rule::COST_ONTOLOGY),
        ("{p}", rule::COST_PHENOTYPE),
    ] {
        text = text.replace(key, &cost.to_string());
    }
    text
}

/// How the paths are ranked (in short, always shown; each step's cost on opening), and
/// where their overall direction comes from.
#[component]
fn RuleNote() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="path-rule">
            <summary>{i18n.t(ExploreText::PathRuleSummary)}</summary>
            <p>{move || rule_text(i18n)}</p>
            <p>{i18n.t(ExploreText::PathSignNote)}</p>
        </details>
    }
}

/// One path: its number, steps, cost and net sign, then each hop.
fn path_view(g: &Graph, i18n: crate::i18n::I18n, zh: bool, i: usize, p: &Path) -> impl IntoView {
    let hops = p
        .edges
        .iter()
        .zip(p.nodes.windows(2))
        .map(|(&e, pair)| {
            let edge = g.edge(e);
            let reversed = is_reversed(edge, pair[0]);
            let relation = if reversed && is_failure_of(g, edge) {
                crate::vocabulary::GraphWords::FailureOf
            } else {
                relation_name(edge.relation, !reversed)
            };
            let next = pair[1];
            let (text, lang) = crate::vocabulary::name_and_lang(g, next, zh);
            let refs: Vec<String> = g.edge_refs(edge).map(str::to_string).collect();
            let evidence = g
                .vocab
                .evidence
                .get(edge.evidence as usize)
                .filter(|s| !s.is_empty())
                .cloned();
            view! {
                <li>
                    <span class="hop-relation">{i18n.t(relation)}{evidence.map(|c| view! { " · "<code>{c}</code> })}</span>
                    <RefList refs/>
                    " → "<a href=Route::Event(g.ids[next as usize].clone()).href() lang=lang>{text}</a>
                </li>
            }
        })
        .collect_view();
    let (start, start_lang) = crate::vocabulary::name_and_lang(g, p.nodes[0], zh);
    let summary = i18n.get(ExploreText::PathSummary).fill(&[
        ("n", &(i + 1).to_string()),
        ("hops", &p.edges.len().to_string()),
        ("cost", &(p.cost / rule::UNIT).to_string()),
    ]);
    view! {
        <li class="path" data-start=g.ids[p.nodes[0] as usize].clone()>
            <p><strong>{summary}</strong>" · "{i18n.t(sign_name(p.sign))}</p>
            <p class="path-start" lang=start_lang>{start}</p>
            <ol class="hops">{hops}</ol>
        </li>
    }
}

/// Why there is no path, and the nearby events that connect as links rerunning the
/// search with one end replaced.
fn no_path_view(
    g: &Graph,
    i18n: crate::i18n::I18n,
    zh: bool,
    why: &NoPath,
    (from, to): (RwSignal<Option<String>>, RwSignal<Option<String>>),
) -> impl IntoView {
    let reason = match why.reason {
        Reason::Same => i18n.get(ExploreText::PathNoneSame).to_string(),
        Reason::StartHasNoStep => i18n.get(ExploreText::PathNoneStart).to_string(),
        Reason::EndHasNoStep => i18n.get(ExploreText::PathNoneEnd).to_string(),
        Reason::NotReachable { reached } => i18n
            .get(ExploreText::PathNoneReach)
            .fill(&[("n", &reached.to_string())]),
        Reason::TooLong | Reason::NoneOfThatSign => i18n
            .get(ExploreText::PathNoneLong)
            .fill(&[("max", &paths::MAX_HOPS.to_string())]),
    };
    let (a, b) = (from.get_untracked(), to.get_untracked());
    let offer = |list: &[u32], heading: ExploreText, start: bool| {
        let items = list
            .iter()
            .map(|&v| {
                let id = g.ids[v as usize].clone();
                let (text, lang) = crate::vocabulary::name_and_lang(g, v, zh);
                let kind = kind_name(g.kinds[v as usize]);
                let href = if start {
                    path_href(Some(&id), b.as_deref())
                } else {
                    path_href(a.as_deref(), Some(&id))
                };
                let on_click = move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    let end = if start { from } else { to };
                    end.set(Some(id.clone()));
                    focus_results();
                };
                view! {
                    <li><a class="suggestion" href=href on:click=on_click>
                        <span lang=lang>{text}</span><span class="hit-meta">" · "{i18n.t(kind)}</span>
                    </a></li>
                }
            })
            .collect_view();
        (!list.is_empty()).then(|| {
            view! {
                <p>{i18n.t(heading)}</p>
                <ul class="suggestions">{items}</ul>
            }
        })
    };
    let nothing = (why.instead_of_start.is_empty() && why.instead_of_end.is_empty())
        .then(|| view! { <p>{i18n.t(ExploreText::PathNoSuggestion)}</p> });
    view! {
        <div class="no-path">
            <p role="status" class="status">{reason}</p>
            {offer(&why.instead_of_start, ExploreText::PathInsteadStart, true)}
            {offer(&why.instead_of_end, ExploreText::PathInsteadEnd, false)}
            {nothing}
        </div>
    }
}

/// After a suggestion is followed, the results take the focus (keyboard and screen
/// reader users land on the new answer) once the list has been rebuilt.
fn focus_results() {
    request_animation_frame(|| crate::platform::focus_id("path-results"));
}

#[component]
pub fn PathPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_graph_data();
    let router = crate::router::use_router();
    let (from, to) = match router.get_untracked() {
        Route::Path { from, to } => (RwSignal::new(from), RwSignal::new(to)),
        _ => (RwSignal::new(None), RwSignal::new(None)),
    };
    Effect::new(move |_| {
        router.replace(Route::Path {
            from: from.get(),
            to: to.get(),
        });
    });
    let results = move || {
        let (Some(a), Some(b)) = (from.get(), to.get()) else {
            return None;
        };
        let Some(snapshot) = data.best() else {
            return Some(
                view! { <p role="status">{i18n.t(ExploreText::SearchWaiting)}</p> }.into_any(),
            );
        };
        let g = &snapshot.graph;
        let (Some(u), Some(v)) = (g.find(&a), g.find(&b)) else {
            return Some(
                view! { <p role="status">{i18n.t(ExploreText::EventWaitFull)}</p> }.into_any(),
            );
        };
        let zh = i18n.lang.get() == Lang::Zh;
        match paths::find(g, &Params::default(), u, v, paths::DEFAULT_K, None) {
            Outcome::None(why) => {
                Some(view! { {no_path_view(g, i18n, zh, &why, (from, to))}<RuleNote/> }.into_any())
            }
            Outcome::Paths(found) => {
                let list = found
                    .iter()
                    .enumerate()
                    .map(|(i, p)| path_view(g, i18n, zh, i, p))
                    .collect_view();
                let count = i18n
                    .get(ExploreText::PathCount)
                    .fill(&[("n", &found.len().to_string())]);
                Some(
                    view! {
                        <p role="status" class="status">{count}</p>
                        <RuleNote/>
                        <ol class="paths">{list}</ol>
                    }
                    .into_any(),
                )
            }
        }
    };
    view! {
        <PageHeading key=crate::i18n::AppText::NavPath/>
        <p class="lead">{i18n.t(ExploreText::PathIntro)}</p>
        <form class="path-form" on:submit=|ev| ev.prevent_default()>
            <Picker label=ExploreText::PathFrom field="path-from" chosen=from/>
            <Picker label=ExploreText::PathTo field="path-to" chosen=to/>
            <p class="actions">
                <button type="button" class="button" on:click=move |_| {
                    let (a, b) = (from.get_untracked(), to.get_untracked());
                    from.set(b);
                    to.set(a);
                }>{i18n.t(ExploreText::PathSwap)}</button>
            </p>
        </form>
        <div id="path-results" class="path-results" tabindex="-1">{results}</div>
    }
}
