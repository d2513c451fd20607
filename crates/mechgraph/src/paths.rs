//! Causal paths: the k best paths from one node to another, following edges in their
//! direction, each with its sign (promotes or inhibits, from the signs along the way)
//! and every hop's edge (and so its evidence and references). Yen's algorithm over
//! Dijkstra; a hop costs the inverse of its relation's weight, so curated causal links
//! and annotations are preferred to long walks through the ontology.

use crate::graph::Graph;
use crate::model::Sign;
use crate::score::Params;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

/// Paths longer than this are not searched.
pub const MAX_HOPS: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub nodes: Vec<u32>,
    /// The edge used for each hop (`edges[i]` joins `nodes[i]` and `nodes[i + 1]`).
    pub edges: Vec<u32>,
    /// Sum of hop costs, in thousandths.
    pub cost: u64,
    pub sign: Sign,
}

/// The net sign of a chain of edges: each `inhibits` flips it; unsigned edges pass it on.
pub fn chain_sign(g: &Graph, edges: &[u32]) -> Sign {
    let mut signed = false;
    let mut negative = false;
    for &e in edges {
        match g.edge(e).sign {
            Sign::Promotes => signed = true,
            Sign::Inhibits => {
                signed = true;
                negative = !negative;
            }
            Sign::Unsigned => {}
        }
    }
    match (signed, negative) {
        (false, _) => Sign::Unsigned,
        (true, false) => Sign::Promotes,
        (true, true) => Sign::Inhibits,
    }
}

struct Search<'a> {
    g: &'a Graph,
    /// Cost of each edge in thousandths; `None` when the edge is not admitted.
    cost: Vec<Option<u64>>,
    dist: Vec<u64>,
    via: Vec<u32>,
    hops: Vec<u8>,
    seen: Vec<u32>,
    round: u32,
}

impl<'a> Search<'a> {
    fn new(g: &'a Graph, params: &Params) -> Search<'a> {
        let cost = crate::score::edge_weights(g, params)
            .into_iter()
            .map(|w| (w > 0.0).then(|| (1000.0 / w).round() as u64))
            .collect();
        let n = g.node_count();
        Search {
            g,
            cost,
            dist: vec![0; n],
            via: vec![u32::MAX; n],
            hops: vec![0; n],
            seen: vec![0; n],
            round: 0,
        }
    }

    /// Cheapest path avoiding banned nodes and banned (from, to) steps.
    fn dijkstra(
        &mut self,
        from: u32,
        to: u32,
        banned_nodes: &HashSet<u32>,
        banned_steps: &HashSet<(u32, u32)>,
    ) -> Option<Path> {
        self.round += 1;
        let round = self.round;
        let mut heap = BinaryHeap::new();
        self.seen[from as usize] = round;
        self.dist[from as usize] = 0;
        self.hops[from as usize] = 0;
        heap.push(Reverse((0u64, from)));
        while let Some(Reverse((d, v))) = heap.pop() {
            if d > self.dist[v as usize] {
                continue;
            }
            if v == to {
                break;
            }
            if self.hops[v as usize] as usize >= MAX_HOPS {
                continue;
            }
            for e in self.g.out_edges(v) {
                let Some(c) = self.cost[e as usize] else {
                    continue;
                };
                let t = self.g.edge(e).target;
                if banned_nodes.contains(&t) || banned_steps.contains(&(v, t)) {
                    continue;
                }
                let nd = d + c;
                let better = self.seen[t as usize] != round || nd < self.dist[t as usize];
                if better {
                    self.seen[t as usize] = round;
                    self.dist[t as usize] = nd;
                    self.via[t as usize] = e;
                    self.hops[t as usize] = self.hops[v as usize] + 1;
                    heap.push(Reverse((nd, t)));
                }
            }
        }
        if self.seen[to as usize] != round {
            return None;
        }
        let mut edges = Vec::new();
        let mut at = to;
        while at != from {
            let e = self.via[at as usize];
            edges.push(e);
            at = self.g.edge(e).source;
        }
        edges.reverse();
        Some(self.path_of(from, edges))
    }

    fn path_of(&self, from: u32, edges: Vec<u32>) -> Path {
        let mut nodes = vec![from];
        nodes.extend(edges.iter().map(|&e| self.g.edge(e).target));
        let cost = edges.iter().filter_map(|&e| self.cost[e as usize]).sum();
        let sign = chain_sign(self.g, &edges);
        Path {
            nodes,
            edges,
            cost,
            sign,
        }
    }
}

/// Up to `k` best paths from `from` to `to`, cheapest first (ties by node ids), with no
/// node repeated. `sign` keeps only paths of that net sign (they are searched among the
/// `4 k` best).
pub fn best_paths(
    g: &Graph,
    params: &Params,
    from: u32,
    to: u32,
    k: usize,
    sign: Option<Sign>,
) -> Vec<Path> {
    let n = g.node_count() as u32;
    if from >= n || to >= n || from == to || k == 0 {
        return Vec::new();
    }
    let want = if sign.is_some() { k * 4 } else { k };
    let mut search = Search::new(g, params);
    let none = HashSet::new();
    let Some(first) = search.dijkstra(from, to, &none, &HashSet::new()) else {
        return Vec::new();
    };
    let mut found = vec![first];
    let mut candidates: Vec<Path> = Vec::new();
    while found.len() < want {
        let last = found[found.len() - 1].clone();
        for i in 0..last.nodes.len() - 1 {
            let spur = last.nodes[i];
            let root = &last.nodes[..=i];
            let banned_steps: HashSet<(u32, u32)> = found
                .iter()
                .filter(|p| p.nodes.len() > i + 1 && &p.nodes[..=i] == root)
                .map(|p| (p.nodes[i], p.nodes[i + 1]))
                .collect();
            let banned_nodes: HashSet<u32> = root[..i].iter().copied().collect();
            if let Some(spur_path) = search.dijkstra(spur, to, &banned_nodes, &banned_steps) {
                let mut edges = last.edges[..i].to_vec();
                edges.extend(spur_path.edges);
                let candidate = search.path_of(from, edges);
                let repeated = candidates
                    .iter()
                    .chain(&found)
                    .any(|p| p.nodes == candidate.nodes);
                if !repeated && candidate.edges.len() <= MAX_HOPS {
                    candidates.push(candidate);
                }
            }
        }
        if candidates.is_empty() {
            break;
        }
        candidates.sort_by(|a, b| a.cost.cmp(&b.cost).then_with(|| a.nodes.cmp(&b.nodes)));
        found.push(candidates.remove(0));
    }
    found.retain(|p| sign.is_none_or(|s| p.sign == s));
    found.truncate(k);
    found
}
