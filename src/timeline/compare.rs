//! The before/after comparison in words: each side's monthly change with its standard
//! error, or why there is none; what else started, stopped or happened in the same
//! period; and always the reminder that this is one person's course, not proof of an
//! effect. Pure and tested natively.

use super::say::TimelineText;
use crate::i18n::{text, Fill, Lang};
use scales::timeline::{
    BeforeAfter, Change, InterventionName, MilestoneKind, MilestoneSource, MilestoneView, Side,
};

/// `-0.9` as "−0.9", `0.4` as "+0.4".
pub fn signed(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r < 0.0 {
        format!("−{:.1}", -r)
    } else if r > 0.0 {
        format!("+{r:.1}")
    } else {
        "0.0".to_string()
    }
}

pub fn milestone_name(lang: Lang, m: &MilestoneView) -> &'static str {
    text(
        lang,
        match (m.kind, &m.source) {
            (MilestoneKind::Onset, _) => TimelineText::MsOnset,
            (MilestoneKind::Diagnosis, _) => TimelineText::MsDiagnosis,
            (MilestoneKind::Gastrostomy, MilestoneSource::FirstAssessmentWith5b { .. }) => {
                TimelineText::MsGastrostomyFrom5b
            }
            (MilestoneKind::Gastrostomy, _) => TimelineText::MsGastrostomy,
            (MilestoneKind::NivStart, _) => TimelineText::MsNiv,
        },
    )
}

fn side(lang: Lang, s: &Side, name: &str, defined: TimelineText, short: TimelineText) -> String {
    let (from, to, n) = (
        s.from.to_string(),
        s.to.to_string(),
        s.assessments.len().to_string(),
    );
    let mut values = vec![("name", name), ("from", &from), ("to", &to), ("n", &n)];
    let trend = s.trend.value().map(|t| {
        (
            signed(t.slope_per_month),
            format!("{:.1}", t.standard_error),
        )
    });
    let key = match &trend {
        Some((slope, se)) => {
            values.extend([("slope", slope.as_str()), ("se", se.as_str())]);
            defined
        }
        None => short,
    };
    text(lang, key).fill(&values)
}

