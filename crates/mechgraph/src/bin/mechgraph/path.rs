//! `mechgraph path`: the same list as the page `#/path` (both call `paths::find`), with
//! the rule that ranks it, or why there is none and the nearest events that connect.

use crate::report::find;
use mechgraph::paths::explain::{NoPath, Reason};
use mechgraph::paths::rule::{self, is_reversed, UNIT};
use mechgraph::paths::{self, Outcome};
use mechgraph::score::Params;
use mechgraph::{Graph, Sign, Snapshot};
use serde_json::{json, Value};

/// The ranking rule in words (the page says the same in both languages).
pub fn rule_text() -> String {
    format!(
        "ranked by cost, lowest first: each step adds {c} for a curated causal link, {f} from a \
         process to the curated mechanism that is its failure, {ae} for a gene's part in a process \
         shown by experiment ({ao} otherwise), {g} from a gene to its disease, {o} for a step in the \
         ontology (to a more general term or a regulated process), {p} from a disease to a \
         phenotype; equal costs: fewer steps first, then by the events' ids; each path differs \
         from the others in at least one event along the way",
        c = rule::COST_CAUSAL,
        f = rule::COST_FAILURE_OF,
        ae = rule::COST_ANNOTATION_EXPERIMENT,
        ao = rule::COST_ANNOTATION_OTHER,
        g = rule::COST_GENE_OF,
        o = rule::COST_ONTOLOGY,
        p = rule::COST_PHENOTYPE,
    )
}

fn reason_text(g: &Graph, why: &NoPath, from: u32, to: u32) -> String {
    let (a, b) = (&g.ids[from as usize], &g.ids[to as usize]);
    match why.reason {
        Reason::Same => format!("{a} is both the start and the end"),
        Reason::StartHasNoStep => format!("no step a path may take leaves {a}"),
        Reason::EndHasNoStep => format!("no step a path may take leads into {b}"),
        Reason::NotReachable { reached } => {
            format!("{a} reaches {reached} other events, but none of them leads to {b}")
        }
        Reason::TooLong => format!(
            "{b} is reached from {a} only in more than {} steps",
            paths::MAX_HOPS
        ),
        Reason::NoneOfThatSign => "there are paths, but none of the net sign asked for".into(),
    }
}

fn reason_code(r: Reason) -> &'static str {
    match r {
        Reason::Same => "same",
        Reason::StartHasNoStep => "start_has_no_step",
        Reason::EndHasNoStep => "end_has_no_step",
        Reason::NotReachable { .. } => "not_reachable",
        Reason::TooLong => "too_long",
        Reason::NoneOfThatSign => "none_of_that_sign",
    }
}

pub fn path(
    s: &Snapshot,
    params: &Params,
    from: &str,
    to: &str,
    k: usize,
    sign: Option<Sign>,
    as_json: bool,
) -> Result<String, String> {
    let g = &s.graph;
    let (a, b) = (find(g, from)?, find(g, to)?);
    let outcome = paths::find(g, params, a, b, k, sign);
    let ids = |list: &[u32]| list.iter().map(|&v| g.ids[v as usize].clone()).collect();
    let step = |e: u32, at: u32| {
        let edge = g.edge(e);
        json!({
            "from": g.ids[edge.source as usize], "to": g.ids[edge.target as usize],
            "against_the_edge": is_reversed(edge, at),
            "relation": edge.relation.as_str(), "sign": edge.sign.as_str(), "origin": edge.origin.as_str(),
            "evidence": g.vocab.evidence[edge.evidence as usize], "refs": g.edge_refs(edge).collect::<Vec<_>>(),
        })
    };
    if as_json {
        let body = match &outcome {
            Outcome::Paths(found) => {
                let list: Vec<Value> = found
                    .iter()
                    .map(|p| {
                        let hops: Vec<Value> =
                            p.edges.iter().zip(&p.nodes).map(|(&e, &v)| step(e, v)).collect();
                        let nodes: Vec<String> = ids(&p.nodes);
                        json!({"sign": p.sign.as_str(), "cost": p.cost as f64 / UNIT as f64, "nodes": nodes, "hops": hops})
                    })
                    .collect();
                json!({"from": g.ids[a as usize], "to": g.ids[b as usize], "rule": rule_text(), "paths": list})
            }
            Outcome::None(why) => {
                let (start, end): (Vec<String>, Vec<String>) =
                    (ids(&why.instead_of_start), ids(&why.instead_of_end));
                json!({"from": g.ids[a as usize], "to": g.ids[b as usize], "rule": rule_text(), "paths": [],
                    "no_path": {"reason": reason_code(why.reason), "why": reason_text(g, why, a, b),
                        "instead_of_start": start, "instead_of_end": end}})
            }
        };
        return Ok(serde_json::to_string_pretty(&body).unwrap_or_default());
    }
    let found = match outcome {
        Outcome::Paths(found) => found,
        Outcome::None(why) => {
            let name = |v: &u32| format!("{} ({})", g.ids[*v as usize], g.labels_en[*v as usize]);
            let list = |l: &[u32]| l.iter().map(name).collect::<Vec<_>>().join(", ");
            let mut out = format!(
                "no path from {} to {}: {}\n",
                g.ids[a as usize],
                g.ids[b as usize],
                reason_text(g, &why, a, b)
            );
            if !why.instead_of_start.is_empty() {
                out += &format!(
                    "  connects instead of the start: {}\n",
                    list(&why.instead_of_start)
                );
            }
            if !why.instead_of_end.is_empty() {
                out += &format!(
                    "  connects instead of the end: {}\n",
                    list(&why.instead_of_end)
                );
            }
            return Ok(out);
        }
    };
    let mut out = format!("{}\n", rule_text());
    for (i, p) in found.iter().enumerate() {
        out.push_str(&format!(
            "path {} — net effect: {}, cost {}, {} steps\n",
            i + 1,
            p.sign,
            p.cost as f64 / UNIT as f64,
            p.edges.len()
        ));
        for (&e, pair) in p.edges.iter().zip(p.nodes.windows(2)) {
            let edge = g.edge(e);
            let refs: Vec<&str> = g.edge_refs(edge).collect();
            let relation = if is_reversed(edge, pair[0]) {
                format!(
                    "its failure is ({} {}, read backwards)",
                    edge.relation, edge.sign
                )
            } else {
                format!("{} {}", edge.relation, edge.sign)
            };
            out.push_str(&format!(
                "  {} ({}) —{}→ {} ({})  [{}{}{}]\n",
                g.ids[pair[0] as usize],
                g.labels_en[pair[0] as usize],
                relation,
                g.ids[pair[1] as usize],
                g.labels_en[pair[1] as usize],
                edge.origin,
                match g.vocab.evidence[edge.evidence as usize].as_str() {
                    "" => String::new(),
                    code => format!(" {code}"),
                },
                if refs.is_empty() {
                    String::new()
                } else {
                    format!("; {}", refs.join(", "))
                }
            ));
        }
    }
    Ok(out)
}
