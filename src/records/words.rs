//! The words for what the scales crate reports in codes, shared by the self-assessment
//! and the timeline: import and validation problems, changes an import would make,
//! King's stages, the four parts, who filled the form in (why a figure is undefined is
//! in the scale data). Each entry is a `[Chinese, English]` pair, so a missing language
//! does not compile; the tests reject untranslated entries.

use crate::i18n::Lang;
use scales::{ChangeKind, FilledBy, KingsStage, MeasurementKind, Problem, Subdomain};

fn pick(lang: Lang, [zh, en]: [&'static str; 2]) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

pub fn problem(lang: Lang, p: Problem) -> &'static str {
    use Problem::*;
    pick(
        lang,
        match p {
            EmptyFile => ["文件是空的。", "The file is empty."],
            NoRecords => ["文件里没有任何一次评估。", "The file holds no assessment."],
            TooManyRecords => [
                "文件里的评估太多，一次最多导入 5000 条。",
                "The file holds too many assessments; at most 5,000 can be imported at once.",
            ],
            CsvSyntax => [
                "CSV 格式有误（例如引号没有配对）。",
                "The CSV text is malformed (for example an unmatched quote).",
            ],
            JsonSyntax => [
                "JSON 格式有误，无法读取。",
                "The JSON text is malformed and cannot be read.",
            ],
            WrongFormat => [
                "这不是本应用导出的 ALSFRS-R 文件。",
                "This is not an ALSFRS-R file exported by this app.",
            ],
            NewerSchema => [
                "这个文件由更新版本的应用写成，请先更新应用。",
                "This file was written by a newer version of the app; update the app first.",
            ],
            UnknownSchema => [
                "文件的版本号无法识别。",
                "The file's version number is not known.",
            ],
            MissingColumn => ["缺少必需的列。", "A required column is missing."],
            UnknownColumn => [
                "这一列不属于本格式。",
                "This column is not part of the format.",
            ],
            DuplicateColumn => ["这一列出现了两次。", "This column appears twice."],
            WrongFieldCount => [
                "这一行的格子数和表头不一致。",
                "This row has a different number of cells than the header.",
            ],
            UnknownField => [
                "这个字段不属于本格式。",
                "This field is not part of the format.",
            ],
            WrongType => ["这个值的类型不对。", "This value has the wrong type."],
            MissingValue => ["缺少必填的值。", "A required value is missing."],
            NotAnInteger => ["不是整数。", "Not a whole number."],
            ScoreOutOfRange => [
                "得分只能是 0、1、2、3 或 4。",
                "A score must be 0, 1, 2, 3 or 4.",
            ],
            TotalMismatch => [
                "总分不等于各题得分之和。",
                "The total does not equal the sum of the answers.",
            ],
            DateFormat => [
                "日期要写成 年-月-日（例如 2024-03-01）。",
                "A date must be written YYYY-MM-DD (for example 2024-03-01).",
            ],
            DateNotReal => [
                "日历上没有这一天。",
                "There is no such day in the calendar.",
            ],
            DateTooEarly => ["日期早于 1900 年。", "The date is before 1900."],
            DateInFuture => ["日期在今天之后。", "The date is after today."],
            InvalidFilledBy => [
                "填写人只能是 self（本人）、caregiver（照护者）或 clinician（医生）。",
                "Who filled the form must be self, caregiver or clinician.",
            ],
            InvalidBool => ["这里只能填 yes 或 no。", "Expected yes or no."],
            Item5BothGiven => [
                "5a 和 5b 只能回答一个。",
                "Both 5a and 5b are answered; answer only one.",
            ],
            Item5Missing => ["5a 和 5b 都没有回答。", "Neither 5a nor 5b is answered."],
            Item5GastrostomyMismatch => [
                "没有胃造瘘时回答 5a，有胃造瘘时回答 5b。",
                "5a is for people without a gastrostomy and 5b for people with one.",
            ],
            InvalidId => [
                "编号只能由 1–64 个字母、数字和 . _ : - 组成。",
                "An id has 1–64 letters, digits and . _ : - only.",
            ],
            DuplicateId => [
                "同一个编号出现了两次。",
                "The same id appears twice.",
            ],
            InvalidStamp => [
                "修改标记必须是非负整数。",
                "The modification stamp must be a non-negative whole number.",
            ],
            NotesTooLong => [
                "备注超过 2000 个字。",
                "The notes are longer than 2,000 characters.",
            ],
            OnsetConflict => [
                "文件里给出了不同的发病日期。",
                "Different onset dates are given in the file.",
            ],
            InvalidRecordType => [
                "记录类型只能是 intervention（干预）、measurement（检测值）或 milestone（里程碑）。",
                "The record type must be intervention, measurement or milestone.",
            ],
            NotForThisRecord => [
                "这种记录不用这一列，请留空。",
                "This type of record does not use this column; leave it blank.",
            ],
            InvalidCategory => [
                "类别只能是 medicine、clinical_trial、supplement、tcm、therapy、device 或 other。",
                "The category must be medicine, clinical_trial, supplement, tcm, therapy, device or other.",
            ],
            InvalidMeasurementKind => [
                "检测项目只能是 nfl_serum、nfl_csf、fvc 或 weight。",
                "The measurement must be nfl_serum, nfl_csf, fvc or weight.",
            ],
            InvalidMilestoneKind => [
                "里程碑只能是 diagnosis（确诊）、gastrostomy（胃造瘘）或 niv_start（开始无创通气）。",
                "The milestone must be diagnosis, gastrostomy or niv_start.",
            ],
            OnsetInTimeline => [
                "发病日期只记一次，和评估放在一起（onset 列）。",
                "The onset date is kept once, with the assessments (the onset column).",
            ],
            NotANumber => ["不是数字。", "Not a number."],
            UnknownUnit { measure } => match measure {
                MeasurementKind::NflSerum | MeasurementKind::NflCsf => [
                    "这个单位不能用；NfL 请用 pg/mL、ng/L 或 ng/mL。",
                    "This unit is not accepted; for NfL use pg/mL, ng/L or ng/mL.",
                ],
                MeasurementKind::Fvc => [
                    "这个单位不能用；用力肺活量请填预计值的百分比（%）。",
                    "This unit is not accepted; give FVC as a percentage of predicted (%).",
                ],
                MeasurementKind::Weight => [
                    "这个单位不能用；体重请用 kg（公斤）、g 或 lb（磅）。“斤”各地不同，不能换算。",
                    "This unit is not accepted; give weight in kg, g or lb.",
                ],
            },
            ValueOutOfRange { measure } => match measure {
                MeasurementKind::NflSerum => [
                    "超出可接受的范围：血清 NfL 须大于 0、不超过 10000 pg/mL。请检查数字和单位。",
                    "Outside the accepted range: serum NfL must be above 0 and at most 10,000 pg/mL. Check the number and the unit.",
                ],
                MeasurementKind::NflCsf => [
                    "超出可接受的范围：脑脊液 NfL 须大于 0、不超过 100000 pg/mL。请检查数字和单位。",
                    "Outside the accepted range: CSF NfL must be above 0 and at most 100,000 pg/mL. Check the number and the unit.",
                ],
                MeasurementKind::Fvc => [
                    "超出可接受的范围：用力肺活量须大于 0%、不超过预计值的 200%。",
                    "Outside the accepted range: FVC must be above 0 % and at most 200 % of predicted.",
                ],
                MeasurementKind::Weight => [
                    "超出可接受的范围：体重须在 10 到 400 kg 之间。请检查数字和单位。",
                    "Outside the accepted range: weight must be from 10 to 400 kg. Check the number and the unit.",
                ],
            },
            StopBeforeStart => ["停止日期早于开始日期。", "The stop date is before the start date."],
            TextTooLong => ["文字超过 200 个字。", "The text is longer than 200 characters."],
            NameBothGiven => [
                "请在目录里的疗法（treatment）和自己填写的名称（name）中只选一个。",
                "Give either a treatment from the catalogue or a name, not both.",
            ],
        },
    )
}

pub fn change_kind(lang: Lang, k: ChangeKind) -> &'static str {
    pick(
        lang,
        match k {
            ChangeKind::Added => ["新增", "New"],
            ChangeKind::Updated => ["更新", "Updated"],
            ChangeKind::Unchanged => ["相同，不变", "Same, unchanged"],
            ChangeKind::Conflicting => [
                "与已保存的不同（已保存的较新）",
                "Differs from the saved one (the saved one is newer)",
            ],
        },
    )
}

