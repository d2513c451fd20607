//! Answering without fine movement. **Switch scanning**: a highlight (and the keyboard
//! focus) steps through the choices of the open step at the pace the user sets, for as
//! long as needed; one key — Space or Enter, which is what most switch interfaces send —
//! presses the highlighted choice. **Dwell-to-click**: resting the pointer (eye tracker,
//! head mouse) on a choice presses it after the set time; moving away cancels.
//! Both are turned on here, or by a link with `?scan=1` / `?dwell=1` a helper can send.

use super::say::AssessText;
use super::store::{step_through, use_assess, Access, DWELL_STEPS_MS, SCAN_STEPS_MS};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

const TARGETS: &str = "[data-scan]:not([disabled])";
const MARK: &str = "scan-current";
const DWELLING: &str = "dwelling";

/// Steps through the `[data-scan]` targets inside the element with id `root` (the
/// form, or the result after saving), so that a switch user is never left without a
/// highlight.
#[derive(Clone, Copy)]
pub struct Scanner {
    root: &'static str,
    index: StoredValue<Option<usize>>,
    access: RwSignal<Access>,
    dwell: StoredValue<Option<(TimeoutHandle, Element)>, LocalStorage>,
}

fn marked(root: &Element) -> Option<HtmlElement> {
    root.query_selector(&format!(".{MARK}"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

impl Scanner {
    pub fn new(access: RwSignal<Access>, root: &'static str) -> Scanner {
        let s = Scanner {
            root,
            index: StoredValue::new(None),
            access,
            dwell: StoredValue::new_local(None),
        };
        let timer = StoredValue::new_local(None::<IntervalHandle>);
        Effect::new(move |_| {
            let a = access.get();
            if let Some(h) = timer.get_value() {
                h.clear();
            }
            s.restart();
            let next = a
                .scanning
                .then(|| {
                    set_interval_with_handle(
                        move || s.tick(),
                        Duration::from_millis(a.scan_ms.into()),
                    )
                    .ok()
                })
                .flatten();
            timer.set_value(next);
        });
        on_cleanup(move || {
            if let Some(h) = timer.get_value() {
                h.clear();
            }
        });
        s
    }

    fn root(self) -> Option<Element> {
        web_sys::window()?.document()?.get_element_by_id(self.root)
    }

    fn targets(self) -> Vec<HtmlElement> {
        let Some(root) = self.root() else {
            return Vec::new();
        };
        let Ok(list) = root.query_selector_all(TARGETS) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
            .filter(|e| e.offset_parent().is_some())
            .collect()
    }

    fn tick(self) {
        let targets = self.targets();
        if targets.is_empty() {
            return;
        }
        let next = self
            .index
            .get_value()
            .map_or(0, |i| (i + 1) % targets.len());
        self.clear_mark();
        let el = &targets[next];
        let _ = el.class_list().add_1(MARK);
        let _ = el.focus();
        self.index.set_value(Some(next));
    }

    fn clear_mark(self) {
        if let Some(m) = self.root().and_then(|r| marked(&r)) {
            let _ = m.class_list().remove_1(MARK);
        }
    }

    /// Starts the scan again from the first choice (after the step changed).
    pub fn restart(self) {
        self.clear_mark();
        self.index.set_value(None);
    }

    /// The switch: presses the highlighted choice. True when the key was used.
    pub fn handle_key(self, ev: &leptos::ev::KeyboardEvent) -> bool {
        if !self.access.with_untracked(|a| a.scanning)
            || !matches!(ev.key().as_str(), " " | "Enter")
        {
            return false;
        }
        ev.prevent_default();
        match self.root().and_then(|r| marked(&r)) {
            Some(el) => {
                self.restart();
                el.click();
            }
            None => self.tick(),
        }
        true
    }

    fn cancel_dwell(self) {
        if let Some((h, el)) = self.dwell.get_value() {
            h.clear();
            let _ = el.class_list().remove_1(DWELLING);
        }
        self.dwell.set_value(None);
    }

    /// Pointer entered something: start the dwell timer on the choice under it.
    pub fn pointer_over(self, ev: leptos::ev::PointerEvent) {
        let Some(a) = self
            .access
            .with_untracked(|a| a.dwell.then_some(a.dwell_ms))
        else {
            return;
        };
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| {
                t.closest("label.choice, button[data-scan], a[data-scan]")
                    .ok()
                    .flatten()
            })
        else {
            return;
        };
        if self
            .dwell
            .with_value(|d| d.as_ref().is_some_and(|(_, e)| e == &el))
        {
            return;
        }
        self.cancel_dwell();
        let _ = el.class_list().add_1(DWELLING);
        let _ = el.set_attribute("style", &format!("--dwell-ms: {a}ms"));
        let target = el.clone();
        let handle = set_timeout_with_handle(
            move || {
                self.dwell.set_value(None);
                let _ = target.class_list().remove_1(DWELLING);
                if let Ok(h) = target.clone().dyn_into::<HtmlElement>() {
                    h.click();
                }
            },
            Duration::from_millis(a.into()),
        );
        if let Ok(h) = handle {
            self.dwell.set_value(Some((h, el)));
        }
    }

    /// Pointer left: cancel unless it only moved within the same choice.
    pub fn pointer_out(self, ev: leptos::ev::PointerEvent) {
        let inside = self.dwell.with_value(|d| {
            d.as_ref().is_some_and(|(_, el)| {
                ev.related_target()
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                    .is_some_and(|n| el.contains(Some(&n)))
            })
        });
        if !inside {
            self.cancel_dwell();
        }
    }
}

/// Switch scanning outside the form (the result after saving): a scanner over the element
/// with id `root`, with the switch key read from the whole page (text fields keep theirs).
pub fn scan_region(access: RwSignal<Access>, root: &'static str) -> Scanner {
    let s = Scanner::new(access, root);
    crate::platform::on_window(leptos::ev::keydown, move |ev| {
        if !crate::platform::event_in_text_field(&ev) && !ev.alt_key() && !ev.ctrl_key() {
            s.handle_key(&ev);
        }
    });
    s
}

/// How one way of answering is chosen: on or off, and its time with two large buttons.
struct Way {
    name: AssessText,
    time_label: AssessText,
    more: AssessText,
    less: AssessText,
    on: fn(&Access) -> bool,
    set_on: fn(&mut Access, bool),
    ms: fn(&Access) -> u32,
    set_ms: fn(&mut Access, u32),
    steps: &'static [u32],
}

const WAYS: [Way; 2] = [
    Way {
        name: AssessText::AccessScanning,
        time_label: AssessText::AccessScanPace,
        more: AssessText::AccessSlower,
        less: AssessText::AccessFaster,
        on: |a| a.scanning,
        set_on: |a, v| a.scanning = v,
        ms: |a| a.scan_ms,
        set_ms: |a, v| a.scan_ms = v,
        steps: &SCAN_STEPS_MS,
    },
    Way {
        name: AssessText::AccessDwell,
        time_label: AssessText::AccessDwellTime,
        more: AssessText::AccessLonger,
        less: AssessText::AccessShorter,
        on: |a| a.dwell,
        set_on: |a, v| a.dwell = v,
        ms: |a| a.dwell_ms,
        set_ms: |a, v| a.dwell_ms = v,
        steps: &DWELL_STEPS_MS,
    },
];

fn seconds(ms: u32) -> String {
    format!("{:.2}", f64::from(ms) / 1000.0)
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_string()
}

/// Turns scanning and dwell on or off and sets their pace, with large buttons.
#[component]
pub fn AccessControls() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_assess();
    let access = store.access;
    let ways = WAYS
        .iter()
        .map(|w| {
            let step = move |up: bool| store.set_access(|a| (w.set_ms)(a, step_through(w.steps, (w.ms)(a), up)));
            view! {
                <label class="choice">
                    <input type="checkbox" prop:checked=move || access.with(w.on)
                        on:change=move |ev| store.set_access(|a| (w.set_on)(a, event_target_checked(&ev)))/>
                    <span>{i18n.t(w.name)}</span>
                </label>
                <p class="pace">
                    <span>{i18n.t(w.time_label)}" "{move || seconds(access.with(w.ms))}" "{i18n.t(AssessText::AccessSeconds)}</span>
                    <button type="button" class="button" on:click=move |_| step(true)>{i18n.t(w.more)}</button>
                    <button type="button" class="button" on:click=move |_| step(false)>{i18n.t(w.less)}</button>
                </p>
            }
        })
        .collect_view();
    view! {
        <details class="access-controls" prop:open=move || access.with(|a| a.scanning || a.dwell)>
            <summary>{i18n.t(AssessText::AccessTitle)}</summary>
            <p class="hint">{i18n.t(AssessText::AccessIntro)}</p>
            {ways}
        </details>
    }
}
