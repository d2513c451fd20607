//! Core events: three scores for every event, combined into one ranking.
//!
//! - **Propagation**: personalized PageRank (random walk with restart) from the seeds
//!   over the whole graph, edges weighted by relation kind, divided by the event's
//!   weighted degree so that generic hubs do not crowd out specific events.
//! - **Enrichment**: seed genes among the genes below the event (true-path rule),
//!   hypergeometric p-value, Benjamini–Hochberg q-value.
//! - **Causal position**: how much of the flow from the seed genes to the ALS phenotypes
//!   and to motor neuron degeneration passes through the event: a forward walk from the
//!   genes times a backward walk from the targets.
//!
//! [`compute`] does the graph work once per seed set, relation weights and evidence
//! level; [`rank`] combines and filters, cheaply, for any score weights.

mod enrich;
pub mod evaluate;
mod explain;
pub mod measures;
pub mod params;
mod prepared;
pub mod steps;
mod walk;

pub use explain::{explain, Explanation, SeedLink};
pub use measures::{flow_share, Measures, Terms};
pub use params::{EvidenceLevel, Params, RelationWeights, Weights, DEFAULT_TOP_N};
pub use prepared::{compute, walk_weight, Prepared, ONTOLOGY_IN_WALK};

use crate::als;
use crate::graph::Graph;
use crate::model::{NodeKind, Themes, THEMES};

/// GO's experimental evidence codes.
pub const EXPERIMENTAL_CODES: [&str; 11] = [
    "EXP", "IDA", "IPI", "IMP", "IGI", "IEP", "HTP", "HDA", "HMP", "HGI", "HEP",
];

/// The node the causal flow aims at besides the ALS phenotypes.
pub const DEGENERATION: &str = "ALSM:motor_neuron_degeneration";

/// Restart probability of the walks (0.5 before the evaluation of docs/SCORING.md; 0.3
/// recovers held-out seed genes better).
pub const RESTART: f64 = 0.3;
const MAX_ITER: usize = 60;
/// L1 change of a sweep at which the walks stop. Against walks run to 1e-10 (600 sweeps),
/// the default top 700 holds the same events; 44 of them, from rank 213 down, trade
/// places with a neighbour one or two ranks away (1e-6 would take about a fifth more
/// sweeps, for 10 such trades).
const TOLERANCE: f64 = 1e-5;

/// Raw scores of every node for one seed set, relation weighting and evidence level.
#[derive(Clone, Debug)]
pub struct Scores {
    pub seeds: Vec<u32>,
    pub seed_genes: Vec<u32>,
    pub targets: Vec<u32>,
    /// Degree-corrected walk probability.
    pub propagation: Vec<f64>,
    /// Genes below each event, and seed genes among them.
    pub genes: Vec<u32>,
    pub seed_genes_below: Vec<u32>,
    /// Genes in at least one set, and seed genes among those.
    pub population: u32,
    pub seed_population: u32,
    pub p_value: Vec<f64>,
    pub q_value: Vec<f64>,
    /// Forward × backward flow, scaled so the largest is 1.
    pub causal: Vec<f64>,
}

/// One row of a ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub node: u32,
    /// Weighted mean of the three percentiles, 0 to 1.
    pub combined: f64,
    /// Share of candidate events with a lower score, 0 to 1.
    pub propagation: f64,
    pub enrichment: f64,
    pub causal: f64,
}

#[derive(Clone, Debug)]
pub struct Ranking {
    /// Rows, best first, at most `top_n`.
    pub rows: Vec<Ranked>,
    /// Events that were ranked (after the kind filter).
    pub candidates: usize,
}

/// The weight of every edge under these parameters: its relation's weight, or 0 when its
/// relation is switched off or its evidence is below the chosen level. Evidence codes are
/// checked once per vocabulary entry, not once per edge.
pub fn edge_weights(g: &Graph, params: &Params) -> Vec<f64> {
    let code_ok: Vec<bool> = g
        .vocab
        .evidence
        .iter()
        .map(|c| params.evidence.admits(c))
        .collect();
    g.edges
        .iter()
        .map(|e| {
            let curated = e.origin == crate::model::Origin::Curated;
            if code_ok[e.evidence as usize] && !(params.public_only && curated) {
                params.relations.get(e.relation)
            } else {
                0.0
            }
        })
        .collect()
}

