//! "Share or embed" under every view that can be shared: copy the link, copy an iframe
//! snippet for an article (see `crate::embed`), and a QR code of the link drawn in the
//! app (the `qrcode` crate computes the modules; they are drawn as one SVG path), the
//! share card (`super::card`), and the view's picture as a PNG and an SVG file
//! (`picture`: the factory of a story chapter).

use super::picture;
use super::qr::qr_path;
use crate::i18n::{use_i18n, AppText};
use leptos::prelude::*;

/// Runs `job` (a picture made on the device, then offered as a download) and says so
/// when it fails.
fn made(status: RwSignal<Option<AppText>>, job: impl std::future::Future<Output = bool> + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        if !job.await {
            status.set(Some(AppText::SharePictureFailed));
        }
    });
}

#[component]
pub fn Share() -> impl IntoView {
    let i18n = use_i18n();
    let status: RwSignal<Option<AppText>> = RwSignal::new(None);
    let open = RwSignal::new(false);
    let dark = RwSignal::new(false);
    let href = move || {
        open.track();
        crate::platform::location_href()
    };
    let code = move || {
        open.track();
        let hash = crate::platform::location_hash();
        let title = crate::platform::document_title();
        crate::embed::snippet(&crate::platform::page_base(), &hash, &title, dark.get())
    };
    let copy = move |text: String, ok: AppText| {
        wasm_bindgen_futures::spawn_local(async move {
            let done = crate::platform::copy_text(&text).await;
            status.set(Some(if done { ok } else { AppText::ShareCopyFailed }));
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
                <figcaption id="share-qr-caption">{i18n.t(AppText::ShareQr)}</figcaption>
            </figure>
        })
    };
    view! {
        <details class="share no-print" on:toggle=move |_| open.update(|o| *o = !*o)>
            <summary>{i18n.t(AppText::ShareTitle)}</summary>
            <p class="actions">
                <button type="button" class="button" on:click=move |_| copy(href(), AppText::ShareLinkCopied)>{i18n.t(AppText::ShareCopyLink)}</button>
                <span role="status">{move || status.get().map(|k| i18n.get(k))}</span>
            </p>
            <p class="field">
                <label for="share-embed">{i18n.t(AppText::ShareEmbedLabel)}</label>
                <textarea id="share-embed" readonly rows="5" prop:value=code></textarea>
            </p>
            <p class="actions">
                <button type="button" class="button" on:click=move |_| copy(code(), AppText::ShareCodeCopied)>{i18n.t(AppText::ShareCopyCode)}</button>
                <label class="choice">
                    <input type="checkbox" prop:checked=move || dark.get() on:change=move |ev| dark.set(event_target_checked(&ev))/>
                    <span>{i18n.t(AppText::ShareDark)}</span>
                </label>
            </p>
            <p class="note">{i18n.t(AppText::ShareEmbedNote)}</p>
            <p class="actions">
                <button type="button" class="button" on:click=move |_| made(status, super::card::download(i18n.lang.get_untracked()))>{i18n.t(AppText::ShareCard)}</button>
            </p>
            {move || (open.get() && picture::find().is_some()).then(|| view! {
                <p class="actions">
                    <button type="button" class="button" on:click=move |_| made(status, picture::download_png(i18n.lang.get_untracked()))>{i18n.t(AppText::SharePicturePng)}</button>
                    <button type="button" class="button" on:click=move |_| {
                        if !picture::download_svg(i18n.lang.get_untracked()) {
                            status.set(Some(AppText::SharePictureFailed));
                        }
                    }>{i18n.t(AppText::SharePictureSvg)}</button>
                </p>
            })}
            {move || open.get().then(qr)}
        </details>
    }
}
