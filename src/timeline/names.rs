//! What the timeline's views call things: the scales crate's codes in words, the
//! treatment catalogue's names, and an intervention's name in the reader's language.

use super::compare;
use super::say::TimelineText;
use crate::data::model::story::Both;
use crate::i18n::Lang;
use leptos::prelude::Get;
use scales::timeline::{Category, InterventionName, MeasurementKind, MilestoneKind, MilestoneView};

pub fn category_name(c: Category) -> TimelineText {
    match c {
        Category::Medicine => TimelineText::CatMedicine,
        Category::ClinicalTrial => TimelineText::CatTrial,
        Category::Supplement => TimelineText::CatSupplement,
        Category::Tcm => TimelineText::CatTcm,
        Category::Therapy => TimelineText::CatTherapy,
        Category::Device => TimelineText::CatDevice,
        Category::Other => TimelineText::CatOther,
    }
}

pub fn measure_name(k: MeasurementKind) -> TimelineText {
    match k {
        MeasurementKind::NflSerum => TimelineText::NflSerum,
        MeasurementKind::NflCsf => TimelineText::NflCsf,
        MeasurementKind::Fvc => TimelineText::Fvc,
        MeasurementKind::Weight => TimelineText::Weight,
    }
}

pub fn milestone_kind_name(k: MilestoneKind) -> TimelineText {
    match k {
        MilestoneKind::Onset => TimelineText::MsOnset,
        MilestoneKind::Diagnosis => TimelineText::MsDiagnosis,
        MilestoneKind::Gastrostomy => TimelineText::MsGastrostomy,
        MilestoneKind::NivStart => TimelineText::MsNiv,
    }
}

pub fn milestone_name_of(lang: Lang, m: &MilestoneView) -> &'static str {
    compare::milestone_name(lang, m)
}

/// The app's treatment catalogue (from core.bin's texts; empty until they arrive,
/// tracked so that views update then).
fn treatments() -> &'static [crate::data::model::story::Treatment] {
    crate::data::use_graph_data()
        .content
        .get()
        .ready()
        .map_or(&[], |c| c.treatments.as_slice())
}

/// The app's treatment catalogue: (id, names, approved), the approved medicines first.
pub fn catalogue() -> Vec<(String, Both<String>, bool)> {
    let mut all: Vec<_> = treatments()
        .iter()
        .map(|t| (t.id.clone(), t.name.clone(), t.status == "approved"))
        .collect();
    all.sort_by_key(|(_, _, approved)| !approved);
    all
}

/// An intervention's name in `lang`: the catalogue's name, or what was typed.
pub fn name_in(lang: Lang, n: &InterventionName) -> String {
    match n {
        InterventionName::Free(s) => s.clone(),
        InterventionName::Catalogue(id) => treatments()
            .iter()
            .find(|t| t.id == id.as_str())
            .map_or_else(|| id.to_string(), |t| t.name.get(lang).clone()),
    }
}
