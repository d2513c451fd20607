//! Drawing a graph for people, without any web dependency: the app paints what this
//! crate computes onto a canvas, and exports the same picture as SVG.
//!
//! - [`layout::ForceLayout`]: a Fruchterman–Reingold force layout with Barnes–Hut
//!   repulsion (O(n log n) a step) that runs one step at a time, so the caller can spread
//!   the work over animation frames and draw while it settles. Deterministic: the same
//!   graph gives the same picture on every machine.
//! - [`camera::Camera`]: world ↔ screen, pan, zoom about a point, fit, and the node
//!   under a pointer.
//! - [`labels::place`]: which labels to show, by priority, so that none overlap.
//! - [`shape`]: one outline per node kind, so kinds differ by shape as well as colour.
//! - [`svg`]: the current view as a standalone SVG document.
//!
//! ```
//! use graphview::{camera::Camera, layout::ForceLayout};
//! let edges = [(0, 1), (1, 2), (2, 0), (2, 3)];
//! let mut layout = ForceLayout::new(4, &edges);
//! while layout.step() {}
//! let camera = Camera::fit(layout.bounds(), 400.0, 300.0, 20.0);
//! let [x, y] = camera.to_screen(layout.position(0), 400.0, 300.0);
//! assert!((0.0..=400.0).contains(&x) && (0.0..=300.0).contains(&y));
//! ```

pub mod camera;
pub mod labels;
pub mod layout;
mod quadtree;
pub mod shape;
pub mod svg;

/// An axis-aligned rectangle in world or screen units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub min: [f32; 2],
    pub max: [f32; 2],
}

impl Bounds {
    /// The smallest rectangle holding every point; a unit square round the origin when
    /// there are none.
    pub fn of(points: &[[f32; 2]]) -> Bounds {
        let mut b = Bounds {
            min: [f32::INFINITY; 2],
            max: [f32::NEG_INFINITY; 2],
        };
        for p in points {
            for (d, &v) in p.iter().enumerate() {
                b.min[d] = b.min[d].min(v);
                b.max[d] = b.max[d].max(v);
            }
        }
        if points.is_empty() {
            b = Bounds {
                min: [-1.0, -1.0],
                max: [1.0, 1.0],
            };
        }
        b
    }

    pub fn width(&self) -> f32 {
        self.max[0] - self.min[0]
    }

    pub fn height(&self) -> f32 {
        self.max[1] - self.min[1]
    }

    pub fn centre(&self) -> [f32; 2] {
        [
            (self.min[0] + self.max[0]) / 2.0,
            (self.min[1] + self.max[1]) / 2.0,
        ]
    }

    pub fn overlaps(&self, o: &Bounds) -> bool {
        self.min[0] < o.max[0]
            && o.min[0] < self.max[0]
            && self.min[1] < o.max[1]
            && o.min[1] < self.max[1]
    }

    pub fn contains(&self, o: &Bounds) -> bool {
        self.min[0] <= o.min[0]
            && self.min[1] <= o.min[1]
            && o.max[0] <= self.max[0]
            && o.max[1] <= self.max[1]
    }
}
