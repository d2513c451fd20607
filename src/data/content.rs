//! The texts written as data — the story chapters, the treatments and their warning, the
//! biomarkers and standards pages — as the app reads them: from the CONT section of
//! `core.bin` (`databuild` copies the files of `data/` there after checking them), parsed
//! once when `core.bin` has decoded. Views follow [`GraphData::content`]: until the texts
//! are here they show `shell::ContentPending`.
//!
//! [`GraphData::content`]: super::GraphData

use super::load::Load;
use super::model::pages::{Page, PageId};
use super::model::sources::{parse_sources, SourceRow};
use super::model::story::{Chapter, Treatment, Warning};
use mechgraph::Snapshot;
use std::sync::OnceLock;

/// The documents' names in the CONT section (their paths below `data/`).
pub const CHAPTERS: &str = "story/chapters.json";
pub const TREATMENTS: &str = "treatments/treatments.json";
pub const WARNING: &str = "treatments/warning.json";
pub const CAUTION: &str = "treatments/caution.json";
pub const SOURCES: &str = "treatments/sources.tsv";
pub const BIOMARKERS: &str = "pages/biomarkers.json";
pub const STANDARDS: &str = "pages/standards.json";

/// Every text written as data, parsed.
#[derive(Debug)]
pub struct Content {
    /// In order, numbered from 1.
    pub chapters: Vec<Chapter>,
    pub treatments: Vec<Treatment>,
    pub warning: Warning,
    /// Supplements and stem-cell offers: what the evidence and the regulators say.
    pub caution: Warning,
    /// The dated sources the treatments cite as `SRC:key`.
    pub sources: Vec<SourceRow>,
    pub biomarkers: Page,
    pub standards: Page,
}

impl Content {
    /// Parses the documents; the first one missing or unreadable is named in the error.
    pub fn parse(docs: &mechgraph::format::Content) -> Result<Content, String> {
        fn doc<T: serde::de::DeserializeOwned>(
            docs: &mechgraph::format::Content,
            name: &str,
        ) -> Result<T, String> {
            let text = docs.get(name).ok_or_else(|| format!("{name} is missing"))?;
            serde_json::from_str(text).map_err(|e| format!("{name}: {e}"))
        }
        Ok(Content {
            chapters: doc(docs, CHAPTERS)?,
            treatments: doc(docs, TREATMENTS)?,
            warning: doc(docs, WARNING)?,
            caution: doc(docs, CAUTION)?,
            sources: docs
                .get(SOURCES)
                .ok_or_else(|| format!("{SOURCES} is missing"))
                .and_then(parse_sources)?,
            biomarkers: doc(docs, BIOMARKERS)?,
            standards: doc(docs, STANDARDS)?,
        })
    }

    pub fn chapter(&self, n: u8) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.id == n)
    }

    pub fn treatment(&self, id: &str) -> Option<&Treatment> {
        self.treatments.iter().find(|t| t.id == id)
    }

    pub fn page(&self, id: PageId) -> &Page {
        match id {
            PageId::Biomarkers => &self.biomarkers,
            PageId::Standards => &self.standards,
        }
    }
}

/// Where the texts are.
#[derive(Clone, Copy, Debug)]
pub enum ContentState {
    /// `core.bin` is still on its way.
    Waiting,
    Ready(&'static Content),
    /// `core.bin` could not be loaded (the footer says why).
    Failed,
    /// `core.bin` holds no texts (a file from before they moved there).
    Missing,
    /// The texts in `core.bin` cannot be read.
    Unreadable,
}

impl PartialEq for ContentState {
    fn eq(&self, o: &ContentState) -> bool {
        use ContentState::*;
        match (self, o) {
            (Ready(a), Ready(b)) => std::ptr::eq(*a, *b),
            (Waiting, Waiting) | (Failed, Failed) | (Missing, Missing) => true,
            (Unreadable, Unreadable) => true,
            _ => false,
        }
    }
}

impl ContentState {
    pub fn ready(self) -> Option<&'static Content> {
        match self {
            ContentState::Ready(c) => Some(c),
            _ => None,
        }
    }

    /// The state that follows from `core.bin`'s state.
    pub fn of(core: &Load) -> ContentState {
        match core {
            Load::Ready { snapshot, .. } => from_snapshot(snapshot),
            Load::Failed(_) => ContentState::Failed,
            Load::Waiting | Load::Loading { .. } => ContentState::Waiting,
        }
    }
}

/// Parsed once: the page loads `core.bin` once, and the texts live as long as the page.
fn from_snapshot(core: &Snapshot) -> ContentState {
    static PARSED: OnceLock<Option<Result<Content, String>>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| core.content.as_ref().map(Content::parse));
    match parsed {
        Some(Ok(c)) => ContentState::Ready(c),
        Some(Err(e)) => {
            leptos::logging::error!("core.bin: the texts cannot be read: {e}");
            ContentState::Unreadable
        }
        None => ContentState::Missing,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use mechgraph::format::Document;

    /// The files of data/ as `databuild` puts them into core.bin.
    pub fn documents() -> mechgraph::format::Content {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let mut names = [
            CHAPTERS, TREATMENTS, WARNING, CAUTION, SOURCES, BIOMARKERS, STANDARDS,
        ];
        names.sort_unstable();
        let documents = names
            .iter()
            .map(|name| Document {
                name: name.to_string(),
                text: std::fs::read_to_string(dir.join(name)).expect("readable"),
            })
            .collect();
        mechgraph::format::Content { documents }
    }

    /// The content of data/, parsed as the app parses core.bin's.
    pub fn content() -> Content {
        Content::parse(&documents()).expect("data/ parses")
    }

    #[test]
    fn a_missing_or_broken_document_is_named() {
        let mut docs = documents();
        docs.documents.retain(|d| d.name != WARNING);
        assert_eq!(
            Content::parse(&docs).err().as_deref(),
            Some("treatments/warning.json is missing")
        );
        let mut docs = documents();
        docs.documents[0].text.truncate(20);
        let err = Content::parse(&docs).err().unwrap_or_default();
        assert!(err.starts_with(BIOMARKERS), "{err}");
    }

    #[test]
    fn the_state_follows_core_bin() {
        assert_eq!(ContentState::of(&Load::Waiting), ContentState::Waiting);
        assert_eq!(
            ContentState::of(&Load::Failed(super::super::load::LoadError::Network)),
            ContentState::Failed
        );
        assert!(ContentState::Waiting.ready().is_none());
    }
}
