//! The shapes of the factory picture: flat rectangles, circles, paths and polygons in a
//! 400 × 380 viewBox (see `spot` for each part's box). Colours come from classes in
//! style/story.css, so the high-contrast mode can redraw them.

use super::layout::spot;
use super::parts::{lit_parts, slug, FactoryPart};
use leptos::prelude::*;

/// The street, then every part in drawing order, each in its own group.
pub fn scene(chapter: u8) -> impl IntoView {
    let lit = lit_parts(chapter);
    let parts = FactoryPart::ALL
        .iter()
        .map(|&part| {
            let on = lit.contains(&part);
            let name = slug(part);
            let class = if on {
                format!("part lit {name}")
            } else {
                format!("part {name}")
            };
            let halo = (on && part != FactoryPart::Factory).then(|| {
                let (x, y, w, h) = spot(part).bbox;
                view! { <rect class="halo" x=x y=y width=w height=h rx="6"/> }
            });
            view! {
                <g id=format!("part-{name}") class=class data-part=name>
                    {shapes(part, chapter)}
                    {halo}
                </g>
            }
        })
        .collect_view();
    view! {
        <rect class="c-street" x="2" y="272" width="396" height="48"/>
        {parts}
    }
}

/// A small person: head, body and legs, `x` the middle, `y` the top of the head.
fn person(x: f32, y: f32, body: &'static str) -> impl IntoView {
    view! {
        <circle class="c-skin" cx=x cy=y + 4.0 r="4"/>
        <rect class=body x=x - 4.5 y=y + 9.0 width="9" height="12" rx="2"/>
        <rect class="c-ink" x=x - 4.0 y=y + 21.0 width="3" height="6"/>
        <rect class="c-ink" x=x + 1.0 y=y + 21.0 width="3" height="6"/>
    }
}

/// A four-pointed spark centred on (x, y).
fn spark(x: f32, y: f32, r: f32) -> impl IntoView {
    let s = r * 0.35;
    let points = format!(
        "{x},{} {},{} {},{y} {},{} {x},{} {},{} {},{y} {},{}",
        y - r,
        x + s,
        y - s,
        x + r,
        x + s,
        y + s,
        y + r,
        x - s,
        y + s,
        x - r,
        x - s,
        y - s
    );
    view! { <polygon class="c-spark spark" points=points/> }
}

