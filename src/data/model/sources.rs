//! The dated sources of the treatments' statuses (`data/treatments/sources.tsv`), as
//! rows; shown by `crate::citations::sources`. Defined in `treatment-model`, which
//! databuild checks the file with.

pub use treatment_model::{parse_sources, SourceRow};
