//! The picture a view offers for sharing — the factory of a story chapter, an
//! `<svg data-share-picture="story-3">` in the main content — as files and for the share
//! card. The SVG file stands alone: the styles the page gives each shape are written on
//! the shape as presentation attributes, the fonts are named generically, the text is escaped by the browser's XML
//! serialiser. The PNG is that SVG drawn on a canvas from a `data:` URL (the page's
//! policy allows `img-src data:`); nothing is fetched and nothing leaves the device.

use crate::i18n::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlCanvasElement, HtmlImageElement};

/// The selector of a view's picture; its `data-share-picture` value names the view in
/// file names (`story-3`).
pub const SELECTOR: &str = "main svg[data-share-picture]";

const SVG: &str = "http://www.w3.org/2000/svg";

/// Generic font families only, so the file looks alike on every system.
const FONTS: &str = "system-ui, sans-serif";

/// The properties the page's style sheets set on the picture's shapes, with their
/// initial values. All are inherited except `opacity` and `filter`.
const INHERITED: &[(&str, &str)] = &[
    ("fill", "rgb(0, 0, 0)"),
    ("stroke", "none"),
    ("stroke-width", "1px"),
    ("stroke-dasharray", "none"),
    ("stroke-linejoin", "miter"),
    ("stroke-linecap", "butt"),
    ("paint-order", "normal"),
    ("font-size", "16px"),
    ("font-weight", "400"),
];
const OWN: &[(&str, &str)] = &[("opacity", "1"), ("filter", "none")];

/// A file's name: what it is, of which view, in which language, e.g.
/// `als-explorer-story-3-zh-illustration.svg`.
pub fn file_name(slug: &str, lang: Lang, what: &str, ext: &str) -> String {
    format!("als-explorer-{slug}-{}-{what}.{ext}", lang.code())
}

/// The presentation attributes that make an element look as on the page: each
/// inherited property whose value differs from its parent's (from the initial value at
/// the root), and `opacity` (only on groups: a shape's own opacity may be mid-animation)
/// and `filter` where they are set; `None` removes an attribute the markup had. `own`
/// and `parent` are computed values in the order of the tables above. (Attributes, not
/// `style`: the page's policy refuses inline styles, even on a copy.)
pub fn attributes(
    own: &[String],
    parent: Option<&[String]>,
    group: bool,
) -> Vec<(&'static str, Option<String>)> {
    let mut out = Vec::new();
    for (i, (prop, initial)) in INHERITED.iter().enumerate() {
        let value = own[i].trim();
        let base = parent.map_or(*initial, |p| p[i].trim());
        let set = !value.is_empty() && value != base;
        out.push((*prop, set.then(|| value.to_string())));
    }
    for (j, (prop, initial)) in OWN.iter().enumerate() {
        let value = own[INHERITED.len() + j].trim();
        let wanted = *prop != "opacity" || group;
        let set = wanted && !value.is_empty() && value != *initial;
        out.push((*prop, set.then(|| value.to_string())));
    }
    out
}

/// Writes `attributes` on `el`.
fn apply(el: &Element, attributes: Vec<(&'static str, Option<String>)>) -> Option<()> {
    for (name, value) in attributes {
        match value {
            Some(v) => el.set_attribute(name, &v).ok()?,
            None => el.remove_attribute(name).ok()?,
        }
    }
    Some(())
}

/// The view's picture in the page, and its name for files.
pub fn find() -> Option<(Element, String)> {
    let doc = web_sys::window()?.document()?;
    let svg = doc.query_selector(SELECTOR).ok().flatten()?;
    let slug = svg.get_attribute("data-share-picture")?;
    Some((svg, slug))
}

/// The picture's viewBox size.
pub fn size(svg: &Element) -> Option<(f64, f64)> {
    let vb = svg.get_attribute("viewBox")?;
    let n: Vec<f64> = vb
        .split_whitespace()
        .filter_map(|s| s.parse().ok())
        .collect();
    (n.len() == 4 && n[2] > 0.0 && n[3] > 0.0).then(|| (n[2], n[3]))
}

fn computed(win: &web_sys::Window, el: &Element) -> Vec<String> {
    let style = win.get_computed_style(el).ok().flatten();
    INHERITED
        .iter()
        .chain(OWN)
        .map(|(p, _)| {
            style
                .as_ref()
                .and_then(|s| s.get_property_value(p).ok())
                .unwrap_or_default()
        })
        .collect()
}

/// The picture as a standalone SVG file, `scale` times its viewBox size.
pub fn standalone(svg: &Element, scale: f64) -> Option<String> {
    let win = web_sys::window()?;
    let (w, h) = size(svg)?;
    let copy: Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let originals = svg.query_selector_all("*").ok()?;
    let copies = copy.query_selector_all("*").ok()?;
    let root = computed(&win, svg);
    // The serialiser writes the SVG namespace itself.
    copy.set_attribute("width", &(w * scale).to_string()).ok()?;
    copy.set_attribute("height", &(h * scale).to_string())
        .ok()?;
    apply(&copy, attributes(&root, None, true))?;
    copy.set_attribute("font-family", FONTS).ok()?;
    for i in 0..originals.length() {
        let (Some(orig), Some(dup)) = (originals.item(i), copies.item(i)) else {
            return None;
        };
        let (orig, dup): (Element, Element) = (orig.dyn_into().ok()?, dup.dyn_into().ok()?);
        let parent = orig.parent_element().map(|p| computed(&win, &p));
        let own = computed(&win, &orig);
        apply(
            &dup,
            attributes(&own, parent.as_deref(), orig.tag_name() == "g"),
        )?;
    }
    for name in ["data-share-picture", "data-share-short"] {
        copy.remove_attribute(name).ok()?;
    }
    // The page's `<title>` may be an HTML element (the framework makes it so); in the
    // file it must be SVG's, to name the picture.
    if let Some(title) = copy.query_selector("title").ok().flatten() {
        if title.namespace_uri().as_deref() != Some(SVG) {
            let doc = web_sys::window()?.document()?;
            let svg_title = doc.create_element_ns(Some(SVG), "title").ok()?;
            svg_title.set_text_content(title.text_content().as_deref());
            if let Some(id) = title.get_attribute("id") {
                svg_title.set_attribute("id", &id).ok()?;
            }
            title
                .parent_node()?
                .replace_child(&svg_title, &title)
                .ok()?;
        }
    }
    let xml = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&copy)
        .ok()?;
    // Without the framework's empty marker comments.
    let xml = xml.replace("<!---->", "");
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{xml}\n"
    ))
}

