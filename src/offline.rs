//! The installable offline site: registers `sw.js` (written at build time by
//! scripts/service-worker.mjs) on http(s) pages, and when a new release has installed
//! beside the running one, shows a visible prompt; only the reader's "reload" activates
//! it, so a page never runs with files of two releases. The single file (file://) has
//! no service worker: everything is already inside it.

use crate::i18n::{use_i18n, AppText};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// The message the service worker waits for before it takes over.
const ACTIVATE: &str = "als-explorer:activate";

#[derive(Clone, Copy)]
pub struct Offline {
    /// A new release is installed and waiting.
    pub update: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
}

/// Registers the service worker (http and https only) and watches for new releases.
pub fn start() -> Offline {
    let offline = Offline {
        update: RwSignal::new(false),
        registration: StoredValue::new_local(None),
    };
    let Some(window) = web_sys::window() else {
        return offline;
    };
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        return offline;
    }
    let container = window.navigator().service_worker();
    let promise = container.register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        offline.registration.set_value(Some(reg.clone()));
        let controlled = || {
            web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some())
        };
        // A release that installed during an earlier visit and still waits.
        if reg.waiting().is_some() && controlled() {
            offline.update.set(true);
        }
        let watched = reg.clone();
        let found = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = watched.installing() else {
                return;
            };
            let w = worker.clone();
            let changed = Closure::<dyn FnMut()>::new(move || {
                if w.state() == ServiceWorkerState::Installed && controlled() {
                    offline.update.set(true);
                }
            });
            worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
    });
    offline
}

impl Offline {
    /// Lets the waiting release take over, then reloads once it controls the page.
    pub fn apply(self) {
        let Some(reg) = self.registration.get_value() else {
            return;
        };
        let Some(waiting) = reg.waiting() else { return };
        if let Some(w) = web_sys::window() {
            let reload = Closure::<dyn FnMut()>::new(|| {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            });
            w.navigator()
                .service_worker()
                .set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
            reload.forget();
        }
        let _ = waiting.post_message(&JsValue::from_str(ACTIVATE));
    }
}

/// The prompt shown while a new release waits.
#[component]
pub fn UpdatePrompt(offline: Offline) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        offline.update.get().then(|| {
            view! {
                <div class="update-prompt" role="status">
                    <p>{i18n.t(AppText::UpdateReady)}</p>
                    <button type="button" class="button primary" on:click=move |_| offline.apply()>{i18n.t(AppText::UpdateReload)}</button>
                </div>
            }
        })
    }
}
