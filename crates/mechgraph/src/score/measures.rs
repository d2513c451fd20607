//! Each event's three measures in their own terms, for reading rather than ranking:
//! propagation as a multiple of the top event's, enrichment as k of n genes with p and q,
//! and causal position as the event's share of the gene-to-phenotype flow.

use super::scores::{Ranking, Scores};

/// Above this q-value an enrichment is not significant.
pub const SIGNIFICANT_Q: f64 = 0.05;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measures {
    /// Propagation divided by the first-ranked event's (1.0 for that event).
    pub propagation_vs_top: f64,
    /// Seed genes below the event (k) and genes below it (n).
    pub seed_genes_below: u32,
    pub genes: u32,
    pub p_value: f64,
    pub q_value: f64,
    /// The event's share (0–1) of the flow through every node: [`flow_share`].
    pub flow_share: f64,
}

impl Measures {
    /// True when the enrichment is significant (q ≤ 0.05).
    pub fn significant(&self) -> bool {
        self.q_value <= SIGNIFICANT_Q
    }
}

/// The event's flow divided by the total flow: `causal[v] / Σ causal`. The causal
/// scores are the forward × backward flow through each node (scaled so the largest is
/// 1, which the division undoes), so the shares of all nodes add up to 1. Zero when no
/// flow reaches any target.
pub fn flow_share(causal: &[f64], v: u32) -> f64 {
    share(causal[v as usize], causal.iter().sum())
}

fn share(flow: f64, total: f64) -> f64 {
    if total > 0.0 {
        flow / total
    } else {
        0.0
    }
}

/// What [`Terms::of`] needs once per ranking: the top event's propagation and the
/// total flow.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Terms {
    top_propagation: f64,
    total_flow: f64,
}

impl Terms {
    pub fn new(s: &Scores, ranking: &Ranking) -> Terms {
        Terms {
            top_propagation: ranking
                .rows
                .first()
                .map_or(0.0, |r| s.propagation[r.node as usize]),
            total_flow: s.causal.iter().sum(),
        }
    }

    pub fn of(&self, s: &Scores, v: u32) -> Measures {
        let i = v as usize;
        Measures {
            propagation_vs_top: share(s.propagation[i], self.top_propagation),
            seed_genes_below: s.seed_genes_below[i],
            genes: s.genes[i],
            p_value: s.p_value[i],
            q_value: s.q_value[i],
            flow_share: share(s.causal[i], self.total_flow),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::Ranked;

    fn scores() -> Scores {
        Scores {
            seeds: vec![0],
            seed_genes: vec![0],
            targets: vec![3],
            propagation: vec![0.0, 0.8, 0.2, 0.4],
            genes: vec![0, 40, 10, 0],
            seed_genes_below: vec![0, 6, 1, 0],
            population: 1000,
            seed_population: 20,
            p_value: vec![1.0, 1e-6, 0.2, 1.0],
            q_value: vec![1.0, 1e-4, 0.21, 1.0],
            causal: vec![0.0, 1.0, 0.25, 0.0],
        }
    }

    fn ranking(first: u32) -> Ranking {
        let row = |node| Ranked {
            node,
            combined: 1.0,
            propagation: 1.0,
            enrichment: 1.0,
            causal: 1.0,
        };
        Ranking {
            rows: vec![row(first), row(2)],
            candidates: 2,
        }
    }

    #[test]
    fn flow_share_is_the_event_flow_over_the_total() {
        let s = scores();
        assert_eq!(flow_share(&s.causal, 1), 0.8);
        assert_eq!(flow_share(&s.causal, 2), 0.2);
        assert_eq!(flow_share(&s.causal, 0), 0.0);
        let total: f64 = (0..4).map(|v| flow_share(&s.causal, v)).sum();
        assert!((total - 1.0).abs() < 1e-12);
        assert_eq!(flow_share(&[0.0, 0.0], 1), 0.0, "no flow: no share");
    }

    #[test]
    fn measures_read_in_their_own_terms() {
        let s = scores();
        let terms = Terms::new(&s, &ranking(1));
        let top = terms.of(&s, 1);
        assert_eq!(top.propagation_vs_top, 1.0);
        assert_eq!((top.seed_genes_below, top.genes), (6, 40));
        assert!(top.significant());
        assert_eq!(top.flow_share, flow_share(&s.causal, 1));
        let other = terms.of(&s, 2);
        assert_eq!(other.propagation_vs_top, 0.25);
        assert_eq!(other.q_value, 0.21);
        assert!(!other.significant(), "q = 0.21 is not significant");
        assert_eq!(other.flow_share, 0.2);
        // Relative to whichever event ranks first.
        assert_eq!(
            Terms::new(&s, &ranking(3)).of(&s, 2).propagation_vs_top,
            0.5
        );
    }
}
