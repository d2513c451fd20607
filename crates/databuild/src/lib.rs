//! Builds the snapshots of the ALS mechanism graph: `full.bin` (every node and edge),
//! `text.bin` (definitions and synonyms of `full.bin`) and `core.bin` (the subgraph the
//! first view needs, with its texts, and the story, treatment and page files of `data/`)
//! from the pinned public sources and `data/`.

pub mod content;
pub mod curated;
mod error;
pub mod evaluation;
pub mod go;
pub mod hpo;
pub mod literature;
pub mod treatments;

pub use error::{read_text, Error};
use mechgraph::format::{self, MetaInput, SnapshotKind, SourceInfo};
use mechgraph::{als, score, Graph, GraphBuilder};
use std::path::PathBuf;

/// Where the inputs are and what to include.
pub struct Config {
    /// Folder with GO.sqlite, org.Hs.eg.sqlite and hpo/ (scripts/fetch-sources.sh).
    pub sources: PathBuf,
    /// The project's data/ folder (curated layer, Chinese labels, references).
    pub data: PathBuf,
    /// Accept every GO evidence code, not only experimental ones.
    pub broad_evidence: bool,
}

/// The three snapshots, as bytes.
pub struct Outputs {
    pub full: Vec<u8>,
    pub text: Vec<u8>,
    pub core: Vec<u8>,
    pub graph: Graph,
    pub core_graph: Graph,
}

pub fn build(config: &Config) -> Result<Outputs, Error> {
    let s = &config.sources;
    let go_path = s.join("GO.sqlite");
    let hs_path = s.join("org.Hs.eg.sqlite");
    let obo = read_text(&s.join("hpo/hp.obo"))?;
    let hpoa = read_text(&s.join("hpo/phenotype.hpoa"))?;
    let g2p = read_text(&s.join("hpo/genes_to_phenotype.txt"))?;

    let mut b = GraphBuilder::new();
    go::read_processes(&mut b, &go_path)?;
    let genes = go::read_genes(&hs_path)?;
    go::read_annotations(&mut b, &hs_path, &genes, config.broad_evidence)?;
    hpo::read_ontology(&mut b, &obo)?;
    hpo::read_disease_phenotypes(&mut b, &hpoa)?;
    hpo::read_gene_diseases(&mut b, &g2p, &genes)?;
    curated::add_layer(&mut b, &config.data, &genes)?;
    let graph = b.build()?;
    let problems = content::check(&config.data, &graph)?;
    if !problems.is_empty() {
        return Err(Error::Data(problems));
    }

    let evidence = if config.broad_evidence {
        "all GO evidence codes"
    } else {
        "experimental GO evidence"
    };
    let sources = vec![
        source(
            "Gene Ontology (biological process)",
            &go::go_version(&go_path)?,
            "CC BY 4.0",
            "https://geneontology.org",
        ),
        source(
            "NCBI Gene via org.Hs.eg.db 3.16.0",
            "2022-Sep12",
            "public domain; GO annotations CC BY 4.0",
            "https://www.ncbi.nlm.nih.gov/gene",
        ),
        source(
            "Human Phenotype Ontology and annotations",
            &hpo::version(&obo),
            "HPO licence: free use with acknowledgement, version shown, content unaltered",
            "https://hpo.jax.org",
        ),
        source(
            "ALS Explorer curated layer and Chinese labels",
            env!("CARGO_PKG_VERSION"),
            "MIT OR Apache-2.0 (project content; every edge cites a PMID)",
            "",
        ),
    ];
    let note = format!("databuild {}; {evidence}", env!("CARGO_PKG_VERSION"));
    let full = format::encode(
        &graph,
        MetaInput {
            kind: SnapshotKind::Full,
            sources: sources.clone(),
            note: note.clone(),
            core_events: None,
            content: None,
        },
    );
    let text = format::encode_text(&graph, sources.clone());
    // The default core events, computed here with the same code the browser runs, go
    // into core.bin with their nodes, so the first view needs no scoring.
    let params = score::Params::default();
    let (scores, ranking) = score::core_events(&graph, &params);
    // The story's events come with their neighbourhoods (content links to them); the
    // ranked events without (the first view only lists them).
    let linked = content::linked_nodes(&config.data, &graph)?;
    let mut core_nodes = als::core_nodes(&graph, &linked);
    core_nodes.extend(ranking.rows.iter().map(|r| r.node));
    let core_graph = graph.subgraph(&core_nodes);
    let core = format::encode(
        &core_graph,
        MetaInput {
            kind: SnapshotKind::Core,
            sources,
            note,
            core_events: Some(score::record(&graph, &scores, &ranking, &params)),
            // Checked above with the graph and the reference list.
            content: Some(content::documents(&config.data)?),
        },
    );
    Ok(Outputs {
        full,
        text,
        core,
        graph,
        core_graph,
    })
}

fn source(name: &str, version: &str, licence: &str, url: &str) -> SourceInfo {
    SourceInfo {
        name: name.into(),
        version: version.into(),
        licence: licence.into(),
        url: url.into(),
    }
}
