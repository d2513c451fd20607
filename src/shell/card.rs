//! A share card: the current view as a 1200 × 630 PNG drawn on a canvas in the app, for
//! platforms that take no iframes (a WeChat article takes pictures). A story chapter's
//! card carries the chapter's factory picture (its `data-share-picture` SVG, drawn from a
//! `data:` URL), its heading and what the picture lights up; another view's card its
//! heading and first lines. Every card has the link with its QR code and the "not medical
//! advice" line. The text is sized for a phone: the card is often shown about 390 px
//! wide, a third of its size, so the heading and the lines under it are drawn at 40 px
//! or more (13 px there), as large as they fit, and the link and the note at 30 px or
//! more. Nothing is sent anywhere: the PNG is a local download.

use super::picture;
use crate::i18n::{text, AppText, Lang};
use web_sys::CanvasRenderingContext2d as Ctx;

const W: f64 = 1200.0;
const H: f64 = 630.0;
/// The teal edge around the white card.
const EDGE: f64 = 12.0;
/// The margin inside the edge.
const M: f64 = 32.0;
/// The QR code of the link, bottom right: on a phone about 55 px, for WeChat's
/// "recognise the QR code in the picture" and for a camera.
const QR: f64 = 168.0;
const FONT: &str =
    "system-ui, \"PingFang SC\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", sans-serif";
const INK: &str = "#1d2327";
/// Between the heading and the line under it.
const GAP: f64 = 20.0;
const TEAL: &str = "#0b5c66";
/// The card's pale teal (the app's `--accent-soft`): ink on it has a contrast of 14:1.
const PAPER: &str = "#e2f0f1";

/// Splits `text` into lines no wider than `max` (by words, or by characters for Chinese),
/// at most `lines` of them, the last ending in "…" when text is left over; and whether
/// all of the text fitted.
fn wrap(ctx: &Ctx, text: &str, max: f64, lines: usize) -> (Vec<String>, bool) {
    let width = |s: &str| {
        ctx.measure_text(s)
            .map_or(s.len() as f64 * 12.0, |m| m.width())
    };
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut whole = true;
    // Chinese has no spaces: any character may end a line.
    for piece in text.split_inclusive(|c: char| c == ' ' || c as u32 >= 0x2E80) {
        let next = format!("{line}{piece}");
        // Closing punctuation never starts a line.
        let closing = piece.starts_with(['。', '，', '、', '；', '：', '！', '？', '）', '”']);
        if width(next.trim_end()) > max && !line.is_empty() && !closing {
            out.push(line.trim_end().to_string());
            line = piece.trim_start().to_string();
            if out.len() == lines {
                whole = false;
                break;
            }
        } else {
            line = next;
        }
    }
    if out.len() < lines && !line.trim().is_empty() {
        out.push(line.trim_end().to_string());
    }
    if !whole {
        // Room for the ellipsis on the last line.
        if let Some(last) = out.last_mut() {
            while !last.is_empty() && width(&format!("{last}…")) > max {
                last.pop();
            }
            last.push('…');
        }
    }
    (out, whole)
}

/// The largest of `sizes` (px) at which `text` fits in `lines` lines of `max` width;
/// the smallest, cut with "…", when none does. Leaves the font set.
fn fit(
    ctx: &Ctx,
    text: &str,
    max: f64,
    lines: usize,
    weight: u16,
    sizes: &[f64],
) -> (f64, Vec<String>) {
    let mut best = (0.0, Vec::new());
    for &size in sizes {
        ctx.set_font(&format!("{weight} {size}px {FONT}"));
        let (out, whole) = wrap(ctx, text, max, lines);
        best = (size, out);
        if whole {
            break;
        }
    }
    best
}

/// The heading's size and lines, and the body's, in the text column.
struct Column {
    heading: (f64, Vec<String>),
    body: (f64, Vec<String>),
}

