//! What the graph view shows, pure and tested natively: the scene a choice in the address
//! gives ([`crate::route::graph_query`]): the events, most important first, and the edges
//! between them.

pub use crate::route::graph_query::{Focus, GraphQuery};
use mechgraph::{Graph, Relation, Sign};
use std::collections::HashMap;

/// The most events one picture holds (the 2,000; beyond that nobody reads it).
pub const MAX_NODES: usize = 2000;
/// An event's neighbourhood: its neighbours, and their neighbours while the picture has
/// fewer than this many events.
const NEIGHBOURHOOD: usize = 150;

/// How an edge is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EdgeClass {
    /// is_a, part_of: the ontology's hierarchy.
    Hierarchy,
    Promotes,
    Inhibits,
    /// Annotations and unsigned regulation.
    Other,
}

impl EdgeClass {
    pub const ALL: [EdgeClass; 4] = [
        EdgeClass::Promotes,
        EdgeClass::Inhibits,
        EdgeClass::Other,
        EdgeClass::Hierarchy,
    ];

    fn of(relation: Relation, sign: Sign) -> EdgeClass {
        match (sign, relation.is_hierarchy()) {
            (Sign::Promotes, _) => EdgeClass::Promotes,
            (Sign::Inhibits, _) => EdgeClass::Inhibits,
            (_, true) => EdgeClass::Hierarchy,
            _ => EdgeClass::Other,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Graph node indices, most important first.
    pub nodes: Vec<u32>,
    /// Edges as (scene index, scene index, class); one per linked pair.
    pub edges: Vec<(u32, u32, EdgeClass)>,
    /// The events the focus is about: the chapter's, or the event itself.
    pub marked: Vec<bool>,
    /// How many events matched before the picture was capped at [`MAX_NODES`].
    pub available: usize,
}

impl Scene {
    /// The scene index of the event `id`.
    pub fn position(&self, g: &Graph, id: &str) -> Option<usize> {
        let v = g.find(id)?;
        self.nodes.iter().position(|&n| n == v)
    }

    /// For every scene index, the scene indices linked to it, in order.
    pub fn adjacency(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.nodes.len()];
        for &(a, b, _) in &self.edges {
            out[a as usize].push(b as usize);
            out[b as usize].push(a as usize);
        }
        for list in &mut out {
            list.sort_unstable();
            list.dedup();
        }
        out
    }

    /// The scene indices linked to scene index `i`.
    pub fn neighbours(&self, i: usize) -> Vec<usize> {
        self.adjacency().swap_remove(i)
    }
}

fn degree(g: &Graph, v: u32) -> usize {
    g.out_degree(v) + g.in_degree(v)
}

/// The scene for `focus` in `g`. `core_ids` is the stored core-event ranking,
/// `chapter_nodes` the ids the story chapter names, `themes` the themes of every node
/// (needed for a theme only).
pub fn build(
    g: &Graph,
    focus: &Focus,
    core_ids: &[String],
    chapter_nodes: &[String],
    themes: impl FnOnce() -> Vec<mechgraph::model::Themes>,
) -> Scene {
    let by_degree = |mut v: Vec<u32>| {
        v.sort_by_key(|&n| (std::cmp::Reverse(degree(g, n)), n));
        v
    };
    let (list, marked_count) = match focus {
        Focus::Core => (
            core_ids
                .iter()
                .filter_map(|id| g.find(id))
                .collect::<Vec<_>>(),
            0,
        ),
        Focus::Theme(t) => {
            let themes = themes();
            let v = (0..g.node_count() as u32)
                .filter(|&n| themes[n as usize].contains(t))
                .collect();
            (by_degree(v), 0)
        }
        Focus::Chapter(_) => {
            let mut own: Vec<u32> = chapter_nodes.iter().filter_map(|id| g.find(id)).collect();
            own.dedup();
            let mut near: Vec<u32> = own
                .iter()
                .flat_map(|&v| g.successors(v).chain(g.predecessors(v)))
                .filter(|n| !own.contains(n))
                .collect();
            near.sort_unstable();
            near.dedup();
            let n = own.len();
            own.extend(by_degree(near));
            (own, n)
        }
        Focus::Event(id) => match g.find(id) {
            None => (Vec::new(), 0),
            Some(v) => (neighbourhood(g, v), 1),
        },
    };
    let available = list.len();
    let nodes: Vec<u32> = list.into_iter().take(MAX_NODES).collect();
    let at: HashMap<u32, u32> = nodes
        .iter()
        .enumerate()
        .map(|(i, &v)| (v, i as u32))
        .collect();
    let mut edges = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, &v) in nodes.iter().enumerate() {
        for e in g.out_edges(v).map(|e| g.edge(e)) {
            if let Some(&j) = at.get(&e.target) {
                let pair = (i as u32).min(j)..(i as u32).max(j);
                if j != i as u32 && seen.insert((pair.start, pair.end)) {
                    edges.push((i as u32, j, EdgeClass::of(e.relation, e.sign)));
                }
            }
        }
    }
    let marked = (0..nodes.len()).map(|i| i < marked_count).collect();
    Scene {
        nodes,
        edges,
        marked,
        available,
    }
}

