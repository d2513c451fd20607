//! The root component: shared state, the hash router, and the document's language,
//! title and display settings kept in step with them.

use crate::about::AboutPage;
use crate::boot;
use crate::home::HomePage;
use crate::i18n::{text, AppText, I18n, Lang};
use crate::not_found::NotFoundPage;
use crate::pages::{PageId, ReadingPage};
use crate::platform;
use crate::route::Route;
use crate::router::Router;
use crate::settings::{SettingsPage, SettingsState};
use crate::shell::{Footer, Header, MAIN_ID, PAGE_HEADING_ID};
use crate::site::Site;
use crate::story::StoryPage;
use crate::treatments::TreatmentsPage;
use leptos::prelude::*;

/// The app's state, shared through context: settings, language, graph data, the
/// explorer's indexes, the self-assessment's store, the embed mode.
fn provide_state(lang: Lang) -> (SettingsState, I18n, crate::data::GraphData) {
    let settings = SettingsState::load();
    let i18n = I18n {
        lang: RwSignal::new(lang),
    };
    provide_context(settings);
    provide_context(i18n);
    let data = crate::data::GraphData::start();
    provide_context(data);
    crate::explore::provide_explorer_state();
    provide_context(crate::records::store::RecordStore::load());
    provide_context(crate::assess::AssessStore::load());
    provide_context(crate::assess::Keep::load());
    (settings, i18n, data)
}

#[component]
pub fn App() -> impl IntoView {
    // A reading page is in its own language; elsewhere the visit's language.
    let lang = match crate::site::current() {
        Site::Page { lang } => lang,
        _ => platform::start_lang(SettingsState::load().settings.get_untracked().lang),
    };
    let (settings, i18n, data) = provide_state(lang);

    // Embedded in an article (`?embed=1`): no site navigation, the height reported to the
    // host, an optional light or dark theme.
    let embed = crate::embed::Embed::parse(&platform::location_search());
    provide_context(embed);
    if embed.on {
        platform::set_root_attribute("data-embed", "1");
        crate::embed::report_height();
    }
    if let Some(dark) = embed.dark {
        platform::set_root_attribute("data-theme", if dark { "dark" } else { "light" });
    }

    // Works offline after one visit; a new release waits for the reader's reload.
    let offline = crate::offline::start();
    provide_context(offline);

    // A reading view asked for in the app's document goes to its page (and a tool asked
    // for on a reading page to the app's document).
    if let Some(url) = boot::elsewhere(&platform::location_hash(), lang) {
        boot::replace_with(&url);
    }
    let router = Router::new(boot::route_of_document());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = platform::location_hash();
        match boot::elsewhere(&hash, i18n.lang.get_untracked()) {
            Some(url) => boot::replace_with(&url),
            None => router.arrived(Route::from_hash(&hash)),
        }
    });
    on_cleanup(move || listener.remove());

    // On a reading page, the build's rendering gives way to the app's once the texts are
    // here and the same view stands ready.
    if matches!(crate::site::current(), Site::Page { .. }) {
        Effect::new(move |_| {
            if data.content.get().ready().is_some() {
                request_animation_frame(boot::take_over);
            }
        });
    } else if boot::shows_tool_shell() {
        // A tool's first screen gives way to the tool once it has mounted.
        request_animation_frame(boot::take_over);
    }

    // Language, title and description of the document (a chapter's title once the texts
    // have come with core.bin).
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        let content = data.content.get().ready();
        // A reading page has its title already; the app's would say less until the texts
        // are here.
        if content.is_none() && matches!(crate::site::current(), Site::Page { .. }) {
            return;
        }
        platform::set_root_attribute("lang", lang.html_tag());
        platform::set_title(&router.with_view(|r| page_title(r, lang, content)));
        platform::set_meta_description(text(lang, AppText::MetaDescription));
    });

    // Display settings, read by the stylesheet from attributes on <html>.
    Effect::new(move |_| {
        let s = settings.settings.get();
        platform::set_root_attribute("data-text-size", &s.text_size.percent().to_string());
        platform::set_root_attribute(
            "data-contrast",
            if s.high_contrast { "high" } else { "normal" },
        );
        platform::set_root_attribute(
            "data-motion",
            if s.reduce_motion { "reduce" } else { "system" },
        );
    });

    // After a navigation (not on the first load) move focus to the new view's heading,
    // so keyboard and screen-reader users start reading there.
    Effect::new(move |previous: Option<(u32, Route)>| {
        let now = router.shown();
        if previous.is_some_and(|p| p != now) {
            request_animation_frame(|| platform::focus_id(PAGE_HEADING_ID));
        }
        now
    });

    view! { <Frame router/> }
}

