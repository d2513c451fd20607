//! One frame of the picture in screen pixels, pure: where each node is, how large and
//! whether it is lit (the selection and its neighbours, or everything when nothing is
//! selected), and which labels fit. The canvas painter and the SVG export both draw it.

use super::scene::Scene;
use super::stage::Stage;
use graphview::labels::{self, Candidate, Placed};
use graphview::Bounds;

/// The most labels one frame shows.
const LABELS: usize = 60;
/// Padding round a label's text, in pixels.
pub const PAD: f32 = 3.0;

pub struct Frame {
    pub at: Vec<[f32; 2]>,
    pub radius: Vec<f32>,
    pub lit: Vec<bool>,
    pub labels: Vec<Placed>,
}

/// `width(i)` is the width of node `i`'s name at `font_px`. Without `place_labels` the
/// labels are left empty (the painter reuses the last ones while a drag goes on).
pub fn frame(
    stage: &Stage,
    scene: &Scene,
    width: impl Fn(usize) -> f32,
    font_px: f32,
    place_labels: bool,
) -> Frame {
    let [w, h] = stage.size;
    let n = scene.nodes.len();
    let at: Vec<[f32; 2]> = stage
        .layout
        .positions()
        .iter()
        .map(|&p| stage.camera.to_screen(p, w, h))
        .collect();
    let radius: Vec<f32> = (0..n)
        .map(|i| {
            let r = stage.radius(i);
            if Some(i) == stage.selected {
                r + 4.0
            } else if scene.marked[i] {
                r + 2.0
            } else {
                r
            }
        })
        .collect();
    let mut lit = vec![stage.selected.is_none(); n];
    if let Some(s) = stage.selected {
        lit[s] = true;
        for &k in &stage.neighbours[s] {
            lit[k] = true;
        }
    }
    // Labels: the selection, its neighbours, the marked events, then by importance.
    let mut order: Vec<usize> = Vec::with_capacity(n);
    order.extend(stage.selected);
    if let Some(s) = stage.selected {
        order.extend(stage.neighbours[s].iter().copied());
    }
    order.extend((0..n).filter(|&i| scene.marked[i]));
    order.extend(0..n);
    let mut seen = vec![false; n];
    let view = Bounds {
        min: [0.0, 0.0],
        max: [w, h],
    };
    let candidates = order
        .into_iter()
        .filter(|&i| !std::mem::replace(&mut seen[i], true))
        .filter(|&i| lit[i] && at[i][0] >= 0.0 && at[i][0] <= w && at[i][1] >= 0.0 && at[i][1] <= h)
        .map(|i| Candidate {
            node: i,
            at: at[i],
            radius: radius[i],
            width: width(i) + 2.0 * PAD,
            height: font_px * 1.3 + PAD,
        });
    let labels = if place_labels {
        labels::place(candidates, view, LABELS)
    } else {
        Vec::new()
    };
    Frame {
        at,
        radius,
        lit,
        labels,
    }
}

#[cfg(test)]
mod tests {
    use super::super::scene::EdgeClass;
    use super::super::stage::Action;
    use super::*;

    #[test]
    fn a_selection_lights_itself_and_its_neighbours_and_labels_them_first() {
        let scene = Scene {
            nodes: (0..30).collect(),
            edges: (1..30)
                .map(|i| (0, i, EdgeClass::Other))
                .chain([(5, 6, EdgeClass::Promotes)])
                .collect(),
            marked: (0..30).map(|i| i == 9).collect(),
            available: 30,
        };
        let mut stage = Stage::new(&scene, [600.0, 400.0]);
        stage.advance(|| true);
        let f = frame(&stage, &scene, |_| 40.0, 14.0, true);
        assert!(f.lit.iter().all(|l| *l));
        assert_eq!(f.labels[0].node, 9, "the marked event is labelled first");
        stage.select(Some(5), false);
        stage.apply(Action::Zoom(1.0));
        let f = frame(&stage, &scene, |_| 40.0, 14.0, true);
        assert_eq!(f.lit.iter().filter(|l| **l).count(), 3); // 5, the hub 0, and 6
        assert_eq!(f.labels[0].node, 5);
        assert!(f.labels.iter().all(|l| [0, 5, 6].contains(&l.node)));
        assert!(f.radius[5] > f.radius[6]);
    }
}
