//! Export and import formats: CSV for spreadsheets, JSON for backups and storage.

pub mod csv;
pub(crate) mod csv_row;
pub mod json;
pub(crate) mod json_record;
mod json_write;

pub use self::csv::export_csv;
pub use self::json_write::export_json;
pub(crate) use self::json_write::write as write_json;