/// The seeds: the given ids, or the ALS seed set when none are given.
pub fn seeds(g: &Graph, params: &Params) -> Vec<u32> {
    if params.seeds.is_empty() {
        als::als_seeds(g).all().into_iter().collect()
    } else {
        let mut s: Vec<u32> = params.seeds.iter().filter_map(|id| g.find(id)).collect();
        s.sort_unstable();
        s.dedup();
        s
    }
}

fn distribution(n: usize, nodes: &[u32]) -> Vec<f64> {
    let mut d = vec![0.0; n];
    for &s in nodes {
        d[s as usize] = 1.0 / nodes.len() as f64;
    }
    d
}

/// For each candidate, the share of candidates with a strictly lower value.
fn percentiles(candidates: &[u32], value: impl Fn(u32) -> f64) -> Vec<f64> {
    let mut order: Vec<(f64, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(i, &v)| (value(v), i))
        .collect();
    order.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut pct = vec![0.0; candidates.len()];
    let mut start = 0;
    while start < order.len() {
        let mut end = start;
        while end < order.len() && order[end].0 == order[start].0 {
            end += 1;
        }
        for &(_, i) in &order[start..end] {
            pct[i] = start as f64 / candidates.len() as f64;
        }
        start = end;
    }
    pct
}

/// The enrichment strength of an event: −log10 p when at least one seed gene is below
/// it, else 0. The ranking orders by p (the q-values of many events are tied by the
/// Benjamini–Hochberg step, which would not separate them); q says which are significant.
pub fn enrichment_strength(s: &Scores, v: u32) -> f64 {
    if s.seed_genes_below[v as usize] == 0 {
        0.0
    } else {
        let lg = |x: f64| -x.max(1e-300).log10();
        lg(s.q_value[v as usize]) + 1e-3 * lg(s.p_value[v as usize])
    }
}

/// Gene-set size from which an event counts as generic when the ALS genes are not
/// over-represented below it.
pub const GENERIC_GENES: u32 = 50;
/// Nominal p-value under which the ALS genes count as over-represented.
pub const GENERIC_P: f64 = 0.05;

/// The penalty for a generic term: an event with [`GENERIC_GENES`] or more genes below it
/// whose ALS genes are not over-represented (p ≥ [`GENERIC_P`]) keeps half its combined
/// score. Hubs collect walk mass and flow by their size alone ("protein phosphorylation",
/// "signal transduction"); the penalty keeps them behind specific events.
pub fn generic_penalty(s: &Scores, v: u32) -> f64 {
    let v = v as usize;
    if s.genes[v] >= GENERIC_GENES && s.p_value[v] >= GENERIC_P {
        0.5
    } else {
        1.0
    }
}

/// Combines the scores with the weights and applies the filters. `themes` is
/// [`crate::themes::node_themes`] of the graph.
pub fn rank(g: &Graph, s: &Scores, params: &Params, themes: &[Themes]) -> Ranking {
    let theme_bits = params
        .themes
        .iter()
        .filter_map(|t| THEMES.iter().position(|x| x == t))
        .fold(0u16, |bits, i| bits | (1 << i));
    let candidates: Vec<u32> = (0..g.node_count() as u32)
        .filter(|&v| params.kinds.contains(&g.kinds[v as usize]))
        .filter(|&v| !(params.public_only && g.kinds[v as usize] == NodeKind::Mechanism))
        .collect();
    let prop = percentiles(&candidates, |v| s.propagation[v as usize]);
    // Enrichment: a percentile among the events with a seed gene below (the others, most
    // of the graph, count 0), so that weak and strong enrichment stay apart.
    let supported: Vec<u32> = candidates
        .iter()
        .copied()
        .filter(|&v| s.seed_genes_below[v as usize] > 0)
        .collect();
    let mut enr_of = vec![0.0; g.node_count()];
    for (&v, p) in supported
        .iter()
        .zip(percentiles(&supported, |v| enrichment_strength(s, v)))
    {
        enr_of[v as usize] = p;
    }
    let enr: Vec<f64> = candidates.iter().map(|&v| enr_of[v as usize]).collect();
    let cau = percentiles(&candidates, |v| s.causal[v as usize]);
    let w = params.weights;
    let (wp, we, wc) = (
        w.propagation.max(0.0),
        w.enrichment.max(0.0),
        w.causal.max(0.0),
    );
    let mut rows: Vec<Ranked> = candidates
        .iter()
        .enumerate()
        .map(|(i, &node)| {
            // An event with no seed gene below it has no enrichment: it counts as zero
            // (leaving it out let terms without any human gene rank on propagation alone).
            let total = (wp + we + wc).max(f64::MIN_POSITIVE);
            let mean = (wp * prop[i] + we * enr[i] + wc * cau[i]) / total;
            (i, node, mean * generic_penalty(s, node))
        })
        .map(|(i, node, combined)| Ranked {
            node,
            combined,
            propagation: prop[i],
            enrichment: enr[i],
            causal: cau[i],
        })
        .filter(|r| {
            theme_bits == 0
                || themes
                    .get(r.node as usize)
                    .is_some_and(|t| t.0 & theme_bits != 0)
        })
        .filter(|r| r.combined >= params.min_score)
        .collect();
    // Best first; equal scores in id order, so every run gives the same list.
    rows.sort_by(|a, b| {
        b.combined
            .total_cmp(&a.combined)
            .then_with(|| g.ids[a.node as usize].cmp(&g.ids[b.node as usize]))
    });
    rows.truncate(params.top_n);
    Ranking {
        rows,
        candidates: candidates.len(),
    }
}

