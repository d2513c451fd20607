//! The project's own data: the curated ALS layer (`data/curated/`), the Chinese labels
//! the project translated (`data/labels_zh.tsv`) and the reference list every PMID must
//! be in (`data/references.tsv`).

use crate::error::{read_text, Error};
use crate::go::{add_gene, Gene};
use mechgraph::graph::ZhLabel;
use mechgraph::model::ZhOrigin;
use mechgraph::{tsv, GraphBuilder, Origin};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// PMIDs of `data/references.tsv`.
pub fn known_pmids(data: &Path) -> Result<BTreeSet<String>, Error> {
    Ok(read_text(&data.join("references.tsv"))?
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("PMID:{}", p.trim()))
        .collect())
}

/// A reference is a PMID from the reference list or a section of the seed (`SEED:1.2`).
fn check_ref(r: &str, pmids: &BTreeSet<String>) -> Option<String> {
    if r.starts_with("PMID:") && !pmids.contains(r) {
        return Some(format!("{r} is not in data/references.tsv"));
    }
    if !r.starts_with("PMID:") && !r.starts_with("SEED:") {
        return Some(format!(
            "reference {r:?} is neither PMID:n nor SEED:section"
        ));
    }
    None
}

pub fn add_layer(
    b: &mut GraphBuilder,
    data: &Path,
    genes: &BTreeMap<String, Gene>,
) -> Result<(), Error> {
    let pmids = known_pmids(data)?;
    let nodes_path = data.join("curated/nodes.tsv");
    let edges_path = data.join("curated/edges.tsv");
    let nodes = read_text(&nodes_path)?;
    let edges = read_text(&edges_path)?;
    let mut problems: Vec<String> = Vec::new();
    problems.extend(
        tsv::read_nodes(b, "data/curated/nodes.tsv", &nodes, ZhOrigin::Project)
            .iter()
            .map(|e| e.to_string()),
    );

    // Genes the curated layer names but no source annotated still need a node.
    for line in edges.lines().skip(1) {
        for id in line.split('\t').take(2) {
            if let Some(symbol) = id.strip_prefix("GENE:") {
                match genes.get(symbol) {
                    Some(gene) => add_gene(b, gene)?,
                    None => problems.push(format!(
                        "data/curated/edges.tsv: unknown gene symbol {symbol}"
                    )),
                }
            }
        }
    }
    problems.extend(
        tsv::read_edges(b, "data/curated/edges.tsv", &edges, Origin::Curated, true)
            .iter()
            .map(|e| e.to_string()),
    );
    for (file, text) in [
        ("data/curated/nodes.tsv", &nodes),
        ("data/curated/edges.tsv", &edges),
    ] {
        let header: Vec<&str> = text.lines().next().unwrap_or("").split('\t').collect();
        let Some(col) = header.iter().position(|h| *h == "refs") else {
            continue;
        };
        for (n, line) in text.lines().enumerate().skip(1) {
            let cell = line.split('\t').nth(col).unwrap_or("");
            for r in cell.split(';').map(str::trim).filter(|r| !r.is_empty()) {
                if let Some(p) = check_ref(r, &pmids) {
                    problems.push(format!("{file}:{}: {p}", n + 1));
                }
            }
        }
    }

    let labels_path = data.join("labels_zh.tsv");
    for (n, line) in read_text(&labels_path)?.lines().enumerate().skip(1) {
        let mut cells = line.split('\t');
        let (Some(id), Some(zh)) = (cells.next(), cells.next()) else {
            problems.push(format!(
                "data/labels_zh.tsv:{}: expected id and label_zh",
                n + 1
            ));
            continue;
        };
        // A translation for a node this build does not contain is harmless: skip it.
        if let Some(node) = b.node_mut(id) {
            if node.label_zh.is_none() {
                node.label_zh = Some(ZhLabel {
                    text: zh.to_string(),
                    origin: ZhOrigin::Project,
                });
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Data(problems))
    }
}

/// The references of `curated/edges.tsv` that are not a listed PMID or a seed section,
/// one line each ("edges.tsv line N: …"); empty when every edge is cited from the list.
pub fn unlisted_edge_refs(data: &Path) -> Result<Vec<String>, Error> {
    let pmids = known_pmids(data)?;
    let text = read_text(&data.join("curated/edges.tsv"))?;
    let mut lines = text.lines().enumerate();
    let refs_col = lines
        .next()
        .and_then(|(_, h)| h.split('\t').position(|c| c == "refs"))
        .ok_or_else(|| Error::Data(vec!["curated/edges.tsv: no refs column".into()]))?;
    Ok(lines
        .filter(|(_, l)| !l.trim().is_empty())
        .flat_map(|(n, l)| {
            let refs = l.split('\t').nth(refs_col).unwrap_or("").to_string();
            let problems: Vec<String> = refs
                .split(';')
                .map(str::trim)
                .filter_map(|r| check_ref(r, &pmids))
                .map(|p| format!("edges.tsv line {}: {p}", n + 1))
                .collect();
            problems
        })
        .collect())
}
