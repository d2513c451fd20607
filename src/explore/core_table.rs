//! The ranked table of core events, with each row's reasons in words: the three
//! measures in their own terms (`mechgraph::score::measures`): stored with the default
//! ranking in core.bin, worked out with every live re-rank (the percentiles only for a
//! file written before they were stored). On a narrow screen
//! each row is a card, each number labelled (`data-label`, style/explore.css).

use super::core_why::Why;
use super::ExploreText;
use crate::i18n::{use_i18n, Fill, I18n, Lang};
use crate::route::Route;
use crate::vocabulary::kind_name;
use leptos::prelude::*;
use mechgraph::score::{Measures, Params};
use mechgraph::NodeKind;

/// One ranked event: id, English and Chinese names, kind, the scores
/// `[combined, propagation, enrichment, causal]` (percentiles), and the measures in
/// their own terms when the full graph's scores are at hand.
#[derive(Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub en: String,
    pub zh: Option<String>,
    pub kind: NodeKind,
    pub scores: [f64; 4],
    pub measures: Option<Measures>,
}

/// A number with two significant digits ("0.42", "0.0031", "1.2e-9").
pub fn sig2(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        return "0".into();
    }
    if x.abs() < 1e-3 {
        return format!("{x:.1e}");
    }
    let digits = (1 - x.abs().log10().floor() as i32).max(0) as usize;
    format!("{x:.digits$}")
}

/// A share (0–1) as a percentage with two significant digits (a no-break space before
/// the sign, so it never starts a line).
/// Shares below 0.001 % read "< 0.001 %" (no exponent in a percentage).
fn share_text(x: f64) -> String {
    let pct = x * 100.0;
    if pct > 0.0 && pct < 1e-3 {
        return "<\u{a0}0.001\u{a0}%".into();
    }
    format!("{}\u{a0}%", sig2(pct))
}

fn times_top(i18n: I18n, m: &Measures) -> String {
    i18n.get(ExploreText::CoreTimesTop)
        .fill(&[("x", &sig2(m.propagation_vs_top))])
}

fn genes_of(i18n: I18n, m: &Measures) -> String {
    i18n.get(ExploreText::CoreGenesOf).fill(&[
        ("k", &m.seed_genes_below.to_string()),
        ("n", &m.genes.to_string()),
    ])
}

fn p_and_q(i18n: I18n, m: &Measures) -> String {
    i18n.get(ExploreText::CorePQ)
        .fill(&[("p", &sig2(m.p_value)), ("q", &sig2(m.q_value))])
}

/// The three measures in words, as list items: "why here" and the event page list them
/// the same way.
pub fn measure_items(i18n: I18n, m: &Measures) -> impl IntoView {
    let enrichment = i18n
        .get(ExploreText::CoreExplainEnrichment)
        .fill(&[("genes", &genes_of(i18n, m)), ("pq", &p_and_q(i18n, m))]);
    let not_significant = (!m.significant()).then(
        || view! { " "<strong class="not-significant">{i18n.t(ExploreText::CoreNotSignificantQ)}</strong> },
    );
    view! {
        <li>{i18n.get(ExploreText::CoreExplainPropagation).fill(&[("x", &times_top(i18n, m))])}</li>
        <li>{enrichment}{not_significant}</li>
        <li>{i18n.get(ExploreText::CoreExplainCausal).fill(&[("s", &share_text(m.flow_share))])}</li>
    }
}

/// The table. Rows are kept by event id: a re-rank moves the rows it keeps and changes
/// their numbers, and draws only the events that come in (drawing every row anew held
/// a slow phone for most of a re-rank).
#[component]
pub fn CoreTable(rows: Signal<Vec<Row>>, params: Signal<Params>) -> impl IntoView {
    let i18n = use_i18n();
    let ids = move || rows.with(|rs| rs.iter().map(|r| r.id.clone()).collect::<Vec<_>>());
    let caption = move || {
        let (n, terms) = rows.with(|rs| (rs.len(), rs.iter().any(|r| r.measures.is_some())));
        let key = if terms {
            ExploreText::CoreCaptionTerms
        } else {
            ExploreText::CoreCaption
        };
        i18n.get(key).fill(&[("n", &n.to_string())])
    };
    view! {
        <div class="table-scroll core-table-box">
            <table class="core-table">
                <caption id="core-caption">{caption}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t(ExploreText::CoreRank)}</th>
                    <th scope="col">{i18n.t(ExploreText::CoreEvent)}</th>
                    <th scope="col">{i18n.t(ExploreText::CorePropagation)}</th>
                    <th scope="col">{i18n.t(ExploreText::CoreEnrichment)}</th>
                    <th scope="col">{i18n.t(ExploreText::CoreCausal)}</th>
                </tr></thead>
                <tbody>
                    <For each=ids key=|id| id.clone() let:id>
                        <CoreRow id rows params/>
                    </For>
                </tbody>
            </table>
        </div>
    }
}

