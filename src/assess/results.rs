//! The figures of one assessment (`#/assess/results`, the latest; or `/ID`): total, the
//! four parts, change since the last one, ΔFS, King's and MiToS stages, the reversal
//! check across the history and the trend. Each says what it means and where it comes
//! from; none predicts anything.

use super::plain::PlainResult;
use super::say::AssessText;
use super::{citation_ref, definition, tx};
use crate::citations::RefList;
use crate::i18n::{use_i18n, Fill, I18n};
use crate::records::store::{today, use_records};
use crate::records::words;
use crate::route::{AssessView, Route};
use leptos::prelude::*;
use scales::{AssessmentFigures, Date, Figure, FigureKey, ReversalCheck, Subdomain, Summary};

fn signed(n: i16) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

fn reason_text(i18n: I18n, f: Option<scales::Reason>) -> &'static str {
    f.and_then(|r| definition().reason(r))
        .map(|r| tx(i18n.lang.get(), &r.text))
        .unwrap_or("")
}

pub fn subdomain_name(i18n: I18n, s: Subdomain) -> &'static str {
    definition()
        .subdomains
        .iter()
        .find(|d| d.key == s.as_str())
        .map(|d| tx(i18n.lang.get(), &d.name))
        .unwrap_or("")
}

/// One figure: its name, value, what it means and its source.
#[component]
fn FigureCard(key: FigureKey, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let def = definition().figure(key);
    let title = move || def.map(|f| tx(i18n.lang.get(), &f.title)).unwrap_or("");
    let explanation = move || {
        def.map(|f| tx(i18n.lang.get(), &f.explanation))
            .unwrap_or("")
    };
    let refs = def
        .map(|f| vec![citation_ref(&f.citation)])
        .unwrap_or_default();
    view! {
        <section class="figure" data-figure=key.as_str()>
            <h3>{title}</h3>
            <div class="figure-value">{children()}</div>
            <p class="hint">{explanation}<RefList refs/></p>
        </section>
    }
}

pub fn reversal_view(i18n: I18n, f: &Figure<ReversalCheck>) -> String {
    let Figure::Defined { value } = f else {
        return reason_text(i18n, f.reason()).to_string();
    };
    let text = match &value.episode {
        None => i18n.get(AssessText::ReversalNone).to_string(),
        Some(e) => i18n.get(AssessText::ReversalFound).fill(&[
            ("from", &e.baseline_date.to_string()),
            ("a", &e.baseline_total.to_string()),
            ("to", &e.raised_date.to_string()),
            ("b", &e.raised_total.to_string()),
            ("until", &e.held_until_date.to_string()),
        ]),
    };
    text + &item_5_note(i18n, value.item_5_left_out, AssessText::ReversalItem5)
}

/// " " and the note on item 5 when it was left out across a switch between 5a and 5b.
fn item_5_note(i18n: I18n, left_out: bool, key: AssessText) -> String {
    if left_out {
        format!(" {}", i18n.get(key))
    } else {
        String::new()
    }
}

pub fn trend_text(i18n: I18n, trend: &Figure<scales::Trend>) -> String {
    match trend {
        Figure::Defined { value: t } => {
            i18n.get(AssessText::TrendText).fill(&[
                ("slope", &format!("{:+.2}", t.slope_per_month)),
                ("se", &format!("{:.2}", t.standard_error)),
                ("n", &t.assessments.to_string()),
                ("months", &format!("{:.1}", t.span_months)),
            ]) + &item_5_note(i18n, t.item_5_left_out, AssessText::TrendItem5)
        }
        Figure::Undefined { reason } => reason_text(i18n, Some(*reason)).to_string(),
    }
}

/// ΔFS in a line, or why there is none.
pub fn delta_text(i18n: I18n, f: &Figure<scales::DeltaFs>) -> String {
    match f.value() {
        Some(d) => format!(
            "{:.2} {} ({})",
            d.points_per_month,
            i18n.get(AssessText::PointsPerMonth),
            d.band.as_str()
        ),
        None => reason_text(i18n, f.reason()).to_string(),
    }
}

