//! Snapshot format v1: encoding a [`crate::graph::Graph`] to bytes and decoding it back. Decoding
//! checks everything and returns a [`DecodeError`] for any malformed input; it never
//! panics. The layout is documented in `docs/DATA_FORMAT.md`.

pub mod container;
mod decode;
mod encode;
mod ids;
mod read;
pub mod sections;
mod snapshot;
pub mod steps;
mod text;

pub use container::{Codec, FORMAT_VERSION, MAGIC};
pub use decode::{decode, read_meta};
pub use encode::{encode, encode_text, MetaInput};
pub use sections::{Content, CoreEvents, CoreMeasures, Document, Meta, SnapshotKind, SourceInfo};
pub use snapshot::{DecodeError, Snapshot};
pub use steps::read_text;
pub use text::{attach_text, TextParts};
