//! Combining the three scores into a ranking under any score weights and filters,
//! cheaply; storing a ranking with its measures in a core snapshot, and reading them back.

use super::measures::{Measures, Terms};
use super::params::Params;
use super::scores::{Ranked, Ranking, Scores};
use super::steps::compute;
use crate::graph::Graph;
use crate::model::{NodeKind, Themes, THEMES};

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