/// The SVG text as an image, decoded and ready to draw.
pub async fn image(svg_text: &str) -> Option<HtmlImageElement> {
    let img = HtmlImageElement::new().ok()?;
    let encoded: String = js_sys::encode_uri_component(svg_text).into();
    img.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    JsFuture::from(img.decode()).await.ok()?;
    Some(img)
}

/// A canvas of `w` × `h` pixels with its 2D context, filled white.
pub fn canvas(w: f64, h: f64) -> Option<(HtmlCanvasElement, web_sys::CanvasRenderingContext2d)> {
    let doc = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = doc.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, w, h);
    Some((canvas, ctx))
}

/// Offers the picture as a standalone SVG file; false when the view has none.
pub fn download_svg(lang: Lang) -> bool {
    let Some((svg, slug)) = find() else {
        return false;
    };
    standalone(&svg, 2.0).is_some_and(|text| {
        crate::platform::download(
            &file_name(&slug, lang, "illustration", "svg"),
            "image/svg+xml",
            &text,
        )
    })
}

/// Offers the picture as a PNG three times its viewBox size (1200 px wide for the
/// factory), on white; false when the view has none or it could not be drawn.
pub async fn download_png(lang: Lang) -> bool {
    const SCALE: f64 = 3.0;
    let Some((svg, slug)) = find() else {
        return false;
    };
    let Some((w, h)) = size(&svg) else {
        return false;
    };
    let Some(text) = standalone(&svg, SCALE) else {
        return false;
    };
    let Some(img) = image(&text).await else {
        return false;
    };
    let Some((canvas, ctx)) = canvas(w * SCALE, h * SCALE) else {
        return false;
    };
    if ctx
        .draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, w * SCALE, h * SCALE)
        .is_err()
    {
        return false;
    }
    canvas.to_data_url_with_type("image/png").is_ok_and(|url| {
        crate::platform::download_url(&file_name(&slug, lang, "illustration", "png"), &url)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn names_say_what_which_view_and_which_language() {
        assert_eq!(
            file_name("story-3", Lang::Zh, "illustration", "svg"),
            "als-explorer-story-3-zh-illustration.svg"
        );
        assert_eq!(
            file_name("story-12", Lang::En, "card", "png"),
            "als-explorer-story-12-en-card.png"
        );
    }

    #[test]
    fn only_what_differs_from_the_parent_is_written() {
        let parent = values(&[
            "rgb(0, 0, 0)",
            "none",
            "1px",
            "none",
            "miter",
            "butt",
            "normal",
            "16px",
            "400",
            "1",
            "none",
        ]);
        let own = values(&[
            "rgb(239, 228, 204)",
            "rgb(74, 59, 47)",
            "1px",
            "none",
            "round",
            "butt",
            "normal",
            "16px",
            "700",
            "0.42",
            "grayscale(1)",
        ]);
        let set = |a: Vec<(&'static str, Option<String>)>| {
            a.into_iter()
                .filter_map(|(k, v)| Some(format!("{k}={}", v?)))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            set(attributes(&own, Some(&parent), true)),
            "fill=rgb(239, 228, 204) stroke=rgb(74, 59, 47) stroke-linejoin=round font-weight=700 opacity=0.42 filter=grayscale(1)"
        );
        // A shape's opacity may be mid-animation: it is left out; its filter is kept.
        assert_eq!(
            set(attributes(&own, Some(&own), false)),
            "filter=grayscale(1)"
        );
        // The root is compared with the initial values.
        assert_eq!(set(attributes(&parent, None, true)), "");
        // What is not written is removed: the markup's own attribute could differ.
        assert_eq!(attributes(&parent, None, true).len(), 11);
        assert!(attributes(&parent, None, true)
            .iter()
            .all(|(_, v)| v.is_none()));
    }
}
