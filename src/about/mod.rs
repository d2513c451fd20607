//! About (`#/about`): purpose, privacy, sources and licences, references, how to cite,
//! version.

use crate::citations::sources::Src;
use crate::citations::{ReferenceList, SourceList};
use crate::i18n::{use_i18n, Fill, Key};
use crate::shell::PageHeading;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let with_version = move |key: Key| move || i18n.get(key).fill(&[("version", crate::VERSION)]);
    view! {
        <PageHeading key=Key::NavAbout/>
        <section aria-labelledby="about-purpose">
            <h2 id="about-purpose">{i18n.t(Key::AboutPurposeHeading)}</h2>
            <p>{i18n.t(Key::AboutPurposeBody)}</p>
            <p><strong>{i18n.t(Key::FooterNotAdvice)}</strong></p>
        </section>
        <section aria-labelledby="about-privacy">
            <h2 id="about-privacy">{i18n.t(Key::AboutPrivacyHeading)}</h2>
            <p>{i18n.t(Key::AboutPrivacyBody1)}</p>
            <p>{i18n.t(Key::AboutPrivacyBody2)}</p>
            <p>{i18n.t(Key::HomeForOffline)}" "
                <a class="button" href=crate::shell::OFFLINE_FILE download=crate::shell::OFFLINE_FILE>{i18n.t(Key::SaveOffline)}</a></p>
        </section>
        <section aria-labelledby="about-sources">
            <h2 id="about-sources">{i18n.t(Key::AboutSourcesHeading)}</h2>
            <p>{i18n.t(Key::AboutSourcesSeed)}</p>
            <p>{i18n.t(Key::AboutSourcesDismech)}</p>
            <p>{i18n.t(Key::AboutSourcesTranslation)}</p>
        </section>
        <section aria-labelledby="about-data">
            <h2 id="about-data">{i18n.t(Key::AboutDataHeading)}</h2>
            <crate::data::SnapshotFacts/>
        </section>
        <section aria-labelledby="about-references">
            <h2 id="about-references">{i18n.t(Key::AboutReferencesHeading)}</h2>
            <ReferenceList/>
        </section>
        <section aria-labelledby="about-status-sources">
            <h2 id="about-status-sources">{i18n.t(Src::Heading)}</h2>
            <p>{i18n.t(Src::Intro)}</p>
            {move || match crate::data::use_graph_data().content.get().ready() {
                Some(c) => view! { <SourceList rows=&c.sources/> }.into_any(),
                None => view! { <p>{i18n.t(Src::Loading)}</p> }.into_any(),
            }}
        </section>
        <section aria-labelledby="about-cite">
            <h2 id="about-cite">{i18n.t(Key::AboutCiteHeading)}</h2>
            <p>{with_version(Key::AboutCiteBody)}</p>
        </section>
        <section aria-labelledby="about-version">
            <h2 id="about-version">{i18n.t(Key::AboutVersionHeading)}</h2>
            <p>{with_version(Key::AboutVersionBody)}</p>
        </section>
    }
}
