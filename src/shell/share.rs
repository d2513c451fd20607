//! "Share or embed" under every view that can be shared: copy the link, copy an iframe
//! snippet for an article (see `crate::embed`), and a QR code of the link drawn in the
//! app (the `qrcode` crate computes the modules; they are drawn as one SVG path).

use crate::i18n::{use_i18n, Key};
use leptos::prelude::*;

/// The QR code of `text` as an SVG path of its dark modules and its size in modules
/// (with the four-module quiet zone).
pub fn qr_path(text: &str) -> Option<(String, usize)> {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).ok()?;
    let n = code.width();
    let mut d = String::new();
    for (i, c) in code.to_colors().iter().enumerate() {
        if *c == qrcode::Color::Dark {
            d.push_str(&format!("M{},{}h1v1h-1z", i % n + 4, i / n + 4));
        }
    }
    Some((d, n + 8))
}

#[component]
pub fn Share() -> impl IntoView {
    let i18n = use_i18n();
    let status: RwSignal<Option<Key>> = RwSignal::new(None);
    let open = RwSignal::new(false);
    let dark = RwSignal::new(false);
    let href = move || {
        open.track();
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default()
    };
    let code = move || {
        open.track();
        let hash = crate::platform::location_hash();
        let title = crate::platform::document_title();
        crate::embed::snippet(&crate::platform::page_base(), &hash, &title, dark.get())
    };
    let copy = move |text: String, ok: Key| {
        wasm_bindgen_futures::spawn_local(async move {
            let done = crate::platform::copy_text(&text).await;
            status.set(Some(if done { ok } else { Key::ShareCopyFailed }));
        });
    };
    let qr = move || {
        let (d, size) = qr_path(&href())?;
        Some(view! {
            <figure class="qr">
                <svg viewBox=format!("0 0 {size} {size}") width="200" height="200" role="img" aria-labelledby="share-qr-caption">
                    <rect width=size height=size fill="#ffffff"/>
                    <path d=d fill="#000000" shape-rendering="crispEdges"/>
                </svg>
                <figcaption id="share-qr-caption">{i18n.t(Key::ShareQr)}</figcaption>
            </figure>
        })
    };
    view! {
        <details class="share no-print" on:toggle=move |_| open.update(|o| *o = !*o)>
            <summary>{i18n.t(Key::ShareTitle)}</summary>
            <p class="actions">
                <button type="button" class="button" on:click=move |_| copy(href(), Key::ShareLinkCopied)>{i18n.t(Key::ShareCopyLink)}</button>
                <span role="status">{move || status.get().map(|k| i18n.get(k))}</span>
            </p>
            <p class="field">
                <label for="share-embed">{i18n.t(Key::ShareEmbedLabel)}</label>
                <textarea id="share-embed" readonly rows="5" prop:value=code></textarea>
            </p>
            <p class="actions">
                <button type="button" class="button" on:click=move |_| copy(code(), Key::ShareCodeCopied)>{i18n.t(Key::ShareCopyCode)}</button>
                <label class="choice">
                    <input type="checkbox" prop:checked=move || dark.get() on:change=move |ev| dark.set(event_target_checked(&ev))/>
                    <span>{i18n.t(Key::ShareDark)}</span>
                </label>
            </p>
            <p class="note">{i18n.t(Key::ShareEmbedNote)}</p>
            {move || open.get().then(qr)}
        </details>
    }
}
