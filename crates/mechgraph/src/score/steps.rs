//! Scoring in steps, so that a caller on a user interface thread can give control back
//! between them: each step builds one walk structure, counts the gene sets of a slice of
//! the genes, runs a few walk iterations, or finishes. The result is exactly
//! [`super::compute`]'s, which runs the same steps without pausing.

use super::enrich::{self, GeneCount};
use super::params::Params;
use super::prepared::{admitted, causal_arcs, undirected, Prepared};
use super::scores::{distribution, seeds, Scores, DEGENERATION, MAX_ITER, RESTART, TOLERANCE};
use super::walk::{Run, Walk};
use crate::graph::Graph;
use crate::model::NodeKind;
use crate::poll::Poll;
use std::sync::Arc;

/// Arc visits per step at most (one walk iteration visits every arc once): a few
/// milliseconds natively on the full graph.
pub const WORK: usize = 1 << 21;
/// Genes whose sets are counted in one step.
const GENES: usize = 1500;
/// The phases a [`Scoring`] reports: three walk structures, the gene sets, three walks
/// and the enrichment.
pub const PHASES: usize = 8;

/// The scores of every node under `params`, worked out a step at a time.
pub struct Scoring {
    params: Params,
    stage: Stage,
}

enum Stage {
    Preparing(Box<Preparing>),
    Scoring(Arc<Prepared>, Box<ScoreRun>),
    Finished(Option<Arc<Prepared>>),
}

/// Phases done once the walk structures and gene sets are ready.
const PREPARED: usize = 4;

impl Scoring {
    pub fn new(g: &Graph, params: &Params) -> Scoring {
        Scoring {
            params: params.clone(),
            stage: Stage::Preparing(Box::new(Preparing::new(g, params))),
        }
    }

    /// Scoring with a preparation made before (by a finished [`Scoring`] with the same
    /// relation weights and evidence level): only the walks and the enrichment remain,
    /// for another seed set. `None` when the preparation does not fit `params`.
    pub fn with_prepared(prepared: Arc<Prepared>, g: &Graph, params: &Params) -> Option<Scoring> {
        if !prepared.fits(params) {
            return None;
        }
        let run = ScoreRun::new(&prepared, g, params);
        Some(Scoring {
            params: params.clone(),
            stage: Stage::Scoring(prepared, Box::new(run)),
        })
    }

    /// The walk structures and gene sets, once this scoring has made them.
    pub fn prepared(&self) -> Option<Arc<Prepared>> {
        match &self.stage {
            Stage::Scoring(p, _) => Some(p.clone()),
            Stage::Finished(p) => p.clone(),
            Stage::Preparing(_) => None,
        }
    }

    /// One step, of at most about [`WORK`] arc visits. Stepping again after
    /// [`Poll::Ready`] starts nothing and reports every phase done.
    pub fn step(&mut self, g: &Graph) -> Poll<Box<Scores>> {
        let working = |done| Poll::Pending {
            done,
            total: PHASES,
        };
        match std::mem::replace(&mut self.stage, Stage::Finished(None)) {
            Stage::Preparing(mut preparing) => {
                if let Some(prepared) = preparing.step(g, &self.params, WORK) {
                    let run = ScoreRun::new(&prepared, g, &self.params);
                    self.stage = Stage::Scoring(Arc::new(prepared), Box::new(run));
                    return working(PREPARED);
                }
                let done = preparing.phase();
                self.stage = Stage::Preparing(preparing);
                working(done)
            }
            Stage::Scoring(prepared, mut run) => {
                if let Some(scores) = run.step(&prepared, g, WORK) {
                    self.stage = Stage::Finished(Some(prepared));
                    return Poll::Ready(Box::new(scores));
                }
                let done = PREPARED + run.phase();
                self.stage = Stage::Scoring(prepared, run);
                working(done)
            }
            finished @ Stage::Finished(_) => {
                self.stage = finished;
                working(PHASES)
            }
        }
    }
}

/// Building a [`Prepared`]: the undirected walk, the two causal walks, the gene sets.
pub(super) struct Preparing {
    admitted: Vec<bool>,
    undirected: Option<(Walk, Vec<f64>)>,
    arcs: Vec<(u32, u32, f32)>,
    forward: Option<Walk>,
    backward: Option<Walk>,
    genes: GeneCount,
}

impl Preparing {
    pub(super) fn new(g: &Graph, params: &Params) -> Preparing {
        Preparing {
            admitted: admitted(g, params),
            undirected: None,
            arcs: Vec::new(),
            forward: None,
            backward: None,
            genes: GeneCount::new(g.node_count()),
        }
    }

