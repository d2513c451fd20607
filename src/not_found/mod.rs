//! The page for a link that matches no view: says what was asked and where to go.

use crate::i18n::{use_i18n, AppText};
use crate::route::Route;
use crate::shell::PageHeading;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage(asked: String) -> impl IntoView {
    let i18n = use_i18n();
    let links = Route::nav()
        .into_iter()
        .map(|route| {
            let key = route.nav_key();
            view! { <li><a class="card" href=route.href()><span class="card-title">{i18n.t(key)}</span></a></li> }
        })
        .collect_view();
    view! {
        <PageHeading key=AppText::NotFoundTitle/>
        <p>{i18n.t(AppText::NotFoundBody)}</p>
        <p><code class="asked">{format!("#{asked}")}</code></p>
        <p>{i18n.t(AppText::NotFoundHelp)}</p>
        <ul class="cards">{links}</ul>
    }
}