/// One event's row: its rank and scores follow the rows as they change.
#[component]
fn CoreRow(id: String, rows: Signal<Vec<Row>>, params: Signal<Params>) -> impl IntoView {
    let i18n = use_i18n();
    let lookup = id.clone();
    let at = Memo::new(move |_| {
        rows.with(|rs| {
            let i = rs.iter().position(|r| r.id == lookup)?;
            Some((i + 1, rs[i].scores, rs[i].measures))
        })
    });
    let Some(row) = rows.with_untracked(|rs| rs.iter().find(|r| r.id == id).cloned()) else {
        return ().into_any();
    };
    let kind = row.kind;
    let name_lang = Memo::new(move |_| {
        let zh = i18n.lang.get() == Lang::Zh;
        match (zh, &row.zh) {
            (true, Some(z)) if kind != NodeKind::Gene => (z.clone(), "zh-Hans"),
            _ => (row.en.clone(), "en"),
        }
    });
    let score = move |k: usize| at.with(|a| a.map_or(0.0, |(_, s, _)| s[k]));
    let measures = move || at.with(|a| a.and_then(|(_, _, m)| m));
    let pct = move |k: usize| format!("{:.1}", score(k) * 100.0);
    let why = Signal::derive(move || match measures() {
        Some(m) => {
            i18n.get(ExploreText::CoreWhyTerms)
                .fill(&[("combined", &format!("{:.3}", score(0)))])
                + if m.significant() {
                    ""
                } else {
                    i18n.get(ExploreText::CoreWhyNotSignificant)
                }
        }
        None => {
            i18n.get(ExploreText::CoreWhy)
                .fill(&[("p", &pct(1)), ("e", &pct(2)), ("k", &pct(3))])
        }
    });
    let propagation = move || measures().map_or_else(|| pct(1), |m| times_top(i18n, &m));
    let enrichment = move || {
        match measures() {
        None => pct(2).into_any(),
        Some(m) => view! {
            <span class="nowrap">{genes_of(i18n, &m)}</span>" "
            <span class="q nowrap">{i18n.get(ExploreText::CoreQ).fill(&[("q", &sig2(m.q_value))])}</span>
            {(!m.significant()).then(|| view! { " "<strong class="not-significant">{i18n.t(ExploreText::CoreNotSignificant)}</strong> })}
        }
        .into_any(),
    }
    };
    let causal = move || measures().map_or_else(|| pct(3), |m| share_text(m.flow_share));
    view! {
        <tr>
            <td class="rank" data-label=i18n.t(ExploreText::CoreRank)>{move || at.with(|a| a.map_or(0, |(rank, _, _)| rank))}</td>
            <th scope="row">
                <a href=Route::Event(id.clone()).href() lang=move || name_lang.get().1>{move || name_lang.get().0}</a>
                <span class="kind">{i18n.t(kind_name(kind))}</span>
                <Why id=id.clone() why params/>
            </th>
            <td data-label=i18n.t(ExploreText::CorePropagation)>{propagation}</td>
            <td data-label=i18n.t(ExploreText::CoreEnrichment)>{enrichment}</td>
            <td data-label=i18n.t(ExploreText::CoreCausal)>{causal}</td>
        </tr>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_two_significant_digits() {
        assert_eq!(sig2(0.4213), "0.42");
        assert_eq!(sig2(1.0), "1.0");
        assert_eq!(sig2(12.34), "12");
        assert_eq!(sig2(0.0312), "0.031");
        assert_eq!(sig2(0.00042), "4.2e-4");
        assert_eq!(sig2(0.0), "0");
        assert_eq!(share_text(0.0123), "1.2\u{a0}%");
        assert_eq!(share_text(0.000_012), "0.0012\u{a0}%");
        assert_eq!(share_text(1.2e-6), "<\u{a0}0.001\u{a0}%");
        assert_eq!(share_text(0.0), "0\u{a0}%");
    }
}
