//! Where the labels of the factory picture go: a band above the drawing and one below,
//! two labels at most in each, inside the margins, each with a leader line to its part.
//! The text is not measured; its width is estimated generously.

use super::parts::{label_text, lit_parts, split_label, FactoryPart};
use crate::i18n::Lang;

// The drawing's size, in viewBox units. Labels sit in a band above and one below the
// drawing, two at most in each, with a leader line to their part.
pub const WIDTH: f32 = 400.0;
pub const HEIGHT: f32 = 380.0;
const MARGIN: f32 = 8.0;
const GAP: f32 = 14.0;
/// At 328 CSS px wide (a 360 px phone) 15 units render at 12.3 px.
pub const NAME_SIZE: f32 = 16.0;
pub const BIO_SIZE: f32 = 15.0;
const TOP_BASELINES: (f32, f32) = (20.0, 38.0);
const BOTTOM_BASELINES: (f32, f32) = (344.0, 362.0);
const TOP_LEADER_Y: f32 = 45.0;
const BOTTOM_LEADER_Y: f32 = 328.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    Top,
    Bottom,
}

/// Where a part is drawn (its box: x, y, width, height), where its leader points, and
/// the band its label prefers.
#[derive(Clone, Copy, Debug)]
pub struct Spot {
    pub bbox: (f32, f32, f32, f32),
    pub ax: f32,
    pub band: Band,
}

pub fn spot(part: FactoryPart) -> Spot {
    use Band::*;
    use FactoryPart::*;
    let (bbox, ax, band) = match part {
        Factory => ((28.0, 90.0, 316.0, 184.0), 110.0, Top),
        Office => ((35.0, 115.0, 70.0, 60.0), 94.0, Top),
        Blueprints => ((41.0, 120.0, 56.0, 28.0), 56.0, Top),
        Couriers => ((42.0, 177.0, 62.0, 27.0), 70.0, Bottom),
        Recycling => ((35.0, 205.0, 70.0, 66.0), 70.0, Bottom),
        AssemblyLine => ((107.0, 115.0, 78.0, 48.0), 146.0, Top),
        Clumps => ((107.0, 163.0, 78.0, 108.0), 146.0, Bottom),
        PowerPlant => ((185.0, 63.0, 44.0, 142.0), 192.0, Top),
        Sparks => ((182.0, 50.0, 52.0, 30.0), 226.0, Top),
        Dock => ((3.0, 202.0, 35.0, 60.0), 20.0, Bottom),
        Road => ((229.0, 235.0, 110.0, 34.0), 286.0, Bottom),
        Gate => ((208.0, 225.0, 26.0, 48.0), 221.0, Bottom),
        Guards => ((241.0, 179.0, 48.0, 36.0), 265.0, Top),
        Fire => ((294.0, 194.0, 38.0, 44.0), 313.0, Top),
        Muscle => ((334.0, 182.0, 62.0, 136.0), 370.0, Bottom),
        Debris => ((244.0, 277.0, 92.0, 38.0), 288.0, Bottom),
        Repair => ((35.0, 278.0, 134.0, 40.0), 90.0, Bottom),
    };
    Spot { bbox, ax, band }
}

/// A label as drawn: its part, band, left edge, estimated width, the two lines, and the
/// leader from the label (`from`) to the part (`to`).
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub part: FactoryPart,
    pub band: Band,
    pub x: f32,
    pub width: f32,
    pub name: &'static str,
    pub bio: &'static str,
    pub from: (f32, f32),
    pub to: (f32, f32),
}

impl Placed {
    pub fn baselines(&self) -> (f32, f32) {
        match self.band {
            Band::Top => TOP_BASELINES,
            Band::Bottom => BOTTOM_BASELINES,
        }
    }
}

/// A generous estimate of a line's width (the text is not measured): a Chinese character
/// or full-width bracket is one em, a Latin letter about two thirds of one.
pub fn text_width(s: &str, size: f32, bold: bool) -> f32 {
    let latin = if bold { 0.68 } else { 0.62 };
    s.chars()
        .map(|c| if (c as u32) >= 0x2e80 { 1.0 } else { latin })
        .sum::<f32>()
        * size
}