/// The largest heading, then the largest body text, that fit whole between `top` and
/// `end` (in at most `heading.0` and `body_lines` lines), with the first of `bodies` for
/// which any size fits; else the smallest sizes, the first body cut with "…".
fn lay_out(
    ctx: &Ctx,
    text: &str,
    bodies: &[String],
    max: f64,
    (top, end): (f64, f64),
    heading: (usize, &[f64]),
    body_lines: usize,
) -> Column {
    const BODY_SIZES: [f64; 3] = [48.0, 44.0, 40.0];
    let (heading_lines, heading_sizes) = heading;
    let room = |y: f64, size: f64| ((end - y) / (size * 1.28)).floor().max(0.0) as usize;
    for body in bodies.iter().filter(|b| !b.trim().is_empty()) {
        for &hs in heading_sizes {
            ctx.set_font(&format!("700 {hs}px {FONT}"));
            let (head, whole) = wrap(ctx, text, max, heading_lines);
            if !whole {
                continue;
            }
            let y = top + head.len() as f64 * hs * 1.2 + GAP;
            // The body smaller than the heading.
            for bs in BODY_SIZES.into_iter().filter(|&bs| bs < hs) {
                let n = room(y, bs).min(body_lines);
                ctx.set_font(&format!("400 {bs}px {FONT}"));
                let (lines, whole) = wrap(ctx, body, max, n);
                if n > 0 && whole {
                    return Column {
                        heading: (hs, head),
                        body: (bs, lines),
                    };
                }
            }
        }
    }
    // The largest heading that fits whole, the body cut under it.
    let whole = |hs: f64| {
        ctx.set_font(&format!("700 {hs}px {FONT}"));
        wrap(ctx, text, max, heading_lines).1
    };
    let smallest = heading_sizes.last().copied().unwrap_or(40.0);
    let hs = heading_sizes
        .iter()
        .copied()
        .find(|&hs| whole(hs))
        .unwrap_or(smallest);
    ctx.set_font(&format!("700 {hs}px {FONT}"));
    let (head, _) = wrap(ctx, text, max, heading_lines);
    let y = top + head.len() as f64 * hs * 1.2 + GAP;
    let bs = BODY_SIZES[BODY_SIZES.len() - 1];
    ctx.set_font(&format!("400 {bs}px {FONT}"));
    let first = bodies.first().map_or("", String::as_str);
    let (lines, _) = wrap(ctx, first, max, room(y, bs).clamp(1, body_lines));
    Column {
        heading: (hs, head),
        body: (bs, lines),
    }
}

/// Writes `lines` from (x, y) at `size` px with `gap` × size between baselines; returns
/// the y under the last line.
fn write(ctx: &Ctx, lines: &[String], x: f64, y: f64, size: f64, gap: f64) -> f64 {
    let mut y = y;
    for line in lines {
        let _ = ctx.fill_text(line, x, y);
        y += size * gap;
    }
    y
}

