//! The timeline as one SVG: the ALSFRS-R total (and, on request, the four parts) on top,
//! key dates as dashed vertical lines, one band per intervention, then each kind of
//! measurement on an axis of its own; every panel shares the time axis. All text is real
//! text in the reader's language; the table below says the same for screen readers.

use super::model::{bands, series, ticks, Period, LEFT, RIGHT};
use super::names::{measure_name, milestone_kind_name};
use super::say::TimelineText;
use crate::i18n::{use_i18n, Lang};
use leptos::prelude::*;
use scales::timeline::{Intervention, MilestoneView};
use scales::{Measurement, Subdomain, Summary};

const SCORE_H: f64 = 150.0;
const PARTS_H: f64 = 90.0;
const ROW_H: f64 = 26.0;
const MEASURE_H: f64 = 80.0;
const GAP: f64 = 40.0;
const DASHES: [&str; 4] = ["", "8 4", "2 4", "12 4 2 4"];

pub struct ChartData {
    pub summary: Summary,
    pub interventions: Vec<Intervention>,
    pub names: Vec<String>,
    pub measurements: Vec<Measurement>,
    pub milestones: Vec<MilestoneView>,
}

fn polyline(points: Vec<(f64, f64)>, class: &'static str, dash: &'static str) -> impl IntoView {
    let attr = points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ");
    let dots = points
        .into_iter()
        .map(|(x, y)| view! { <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="3.5"/> })
        .collect_view();
    view! { <g class=class><polyline points=attr fill="none" stroke-dasharray=dash/>{dots}</g> }
}

/// A panel's frame: its title, the values at the bottom and top of its axis.
fn frame(
    width: f64,
    top: f64,
    height: f64,
    title: String,
    lo: String,
    hi: String,
) -> impl IntoView {
    view! {
        <text class="panel-title" x=LEFT y=format!("{:.1}", top - 8.0)>{title}</text>
        <line class="grid" x1=LEFT x2=width - RIGHT y1=top y2=top/>
        <line class="grid" x1=LEFT x2=width - RIGHT y1=top + height y2=top + height/>
        <text class="axis" x=LEFT - 6.0 y=top + 4.0 text-anchor="end">{hi}</text>
        <text class="axis" x=LEFT - 6.0 y=top + height + 4.0 text-anchor="end">{lo}</text>
    }
}

