//! The four ALSFRS-R subdomains (Cedarbaum et al. 1999): bulbar = items 1–3, fine motor
//! = 4–6, gross motor = 7–9, respiratory = 10–12; each 0–12.

use serde::{Deserialize, Serialize};

/// The four ALSFRS-R subdomains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Subdomain {
    Bulbar,
    FineMotor,
    GrossMotor,
    Respiratory,
}

impl Subdomain {
    pub const ALL: [Subdomain; 4] = [
        Subdomain::Bulbar,
        Subdomain::FineMotor,
        Subdomain::GrossMotor,
        Subdomain::Respiratory,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Subdomain::Bulbar => "bulbar",
            Subdomain::FineMotor => "fine_motor",
            Subdomain::GrossMotor => "gross_motor",
            Subdomain::Respiratory => "respiratory",
        }
    }

    /// Items 1–3, 4–6, 7–9, 10–12.
    pub fn items(self) -> [u8; 3] {
        match self {
            Subdomain::Bulbar => [1, 2, 3],
            Subdomain::FineMotor => [4, 5, 6],
            Subdomain::GrossMotor => [7, 8, 9],
            Subdomain::Respiratory => [10, 11, 12],
        }
    }

    pub fn of_item(number: u8) -> Option<Subdomain> {
        Subdomain::ALL
            .into_iter()
            .find(|s| s.items().contains(&number))
    }
}

/// The four subdomain scores, each 0–12.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscores {
    pub bulbar: u8,
    pub fine_motor: u8,
    pub gross_motor: u8,
    pub respiratory: u8,
}

impl Subscores {
    pub fn get(&self, s: Subdomain) -> u8 {
        match s {
            Subdomain::Bulbar => self.bulbar,
            Subdomain::FineMotor => self.fine_motor,
            Subdomain::GrossMotor => self.gross_motor,
            Subdomain::Respiratory => self.respiratory,
        }
    }

    /// True when no subdomain is lower than in `baseline`.
    pub fn none_below(&self, baseline: &Subscores) -> bool {
        Subdomain::ALL
            .into_iter()
            .all(|s| self.get(s) >= baseline.get(s))
    }
}
