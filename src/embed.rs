//! Embedding a view in an article: `?embed=1` (before the `#`) shows the view without
//! the site's navigation and footer, `&theme=dark` or `light` picks the colours, and the
//! page tells the host its height with `postMessage({ type: "als-explorer:height",
//! height })` whenever it changes (nothing else is sent). The snippet a volunteer copies
//! is made here too. Parsing and the snippet are pure and tested natively.

/// The embed settings of the page's query string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Embed {
    pub on: bool,
    /// `Some(true)` dark, `Some(false)` light, `None` the app's own.
    pub dark: Option<bool>,
}

impl Embed {
    pub fn parse(search: &str) -> Embed {
        let mut e = Embed::default();
        for (k, v) in search
            .trim_start_matches('?')
            .split('&')
            .filter_map(|p| p.split_once('='))
        {
            match (k, v) {
                ("embed", "1") => e.on = true,
                ("theme", "dark") => e.dark = Some(true),
                ("theme", "light") => e.dark = Some(false),
                _ => {}
            }
        }
        e
    }
}

/// The message type the host listens for.
pub const HEIGHT_MESSAGE: &str = "als-explorer:height";

/// The iframe for the view `hash` of the site at `base` (its address without query or
/// hash), with `title` as its accessible name: sandboxed to what the app needs (scripts;
/// its own origin for the graph files and the private storage; downloads; opening the
/// full site in a new tab), then a short script that follows the reported height.
pub fn snippet(base: &str, hash: &str, title: &str, dark: bool) -> String {
    let theme = if dark { "dark" } else { "light" };
    let src = graphview::svg::escape(&format!("{base}?embed=1&theme={theme}{hash}"));
    let origin = base.split('/').take(3).collect::<Vec<_>>().join("/");
    format!(
        "<iframe src=\"{src}\" title=\"{}\" width=\"100%\" height=\"640\" style=\"border:0\" loading=\"lazy\" \
referrerpolicy=\"no-referrer\" sandbox=\"allow-scripts allow-same-origin allow-downloads allow-popups\"></iframe>\n\
<script>addEventListener('message', (e) => {{ if (e.origin === '{}' && e.data && e.data.type === '{HEIGHT_MESSAGE}') \
for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = e.data.height + 'px'; }});</script>",
        graphview::svg::escape(title),
        graphview::svg::escape(&origin),
    )
}

/// Reports the page's height to the host now and whenever it changes.
pub fn report_height() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let send = || {
        let Some(w) = web_sys::window() else { return };
        let Some(root) = w.document().and_then(|d| d.document_element()) else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(
            &message,
            &"height".into(),
            &JsValue::from(root.scroll_height()),
        );
        if let Ok(Some(parent)) = w.parent() {
            let _ = parent.post_message(&message, "*");
        }
    };
    send();
    let observe = Closure::<dyn FnMut()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(observe.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    observe.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_turns_embedding_and_the_theme_on() {
        assert_eq!(Embed::parse(""), Embed::default());
        assert_eq!(
            Embed::parse("?embed=1&theme=dark"),
            Embed {
                on: true,
                dark: Some(true)
            }
        );
        assert_eq!(
            Embed::parse("?lang=en&theme=light"),
            Embed {
                on: false,
                dark: Some(false)
            }
        );
        assert_eq!(Embed::parse("?embed=yes&theme=pink"), Embed::default());
    }

    #[test]
    fn the_snippet_is_sandboxed_and_escapes_the_title() {
        let s = snippet(
            "https://example.org/als/",
            "#/story/3",
            "A \"quoted\" <title>",
            false,
        );
        assert!(
            s.starts_with(
                "<iframe src=\"https://example.org/als/?embed=1&amp;theme=light#/story/3\""
            ),
            "{s}"
        );
        assert!(s.contains("title=\"A &quot;quoted&quot; &lt;title&gt;\""));
        assert!(
            s.contains("sandbox=\"allow-scripts allow-same-origin allow-downloads allow-popups\"")
        );
        assert!(s.contains("e.origin === 'https://example.org'"));
        assert!(!s.contains("allow-top-navigation"));
    }
}