pub fn chart(data: &ChartData, p: Period, parts: bool, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let t = |k: TimelineText| crate::i18n::text(lang, k).to_string();
    let shown: Vec<_> = data
        .summary
        .assessments
        .iter()
        .filter(|a| p.contains(a.date))
        .collect();
    let mut top = 28.0;
    let score_top = top;
    let y_score = |v: u8, max: f64, top: f64, h: f64| top + h * (1.0 - f64::from(v) / max);
    let total = polyline(
        shown
            .iter()
            .map(|a| (p.x(a.date), y_score(a.total, 48.0, score_top, SCORE_H)))
            .collect(),
        "line total",
        "",
    );
    let mut panels = vec![
        frame(
            p.width,
            top,
            SCORE_H,
            t(TimelineText::Total),
            "0".into(),
            "48".into(),
        )
        .into_any(),
        total.into_any(),
    ];
    top += SCORE_H + GAP;
    if parts {
        let parts_top = top;
        panels.push(
            frame(
                p.width,
                top,
                PARTS_H,
                crate::i18n::text(lang, crate::records::RecordText::ChartPartsTitle).to_string(),
                "0".into(),
                "12".into(),
            )
            .into_any(),
        );
        for (k, s) in Subdomain::ALL.into_iter().enumerate() {
            let pts = shown
                .iter()
                .map(|a| {
                    (
                        p.x(a.date),
                        y_score(a.subscores.get(s), 12.0, parts_top, PARTS_H),
                    )
                })
                .collect();
            panels.push(polyline(pts, "line part", DASHES[k % 4]).into_any());
            // The legend: each part's dash pattern and name, in a row under the panel.
            let x = LEFT + k as f64 * (p.width - LEFT - RIGHT) / 4.0;
            panels.push(view! {
                <g class="line part">
                    <line x1=x x2=x + 18.0 y1=parts_top + PARTS_H + 14.0 y2=parts_top + PARTS_H + 14.0 stroke-dasharray=DASHES[k % 4]/>
                    <text class="axis" x=x + 21.0 y=parts_top + PARTS_H + 18.0>{crate::records::words::subdomain_short(lang, s)}</text>
                </g>
            }.into_any());
        }
        top += PARTS_H + GAP + 20.0;
    }
    // Interventions, one row each.
    let list: Vec<&Intervention> = data.interventions.iter().collect();
    let placed = bands(&list, &p);
    let rows = placed.iter().flatten().count();
    if rows > 0 {
        panels.push(view! { <text class="panel-title" x=LEFT y=format!("{:.1}", top - 8.0)>{t(TimelineText::Interventions)}</text> }.into_any());
        for (b, name) in placed.iter().zip(&data.names) {
            let Some(b) = b else { continue };
            let y = top + b.row as f64 * ROW_H;
            let label = if b.open {
                format!("{name} {}", t(TimelineText::Ongoing))
            } else {
                name.clone()
            };
            panels.push(view! {
                <g class=if b.open { "band open" } else { "band" }>
                    <rect x=format!("{:.1}", b.x0) y=format!("{:.1}", y) width=format!("{:.1}", b.x1 - b.x0) height=ROW_H - 6.0 rx="4"/>
                    <text x=format!("{:.1}", (b.x0 + 4.0).min(p.width - RIGHT - 120.0).max(LEFT)) y=format!("{:.1}", y + ROW_H / 2.0)>{label}</text>
                </g>
            }.into_any());
        }
        top += rows as f64 * ROW_H + GAP;
    }
    // Measurements, each kind on its own axis.
    let ms: Vec<&Measurement> = data.measurements.iter().collect();
    for s in series(&ms, &p) {
        let title = format!("{} ({})", t(measure_name(s.kind)), s.kind.canonical_unit());
        panels.push(
            frame(
                p.width,
                top,
                MEASURE_H,
                title,
                format!("{}", s.lo),
                format!("{}", s.hi),
            )
            .into_any(),
        );
        let pts = s
            .points
            .iter()
            .map(|&(x, v)| (x, s.y(v, top, MEASURE_H)))
            .collect();
        panels.push(polyline(pts, "line measure", "").into_any());
        top += MEASURE_H + GAP;
    }
    let height = top + 10.0;
    // Key dates across every panel, and the month ticks under them.
    let marks = data
        .milestones
        .iter()
        .filter(|m| p.contains(m.date))
        .map(|m| {
            let x = p.x(m.date);
            view! {
                <g class="milestone">
                    <line x1=x x2=x y1=score_top y2=height - 24.0/>
                    <text x=x + 3.0 y=score_top + 12.0>{crate::i18n::text(lang, milestone_kind_name(m.kind))}</text>
                </g>
            }
        })
        .collect_view();
    let axis = ticks(&p)
        .into_iter()
        .map(|(x, label)| {
            view! {
                <line class="tick" x1=x x2=x y1=height - 24.0 y2=height - 18.0/>
                <text class="axis" x=x y=height - 4.0 text-anchor="middle">{label}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="timeline-chart" viewBox=format!("0 0 {:.0} {height:.0}", p.width) role="img"
            aria-labelledby="tl-chart-title tl-chart-desc" lang=lang.html_tag()>
            <title id="tl-chart-title">{i18n.t(TimelineText::ChartTitle)}</title>
            <desc id="tl-chart-desc">{i18n.t(TimelineText::ChartDesc)}</desc>
            {panels}
            {marks}
            <line class="grid" x1=LEFT x2=p.width - RIGHT y1=height - 24.0 y2=height - 24.0/>
            {axis}
        </svg>
    }
}