/// The text of the first element matching `sel` with at least `min` characters, its
/// white space folded and its source notes (`.cite`) left out.
fn text_of(sel: &str, min: usize) -> String {
    use wasm_bindgen::JsCast;
    let Some(list) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(sel).ok())
    else {
        return String::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.clone_node_with_deep(true).ok())
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .map(|e| {
            if let Ok(cites) = e.query_selector_all(".cite") {
                for i in 0..cites.length() {
                    if let Some(c) = cites.item(i) {
                        let _ = c.parent_node().map(|p| p.remove_child(&c));
                    }
                }
            }
            let t = e.text_content().unwrap_or_default();
            t.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .find(|t| t.chars().count() >= min)
        .unwrap_or_default()
}

/// Draws the card for the page as it is and offers it under a name that says what it
/// is: `als-explorer-story-3-zh-card.png`.
pub async fn download(lang: Lang) -> bool {
    let heading = text_of("#page-heading", 1);
    let href = crate::platform::location_href();
    let found = picture::find();
    // The picture as an image, and what it lights up (its description).
    let mut drawn = None;
    if let Some((svg, _)) = &found {
        if let Some(img) = picture::standalone(svg, 2.0) {
            drawn = picture::image(&img).await.zip(picture::size(svg));
        }
    }
    let Some((canvas, ctx)) = picture::canvas(W, H) else {
        return false;
    };
    // A pale card in a teal edge: the picture's white panel stands out on it.
    ctx.set_fill_style_str(TEAL);
    ctx.fill_rect(0.0, 0.0, W, H);
    ctx.set_fill_style_str(PAPER);
    ctx.fill_rect(EDGE, EDGE, W - 2.0 * EDGE, H - 2.0 * EDGE);
    ctx.set_text_baseline("top");
    // The link and the note along the bottom, the QR code bottom right; the text
    // column ends above the QR code.
    let band = H - M - 96.0;
    let column_end = H - EDGE - QR - 24.0;
    // The column of text: right of the picture, or the card's width. A chapter's
    // line says what its picture lights up (the parts with their biology, or only
    // their names when that is too long).
    let (x, max, end, heading_lines, heading_sizes, bodies, body_lines) = match &drawn {
        Some((img, (w, h))) => {
            let ph = band - M - 8.0;
            let pw = ph * w / h;
            let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(img, M, M, pw, ph);
            let x = M + pw + 36.0;
            let desc = text_of(&format!("{} desc", picture::SELECTOR), 1);
            let short = found
                .as_ref()
                .and_then(|(svg, _)| svg.get_attribute("data-share-short"))
                .unwrap_or_default();
            let sizes = &[72.0, 64.0, 56.0, 52.0, 48.0, 44.0, 40.0][..];
            (x, W - M - x, column_end, 4, sizes, vec![desc, short], 3)
        }
        None => {
            // The view's first paragraph of some length.
            let body = [".family-text p", ".lead", "h1 + p", "section p", "p"]
                .iter()
                .map(|sel| text_of(&format!("main {sel}"), 40))
                .find(|t| !t.is_empty())
                .unwrap_or_default();
            // Left of the QR code, down to the link.
            let max = W - 2.0 * M - 16.0 - QR - 24.0;
            (
                M + 8.0,
                max,
                band - 8.0,
                2,
                &[88.0, 76.0, 64.0, 56.0][..],
                vec![body],
                5,
            )
        }
    };
    ctx.set_fill_style_str(TEAL);
    ctx.set_font(&format!("700 32px {FONT}"));
    let _ = ctx.fill_text(text(lang, AppText::AppName), x, M + 4.0);
    let top = M + 54.0;
    let column = lay_out(
        &ctx,
        &heading,
        &bodies,
        max,
        (top, end),
        (heading_lines, heading_sizes),
        body_lines,
    );
    ctx.set_fill_style_str(INK);
    let (size, lines) = column.heading;
    ctx.set_font(&format!("700 {size}px {FONT}"));
    let y = write(&ctx, &lines, x, top, size, 1.2) + GAP;
    let (size, lines) = column.body;
    ctx.set_font(&format!("400 {size}px {FONT}"));
    write(&ctx, &lines, x, y, size, 1.28);
    // The link's QR code on white (its quiet zone is counted in its modules).
    if let Some((modules, n)) = super::qr::qr_modules(&href) {
        let cell = QR / n as f64;
        let (x0, y0) = (W - EDGE - 12.0 - QR, H - EDGE - 12.0 - QR);
        ctx.set_fill_style_str("#ffffff");
        ctx.fill_rect(x0, y0, QR, QR);
        ctx.set_fill_style_str("#000000");
        for (x, y) in modules {
            let (px, py) = (x0 + x as f64 * cell, y0 + y as f64 * cell);
            ctx.fill_rect(px, py, cell.ceil(), cell.ceil());
        }
    }
    let room = W - 2.0 * M - QR - 24.0;
    ctx.set_fill_style_str(TEAL);
    let (size, link) = fit(&ctx, &href, room, 1, 400, &[34.0, 30.0]);
    write(&ctx, &link, M + 8.0, band + 4.0, size, 1.0);
    ctx.set_fill_style_str(INK);
    let (_, note) = fit(
        &ctx,
        text(lang, AppText::ShareCardNotAdvice),
        room,
        1,
        700,
        &[40.0, 36.0, 32.0],
    );
    write(&ctx, &note, M + 8.0, H - M - 40.0, 40.0, 1.0);
    let slug = found.map_or_else(
        || crate::boot::route_of_document().file_slug(),
        |(_, slug)| slug,
    );
    canvas.to_data_url_with_type("image/png").is_ok_and(|url| {
        crate::platform::download_url(&picture::file_name(&slug, lang, "card", "png"), &url)
    })
}
