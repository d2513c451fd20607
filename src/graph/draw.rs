//! Paints a [`Frame`] on the canvas with the 2D context: edges batched by class, nodes
//! batched by kind (each kind its own shape and colour), the marked and selected events
//! outlined, then the labels on a light backing. Colours come from the page's CSS
//! variables, so high contrast and the text size follow the settings.

use super::cache::{Layer, PathKey, Paths};
use super::frame::{frame, Frame};
use super::scene::{EdgeClass, Scene};
use super::stage::Stage;
use graphview::labels::Placed;
use graphview::Bounds;
use mechgraph::NodeKind;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d as Ctx, HtmlCanvasElement};

pub struct Palette {
    pub bg: String,
    pub text: String,
    pub label_bg: String,
    pub edge: [String; 4],
    pub kind: [String; 5],
    pub mark: String,
    pub select: String,
    pub font_family: String,
}

impl Palette {
    /// Reads the `--graph-*` and `--kind-*` variables of `el` (see style/graph.css).
    pub fn read(el: &web_sys::Element) -> Palette {
        let style = web_sys::window().and_then(|w| w.get_computed_style(el).ok().flatten());
        let var = |name: &str, fallback: &str| {
            style
                .as_ref()
                .and_then(|s| s.get_property_value(name).ok())
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| fallback.to_string())
        };
        Palette {
            bg: var("--graph-bg", "#ffffff"),
            text: var("--graph-text", "#1d2327"),
            label_bg: var("--graph-label-bg", "#ffffff"),
            edge: [
                var("--graph-promotes", "#007a55"),
                var("--graph-inhibits", "#c2410c"),
                var("--graph-other", "#7d8a94"),
                var("--graph-hierarchy", "#b8c2c9"),
            ],
            kind: [
                var("--kind-process", "#0072b2"),
                var("--kind-phenotype", "#b76e00"),
                var("--kind-mechanism", "#a4508b"),
                var("--kind-gene", "#007a55"),
                var("--kind-disease", "#c2410c"),
            ],
            mark: var("--graph-mark", "#1d2327"),
            select: var("--graph-select", "#b8430b"),
            font_family: var("font-family", "sans-serif"),
        }
    }

    pub fn edge_colour(&self, c: EdgeClass) -> &str {
        &self.edge[EdgeClass::ALL.iter().position(|&k| k == c).unwrap_or(2)]
    }
}

pub struct Painter {
    pub canvas: HtmlCanvasElement,
    ctx: Ctx,
    pub palette: Palette,
    pub font_px: f32,
    /// Measured label widths at `font_px` (NaN until measured).
    widths: Vec<f32>,
    /// The shapes of the last picture, kept while only the camera's position changes.
    paths: Option<Paths>,
    layer: Option<Layer>,
}

impl Painter {
    pub fn new(canvas: HtmlCanvasElement) -> Option<Painter> {
        let ctx = canvas.get_context("2d").ok()??.dyn_into::<Ctx>().ok()?;
        let palette = Palette::read(&canvas);
        let mut p = Painter {
            canvas,
            ctx,
            palette,
            font_px: 14.0,
            widths: Vec::new(),
            paths: None,
            layer: None,
        };
        p.restyle(0);
        Some(p)
    }

    /// Rereads colours and the text size (after a settings change) and forgets widths.
    pub fn restyle(&mut self, nodes: usize) {
        self.palette = Palette::read(&self.canvas);
        let rem = web_sys::window()
            .and_then(|w| w.get_computed_style(&self.canvas).ok().flatten())
            .and_then(|s| s.get_property_value("font-size").ok())
            .and_then(|v| v.trim_end_matches("px").parse::<f32>().ok())
            .unwrap_or(16.0);
        self.font_px = (rem * 0.875).max(12.0);
        self.widths = vec![f32::NAN; nodes];
    }

    /// The canvas's size in CSS pixels.
    pub fn css_size(&self) -> [f32; 2] {
        [
            self.canvas.client_width().max(1) as f32,
            self.canvas.client_height().max(1) as f32,
        ]
    }

    fn font(&self) -> String {
        format!("{}px {}", self.font_px, self.palette.font_family)
    }

    /// The width of each name, measured once.
    fn measure(&mut self, names: &[String]) {
        if self.widths.len() != names.len() {
            self.widths = vec![f32::NAN; names.len()];
        }
        self.ctx.set_font(&self.font());
        for (w, name) in self.widths.iter_mut().zip(names) {
            if w.is_nan() {
                *w = self
                    .ctx
                    .measure_text(name)
                    .map(|m| m.width() as f32)
                    .unwrap_or(name.len() as f32 * 8.0);
            }
        }
    }

    pub fn width(&self, i: usize) -> f32 {
        self.widths
            .get(i)
            .copied()
            .filter(|w| !w.is_nan())
            .unwrap_or(0.0)
    }

