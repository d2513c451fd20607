//! Gene Ontology biological processes (GO.sqlite from the Debian package r-bioc-go.db)
//! and human gene annotations (org.Hs.eg.sqlite from r-bioc-org.hs.eg.db).

use crate::error::Error;
use mechgraph::{EdgeDraft, GraphBuilder, NodeKind, Origin, Relation};
use rusqlite::Connection;
use std::collections::BTreeMap;
use std::path::Path;

/// Experimental evidence codes, best first. With `broad` evidence every other code is
/// accepted after these.
pub const EXPERIMENTAL: [&str; 11] = [
    "EXP", "IDA", "IPI", "IMP", "IGI", "IEP", "HTP", "HDA", "HMP", "HGI", "HEP",
];

fn open(path: &Path) -> Result<Connection, Error> {
    Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| Error::Source(format!("{}: {e}", path.display())))
}

fn sql(path: &Path) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |e| Error::Source(format!("{}: {e}", path.display()))
}

/// The GO release date from the `metadata` table.
pub fn go_version(path: &Path) -> Result<String, Error> {
    let db = open(path)?;
    db.query_row(
        "SELECT value FROM metadata WHERE name = 'GOSOURCEDATE'",
        [],
        |r| r.get(0),
    )
    .map_err(sql(path))
}

/// Adds every BP term (label, definition, synonyms) and the BP parent relations.
pub fn read_processes(b: &mut GraphBuilder, path: &Path) -> Result<(), Error> {
    let db = open(path)?;
    let mut terms = db
        .prepare("SELECT _id, go_id, term, definition FROM go_term WHERE ontology = 'BP'")
        .map_err(sql(path))?;
    let rows = terms
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })
        .map_err(sql(path))?;
    let mut go_of_row: BTreeMap<i64, String> = BTreeMap::new();
    for row in rows {
        let (row_id, go_id, term, definition) = row.map_err(sql(path))?;
        let node = b.node(&go_id, NodeKind::Process, &term)?;
        node.definition = definition.filter(|d| !d.trim().is_empty());
        go_of_row.insert(row_id, go_id);
    }

    let mut syn = db
        .prepare("SELECT _id, synonym FROM go_synonym WHERE like_go_id = 0 ORDER BY _id, synonym")
        .map_err(sql(path))?;
    let rows = syn
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .map_err(sql(path))?;
    for row in rows {
        let (row_id, synonym) = row.map_err(sql(path))?;
        if let Some(node) = go_of_row.get(&row_id).and_then(|id| b.node_mut(id)) {
            if !node.synonyms.contains(&synonym) {
                node.synonyms.push(synonym);
            }
        }
    }

    let mut parents = db
        .prepare("SELECT _id, _parent_id, relationship_type FROM go_bp_parents")
        .map_err(sql(path))?;
    let rows = parents
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .map_err(sql(path))?;
    for row in rows {
        let (child, parent, kind) = row.map_err(sql(path))?;
        let relation = match kind.as_str() {
            "isa" => Relation::IsA,
            "part of" => Relation::PartOf,
            "regulates" => Relation::Regulates,
            "positively regulates" => Relation::PositivelyRegulates,
            "negatively regulates" => Relation::NegativelyRegulates,
            other => return Err(Error::Source(format!("GO: unknown relationship {other:?}"))),
        };
        // The pseudo-root `all` is no BP term: its edge is dropped here.
        if let (Some(c), Some(p)) = (go_of_row.get(&child), go_of_row.get(&parent)) {
            b.edge(EdgeDraft::new(c, p, relation, Origin::GeneOntology));
        }
    }
    Ok(())
}

/// A human gene: NCBI Gene id, symbol, full name and the other symbols it is known by
/// (org.Hs.eg.db's `alias` table: `TDP-43` for TARDBP, `TLS` for FUS).
pub struct Gene {
    pub ncbi_id: String,
    pub symbol: String,
    pub name: String,
    pub aliases: Vec<String>,
}