pub fn kings_stage(lang: Lang, s: KingsStage) -> &'static str {
    pick(
        lang,
        match s {
            KingsStage::NoRegionInvolved => [
                "答案中没有显示受累的区域",
                "No region involved in these answers",
            ],
            KingsStage::Stage1 => ["1 期：一个区域受累", "Stage 1: one region involved"],
            KingsStage::Stage2 => ["2 期：两个区域受累", "Stage 2: two regions involved"],
            KingsStage::Stage3 => ["3 期：三个区域受累", "Stage 3: three regions involved"],
            KingsStage::Stage4A => [
                "4A 期：已经做了胃造瘘（放置了喂食管）",
                "Stage 4A: a gastrostomy (feeding tube) is in place",
            ],
            KingsStage::Stage4B => ["4B 期：需要呼吸支持", "Stage 4B: breathing support"],
        },
    )
}

/// Short names for table headings (the form and the figures use the full names).
pub fn subdomain_short(lang: Lang, s: Subdomain) -> &'static str {
    pick(
        lang,
        match s {
            Subdomain::Bulbar => ["延髓", "Bulbar"],
            Subdomain::FineMotor => ["精细运动", "Fine motor"],
            Subdomain::GrossMotor => ["粗大运动", "Gross motor"],
            Subdomain::Respiratory => ["呼吸", "Breathing"],
        },
    )
}

