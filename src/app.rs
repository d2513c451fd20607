//! The root component: shared state, the hash router, and the document's language,
//! title and display settings kept in step with them.

use crate::about::AboutPage;
use crate::home::HomePage;
use crate::i18n::{text, I18n, Key};
use crate::not_found::NotFoundPage;
use crate::pages::{PageId, ReadingPage};
use crate::platform;
use crate::route::Route;
use crate::settings::{SettingsPage, SettingsState};
use crate::shell::{Footer, Header, SkipLink, MAIN_ID, PAGE_HEADING_ID};
use crate::story::StoryPage;
use crate::treatments::TreatmentsPage;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let settings = SettingsState::load();
    let lang = platform::start_lang(settings.settings.get_untracked().lang);
    let i18n = I18n {
        lang: RwSignal::new(lang),
    };
    provide_context(settings);
    provide_context(i18n);
    let data = crate::data::GraphData::start();
    provide_context(data);
    crate::explore::provide_explorer_state();
    provide_context(crate::assess::AssessStore::load());

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

    let route = RwSignal::new(Route::from_hash(&platform::location_hash()));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::from_hash(&platform::location_hash()));
    });
    on_cleanup(move || listener.remove());

    // Language, title and description of the document (a chapter's title once the texts
    // have come with core.bin).
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        let app = text(lang, Key::AppName);
        let title = match route.get() {
            Route::Home => app.to_string(),
            Route::Story(Some(n)) => match data.content.get().ready().and_then(|c| c.chapter(n)) {
                Some(c) => format!("{} · {app}", c.title.get(lang)),
                None => format!("{} · {app}", text(lang, Key::NavStory)),
            },
            other => format!("{} · {app}", text(lang, other.title_key())),
        };
        platform::set_root_attribute("lang", lang.html_tag());
        platform::set_title(&title);
        platform::set_meta_description(text(lang, Key::MetaDescription));
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
    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        if previous.is_some_and(|p| p != now) {
            request_animation_frame(|| platform::focus_id(PAGE_HEADING_ID));
        }
        now
    });

    let view_of_route = move || match route.get() {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Story(chapter) => view! { <StoryPage chapter/> }.into_any(),
        Route::Treatments => view! { <TreatmentsPage/> }.into_any(),
        Route::Biomarkers => view! { <ReadingPage id=PageId::Biomarkers/> }.into_any(),
        Route::Standards => view! { <ReadingPage id=PageId::Standards/> }.into_any(),
        Route::Explore => view! { <crate::explore::ExplorePage/> }.into_any(),
        Route::Core => view! { <crate::explore::CorePage/> }.into_any(),
        Route::Path => view! { <crate::explore::PathPage/> }.into_any(),
        Route::Event(id) => view! { <crate::explore::EventPage id/> }.into_any(),
        Route::Graph => view! { <crate::graph::GraphPage/> }.into_any(),
        Route::Assess(view) => view! { <crate::assess::AssessPage view/> }.into_any(),
        Route::About => view! { <AboutPage/> }.into_any(),
        Route::Settings => view! { <SettingsPage/> }.into_any(),
        Route::NotFound(asked) => view! { <NotFoundPage asked/> }.into_any(),
    };

    view! {
        <SkipLink/>
        <Header route/>
        {embed.on.then(|| view! {
            <nav class="embed-bar" aria-label=i18n.t(Key::AppName)>
                <a href=move || format!("{}{}", platform::page_base(), route.get().href()) target="_blank" rel="noopener">
                    {i18n.t(Key::EmbedOpenFull)}
                </a>
            </nav>
        })}
        <main id=MAIN_ID tabindex="-1">
            <crate::offline::UpdatePrompt offline/>
            {view_of_route}
            {move || (!embed.on && route.get().shareable()).then(|| view! { <crate::shell::Share/> })}
        </main>
        <Footer/>
    }
}

/// Starts the app in `<div id="app">`.
pub fn mount() {
    console_error_panic_hook::set_once();
    if let Some(root) = platform::mount_point() {
        leptos::mount::mount_to(root, App).forget();
        platform::mark("als-mounted");
    }
}
