//! databuild build [--sources DIR] [--data DIR] [--out DIR] [--broad-evidence]
//!   Builds public/data/{full,text,core}.bin from the fetched sources and data/.
//! databuild compile NODES.tsv EDGES.tsv -o OUT.bin
//!   Compiles a graph written in the open TSV format (docs/DATA_FORMAT.md).

use databuild::{build, read_text, Config, Error};
use mechgraph::format::{self, MetaInput, SnapshotKind};
use mechgraph::model::ZhOrigin;
use mechgraph::{stats, tsv, GraphBuilder, Origin};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:\n  databuild build [--sources DIR] [--data DIR] [--out DIR] [--broad-evidence]\n  databuild compile NODES.tsv EDGES.tsv -o OUT.bin";

fn option(args: &[String], name: &str) -> Option<PathBuf> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => run_build(&args),
        Some("compile") => run_compile(&args),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("databuild: {e}");
            ExitCode::from(1)
        }
    }
}

fn write(path: &PathBuf, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes).map_err(|error| Error::Io {
        path: path.clone(),
        error,
    })
}

fn run_build(args: &[String]) -> Result<(), Error> {
    let config = Config {
        sources: option(args, "--sources").unwrap_or_else(|| "target/sources".into()),
        data: option(args, "--data").unwrap_or_else(|| "data".into()),
        broad_evidence: args.iter().any(|a| a == "--broad-evidence"),
    };
    let out = option(args, "--out").unwrap_or_else(|| "public/data".into());
    std::fs::create_dir_all(&out).map_err(|error| Error::Io {
        path: out.clone(),
        error,
    })?;
    let o = build(&config)?;
    for (name, bytes) in [
        ("full.bin", &o.full),
        ("text.bin", &o.text),
        ("core.bin", &o.core),
    ] {
        write(&out.join(name), bytes)?;
        println!("wrote {} ({} bytes)", out.join(name).display(), bytes.len());
    }
    let (full, core) = (stats::stats(&o.graph), stats::stats(&o.core_graph));
    println!(
        "full: {} nodes, {} edges; core: {} nodes, {} edges, {} with Chinese labels",
        full.nodes, full.edges, core.nodes, core.edges, core.chinese_labels
    );
    Ok(())
}

fn run_compile(args: &[String]) -> Result<(), Error> {
    let files: Vec<&String> = args
        .iter()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let out = option(args, "-o").ok_or_else(|| Error::Source(USAGE.into()))?;
    let [nodes, edges, ..] = files.as_slice() else {
        return Err(Error::Source(USAGE.into()));
    };
    let mut b = GraphBuilder::new();
    let mut problems = tsv::read_nodes(
        &mut b,
        nodes,
        &read_text(&PathBuf::from(nodes))?,
        ZhOrigin::Source,
    );
    problems.extend(tsv::read_edges(
        &mut b,
        edges,
        &read_text(&PathBuf::from(edges))?,
        Origin::User,
        false,
    ));
    if !problems.is_empty() {
        return Err(Error::Data(
            problems.iter().map(|p| p.to_string()).collect(),
        ));
    }
    let graph = b.build()?;
    let bytes = format::encode(
        &graph,
        MetaInput {
            kind: SnapshotKind::User,
            sources: vec![],
            note: format!("compiled from {nodes} and {edges}"),
            core_events: None,
            content: None,
        },
    );
    write(&out, &bytes)?;
    println!(
        "wrote {} ({} nodes, {} edges, {} bytes)",
        out.display(),
        graph.node_count(),
        graph.edge_count(),
        bytes.len()
    );
    Ok(())
}
