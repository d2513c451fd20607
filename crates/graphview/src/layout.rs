//! A force layout that runs in steps: Fruchterman–Reingold forces (connected events pull
//! together, all events push apart, a weak pull to the centre keeps separate pieces in
//! view) with Barnes–Hut repulsion, and a temperature that cools step by step so the
//! picture settles. The caller decides how many steps fit in a frame.
//!
//! Start: node 0 in the middle and the rest on a sunflower spiral in their order, so
//! callers that list the most important events first see them central from the first
//! frame, before any step has run.

use crate::quadtree::QuadTree;
use crate::Bounds;

/// The natural distance between two connected events, in world units.
pub const EDGE_LENGTH: f32 = 40.0;
/// Steps after which the layout stops even if it still moves a little.
pub const MAX_STEPS: u32 = 300;
/// Barnes–Hut opening angle: cells seen under a smaller angle push as one body.
const THETA: f32 = 0.9;
/// The pull to the centre, per world unit of distance.
const GRAVITY: f32 = 0.02;
/// The layout has settled when no node moves farther than this share of an edge.
const SETTLED: f32 = 0.005;

pub struct ForceLayout {
    pos: Vec<[f32; 2]>,
    edges: Vec<(u32, u32)>,
    force: Vec<[f32; 2]>,
    stack: Vec<u32>,
    step: u32,
    temperature: f32,
    settled: bool,
}

