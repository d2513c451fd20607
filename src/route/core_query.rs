//! The core-event panel's settings as they travel in the address
//! (`#/core?w=5,5,5&top=100&themes=rna,autophagy&kinds=process,mechanism&seeds=GENE:SOD1`), pure and
//! tested natively. Weights are whole steps 0–10 (5 = the default weight 1.0), so
//! buttons and sliders move them the same way and links stay short.

use super::query::Query;
use mechgraph::score::{Params, Weights};
use mechgraph::NodeKind;

pub const TOPS: [usize; 5] = [25, 50, 100, 200, 700];
pub const MAX_STEP: u8 = 10;
pub const DEFAULT_STEP: u8 = 5;
pub const KINDS: [NodeKind; 3] = [NodeKind::Mechanism, NodeKind::Process, NodeKind::Phenotype];
/// Seed genes a reader may choose at most (the ALS seed set has 46).
pub const MAX_SEEDS: usize = 60;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoreQuery {
    /// Propagation, enrichment, causal position.
    pub steps: [u8; 3],
    pub top: usize,
    pub themes: Vec<String>,
    pub kinds: Vec<NodeKind>,
    /// Gene ids chosen as the only seeds, sorted; empty: the whole ALS seed set.
    pub seeds: Vec<String>,
    /// Rank on public data only, without the project's curated layer.
    pub public: bool,
}

impl Default for CoreQuery {
    fn default() -> Self {
        CoreQuery {
            steps: [DEFAULT_STEP; 3],
            top: 100,
            themes: Vec::new(),
            kinds: vec![NodeKind::Process, NodeKind::Mechanism],
            seeds: Vec::new(),
            public: false,
        }
    }
}

impl CoreQuery {
    /// Reads the query; anything unknown or out of range is ignored.
    pub fn from_query(query: &Query) -> CoreQuery {
        let mut q = CoreQuery::default();
        let list = |key: &str| -> Vec<String> {
            let value = query.get(key).unwrap_or("");
            value
                .split(',')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        };
        let steps: Vec<u8> = list("w").iter().filter_map(|s| s.parse().ok()).collect();
        if let [a, b, c] = steps[..] {
            if a.max(b).max(c) <= MAX_STEP {
                q.steps = [a, b, c];
            }
        }
        if let Some(t) = query
            .get("top")
            .and_then(|t| t.parse().ok())
            .filter(|t| TOPS.contains(t))
        {
            q.top = t;
        }
        q.themes = list("themes")
            .into_iter()
            .filter(|t| mechgraph::model::THEMES.contains(&t.as_str()))
            .collect();
        let kinds: Vec<NodeKind> = list("kinds")
            .iter()
            .filter_map(|k| NodeKind::parse(k))
            .filter(|k| KINDS.contains(k))
            .collect();
        if !kinds.is_empty() {
            q.kinds = kinds;
        }
        q.public = query.get("public") == Some("1");
        q.seeds = list("seeds")
            .into_iter()
            .filter(|id| id.starts_with("GENE:") && id.len() > 5 && id.len() <= 40)
            .take(MAX_SEEDS)
            .collect();
        q.seeds.sort();
        q.seeds.dedup();
        q.themes.sort();
        q.themes.dedup();
        q.kinds.sort();
        q.kinds.dedup();
        q
    }

    /// The query, with only what differs from the defaults.
    pub fn to_query(&self) -> Query {
        let d = CoreQuery::default();
        let mut q = Query::default();
        if self.steps != d.steps {
            let [a, b, c] = self.steps;
            q.push("w", format!("{a},{b},{c}"));
        }
        if self.top != d.top {
            q.push("top", self.top.to_string());
        }
        if !self.themes.is_empty() {
            q.push("themes", self.themes.join(","));
        }
        let mut kinds = self.kinds.clone();
        kinds.sort();
        let mut default_kinds = d.kinds.clone();
        default_kinds.sort();
        if kinds != default_kinds {
            let names: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
            q.push("kinds", names.join(","));
        }
        if !self.seeds.is_empty() {
            q.push("seeds", self.seeds.join(","));
        }
        if self.public {
            q.push("public", "1");
        }
        q
    }

    /// True when the stored default ranking answers this query as it is (the first
    /// `top` rows of it).
    pub fn is_stored_default(&self) -> bool {
        let d = CoreQuery::default();
        let mut kinds = self.kinds.clone();
        kinds.sort();
        let mut dk = d.kinds;
        dk.sort();
        self.steps == d.steps
            && self.themes.is_empty()
            && kinds == dk
            && self.seeds.is_empty()
            && !self.public
    }

