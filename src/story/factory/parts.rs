//! What the factory picture shows: its parts and their labels in both languages, which
//! parts each chapter lights, and the names the drawing gives them. Below the drawing
//! (`draw.rs`), the label layout (`layout.rs`) and the scene component, which import it.

use crate::i18n::{text, Lang};

crate::i18n::catalogue! {
    FactoryPart;
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
    SceneText;
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
pub fn lit_parts(chapter: u8) -> &'static [FactoryPart] {
    use FactoryPart::*;
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
pub fn label_text(part: FactoryPart, chapter: u8, lang: Lang) -> &'static str {
    if part == FactoryPart::Muscle && chapter == 10 {
        text(lang, SceneText::SceneWeakMuscle)
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

/// The class and id of a part's group, e.g. `power-plant`.
pub fn slug(part: FactoryPart) -> String {
    let mut out = String::new();
    for (i, c) in format!("{part:?}").chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}
