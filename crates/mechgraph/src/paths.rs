//! Causal paths: the k best paths from one event to another under the rule of
//! [`rule`] (which steps may be taken, what each costs), each with its sign (promotes or
//! inhibits, from the signs along the way) and every step's edge (and so its evidence
//! and references). Yen's algorithm over Dijkstra; the paths differ from each other in
//! at least one event along the way, and come cheapest first, then shortest, then by
//! the events' ids. When no path exists, [`explain`] says why and which nearby events
//! do connect. The command line and the browser both call [`find`].

pub mod explain;
pub mod rule;

use crate::graph::Graph;
use crate::model::Sign;
use crate::score::Params;
use rule::Rule;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

/// Paths longer than this are not searched.
pub const MAX_HOPS: usize = 10;

/// How many paths the page and the command line list.
pub const DEFAULT_K: usize = 5;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub nodes: Vec<u32>,
    /// The edge used for each hop (`edges[i]` joins `nodes[i]` and `nodes[i + 1]`, in
    /// either direction: see [`rule::is_reversed`]).
    pub edges: Vec<u32>,
    /// Sum of hop costs, in thousandths.
    pub cost: u64,
    pub sign: Sign,
}

impl Path {
    /// The ranking key: cost, then fewer hops, then the events' ids (node indices follow
    /// the ids' order).
    fn key(&self) -> (u64, usize, &[u32]) {
        (self.cost, self.edges.len(), &self.nodes)
    }
}

/// What a search found: paths, or why there are none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Paths(Vec<Path>),
    None(explain::NoPath),
}

/// The `k` best paths from `from` to `to` (of net sign `sign` when given), or the reason
/// there is none with nearby events that do connect. The one function behind the page
/// and the command line.
pub fn find(
    g: &Graph,
    params: &Params,
    from: u32,
    to: u32,
    k: usize,
    sign: Option<Sign>,
) -> Outcome {
    let found = best_paths(g, params, from, to, k, sign);
    if !found.is_empty() {
        return Outcome::Paths(found);
    }
    let mut why = explain::no_path(g, params, from, to);
    if sign.is_some()
        && why.reason == explain::Reason::TooLong
        && !best_paths(g, params, from, to, 1, None).is_empty()
    {
        why.reason = explain::Reason::NoneOfThatSign;
    }
    Outcome::None(why)
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
    rule: Rule<'a>,
    dist: Vec<u64>,
    /// The edge and the event each event was reached by.
    via: Vec<(u32, u32)>,
    hops: Vec<u8>,
    seen: Vec<u32>,
    round: u32,
}

impl<'a> Search<'a> {
    fn new(g: &'a Graph, params: &Params) -> Search<'a> {
        let n = g.node_count();
        Search {
            rule: Rule::new(g, params),
            dist: vec![0; n],
            via: vec![(u32::MAX, u32::MAX); n],
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
            for step in self.rule.steps_from(v) {
                let t = step.to;
                if banned_nodes.contains(&t) || banned_steps.contains(&(v, t)) {
                    continue;
                }
                let nd = d + step.cost;
                let better = self.seen[t as usize] != round || nd < self.dist[t as usize];
                if better {
                    self.seen[t as usize] = round;
                    self.dist[t as usize] = nd;
                    self.via[t as usize] = (step.edge, v);
                    self.hops[t as usize] = self.hops[v as usize] + 1;
                    heap.push(Reverse((nd, t)));
                }
            }
        }
        if self.seen[to as usize] != round {
            return None;
        }
        let mut nodes = vec![to];
        let mut edges = Vec::new();
        let mut at = to;
        while at != from {
            let (e, prev) = self.via[at as usize];
            edges.push(e);
            nodes.push(prev);
            at = prev;
        }
        edges.reverse();
        nodes.reverse();
        Some(self.path_of(nodes, edges))
    }

    fn path_of(&self, nodes: Vec<u32>, edges: Vec<u32>) -> Path {
        let cost = edges
            .iter()
            .zip(&nodes)
            .filter_map(|(&e, &v)| self.rule.step_cost(e, v))
            .sum();
        let sign = chain_sign(self.rule.graph(), &edges);
        Path {
            nodes,
            edges,
            cost,
            sign,
        }
    }
}

/// Up to `k` best paths from `from` to `to` — cheapest first, then fewer hops, then by
/// the events' ids — with no event repeated, each differing from the others in at least
/// one event. `sign` keeps only paths of that net sign (they are searched among the
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
    // Yen's algorithm gives paths in order of cost; the paths that tie with the last one
    // wanted are all taken (up to a bound), so that the tie rule, not the search order,
    // decides which are kept.
    let limit = want + 4 * k.max(5);
    while found.len() < limit {
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
                let mut nodes = last.nodes[..i].to_vec();
                nodes.extend(spur_path.nodes);
                let mut edges = last.edges[..i].to_vec();
                edges.extend(spur_path.edges);
                let candidate = search.path_of(nodes, edges);
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
        candidates.sort_by(|a, b| a.key().cmp(&b.key()));
        if found.len() >= want && candidates[0].cost > found[want - 1].cost {
            break;
        }
        found.push(candidates.remove(0));
    }
    found.sort_by(|a, b| a.key().cmp(&b.key()));
    found.retain(|p| sign.is_none_or(|s| p.sign == s));
    found.truncate(k);
    found
}