/// The event, its neighbours (most linked first), then theirs while small.
fn neighbourhood(g: &Graph, v: u32) -> Vec<u32> {
    let near = |v: u32| {
        let mut n: Vec<u32> = g
            .successors(v)
            .chain(g.predecessors(v))
            .filter(|&n| n != v)
            .collect();
        n.sort_unstable();
        n.dedup();
        n.sort_by_key(|&n| (std::cmp::Reverse(degree(g, n)), n));
        n
    };
    let mut out = vec![v];
    let first = near(v);
    out.extend(&first);
    for n in first {
        if out.len() >= NEIGHBOURHOOD {
            break;
        }
        for m in near(n) {
            if out.len() >= NEIGHBOURHOOD {
                break;
            }
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use mechgraph::builder::{EdgeDraft, GraphBuilder};
    use mechgraph::{NodeKind, Origin};

    /// A hub H with leaves L0..L9; L0 -> X (causes, promotes), X -| Y (causes, inhibits).
    fn graph() -> Graph {
        let mut b = GraphBuilder::new();
        b.node("H", NodeKind::Process, "hub").unwrap();
        for i in 0..10 {
            let id = format!("L{i}");
            b.node(&id, NodeKind::Process, &id).unwrap();
            b.edge(EdgeDraft::new(
                &id,
                "H",
                Relation::IsA,
                Origin::GeneOntology,
            ));
        }
        b.node("X", NodeKind::Mechanism, "x").unwrap();
        b.node("Y", NodeKind::Mechanism, "y").unwrap();
        let mut e = EdgeDraft::new("L0", "X", Relation::Causes, Origin::Curated);
        e.sign = Sign::Promotes;
        b.edge(e);
        let mut e = EdgeDraft::new("X", "Y", Relation::Causes, Origin::Curated);
        e.sign = Sign::Inhibits;
        b.edge(e);
        b.build().unwrap()
    }

    fn no_themes() -> Vec<mechgraph::model::Themes> {
        panic!("themes are only computed for a theme")
    }

    #[test]
    fn core_keeps_the_ranking_order_and_the_edges_between() {
        let g = graph();
        let ids: Vec<String> = ["X", "L0", "Y", "missing"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let s = build(&g, &Focus::Core, &ids, &[], no_themes);
        assert_eq!(
            s.nodes,
            vec![
                g.find("X").unwrap(),
                g.find("L0").unwrap(),
                g.find("Y").unwrap()
            ]
        );
        assert_eq!(s.available, 3);
        let mut classes: Vec<_> = s.edges.iter().map(|e| e.2).collect();
        classes.sort_by_key(|c| *c as u8);
        assert_eq!(classes, vec![EdgeClass::Promotes, EdgeClass::Inhibits]);
        assert_eq!(s.neighbours(0), vec![1, 2]);
        assert!(s.marked.iter().all(|m| !m));
    }

    #[test]
    fn a_chapter_marks_its_own_events_and_adds_their_neighbours() {
        let g = graph();
        let s = build(
            &g,
            &Focus::Chapter(1),
            &[],
            &["X".into(), "unknown".into()],
            no_themes,
        );
        assert_eq!(s.nodes[0], g.find("X").unwrap());
        assert_eq!(s.marked, vec![true, false, false]);
        assert_eq!(s.nodes.len(), 3); // X, L0, Y
    }

    #[test]
    fn an_event_brings_its_neighbourhood_most_linked_first() {
        let g = graph();
        let s = build(&g, &Focus::Event("L0".into()), &[], &[], no_themes);
        assert_eq!(s.nodes[0], g.find("L0").unwrap());
        assert_eq!(s.nodes[1], g.find("H").unwrap()); // degree 10 beats X's 2
        assert_eq!(s.nodes.len(), 13); // and the second ring: every other leaf and Y
        assert_eq!(s.marked.iter().filter(|m| **m).count(), 1);
        assert_eq!(
            s.position(&g, "Y"),
            s.nodes.iter().position(|&n| n == g.find("Y").unwrap())
        );
        assert!(build(&g, &Focus::Event("nope".into()), &[], &[], no_themes)
            .nodes
            .is_empty());
    }

    #[test]
    fn a_theme_is_capped_with_the_count_kept() {
        let g = graph();
        let all = || vec![mechgraph::model::Themes::parse_list("rna").unwrap(); 13];
        let s = build(&g, &Focus::Theme("rna".into()), &[], &[], all);
        assert_eq!(s.available, 13);
        assert_eq!(s.nodes[0], g.find("H").unwrap());
        // Every pair linked once, whatever the direction stored.
        assert_eq!(s.edges.len(), 12);
    }
}
