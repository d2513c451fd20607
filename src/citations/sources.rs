//! The dated sources of the treatments' statuses (`data/treatments/sources.tsv`, from the
//! rows of the project's status-facts file rated High or Medium): parsed from core.bin's
//! texts, cited in the data as `SRC:key`, shown after a sentence as "organisation, date"
//! linked to the page, and listed in full on the About page.

pub use crate::data::model::sources::{parse_sources, SourceRow};
use crate::i18n::use_i18n;
use leptos::prelude::*;

crate::i18n::catalogue! {
    SourceText;
    NoDate => "无日期", "no date";
    Heading => "治疗状态的来源", "Sources of the treatments' status";
    Intro =>
        "治疗页上每一项的状态、批准和试验结果，都来自下面这些经过核对的页面（可信度为高或中）。日期是页面上的日期；“n.d.”表示页面没有日期。",
        "The status, approvals and trial results of every entry on the Treatments page come from these checked pages (rated high or medium). The date is the page's own; \"n.d.\" means the page shows none.";
    Confidence => "可信度：", "Confidence: ";
    Loading => "来源列表随数据一起加载。", "The list of sources loads with the data.";
    High => "高", "high";
    MediumHigh => "中高", "medium-high";
    Medium => "中", "medium";
    Seed => "不评级（本项目依据的笔记）", "not rated (the notes the project is built from)";
}

/// The `lang` attribute for a short text: Korean or Japanese where their scripts appear,
/// Chinese for other Chinese characters, English otherwise.
pub fn lang_of(text: &str) -> &'static str {
    let has = |from: char, to: char| text.chars().any(|c| (from..=to).contains(&c));
    if has('\u{ac00}', '\u{d7af}') {
        "ko"
    } else if has('\u{3040}', '\u{30ff}') {
        "ja"
    } else if has('\u{4e00}', '\u{9fff}') {
        "zh-Hans"
    } else {
        "en"
    }
}

/// The HTML language tag of a row's `lang` column.
fn tag(lang: &str) -> &'static str {
    match lang {
        "zh" => "zh-Hans",
        "ja" => "ja",
        "ko" => "ko",
        _ => "en",
    }
}

/// The sources, given as context by the views that cite them.
#[derive(Clone, Copy)]
pub struct SourceTable(pub &'static [SourceRow]);

/// `SRC:key` as "organisation, date" linked to the page (or the key as written, when no
/// table is in context or the key is unknown — the build refuses unknown keys).
pub fn source_view(key: &str) -> AnyView {
    let row = use_context::<SourceTable>().and_then(|t| t.0.iter().find(|r| r.id == key));
    match row {
        // The notes themselves, named as everywhere else in the app.
        Some(r) if r.url.is_empty() => {
            let i18n = use_i18n();
            view! { <span>{i18n.t(crate::i18n::AppText::SeedShort)}", "{date(&r.date)}</span> }
                .into_any()
        }
        Some(r) => view! {
            <a href=r.url.clone() rel="noopener noreferrer" lang=tag(&r.lang)>{r.organisation.clone()}", "{date(&r.date)}</a>
        }
        .into_any(),
        None => view! { <span>{key.to_string()}</span> }.into_any(),
    }
}

/// A source's date; "n.d. (…)" is English whatever the page's language.
fn date(d: &str) -> impl IntoView {
    let lang = d.bytes().any(|b| b.is_ascii_alphabetic()).then_some("en");
    view! { <span lang=lang>{d.to_string()}</span> }
}

/// The full list, for the About page.
#[component]
pub fn SourceList(rows: &'static [SourceRow]) -> impl IntoView {
    let i18n = use_i18n();
    let items = rows
        .iter()
        .map(|r| {
            let link = (!r.url.is_empty()).then(|| {
                view! { <br/><a class="source-url" href=r.url.clone() rel="noopener noreferrer" lang="en">{r.url.clone()}</a> }
            });
            let confidence = match r.confidence.as_str() {
                "High" => SourceText::High,
                "Medium-High" => SourceText::MediumHigh,
                "Medium" => SourceText::Medium,
                _ => SourceText::Seed,
            };
            view! {
                <li id=format!("source-{}", r.id)>
                    <strong lang=tag(&r.lang)>{r.organisation.clone()}</strong>" · "
                    <cite lang=lang_of(&r.title)>{r.title.clone()}</cite>" · "
                    {date(&r.date)}" · "{i18n.t(SourceText::Confidence)}{i18n.t(confidence)}
                    {link}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="references treatment-sources">{items}</ol> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_sources_parse_and_each_has_a_date() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let text = std::fs::read_to_string(dir.join("treatments/sources.tsv")).expect("tsv");
        let rows = parse_sources(&text).expect("parses");
        assert!(rows.len() > 40, "{}", rows.len());
        for r in &rows {
            assert!(!r.date.is_empty() && !r.organisation.is_empty(), "{r:?}");
            assert!(r.confidence != "Low", "{}", r.id);
        }
        assert!(parse_sources("id\nonly\tthree\tcols\n").is_err());
        assert_eq!(lang_of("칼소디주"), "ko");
        assert_eq!(lang_of("クアルソディ"), "ja");
        assert_eq!(lang_of("利鲁唑"), "zh-Hans");
        assert_eq!(lang_of("Rilutek"), "en");
    }
}