impl ForceLayout {
    /// `n` nodes and the edges between them (pairs of node indices; self-loops and
    /// indices out of range are ignored).
    pub fn new(n: usize, edges: &[(u32, u32)]) -> ForceLayout {
        let golden = std::f32::consts::PI * (3.0 - 5f32.sqrt());
        let pos = (0..n)
            .map(|i| {
                let r = EDGE_LENGTH * 0.8 * (i as f32).sqrt();
                let a = i as f32 * golden;
                [r * a.cos(), r * a.sin()]
            })
            .collect();
        let edges = edges
            .iter()
            .copied()
            .filter(|&(a, b)| a != b && (a as usize) < n && (b as usize) < n)
            .collect();
        ForceLayout {
            pos,
            edges,
            force: vec![[0.0; 2]; n],
            stack: Vec::new(),
            step: 0,
            temperature: EDGE_LENGTH * 2.0,
            settled: n < 2,
        }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn positions(&self) -> &[[f32; 2]] {
        &self.pos
    }

    pub fn position(&self, i: usize) -> [f32; 2] {
        self.pos[i]
    }

    pub fn bounds(&self) -> Bounds {
        Bounds::of(&self.pos)
    }

    /// How many steps have run (a new picture after every step).
    pub fn steps(&self) -> u32 {
        self.step
    }

    pub fn settled(&self) -> bool {
        self.settled
    }

    /// How far the layout has come, 0 to 1 (1 once settled).
    pub fn progress(&self) -> f32 {
        if self.settled {
            1.0
        } else {
            self.step as f32 / MAX_STEPS as f32
        }
    }

    /// Runs one step; returns whether more steps would still move the picture.
    pub fn step(&mut self) -> bool {
        if self.settled {
            return false;
        }
        let k2 = EDGE_LENGTH * EDGE_LENGTH;
        let tree = QuadTree::build(&self.pos);
        for (i, p) in self.pos.iter().enumerate() {
            let mut f = [-p[0] * GRAVITY * EDGE_LENGTH, -p[1] * GRAVITY * EDGE_LENGTH];
            tree.repel(&self.pos, i as u32, k2, THETA, &mut self.stack, &mut f);
            self.force[i] = f;
        }
        for &(a, b) in &self.edges {
            let (pa, pb) = (self.pos[a as usize], self.pos[b as usize]);
            let (dx, dy) = (pa[0] - pb[0], pa[1] - pb[1]);
            // Pull d²/k along the edge: (dx, dy) · d / k.
            let d = (dx * dx + dy * dy).sqrt();
            let s = d / EDGE_LENGTH;
            self.force[a as usize][0] -= dx * s;
            self.force[a as usize][1] -= dy * s;
            self.force[b as usize][0] += dx * s;
            self.force[b as usize][1] += dy * s;
        }
        let mut moved = 0.0f32;
        for (p, f) in self.pos.iter_mut().zip(&self.force) {
            let len = (f[0] * f[0] + f[1] * f[1]).sqrt();
            if len > 0.0 && len.is_finite() {
                let m = len.min(self.temperature);
                p[0] += f[0] / len * m;
                p[1] += f[1] / len * m;
                moved = moved.max(m);
            }
        }
        self.step += 1;
        // Cool linearly to a tenth of the start, then hold there until the end.
        let t0 = EDGE_LENGTH * 2.0;
        self.temperature = (t0 * (1.0 - self.step as f32 / MAX_STEPS as f32)).max(t0 * 0.02);
        self.settled = self.step >= MAX_STEPS || moved < SETTLED * EDGE_LENGTH;
        !self.settled
    }

    /// Runs steps until settled (for tests, exports and reduced motion).
    pub fn run(&mut self) {
        while self.step() {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(n: u32) -> Vec<(u32, u32)> {
        (0..n).map(|i| (i, (i + 1) % n)).collect()
    }

    fn dist(a: [f32; 2], b: [f32; 2]) -> f32 {
        ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
    }

    #[test]
    fn settles_with_finite_positions() {
        let mut l = ForceLayout::new(200, &ring(200));
        assert!(!l.settled());
        l.run();
        assert!(l.settled());
        assert_eq!(l.progress(), 1.0);
        assert!(l
            .positions()
            .iter()
            .all(|p| p[0].is_finite() && p[1].is_finite()));
    }

    #[test]
    fn the_same_graph_gives_the_same_picture() {
        let edges = ring(50);
        let mut a = ForceLayout::new(50, &edges);
        let mut b = ForceLayout::new(50, &edges);
        a.run();
        b.run();
        assert_eq!(a.positions(), b.positions());
    }

    #[test]
    fn connected_events_end_closer_than_unconnected_ones() {
        // Two groups of 30, each a ring with chords, joined by one edge; their members
        // interleaved in the input order so the start spiral mixes them.
        let group = |g: u32| -> Vec<(u32, u32)> {
            let at = |i: u32| 2 * (i % 30) + g;
            (0..30)
                .flat_map(|i| [(at(i), at(i + 1)), (at(i), at(i + 7))])
                .collect()
        };
        let mut edges = group(0);
        edges.extend(group(1));
        edges.push((0, 1));
        let mut l = ForceLayout::new(60, &edges);
        l.run();
        let p = l.positions();
        let linked: f32 = edges
            .iter()
            .map(|&(a, b)| dist(p[a as usize], p[b as usize]))
            .sum::<f32>()
            / edges.len() as f32;
        let mut all = 0.0;
        for i in 0..60 {
            for j in 0..i {
                all += dist(p[i], p[j]);
            }
        }
        let all = all / (60.0 * 59.0 / 2.0);
        assert!(linked * 2.0 < all, "linked {linked} vs all {all}");
        // The two groups separate: their centres farther apart than a group's radius.
        let centre = |g: usize| {
            let (x, y) = (0..30).fold((0.0, 0.0), |(x, y), i| {
                (x + p[2 * i + g][0], y + p[2 * i + g][1])
            });
            [x / 30.0, y / 30.0]
        };
        let (c1, c2) = (centre(0), centre(1));
        let radius = (0..30).map(|i| dist(p[2 * i], c1)).sum::<f32>() / 30.0;
        assert!(dist(c1, c2) > radius, "{} vs {radius}", dist(c1, c2));
    }

    #[test]
    fn no_two_events_end_on_top_of_each_other() {
        // A star: 100 leaves on one hub, the case that piles nodes up.
        let edges: Vec<_> = (1..101).map(|i| (0, i)).collect();
        let mut l = ForceLayout::new(101, &edges);
        l.run();
        let p = l.positions();
        let mut closest = f32::INFINITY;
        for i in 0..p.len() {
            for j in 0..i {
                closest = closest.min(dist(p[i], p[j]));
            }
        }
        assert!(closest > EDGE_LENGTH * 0.1, "closest pair {closest}");
    }

    #[test]
    fn separate_pieces_stay_in_view() {
        // 20 pairs with no link between them: the pull to the centre keeps the picture
        // compact (within a few dozen edge lengths).
        let edges: Vec<_> = (0..20).map(|i| (2 * i, 2 * i + 1)).collect();
        let mut l = ForceLayout::new(40, &edges);
        l.run();
        let b = l.bounds();
        assert!(
            b.width() < EDGE_LENGTH * 40.0 && b.height() < EDGE_LENGTH * 40.0,
            "{b:?}"
        );
    }

    #[test]
    fn ignores_loops_and_bad_indices_and_small_graphs() {
        let mut l = ForceLayout::new(3, &[(0, 0), (1, 7), (1, 2)]);
        l.run();
        assert!(l.positions().iter().all(|p| p[0].is_finite()));
        let mut one = ForceLayout::new(1, &[]);
        assert!(one.settled() && !one.step());
        assert!(ForceLayout::new(0, &[]).is_empty());
    }
}
