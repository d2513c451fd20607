//! Clinical stages estimated from one assessment: King's (Balendra et al., ALS FTD
//! 2014;15:279) and MiToS (Chiò et al., JNNP 2015;86:38).

use crate::assessment::Assessment;
use serde::{Serialize, Serializer};

/// King's clinical stage as estimated from the ALSFRS-R.
///
/// With no region involved the estimate is [`KingsStage::NoRegionInvolved`], never
/// stage 1: King's stage 1 means "first region involved at diagnosis", and this app does
/// not record a diagnosis nor should a self-assessment imply one. The app says the
/// answers show no region involved and that the neurologist's staging may differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KingsStage {
    NoRegionInvolved,
    Stage1,
    Stage2,
    Stage3,
    /// Nutritional failure: gastrostomy (item 5b answered).
    Stage4A,
    /// Respiratory failure: item 10 = 0 or item 12 < 4.
    Stage4B,
}

impl KingsStage {
    /// `none`, `1`, `2`, `3`, `4A`, `4B`.
    pub fn as_str(self) -> &'static str {
        match self {
            KingsStage::NoRegionInvolved => "none",
            KingsStage::Stage1 => "1",
            KingsStage::Stage2 => "2",
            KingsStage::Stage3 => "3",
            KingsStage::Stage4A => "4A",
            KingsStage::Stage4B => "4B",
        }
    }
}

impl Serialize for KingsStage {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The King's stage and the regions behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Kings {
    pub stage: KingsStage,
    /// Any of items 1–3 below 4.
    pub bulbar: bool,
    /// Item 4 below 4, or item 5a below 4.
    pub upper_limb: bool,
    /// Item 8 below 4.
    pub lower_limb: bool,
    /// How many of the three regions are involved (0–3).
    pub regions: u8,
}

/// King's stage: 4B if item 10 = 0 or item 12 < 4; else 4A if gastrostomy (5b answered);
/// else the number of regions involved (bulbar: any of items 1–3 < 4; upper limb: item 4
/// < 4 or item 5a < 4; lower limb: item 8 < 4). Regions are reported in every case.
pub fn kings(a: &Assessment) -> Kings {
    let bulbar = (1..=3).any(|n| a.item(n) < 4);
    let upper_limb = a.item(4) < 4 || a.item_5a().is_some_and(|v| v < 4);
    let lower_limb = a.item(8) < 4;
    let regions = u8::from(bulbar) + u8::from(upper_limb) + u8::from(lower_limb);
    let stage = if a.item(10) == 0 || a.item(12) < 4 {
        KingsStage::Stage4B
    } else if a.gastrostomy {
        KingsStage::Stage4A
    } else {
        match regions {
            0 => KingsStage::NoRegionInvolved,
            1 => KingsStage::Stage1,
            2 => KingsStage::Stage2,
            _ => KingsStage::Stage3,
        }
    };
    Kings {
        stage,
        bulbar,
        upper_limb,
        lower_limb,
        regions,
    }
}

/// MiToS stage: the number of domains (0–4) with loss of independence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Mitos {
    pub stage: u8,
    /// Walking (item 8) ≤ 1 OR dressing and hygiene (item 6) ≤ 1.
    pub movement: bool,
    /// Swallowing (item 3) ≤ 1.
    pub swallowing: bool,
    /// Speech (item 1) ≤ 1 AND handwriting (item 4) ≤ 1.
    pub communicating: bool,
    /// Dyspnea (item 10) ≤ 1 OR respiratory insufficiency (item 12) ≤ 2.
    pub breathing: bool,
}

pub fn mitos(a: &Assessment) -> Mitos {
    let movement = a.item(8) <= 1 || a.item(6) <= 1;
    let swallowing = a.item(3) <= 1;
    let communicating = a.item(1) <= 1 && a.item(4) <= 1;
    let breathing = a.item(10) <= 1 || a.item(12) <= 2;
    Mitos {
        stage: u8::from(movement)
            + u8::from(swallowing)
            + u8::from(communicating)
            + u8::from(breathing),
        movement,
        swallowing,
        communicating,
        breathing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::tests::uniform;
    use crate::assessment::Score;

    fn with(items: &[(u8, u8)], gastrostomy: bool) -> Assessment {
        let mut a = uniform("a", "2024-01-01", 4);
        a.gastrostomy = gastrostomy;
        for &(n, v) in items {
            a.items.set(n, Score::new(v).unwrap());
        }
        a
    }

    #[test]
    fn kings_regions() {
        assert_eq!(kings(&with(&[], false)).stage, KingsStage::NoRegionInvolved);
        assert_eq!(kings(&with(&[(2, 3)], false)).stage, KingsStage::Stage1);
        assert_eq!(kings(&with(&[(5, 3)], false)).stage, KingsStage::Stage1);
        assert_eq!(
            kings(&with(&[(4, 2), (8, 3)], false)).stage,
            KingsStage::Stage2
        );
        let k = kings(&with(&[(1, 3), (4, 3), (8, 1)], false));
        assert_eq!((k.stage, k.regions), (KingsStage::Stage3, 3));
        // Items outside the three regions do not count.
        assert_eq!(
            kings(&with(&[(6, 0), (7, 0), (9, 0), (11, 0)], false)).stage,
            KingsStage::NoRegionInvolved
        );
    }

    #[test]
    fn kings_4b_before_4a() {
        // Gastrostomy alone: 4A.
        assert_eq!(kings(&with(&[], true)).stage, KingsStage::Stage4A);
        // Gastrostomy and item 12 < 4: 4B wins.
        assert_eq!(kings(&with(&[(12, 3)], true)).stage, KingsStage::Stage4B);
        // Gastrostomy and item 10 = 0: 4B wins.
        assert_eq!(kings(&with(&[(10, 0)], true)).stage, KingsStage::Stage4B);
        // Item 10 = 1 is not respiratory failure by this rule.
        assert_eq!(
            kings(&with(&[(10, 1)], false)).stage,
            KingsStage::NoRegionInvolved
        );
    }

    #[test]
    fn kings_5b_does_not_count_as_upper_limb() {
        let k = kings(&with(&[(5, 0), (12, 3)], true));
        assert!(!k.upper_limb);
        assert_eq!(k.stage, KingsStage::Stage4B);
    }

    #[test]
    fn mitos_communicating_needs_both() {
        // Speech 1 with handwriting 3 is not a lost domain.
        let m = mitos(&with(&[(1, 1), (4, 3)], false));
        assert!(!m.communicating);
        assert_eq!(m.stage, 0);
        let m = mitos(&with(&[(1, 1), (4, 1)], false));
        assert!(m.communicating);
        assert_eq!(m.stage, 1);
        assert!(!mitos(&with(&[(1, 4), (4, 0)], false)).communicating);
    }

    #[test]
    fn mitos_domains() {
        assert!(mitos(&with(&[(8, 1)], false)).movement);
        assert!(mitos(&with(&[(6, 1)], false)).movement);
        assert!(!mitos(&with(&[(8, 2), (6, 2)], false)).movement);
        assert!(mitos(&with(&[(3, 1)], false)).swallowing);
        assert!(!mitos(&with(&[(3, 2)], false)).swallowing);
        assert!(mitos(&with(&[(10, 1)], false)).breathing);
        assert!(mitos(&with(&[(12, 2)], false)).breathing);
        assert!(!mitos(&with(&[(10, 2), (12, 3)], false)).breathing);
        assert_eq!(mitos(&uniform("a", "2024-01-01", 0)).stage, 4);
        assert_eq!(mitos(&uniform("a", "2024-01-01", 4)).stage, 0);
    }
}