/// Scores and ranks in one call.
pub fn core_events(g: &Graph, params: &Params) -> (Scores, Ranking) {
    let scores = compute(g, params);
    let themes = crate::themes::node_themes(g);
    let ranking = rank(g, &scores, params, &themes);
    (scores, ranking)
}

/// A ranking as stored in a core snapshot (ids instead of node indices), with each
/// event's measures in their own terms (`scores` are the ones it was ranked with).
pub fn record(
    g: &Graph,
    scores: &Scores,
    ranking: &Ranking,
    params: &Params,
) -> crate::format::CoreEvents {
    let millionths = |x: f64| (x.clamp(0.0, 1.0) * 1e6).round() as u32;
    let column =
        |f: &dyn Fn(&Ranked) -> f64| ranking.rows.iter().map(|r| millionths(f(r))).collect();
    let terms = Terms::new(scores, ranking);
    let measures: Vec<Measures> = ranking
        .rows
        .iter()
        .map(|r| terms.of(scores, r.node))
        .collect();
    // About four significant digits (the table shows two): the low bits of the
    // mantissa are cleared so that the section compresses. p and q are kept as −log10
    // in full single precision (a rounded logarithm would move a tiny p by percents),
    // so "significant" (q ≤ 0.05) is decided as on the live ranking.
    let short = |x: f64| f32::from_bits((x as f32).to_bits() & !0x7ff);
    let neg_log10 = |x: f64| -(x.max(1e-300).log10());
    crate::format::CoreEvents {
        params: serde_json::to_string(params).unwrap_or_default(),
        candidates: ranking.candidates as u32,
        ids: ranking
            .rows
            .iter()
            .map(|r| g.ids[r.node as usize].clone())
            .collect(),
        combined: column(&|r| r.combined),
        propagation: column(&|r| r.propagation),
        enrichment: column(&|r| r.enrichment),
        causal: column(&|r| r.causal),
        measures: Some(crate::format::CoreMeasures {
            propagation_vs_top: measures
                .iter()
                .map(|m| short(m.propagation_vs_top))
                .collect(),
            seed_genes_below: measures.iter().map(|m| m.seed_genes_below).collect(),
            genes: measures.iter().map(|m| m.genes).collect(),
            neg_log10_p: measures
                .iter()
                .map(|m| neg_log10(m.p_value) as f32)
                .collect(),
            neg_log10_q: measures
                .iter()
                .map(|m| neg_log10(m.q_value) as f32)
                .collect(),
            flow_share: measures.iter().map(|m| short(m.flow_share)).collect(),
        }),
    }
}

/// The measures of the `i`-th stored event, as [`Terms::of`] gave them when it was
/// recorded (to about four significant digits).
pub fn stored_measures(m: &crate::format::CoreMeasures, i: usize) -> Option<Measures> {
    let ten_to = |x: f32| 10f64.powf(-f64::from(x));
    Some(Measures {
        propagation_vs_top: f64::from(*m.propagation_vs_top.get(i)?),
        seed_genes_below: *m.seed_genes_below.get(i)?,
        genes: *m.genes.get(i)?,
        p_value: ten_to(*m.neg_log10_p.get(i)?),
        q_value: ten_to(*m.neg_log10_q.get(i)?),
        flow_share: f64::from(*m.flow_share.get(i)?),
    })
}
