//! What the user sees of the data: a status line with a progress bar while the full
//! graph loads, and the sources and counts of the loaded graph for the About page.

use crate::data::{use_graph_data, Load};
use crate::i18n::{use_i18n, AppText, Fill};
use leptos::prelude::*;
use mechgraph::{stats, NodeKind, Snapshot};

/// `12345` as `12,345`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn counted(template: &str, s: &Snapshot) -> String {
    template.fill(&[
        ("nodes", &thousands(s.graph.node_count())),
        ("edges", &thousands(s.graph.edge_count())),
    ])
}

/// The loading state of the graph, for the footer: a progress bar while the full graph
/// arrives, then what is loaded; a clear message if it fails.
#[component]
pub fn DataStatus() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_graph_data();
    let line = move || {
        match (data.core.get(), data.full.get()) {
        (_, Load::Ready { snapshot, .. }) => view! { <p>{counted(i18n.get(AppText::DataReadyFull), &snapshot)}</p> }.into_any(),
        (Load::Failed(e), _) | (_, Load::Failed(e)) => view! {
            <p class="data-error">{i18n.get(e.key())}" "<span class="detail" lang="en">{e.detail()}</span></p>
        }
        .into_any(),
        (_, Load::Loading { received, total }) => {
            let percent = total.filter(|&t| t > 0).map(|t| (received * 100 / t).min(100));
            view! {
                <p>
                    <label for="data-progress">{i18n.t(AppText::DataLoadingFull)}</label>" "
                    <progress id="data-progress" max="100" value=percent.unwrap_or(0) aria-label=i18n.t(AppText::DataProgressLabel)></progress>
                    " "{percent.map(|p| format!("{p} %"))}
                </p>
            }
            .into_any()
        }
        (Load::Ready { snapshot, .. }, _) => view! { <p>{counted(i18n.get(AppText::DataReadyCore), &snapshot)}</p> }.into_any(),
        _ => view! { <p>{i18n.t(AppText::DataLoadingCore)}</p> }.into_any(),
    }
    };
    // Decode times, for the measurement scripts (scripts/startup.mjs).
    let timing = move |load: Load| match load {
        Load::Ready { decode_ms, .. } => format!("{decode_ms:.1}"),
        _ => String::new(),
    };
    let longest = move |load: Load| match load {
        Load::Ready {
            longest_step_ms, ..
        } => format!("{longest_step_ms:.1}"),
        _ => String::new(),
    };
    view! {
        <div
            class="data-status"
            role="status"
            data-core-ms=move || timing(data.core.get())
            data-full-ms=move || timing(data.full.get())
            data-full-longest-ms=move || longest(data.full.get())
        >
            {line}
        </div>
    }
}

fn kind_key(kind: NodeKind) -> AppText {
    match kind {
        NodeKind::Process => AppText::KindProcess,
        NodeKind::Phenotype => AppText::KindPhenotype,
        NodeKind::Mechanism => AppText::KindMechanism,
        NodeKind::Gene => AppText::KindGene,
        NodeKind::Disease => AppText::KindDisease,
    }
}

/// Sources, versions, licences and counts of the best loaded snapshot.
#[component]
pub fn SnapshotFacts() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_graph_data();
    move || {
        let Some(snapshot) = data.best() else {
            return view! { <p>{i18n.t(AppText::AboutDataWaiting)}</p> }.into_any();
        };
        let which = if matches!(data.full.get(), Load::Ready { .. }) {
            AppText::WhichFull
        } else {
            AppText::WhichCore
        };
        let s = stats::stats(&snapshot.graph);
        let hpo_version = snapshot
            .meta
            .sources
            .iter()
            .find(|src| src.name.contains("Phenotype"))
            .map(|src| src.version.clone())
            .unwrap_or_default();
        let sources = snapshot
            .meta
            .sources
            .iter()
            .map(|src| {
                view! {
                    <tr lang="en">
                        <td>{src.name.clone()}</td>
                        <td>{src.version.clone()}</td>
                        <td>{src.licence.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        let kinds = NodeKind::ALL
            .iter()
            .map(|&k| {
                let n = s.nodes_by_kind.get(k.as_str()).copied().unwrap_or(0);
                view! { <tr><th scope="row">{i18n.t(kind_key(k))}</th><td>{thousands(n)}</td></tr> }
            })
            .collect_view();
        view! {
            <p>{i18n.t(AppText::AboutDataIntro)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t(AppText::SourcesCaption)>
                <table>
                    <caption>{i18n.t(AppText::SourcesCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t(AppText::ColumnSource)}</th>
                        <th scope="col">{i18n.t(AppText::ColumnVersion)}</th>
                        <th scope="col">{i18n.t(AppText::ColumnLicence)}</th>
                    </tr></thead>
                    <tbody>{sources}</tbody>
                </table>
            </div>
            <p>{move || i18n.get(AppText::AboutHpoAck).fill(&[("version", &hpo_version)])}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t(AppText::CountsCaption)>
            <table class="counts">
                <caption>{i18n.t(AppText::CountsCaption)}" ("{i18n.t(which)}")"</caption>
                <thead><tr>
                    <th scope="col">{i18n.t(AppText::ColumnWhat)}</th>
                    <th scope="col">{i18n.t(AppText::ColumnCount)}</th>
                </tr></thead>
                <tbody>
                    <tr><th scope="row">{i18n.t(AppText::CountEvents)}</th><td>{thousands(s.nodes)}</td></tr>
                    {kinds}
                    <tr><th scope="row">{i18n.t(AppText::CountRelations)}</th><td>{thousands(s.edges)}</td></tr>
                    <tr><th scope="row">{i18n.t(AppText::CountChinese)}</th><td>{thousands(s.chinese_labels)}</td></tr>
                    <tr><th scope="row">{i18n.t(AppText::CountReferences)}</th><td>{thousands(s.references)}</td></tr>
                </tbody>
            </table>
            </div>
        }
        .into_any()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_grouped() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(71379), "71,379");
        assert_eq!(super::thousands(1234567), "1,234,567");
    }
}
