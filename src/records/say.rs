//! Strings the self-assessment and the timeline both show (`RecordText`).

crate::i18n::catalogue! {
    RecordText;
    ChartPartsTitle => "四个部分随时间的变化", "The four parts over time";
}
