//! The form's draft and its steps (`super`), tested natively.

use super::*;

fn today() -> Date {
    Date::parse("2026-11-27").unwrap()
}

fn complete() -> Draft {
    let mut d = Draft::new(today());
    d.filled_by = Some(FilledByCode::Caregiver);
    d.gastrostomy = Some(true);
    for n in 1..=12 {
        d.set_answer(n, if n == 5 { 2 } else { 3 });
    }
    d
}

#[test]
fn a_new_draft_misses_everything_but_the_date() {
    let d = Draft::new(today());
    assert!(d.is_blank());
    let missing = d.missing(today());
    assert_eq!(missing[0], Missing::FilledBy);
    assert_eq!(missing[1], Missing::Gastrostomy);
    assert_eq!(missing.len(), 14);
    assert!(missing[2..].iter().all(|m| matches!(m, Missing::Answer(_))));
}

#[test]
fn a_complete_draft_becomes_an_assessment_with_5b() {
    let d = complete();
    let a = d
        .finish(RecordId::new("x").unwrap(), Stamp(9), today())
        .unwrap();
    assert_eq!(a.total(), 3 * 11 + 2);
    assert_eq!(a.item_5b(), Some(2));
    assert_eq!(a.item_5a(), None);
    assert_eq!(a.filled_by, FilledBy::Caregiver);
    assert_eq!(Draft::editing(&a).answers, d.answers);
}

#[test]
fn bad_dates_and_long_notes_are_named_with_their_step() {
    let mut d = complete();
    d.date = "2026-02-30".into();
    assert_eq!(
        d.missing(today()),
        vec![Missing::Date(Problem::DateNotReal)]
    );
    d.date = "2027-01-01".into();
    assert_eq!(
        d.missing(today()),
        vec![Missing::Date(Problem::DateInFuture)]
    );
    d.date = "1899-12-31".into();
    assert_eq!(
        d.missing(today()),
        vec![Missing::Date(Problem::DateTooEarly)]
    );
    d.date = "2026-11-27".into();
    d.notes = "x".repeat(2001);
    assert_eq!(d.missing(today()), vec![Missing::NotesTooLong]);
    assert_eq!(Missing::NotesTooLong.step(), REVIEW);
    assert_eq!(Missing::Answer(7).step(), 7);
    assert!(d
        .finish(RecordId::new("x").unwrap(), Stamp(1), today())
        .is_err());
}

#[test]
fn answers_outside_the_scale_are_ignored() {
    let mut d = Draft::new(today());
    d.set_answer(0, 3);
    d.set_answer(13, 3);
    d.set_answer(2, 5);
    assert_eq!(d.answered(), 0);
    d.set_answer(12, 0);
    assert_eq!(d.answer(12), Some(0));
}

#[test]
fn steps_stop_at_the_ends() {
    let mut d = Draft::new(today());
    assert_eq!(d.previous_step(), DETAILS);
    d.step = REVIEW;
    assert_eq!(d.next_step(), REVIEW);
    d.step = 12;
    assert_eq!(d.next_step(), REVIEW);
}

#[test]
fn item_five_follows_the_gastrostomy_answer() {
    assert_eq!(item_key(5, None), "5a");
    assert_eq!(item_key(5, Some(false)), "5a");
    assert_eq!(item_key(5, Some(true)), "5b");
    assert_eq!(item_key(11, Some(true)), "11");
}

#[test]
fn changing_the_gastrostomy_answer_asks_item_five_again() {
    let mut d = complete();
    assert_eq!(d.answer(5), Some(2));
    d.set_gastrostomy(true); // the same answer again: nothing changes
    assert_eq!(d.answer(5), Some(2));
    d.set_gastrostomy(false); // 5b -> 5a: the 5b score is not carried over
    assert_eq!(d.answer(5), None);
    assert_eq!(d.missing(today()), vec![Missing::Answer(5)]);
    d.set_answer(5, 4);
    d.set_gastrostomy(true);
    assert_eq!(d.answer(5), None);
    // Before any answer item 5 is shown as 5a: saying "no" keeps a 5a score.
    let mut fresh = Draft::new(today());
    fresh.set_answer(5, 3);
    fresh.set_gastrostomy(false);
    assert_eq!(fresh.answer(5), Some(3));
    // Every other answer stays.
    assert_eq!(d.answer(4), Some(3));
}

#[test]
fn date_steps_never_pass_today() {
    assert_eq!(step_date("2026-11-27", -1, today()), "2026-11-26");
    assert_eq!(step_date("2026-03-01", -1, today()), "2026-02-28");
    assert_eq!(step_date("2026-11-26", 1, today()), "2026-11-27");
    assert_eq!(step_date("2026-11-27", 1, today()), "2026-11-27");
    assert_eq!(step_date("2026-01-05", 0, today()), "2026-11-27");
    assert_eq!(step_date("", -1, today()), "2026-11-27");
}

#[test]
fn digit_keys_choose_scores() {
    assert_eq!(score_for_key("0"), Some(0));
    assert_eq!(score_for_key("4"), Some(4));
    assert_eq!(score_for_key("5"), None);
    assert_eq!(score_for_key("Enter"), None);
}

#[test]
fn stored_drafts_of_another_version_are_dropped() {
    let mut d = complete();
    assert!(Draft::from_stored(d.clone()).is_some());
    d.version = 99;
    assert!(Draft::from_stored(d).is_none());
}