/// The named items whose flag is set, as list items.
fn flagged(i18n: I18n, items: &[(bool, AssessText)]) -> impl IntoView {
    items
        .iter()
        .filter(|(on, _)| *on)
        .map(|&(_, k)| view! { <li>{i18n.t(k)}</li> })
        .collect_view()
}

/// The change of the total since the previous assessment, in a line.
pub fn change_text(i18n: I18n, c: &scales::Change) -> String {
    i18n.get(AssessText::ChangeSince).fill(&[
        ("n", &signed(c.total)),
        ("date", &c.previous_date.to_string()),
        ("days", &c.days.to_string()),
    ])
}

/// Every figure for `a`, the assessment at `index` of the summary.
#[component]
pub fn FigureList(summary: Summary, index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let a: AssessmentFigures = summary.assessments[index].clone();
    let parts = Subdomain::ALL
        .into_iter()
        .map(|s| view! { <li>{move || subdomain_name(i18n, s)}": "<strong>{a.subscores.get(s)}</strong>" / 12"</li> })
        .collect_view();
    let change = match a.change.clone() {
        Figure::Defined { value: c } => {
            let c2 = c.clone();
            let text = move || change_text(i18n, &c2);
            let parts = Subdomain::ALL
                .into_iter()
                .map(|s| {
                    let d = match s {
                        Subdomain::Bulbar => c.bulbar,
                        Subdomain::FineMotor => c.fine_motor,
                        Subdomain::GrossMotor => c.gross_motor,
                        Subdomain::Respiratory => c.respiratory,
                    };
                    view! { <li>{move || subdomain_name(i18n, s)}": "{signed(d)}</li> }
                })
                .collect_view();
            let five = c
                .item_5_left_out
                .then(|| view! { <p>{i18n.t(AssessText::ChangeItem5)}</p> });
            view! { <p>{text}</p><ul class="inline-list">{parts}</ul>{five} }.into_any()
        }
        Figure::Undefined { reason } => {
            let r = reason;
            view! { <p>{move || reason_text(i18n, Some(r))}</p> }.into_any()
        }
    };
    let delta = match a.delta_fs.value() {
        Some(d) => {
            let (v, m, band) = (d.points_per_month, d.months_since_onset, d.band.as_str());
            view! {
                <p><strong>{format!("{v:.2}")}</strong>" "{i18n.t(AssessText::PointsPerMonth)}</p>
                <p>{move || i18n.get(AssessText::DeltaFsContext).fill(&[("months", &format!("{m:.1}")), ("band", band)])}</p>
            }
            .into_any()
        }
        None => {
            let r = a.delta_fs.reason();
            view! { <p>{move || reason_text(i18n, r)}</p> }.into_any()
        }
    };
    let kings = a.kings;
    let regions = flagged(
        i18n,
        &[
            (kings.bulbar, AssessText::RegionBulbar),
            (kings.upper_limb, AssessText::RegionUpper),
            (kings.lower_limb, AssessText::RegionLower),
        ],
    );
    let mitos = a.mitos;
    let lost = flagged(
        i18n,
        &[
            (mitos.movement, AssessText::MitosMovement),
            (mitos.swallowing, AssessText::MitosSwallowing),
            (mitos.communicating, AssessText::MitosCommunicating),
            (mitos.breathing, AssessText::MitosBreathing),
        ],
    );
    let r6 = summary.reversal_6m.clone();
    let r12 = summary.reversal_12m.clone();
    let trend = summary.trend.clone();
    let trend_text = move || trend_text(i18n, &trend);
    view! {
        <div class="figures">
            <FigureCard key=FigureKey::Total>
                <p class="big-number"><strong>{a.total}</strong>" / 48"</p>
                <p>{i18n.t(AssessText::AssessmentOf)}" "{a.date.to_string()}</p>
            </FigureCard>
            <FigureCard key=FigureKey::Subdomains><ul>{parts}</ul></FigureCard>
            <FigureCard key=FigureKey::Change>{change}</FigureCard>
            <FigureCard key=FigureKey::DeltaFs>{delta}</FigureCard>
            <FigureCard key=FigureKey::Kings>
                <p><strong>{move || words::kings_stage(i18n.lang.get(), kings.stage)}</strong></p>
                <ul class="inline-list">{regions}</ul>
            </FigureCard>
            <FigureCard key=FigureKey::Mitos>
                <p><strong>{i18n.t(AssessText::MitosStage)}" "{mitos.stage}</strong></p>
                <ul class="inline-list">{lost}</ul>
            </FigureCard>
            <FigureCard key=FigureKey::Reversal6m><p>{move || reversal_view(i18n, &r6)}</p></FigureCard>
            <FigureCard key=FigureKey::Reversal12m><p>{move || reversal_view(i18n, &r12)}</p></FigureCard>
            <FigureCard key=FigureKey::Trend><p>{trend_text}</p></FigureCard>
        </div>
    }
}

