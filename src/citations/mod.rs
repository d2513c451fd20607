//! Sources of the app's own text: the reference list and the inline citation.
//!
//! Every medical sentence the shell shows carries a [`Source`]; every source is listed in
//! [`REFERENCES`] and shown on the About page. A PMID here must be one found in the
//! curated reference files (checked by `tests/references.rs` where they exist).

use crate::i18n::{text, use_i18n, AppText, Lang};
use leptos::prelude::*;

pub mod sources;
pub use sources::{SourceList, SourceRow, SourceTable};

/// A work the app cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefId {
    /// The volunteer group's notes (the seed document of this project).
    Seed,
    /// "Amyotrophic Lateral Sclerosis: Insights and New Prospects …" (2024), named in seed §1.2.
    Review2024,
    /// A PubMed article.
    Pubmed(u32),
}

/// Where a sentence comes from: a work, and for the notes, the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Notes(&'static str),
    Work(RefId),
}

/// One entry of the reference list.
#[derive(Clone, Copy, Debug)]
pub struct Reference {
    pub id: RefId,
    /// Title in its original language.
    pub title: &'static str,
    pub title_lang: Lang,
}

pub const PMID_MOTOR_NEURONS: u32 = 38_891_021;

pub const REFERENCES: &[Reference] = &[
    Reference {
        id: RefId::Seed,
        title: "渐冻症（ALS）志愿研究进展与思考",
        title_lang: Lang::Zh,
    },
    Reference {
        id: RefId::Review2024,
        title: "Amyotrophic Lateral Sclerosis: Insights and New Prospects in Disease Pathophysiology, Biomarkers and Therapies",
        title_lang: Lang::En,
    },
    Reference {
        id: RefId::Pubmed(PMID_MOTOR_NEURONS),
        title: "Updates on Disease Mechanisms and Therapeutics for Amyotrophic Lateral Sclerosis",
        title_lang: Lang::En,
    },
];

/// Every PMID the app's own text cites.
pub fn cited_pmids() -> impl Iterator<Item = u32> {
    REFERENCES.iter().filter_map(|r| match r.id {
        RefId::Pubmed(n) => Some(n),
        _ => None,
    })
}

pub fn pubmed_url(pmid: u32) -> String {
    format!("https://pubmed.ncbi.nlm.nih.gov/{pmid}/")
}

/// "[Source: Volunteer notes §1.2; PMID 38891021]" after a sentence.
#[component]
pub fn Cite(sources: &'static [Source]) -> impl IntoView {
    let i18n = use_i18n();
    let items: Vec<AnyView> = sources
        .iter()
        .map(|source| match *source {
            Source::Notes(section) => reference_view(&format!("SEED:{section}"), i18n),
            Source::Work(RefId::Pubmed(pmid)) => reference_view(&format!("PMID:{pmid}"), i18n),
            Source::Work(RefId::Seed) => {
                view! { <span>{i18n.t(AppText::SeedShort)}</span> }.into_any()
            }
            Source::Work(RefId::Review2024) => {
                view! { <span>{i18n.t(AppText::RefReview2024Short)}</span> }.into_any()
            }
        })
        .collect();
    cite_view(i18n, items)
}

/// " [Source: a; b]" around rendered references.
fn cite_view(i18n: crate::i18n::I18n, items: Vec<AnyView>) -> impl IntoView {
    let items = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| view! { {(i > 0).then_some("; ")}{item} })
        .collect_view();
    view! { <span class="cite">" ["{i18n.t(AppText::SourceLabel)}{items}"]"</span> }
}

/// The full reference list, for the About page.
#[component]
pub fn ReferenceList() -> impl IntoView {
    let i18n = use_i18n();
    let rows =
        REFERENCES
            .iter()
            .map(|r| {
                let title = view! { <cite lang=r.title_lang.html_tag()>{r.title}</cite> };
                let (extra, detail) = match r.id {
                RefId::Seed => (
                    Some(view! {
                        <span lang="en">
                            {move || (i18n.lang.get() == Lang::En).then(|| {
                                format!(
                                    " ({} {})",
                                    text(Lang::En, AppText::SeedTitleTranslated),
                                    text(Lang::En, AppText::TranslatedByProject)
                                )
                            })}
                        </span>
                    }
                    .into_any()),
                    i18n.t(AppText::SeedAuthors).into_any(),
                ),
                RefId::Review2024 => (None, i18n.t(AppText::RefReview2024Detail).into_any()),
                RefId::Pubmed(pmid) => (
                    Some(view! {
                        " "<a href=pubmed_url(pmid) rel="noopener noreferrer">"PMID "{pmid}</a>
                    }
                    .into_any()),
                    i18n.t(AppText::RefPubmedDetail).into_any(),
                ),
            };
                view! { <li>{title}{extra}<br/><span class="ref-detail">{detail}</span></li> }
            })
            .collect_view();
    view! { <ol class="references">{rows}</ol> }
}

/// One reference written as in the data files: `PMID:123` becomes a PubMed link,
/// `SEED:1.2` (or `SEED:1.2-table2[108]`) the volunteer notes and their section, `SRC:key`
/// a dated source of `data/treatments/sources.tsv` (see [`sources`]).
fn reference_view(r: &str, i18n: crate::i18n::I18n) -> AnyView {
    if let Some(pmid) = r.strip_prefix("PMID:").and_then(|p| p.parse::<u32>().ok()) {
        view! { <a href=pubmed_url(pmid) rel="noopener noreferrer">"PMID "{pmid}</a> }.into_any()
    } else if let Some(section) = r.strip_prefix("SEED:") {
        // `1.2-table2[108]`: section 1.2, Table 2, the table's reference 108.
        let (section, table_ref) = match section.split_once("-table2") {
            Some((s, rest)) => (s.to_string(), Some(rest.to_string())),
            None => (section.to_string(), None),
        };
        let table = table_ref.map(|rest| view! { " · "{i18n.t(AppText::RefTable2)}" "{rest} });
        view! { <span>{i18n.t(AppText::SeedShort)}" §"{section}{table}</span> }.into_any()
    } else if let Some(key) = r.strip_prefix("SRC:") {
        sources::source_view(key)
    } else if let Some(work) = r.strip_prefix("REF:").and_then(scale_reference) {
        view! { <cite lang="en">{work}</cite> }.into_any()
    } else {
        view! { <span>{r.to_string()}</span> }.into_any()
    }
}

/// The works behind the ALSFRS-R figures, as the design notes of the scales name them.
pub fn scale_reference(key: &str) -> Option<&'static str> {
    match key {
        "cedarbaum1999" => Some("Cedarbaum et al., J Neurol Sci 1999;169:13–21"),
        "kimura2006" => Some("Kimura et al., Neurology 2006"),
        "balendra2014" => {
            Some("Balendra et al., Amyotroph Lateral Scler Frontotemporal Degener 2014;15:279")
        }
        "chio2015" => Some("Chiò et al., J Neurol Neurosurg Psychiatry 2015;86:38"),
        "bedlack2016" => Some("Bedlack et al., Neurology 2016"),
        _ => None,
    }
}

/// The sources of one sentence or paragraph, written as in the data files.
#[component]
pub fn RefList(refs: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    (!refs.is_empty())
        .then(|| cite_view(i18n, refs.iter().map(|r| reference_view(r, i18n)).collect()))
}