    pub fn params(&self) -> Params {
        let w = |s: u8| f64::from(s) / f64::from(DEFAULT_STEP);
        Params {
            weights: Weights {
                propagation: w(self.steps[0]),
                enrichment: w(self.steps[1]),
                causal: w(self.steps[2]),
            },
            kinds: self.kinds.clone(),
            themes: self.themes.clone(),
            top_n: self.top,
            seeds: self.seeds.clone(),
            public_only: self.public,
            ..Params::default()
        }
    }

    /// Adds or removes a seed gene (kept sorted, at most [`MAX_SEEDS`]).
    pub fn toggle_seed(&mut self, id: &str, on: bool) {
        self.seeds.retain(|s| s != id);
        if on && self.seeds.len() < MAX_SEEDS {
            self.seeds.push(id.to_string());
            self.seeds.sort();
        }
    }

    /// A weight one step up or down, within 0–10.
    pub fn step(&mut self, which: usize, up: bool) {
        if let Some(s) = self.steps.get_mut(which) {
            *s = if up {
                (*s + 1).min(MAX_STEP)
            } else {
                s.saturating_sub(1)
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> CoreQuery {
        CoreQuery::from_query(&Query::parse(text))
    }

    #[test]
    fn defaults_make_an_empty_query_and_match_the_stored_ranking() {
        let d = CoreQuery::default();
        assert_eq!(d.to_query().encode(), "");
        assert!(d.is_stored_default());
        assert_eq!(parse(""), d);
        let p = d.params();
        assert_eq!(p.weights, Weights::default());
        assert_eq!(p.kinds, Params::default().kinds);
    }

    #[test]
    fn queries_round_trip() {
        let q = CoreQuery {
            steps: [10, 0, 3],
            top: 25,
            themes: vec!["autophagy".into(), "rna".into()],
            kinds: vec![NodeKind::Mechanism, NodeKind::Phenotype],
            seeds: vec!["GENE:C9orf72".into(), "GENE:SOD1".into()],
            public: true,
        };
        let text = q.to_query().encode();
        assert_eq!(
            text,
            "w=10,0,3&top=25&themes=autophagy,rna&kinds=phenotype,mechanism&seeds=GENE:C9orf72,GENE:SOD1&public=1"
        );
        assert!(q.params().public_only);
        assert_eq!(q.params().seeds, q.seeds);
        let mut back = parse(&text);
        back.kinds.sort();
        let mut want = q.clone();
        want.kinds.sort();
        assert_eq!(back, want);
        assert!(!q.is_stored_default());
    }

    #[test]
    fn bad_values_are_ignored() {
        let q = parse("w=11,5,5&top=33&themes=magic,rna&kinds=gene&x=1&noequals");
        assert_eq!(q.steps, [5, 5, 5]);
        assert_eq!(q.top, 100);
        assert_eq!(q.themes, vec!["rna".to_string()]);
        assert_eq!(q.kinds, CoreQuery::default().kinds);
        assert_eq!(parse("w=1,2").steps, [5, 5, 5]);
        let seeds = parse("seeds=HP:0001,GENE:,GENE:SOD1,GENE:SOD1,<b>");
        assert_eq!(seeds.seeds, vec!["GENE:SOD1".to_string()]);
    }

    #[test]
    fn chosen_seeds_leave_the_stored_ranking_and_go_back_to_it() {
        let mut q = CoreQuery::default();
        q.toggle_seed("GENE:SOD1", true);
        q.toggle_seed("GENE:C9orf72", true);
        assert_eq!(
            q.seeds,
            vec!["GENE:C9orf72".to_string(), "GENE:SOD1".to_string()]
        );
        assert!(!q.is_stored_default());
        q.toggle_seed("GENE:SOD1", false);
        q.toggle_seed("GENE:C9orf72", false);
        assert!(q.is_stored_default());
        assert_eq!(q.to_query().encode(), "");
    }

    #[test]
    fn steps_stay_in_range() {
        let mut q = CoreQuery {
            steps: [0, MAX_STEP, 5],
            ..CoreQuery::default()
        };
        q.step(0, false);
        q.step(1, true);
        q.step(2, true);
        q.step(7, true);
        assert_eq!(q.steps, [0, MAX_STEP, 6]);
        assert_eq!(q.params().weights.causal, 1.2);
    }
}