    fn phase(&self) -> usize {
        [
            self.undirected.is_some(),
            self.forward.is_some(),
            self.backward.is_some(),
        ]
        .iter()
        .filter(|&&b| b)
        .count()
    }

    /// One step: a walk structure, or the gene sets of [`GENES`] genes for each [`WORK`]
    /// in `work`; the preparation once it is complete.
    pub(super) fn step(&mut self, g: &Graph, params: &Params, work: usize) -> Option<Prepared> {
        let n = g.node_count();
        if self.undirected.is_none() {
            self.undirected = Some(undirected(g, params, &self.admitted));
            return None;
        }
        if self.forward.is_none() {
            self.arcs = causal_arcs(g, params, &self.admitted);
            self.forward = Some(Walk::in_order(n, &self.arcs, flow_order(g, false)));
            return None;
        }
        if self.backward.is_none() {
            let mut arcs = std::mem::take(&mut self.arcs);
            for arc in arcs.iter_mut() {
                *arc = (arc.1, arc.0, arc.2);
            }
            self.backward = Some(Walk::in_order(n, &arcs, flow_order(g, true)));
            return None;
        }
        let genes = (work / WORK).saturating_mul(GENES).max(GENES);
        let admitted = &self.admitted;
        if !self.genes.advance(g, &|e| admitted[e as usize], genes) {
            return None;
        }
        let sets = std::mem::replace(&mut self.genes, GeneCount::new(0)).finish();
        let (undirected, degree) = self.undirected.take()?;
        Some(Prepared {
            relations: params.relations.clone(),
            evidence: params.evidence,
            public_only: params.public_only,
            admitted: std::mem::take(&mut self.admitted),
            undirected,
            degree,
            forward: self.forward.take()?,
            backward: self.backward.take()?,
            genes: sets.size,
            population: sets.population,
        })
    }
}

/// The nodes in the order the causal flow passes through the kinds: genes, diseases,
/// processes, mechanisms, phenotypes (reversed for the backward walk), each kind in
/// node order. Sweeping in it, the walks converge in fewer sweeps.
fn flow_order(g: &Graph, backward: bool) -> Vec<u32> {
    let stage = |k: NodeKind| match k {
        NodeKind::Gene => 0,
        NodeKind::Disease => 1,
        NodeKind::Process => 2,
        NodeKind::Mechanism => 3,
        NodeKind::Phenotype => 4,
    };
    let mut order: Vec<u32> = (0..g.node_count() as u32).collect();
    order.sort_by_key(|&v| {
        let s = stage(g.kinds[v as usize]);
        if backward {
            4 - s
        } else {
            s
        }
    });
    order
}

/// Scoring one seed set with a [`Prepared`]: the propagation walk, the forward and
/// backward causal walks, then the enrichment.
pub(super) struct ScoreRun {
    seeds: Vec<u32>,
    seed_genes: Vec<u32>,
    targets: Vec<u32>,
    start: Vec<f64>,
    end: Vec<f64>,
    walks: Vec<Vec<f64>>,
    walk: Option<Run>,
}

impl ScoreRun {
    pub(super) fn new(p: &Prepared, g: &Graph, params: &Params) -> ScoreRun {
        let n = g.node_count();
        let seeds = seeds(g, params);
        let seed_genes: Vec<u32> = seeds
            .iter()
            .copied()
            .filter(|&s| g.kinds[s as usize] == NodeKind::Gene)
            .collect();
        let mut targets: Vec<u32> = seeds
            .iter()
            .copied()
            .filter(|&s| g.kinds[s as usize] == NodeKind::Phenotype)
            .collect();
        targets.extend(g.find(DEGENERATION));
        let sources = if seed_genes.is_empty() {
            &seeds
        } else {
            &seed_genes
        };
        let (start, end) = (distribution(n, sources), distribution(n, &targets));
        let first = p
            .undirected
            .start(&distribution(n, &seeds), RESTART, MAX_ITER, TOLERANCE);
        ScoreRun {
            seeds,
            seed_genes,
            targets,
            start,
            end,
            walks: Vec::new(),
            walk: Some(first),
        }
    }

    fn phase(&self) -> usize {
        self.walks.len()
    }