/// Every human gene of org.Hs.eg.sqlite, by symbol.
pub fn read_genes(path: &Path) -> Result<BTreeMap<String, Gene>, Error> {
    let db = open(path)?;
    let mut st = db
        .prepare("SELECT g.gene_id, i.symbol, i.gene_name FROM genes g JOIN gene_info i ON i._id = g._id")
        .map_err(sql(path))?;
    let rows = st
        .query_map([], |r| {
            Ok(Gene {
                ncbi_id: r.get(0)?,
                symbol: r.get(1)?,
                name: r.get(2)?,
                aliases: Vec::new(),
            })
        })
        .map_err(sql(path))?;
    let mut genes = BTreeMap::new();
    for gene in rows {
        let gene = gene.map_err(sql(path))?;
        genes.insert(gene.symbol.clone(), gene);
    }
    let mut st = db
        .prepare(
            "SELECT i.symbol, a.alias_symbol FROM alias a JOIN gene_info i ON i._id = a._id \
             ORDER BY i.symbol, a.alias_symbol",
        )
        .map_err(sql(path))?;
    let rows = st
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .map_err(sql(path))?;
    for row in rows {
        let (symbol, alias) = row.map_err(sql(path))?;
        if let Some(gene) = genes.get_mut(&symbol) {
            if alias != gene.symbol && !gene.aliases.contains(&alias) {
                gene.aliases.push(alias);
            }
        }
    }
    Ok(genes)
}

/// The node id of a gene.
pub fn gene_id(symbol: &str) -> String {
    format!("GENE:{symbol}")
}

/// Adds a gene node (symbol as label, full name as definition, NCBI id and the aliases
/// as synonyms). The search indexes a gene's definition as its protein name.
pub fn add_gene(b: &mut GraphBuilder, gene: &Gene) -> Result<(), Error> {
    let node = b.node(&gene_id(&gene.symbol), NodeKind::Gene, &gene.symbol)?;
    node.definition = (!gene.name.is_empty()).then(|| gene.name.clone());
    let xref = format!("NCBIGene:{}", gene.ncbi_id);
    for name in std::iter::once(&xref).chain(&gene.aliases) {
        if !node.synonyms.contains(name) {
            node.synonyms.push(name.clone());
        }
    }
    Ok(())
}

/// Adds gene → process annotations, one edge per pair with its best evidence code:
/// experimental codes only, or every code when `broad`.
pub fn read_annotations(
    b: &mut GraphBuilder,
    path: &Path,
    genes: &BTreeMap<String, Gene>,
    broad: bool,
) -> Result<usize, Error> {
    let db = open(path)?;
    let mut st = db
        .prepare(
            "SELECT i.symbol, b.go_id, b.evidence FROM go_bp b JOIN gene_info i ON i._id = b._id",
        )
        .map_err(sql(path))?;
    let rows = st
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .map_err(sql(path))?;
    let rank = |code: &str| {
        EXPERIMENTAL
            .iter()
            .position(|c| *c == code)
            .unwrap_or(EXPERIMENTAL.len())
    };
    let mut best: BTreeMap<(String, String), String> = BTreeMap::new();
    for row in rows {
        let (symbol, go, evidence) = row.map_err(sql(path))?;
        if !broad && rank(&evidence) == EXPERIMENTAL.len() {
            continue;
        }
        if !b.has_node(&go) {
            continue;
        }
        let slot = best.entry((symbol, go)).or_insert_with(|| evidence.clone());
        if (rank(&evidence), evidence.as_str()) < (rank(slot), slot.as_str()) {
            *slot = evidence;
        }
    }
    let count = best.len();
    for ((symbol, go), evidence) in best {
        if let Some(gene) = genes.get(&symbol) {
            add_gene(b, gene)?;
            b.edge(EdgeDraft {
                evidence,
                ..EdgeDraft::new(
                    &gene_id(&symbol),
                    &go,
                    Relation::AnnotatedTo,
                    Origin::GoAnnotation,
                )
            });
        }
    }
    Ok(count)
}
