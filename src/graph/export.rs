//! The picture as a file: PNG straight from the canvas, SVG drawn again from the same
//! frame (shapes, colours, labels, and a title and description for screen readers).
//! Both are made on the device and offered as downloads.

use super::canvas::Engine;
use super::{kind_index, shape_of};
use graphview::svg::{render, Line, Node, Picture};

pub fn svg(e: &Engine, lang: &str, title: &str, description: &str) -> Option<String> {
    let f = e.last.as_ref()?;
    let p = &e.painter.palette;
    let labelled: Vec<Option<graphview::Bounds>> = {
        let mut v = vec![None; f.at.len()];
        for l in &f.labels {
            v[l.node] = Some(l.rect);
        }
        v
    };
    let dim = |lit: bool| if lit { 1.0 } else { 0.25 };
    let picture = Picture {
        width: e.stage.size[0],
        height: e.stage.size[1],
        lang,
        title,
        description,
        background: &p.bg,
        text_colour: &p.text,
        label_background: &p.label_bg,
        font_px: e.painter.font_px,
        edges: e
            .scene
            .edges
            .iter()
            .map(|&(a, b, class)| Line {
                from: f.at[a as usize],
                to: f.at[b as usize],
                colour: p.edge_colour(class),
                width: 1.5,
                opacity: dim(f.lit[a as usize] && f.lit[b as usize]),
            })
            .collect(),
        nodes: (0..f.at.len())
            .map(|i| Node {
                at: f.at[i],
                radius: f.radius[i],
                shape: shape_of(e.kinds[i]),
                fill: &p.kind[kind_index(e.kinds[i])],
                stroke: if Some(i) == e.stage.selected {
                    &p.select
                } else if e.scene.marked[i] {
                    &p.mark
                } else {
                    &p.bg
                },
                opacity: dim(f.lit[i]),
                name: &e.names[i],
                label: labelled[i],
            })
            .collect(),
    };
    Some(render(&picture))
}

/// The canvas as it is now, as a PNG download.
pub fn png(e: &Engine, filename: &str) -> bool {
    e.painter
        .canvas
        .to_data_url_with_type("image/png")
        .is_ok_and(|url| crate::platform::download_url(filename, &url))
}
