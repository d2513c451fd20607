//! The state behind the canvas, without the browser: the layout running in steps, the
//! camera, the selection, and what each key or button does. Pure and tested natively;
//! `draw.rs` paints it and `canvas.rs` feeds it events.

use super::scene::Scene;
use graphview::camera::{self, Camera};
use graphview::layout::ForceLayout;

/// Space kept round the picture when it is fitted, in pixels.
pub const MARGIN: f32 = 24.0;
/// How far a pointer may miss a node and still pick it, in pixels (a 44 px target).
pub const REACH: f32 = 22.0;

/// What a key or an on-screen button asks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Move the picture by a share of the view's width and height.
    Pan(f32, f32),
    /// Zoom about the middle of the view.
    Zoom(f32),
    Fit,
    Next,
    Previous,
    Clear,
    /// Open the selected event's page (the caller navigates).
    Open,
}

/// The action for a key, if it has one (`shift` pans further).
pub fn key_action(key: &str, shift: bool) -> Option<Action> {
    let step = if shift { 0.3 } else { 0.1 };
    Some(match key {
        "ArrowLeft" => Action::Pan(step, 0.0),
        "ArrowRight" => Action::Pan(-step, 0.0),
        "ArrowUp" => Action::Pan(0.0, step),
        "ArrowDown" => Action::Pan(0.0, -step),
        "+" | "=" => Action::Zoom(1.25),
        "-" | "_" => Action::Zoom(0.8),
        "0" => Action::Fit,
        "n" | "N" => Action::Next,
        "p" | "P" => Action::Previous,
        "Escape" => Action::Clear,
        "Enter" => Action::Open,
        _ => return None,
    })
}

pub struct Stage {
    pub layout: ForceLayout,
    pub camera: Camera,
    /// The view's size in CSS pixels.
    pub size: [f32; 2],
    pub selected: Option<usize>,
    /// The reader stopped the layout, or it settled.
    pub paused: bool,
    /// The reader moved the camera: stop fitting the growing picture to the view.
    pub moved: bool,
    /// Each node's neighbours in the scene.
    pub neighbours: Vec<Vec<usize>>,
    /// How many frames have been drawn.
    pub frames: u32,
}

impl Stage {
    pub fn new(scene: &Scene, size: [f32; 2]) -> Stage {
        let pairs: Vec<(u32, u32)> = scene.edges.iter().map(|&(a, b, _)| (a, b)).collect();
        let layout = ForceLayout::new(scene.nodes.len(), &pairs);
        let neighbours = scene.adjacency();
        let camera = Camera::fit(layout.bounds(), size[0], size[1], MARGIN);
        Stage {
            layout,
            camera,
            size,
            selected: None,
            paused: false,
            moved: false,
            neighbours,
            frames: 0,
        }
    }

    /// The radius of node `i` on screen: larger for linked events, never below 4 px
    /// nor above 16 px; marked and selected events are drawn larger by the painter.
    pub fn radius(&self, i: usize) -> f32 {
        let world = 6.0 + 1.5 * (self.neighbours[i].len() as f32).sqrt();
        (world * self.camera.zoom).clamp(4.0, 16.0)
    }

    /// Whether the layout still has work to do.
    pub fn arranging(&self) -> bool {
        !self.paused && !self.layout.settled()
    }

    /// Runs layout steps while `more()` says there is time left in this frame; keeps the
    /// whole picture in view until the reader moves the camera.
    pub fn advance(&mut self, mut more: impl FnMut() -> bool) {
        while self.arranging() && more() {
            self.layout.step();
        }
        if !self.moved {
            self.refit();
        }
    }

    pub fn resize(&mut self, size: [f32; 2]) {
        if size != self.size {
            self.size = size;
            if !self.moved {
                self.refit();
            }
        }
    }

    fn refit(&mut self) {
        let [w, h] = self.size;
        self.camera = Camera::fit(self.layout.bounds(), w, h, MARGIN);
    }