/// The title of a view's document: the view, then the app's name (a chapter or a reading
/// page by its own title once the texts are here).
pub fn page_title(route: &Route, lang: Lang, content: Option<&crate::data::Content>) -> String {
    let app = text(lang, AppText::AppName);
    match route {
        Route::Home => app.to_string(),
        Route::Story(Some(n)) => match content.and_then(|c| c.chapter(*n)) {
            Some(c) => format!("{} · {app}", c.title.get(lang)),
            None => format!("{} · {app}", text(lang, AppText::NavStory)),
        },
        other => match (content, crate::pages::PageId::of(other)) {
            (Some(c), Some(id)) => format!("{} · {app}", c.page(id).title.get(lang)),
            _ => format!("{} · {app}", text(lang, other.title_key())),
        },
    }
}

/// Everything the reader sees: skip link, header, the view of `route`, the share panel,
/// footer. The same markup in the app and in the pages written at build time. `shell`: a
/// tool's first screen written at build time (`tool_shell`), shown until the app starts:
/// its main part is busy (its controls are disabled by the page's script) and says the
/// tool is starting.
#[component]
pub fn Frame(router: Router, #[prop(optional)] shell: bool) -> impl IntoView {
    provide_context(router);
    let i18n = crate::i18n::use_i18n();
    let embed = use_context::<crate::embed::Embed>().unwrap_or_default();
    let offline = use_context::<crate::offline::Offline>();
    // Drawn again on a navigation, not when the view replaces its own query: the view
    // reads its settings from the route when it starts and keeps them itself.
    let view_of_route = move || {
        // Read, not only tracked: a memo nobody reads is never worked out, and so never
        // tells anyone it changed.
        let _navigation = router.shown();
        view_of(router.get_untracked(), shell)
    };

    view! {
        <Header router/>
        {embed.on.then(|| view! {
            <nav class="embed-bar" aria-label=i18n.t(AppText::AppName)>
                <a href=move || router.with(|r| crate::site::current().full_link(&platform::page_base(), r)) target="_blank" rel="noopener">
                    {i18n.t(AppText::EmbedOpenFull)}
                </a>
            </nav>
        })}
        <main id=MAIN_ID tabindex="-1" aria-busy=shell.then_some("true")>
            {shell.then(|| view! { <crate::tool_shell::StartingLine/> })}
            {offline.map(|offline| view! { <crate::offline::UpdatePrompt offline/> })}
            {view_of_route}
            // Made in the browser (copy, QR code of the address, share card): not in the
            // pages written at build time.
            {move || (!embed.on && router.with_view(Route::shareable) && platform::window().is_some()).then(|| view! { <crate::shell::Share/> })}
        </main>
        <Footer/>
    }
}

/// Starts the app in `<div id="app">` (on a reading page: beside it, to take it over).
pub fn mount() {
    console_error_panic_hook::set_once();
    crate::site::set(boot::site_of_document());
    if let Some(root) = boot::mount_point() {
        leptos::mount::mount_to(root, App).forget();
        platform::mark("als-mounted");
    }
}

/// The view of `route` (in a tool's first screen written at build time, `shell`, the
/// tool's heading and what it does, where the tool needs the app).
fn view_of(route: Route, shell: bool) -> AnyView {
    match route {
        r if shell && !crate::tool_shell::renders_for_real(&r) => {
            view! { <crate::tool_shell::ToolShell route=r/> }.into_any()
        }
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Story(chapter) => view! { <StoryPage chapter/> }.into_any(),
        Route::Treatments(_) => view! { <TreatmentsPage/> }.into_any(),
        Route::Biomarkers => view! { <ReadingPage id=PageId::Biomarkers/> }.into_any(),
        Route::Standards => view! { <ReadingPage id=PageId::Standards/> }.into_any(),
        Route::Explore(_) => view! { <crate::explore::ExplorePage/> }.into_any(),
        Route::Core(_) => view! { <crate::explore::CorePage/> }.into_any(),
        Route::Path { .. } => view! { <crate::explore::PathPage/> }.into_any(),
        Route::Event(id) => view! { <crate::explore::EventPage id/> }.into_any(),
        Route::Graph(_) => view! { <crate::graph::GraphPage/> }.into_any(),
        Route::Assess { view, .. } => view! {
            <crate::assess::AssessPage view
                timeline=ViewFn::from(|| view! { <crate::timeline::TimelineView/> })
                timeline_report=ViewFn::from(|| view! { <crate::timeline::ReportPart/> })/>
        }
        .into_any(),
        Route::About => view! { <AboutPage/> }.into_any(),
        Route::Settings => view! { <SettingsPage/> }.into_any(),
        Route::NotFound(asked) => view! { <NotFoundPage asked/> }.into_any(),
    }
}
