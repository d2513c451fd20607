//! The frame around every view: skip link, header with navigation and language switch,
//! footer with the "not medical advice" note.

mod card;
mod data_status;
mod picture;
mod qr;
mod share;

pub use data_status::{DataStatus, SnapshotFacts};
pub use share::Share;

use crate::i18n::{use_i18n, AppText};
use crate::route::Route;
use crate::router::Router;
use crate::settings::{choose_language, use_settings};
use leptos::prelude::*;

/// Id of each view's `<h1>`; focus moves there after navigation.
pub const PAGE_HEADING_ID: &str = "page-heading";
pub const MAIN_ID: &str = "main";
const MENU_BUTTON_ID: &str = "menu-button";

/// The app's mark (public/icons/favicon.svg), drawn inline so that it needs no file:
/// the single-file edition and a saved page show it too.
#[component]
fn BrandMark() -> impl IntoView {
    view! {
        <svg class="brand-mark" viewBox="0 0 64 64" width="40" height="40" aria-hidden="true" focusable="false">
            <rect width="64" height="64" rx="14" fill="#0b5c66"/>
            <g fill="none" stroke="#ffffff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">
                <path d="M22 22 L12 12 M22 22 L10 26 M22 22 L24 9 M22 22 L34 14"/>
                <path d="M24 26 C30 34 36 40 44 44"/>
                <path d="M44 44 L54 46 M44 44 L50 54 M44 44 L42 55"/>
            </g>
            <circle cx="22" cy="22" r="7.5" fill="#ffffff"/>
            <circle cx="22" cy="22" r="3" fill="#f2b33d"/>
        </svg>
    }
}

/// The single-file edition beside index.html (written by scripts/single-file.mjs).
pub const OFFLINE_FILE: &str = "als-explorer.html";

/// The `<h1>` of a view. Focusable from script only, so that screen readers announce
/// the new view after a hash navigation.
#[component]
pub fn PageHeading(key: AppText) -> impl IntoView {
    let i18n = use_i18n();
    view! { <h1 id=PAGE_HEADING_ID tabindex="-1">{i18n.t(key)}</h1> }
}

#[component]
fn SkipLink(router: Router) -> impl IntoView {
    let i18n = use_i18n();
    // On a reading page the link works with no script too (its `<base>` is the root, so
    // it names the page); it sits in the header's landmark, where it is found first.
    let href = move || match crate::site::current() {
        crate::site::Site::Page { .. } => crate::site::current().place(&router.get(), MAIN_ID),
        crate::site::Site::Hash { .. } => format!("#{MAIN_ID}"),
    };
    // Following `#main` would replace the route in the hash; move focus instead.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::platform::focus_id(MAIN_ID);
    };
    view! {
        <a class="skip-link" href=href on:click=skip>
            {i18n.t(AppText::SkipToContent)}
        </a>
    }
}

#[component]
pub fn Header(router: Router) -> impl IntoView {
    let i18n = use_i18n();
    let settings = use_settings();
    let links = Route::nav()
        .into_iter()
        .map(|target| {
            let key = target.nav_key();
            let href = target.href();
            let current = move || router.with_view(|v| *v == target).then_some("page");
            view! {
                <li>
                    <a href=href aria-current=current>{i18n.t(key)}</a>
                </li>
            }
        })
        .collect_view();
    let other = move || i18n.lang.get().other();
    let switch = move |_| choose_language(i18n, settings, other());
    // On a phone (or with large text) the links fold behind one button, so the header
    // leaves the screen to the text; style/app.css decides when. A new view closes it.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        router.shown();
        open.set(false);
    });
    let escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            crate::platform::focus_id(MENU_BUTTON_ID);
        }
    };
    view! {
        <header class="site-header" data-menu=move || if open.get() { "open" } else { "closed" } on:keydown=escape>
            <SkipLink router/>
            <a class="brand" href=Route::Home.href()>
                <BrandMark/>
                <span class="brand-text">
                    <span class="brand-name">{i18n.t(AppText::AppName)}</span>
                    <span class="brand-tagline">{i18n.t(AppText::AppTagline)}</span>
                </span>
            </a>
            <button type="button" id=MENU_BUTTON_ID class="menu-button" aria-controls="site-nav"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>
                <svg class="menu-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                    <path d="M4 6h16M4 12h16M4 18h16" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>
                </svg>
                <span>{i18n.t(AppText::NavMenu)}</span>
            </button>
            <nav id="site-nav" aria-label=i18n.t(AppText::NavLabel)>
                <ul class="nav-list">{links}</ul>
            </nav>
            {move || match (crate::site::current(), router.with_view(|v| v.page_in(other()))) {
                // A reading page: the same page in the other language, a link that also
                // works with no script (and keeps the choice when the app runs).
                (crate::site::Site::Page { .. }, Some(page)) => view! {
                    <a class="lang-switch" href=page hreflang=other().html_tag()
                        on:click=move |_| settings.update(|s| s.lang = Some(other()))>
                        <span class="visually-hidden">{i18n.t(AppText::LangSwitchPrefix)}</span>
                        <span lang=other().html_tag()>{other().endonym()}</span>
                    </a>
                }.into_any(),
                _ => view! {
                    <button type="button" class="lang-switch" on:click=switch>
                        <span class="visually-hidden">{i18n.t(AppText::LangSwitchPrefix)}</span>
                        <span lang=move || other().html_tag()>{move || other().endonym()}</span>
                    </button>
                }.into_any(),
            }}
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p class="not-advice"><strong>{i18n.t(AppText::FooterNotAdvice)}</strong></p>
            <DataStatus/>
            <p>
                {i18n.t(AppText::FooterPrivacy)}" "
                <a href=Route::About.href()>{i18n.t(AppText::NavAbout)}</a>
            </p>
            <p>{i18n.t(AppText::FooterVersion)}" "{crate::VERSION}</p>
        </footer>
    }
}

/// What a view of the texts shows until they are here: its heading, and a line saying
/// that they are loading (the footer shows the progress) or why they are not there.
#[component]
pub fn ContentPending(state: crate::data::ContentState, heading: AppText) -> impl IntoView {
    let i18n = use_i18n();
    let (class, key) = match state {
        crate::data::ContentState::Waiting => ("content-wait", AppText::ContentLoading),
        crate::data::ContentState::Failed => ("content-error", AppText::ContentFailed),
        crate::data::ContentState::Missing => ("content-error", AppText::ContentMissing),
        crate::data::ContentState::Unreadable | crate::data::ContentState::Ready(_) => {
            ("content-error", AppText::ContentUnreadable)
        }
    };
    view! {
        <PageHeading key=heading/>
        <p class=class>{i18n.t(key)}</p>
    }
}
