//! Every file format in one place: CSV for spreadsheets (the assessments' layout and the
//! timeline's), JSON for backups and storage (the versioned envelope, its schema
//! migrations, and the timeline part), and the timeline's fields shared by both.

pub mod csv;
pub(crate) mod fields;
pub mod json;

pub use self::csv::export_csv;
pub use self::csv::timeline::export_timeline_csv;
pub use self::json::write::export_json;
pub(crate) use self::json::write::write as write_json;