fn shapes(part: FactoryPart, chapter: u8) -> AnyView {
    match part {
        FactoryPart::Factory => view! {
            <path class="c-roof" d="M30 112 V92 L70 112 V92 L110 112 V92 L150 112 V92 L190 112 V92 L230 112 Z"/>
            <rect class="c-wall" x="30" y="112" width="200" height="160"/>
            <rect class="c-road" x="230" y="238" width="110" height="30"/>
        }
        .into_any(),
        FactoryPart::Office => view! {
            <rect class="c-room" x="38" y="118" width="64" height="54" rx="10"/>
            <rect class="c-wood" x="48" y="158" width="44" height="5" rx="1"/>
            <rect class="c-door" x="96" y="150" width="6" height="20"/>
        }
        .into_any(),
        FactoryPart::Blueprints => view! {
            <rect class="c-blue" x="44" y="123" width="24" height="18"/>
            <rect class="c-blue" x="70" y="127" width="24" height="18"/>
            <path class="c-bpline" d="M48 129 H64 M48 134 H60 M56 125 V139 M74 133 H90 M74 138 H84 M82 129 V143"/>
            <circle class="c-red" cx="88" cy="140" r="3"/>
        }
        .into_any(),
        FactoryPart::Couriers => view! {
            {person(54.0, 177.0, "c-purple")}
            {person(72.0, 177.0, "c-purple")}
            {person(90.0, 177.0, "c-purple")}
            <rect class="c-paper" x="57" y="188" width="7" height="5"/>
            <rect class="c-paper" x="75" y="188" width="7" height="5"/>
            <rect class="c-paper" x="93" y="188" width="7" height="5"/>
        }
        .into_any(),
        FactoryPart::Recycling => view! {
            <rect class="c-room" x="38" y="208" width="64" height="60"/>
            <rect class="c-grey" x="84" y="214" width="12" height="16" rx="1"/>
            <rect class="c-green" x="44" y="234" width="34" height="22" rx="2"/>
            <rect class="c-green" x="78" y="241" width="15" height="15" rx="2"/>
            <rect class="c-room" x="82" y="244" width="8" height="5"/>
            <polygon class="c-mark" points="61,238 68,251 54,251" stroke-width="2"/>
            <circle class="c-ink" cx="52" cy="259" r="5"/>
            <circle class="c-ink" cx="86" cy="259" r="5"/>
        }
        .into_any(),
        FactoryPart::AssemblyLine => view! {
            <rect class="c-room" x="110" y="118" width="72" height="42"/>
            <path class="c-ink arm" d="M176 118 L176 126 L166 134" fill="none" stroke-width="3"/>
            <rect class="c-teal" x="118" y="137" width="9" height="9"/>
            <rect class="c-teal" x="134" y="137" width="9" height="9"/>
            <polygon class="c-clump" points="150,146 153,136 158,143 162,135 166,146"/>
            <rect class="c-ink" x="114" y="146" width="64" height="6" rx="3"/>
        }
        .into_any(),
        FactoryPart::Clumps => view! {
            <rect class="c-room" x="110" y="166" width="72" height="102"/>
            <path class="c-shelf" d="M112 192 H180 M112 216 H180"/>
            <rect class="c-teal" x="118" y="182" width="10" height="10"/>
            <rect class="c-teal" x="130" y="184" width="8" height="8"/>
            <rect class="c-teal" x="160" y="206" width="10" height="10"/>
            <circle class="c-clump" cx="122" cy="257" r="9"/>
            <circle class="c-clump" cx="138" cy="255" r="11"/>
            <circle class="c-clump" cx="155" cy="258" r="9"/>
            <circle class="c-clump" cx="168" cy="259" r="7"/>
            <circle class="c-clump" cx="131" cy="239" r="8"/>
            <circle class="c-clump" cx="148" cy="240" r="8"/>
            <circle class="c-clump" cx="140" cy="226" r="6"/>
        }
        .into_any(),
        FactoryPart::PowerPlant => view! {
            <rect class="c-brick" x="200" y="66" width="14" height="46"/>
            <rect class="c-room" x="188" y="118" width="38" height="84"/>
            <circle class="c-orange" cx="207" cy="148" r="13"/>
            <polygon class="c-bolt" points="209,137 200,150 206,150 203,160 214,145 208,145"/>
            <rect class="c-ink" x="194" y="176" width="26" height="18" rx="2"/>
        }
        .into_any(),
        FactoryPart::Sparks => view! {
            {spark(198.0, 60.0, 6.0)}
            {spark(215.0, 55.0, 5.0)}
            {spark(228.0, 68.0, 6.0)}
            {spark(188.0, 73.0, 4.0)}
            {spark(174.0, 128.0, 4.0)}
            {spark(104.0, 214.0, 4.0)}
        }
        .into_any(),
        FactoryPart::Dock => view! {
            <path class="c-cable" d="M20 62 V206" fill="none"/>
            <rect class="c-paper" x="14" y="96" width="12" height="8"/>
            <rect class="c-paper" x="14" y="140" width="12" height="8"/>
            <rect class="c-paper" x="14" y="180" width="12" height="8"/>
            <path class="c-bolt" d="M11 224 Q11 208 20 208 Q29 208 29 224 Z"/>
            <circle class="c-ink" cx="20" cy="227" r="2.5"/>
            <path class="c-ink ring" d="M6 212 Q3 218 6 224 M34 212 Q37 218 34 224" fill="none"/>
            <rect class="c-door" x="30" y="228" width="6" height="30"/>
            <rect class="c-wood" x="5" y="252" width="31" height="8"/>
        }
        .into_any(),
        FactoryPart::Road => {
            // When the factory closes (chapter 10), nothing travels the road any more.
            let goods = (chapter != 10).then(|| {
                view! {
                    <rect class="c-orange" x="246" y="239" width="9" height="6"/>
                    <rect class="c-teal" x="276" y="239" width="9" height="6"/>
                    <rect class="c-teal" x="262" y="251" width="9" height="6"/>
                    <rect class="c-orange" x="300" y="251" width="9" height="6"/>
                }
            });
            view! { <path class="c-belt belt" d="M234 247 H336 M234 259 H336" fill="none"/>{goods} }
                .into_any()
        }
        FactoryPart::Gate => {
            let door = if chapter == 10 {
                view! {
                    <rect class="c-shutter" x="212" y="232" width="18" height="38"/>
                    <path class="c-shelf" d="M212 240 H230 M212 248 H230 M212 256 H230 M212 264 H230"/>
                    <rect class="c-red" x="218" y="246" width="6" height="8" rx="1"/>
                }
                .into_any()
            } else {
                view! {
                    <rect class="c-door" x="212" y="232" width="18" height="38"/>
                    <rect class="c-shutter" x="212" y="228" width="18" height="6"/>
                }
                .into_any()
            };
            view! { <rect class="c-wall" x="209" y="226" width="24" height="46"/>{door} }.into_any()
        }
        FactoryPart::Guards => view! {
            <rect class="c-navy" x="245" y="182" width="14" height="4" rx="1"/>
            {person(252.0, 185.0, "c-navy")}
            <rect class="c-navy" x="271" y="182" width="14" height="4" rx="1"/>
            {person(278.0, 185.0, "c-navy")}
            <circle class="c-bolt" cx="255" cy="199" r="2"/>
            <circle class="c-bolt" cx="281" cy="199" r="2"/>
        }
        .into_any(),
        FactoryPart::Fire => view! {
            <path class="c-fire flame" d="M298 236 Q294 220 305 208 Q305 219 311 218 Q309 204 318 196 Q320 212 328 220 Q333 230 326 236 Z"/>
            <path class="c-bolt flame" d="M306 236 Q304 226 311 220 Q313 228 318 226 Q323 232 318 236 Z"/>
        }
        .into_any(),
        FactoryPart::Muscle => {
            let weak = chapter == 10;
            let (rx, class) = if weak { (13.0, "c-muscle weak") } else { (24.0, "c-muscle") };
            view! {
                <path class="c-ink" d="M370 184 V192 M370 312 V318" fill="none" stroke-width="3"/>
                <ellipse class=class cx="370" cy="252" rx=rx ry="60"/>
                <path class="c-fibre" d=if weak { "M370 198 V306" } else { "M362 198 Q356 252 362 306 M370 194 V310 M378 198 Q384 252 378 306" } fill="none"/>
                <polygon class="c-ink" points="338,240 347,234 347,272 338,266"/>
            }
            .into_any()
        }
        FactoryPart::Debris => view! {
            <rect class="c-debris" x="250" y="288" width="11" height="3" transform="rotate(25 255 289)"/>
            <rect class="c-debris" x="266" y="300" width="9" height="3" transform="rotate(-30 270 301)"/>
            <rect class="c-debris" x="282" y="284" width="12" height="3" transform="rotate(10 288 285)"/>
            <rect class="c-debris" x="294" y="302" width="10" height="3" transform="rotate(60 299 303)"/>
            <rect class="c-debris" x="288" y="272" width="8" height="3" transform="rotate(-15 292 273)"/>
            <circle class="c-room" cx="320" cy="290" r="7"/>
            <path class="c-ink" d="M325 295 L332 303" fill="none" stroke-width="3"/>
        }
        .into_any(),
        FactoryPart::Repair => view! {
            <rect class="c-repair" x="40" y="284" width="54" height="24" rx="3"/>
            <rect class="c-repair" x="94" y="290" width="16" height="18" rx="3"/>
            <rect class="c-room" x="98" y="293" width="9" height="6"/>
            <path class="c-mark" d="M52 302 L70 290 M66 286 A5 5 0 1 0 74 293" fill="none" stroke-width="3"/>
            <circle class="c-ink" cx="54" cy="309" r="5"/>
            <circle class="c-ink" cx="100" cy="309" r="5"/>
            <path class="c-bolt" d="M119 284 A6 6 0 0 1 131 284 Z"/>
            {person(125.0, 283.0, "c-orange")}
            <rect class="c-grey" x="133" y="302" width="10" height="8"/>
            <circle class="c-cell" cx="156" cy="298" r="9"/>
            <circle class="c-purple" cx="158" cy="296" r="3"/>
        }
        .into_any(),
    }
}
