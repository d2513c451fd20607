//! A tool's first screen written at build time into the root document (one `<template>`
//! per tool and language, `src/prerender.rs`), shown before the app has started so that
//! whoever opens `#/assess` or `#/core` on a slow phone sees at once where they are.
//!
//! The self-assessment's form, the search and the paths render for real: their first
//! screen needs no stored data and no graph. The other tools show their heading, what
//! they do, and the progress line; what they show next depends on what is stored on the
//! device (the records) or on the graph, which only the app has.

use crate::assess::AssessText;
use crate::explore::ExploreText;
use crate::graph::GraphText;
use crate::i18n::{use_i18n, AppText};
use crate::route::{AssessView, Route};
use crate::shell::PageHeading;
use leptos::prelude::*;

/// The tools whose first screen is written at build time, each by its hash route.
pub fn shell_routes() -> Vec<Route> {
    vec![
        Route::assess(AssessView::Form),
        Route::assess(AssessView::Results(None)),
        Route::assess(AssessView::History),
        Route::assess(AssessView::Report),
        Route::assess(AssessView::Timeline),
        Route::Explore(String::new()),
        Route::Core(Default::default()),
        Route::Path {
            from: None,
            to: None,
        },
        Route::Graph(Default::default()),
        Route::Settings,
    ]
}

/// Whether the tool's own view is its first screen (it needs nothing stored, no graph).
pub fn renders_for_real(route: &Route) -> bool {
    matches!(
        route,
        Route::Assess {
            view: AssessView::Form,
            ..
        } | Route::Explore(_)
            | Route::Path { .. }
    )
}

/// The line under the heading while the app starts ("starting this tool…").
#[component]
pub fn StartingLine() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="tool-starting" role="status">{i18n.t(AppText::ToolStarting)}</p> }
}

/// Heading and what the tool does, for a tool whose first screen needs the app.
#[component]
pub fn ToolShell(route: Route) -> impl IntoView {
    let i18n = use_i18n();
    match route {
        Route::Core(_) => view! {
            <PageHeading key=AppText::NavCore/>
            <p class="lead">{i18n.t(ExploreText::CoreIntro)}</p>
        }
        .into_any(),
        Route::Graph(_) => view! {
            <PageHeading key=AppText::NavGraph/>
            <p>{i18n.t(GraphText::Intro)}</p>
        }
        .into_any(),
        Route::Assess { .. } => view! {
            <PageHeading key=AppText::NavAssess/>
            <p class="lead">{i18n.t(AssessText::AssessIntro)}</p>
            <p class="note">{i18n.t(AssessText::AssessPrivacy)}</p>
        }
        .into_any(),
        Route::Settings => view! { <PageHeading key=AppText::NavSettings/> }.into_any(),
        other => view! { <PageHeading key=other.title_key()/> }.into_any(),
    }
}
