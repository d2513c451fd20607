//! The running picture: an [`Engine`] owns the stage, the painter and the scene, and a
//! requestAnimationFrame loop that, each frame, runs layout steps for a few
//! milliseconds and paints. The loop stops when the picture is still and starts again on
//! any input. Pointer, wheel and key events arrive here from the canvas.

use super::draw::Painter;
use super::frame::Frame;
use super::scene::Scene;
use super::stage::{key_action, Action, Stage};
use leptos::prelude::*;
use mechgraph::NodeKind;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Layout time per frame, in milliseconds: leaves room for painting within a 60 Hz frame.
const BUDGET_MS: f64 = 8.0;
/// A pointer that moves less than this between down and up is a click, in pixels.
const CLICK_SLOP: f32 = 6.0;

/// What the page around the canvas shows, kept in step by the engine.
#[derive(Clone, Copy)]
pub struct Signals {
    pub selected: RwSignal<Option<usize>>,
    /// Layout progress in per cent; 100 once still.
    pub progress: RwSignal<u32>,
    pub paused: RwSignal<bool>,
}

pub struct Engine {
    pub stage: Stage,
    pub painter: Painter,
    pub scene: Rc<Scene>,
    pub names: Vec<String>,
    pub kinds: Vec<NodeKind>,
    pub last: Option<Frame>,
    /// Colours or the text size changed: read them again before the next paint.
    pub restyle: bool,
    signals: Signals,
    pointers: Vec<(i32, [f32; 2])>,
    travelled: f32,
    pending: Option<i32>,
    tick: Option<Closure<dyn FnMut(f64)>>,
    reduce_motion: bool,
}

pub type Shared = Rc<RefCell<Engine>>;

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

impl Engine {
    pub fn start(
        painter: Painter,
        scene: Rc<Scene>,
        names: Vec<String>,
        kinds: Vec<NodeKind>,
        signals: Signals,
    ) -> Shared {
        let size = painter.css_size();
        let stage = Stage::new(&scene, size);
        let engine = Rc::new(RefCell::new(Engine {
            stage,
            painter,
            scene,
            names,
            kinds,
            last: None,
            restyle: false,
            signals,
            pointers: Vec::new(),
            travelled: 0.0,
            pending: None,
            tick: None,
            reduce_motion: crate::platform::motion_reduced(),
        }));
        let weak: Weak<RefCell<Engine>> = Rc::downgrade(&engine);
        let tick = Closure::<dyn FnMut(f64)>::new(move |_t: f64| {
            if let Some(e) = weak.upgrade() {
                let more = {
                    let mut e = e.borrow_mut();
                    e.pending = None;
                    e.frame()
                };
                if more {
                    request(&e);
                }
            }
        });
        engine.borrow_mut().tick = Some(tick);
        request(&engine);
        engine
    }

    /// One animation frame; returns whether another is needed.
    fn frame(&mut self) -> bool {
        let size = self.painter.css_size();
        self.stage.resize(size);
        let start = now();
        self.stage.advance(|| now() - start < BUDGET_MS);
        let progress = (self.stage.layout.progress() * 100.0).round() as u32;
        let progress = if self.stage.arranging() {
            progress.min(99)
        } else {
            100
        };
        if self.signals.progress.get_untracked() != progress {
            self.signals.progress.set(progress);
        }
        if self.stage.paused != self.signals.paused.get_untracked() {
            self.signals.paused.set(self.stage.paused);
        }
        // With reduced motion nothing moves on screen: paint only the finished picture.
        if self.reduce_motion && self.stage.arranging() {
            return true;
        }
        self.paint();
        self.stage.arranging()
    }

    pub fn paint(&mut self) {
        if std::mem::take(&mut self.restyle) {
            self.painter.restyle(self.names.len());
        }
        let dragging = !self.pointers.is_empty() && self.travelled >= CLICK_SLOP;
        let frame =
            self.painter
                .paint(&self.stage, &self.scene, &self.names, &self.kinds, dragging);
        self.last = Some(frame);
        self.stage.frames += 1;
        let c = &self.painter.canvas;
        let _ = c.set_attribute("data-frames", &self.stage.frames.to_string());
        let _ = c.set_attribute("data-view", &self.stage.describe());
        if self.stage.frames == 1 {
            crate::platform::mark("als-graph-first-frame");
        }
        if !self.stage.arranging() {
            let _ = c.set_attribute("data-settled", "true");
        }
    }

    fn sync_selection(&self) {
        let sel = self.stage.selected;
        if self.signals.selected.get_untracked() != sel {
            self.signals.selected.set(sel);
        }
    }

