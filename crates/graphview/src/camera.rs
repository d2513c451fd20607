//! The camera: which world point is at the middle of the view and how many pixels a
//! world unit takes. Pans and zooms move the camera, never the nodes.

use crate::Bounds;

/// Zoom limits, relative to the zoom that fits the whole picture.
const MIN_ZOOM: f32 = 0.2;
const MAX_ZOOM: f32 = 40.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    /// The world point at the centre of the view.
    pub centre: [f32; 2],
    /// Screen pixels per world unit.
    pub zoom: f32,
    /// The zoom that showed the whole picture when the camera was fitted.
    pub fit_zoom: f32,
}

impl Camera {
    /// The camera that shows all of `b` in a `w` × `h` view with `margin` pixels round it.
    pub fn fit(b: Bounds, w: f32, h: f32, margin: f32) -> Camera {
        let zx = (w - 2.0 * margin).max(1.0) / b.width().max(1e-3);
        let zy = (h - 2.0 * margin).max(1.0) / b.height().max(1e-3);
        let zoom = zx.min(zy).clamp(1e-4, 8.0);
        Camera {
            centre: b.centre(),
            zoom,
            fit_zoom: zoom,
        }
    }

    pub fn to_screen(&self, p: [f32; 2], w: f32, h: f32) -> [f32; 2] {
        [
            (p[0] - self.centre[0]) * self.zoom + w / 2.0,
            (p[1] - self.centre[1]) * self.zoom + h / 2.0,
        ]
    }

    pub fn to_world(&self, s: [f32; 2], w: f32, h: f32) -> [f32; 2] {
        [
            (s[0] - w / 2.0) / self.zoom + self.centre[0],
            (s[1] - h / 2.0) / self.zoom + self.centre[1],
        ]
    }

    /// Moves the picture by (dx, dy) screen pixels, as a drag does.
    pub fn pan(&mut self, dx: f32, dy: f32) {
        self.centre[0] -= dx / self.zoom;
        self.centre[1] -= dy / self.zoom;
    }

    /// Zooms by `factor` keeping the world point under the screen point `at` where it is.
    pub fn zoom_about(&mut self, factor: f32, at: [f32; 2], w: f32, h: f32) {
        let before = self.to_world(at, w, h);
        let lo = self.fit_zoom * MIN_ZOOM;
        let hi = self.fit_zoom * MAX_ZOOM;
        self.zoom = (self.zoom * factor).clamp(lo, hi);
        let after = self.to_world(at, w, h);
        self.centre[0] += before[0] - after[0];
        self.centre[1] += before[1] - after[1];
    }

    /// Centres the view on `p` without changing the zoom.
    pub fn look_at(&mut self, p: [f32; 2]) {
        self.centre = p;
    }

    /// The part of the world the view shows.
    pub fn visible(&self, w: f32, h: f32) -> Bounds {
        Bounds {
            min: self.to_world([0.0, 0.0], w, h),
            max: self.to_world([w, h], w, h),
        }
    }
}

/// The node nearest the screen point `at` within `reach` pixels of its edge, if any.
/// `radius` gives each node's drawn radius in pixels. Linear in the number of nodes:
/// run once per click, not per frame.
pub fn hit(
    camera: &Camera,
    positions: &[[f32; 2]],
    radius: impl Fn(usize) -> f32,
    at: [f32; 2],
    reach: f32,
    w: f32,
    h: f32,
) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, p) in positions.iter().enumerate() {
        let s = camera.to_screen(*p, w, h);
        let d = ((s[0] - at[0]).powi(2) + (s[1] - at[1]).powi(2)).sqrt() - radius(i);
        if d <= reach && best.is_none_or(|(_, b)| d < b) {
            best = Some((i, d));
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: [f32; 2], b: [f32; 2]) -> bool {
        (a[0] - b[0]).abs() < 1e-3 && (a[1] - b[1]).abs() < 1e-3
    }

    #[test]
    fn fit_shows_every_point_inside_the_margin() {
        let pts = [[-100.0, 20.0], [300.0, -50.0], [0.0, 400.0]];
        let c = Camera::fit(Bounds::of(&pts), 800.0, 600.0, 30.0);
        for p in pts {
            let s = c.to_screen(p, 800.0, 600.0);
            assert!(
                s[0] >= 29.9 && s[0] <= 770.1 && s[1] >= 29.9 && s[1] <= 570.1,
                "{s:?}"
            );
        }
    }

    #[test]
    fn screen_and_world_are_inverse() {
        let c = Camera {
            centre: [12.0, -7.0],
            zoom: 2.5,
            fit_zoom: 1.0,
        };
        let p = [33.0, 44.0];
        assert!(close(
            c.to_world(c.to_screen(p, 640.0, 480.0), 640.0, 480.0),
            p
        ));
    }

    #[test]
    fn panning_moves_the_picture_with_the_pointer() {
        let mut c = Camera::fit(Bounds::of(&[[0.0, 0.0], [100.0, 100.0]]), 200.0, 200.0, 0.0);
        let before = c.to_screen([50.0, 50.0], 200.0, 200.0);
        c.pan(30.0, -10.0);
        let after = c.to_screen([50.0, 50.0], 200.0, 200.0);
        assert!(close(after, [before[0] + 30.0, before[1] - 10.0]));
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer_and_stays_in_limits() {
        let mut c = Camera::fit(Bounds::of(&[[0.0, 0.0], [100.0, 100.0]]), 200.0, 200.0, 0.0);
        let at = [150.0, 60.0];
        let w = c.to_world(at, 200.0, 200.0);
        c.zoom_about(1.5, at, 200.0, 200.0);
        assert!(close(c.to_screen(w, 200.0, 200.0), at));
        for _ in 0..100 {
            c.zoom_about(2.0, at, 200.0, 200.0);
        }
        assert!((c.zoom - c.fit_zoom * MAX_ZOOM).abs() < 1e-3);
        for _ in 0..100 {
            c.zoom_about(0.5, at, 200.0, 200.0);
        }
        assert!((c.zoom - c.fit_zoom * MIN_ZOOM).abs() < 1e-4);
    }

    #[test]
    fn hit_finds_the_nearest_node_within_reach() {
        let c = Camera::fit(Bounds::of(&[[0.0, 0.0], [100.0, 100.0]]), 100.0, 100.0, 0.0);
        let pts = [[0.0, 0.0], [50.0, 50.0], [60.0, 50.0]];
        let r = |_| 4.0;
        assert_eq!(hit(&c, &pts, r, [58.0, 51.0], 10.0, 100.0, 100.0), Some(2));
        assert_eq!(hit(&c, &pts, r, [3.0, 3.0], 10.0, 100.0, 100.0), Some(0));
        assert_eq!(hit(&c, &pts, r, [90.0, 10.0], 10.0, 100.0, 100.0), None);
    }
}
