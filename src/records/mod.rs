//! What the self-assessment (`assess`) and the timeline share, below both: the personal
//! records on this device (`store.rs`: one `scales::History`, saved and merged with
//! other tabs), the wording of the scales crate's codes (`words.rs`) and the strings
//! both show (`say.rs`). Neither feature imports the other.

mod say;
pub mod store;
pub mod words;

pub use say::RecordText;
