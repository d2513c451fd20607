//! The factory picture of the story: one inline SVG scene shared by every chapter, a
//! motor neuron drawn as a long factory whose road ends at its customer, a muscle. The
//! parts a chapter is about are lit and labelled in real, translated text; the rest is
//! greyed out so the reader sees where the step sits in the whole. The choice of parts
//! and the placing of labels are pure and tested natively; the shapes are in `draw.rs`.
//! `data-share-picture` offers the picture to the share panel (`crate::shell`): it is
//! drawn on the chapter's share card and can be downloaded as a PNG and an SVG.

mod draw;
mod layout;

pub use layout::{place_labels, spot, Band, Placed, Spot, BIO_SIZE, HEIGHT, NAME_SIZE, WIDTH};

use crate::i18n::{text, use_i18n, Fill, Lang};
use leptos::prelude::*;

crate::i18n::catalogue! {
    Part;
    // Declared in drawing order: later parts are drawn over earlier ones.
    Factory => "工厂（运动神经元）", "Factory (motor neuron)";
    Office => "办公室（细胞核）", "Office (nucleus)";
    Blueprints => "蓝图（基因）", "Blueprints (genes)";
    Couriers => "快递员（TDP-43）", "Couriers (TDP-43)";
    Recycling => "回收车（自噬、蛋白酶体）", "Recycling trucks (autophagy, proteasome)";
    AssemblyLine => "装配线（蛋白质折叠）", "Assembly line (protein folding)";
    Clumps => "次品堆（蛋白聚集体）", "Clumped parts (aggregates)";
    PowerPlant => "发电站（线粒体）", "Power plant (mitochondria)";
    Sparks => "火花（氧化应激）", "Sparks (oxidative stress)";
    Dock => "装卸台（谷氨酸突触）", "Loading dock (glutamate synapse)";
    Road => "传送带（轴突运输）", "Conveyor belts (axonal transport)";
    Gate => "大门关闭（运动神经元死亡）", "Gate shut (motor neuron loss)";
    Guards => "保安（胶质细胞）", "Security guards (glial cells)";
    Fire => "火（神经炎症）", "Fire (neuroinflammation)";
    Muscle => "客户（肌肉）", "Customer (muscle)";
    Debris => "街上的碎片（NfL）", "Debris in the street (NfL)";
    Repair => "维修队（治疗策略）", "Repair crews (treatments)";
}

crate::i18n::catalogue! {
    Scene;
    SceneTitle => "工厂示意图：第 {n} 章", "Factory picture, chapter {n}";
    SceneLitUp => "亮起的部分：", "Lit up: ";
    SceneSeparator => "、", ", ";
    SceneEnd => "。", ".";
    SceneCaption =>
        "亮起的是这一章讲到的部分，工厂的其余部分变成灰色。",
        "The parts this chapter is about are lit up; the rest of the factory is greyed out.";
    SceneWeakMuscle => "客户变弱（肌肉无力）", "Weak customer (muscle weakness)";
}

/// The parts a chapter lights: none outside chapters 1–12.
pub fn lit_parts(chapter: u8) -> &'static [Part] {
    use Part::*;
    match chapter {
        1 => &[Factory, Muscle],
        2 => &[Office, Blueprints],
        3 => &[Office, Couriers],
        4 => &[AssemblyLine, Clumps],
        5 => &[Recycling, Clumps],
        6 => &[PowerPlant, Sparks],
        7 => &[Dock],
        8 => &[Road],
        9 => &[Guards, Fire],
        10 => &[Gate, Muscle],
        11 => &[Debris],
        12 => &[Repair, Blueprints, PowerPlant, Guards],
        _ => &[],
    }
}

/// The part's text in `lang`; in chapter 10 the customer is the weakening muscle.
pub fn label_text(part: Part, chapter: u8, lang: Lang) -> &'static str {
    if part == Part::Muscle && chapter == 10 {
        text(lang, Scene::SceneWeakMuscle)
    } else {
        text(lang, part)
    }
}

/// A label's two lines: the factory's name, then the biology in brackets.
pub fn split_label(s: &str) -> (&str, &str) {
    if let Some(i) = s.find('（') {
        (&s[..i], &s[i..])
    } else if let Some(i) = s.find(" (") {
        (&s[..i], &s[i + 1..])
    } else {
        (s, "")
    }
}

/// The picture's accessible description: what is lit, in `lang`.
pub fn description(chapter: u8, lang: Lang) -> String {
    let names: Vec<&str> = lit_parts(chapter)
        .iter()
        .map(|&p| label_text(p, chapter, lang))
        .collect();
    format!(
        "{}{}{}",
        text(lang, Scene::SceneLitUp),
        names.join(text(lang, Scene::SceneSeparator)),
        text(lang, Scene::SceneEnd)
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
        text(lang, Scene::SceneLitUp),
        names.join(text(lang, Scene::SceneSeparator)),
        text(lang, Scene::SceneEnd)
    )
}

/// The class and id of a part's group, e.g. `power-plant`.
pub fn slug(part: Part) -> String {
    let mut out = String::new();
    for (i, c) in format!("{part:?}").chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[component]
pub fn FactoryScene(chapter: u8) -> impl IntoView {
    let i18n = use_i18n();
    let title =
        move || text(i18n.lang.get(), Scene::SceneTitle).fill(&[("n", &chapter.to_string())]);
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
            <figcaption>{i18n.t(Scene::SceneCaption)}</figcaption>
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
        for &part in Part::ALL {
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
        for &part in Part::ALL {
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
            text(Lang::Zh, Scene::SceneTitle).fill(&[("n", "3")]),
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
        assert_eq!(slug(Part::PowerPlant), "power-plant");
        assert_eq!(slug(Part::Dock), "dock");
    }
}
