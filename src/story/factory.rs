//! The factory picture of the story: one inline SVG scene shared by every chapter, a
//! motor neuron drawn as a long factory whose road ends at its customer, a muscle. The
//! parts a chapter is about are lit and labelled in real, translated text; the rest is
//! greyed out so the reader sees where the step sits in the whole. The choice of parts
//! and the placing of labels are pure and tested natively; the shapes are in `draw.rs`.
//! `data-share-picture` offers the picture to the share panel (`crate::shell`): it is
//! drawn on the chapter's share card and can be downloaded as a PNG and an SVG.

mod draw;
mod layout;
mod parts;

pub use layout::{place_labels, spot, Band, Placed, Spot, BIO_SIZE, HEIGHT, NAME_SIZE, WIDTH};
pub use parts::{label_text, lit_parts, slug, split_label, FactoryPart, SceneText};

use crate::i18n::{text, use_i18n, Fill, Lang};
use leptos::prelude::*;

/// The picture's accessible description: what is lit, in `lang`.
pub fn description(chapter: u8, lang: Lang) -> String {
    let names: Vec<&str> = lit_parts(chapter)
        .iter()
        .map(|&p| label_text(p, chapter, lang))
        .collect();
    format!(
        "{}{}{}",
        text(lang, SceneText::SceneLitUp),
        names.join(text(lang, SceneText::SceneSeparator)),
        text(lang, SceneText::SceneEnd)
    )
}

/// What is lit, by the parts' names only (`Lit up: Office, Couriers.`): the share card's
/// line when the description is too long for it.
pub fn short_description(chapter: u8, lang: Lang) -> String {
    let names: Vec<&str> = lit_parts(chapter)
        .iter()
        .map(|&p| split_label(label_text(p, chapter, lang)).0.trim())
        .collect();
    format!(
        "{}{}{}",
        text(lang, SceneText::SceneLitUp),
        names.join(text(lang, SceneText::SceneSeparator)),
        text(lang, SceneText::SceneEnd)
    )
}

#[component]
pub fn FactoryScene(chapter: u8) -> impl IntoView {
    let i18n = use_i18n();
    let title =
        move || text(i18n.lang.get(), SceneText::SceneTitle).fill(&[("n", &chapter.to_string())]);
    let desc = move || description(chapter, i18n.lang.get());
    let labels = move || {
        place_labels(chapter, i18n.lang.get())
            .into_iter()
            .map(|l| {
                let (y1, y2) = l.baselines();
                let bio = (!l.bio.is_empty()).then(|| {
                    view! { <text class="label-bio" x=l.x y=y2 font-size=BIO_SIZE>{l.bio}</text> }
                });
                view! {
                    <g class="label" data-part=slug(l.part)>
                        <line class="leader" x1=l.from.0 y1=l.from.1 x2=l.to.0 y2=l.to.1/>
                        <circle class="leader-end" cx=l.to.0 cy=l.to.1 r="3"/>
                        <text class="label-name" x=l.x y=y1 font-size=NAME_SIZE>{l.name}</text>
                        {bio}
                    </g>
                }
            })
            .collect_view()
    };
    view! {
        <figure class="factory">
            <svg
                class=format!("factory-scene chapter-{chapter}")
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="factory-title factory-desc"
                data-share-picture=crate::route::Route::Story(Some(chapter)).file_slug()
                data-share-short=move || short_description(chapter, i18n.lang.get())
            >
                <title id="factory-title">{title}</title>
                <desc id="factory-desc">{desc}</desc>
                <rect class="backdrop" x="1" y="1" width=WIDTH - 2.0 height=HEIGHT - 2.0 rx="8"/>
                {draw::scene(chapter)}
                <g class="labels">{labels}</g>
            </svg>
            <figcaption>{i18n.t(SceneText::SceneCaption)}</figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chapter_lights_something_and_no_other_number_does() {
        for n in 1..=12 {
            let lit = lit_parts(n);
            assert!(!lit.is_empty(), "chapter {n} lights nothing");
            assert!(lit.len() <= 4, "chapter {n} has too many labels");
            let mut seen = std::collections::HashSet::new();
            assert!(
                lit.iter().all(|p| seen.insert(*p)),
                "chapter {n} repeats a part"
            );
        }
        for n in [0, 13, 40, 255] {
            assert!(lit_parts(n).is_empty(), "chapter {n}");
        }
    }

    #[test]
    fn every_part_is_lit_by_some_chapter() {
        for &part in FactoryPart::ALL {
            assert!(
                (1..=12).any(|n| lit_parts(n).contains(&part)),
                "{part:?} is never lit"
            );
        }
    }

    #[test]
    fn labels_split_into_a_name_and_the_biology() {
        assert_eq!(split_label("办公室（细胞核）"), ("办公室", "（细胞核）"));
        assert_eq!(split_label("Office (nucleus)"), ("Office", "(nucleus)"));
        assert_eq!(split_label("Plain"), ("Plain", ""));
        for &part in FactoryPart::ALL {
            for lang in Lang::ALL {
                let (name, bio) = split_label(text(lang, part));
                assert!(
                    !name.trim().is_empty() && !bio.is_empty(),
                    "{part:?} {lang:?}"
                );
            }
        }
    }

    #[test]
    fn title_and_description_name_the_chapter_and_what_is_lit() {
        assert_eq!(
            text(Lang::Zh, SceneText::SceneTitle).fill(&[("n", "3")]),
            "工厂示意图：第 3 章"
        );
        assert_eq!(
            description(3, Lang::En),
            "Lit up: Office (nucleus), Couriers (TDP-43)."
        );
        assert_eq!(
            description(10, Lang::Zh),
            "亮起的部分：大门关闭（运动神经元死亡）、客户变弱（肌肉无力）。"
        );
        assert_eq!(
            short_description(12, Lang::En),
            "Lit up: Repair crews, Blueprints, Power plant, Security guards."
        );
        assert_eq!(
            short_description(3, Lang::Zh),
            "亮起的部分：办公室、快递员。"
        );
        assert_eq!(slug(FactoryPart::PowerPlant), "power-plant");
        assert_eq!(slug(FactoryPart::Dock), "dock");
    }
}
