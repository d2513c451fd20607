//! Writes the reading pages of a release into a built site (`dist/`), each from the app's
//! own components and core.bin (see `als_explorer::prerender`). Run by scripts/pages.mjs
//! after Trunk: `cargo run --features prerender --bin prerender -- DIR`. The site's
//! address for whole links (share previews, sitemap) comes from `ALS_SITE_URL` if set.

use als_explorer::prerender::{
    all_pages, escape, head_tags, robots, shell_templates, sitemap, tool_shells, Page,
};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

/// Cuts `text` at the first `from` and the first `to` after it: (before, after `to`).
fn around<'a>(text: &'a str, from: &str, to: &str) -> Option<(&'a str, &'a str)> {
    let start = text.find(from)?;
    let end = start + text[start..].find(to)? + to.len();
    Some((&text[..start], &text[end..]))
}

/// The page `page` from Trunk's `template`; the root document also gets the tools' first
/// screens (`shells`).
fn fill(
    template: &str,
    page: &Page,
    site_url: Option<&str>,
    shells: &str,
) -> Result<String, String> {
    let mut html = template.replacen(
        "<html lang=\"zh-Hans\">",
        &format!("<html lang=\"{}\">", page.lang.html_tag()),
        1,
    );
    if !page.root.is_empty() {
        // Every relative address of the page (styles, scripts, data, links) is from the root.
        html = html.replacen(
            "<meta charset=\"utf-8\">",
            &format!("<meta charset=\"utf-8\">\n  <base href=\"{}\">", page.root),
            1,
        );
    }
    let (before, after) = around(&html, "<title>", "</title>").ok_or("no <title>")?;
    html = format!("{before}<title>{}</title>{after}", escape(&page.title));
    let (before, after) =
        around(&html, "<meta name=\"description\"", ">").ok_or("no description")?;
    html = format!(
        "{before}<meta name=\"description\" content=\"{}\">\n  {}{after}",
        escape(&page.description),
        head_tags(page, site_url)
    );
    // The script is fetched only when the app starts, after the text has shown.
    if let Some((before, after)) = around(&html, "<link rel=\"modulepreload\"", ">") {
        html = format!("{before}{after}");
    }
    // The root document also holds the tools, which need the script, and their first
    // screens; no other page does.
    let root = page.file == "index.html";
    let end = if root { "</div>" } else { "</noscript>" };
    let (before, after) = around(&html, "<div id=\"app\">", end).ok_or("no #app")?;
    let shells = if root { shells } else { "" };
    html = format!(
        "{before}<div id=\"app\" data-prerendered>{}</div>{shells}{after}",
        page.body
    );
    Ok(html)
}

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let dir = Path::new(&dir);
    let site_url = std::env::var("ALS_SITE_URL").ok().filter(|u| !u.is_empty());
    let run = || -> Result<usize, String> {
        let template = std::fs::read_to_string(dir.join("index.html"))
            .map_err(|e| format!("{}: {e}", dir.join("index.html").display()))?;
        if template.contains("<div id=\"app\" data-prerendered") {
            return Err("index.html already holds a written page: build again first".into());
        }
        let bytes = std::fs::read(dir.join("data/core.bin")).map_err(|e| e.to_string())?;
        let core = Arc::new(mechgraph::format::decode(&bytes).map_err(|e| e.to_string())?);
        let pages = all_pages(&core);
        let shells = shell_templates(&tool_shells(&core));
        for page in &pages {
            let path = dir.join(&page.file);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
            }
            let html = fill(&template, page, site_url.as_deref(), &shells)?;
            std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        std::fs::write(dir.join("robots.txt"), robots(site_url.as_deref()))
            .map_err(|e| e.to_string())?;
        match &site_url {
            Some(url) => std::fs::write(dir.join("sitemap.xml"), sitemap(&pages, url))
                .map_err(|e| e.to_string())?,
            None => eprintln!(
                "prerender: ALS_SITE_URL is not set: no sitemap.xml, and share tags use relative addresses"
            ),
        }
        Ok(pages.len())
    };
    match run() {
        Ok(n) => {
            println!("prerender: wrote {n} pages into {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
