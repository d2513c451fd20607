//! What each command prints, as text or JSON.

use mechgraph::format::{self, SnapshotKind};
use mechgraph::score::{self, Params};
use mechgraph::{stats, Graph, Snapshot};
use serde_json::{json, Value};

pub fn stats(file: &str, as_json: bool) -> Result<String, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
    let meta = format::read_meta(&bytes).map_err(|e| format!("{file}: {e}"))?;
    let counts = if meta.kind == SnapshotKind::Text {
        None
    } else {
        let snapshot = format::decode(&bytes).map_err(|e| format!("{file}: {e}"))?;
        Some(stats::stats(&snapshot.graph))
    };
    let checksum = "ok (whole file and every section)";
    if as_json {
        let value = json!({
            "file": file,
            "bytes": bytes.len(),
            "kind": format!("{:?}", meta.kind),
            "sources": meta.sources.iter().map(|s| json!({"name": s.name, "version": s.version, "licence": s.licence})).collect::<Vec<_>>(),
            "graph_key": format!("{:08x}", meta.graph_key),
            "checksum": checksum,
            "stats": counts,
        });
        return Ok(serde_json::to_string_pretty(&value).unwrap_or_default());
    }
    let body = match &counts {
        Some(s) => stats::render(&meta, s),
        None => format!(
            "kind: Text\nnodes described: {}\ngraph key: {:08x}\n",
            meta.node_count, meta.graph_key
        ),
    };
    Ok(format!(
        "file: {file} ({} bytes)\nchecksum: {checksum}\n{body}",
        bytes.len()
    ))
}

pub fn core(s: &Snapshot, params: &Params, as_json: bool) -> String {
    let g = &s.graph;
    let (_, ranking) = score::core_events(g, params);
    if as_json {
        let rows: Vec<Value> = ranking
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                json!({
                    "rank": i + 1, "id": g.ids[r.node as usize], "kind": g.kinds[r.node as usize].as_str(),
                    "label": g.labels_en[r.node as usize], "combined": round(r.combined),
                    "propagation": round(r.propagation), "enrichment": round(r.enrichment), "causal": round(r.causal),
                })
            })
            .collect();
        return serde_json::to_string_pretty(
            &json!({"candidates": ranking.candidates, "params": params, "events": rows}),
        )
        .unwrap_or_default();
    }
    let mut out = format!("{} events ranked, top {} (combined; percentiles of propagation / enrichment / causal position)\n", ranking.candidates, ranking.rows.len());
    for (i, r) in ranking.rows.iter().enumerate() {
        let v = r.node as usize;
        out.push_str(&format!(
            "{:>4}  {:.4}  {:.3} {:.3} {:.3}  {:<12} {:<36} {}\n",
            i + 1,
            r.combined,
            r.propagation,
            r.enrichment,
            r.causal,
            g.kinds[v].as_str(),
            g.ids[v],
            g.labels_en[v]
        ));
    }
    out
}

fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

pub fn find(g: &Graph, id: &str) -> Result<u32, String> {
    g.find(id)
        .or_else(|| g.find(&format!("GENE:{id}")))
        .ok_or_else(|| format!("no node with id {id} (genes may be given by symbol)"))
}
