//! The open interchange format: a pair of TSV files, `nodes.tsv` and `edges.tsv`, that
//! any team can write to compile its own graph (documented in `docs/DATA_FORMAT.md`).
//! Columns are found by their header name, so their order is free. Every malformed line
//! is reported with its file and line number.

use crate::builder::{EdgeDraft, GraphBuilder, InfoDraft};
use crate::graph::ZhLabel;
use crate::model::{NodeKind, Origin, Relation, Sign, Themes, ZhOrigin};

/// A problem on one line of a TSV file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct TsvError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

struct Table<'a> {
    file: &'a str,
    header: Vec<&'a str>,
    rows: Vec<(usize, Vec<&'a str>)>,
}

impl<'a> Table<'a> {
    fn parse(
        file: &'a str,
        text: &'a str,
        required: &[&str],
        errors: &mut Vec<TsvError>,
    ) -> Option<Table<'a>> {
        let mut lines = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let Some((_, header)) = lines.next() else {
            errors.push(TsvError {
                file: file.into(),
                line: 1,
                message: "the file is empty".into(),
            });
            return None;
        };
        let header: Vec<&str> = header.split('\t').map(str::trim).collect();
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|c| !header.contains(c))
            .collect();
        if !missing.is_empty() {
            errors.push(TsvError {
                file: file.into(),
                line: 1,
                message: format!("missing column(s): {}", missing.join(", ")),
            });
            return None;
        }
        let mut rows = Vec::new();
        for (line, text) in lines {
            let cells: Vec<&str> = text.split('\t').collect();
            if cells.len() != header.len() {
                errors.push(TsvError {
                    file: file.into(),
                    line,
                    message: format!(
                        "{} fields where the header has {}",
                        cells.len(),
                        header.len()
                    ),
                });
                continue;
            }
            rows.push((line, cells));
        }
        Some(Table { file, header, rows })
    }

    fn get<'r>(&self, row: &'r [&'a str], column: &str) -> &'a str {
        self.header
            .iter()
            .position(|h| *h == column)
            .map(|i| row[i].trim())
            .unwrap_or("")
    }

    fn error(&self, line: usize, message: String) -> TsvError {
        TsvError {
            file: self.file.into(),
            line,
            message,
        }
    }
}

fn list(cell: &str, sep: char) -> Vec<String> {
    cell.split(sep)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Adds the nodes of a `nodes.tsv` to the builder. `zh_default` says who wrote Chinese
/// labels when the file has no `label_zh_origin` column.
pub fn read_nodes(
    b: &mut GraphBuilder,
    file: &str,
    text: &str,
    zh_default: ZhOrigin,
) -> Vec<TsvError> {
    let mut errors = Vec::new();
    let Some(t) = Table::parse(file, text, &["id", "kind", "label_en"], &mut errors) else {
        return errors;
    };
    for (line, row) in &t.rows {
        let (id, kind, label) = (t.get(row, "id"), t.get(row, "kind"), t.get(row, "label_en"));
        let Some(kind) = NodeKind::parse(kind) else {
            errors.push(t.error(
                *line,
                format!(
                    "unknown kind {kind:?} (one of: process, phenotype, mechanism, gene, disease)"
                ),
            ));
            continue;
        };
        if id.is_empty() || label.is_empty() {
            errors.push(t.error(*line, "id and label_en must not be empty".into()));
            continue;
        }
        if b.has_node(id) {
            errors.push(t.error(*line, format!("id {id} is given twice")));
            continue;
        }
        let origin = match t.get(row, "label_zh_origin") {
            "" => zh_default,
            "project" => ZhOrigin::Project,
            "source" => ZhOrigin::Source,
            other => {
                errors.push(t.error(
                    *line,
                    format!("label_zh_origin {other:?} is neither project nor source"),
                ));
                continue;
            }
        };
        let themes = match Themes::parse_list(t.get(row, "themes")) {
            Ok(themes) => themes,
            Err(e) => {
                errors.push(t.error(*line, e));
                continue;
            }
        };
        let node = match b.node(id, kind, label) {
            Ok(node) => node,
            Err(e) => {
                errors.push(t.error(*line, e.to_string()));
                continue;
            }
        };
        let zh = t.get(row, "label_zh");
        node.label_zh = (!zh.is_empty()).then(|| ZhLabel {
            text: zh.to_string(),
            origin,
        });
        let definition = t.get(row, "definition");
        node.definition = (!definition.is_empty()).then(|| definition.to_string());
        node.synonyms = list(t.get(row, "synonyms"), '|');
        let (desc_en, desc_zh, refs) = (
            t.get(row, "description_en"),
            t.get(row, "description_zh"),
            list(t.get(row, "refs"), ';'),
        );
        if !desc_en.is_empty() || !desc_zh.is_empty() || !refs.is_empty() || themes.0 != 0 {
            node.info = Some(InfoDraft {
                description_en: desc_en.to_string(),
                description_zh: desc_zh.to_string(),
                themes,
                refs,
            });
        }
    }
    errors.sort_by_key(|e| e.line);
    errors
}

/// Adds the edges of an `edges.tsv`; their ends must be nodes by the time the graph is
/// built. `require_refs` makes a reference mandatory on every edge (the curated layer).
pub fn read_edges(
    b: &mut GraphBuilder,
    file: &str,
    text: &str,
    origin: Origin,
    require_refs: bool,
) -> Vec<TsvError> {
    let mut errors = Vec::new();
    let Some(t) = Table::parse(file, text, &["source", "target", "relation"], &mut errors) else {
        return errors;
    };
    for (line, row) in &t.rows {
        let relation = t.get(row, "relation");
        let Some(relation) = Relation::parse(relation) else {
            let known: Vec<&str> = Relation::ALL.iter().map(|r| r.as_str()).collect();
            errors.push(t.error(
                *line,
                format!(
                    "unknown relation {relation:?} (one of: {})",
                    known.join(", ")
                ),
            ));
            continue;
        };
        let sign = match t.get(row, "sign") {
            "" => relation.default_sign(),
            s => match Sign::parse(s) {
                Some(sign) => sign,
                None => {
                    errors.push(t.error(
                        *line,
                        format!("unknown sign {s:?} (promotes, inhibits or unsigned)"),
                    ));
                    continue;
                }
            },
        };
        let (source, target) = (t.get(row, "source"), t.get(row, "target"));
        if source.is_empty() || target.is_empty() {
            errors.push(t.error(*line, "source and target must not be empty".into()));
            continue;
        }
        if let Some(missing) = [source, target].into_iter().find(|id| !b.has_node(id)) {
            errors.push(t.error(*line, format!("no node with id {missing}")));
            continue;
        }
        let refs = list(t.get(row, "refs"), ';');
        if require_refs && refs.is_empty() {
            errors.push(t.error(*line, "every edge needs at least one reference".into()));
            continue;
        }
        b.edge(EdgeDraft {
            sign,
            evidence: t.get(row, "evidence").to_string(),
            frequency: t.get(row, "frequency").to_string(),
            refs,
            ..EdgeDraft::new(source, target, relation, origin)
        });
    }
    errors.sort_by_key(|e| e.line);
    errors
}
