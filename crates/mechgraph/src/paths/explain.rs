//! When two events do not connect: why, in terms a reader can act on, and the nearest
//! events that do connect — in place of the start (events next to it from which the end
//! can be reached, such as the curated mechanism linked to a GO process) and in place of
//! the end (events next to it that the start reaches).

use super::rule::{Rule, Step};
use crate::graph::Graph;
use crate::model::NodeKind;
use crate::score::Params;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

/// How many events are offered in place of each end.
pub const SUGGESTIONS: usize = 3;

/// How far (in links, either direction) suggestions are looked for.
pub const NEAR: u8 = 2;

/// Why there is no path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The start and the end are the same event.
    Same,
    /// No step leaves the start (under the rule and the evidence setting).
    StartHasNoStep,
    /// No step leads into the end.
    EndHasNoStep,
    /// The start reaches `reached` other events, none of which leads to the end.
    NotReachable { reached: usize },
    /// The end is reached only in more than [`super::MAX_HOPS`] steps.
    TooLong,
    /// Paths exist, but none of the net sign asked for.
    NoneOfThatSign,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoPath {
    pub reason: Reason,
    /// Events near the start from which the end can be reached, nearest first.
    pub instead_of_start: Vec<u32>,
    /// Events near the end that the start reaches, nearest first.
    pub instead_of_end: Vec<u32>,
}

/// The cheapest cost from `start` to every event it reaches by the rule's steps
/// (`forward`), or from every event that reaches `start` (backward); `None` where there
/// is no way, with no limit on the number of steps.
fn reach(rule: &Rule, start: u32, forward: bool) -> Vec<Option<u64>> {
    let n = rule.graph().node_count();
    let mut dist: Vec<Option<u64>> = vec![None; n];
    let mut heap = BinaryHeap::from([Reverse((0u64, start))]);
    dist[start as usize] = Some(0);
    while let Some(Reverse((d, v))) = heap.pop() {
        if dist[v as usize].is_some_and(|best| d > best) {
            continue;
        }
        let mut relax = |s: Step| {
            let nd = d + s.cost;
            if dist[s.to as usize].is_none_or(|best| nd < best) {
                dist[s.to as usize] = Some(nd);
                heap.push(Reverse((nd, s.to)));
            }
        };
        if forward {
            rule.steps_from(v).for_each(&mut relax);
        } else {
            rule.steps_into(v).for_each(&mut relax);
        }
    }
    dist
}

/// Which kinds are offered first: a curated mechanism, then a process, a phenotype, a
/// disease, a gene.
fn kind_order(k: NodeKind) -> u8 {
    match k {
        NodeKind::Mechanism => 0,
        NodeKind::Process => 1,
        NodeKind::Phenotype => 2,
        NodeKind::Disease => 3,
        NodeKind::Gene => 4,
    }
}

/// Up to [`SUGGESTIONS`] events within [`NEAR`] links of `around` (following links of
/// any kind in either direction) that connect (a cost in `cost`): nearest first, then by
/// kind (see [`kind_order`]), then by the cheapest connection, then by id; `skip` is
/// never offered.
fn nearest(g: &Graph, around: u32, skip: u32, cost: &[Option<u64>]) -> Vec<u32> {
    let mut dist = std::collections::HashMap::new();
    dist.insert(around, 0u8);
    let mut queue = VecDeque::from([around]);
    let mut hits: Vec<(u8, u8, u64, u32)> = Vec::new();
    while let Some(v) = queue.pop_front() {
        let d = dist[&v];
        // Once enough are found, a farther ring is not needed.
        if d >= NEAR || (hits.len() >= SUGGESTIONS && hits.iter().all(|h| h.0 <= d)) {
            continue;
        }
        for t in g.successors(v).chain(g.predecessors(v)) {
            if dist.contains_key(&t) {
                continue;
            }
            dist.insert(t, d + 1);
            if let Some(c) = cost[t as usize].filter(|_| t != skip) {
                hits.push((d + 1, kind_order(g.kinds[t as usize]), c, t));
            }
            queue.push_back(t);
        }
    }
    hits.sort_unstable();
    hits.into_iter()
        .take(SUGGESTIONS)
        .map(|(_, _, _, t)| t)
        .collect()
}

/// Why `from` does not lead to `to`, and the nearest events that do connect.
pub fn no_path(g: &Graph, params: &Params, from: u32, to: u32) -> NoPath {
    let rule = Rule::new(g, params);
    let n = g.node_count() as u32;
    if from >= n || to >= n {
        return NoPath {
            reason: Reason::NotReachable { reached: 0 },
            instead_of_start: Vec::new(),
            instead_of_end: Vec::new(),
        };
    }
    let forward = reach(&rule, from, true);
    let backward = reach(&rule, to, false);
    let reason = if from == to {
        Reason::Same
    } else if forward[to as usize].is_some() {
        Reason::TooLong
    } else if rule.steps_from(from).next().is_none() {
        Reason::StartHasNoStep
    } else if rule.steps_into(to).next().is_none() {
        Reason::EndHasNoStep
    } else {
        Reason::NotReachable {
            reached: forward.iter().filter(|r| r.is_some()).count() - 1,
        }
    };
    NoPath {
        reason,
        instead_of_start: nearest(g, from, to, &backward),
        instead_of_end: nearest(g, to, from, &forward),
    }
}
