//! A share card: the current view as a 1200 × 630 PNG drawn on a canvas in the app — its
//! heading, its first paragraph, the link with its QR code, and the "not medical advice"
//! line — for platforms that do not take iframes. Nothing is sent anywhere: the PNG is a
//! local download.

use crate::i18n::{text, Key, Lang};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d as Ctx, HtmlCanvasElement};

const W: f64 = 1200.0;
const H: f64 = 630.0;
const PAD: f64 = 64.0;

/// Splits `text` into lines no wider than `max` (by words, or by characters for Chinese),
/// at most `lines` of them, the last ending in "…" when text is left over.
fn wrap(ctx: &Ctx, text: &str, max: f64, lines: usize) -> Vec<String> {
    let width = |s: &str| {
        ctx.measure_text(s)
            .map_or(s.len() as f64 * 12.0, |m| m.width())
    };
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    // Chinese has no spaces: any character may end a line.
    let pieces: Vec<String> = text
        .split_inclusive(|c: char| c == ' ' || c as u32 >= 0x2E80)
        .map(str::to_string)
        .collect();
    for piece in pieces {
        let next = format!("{line}{piece}");
        // Closing punctuation never starts a line.
        let closing = piece.starts_with(['。', '，', '、', '；', '：', '！', '？', '）', '”']);
        if width(next.trim_end()) > max && !line.is_empty() && !closing {
            out.push(line.trim_end().to_string());
            line = piece.trim_start().to_string();
            if out.len() == lines {
                break;
            }
        } else {
            line = next;
        }
    }
    if out.len() < lines && !line.trim().is_empty() {
        out.push(line.trim_end().to_string());
    } else if out.len() == lines {
        if let Some(last) = out.last_mut() {
            last.push('…');
        }
    }
    out
}

/// Draws the card for the page as it is and offers it under a name that says what it
/// is: `als-explorer-story-3-zh-card.png`.
pub fn download(lang: Lang) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let text_of = |sel: &str| {
        doc.query_selector(sel)
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
    };
    let heading = text_of("#page-heading");
    let body = text_of("main .family-text p, main .lead, main h1 + p");
    let href = crate::platform::location_href();
    let Some(canvas) = doc
        .create_element("canvas")
        .ok()
        .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok())
    else {
        return false;
    };
    canvas.set_width(W as u32);
    canvas.set_height(H as u32);
    let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<Ctx>().ok())
    else {
        return false;
    };
    let font = "system-ui, \"PingFang SC\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", sans-serif";
    ctx.set_fill_style_str("#0b5c66");
    ctx.fill_rect(0.0, 0.0, W, H);
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(PAD / 2.0, PAD / 2.0, W - PAD, H - PAD);
    ctx.set_text_baseline("top");
    ctx.set_fill_style_str("#0b5c66");
    ctx.set_font(&format!("700 30px {font}"));
    let _ = ctx.fill_text(text(lang, Key::AppName), PAD, PAD);
    let text_w = W - 2.0 * PAD - 240.0;
    ctx.set_fill_style_str("#1d2327");
    ctx.set_font(&format!("700 46px {font}"));
    let mut y = PAD + 60.0;
    for line in wrap(&ctx, &heading, text_w, 2) {
        let _ = ctx.fill_text(&line, PAD, y);
        y += 58.0;
    }
    ctx.set_font(&format!("28px {font}"));
    y += 12.0;
    for line in wrap(&ctx, &body, text_w, 5) {
        let _ = ctx.fill_text(&line, PAD, y);
        y += 40.0;
    }
    // The link's QR code, top right, and the link and the note along the bottom.
    if let Some((modules, n)) = super::share::qr_modules(&href) {
        let size = 200.0;
        let cell = size / n as f64;
        let (x0, y0) = (W - PAD - size, PAD + 50.0);
        ctx.set_fill_style_str("#000000");
        for (x, y) in modules {
            ctx.fill_rect(
                x0 + x as f64 * cell,
                y0 + y as f64 * cell,
                cell.ceil(),
                cell.ceil(),
            );
        }
    }
    // Along the bottom: the link, then the note (wrapped to the card's width).
    ctx.set_font(&format!("700 21px {font}"));
    let note = wrap(&ctx, text(lang, Key::FooterNotAdvice), W - 2.0 * PAD, 2);
    let mut y = H - PAD - 26.0 * note.len() as f64;
    ctx.set_fill_style_str("#4a5560");
    for line in &note {
        let _ = ctx.fill_text(line, PAD, y);
        y += 26.0;
    }
    ctx.set_font(&format!("22px {font}"));
    if let Some(link) = wrap(&ctx, &href, W - 2.0 * PAD, 1).first() {
        let _ = ctx.fill_text(link, PAD, H - PAD - 26.0 * note.len() as f64 - 40.0);
    }
    canvas
        .to_data_url_with_type("image/png")
        .is_ok_and(|url| crate::platform::download_url(&card_name(lang), &url))
}

/// The card's file name: the view and the language, e.g. `als-explorer-story-3-zh-card.png`.
fn card_name(lang: Lang) -> String {
    let route = crate::route::Route::from_hash(&crate::platform::location_hash());
    format!(
        "als-explorer-{}-{}-card.png",
        route.file_slug(),
        lang.code()
    )
}
