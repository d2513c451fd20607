//! `mechgraph stats FILE [--json]`: what a snapshot holds, and whether it is intact.

use mechgraph::format::{self, DecodeError};
use mechgraph::stats;
use std::process::ExitCode;

const USAGE: &str = "usage: mechgraph stats FILE [--json]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let positional: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    match positional.as_slice() {
        [cmd, file] if cmd.as_str() == "stats" => match run_stats(file, json) {
            Ok(text) => {
                println!("{text}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("mechgraph: {file}: {e}");
                ExitCode::from(1)
            }
        },
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

#[derive(Debug)]
enum Error {
    Io(std::io::Error),
    Decode(DecodeError),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => write!(f, "{e}"),
            Error::Decode(e) => write!(f, "{e}"),
        }
    }
}

fn run_stats(file: &str, json: bool) -> Result<String, Error> {
    let bytes = std::fs::read(file).map_err(Error::Io)?;
    let meta = format::read_meta(&bytes).map_err(Error::Decode)?;
    let (stats, checksum) = if meta.kind == format::SnapshotKind::Text {
        (None, "ok (whole file and sections)")
    } else {
        let snapshot = format::decode(&bytes).map_err(Error::Decode)?;
        (
            Some(stats::stats(&snapshot.graph)),
            "ok (whole file and sections)",
        )
    };
    if json {
        let value = serde_json::json!({
            "file": file,
            "bytes": bytes.len(),
            "kind": format!("{:?}", meta.kind),
            "sources": meta.sources.iter().map(|s| serde_json::json!({"name": s.name, "version": s.version, "licence": s.licence})).collect::<Vec<_>>(),
            "graph_key": format!("{:08x}", meta.graph_key),
            "checksum": checksum,
            "stats": stats,
        });
        return Ok(serde_json::to_string_pretty(&value).unwrap_or_default());
    }
    let body = match &stats {
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
