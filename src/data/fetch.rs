//! Fetching a file of the site with progress, through the browser's streams.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No network, or the page was opened from a file where fetching is not allowed.
    Network,
    /// The server answered with this status.
    Status(u16),
}

/// Fetches `url` (relative to the page) and calls `progress(received, total)` as bytes
/// arrive; `total` is `None` when the server does not say. In the single-file edition the
/// file is already in the page (`platform::embedded`) and nothing is fetched.
pub async fn fetch_bytes(
    url: &str,
    progress: impl Fn(u64, Option<u64>),
) -> Result<Vec<u8>, FetchError> {
    if let Some(bytes) = crate::platform::embedded(url) {
        let n = bytes.len() as u64;
        progress(n, Some(n));
        return Ok(bytes);
    }
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Network)?
        .dyn_into()
        .map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let total = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.parse::<u64>().ok());
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body
        .get_reader()
        .dyn_into()
        .map_err(|_| FetchError::Network)?;
    let mut bytes = Vec::with_capacity(total.unwrap_or(0) as usize);
    progress(0, total);
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| FetchError::Network)?;
        let done = Reflect::get(&chunk, &JsValue::from_str("done"))
            .map(|d| d.is_truthy())
            .unwrap_or(true);
        if done {
            break;
        }
        let value =
            Reflect::get(&chunk, &JsValue::from_str("value")).map_err(|_| FetchError::Network)?;
        let array: Uint8Array = value.dyn_into().map_err(|_| FetchError::Network)?;
        let start = bytes.len();
        bytes.resize(start + array.length() as usize, 0);
        array.copy_to(&mut bytes[start..]);
        progress(bytes.len() as u64, total);
    }
    Ok(bytes)
}

/// Milliseconds since the page started, for timing.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}