/// The date of first symptoms, kept once for all assessments (for ΔFS).
#[component]
pub fn OnsetEditor() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_records();
    let typed = RwSignal::new(
        store
            .history
            .with_untracked(|h| h.person().onset)
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let message = RwSignal::new(None::<String>);
    let save = move |_| {
        let text = typed.get_untracked();
        let parsed = if text.trim().is_empty() {
            Ok(None)
        } else {
            Date::parse(text.trim())
                .map_err(scales::Problem::from)
                .and_then(|d| match scales::assessment::check_date(d, Some(today())) {
                    Some(p) => Err(p),
                    None => Ok(Some(d)),
                })
        };
        message.set(Some(match parsed {
            Err(p) => words::problem(i18n.lang.get_untracked(), p).to_string(),
            Ok(onset) => match store.set_onset(onset) {
                Ok(()) => i18n.get(AssessText::OnsetSaved).to_string(),
                Err(_) => i18n.get(AssessText::AssessNotSaved).to_string(),
            },
        }));
    };
    view! {
        <div class="field onset">
            <label for="onset-date">{i18n.t(AssessText::OnsetLabel)}</label>
            <p class="hint">{i18n.t(AssessText::OnsetHint)}</p>
            <input id="onset-date" type="date" max=today().to_string()
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))/>
            <button type="button" class="button" on:click=save>{i18n.t(AssessText::OnsetSave)}</button>
            <p class="status" role="status">{move || message.get()}</p>
        </div>
    }
}

#[component]
pub fn ResultsView(id: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_records();
    let content = move || {
        let summary = store.history.with(scales::summarize);
        let index = match &id {
            Some(id) => summary.assessments.iter().position(|a| a.id.as_str() == id),
            None => summary.assessments.len().checked_sub(1),
        };
        match index {
            Some(index) => {
                let a = summary.assessments[index].clone();
                let edit = Route::assess(AssessView::Edit(a.id.as_str().to_string())).href();
                view! {
                    <PlainResult a edit/>
                    <section class="result-details" aria-labelledby="details-heading">
                        <h2 id="details-heading" tabindex="-1">{i18n.t(AssessText::PlainDetails)}</h2>
                        <p class="note">{i18n.t(AssessText::ResultsCalm)}</p>
                        <OnsetEditor/>
                        <FigureList summary index/>
                    </section>
                }
                .into_any()
            }
            None => view! {
                <h2>{i18n.t(AssessText::AssessTabResults)}</h2>
                <p>{i18n.t(if id.is_some() { AssessText::AssessNoSuchRecord } else { AssessText::AssessNoneYet })}</p>
                <p><a class="button primary" href=Route::assess(AssessView::Form).href()>{i18n.t(AssessText::AssessTabForm)}</a></p>
            }
            .into_any(),
        }
    };
    view! { {content} }
}