/// The lit parts with their bands: the preferred one, unless it already holds two labels;
/// then the part nearest the other band moves there.
fn bands(parts: &[FactoryPart]) -> Vec<(FactoryPart, Band)> {
    let mut out: Vec<(FactoryPart, Band)> = parts.iter().map(|&p| (p, spot(p).band)).collect();
    let centre = |p: FactoryPart| {
        let (_, y, _, h) = spot(p).bbox;
        y + h / 2.0
    };
    for (full, other) in [(Band::Top, Band::Bottom), (Band::Bottom, Band::Top)] {
        while out.iter().filter(|(_, b)| *b == full).count() > 2 {
            let nearest = out
                .iter_mut()
                .filter(|(_, b)| *b == full)
                .max_by(|a, b| {
                    let (ca, cb) = (centre(a.0), centre(b.0));
                    match full {
                        Band::Top => ca.total_cmp(&cb),
                        Band::Bottom => cb.total_cmp(&ca),
                    }
                })
                .expect("a full band has parts");
            nearest.1 = other;
        }
    }
    out
}

/// The labels of a chapter in `lang`, placed over or under their parts, left to right
/// in each band in the order of their parts, inside the margins.
pub fn place_labels(chapter: u8, lang: Lang) -> Vec<Placed> {
    let banded = bands(lit_parts(chapter));
    let mut placed = Vec::new();
    for band in [Band::Top, Band::Bottom] {
        let mut row: Vec<FactoryPart> = banded
            .iter()
            .filter(|(_, b)| *b == band)
            .map(|(p, _)| *p)
            .collect();
        row.sort_by(|a, b| spot(*a).ax.total_cmp(&spot(*b).ax));
        let sized: Vec<(FactoryPart, &'static str, &'static str, f32)> = row
            .iter()
            .map(|&p| {
                let (name, bio) = split_label(label_text(p, chapter, lang));
                let w = text_width(name, NAME_SIZE, true).max(text_width(bio, BIO_SIZE, false));
                (p, name, bio, w)
            })
            .collect();
        // Room the labels to the right still need.
        let mut after: f32 = sized.iter().map(|s| s.3 + GAP).sum();
        let mut left = MARGIN;
        for (part, name, bio, width) in sized {
            after -= width + GAP;
            let s = spot(part);
            let max = WIDTH - MARGIN - width - after;
            let x = (s.ax - width / 2.0).min(max).max(left);
            left = x + width + GAP;
            let (_, y, _, h) = s.bbox;
            let (from_y, to_y) = match band {
                Band::Top => (TOP_LEADER_Y, y),
                Band::Bottom => (BOTTOM_LEADER_Y, y + h),
            };
            let from_x = s.ax.clamp(x + 6.0, x + width - 6.0);
            placed.push(Placed {
                part,
                band,
                x,
                width,
                name,
                bio,
                from: (from_x, from_y),
                to: (s.ax, to_y),
            });
        }
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_sits_between_the_label_bands() {
        for &part in FactoryPart::ALL {
            let (x, y, w, h) = spot(part).bbox;
            assert!(x >= 0.0 && x + w <= WIDTH, "{part:?}");
            assert!(y > TOP_LEADER_Y && y + h < BOTTOM_LEADER_Y, "{part:?}");
            assert!(spot(part).ax >= x && spot(part).ax <= x + w, "{part:?}");
        }
    }

    #[test]
    fn labels_fit_in_their_bands_without_overlapping() {
        for n in 1..=12 {
            for lang in Lang::ALL {
                let placed = place_labels(n, lang);
                assert_eq!(placed.len(), lit_parts(n).len(), "chapter {n}");
                for band in [Band::Top, Band::Bottom] {
                    let row: Vec<&Placed> = placed.iter().filter(|l| l.band == band).collect();
                    assert!(row.len() <= 2, "chapter {n}: {band:?} holds {}", row.len());
                    for l in &row {
                        assert!(l.x >= MARGIN - 0.01, "chapter {n} {lang:?}: {l:?}");
                        assert!(
                            l.x + l.width <= WIDTH - MARGIN + 0.01,
                            "chapter {n} {lang:?}: {l:?}"
                        );
                    }
                    for pair in row.windows(2) {
                        assert!(
                            pair[0].x + pair[0].width + GAP <= pair[1].x + 0.01,
                            "chapter {n} {lang:?}: labels overlap"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn leaders_point_at_their_parts_from_their_labels() {
        for n in 1..=12 {
            for l in place_labels(n, Lang::En) {
                let (x, y, w, h) = spot(l.part).bbox;
                assert!(l.to.0 >= x && l.to.0 <= x + w, "{:?}", l.part);
                assert!(l.to.1 == y || l.to.1 == y + h, "{:?}", l.part);
                assert!(l.from.0 >= l.x && l.from.0 <= l.x + l.width, "{:?}", l.part);
            }
        }
    }
}
