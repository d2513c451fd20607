//! The vocabulary of derived figures: a value or why there is none ([`Figure`],
//! [`Reason`]), which figure it is ([`FigureKey`]) and what source it cites
//! ([`CitationKey`]).

use serde::Serialize;

/// A figure's value, or why there is none.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Figure<T> {
    Defined { value: T },
    Undefined { reason: Reason },
}

impl<T> Figure<T> {
    pub fn value(&self) -> Option<&T> {
        match self {
            Figure::Defined { value } => Some(value),
            Figure::Undefined { .. } => None,
        }
    }

    pub fn reason(&self) -> Option<Reason> {
        match self {
            Figure::Defined { .. } => None,
            Figure::Undefined { reason } => Some(*reason),
        }
    }

    pub(crate) fn defined(value: T) -> Figure<T> {
        Figure::Defined { value }
    }

    pub(crate) fn undefined(reason: Reason) -> Figure<T> {
        Figure::Undefined { reason }
    }
}

/// Why a figure is undefined. Worded in `data/scales/alsfrs-r.json` (`reasons`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// ΔFS: no onset date stored.
    NoOnsetDate,
    /// ΔFS: onset after the assessment date.
    OnsetAfterAssessment,
    /// ΔFS: onset on the assessment date (zero months: no rate).
    OnsetSameDay,
    /// Change: the first assessment.
    NoPreviousAssessment,
    /// Trend: fewer than 3 assessments; reversal: fewer than 2.
    TooFewAssessments,
    /// Trend: every assessment on the same day.
    NoTimeSpan,
    /// Reversal: the history spans less than the window (6 or 12 months).
    HistoryTooShort,
}

impl Reason {
    pub const ALL: [Reason; 7] = [
        Reason::NoOnsetDate,
        Reason::OnsetAfterAssessment,
        Reason::OnsetSameDay,
        Reason::NoPreviousAssessment,
        Reason::TooFewAssessments,
        Reason::NoTimeSpan,
        Reason::HistoryTooShort,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::NoOnsetDate => "no_onset_date",
            Reason::OnsetAfterAssessment => "onset_after_assessment",
            Reason::OnsetSameDay => "onset_same_day",
            Reason::NoPreviousAssessment => "no_previous_assessment",
            Reason::TooFewAssessments => "too_few_assessments",
            Reason::NoTimeSpan => "no_time_span",
            Reason::HistoryTooShort => "history_too_short",
        }
    }
}

/// Where a figure comes from; full references in the definition's `citations`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum CitationKey {
    #[serde(rename = "cedarbaum1999")]
    Cedarbaum1999,
    #[serde(rename = "kimura2006")]
    Kimura2006,
    #[serde(rename = "balendra2014")]
    Balendra2014,
    #[serde(rename = "chio2015")]
    Chio2015,
    #[serde(rename = "bedlack2016")]
    Bedlack2016,
    /// The project notes, section 2.3 (the international reversal definition).
    #[serde(rename = "notes_2_3")]
    Notes2_3,
}

impl CitationKey {
    pub const ALL: [CitationKey; 6] = [
        CitationKey::Cedarbaum1999,
        CitationKey::Kimura2006,
        CitationKey::Balendra2014,
        CitationKey::Chio2015,
        CitationKey::Bedlack2016,
        CitationKey::Notes2_3,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CitationKey::Cedarbaum1999 => "cedarbaum1999",
            CitationKey::Kimura2006 => "kimura2006",
            CitationKey::Balendra2014 => "balendra2014",
            CitationKey::Chio2015 => "chio2015",
            CitationKey::Bedlack2016 => "bedlack2016",
            CitationKey::Notes2_3 => "notes_2_3",
        }
    }
}

/// Every figure the app shows; title and explanation live in the definition data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKey {
    Total,
    Subdomains,
    Change,
    DeltaFs,
    Kings,
    Mitos,
    #[serde(rename = "reversal_6m")]
    Reversal6m,
    #[serde(rename = "reversal_12m")]
    Reversal12m,
    Trend,
}

impl FigureKey {
    pub const ALL: [FigureKey; 9] = [
        FigureKey::Total,
        FigureKey::Subdomains,
        FigureKey::Change,
        FigureKey::DeltaFs,
        FigureKey::Kings,
        FigureKey::Mitos,
        FigureKey::Reversal6m,
        FigureKey::Reversal12m,
        FigureKey::Trend,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FigureKey::Total => "total",
            FigureKey::Subdomains => "subdomains",
            FigureKey::Change => "change",
            FigureKey::DeltaFs => "delta_fs",
            FigureKey::Kings => "kings",
            FigureKey::Mitos => "mitos",
            FigureKey::Reversal6m => "reversal_6m",
            FigureKey::Reversal12m => "reversal_12m",
            FigureKey::Trend => "trend",
        }
    }

    pub fn citation(self) -> CitationKey {
        match self {
            FigureKey::Total | FigureKey::Subdomains | FigureKey::Change | FigureKey::Trend => {
                CitationKey::Cedarbaum1999
            }
            FigureKey::DeltaFs => CitationKey::Kimura2006,
            FigureKey::Kings => CitationKey::Balendra2014,
            FigureKey::Mitos => CitationKey::Chio2015,
            FigureKey::Reversal6m => CitationKey::Notes2_3,
            FigureKey::Reversal12m => CitationKey::Bedlack2016,
        }
    }
}
