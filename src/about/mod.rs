//! About (`#/about`): purpose, privacy, sources and licences, references, how to cite,
//! version.

use crate::citations::sources::SourceText;
use crate::citations::{ReferenceList, SourceList};
use crate::i18n::{use_i18n, AppText, Fill};
use crate::shell::PageHeading;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let with_version =
        move |key: AppText| move || i18n.get(key).fill(&[("version", crate::VERSION)]);
    view! {
        <PageHeading key=AppText::NavAbout/>
        <section aria-labelledby="about-purpose">
            <h2 id="about-purpose">{i18n.t(AppText::AboutPurposeHeading)}</h2>
            <p>{i18n.t(AppText::AboutPurposeBody)}</p>
            <p><strong>{i18n.t(AppText::FooterNotAdvice)}</strong></p>
        </section>
        <section aria-labelledby="about-privacy">
            <h2 id="about-privacy">{i18n.t(AppText::AboutPrivacyHeading)}</h2>
            <p>{i18n.t(AppText::AboutPrivacyBody1)}</p>
            <p>{i18n.t(AppText::AboutPrivacyBody2)}</p>
            <p>{i18n.t(AppText::HomeForOffline)}" "
                <a class="button" href=crate::shell::OFFLINE_FILE download=crate::shell::OFFLINE_FILE>{i18n.t(AppText::SaveOffline)}</a></p>
        </section>
        <section aria-labelledby="about-sources">
            <h2 id="about-sources">{i18n.t(AppText::AboutSourcesHeading)}</h2>
            <p>{i18n.t(AppText::AboutSourcesSeed)}</p>
            <p>{i18n.t(AppText::AboutSourcesDismech)}</p>
            <p>{i18n.t(AppText::AboutSourcesTranslation)}</p>
        </section>
        <section aria-labelledby="about-data">
            <h2 id="about-data">{i18n.t(AppText::AboutDataHeading)}</h2>
            <crate::shell::SnapshotFacts/>
        </section>
        <section aria-labelledby="about-references">
            <h2 id="about-references">{i18n.t(AppText::AboutReferencesHeading)}</h2>
            <ReferenceList/>
        </section>
        <section aria-labelledby="about-status-sources">
            <h2 id="about-status-sources">{i18n.t(SourceText::Heading)}</h2>
            <p>{i18n.t(SourceText::Intro)}</p>
            {move || match crate::data::use_graph_data().content.get().ready() {
                Some(c) => view! { <SourceList rows=&c.sources/> }.into_any(),
                None => view! { <p>{i18n.t(SourceText::Loading)}</p> }.into_any(),
            }}
        </section>
        <section aria-labelledby="about-cite">
            <h2 id="about-cite">{i18n.t(AppText::AboutCiteHeading)}</h2>
            <p>{with_version(AppText::AboutCiteBody)}</p>
        </section>
        <section aria-labelledby="about-version">
            <h2 id="about-version">{i18n.t(AppText::AboutVersionHeading)}</h2>
            <p>{with_version(AppText::AboutVersionBody)}</p>
        </section>
    }
}