    /// Applies an action from a key or a button.
    pub fn act(&mut self, action: Action) {
        if self.stage.apply(action) {
            self.sync_selection();
        }
    }

    pub fn select(&mut self, i: Option<usize>, centre: bool) {
        self.stage.select(i, centre);
        self.sync_selection();
    }

    pub fn set_paused(&mut self, paused: bool) {
        self.stage.paused = paused;
        self.signals.paused.set(paused);
    }
}

/// Asks for a frame unless one is already coming.
pub fn request(engine: &Shared) {
    let mut e = engine.borrow_mut();
    if e.pending.is_some() {
        return;
    }
    let id = match (&e.tick, web_sys::window()) {
        (Some(tick), Some(w)) => w
            .request_animation_frame(tick.as_ref().unchecked_ref())
            .ok(),
        _ => None,
    };
    e.pending = id;
}

/// Stops the loop (the page is leaving).
pub fn stop(engine: &Shared) {
    let mut e = engine.borrow_mut();
    if let (Some(id), Some(w)) = (e.pending.take(), web_sys::window()) {
        let _ = w.cancel_animation_frame(id);
    }
    e.tick = None;
}

fn offset(ev: &web_sys::MouseEvent) -> [f32; 2] {
    [ev.offset_x() as f32, ev.offset_y() as f32]
}

pub fn on_pointer_down(engine: &Shared, ev: &web_sys::PointerEvent) {
    let mut e = engine.borrow_mut();
    if let Some(t) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = t.set_pointer_capture(ev.pointer_id());
    }
    e.pointers.retain(|p| p.0 != ev.pointer_id());
    e.pointers.push((ev.pointer_id(), offset(ev)));
    e.travelled = if e.pointers.len() > 1 {
        CLICK_SLOP
    } else {
        0.0
    };
}

pub fn on_pointer_move(engine: &Shared, ev: &web_sys::PointerEvent) {
    let at = offset(ev);
    let changed = {
        let mut e = engine.borrow_mut();
        let Some(k) = e.pointers.iter().position(|p| p.0 == ev.pointer_id()) else {
            return;
        };
        let before = e.pointers[k].1;
        let [w, h] = e.stage.size;
        if e.pointers.len() == 1 {
            let (dx, dy) = (at[0] - before[0], at[1] - before[1]);
            e.travelled += (dx * dx + dy * dy).sqrt();
            e.stage.camera.pan(dx, dy);
        } else {
            // Two fingers: zoom by the change in their distance, about their midpoint.
            let other = e.pointers[1 - k.min(1)].1;
            let d0 = ((before[0] - other[0]).powi(2) + (before[1] - other[1]).powi(2)).sqrt();
            let d1 = ((at[0] - other[0]).powi(2) + (at[1] - other[1]).powi(2)).sqrt();
            if d0 > 1.0 {
                let mid = [(at[0] + other[0]) / 2.0, (at[1] + other[1]) / 2.0];
                e.stage.camera.zoom_about(d1 / d0, mid, w, h);
            }
        }
        e.pointers[k].1 = at;
        e.stage.moved = true;
        true
    };
    if changed {
        request(engine);
    }
}

pub fn on_pointer_up(engine: &Shared, ev: &web_sys::PointerEvent) {
    {
        let mut e = engine.borrow_mut();
        let was = e.pointers.len();
        e.pointers.retain(|p| p.0 != ev.pointer_id());
        if was == 1 && e.travelled < CLICK_SLOP && ev.type_() == "pointerup" {
            let hit = e.stage.hit(offset(ev));
            e.select(hit, false);
        }
    }
    request(engine);
}

pub fn on_wheel(engine: &Shared, ev: &web_sys::WheelEvent) {
    ev.prevent_default();
    {
        let mut e = engine.borrow_mut();
        let [w, h] = e.stage.size;
        let factor = (-ev.delta_y() as f32 * 0.0015).exp().clamp(0.5, 2.0);
        e.stage.camera.zoom_about(factor, offset(ev), w, h);
        e.stage.moved = true;
    }
    request(engine);
}

/// A key on the canvas; returns the scene index to open for Enter on a selection.
pub fn on_key(engine: &Shared, ev: &web_sys::KeyboardEvent) -> Option<usize> {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return None;
    }
    let action = key_action(&ev.key(), ev.shift_key())?;
    ev.prevent_default();
    let open = {
        let mut e = engine.borrow_mut();
        if action == Action::Open {
            e.stage.selected
        } else {
            e.act(action);
            None
        }
    };
    request(engine);
    open
}
