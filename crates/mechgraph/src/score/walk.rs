//! Random walk with restart over a weighted graph, by Gauss–Seidel sweeps. The
//! transition structure is stored "pull" style (for each node, the nodes that send to it
//! and the share they send), so one sweep is a single pass over the arcs, in a fixed
//! order: the same numbers natively and in wasm.

/// Transition structure: `x[v] = Σ coef · x[from]` over v's incoming arcs.
pub struct Walk {
    offsets: Vec<u32>,
    from: Vec<u32>,
    coef: Vec<f32>,
    /// Nodes with no outgoing weight: their mass returns to the restart distribution.
    dangling: Vec<u32>,
    /// The node at each position of the sweep (empty: node order).
    order: Vec<u32>,
}

impl Walk {
    /// Builds from weighted arcs (from, to, weight > 0) over `n` nodes, swept in node
    /// order.
    pub fn new(n: usize, arcs: &[(u32, u32, f32)]) -> Walk {
        Walk::build(n, arcs.iter().copied(), Vec::new())
    }

    /// The same, swept in `order` (a permutation of the nodes): a sweep that meets the
    /// nodes mostly in the direction the mass flows needs fewer sweeps.
    pub fn in_order(n: usize, arcs: &[(u32, u32, f32)], order: Vec<u32>) -> Walk {
        let mut position = vec![0u32; n];
        for (i, &v) in order.iter().enumerate() {
            position[v as usize] = i as u32;
        }
        let at = |v: u32| position[v as usize];
        Walk::build(n, arcs.iter().map(|&(u, v, w)| (at(u), at(v), w)), order)
    }

    fn build(
        n: usize,
        arcs: impl Iterator<Item = (u32, u32, f32)> + Clone,
        order: Vec<u32>,
    ) -> Walk {
        let mut out_weight = vec![0f64; n];
        let mut in_count = vec![0u32; n + 1];
        let count = arcs.clone().count();
        for (u, v, w) in arcs.clone() {
            out_weight[u as usize] += w as f64;
            in_count[v as usize + 1] += 1;
        }
        for i in 0..n {
            in_count[i + 1] += in_count[i];
        }
        let offsets = in_count.clone();
        let mut fill = in_count;
        let mut from = vec![0u32; count];
        let mut coef = vec![0f32; count];
        for (u, v, w) in arcs {
            let at = fill[v as usize] as usize;
            fill[v as usize] += 1;
            from[at] = u;
            coef[at] = (w as f64 / out_weight[u as usize]) as f32;
        }
        let dangling = (0..n as u32)
            .filter(|&u| out_weight[u as usize] == 0.0)
            .collect();
        Walk {
            offsets,
            from,
            coef,
            dangling,
            order,
        }
    }

    /// The stationary distribution of a walk that restarts with probability `restart_p`
    /// at each step to the distribution `restart` (which should sum to 1). Stops after
    /// `max_iter` sweeps or when a sweep changes it by less than `tol` (L1).
    pub fn rwr(&self, restart: &[f64], restart_p: f64, max_iter: usize, tol: f64) -> Vec<f64> {
        let mut run = self.start(restart, restart_p, max_iter, tol);
        while !self.advance(&mut run, usize::MAX) {}
        self.finish(run)
    }

    /// The same walk, to be done a few iterations at a time with [`Walk::advance`].
    pub fn start(&self, restart: &[f64], restart_p: f64, max_iter: usize, tol: f64) -> Run {
        let start: Vec<f32> = if self.order.is_empty() {
            restart.iter().map(|&r| r as f32).collect()
        } else {
            self.order
                .iter()
                .map(|&v| restart[v as usize] as f32)
                .collect()
        };
        Run {
            x: start.clone(),
            start,
            keep: (1.0 - restart_p) as f32,
            restart_p: restart_p as f32,
            left: max_iter,
            tol,
            finished: max_iter == 0,
        }
    }

    /// The distribution a run reached, by node.
    pub fn finish(&self, run: Run) -> Vec<f64> {
        if self.order.is_empty() {
            return run.x.into_iter().map(f64::from).collect();
        }
        let mut by_node = vec![0f64; run.x.len()];
        for (&v, &x) in self.order.iter().zip(&run.x) {
            by_node[v as usize] = f64::from(x);
        }
        by_node
    }

    /// Number of arcs: the work of one iteration.
    pub fn arcs(&self) -> usize {
        self.from.len()
    }