    /// Draws the stage; returns the frame drawn (for the SVG export and the labels).
    /// While the reader drags, the labels placed when the drag began move with the
    /// picture as one image; they are placed afresh when it ends.
    pub fn paint(
        &mut self,
        stage: &Stage,
        scene: &Scene,
        names: &[String],
        kinds: &[NodeKind],
        dragging: bool,
    ) -> Frame {
        let [w, h] = stage.size;
        let dpr = web_sys::window()
            .map_or(1.0, |w| w.device_pixel_ratio())
            .max(1.0);
        let (pw, ph) = (
            (w as f64 * dpr).round() as u32,
            (h as f64 * dpr).round() as u32,
        );
        if self.canvas.width() != pw || self.canvas.height() != ph {
            self.canvas.set_width(pw);
            self.canvas.set_height(ph);
        }
        self.measure(names);
        let key = PathKey {
            steps: stage.layout.steps(),
            zoom: stage.camera.zoom,
            selected: stage.selected,
            nodes: stage.layout.len(),
        };
        let reuse = dragging
            && self
                .layer
                .as_ref()
                .is_some_and(|l| l.key == key && l.canvas.width() == pw && l.canvas.height() == ph);
        let mut f = frame(stage, scene, |i| self.width(i), self.font_px, !reuse);
        if self.paths.as_ref().is_none_or(|p| p.key != key) {
            self.paths = Some(Paths::build(key, stage, scene, kinds, &f));
        }
        let ctx = &self.ctx;
        let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
        ctx.set_global_alpha(1.0);
        ctx.set_fill_style_str(&self.palette.bg);
        ctx.fill_rect(0.0, 0.0, w as f64, h as f64);
        // The cached shapes are in world units: panning only moves this transform.
        let (z, c) = (stage.camera.zoom as f64, stage.camera.centre);
        let _ = ctx.set_transform(
            dpr * z,
            0.0,
            0.0,
            dpr * z,
            dpr * (w as f64 / 2.0 - c[0] as f64 * z),
            dpr * (h as f64 / 2.0 - c[1] as f64 * z),
        );
        let px = |p: f64| p / z;
        if let Some(paths) = &self.paths {
            let selecting = stage.selected.is_some();
            // Edges: dimmed ones first, then those of the selection on top, thicker.
            for (k, class) in EdgeClass::ALL.iter().enumerate() {
                for (lit, path) in paths.edges[k].iter().enumerate() {
                    let Some(path) = path else { continue };
                    let base = if *class == EdgeClass::Hierarchy {
                        1.0
                    } else {
                        1.5
                    };
                    ctx.set_stroke_style_str(self.palette.edge_colour(*class));
                    ctx.set_global_alpha(if lit == 1 { 1.0 } else { 0.2 });
                    ctx.set_line_width(px(if lit == 1 && selecting {
                        base + 1.5
                    } else {
                        base
                    }));
                    ctx.stroke_with_path(path);
                }
            }
            // Nodes, one path per kind and brightness, outlined in the background colour.
            ctx.set_stroke_style_str(&self.palette.bg);
            ctx.set_line_width(px(1.0));
            for lit in 0..2 {
                for (k, by_lit) in paths.nodes.iter().enumerate() {
                    let Some(path) = &by_lit[lit] else { continue };
                    ctx.set_global_alpha(if lit == 1 { 1.0 } else { 0.25 });
                    ctx.set_fill_style_str(&self.palette.kind[k]);
                    ctx.fill_with_path_2d(path);
                    ctx.stroke_with_path(path);
                }
            }
            ctx.set_global_alpha(1.0);
            // Outlines: marked events, then the selection.
            if let Some(path) = &paths.marked {
                ctx.set_stroke_style_str(&self.palette.mark);
                ctx.set_line_width(px(2.5));
                ctx.stroke_with_path(path);
            }
            if let Some(path) = &paths.selected {
                ctx.set_stroke_style_str(&self.palette.select);
                ctx.set_line_width(px(3.5));
                ctx.stroke_with_path(path);
            }
        }
        // Labels, in screen pixels, on their own layer.
        let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
        if reuse {
            if let Some(l) = &self.layer {
                let dx = (l.centre[0] - stage.camera.centre[0]) * stage.camera.zoom;
                let dy = (l.centre[1] - stage.camera.centre[1]) * stage.camera.zoom;
                f.labels = l
                    .labels
                    .iter()
                    .map(|p| Placed {
                        node: p.node,
                        rect: Bounds {
                            min: [p.rect.min[0] + dx, p.rect.min[1] + dy],
                            max: [p.rect.max[0] + dx, p.rect.max[1] + dy],
                        },
                    })
                    .collect();
                let _ = ctx.draw_image_with_html_canvas_element(
                    &l.canvas,
                    dx as f64 * dpr,
                    dy as f64 * dpr,
                );
            }
        } else if let Some(layer) = Layer::draw(
            self.layer.take(),
            (pw, ph),
            dpr,
            key,
            stage.camera.centre,
            &f,
            names,
            &self.palette,
            &self.font(),
        ) {
            let _ = ctx.draw_image_with_html_canvas_element(&layer.canvas, 0.0, 0.0);
            self.layer = Some(layer);
        }
        f
    }
}