    /// A few walk iterations (at most `work` arc visits, and at least one), or the
    /// enrichment and the scores once the three walks are done.
    pub(super) fn step(&mut self, p: &Prepared, g: &Graph, work: usize) -> Option<Scores> {
        let walks = [&p.undirected, &p.forward, &p.backward];
        if let Some(mut run) = self.walk.take() {
            let walk = walks[self.walks.len()];
            if walk.advance(&mut run, (work / walk.arcs().max(1)).max(1)) {
                self.walks.push(walk.finish(run));
                self.walk = match self.walks.len() {
                    1 => Some(p.forward.start(&self.start, RESTART, MAX_ITER, TOLERANCE)),
                    2 => Some(p.backward.start(&self.end, RESTART, MAX_ITER, TOLERANCE)),
                    _ => None,
                };
            } else {
                self.walk = Some(run);
            }
            return None;
        }
        Some(self.finish(p, g))
    }

    fn finish(&mut self, p: &Prepared, g: &Graph) -> Scores {
        let n = g.node_count();
        let [ppr, forward, backward] = [0, 1, 2].map(|i| std::mem::take(&mut self.walks[i]));
        let propagation = (0..n)
            .map(|v| {
                if p.degree[v] > 0.0 {
                    ppr[v] / p.degree[v]
                } else {
                    0.0
                }
            })
            .collect();
        // Flow *through* an event: leave out what a walk holds at its own start, so that
        // the sources and targets themselves do not count as passages.
        let (start, end) = (&self.start, &self.end);
        let mut causal: Vec<f64> = (0..n)
            .map(|v| {
                (forward[v] - RESTART * start[v]).max(0.0)
                    * (backward[v] - RESTART * end[v]).max(0.0)
            })
            .collect();
        let top = causal.iter().copied().fold(0.0, f64::max);
        if top > 0.0 {
            causal.iter_mut().for_each(|c| *c /= top);
        }
        let (seed_genes_below, seed_population, p_value, q_value) = self.enrichment(p, g);
        Scores {
            seeds: std::mem::take(&mut self.seeds),
            seed_genes: std::mem::take(&mut self.seed_genes),
            targets: std::mem::take(&mut self.targets),
            propagation,
            genes: p.genes.clone(),
            seed_genes_below,
            population: p.population,
            seed_population,
            p_value,
            q_value,
            causal,
        }
    }

    /// Seed genes below each event, the seed population, p- and q-values.
    fn enrichment(&self, p: &Prepared, g: &Graph) -> (Vec<u32>, u32, Vec<f64>, Vec<f64>) {
        let n = g.node_count();
        let admits = |e: u32| p.admitted[e as usize];
        let mut seed_genes_below = vec![0u32; n];
        let mut stamp = vec![u32::MAX; n];
        let mut events = Vec::new();
        let mut seed_population = 0;
        for &gene in &self.seed_genes {
            enrich::events_of_gene(g, gene, &admits, &mut stamp, gene, &mut events);
            seed_population += u32::from(!events.is_empty());
            for &e in &events {
                seed_genes_below[e as usize] += 1;
            }
        }
        let lnf = enrich::ln_factorials(p.population as usize);
        let tested: Vec<u32> = (0..n as u32).filter(|&v| p.genes[v as usize] > 0).collect();
        let p_tested: Vec<f64> = tested
            .iter()
            .map(|&v| {
                enrich::hypergeometric_upper(
                    seed_genes_below[v as usize],
                    p.genes[v as usize],
                    seed_population,
                    p.population,
                    &lnf,
                )
            })
            .collect();
        let q_tested = enrich::benjamini_hochberg(&p_tested);
        let (mut p_value, mut q_value) = (vec![1.0; n], vec![1.0; n]);
        for ((&v, pv), q) in tested.iter().zip(p_tested).zip(q_tested) {
            p_value[v as usize] = pv;
            q_value[v as usize] = q;
        }
        (seed_genes_below, seed_population, p_value, q_value)
    }
}

/// The same steps without pausing (here, beside the steps, so that `prepared.rs` does not
/// import this file, which imports it).
impl Prepared {
    /// The walk structures and gene sets for these relation weights and evidence level.
    pub fn new(g: &Graph, params: &Params) -> Prepared {
        let mut preparing = Preparing::new(g, params);
        loop {
            if let Some(done) = preparing.step(g, params, usize::MAX) {
                return done;
            }
        }
    }

    /// The scores of every node for the seeds of `params`, with these walks.
    pub fn scores(&self, g: &Graph, params: &Params) -> Scores {
        let mut run = ScoreRun::new(self, g, params);
        loop {
            if let Some(scores) = run.step(self, g, usize::MAX) {
                return scores;
            }
        }
    }
}

/// The scores of every node under `params`, in one go.
pub fn compute(g: &Graph, params: &Params) -> Scores {
    Prepared::new(g, params).scores(g, params)
}
