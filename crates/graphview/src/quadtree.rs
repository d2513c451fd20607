//! The Barnes–Hut quadtree: each cell knows how many points it holds and their centre
//! of mass, so a far-away cell pushes as one body.

/// No child in that quadrant.
const NONE: u32 = u32::MAX;
/// Below this depth points that (nearly) coincide share a leaf and are summed exactly.
const MAX_DEPTH: u32 = 24;

struct Cell {
    /// Centre of mass and number of points.
    mass_x: f32,
    mass_y: f32,
    mass: f32,
    /// Half the side of the square.
    half: f32,
    children: [u32; 4],
    /// Leaves: their points are `order[start..start + len]`.
    start: u32,
    len: u32,
}

pub struct QuadTree {
    cells: Vec<Cell>,
    order: Vec<u32>,
}

impl QuadTree {
    pub fn build(pos: &[[f32; 2]]) -> QuadTree {
        let b = crate::Bounds::of(pos);
        let half = (b.width().max(b.height()) / 2.0).max(1e-3) * 1.0001;
        let [cx, cy] = b.centre();
        let mut tree = QuadTree {
            cells: Vec::with_capacity(pos.len() * 2),
            order: (0..pos.len() as u32).collect(),
        };
        if !pos.is_empty() {
            tree.split(pos, 0, pos.len(), cx, cy, half, 0);
        }
        tree
    }

    /// Builds the cell for `order[start..end]`, a square of half side `half` round
    /// (cx, cy); returns its index.
    #[allow(clippy::too_many_arguments)]
    fn split(
        &mut self,
        pos: &[[f32; 2]],
        start: usize,
        end: usize,
        cx: f32,
        cy: f32,
        half: f32,
        depth: u32,
    ) -> u32 {
        let me = self.cells.len() as u32;
        let (mut sx, mut sy) = (0.0f32, 0.0f32);
        for &i in &self.order[start..end] {
            sx += pos[i as usize][0];
            sy += pos[i as usize][1];
        }
        let n = (end - start) as f32;
        self.cells.push(Cell {
            mass_x: sx / n,
            mass_y: sy / n,
            mass: n,
            half,
            children: [NONE; 4],
            start: start as u32,
            len: (end - start) as u32,
        });
        if end - start <= 1 || depth >= MAX_DEPTH {
            return me;
        }
        // Partition into the four quadrants: west/east, then north/south in each half.
        let slice = &mut self.order[start..end];
        let mid_x = partition(slice, |i| pos[i as usize][0] < cx);
        let mid_w = partition(&mut slice[..mid_x], |i| pos[i as usize][1] < cy);
        let mid_e = partition(&mut slice[mid_x..], |i| pos[i as usize][1] < cy);
        let ranges = [
            (start, start + mid_w, -1.0, -1.0),
            (start + mid_w, start + mid_x, -1.0, 1.0),
            (start + mid_x, start + mid_x + mid_e, 1.0, -1.0),
            (start + mid_x + mid_e, end, 1.0, 1.0),
        ];
        let q = half / 2.0;
        for (k, (s, e, dx, dy)) in ranges.into_iter().enumerate() {
            if s < e {
                let child = self.split(pos, s, e, cx + dx * q, cy + dy * q, q, depth + 1);
                self.cells[me as usize].children[k] = child;
            }
        }
        self.cells[me as usize].len = 0;
        me
    }

    /// Adds to `force` the repulsion on the point `i` from every other point:
    /// `strength · mass / distance` along the line between them. Cells seen under an
    /// angle below `theta` count as one body. `stack` is scratch space, reused.
    pub fn repel(
        &self,
        pos: &[[f32; 2]],
        i: u32,
        strength: f32,
        theta: f32,
        stack: &mut Vec<u32>,
        force: &mut [f32; 2],
    ) {
        if self.cells.is_empty() {
            return;
        }
        stack.clear();
        stack.push(0);
        while let Some(c) = stack.pop() {
            let cell = &self.cells[c as usize];
            if cell.len > 0 {
                for &j in &self.order[cell.start as usize..(cell.start + cell.len) as usize] {
                    if j != i {
                        push(pos[i as usize], i, j, pos[j as usize], strength, 1.0, force);
                    }
                }
                continue;
            }
            let p = pos[i as usize];
            let dx = p[0] - cell.mass_x;
            let dy = p[1] - cell.mass_y;
            let d2 = dx * dx + dy * dy;
            let side = cell.half * 2.0;
            if side * side < theta * theta * d2 {
                push(
                    p,
                    i,
                    c,
                    [cell.mass_x, cell.mass_y],
                    strength,
                    cell.mass,
                    force,
                );
            } else {
                stack.extend(cell.children.iter().copied().filter(|&k| k != NONE));
            }
        }
    }
}

/// One push on the point `i` at `p` from a body of `mass` at `from` (the body `j`).
fn push(
    p: [f32; 2],
    i: u32,
    j: u32,
    from: [f32; 2],
    strength: f32,
    mass: f32,
    force: &mut [f32; 2],
) {
    let mut dx = p[0] - from[0];
    let mut dy = p[1] - from[1];
    let mut d2 = dx * dx + dy * dy;
    if d2 < 1e-6 {
        // Two points on top of each other: part them in a direction fixed by their
        // indices, so the result never depends on chance.
        let a = (i.wrapping_mul(2_654_435_761) ^ j) as f32 * 0.618_034;
        dx = a.cos() * 1e-2;
        dy = a.sin() * 1e-2;
        d2 = 1e-4;
    }
    let f = strength * mass / d2;
    force[0] += dx * f;
    force[1] += dy * f;
}

fn partition(slice: &mut [u32], pred: impl Fn(u32) -> bool) -> usize {
    let mut first = 0;
    for k in 0..slice.len() {
        if pred(slice[k]) {
            slice.swap(first, k);
            first += 1;
        }
    }
    first
}
