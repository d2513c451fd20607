//! What can go wrong while building, and reading a file with the path in the message.
//! Below every reader (`go`, `hpo`, `curated`, `content`, `treatments`), which the
//! crate root calls: the readers import this, never the root.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Source(String),
    #[error("cannot read {path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error(transparent)]
    Build(#[from] mechgraph::BuildError),
    #[error("{} problem(s) in the curated data:\n{}", .0.len(), .0.join("\n"))]
    Data(Vec<String>),
}

pub fn read_text(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|error| Error::Io {
        path: path.to_path_buf(),
        error,
    })
}