    /// Does at most `iterations` more sweeps of `run`; true when it has finished.
    ///
    /// Gauss–Seidel: a node's new value is used by the nodes after it in the same sweep.
    /// That reaches the same fixed point as updating every node at once, in about half
    /// the sweeps on the ALS graph (docs/SCORING.md, "Performance"). The state and the
    /// sums are single precision: the loop is bound by memory and by the additions, and
    /// the rankings need no more.
    pub fn advance(&self, run: &mut Run, iterations: usize) -> bool {
        let n = run.start.len();
        let (keep, restart_p) = (run.keep, run.restart_p);
        for _ in 0..iterations {
            if run.finished {
                break;
            }
            let x = &mut run.x;
            let lost: f32 = self.dangling.iter().map(|&u| x[u as usize]).sum();
            let mut change = 0.0f64;
            for v in 0..n {
                let (a, b) = (self.offsets[v] as usize, self.offsets[v + 1] as usize);
                let mut s = 0.0f32;
                for (&u, &c) in self.from[a..b].iter().zip(&self.coef[a..b]) {
                    s += c * x[u as usize];
                }
                let value = restart_p * run.start[v] + keep * (s + lost * run.start[v]);
                change += (value - x[v]).abs() as f64;
                x[v] = value;
            }
            run.left -= 1;
            run.finished = change < run.tol || run.left == 0;
        }
        run.finished
    }
}

/// A random walk with restart under way (see [`Walk::start`]).
pub struct Run {
    start: Vec<f32>,
    x: Vec<f32>,
    keep: f32,
    restart_p: f32,
    left: usize,
    tol: f64,
    finished: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_walk_conserves_mass_and_favours_the_seed() {
        // 0 - 1 - 2 - 3 (both directions), restart at 0.
        let arcs: Vec<(u32, u32, f32)> = [(0, 1), (1, 2), (2, 3)]
            .iter()
            .flat_map(|&(a, b)| [(a, b, 1.0), (b, a, 1.0)])
            .collect();
        let walk = Walk::new(4, &arcs);
        let x = walk.rwr(&[1.0, 0.0, 0.0, 0.0], 0.3, 200, 1e-12);
        let total: f64 = x.iter().sum();
        assert!((total - 1.0).abs() < 1e-6, "mass {total}");
        assert!(x[0] > x[1] && x[1] > x[2] && x[2] > x[3], "{x:?}");
    }

    #[test]
    fn dangling_mass_returns_to_the_restart() {
        let walk = Walk::new(2, &[(0, 1, 1.0)]);
        let x = walk.rwr(&[1.0, 0.0], 0.5, 200, 1e-12);
        assert!((x.iter().sum::<f64>() - 1.0).abs() < 1e-6);
        assert!(x[1] > 0.0);
    }

    #[test]
    fn a_walk_done_in_pieces_equals_the_walk_done_at_once() {
        let arcs: Vec<(u32, u32, f32)> = [(0, 1), (1, 2), (2, 3), (3, 0), (1, 3)]
            .iter()
            .flat_map(|&(a, b)| [(a, b, 1.0), (b, a, 0.5)])
            .collect();
        let walk = Walk::new(4, &arcs);
        let restart = [0.5, 0.0, 0.5, 0.0];
        let whole = walk.rwr(&restart, 0.3, 50, 1e-9);
        let mut run = walk.start(&restart, 0.3, 50, 1e-9);
        let mut calls = 0;
        while !walk.advance(&mut run, 2) {
            calls += 1;
        }
        assert!(calls > 1, "it took more than one piece");
        assert_eq!(walk.finish(run), whole);
    }

    #[test]
    fn the_order_of_the_sweep_changes_the_path_not_the_result() {
        let arcs: Vec<(u32, u32, f32)> = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (2, 4)]
            .iter()
            .flat_map(|&(a, b)| [(a, b, 1.0), (b, a, 0.25)])
            .collect();
        let restart = [0.0, 0.5, 0.0, 0.0, 0.5];
        let plain = Walk::new(5, &arcs).rwr(&restart, 0.3, 500, 1e-9);
        let reordered = Walk::in_order(5, &arcs, vec![3, 1, 4, 0, 2]).rwr(&restart, 0.3, 500, 1e-9);
        for (a, b) in plain.iter().zip(&reordered) {
            assert!((a - b).abs() < 1e-6, "{plain:?} against {reordered:?}");
        }
        assert!((reordered.iter().sum::<f64>() - 1.0).abs() < 1e-5);
    }
}
