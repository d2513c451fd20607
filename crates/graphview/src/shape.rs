//! One outline per kind of node, so kinds differ by shape as well as by colour (for
//! people who do not see the colours, and in print). Shared by the canvas and the SVG.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Diamond,
    Triangle,
    Hexagon,
}

impl Shape {
    /// The corners of the outline round (x, y) with radius `r` (empty for a circle),
    /// scaled so that every shape looks about as large as a circle of radius `r`.
    pub fn corners(self, x: f32, y: f32, r: f32) -> Vec<[f32; 2]> {
        let poly = |n: usize, turn: f32, scale: f32| -> Vec<[f32; 2]> {
            (0..n)
                .map(|k| {
                    let a = turn + k as f32 * std::f32::consts::TAU / n as f32;
                    [x + r * scale * a.cos(), y + r * scale * a.sin()]
                })
                .collect()
        };
        use std::f32::consts::{FRAC_PI_2, FRAC_PI_4};
        match self {
            Shape::Circle => Vec::new(),
            Shape::Square => poly(4, FRAC_PI_4, 1.25),
            Shape::Diamond => poly(4, 0.0, 1.35),
            Shape::Triangle => poly(3, -FRAC_PI_2, 1.5),
            Shape::Hexagon => poly(6, 0.0, 1.1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_have_their_corners_round_the_centre() {
        assert!(Shape::Circle.corners(0.0, 0.0, 5.0).is_empty());
        assert_eq!(Shape::Square.corners(0.0, 0.0, 5.0).len(), 4);
        assert_eq!(Shape::Triangle.corners(0.0, 0.0, 5.0).len(), 3);
        let hex = Shape::Hexagon.corners(10.0, 20.0, 5.0);
        assert_eq!(hex.len(), 6);
        for [x, y] in hex {
            let d = ((x - 10.0).powi(2) + (y - 20.0).powi(2)).sqrt();
            assert!((d - 5.5).abs() < 1e-4);
        }
        // The triangle points up (screen y grows downwards).
        let tri = Shape::Triangle.corners(0.0, 0.0, 2.0);
        assert!(tri[0][1] < 0.0 && tri[0][0].abs() < 1e-5);
    }
}
