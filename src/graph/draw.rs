//! Paints a [`Frame`] on the canvas with the 2D context: edges batched by class, nodes
//! batched by kind (each kind its own shape and colour), the marked and selected events
//! outlined, then the labels on a light backing. Colours come from the page's CSS
//! variables, so high contrast and the text size follow the settings.

use super::frame::{frame, Frame, PAD};
use super::scene::{EdgeClass, Scene};
use super::stage::Stage;
use super::{kind_index, shape_of};
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
    pub fn paint(
        &mut self,
        stage: &Stage,
        scene: &Scene,
        names: &[String],
        kinds: &[NodeKind],
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
        let f = frame(stage, scene, |i| self.width(i), self.font_px);
        let ctx = &self.ctx;
        let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
        ctx.set_global_alpha(1.0);
        ctx.set_fill_style_str(&self.palette.bg);
        ctx.fill_rect(0.0, 0.0, w as f64, h as f64);
        let on_screen =
            |p: [f32; 2], r: f32| p[0] >= -r && p[1] >= -r && p[0] <= w + r && p[1] <= h + r;
        // Edges: dimmed ones first, then those of the selection on top, thicker.
        for lit_pass in [false, true] {
            for class in EdgeClass::ALL.iter().rev() {
                ctx.begin_path();
                let mut any = false;
                for &(a, b, c) in &scene.edges {
                    let (a, b) = (a as usize, b as usize);
                    let lit = stage.selected.is_none()
                        || (f.lit[a]
                            && f.lit[b]
                            && (Some(a) == stage.selected || Some(b) == stage.selected));
                    if c != *class
                        || lit != lit_pass
                        || !(on_screen(f.at[a], 0.0) || on_screen(f.at[b], 0.0))
                    {
                        continue;
                    }
                    ctx.move_to(f.at[a][0] as f64, f.at[a][1] as f64);
                    ctx.line_to(f.at[b][0] as f64, f.at[b][1] as f64);
                    any = true;
                }
                if any {
                    ctx.set_stroke_style_str(self.palette.edge_colour(*class));
                    ctx.set_global_alpha(if lit_pass { 1.0 } else { 0.2 });
                    let base = if *class == EdgeClass::Hierarchy {
                        1.0
                    } else {
                        1.5
                    };
                    ctx.set_line_width(if lit_pass && stage.selected.is_some() {
                        base + 1.5
                    } else {
                        base
                    });
                    ctx.stroke();
                }
            }
        }
        // Nodes, one path per kind and brightness.
        for lit_pass in [false, true] {
            for kind in NodeKind::ALL {
                ctx.begin_path();
                let mut any = false;
                for (i, &k) in kinds.iter().enumerate() {
                    if k != *kind || f.lit[i] != lit_pass || !on_screen(f.at[i], f.radius[i]) {
                        continue;
                    }
                    self.outline(i, &f, k);
                    any = true;
                }
                if any {
                    ctx.set_global_alpha(if lit_pass { 1.0 } else { 0.25 });
                    ctx.set_fill_style_str(&self.palette.kind[kind_index(*kind)]);
                    ctx.fill();
                    ctx.set_stroke_style_str(&self.palette.bg);
                    ctx.set_line_width(1.0);
                    ctx.stroke();
                }
            }
        }
        ctx.set_global_alpha(1.0);
        // Outlines: marked events, then the selection.
        for (i, colour, width) in (0..f.at.len())
            .filter(|&i| scene.marked[i] && f.lit[i])
            .map(|i| (i, &self.palette.mark, 2.5))
            .chain(stage.selected.map(|i| (i, &self.palette.select, 3.5)))
        {
            ctx.begin_path();
            self.outline(i, &f, kinds[i]);
            ctx.set_stroke_style_str(colour);
            ctx.set_line_width(width);
            ctx.stroke();
        }
        // Labels.
        ctx.set_font(&self.font());
        ctx.set_text_baseline("middle");
        for l in &f.labels {
            let b = l.rect;
            ctx.set_global_alpha(0.85);
            ctx.set_fill_style_str(&self.palette.label_bg);
            ctx.fill_rect(
                b.min[0] as f64,
                b.min[1] as f64,
                b.width() as f64,
                b.height() as f64,
            );
            ctx.set_global_alpha(1.0);
            ctx.set_fill_style_str(&self.palette.text);
            let _ = ctx.fill_text(
                &names[l.node],
                (b.min[0] + PAD) as f64,
                ((b.min[1] + b.max[1]) / 2.0) as f64,
            );
        }
        f
    }

    /// Adds node `i`'s outline to the current path.
    fn outline(&self, i: usize, f: &Frame, kind: NodeKind) {
        let ([x, y], r) = (f.at[i], f.radius[i]);
        let corners = shape_of(kind).corners(x, y, r);
        if corners.is_empty() {
            self.ctx.move_to((x + r) as f64, y as f64);
            let _ = self
                .ctx
                .arc(x as f64, y as f64, r as f64, 0.0, std::f64::consts::TAU);
        } else {
            self.ctx.move_to(corners[0][0] as f64, corners[0][1] as f64);
            for c in &corners[1..] {
                self.ctx.line_to(c[0] as f64, c[1] as f64);
            }
            self.ctx.close_path();
        }
    }
}