/// The paragraphs for one intervention; `name_of` gives an intervention's name.
pub fn words(
    lang: Lang,
    ba: &BeforeAfter,
    name_of: &dyn Fn(&InterventionName) -> String,
) -> Vec<String> {
    let name = name_of(&ba.name);
    let mut out = vec![
        side(
            lang,
            &ba.before,
            &name,
            TimelineText::SideBefore,
            TimelineText::SideBeforeShort,
        ),
        side(
            lang,
            &ba.after,
            &name,
            TimelineText::SideAfter,
            TimelineText::SideAfterShort,
        ),
    ];
    let mut items: Vec<(scales::Date, String)> = ba
        .others
        .iter()
        .map(|o| {
            let key = if o.change == Change::Started {
                TimelineText::OtherStarted
            } else {
                TimelineText::OtherStopped
            };
            let t =
                text(lang, key).fill(&[("date", &o.date.to_string()), ("name", &name_of(&o.name))]);
            (o.date, t)
        })
        .collect();
    items.extend(ba.milestones.iter().map(|m| {
        let t = text(lang, TimelineText::OtherMilestone).fill(&[
            ("date", &m.date.to_string()),
            ("what", milestone_name(lang, m)),
        ]);
        (m.date, t)
    }));
    items.sort_by_key(|a| a.0);
    let (from, to) = (ba.period_from.to_string(), ba.period_to.to_string());
    out.push(if items.is_empty() {
        text(lang, TimelineText::NothingElse).fill(&[("from", &from), ("to", &to)])
    } else {
        let list: Vec<String> = items.into_iter().map(|i| i.1).collect();
        let list = list.join(if lang == Lang::Zh { "；" } else { "; " });
        text(lang, TimelineText::AlsoInPeriod).fill(&[
            ("from", &from),
            ("to", &to),
            ("list", &list),
        ])
    });
    out.push(text(lang, TimelineText::CompareCaveat).fill(&[("name", &name)]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use scales::timeline::{before_after, Category, Intervention};
    use scales::{Assessment, Date, FilledBy, History, Items, RecordId, Stamp};

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn intervention(
        id: &str,
        name: &str,
        start: &str,
        stop: Option<&str>,
        stamp: u64,
    ) -> Intervention {
        Intervention {
            id: RecordId::new(id).unwrap(),
            name: InterventionName::Free(name.into()),
            category: Category::Medicine,
            dose: String::new(),
            frequency: String::new(),
            start: d(start),
            stop: stop.map(d),
            notes: String::new(),
            modified: Stamp(stamp),
        }
    }

    fn history() -> History {
        let mut h = History::new();
        // Totals 44, 43, 42 before 2024-04-01; 42, 42, 41 after.
        let dates = [
            "2024-01-01",
            "2024-02-01",
            "2024-03-01",
            "2024-04-15",
            "2024-05-15",
            "2024-06-15",
        ];
        let totals = [44u8, 43, 42, 42, 42, 41];
        for (k, (date, total)) in dates.iter().zip(totals).enumerate() {
            let mut scores = [4u8; 12];
            let mut left = 48 - total;
            for s in scores.iter_mut() {
                let take = left.min(4);
                *s -= take;
                left -= take;
            }
            let a = Assessment {
                id: RecordId::new(format!("a{k}")).unwrap(),
                date: d(date),
                filled_by: FilledBy::Self_,
                gastrostomy: false,
                items: Items::from_values(scores).unwrap(),
                notes: String::new(),
                modified: Stamp(10 + k as u64),
            };
            h.upsert(a).unwrap();
        }
        h.upsert_intervention(intervention("t1", "Drug A", "2024-04-01", None, 100))
            .unwrap();
        h.upsert_intervention(intervention("t2", "Vitamin E", "2024-05-01", None, 101))
            .unwrap();
        h
    }

    #[test]
    fn both_slopes_are_given_and_what_else_started_is_named() {
        let h = history();
        let ba = before_after(&h, &RecordId::new("t1").unwrap()).unwrap();
        let name = |n: &InterventionName| match n {
            InterventionName::Free(s) => s.clone(),
            InterventionName::Catalogue(id) => id.to_string(),
        };
        let en = words(Lang::En, &ba, &name);
        assert!(en[0].starts_with("Before “Drug A” started"), "{}", en[0]);
        assert!(
            en[0].contains("changed by −1.0 points a month")
                && en[0].contains("from 3 assessments"),
            "{}",
            en[0]
        );
        assert!(
            en[1].contains("from 3 assessments") && en[1].contains("standard error"),
            "{}",
            en[1]
        );
        assert!(
            en[2].contains("“Vitamin E” started on 2024-05-01"),
            "{}",
            en[2]
        );
        assert!(en[3].contains("does not show that “Drug A” caused"));
        let zh = words(Lang::Zh, &ba, &name);
        assert!(zh[2].contains("2024-05-01 开始“Vitamin E”"), "{}", zh[2]);
        assert!(zh[3].contains("不能说明差别是“Drug A”带来的"));
    }

    #[test]
    fn too_few_assessments_say_so_instead_of_a_number() {
        let mut h = history();
        h.upsert_intervention(intervention("t3", "Late", "2024-06-01", None, 102))
            .unwrap();
        let ba = before_after(&h, &RecordId::new("t3").unwrap()).unwrap();
        let en = words(Lang::En, &ba, &|_| "Late".into());
        assert!(
            en[1].contains("there are 1 assessments; at least 3"),
            "{}",
            en[1]
        );
        assert!(!en[1].contains("points a month"));
        assert_eq!(signed(-0.94), "−0.9");
        assert_eq!(signed(0.04), "0.0");
        assert_eq!(signed(1.25), "+1.3");
    }
}
