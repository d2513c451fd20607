//! The ranked table of core events, with each row's reasons in words.

use super::{kind_name, Ex};
use crate::i18n::{use_i18n, Lang};
use crate::route::Route;
use leptos::prelude::*;
use mechgraph::NodeKind;

/// id, English name, Chinese name, kind, [combined, propagation, enrichment, causal].
pub type TableRow = (String, String, Option<String>, NodeKind, [f64; 4]);

#[component]
pub fn CoreTable(rows: Vec<TableRow>) -> impl IntoView {
    let i18n = use_i18n();
    let count = rows.len();
    let body = move || {
        let zh = i18n.lang.get() == Lang::Zh;
        rows.iter()
            .enumerate()
            .map(|(i, (id, en, zh_name, kind, s))| {
                let (name, lang) = match (zh, zh_name) {
                    (true, Some(z)) if *kind != NodeKind::Gene => (z.clone(), "zh-Hans"),
                    _ => (en.clone(), "en"),
                };
                let pct = |x: f64| format!("{:.1}", x * 100.0);
                let why = i18n
                    .get(Ex::CoreWhy)
                    .replace("{p}", &pct(s[1]))
                    .replace("{e}", &pct(s[2]))
                    .replace("{k}", &pct(s[3]));
                view! {
                    <tr>
                        <td>{i + 1}</td>
                        <th scope="row">
                            <a href=Route::Event(id.clone()).href() lang=lang>{name}</a>
                            <details class="why"><summary>{i18n.t(Ex::CoreWhyLabel)}</summary><p>{why}</p></details>
                        </th>
                        <td>{i18n.t(kind_name(*kind))}</td>
                        <td>{format!("{:.3}", s[0])}</td>
                        <td>{pct(s[1])}</td>
                        <td>{pct(s[2])}</td>
                        <td>{pct(s[3])}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-scroll">
            <table class="core-table">
                <caption>{move || i18n.get(Ex::CoreCaption).replace("{n}", &count.to_string())}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t(Ex::CoreRank)}</th>
                    <th scope="col">{i18n.t(Ex::CoreEvent)}</th>
                    <th scope="col">{i18n.t(Ex::EventKind)}</th>
                    <th scope="col">{i18n.t(Ex::CoreCombined)}</th>
                    <th scope="col">{i18n.t(Ex::CorePropagation)}</th>
                    <th scope="col">{i18n.t(Ex::CoreEnrichment)}</th>
                    <th scope="col">{i18n.t(Ex::CoreCausal)}</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
