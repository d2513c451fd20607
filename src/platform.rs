//! The few places the app touches the browser directly (web-sys). Each call tolerates a
//! missing window or element: a failure here must never stop the page from working.

use crate::i18n::choice::{initial_lang, lang_param, without_lang_param};
use crate::i18n::Lang;
use wasm_bindgen::JsValue;

/// The browser's window; none when the app's components are rendered natively to HTML
/// (`src/bin/prerender.rs`), where web-sys cannot be called.
pub(crate) fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// True in a browser; false while the pages are written at build time.
pub fn in_browser() -> bool {
    window().is_some()
}

/// Listens to `event` on the window for as long as the calling component lives (removed
/// on its cleanup). Nothing at build time, where there is no window.
pub fn on_window<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: leptos::tachys::html::event::EventDescriptor + Send + 'static,
    E::EventType: wasm_bindgen::JsCast + 'static,
{
    if in_browser() {
        let handle = leptos::prelude::window_event_listener(event, handler);
        leptos::prelude::on_cleanup(move || handle.remove());
    }
}

pub(crate) fn document() -> Option<web_sys::Document> {
    window()?.document()
}

pub fn location_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's query string (`?embed=1`), or "".
pub fn location_search() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

fn browser_languages() -> Vec<String> {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(nav.language());
    }
    tags
}

/// The language this visit starts in (see [`initial_lang`]).
pub fn start_lang(saved: Option<Lang>) -> Lang {
    let search = location_search();
    initial_lang(lang_param(&search), saved, &browser_languages())
}

/// The language with no saved choice and no `?lang=`: the browser's, else Chinese.
pub fn default_lang() -> Lang {
    initial_lang(None, None, &browser_languages())
}

/// Removes `?lang=` from the address bar without reloading or adding history.
pub fn drop_lang_param() {
    let Some(w) = window() else { return };
    let search = location_search();
    if lang_param(&search).is_none() {
        return;
    }
    let location = w.location();
    let path = location.pathname().unwrap_or_default();
    let url = format!("{path}{}{}", without_lang_param(&search), location_hash());
    if let Ok(history) = w.history() {
        // A failure leaves the address as it was, which only matters on reload.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Sets an attribute on `<html>`, e.g. `lang` or `data-text-size`.
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute(name, value);
    }
}

pub fn document_title() -> String {
    document().map(|d| d.title()).unwrap_or_default()
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

pub fn set_meta_description(text: &str) {
    if let Some(meta) =
        document().and_then(|d| d.query_selector("meta[name=description]").ok().flatten())
    {
        let _ = meta.set_attribute("content", text);
    }
}

/// Moves keyboard and screen-reader focus to the element with this id.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The element the app mounts into, emptied first: a page saved by the browser after use
/// already holds a rendered copy of the app, which must not be shown twice.
pub fn mount_point() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let el = document()?.get_element_by_id("app")?;
    el.set_inner_html("");
    el.dyn_into::<web_sys::HtmlElement>().ok()
}

/// A performance mark (`performance.mark(name)`), read by scripts/startup.mjs.
pub fn mark(name: &str) {
    if let Some(perf) = window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// Navigates to a hash route (adds a history entry, like following a link).
pub fn set_hash(hash: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(hash);
    }
}

fn event_element(ev: &web_sys::Event) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    ev.target()?.dyn_into::<web_sys::Element>().ok()
}

/// True when a key was typed into a text field (date, notes), which keeps its keys.
pub fn event_in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    event_element(ev).is_some_and(|e| {
        let tag = e.tag_name().to_ascii_lowercase();
        tag == "textarea"
            || (tag == "input"
                && !matches!(
                    e.get_attribute("type").as_deref(),
                    Some("radio" | "checkbox" | "button")
                ))
    })
}

/// Whether a key event reached no element but the page itself (nothing had the focus,
/// e.g. while a view replaced the focused element).
pub fn event_on_body(ev: &web_sys::KeyboardEvent) -> bool {
    event_element(ev)
        .is_none_or(|e| matches!(e.tag_name().to_ascii_lowercase().as_str(), "body" | "html"))
}

