//! The view as a standalone SVG document: the same nodes, shapes, edges and labels the
//! canvas shows, with a title and description for screen readers. All text is escaped,
//! so a label can never become markup.

use crate::shape::Shape;
use crate::Bounds;
use std::fmt::Write;

/// Everything is in screen pixels of the exported view.
pub struct Picture<'a> {
    pub width: f32,
    pub height: f32,
    pub lang: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub background: &'a str,
    pub text_colour: &'a str,
    pub label_background: &'a str,
    pub font_px: f32,
    pub edges: Vec<Line<'a>>,
    pub nodes: Vec<Node<'a>>,
}

pub struct Line<'a> {
    pub from: [f32; 2],
    pub to: [f32; 2],
    pub colour: &'a str,
    pub width: f32,
    pub opacity: f32,
}

pub struct Node<'a> {
    pub at: [f32; 2],
    pub radius: f32,
    pub shape: Shape,
    pub fill: &'a str,
    pub stroke: &'a str,
    pub opacity: f32,
    /// The node's name, shown as a tooltip (`<title>`).
    pub name: &'a str,
    /// A visible label and its box, when the label placement gave it one.
    pub label: Option<Bounds>,
}

pub fn render(p: &Picture) -> String {
    let mut s = String::with_capacity(256 + p.nodes.len() * 160 + p.edges.len() * 90);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-labelledby="t d" lang="{lang}"><title id="t">{title}</title><desc id="d">{desc}</desc><rect width="100%" height="100%" fill="{bg}"/>"#,
        w = p.width.round(),
        h = p.height.round(),
        lang = escape(p.lang),
        title = escape(p.title),
        desc = escape(p.description),
        bg = escape(p.background),
    );
    s.push_str(r#"<g fill="none" stroke-linecap="round">"#);
    for e in &p.edges {
        let _ = write!(
            s,
            r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{}" stroke-width="{:.1}" opacity="{:.2}"/>"#,
            e.from[0],
            e.from[1],
            e.to[0],
            e.to[1],
            escape(e.colour),
            e.width,
            e.opacity
        );
    }
    s.push_str("</g><g>");
    for n in &p.nodes {
        let style = format!(
            r#"fill="{}" stroke="{}" stroke-width="1.5" opacity="{:.2}""#,
            escape(n.fill),
            escape(n.stroke),
            n.opacity
        );
        let corners = n.shape.corners(n.at[0], n.at[1], n.radius);
        if corners.is_empty() {
            let _ = write!(
                s,
                r#"<circle cx="{:.1}" cy="{:.1}" r="{:.1}" {style}><title>{}</title></circle>"#,
                n.at[0],
                n.at[1],
                n.radius,
                escape(n.name)
            );
        } else {
            let points: Vec<String> = corners
                .iter()
                .map(|[x, y]| format!("{x:.1},{y:.1}"))
                .collect();
            let _ = write!(
                s,
                r#"<polygon points="{}" {style}><title>{}</title></polygon>"#,
                points.join(" "),
                escape(n.name)
            );
        }
    }
    let _ = write!(
        s,
        r#"</g><g font-family="sans-serif" font-size="{:.0}" fill="{}">"#,
        p.font_px,
        escape(p.text_colour)
    );
    for n in &p.nodes {
        if let Some(b) = n.label {
            let _ = write!(
                s,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="3" fill="{}" opacity="0.85"/><text x="{:.1}" y="{:.1}" dominant-baseline="central">{}</text>"#,
                b.min[0],
                b.min[1],
                b.width(),
                b.height(),
                escape(p.label_background),
                b.min[0] + 3.0,
                (b.min[1] + b.max[1]) / 2.0,
                escape(n.name)
            );
        }
    }
    s.push_str("</g></svg>");
    s
}

/// `text` safe inside XML or HTML text and quoted attributes (control characters other
/// than tab and newline dropped).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture<'a>(name: &'a str) -> Picture<'a> {
        Picture {
            width: 200.0,
            height: 100.0,
            lang: "zh-Hans",
            title: "核心事件 <图>",
            description: "2 events",
            background: "#fff",
            text_colour: "#000",
            label_background: "#fff",
            font_px: 14.0,
            edges: vec![Line {
                from: [10.0, 10.0],
                to: [50.0, 50.0],
                colour: "#888",
                width: 1.0,
                opacity: 1.0,
            }],
            nodes: vec![
                Node {
                    at: [10.0, 10.0],
                    radius: 5.0,
                    shape: Shape::Circle,
                    fill: "#00f",
                    stroke: "#000",
                    opacity: 1.0,
                    name,
                    label: Some(Bounds {
                        min: [20.0, 2.0],
                        max: [90.0, 20.0],
                    }),
                },
                Node {
                    at: [50.0, 50.0],
                    radius: 5.0,
                    shape: Shape::Diamond,
                    fill: "#f00",
                    stroke: "#000",
                    opacity: 0.3,
                    name: "TDP-43",
                    label: None,
                },
            ],
        }
    }

    #[test]
    fn draws_every_edge_node_and_label() {
        let s = render(&picture("氧化应激"));
        assert!(s.starts_with("<svg ") && s.ends_with("</svg>"));
        assert_eq!(s.matches("<line ").count(), 1);
        assert_eq!(s.matches("<circle ").count(), 1);
        assert_eq!(s.matches("<polygon ").count(), 1);
        assert_eq!(s.matches("<text ").count(), 1);
        assert!(s.contains(">氧化应激</text>"));
        assert!(s.contains(r#"<title id="t">核心事件 &lt;图&gt;</title>"#));
    }

    #[test]
    fn labels_cannot_become_markup() {
        let s = render(&picture(r#"<script>alert("x")</script>&"#));
        assert!(!s.contains("<script>"));
        assert!(s.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;"));
    }
}
