//! "Use your own graph": a snapshot file chosen by the user (for example one built with
//! `databuild` from other sources) replaces the full graph for this visit. A file that
//! is not a valid snapshot is refused with the reason, and nothing changes.

use super::ExploreText;
use crate::data::{open_user_snapshot, use_graph_data, LoadError};
use crate::i18n::use_i18n;
use crate::i18n::Fill;
use leptos::prelude::*;

#[derive(Clone)]
enum State {
    Idle,
    Reading(String),
    Opened(String, usize, usize),
    Refused(String, LoadError),
}

#[component]
pub fn OwnGraph() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_graph_data();
    let state = RwSignal::new(State::Idle);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = crate::platform::take_chosen_file(&ev) else {
            return;
        };
        let name = file.name();
        state.set(State::Reading(name.clone()));
        wasm_bindgen_futures::spawn_local(async move {
            let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            let bytes = match buffer {
                Ok(b) => js_sys::Uint8Array::new(&b).to_vec(),
                Err(_) => return state.set(State::Refused(name, LoadError::Network)),
            };
            state.set(match open_user_snapshot(data, bytes).await {
                Ok(s) => State::Opened(name, s.graph.node_count(), s.graph.edge_count()),
                Err(e) => State::Refused(name, e),
            });
        });
    };
    let message = move || {
        match state.get() {
        State::Idle => None,
        State::Reading(name) => Some(view! { <p class="status" role="status">{i18n.get(ExploreText::OwnReading).fill(&[("file", &name)])}</p> }.into_any()),
        State::Opened(name, n, m) => Some(view! {
            <p class="status" role="status">
                {i18n.get(ExploreText::OwnOpened).fill(&[("file", &name), ("nodes", &n.to_string()), ("edges", &m.to_string())])}
            </p>
        }.into_any()),
        State::Refused(name, e) => Some(view! {
            <div class="error-summary" role="alert">
                <p>{i18n.get(ExploreText::OwnRefused).fill(&[("file", &name)])}" "{i18n.t(e.key())}</p>
                <p class="detail">{e.detail()}</p>
            </div>
        }.into_any()),
    }
    };
    view! {
        <section class="own-graph" aria-labelledby="own-graph-heading">
            <h2 id="own-graph-heading">{i18n.t(ExploreText::OwnTitle)}</h2>
            <p>{i18n.t(ExploreText::OwnIntro)}</p>
            <div class="field">
                <label for="own-graph-file">{i18n.t(ExploreText::OwnLabel)}</label>
                <input id="own-graph-file" type="file" accept=".bin,application/octet-stream" on:change=on_file/>
            </div>
            {message}
        </section>
    }
}