/// True when a key was pressed on a button or link, which Enter activates itself.
pub fn event_on_button(ev: &web_sys::KeyboardEvent) -> bool {
    event_element(ev).is_some_and(|e| {
        matches!(
            e.tag_name().to_ascii_lowercase().as_str(),
            "button" | "a" | "summary"
        )
    })
}

/// Moves focus to the first element matching a CSS selector.
pub fn focus_query(selector: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Offers `text` as a file download (nothing leaves the device: a local blob URL).
pub fn download(filename: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let done = download_url(filename, &url);
    // Revoked a little later: some browsers read the blob after `click` returns.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    done
}

/// Offers the local `url` (a blob: or data: URL) as a download named `filename`.
pub fn download_url(filename: &str, url: &str) -> bool {
    use wasm_bindgen::JsCast;
    document()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(url);
            a.set_download(filename);
            a.click();
        })
        .is_some()
}

/// Whether motion should be avoided: the app's setting, or the system's.
pub fn motion_reduced() -> bool {
    let setting = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-motion"))
        .is_some_and(|m| m == "reduce");
    setting
        || window()
            .and_then(|w| {
                w.match_media("(prefers-reduced-motion: reduce)")
                    .ok()
                    .flatten()
            })
            .is_some_and(|m| m.matches())
}

/// Opens the browser's print dialog (the report has its own print stylesheet).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// The id of the element that has the focus ("" when none has one).
pub fn active_id() -> String {
    document()
        .and_then(|d| d.active_element())
        .map(|e| e.id())
        .unwrap_or_default()
}

/// Opens `url` (relative to the document's base) as a new history entry.
pub fn assign(url: &str) {
    if let Some(w) = window() {
        let _ = w.location().assign(url);
    }
}

/// Puts `url` (`#/explore?q=…`, or a reading page's `treatments/?q=…`) in the address
/// without a history entry or a `hashchange` (only `router.rs` calls it).
pub fn replace_hash(hash: &str) {
    if let Ok(h) = window().map_or(Err(JsValue::NULL), |w| w.history()) {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// The file chosen in an `<input type=file>` change event; the input is emptied so
/// that choosing the same file again is noticed.
pub fn take_chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(file)
}

/// True when the page may use local storage: it may be missing or throw on access
/// (disabled, sandboxed frame), and gloo-storage would panic then.
pub fn local_storage_available() -> bool {
    window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The width in CSS pixels of the first element matching `selector`, if there is one.
pub fn element_width(selector: &str) -> Option<f64> {
    let el = document()?.query_selector(selector).ok()??;
    Some(f64::from(el.client_width())).filter(|w| *w > 0.0)
}

/// True in the single-file edition (it defines `window.alsEmbedded`); asks without
/// decoding any embedded file.
pub fn is_single_file() -> bool {
    window().is_some_and(|w| {
        js_sys::Reflect::has(&w, &JsValue::from_str("alsEmbedded")).unwrap_or(false)
    })
}

/// A file embedded in the single-file edition (`scripts/single-file.mjs` puts the
/// snapshots into the page and `window.alsEmbedded.get(name)` hands them out), or `None`
/// on a served site.
pub fn embedded(name: &str) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    let window: JsValue = window()?.into();
    let store = js_sys::Reflect::get(&window, &JsValue::from_str("alsEmbedded")).ok()?;
    let get = js_sys::Reflect::get(&store, &JsValue::from_str("get"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let bytes = get.call1(&store, &JsValue::from_str(name)).ok()?;
    bytes
        .dyn_into::<js_sys::Uint8Array>()
        .ok()
        .map(|a| a.to_vec())
}

/// Copies `text` to the clipboard; false when the browser refuses or has no clipboard.
pub async fn copy_text(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let clipboard = window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined());
    let promise = clipboard.and_then(|c| {
        let write = js_sys::Reflect::get(&c, &"writeText".into()).ok()?;
        let f: js_sys::Function = write.dyn_into().ok()?;
        f.call1(&c, &text.into()).ok()
    });
    match promise.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
        None => false,
    }
}

/// The page's whole address, hash included (what a shared link carries).
pub fn location_href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The page's address without its query and hash (`https://host/als/`).
pub fn page_base() -> String {
    window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// The page's origin (`https://host`), named where data stays in this browser.
pub fn page_origin() -> String {
    window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}
