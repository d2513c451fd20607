//! What the painter keeps between frames: the picture's shapes as `Path2D` objects in
//! world units (rebuilt only when the layout, the zoom or the selection changes, so a pan
//! redraws them with a new transform) and the labels on a canvas of their own (moved as
//! one image while a drag goes on).

use super::draw::Palette;
use super::frame::{Frame, PAD};
use super::scene::{EdgeClass, Scene};
use super::stage::Stage;
use super::{kind_index, shape_of};
use graphview::labels::Placed;
use mechgraph::NodeKind;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d as Ctx, HtmlCanvasElement, Path2d};

/// The labels drawn once on a canvas of their own, so a drag moves them as one image.
pub(super) struct Layer {
    pub canvas: HtmlCanvasElement,
    ctx: Ctx,
    pub key: PathKey,
    /// The camera's centre when they were placed.
    pub centre: [f32; 2],
    pub labels: Vec<Placed>,
}

impl Layer {
    #[allow(clippy::too_many_arguments)]
    pub fn draw(
        old: Option<Layer>,
        (pw, ph): (u32, u32),
        dpr: f64,
        key: PathKey,
        centre: [f32; 2],
        f: &Frame,
        names: &[String],
        palette: &Palette,
        font: &str,
    ) -> Option<Layer> {
        let (canvas, ctx) = match old {
            Some(l) => (l.canvas, l.ctx),
            None => {
                let c = web_sys::window()?
                    .document()?
                    .create_element("canvas")
                    .ok()?
                    .dyn_into::<HtmlCanvasElement>()
                    .ok()?;
                let ctx = c.get_context("2d").ok()??.dyn_into::<Ctx>().ok()?;
                (c, ctx)
            }
        };
        if canvas.width() != pw || canvas.height() != ph {
            canvas.set_width(pw);
            canvas.set_height(ph);
        }
        let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
        ctx.clear_rect(0.0, 0.0, pw as f64, ph as f64);
        let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
        ctx.set_font(font);
        ctx.set_text_baseline("middle");
        for l in &f.labels {
            let b = l.rect;
            ctx.set_global_alpha(0.85);
            ctx.set_fill_style_str(&palette.label_bg);
            ctx.fill_rect(
                b.min[0] as f64,
                b.min[1] as f64,
                b.width() as f64,
                b.height() as f64,
            );
            ctx.set_global_alpha(1.0);
            ctx.set_fill_style_str(&palette.text);
            let _ = ctx.fill_text(
                &names[l.node],
                (b.min[0] + PAD) as f64,
                ((b.min[1] + b.max[1]) / 2.0) as f64,
            );
        }
        Some(Layer {
            canvas,
            ctx,
            key,
            centre,
            labels: f.labels.clone(),
        })
    }
}

/// What the cached shapes depend on: panning changes none of it.
#[derive(Clone, Copy, PartialEq)]
pub(super) struct PathKey {
    pub steps: u32,
    pub zoom: f32,
    pub selected: Option<usize>,
    pub nodes: usize,
}

/// The picture's shapes in world units, as Path2D objects the canvas redraws in a few
/// calls: edges by class and brightness, nodes by kind and brightness, outlines.
pub(super) struct Paths {
    pub key: PathKey,
    pub edges: [[Option<Path2d>; 2]; 4],
    pub nodes: [[Option<Path2d>; 2]; 5],
    pub marked: Option<Path2d>,
    pub selected: Option<Path2d>,
}

impl Paths {
    pub fn build(
        key: PathKey,
        stage: &Stage,
        scene: &Scene,
        kinds: &[NodeKind],
        f: &Frame,
    ) -> Paths {
        let pos = stage.layout.positions();
        let z = stage.camera.zoom.max(1e-6);
        let mut edges: [[Option<Path2d>; 2]; 4] = Default::default();
        for &(a, b, c) in &scene.edges {
            let (a, b) = (a as usize, b as usize);
            let lit = stage.selected.is_none()
                || (Some(a) == stage.selected || Some(b) == stage.selected);
            let k = EdgeClass::ALL.iter().position(|&x| x == c).unwrap_or(2);
            if let Some(p) = slot(&mut edges[k][usize::from(lit)]) {
                p.move_to(pos[a][0] as f64, pos[a][1] as f64);
                p.line_to(pos[b][0] as f64, pos[b][1] as f64);
            }
        }
        let mut nodes: [[Option<Path2d>; 2]; 5] = Default::default();
        let mut marked = None;
        let mut selected = None;
        for (i, &kind) in kinds.iter().enumerate() {
            let r = f.radius[i] / z;
            if let Some(p) = slot(&mut nodes[kind_index(kind)][usize::from(f.lit[i])]) {
                outline(p, pos[i], r, kind);
            }
            if scene.marked[i] && f.lit[i] {
                if let Some(p) = slot(&mut marked) {
                    outline(p, pos[i], r, kind);
                }
            }
            if Some(i) == stage.selected {
                if let Some(p) = slot(&mut selected) {
                    outline(p, pos[i], r, kind);
                }
            }
        }
        Paths {
            key,
            edges,
            nodes,
            marked,
            selected,
        }
    }
}

/// The path in `slot`, made on first use.
fn slot(slot: &mut Option<Path2d>) -> Option<&Path2d> {
    if slot.is_none() {
        *slot = Path2d::new().ok();
    }
    slot.as_ref()
}

/// Adds a node's outline (its kind's shape) round `at` with radius `r` to `p`.
fn outline(p: &Path2d, at: [f32; 2], r: f32, kind: NodeKind) {
    let [x, y] = at;
    let corners = shape_of(kind).corners(x, y, r);
    if corners.is_empty() {
        p.move_to((x + r) as f64, y as f64);
        let _ = p.arc(x as f64, y as f64, r as f64, 0.0, std::f64::consts::TAU);
    } else {
        p.move_to(corners[0][0] as f64, corners[0][1] as f64);
        for c in &corners[1..] {
            p.line_to(c[0] as f64, c[1] as f64);
        }
        p.close_path();
    }
}
