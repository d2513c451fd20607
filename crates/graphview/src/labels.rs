//! Which labels to show: candidates come most important first; each takes the first of
//! four places round its node (right, left, below, above) that stays inside the view and
//! clear of every label already placed; the rest stay hidden until the reader zooms in.

use crate::Bounds;

/// Space between a node and its label, in pixels.
const GAP: f32 = 4.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candidate {
    pub node: usize,
    /// The node's centre on screen and its drawn radius, in pixels.
    pub at: [f32; 2],
    pub radius: f32,
    /// The label's box, in pixels (padding included).
    pub width: f32,
    pub height: f32,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub node: usize,
    /// Where the label's box goes on screen.
    pub rect: Bounds,
}

/// Places up to `limit` labels inside `view`.
pub fn place(
    candidates: impl IntoIterator<Item = Candidate>,
    view: Bounds,
    limit: usize,
) -> Vec<Placed> {
    let mut placed: Vec<Placed> = Vec::new();
    for c in candidates {
        if placed.len() >= limit {
            break;
        }
        let [x, y] = c.at;
        let (w, h, r) = (c.width, c.height, c.radius + GAP);
        let options = [
            [x + r, y - h / 2.0],
            [x - r - w, y - h / 2.0],
            [x - w / 2.0, y + r],
            [x - w / 2.0, y - r - h],
        ];
        let fits = options.iter().map(|&[left, top]| Bounds {
            min: [left, top],
            max: [left + w, top + h],
        });
        let free = fits
            .into_iter()
            .find(|b| view.contains(b) && !placed.iter().any(|p| p.rect.overlaps(b)));
        if let Some(rect) = free {
            placed.push(Placed { node: c.node, rect });
        }
    }
    placed
}

/// About how wide `text` is at `font_px`: Chinese, Japanese and Korean characters a full
/// em, others a little over half. For the SVG export and tests; the canvas measures.
pub fn estimate_width(text: &str, font_px: f32) -> f32 {
    text.chars()
        .map(|c| if c as u32 >= 0x2E80 { 1.0 } else { 0.56 })
        .sum::<f32>()
        * font_px
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> Bounds {
        Bounds {
            min: [0.0, 0.0],
            max: [400.0, 300.0],
        }
    }

    fn cand(node: usize, x: f32, y: f32) -> Candidate {
        Candidate {
            node,
            at: [x, y],
            radius: 5.0,
            width: 80.0,
            height: 20.0,
        }
    }

    #[test]
    fn no_two_labels_overlap_and_the_first_wins() {
        // Twenty nodes crowded on one spot: the most important gets the right-hand place.
        let cands: Vec<_> = (0..20).map(|i| cand(i, 200.0 + i as f32, 150.0)).collect();
        let placed = place(cands, view(), 100);
        assert_eq!(placed[0].node, 0);
        assert_eq!(placed[0].rect.min, [209.0, 140.0]);
        assert!(placed.len() < 20 && placed.len() >= 2, "{placed:?}");
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[..i] {
                assert!(!a.rect.overlaps(&b.rect), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn labels_stay_inside_the_view() {
        // At the right edge the label moves to the left of its node; off-screen, none.
        let placed = place([cand(0, 390.0, 150.0), cand(1, 900.0, 150.0)], view(), 10);
        assert_eq!(placed.len(), 1);
        assert!(placed[0].rect.max[0] <= 390.0);
    }

    #[test]
    fn the_limit_holds() {
        let cands: Vec<_> = (0..50)
            .map(|i| {
                cand(
                    i,
                    20.0 + (i % 5) as f32 * 90.0,
                    15.0 + (i / 5) as f32 * 28.0,
                )
            })
            .collect();
        assert_eq!(place(cands, view(), 7).len(), 7);
    }

    #[test]
    fn chinese_is_wider_per_character() {
        assert!(estimate_width("氧化应激", 10.0) > estimate_width("ROS!", 10.0));
        assert_eq!(estimate_width("", 10.0), 0.0);
    }
}