pub fn filled_by_short(lang: Lang, f: FilledBy) -> &'static str {
    pick(
        lang,
        match f {
            FilledBy::Self_ => ["本人", "Self"],
            FilledBy::Caregiver => ["照护者", "Caregiver"],
            FilledBy::Clinician => ["医生", "Clinician"],
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use scales::Problem;

    fn has_cjk(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    fn check(zh: &str, en: &str) {
        assert!(has_cjk(zh), "not Chinese: {zh}");
        assert!(!has_cjk(en) && !en.trim().is_empty(), "not English: {en}");
    }

    #[test]
    fn every_problem_is_worded_in_both_languages() {
        let all = [
            Problem::EmptyFile,
            Problem::NoRecords,
            Problem::CsvSyntax,
            Problem::ScoreOutOfRange,
            Problem::Item5GastrostomyMismatch,
            Problem::OnsetConflict,
            Problem::OnsetInTimeline,
            Problem::NameBothGiven,
        ];
        let measures = MeasurementKind::ALL.into_iter().flat_map(|measure| {
            [
                Problem::UnknownUnit { measure },
                Problem::ValueOutOfRange { measure },
            ]
        });
        for p in all.into_iter().chain(measures) {
            check(problem(Lang::Zh, p), problem(Lang::En, p));
        }
        for k in [ChangeKind::Added, ChangeKind::Conflicting] {
            check(change_kind(Lang::Zh, k), change_kind(Lang::En, k));
        }
        for s in Subdomain::ALL {
            check(subdomain_short(Lang::Zh, s), subdomain_short(Lang::En, s));
        }
        for f in FilledBy::ALL {
            check(filled_by_short(Lang::Zh, f), filled_by_short(Lang::En, f));
        }
        for s in [KingsStage::NoRegionInvolved, KingsStage::Stage4B] {
            check(kings_stage(Lang::Zh, s), kings_stage(Lang::En, s));
        }
    }
}
