//! The mechanism graph on the command line.
//!
//!   mechgraph stats FILE [--json]
//!   mechgraph core FILE [--top N] [--weights P,E,C] [--kinds K,…] [--themes T,…]
//!                       [--evidence all|studied|experimental] [--json]
//!   mechgraph path FILE FROM TO [--k N] [--sign promotes|inhibits] [--json]

mod path;
mod report;

use mechgraph::format::{self, SnapshotKind};
use mechgraph::score::{EvidenceLevel, Params, Weights};
use mechgraph::{NodeKind, Sign, Snapshot};
use std::process::ExitCode;

const USAGE: &str = "usage:
  mechgraph stats FILE [--json]
  mechgraph core FILE [--top N] [--weights P,E,C] [--kinds process,mechanism,phenotype]
                      [--themes rna,autophagy,…] [--evidence all|studied|experimental] [--json]
  mechgraph path FILE FROM TO [--k N] [--sign promotes|inhibits] [--json]";

fn option<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

/// Positional arguments: everything that is neither an option nor an option's value.
fn positional(args: &[String]) -> Vec<&str> {
    let mut out = Vec::new();
    let mut skip = false;
    for a in args {
        if skip {
            skip = false;
        } else if a == "--json" {
        } else if a.starts_with("--") {
            skip = true;
        } else {
            out.push(a.as_str());
        }
    }
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let result = match positional(&args).as_slice() {
        ["stats", file] => report::stats(file, json),
        ["core", file] => {
            params(&args).and_then(|p| load(file).map(|s| report::core(&s, &p, json)))
        }
        ["path", file, from, to] => params(&args).and_then(|p| {
            let k = option(&args, "--k")
                .map(|k| k.parse().map_err(|_| format!("--k {k}: not a number")))
                .transpose()?;
            let sign = match option(&args, "--sign") {
                None => None,
                Some(s) => Some(
                    Sign::parse(s).ok_or_else(|| format!("--sign {s}: promotes or inhibits"))?,
                ),
            };
            load(file).and_then(|s| {
                path::path(
                    &s,
                    &p,
                    from,
                    to,
                    k.unwrap_or(mechgraph::paths::DEFAULT_K),
                    sign,
                    json,
                )
            })
        }),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("mechgraph: {e}");
            ExitCode::from(1)
        }
    }
}

fn load(file: &str) -> Result<Snapshot, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
    let snapshot = format::decode(&bytes).map_err(|e| format!("{file}: {e}"))?;
    if snapshot.meta.kind == SnapshotKind::Text {
        return Err(format!("{file}: a text file holds no graph"));
    }
    Ok(snapshot)
}

fn params(args: &[String]) -> Result<Params, String> {
    let mut p = Params::default();
    if let Some(top) = option(args, "--top") {
        p.top_n = top
            .parse()
            .map_err(|_| format!("--top {top}: not a number"))?;
    }
    if let Some(w) = option(args, "--weights") {
        let v: Vec<f64> = w
            .split(',')
            .map(|x| x.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| format!("--weights {w}: three numbers, e.g. 1,1,1"))?;
        let [propagation, enrichment, causal] = v.as_slice() else {
            return Err(format!("--weights {w}: three numbers, e.g. 1,1,1"));
        };
        p.weights = Weights {
            propagation: *propagation,
            enrichment: *enrichment,
            causal: *causal,
        };
    }
    if let Some(k) = option(args, "--kinds") {
        p.kinds = k
            .split(',')
            .map(|x| NodeKind::parse(x.trim()).ok_or_else(|| format!("unknown kind {x}")))
            .collect::<Result<_, _>>()?;
    }
    if let Some(t) = option(args, "--themes") {
        p.themes = t.split(',').map(|x| x.trim().to_string()).collect();
        if let Some(bad) = p
            .themes
            .iter()
            .find(|t| !mechgraph::model::THEMES.contains(&t.as_str()))
        {
            return Err(format!("unknown theme {bad}"));
        }
    }
    if let Some(e) = option(args, "--evidence") {
        p.evidence = match e {
            "all" => EvidenceLevel::All,
            "studied" => EvidenceLevel::Studied,
            "experimental" => EvidenceLevel::Experimental,
            _ => return Err(format!("--evidence {e}: all, studied or experimental")),
        };
    }
    Ok(p)
}
