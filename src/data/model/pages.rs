//! A reading page written as data (`data/pages/*.json`: biomarkers, standards): its
//! introduction and sections, every paragraph with its sources; shown by `crate::pages`.

use super::story::Both;
use crate::i18n::AppText;
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
pub struct Section {
    pub id: String,
    pub heading: Both<String>,
    pub paragraphs: Both<Vec<String>>,
    pub refs: Vec<Vec<String>>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Page {
    pub id: String,
    pub title: Both<String>,
    pub intro: Both<Vec<String>>,
    pub intro_refs: Vec<Vec<String>>,
    pub sections: Vec<Section>,
}

impl Page {
    /// The view this page is shown in (`biomarkers`, `standards`).
    pub fn route(&self) -> crate::route::Route {
        crate::route::Route::from_hash(&format!("#/{}", self.id))
    }
}

/// The pages there are, by route name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageId {
    Biomarkers,
    Standards,
}

impl PageId {
    /// The reading page a route shows, if it is one.
    pub fn of(route: &crate::route::Route) -> Option<PageId> {
        match route {
            crate::route::Route::Biomarkers => Some(PageId::Biomarkers),
            crate::route::Route::Standards => Some(PageId::Standards),
            _ => None,
        }
    }

    pub fn key(self) -> AppText {
        match self {
            PageId::Biomarkers => AppText::NavBiomarkers,
            PageId::Standards => AppText::NavStandards,
        }
    }
}