    /// Applies an action; returns whether the picture changed.
    pub fn apply(&mut self, action: Action) -> bool {
        let [w, h] = self.size;
        let n = self.layout.len();
        match action {
            Action::Pan(dx, dy) => {
                self.camera.pan(dx * w, dy * h);
                self.moved = true;
            }
            Action::Zoom(f) => {
                self.camera.zoom_about(f, [w / 2.0, h / 2.0], w, h);
                self.moved = true;
            }
            Action::Fit => {
                self.moved = false;
                self.refit();
            }
            Action::Next | Action::Previous if n > 0 => {
                let next = match (self.selected, action) {
                    (None, Action::Next) => 0,
                    (None, _) => n - 1,
                    (Some(i), Action::Next) => (i + 1) % n,
                    (Some(i), _) => (i + n - 1) % n,
                };
                self.select(Some(next), true);
            }
            Action::Clear => self.selected = None,
            _ => return false,
        }
        true
    }

    /// Selects node `i` (or none); `centre` moves the camera to it.
    pub fn select(&mut self, i: Option<usize>, centre: bool) {
        self.selected = i.filter(|&i| i < self.layout.len());
        if let (Some(i), true) = (self.selected, centre) {
            self.camera.look_at(self.layout.position(i));
            self.moved = true;
        }
    }

    /// The node under the screen point `at`, if any.
    pub fn hit(&self, at: [f32; 2]) -> Option<usize> {
        let [w, h] = self.size;
        camera::hit(
            &self.camera,
            self.layout.positions(),
            |i| self.radius(i),
            at,
            REACH,
            w,
            h,
        )
    }

    /// The camera in a few numbers, for tests and the benchmark (`x,y,zoom`).
    pub fn describe(&self) -> String {
        let c = &self.camera;
        format!("{:.1},{:.1},{:.4}", c.centre[0], c.centre[1], c.zoom)
    }
}

#[cfg(test)]
mod tests {
    use super::super::scene::EdgeClass;
    use super::*;

    fn stage() -> Stage {
        let scene = Scene {
            nodes: vec![10, 11, 12, 13],
            edges: vec![
                (0, 1, EdgeClass::Other),
                (1, 2, EdgeClass::Promotes),
                (2, 3, EdgeClass::Hierarchy),
            ],
            marked: vec![false; 4],
            available: 4,
        };
        Stage::new(&scene, [400.0, 300.0])
    }

    #[test]
    fn keys_map_to_actions() {
        assert_eq!(
            key_action("ArrowRight", false),
            Some(Action::Pan(-0.1, 0.0))
        );
        assert_eq!(key_action("ArrowUp", true), Some(Action::Pan(0.0, 0.3)));
        assert_eq!(key_action("+", false), Some(Action::Zoom(1.25)));
        assert_eq!(key_action("n", false), Some(Action::Next));
        assert_eq!(key_action("x", false), None);
    }

    #[test]
    fn the_picture_stays_fitted_until_the_reader_moves_it() {
        let mut s = stage();
        s.advance(|| true);
        assert!(s.layout.settled() && !s.arranging());
        let fitted = s.camera;
        assert!(s.apply(Action::Pan(0.1, 0.0)));
        assert!(s.moved);
        assert!((s.camera.centre[0] - fitted.centre[0] + 40.0 / fitted.zoom).abs() < 1e-3);
        s.resize([800.0, 600.0]);
        assert_eq!(s.camera.zoom, fitted.zoom, "a moved camera is not refitted");
        s.apply(Action::Fit);
        assert!(!s.moved && s.camera.zoom > fitted.zoom);
    }

    #[test]
    fn next_and_previous_walk_the_events_in_order_and_wrap() {
        let mut s = stage();
        s.apply(Action::Previous);
        assert_eq!(s.selected, Some(3));
        s.apply(Action::Next);
        assert_eq!(s.selected, Some(0));
        s.apply(Action::Next);
        assert_eq!(s.selected, Some(1));
        let [w, h] = s.size;
        let at = s.camera.to_screen(s.layout.position(1), w, h);
        assert!((at[0] - w / 2.0).abs() < 1e-3 && (at[1] - h / 2.0).abs() < 1e-3);
        // The centred event is the one under the middle of the view.
        assert_eq!(s.hit([w / 2.0, h / 2.0]), Some(1));
        s.apply(Action::Clear);
        assert_eq!(s.selected, None);
    }

    #[test]
    fn pausing_stops_the_layout() {
        let mut s = stage();
        s.paused = true;
        let before = s.layout.positions().to_vec();
        s.advance(|| true);
        assert_eq!(s.layout.positions(), &before[..]);
        assert_eq!(s.neighbours[1], vec![0, 2]);
    }
}
