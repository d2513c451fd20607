//! A small civil (proleptic Gregorian) calendar date.
//!
//! Chosen over the `time` crate: the library needs only a calendar date (no time of day,
//! no zones, no clock), ISO `YYYY-MM-DD`, validity with leap years, day differences and
//! "add N calendar months". That is ~200 tested lines with the days-from-civil algorithm
//! (Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms"), no dependency, and no
//! way to reach a system clock by accident in wasm32 (the caller passes "today" when a
//! check needs it).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// Earliest and latest year accepted at all (four digits).
pub const MIN_YEAR: i32 = 1;
pub const MAX_YEAR: i32 = 9999;

/// A calendar date. Field order makes the derived `Ord` chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD` (or, leniently, `YYYY/M/D`).
    #[error("not a date of the form YYYY-MM-DD")]
    Format,
    /// Well-formed but not a day of the calendar, e.g. `2023-02-29` or `2024-13-01`.
    #[error("no such day in the calendar")]
    NotReal,
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1–12) of `year`; 0 for a month outside 1–12.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, if it exists in the calendar and its year is within 1–9999.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year)
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
        {
            return Err(DateError::NotReal);
        }
        Ok(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Strict ISO 8601 calendar date: exactly `YYYY-MM-DD`, ASCII digits.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Format);
        }
        let year = digits(&b[0..4])?;
        let month = digits(&b[5..7])?;
        let day = digits(&b[8..10])?;
        Date::from_parts(year, month, day)
    }

    /// Year first, then month, then day, separated by `-`, `/` or `.` (one kind), month
    /// and day with one or two digits: `2024-03-01`, `2024/3/1`, `2024.03.1`. This is what
    /// spreadsheets in Chinese and ISO locales write. Day-first or month-first forms are
    /// refused because they are ambiguous.
    pub fn parse_lenient(text: &str) -> Result<Date, DateError> {
        let text = text.trim();
        let sep = match text.chars().find(|c| !c.is_ascii_digit()) {
            Some(c @ ('-' | '/' | '.')) => c,
            _ => return Err(DateError::Format),
        };
        let parts: Vec<&str> = text.split(sep).collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(DateError::Format);
        };
        if y.len() != 4 || !(1..=2).contains(&m.len()) || !(1..=2).contains(&d.len()) {
            return Err(DateError::Format);
        }
        Date::from_parts(
            digits(y.as_bytes())?,
            digits(m.as_bytes())?,
            digits(d.as_bytes())?,
        )
    }

    fn from_parts(year: u32, month: u32, day: u32) -> Result<Date, DateError> {
        let year = i32::try_from(year).map_err(|_| DateError::NotReal)?;
        let month = u8::try_from(month).map_err(|_| DateError::NotReal)?;
        let day = u8::try_from(day).map_err(|_| DateError::NotReal)?;
        Date::new(year, month, day)
    }

    /// Days since 1970-01-01 (negative before), by days-from-civil.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let m = i64::from(self.month);
        let d = i64::from(self.day);
        let era = y.div_euclid(400);
        let yoe = y - era * 400; // [0, 399]
        let mp = (m + 9) % 12; // March = 0
        let doy = (153 * mp + 2) / 5 + d - 1; // [0, 365]
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`] (civil-from-days); `None` outside 1–9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        let year = i32::try_from(year).ok()?;
        Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()
    }

    /// Signed number of days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// The same day `months` calendar months later; a day that the target month lacks is
    /// clamped to its last day (2024-01-31 + 1 month = 2024-02-29). `None` past year 9999.
    pub fn add_months(self, months: u32) -> Option<Date> {
        self.shift_months(i64::from(months))
    }

    /// The same day `months` calendar months earlier, clamped like
    /// [`Date::add_months`] (2024-03-31 − 1 month = 2024-02-29). `None` before year 1.
    pub fn sub_months(self, months: u32) -> Option<Date> {
        self.shift_months(-i64::from(months))
    }

    fn shift_months(self, months: i64) -> Option<Date> {
        let index = i64::from(self.year) * 12 + i64::from(self.month - 1) + months;
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = u8::try_from(index.rem_euclid(12) + 1).ok()?;
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day).ok()
    }
}

fn digits(b: &[u8]) -> Result<u32, DateError> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return Err(DateError::Format);
    }
    Ok(b.iter().fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0')))
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        Date::parse(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn epoch_and_known_days() {
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(d("1969-12-31").days_since_epoch(), -1);
        assert_eq!(d("2024-01-01").days_until(d("2025-01-01")), 366);
        assert_eq!(d("2023-01-01").days_until(d("2024-01-01")), 365);
        assert_eq!(d("2024-03-01").days_until(d("2024-02-28")), -2);
    }

    #[test]
    fn leap_years() {
        assert!(is_leap_year(2024) && is_leap_year(2000) && is_leap_year(1600));
        assert!(!is_leap_year(1900) && !is_leap_year(2023) && !is_leap_year(2100));
        assert!(Date::parse("2024-02-29").is_ok());
        assert_eq!(Date::parse("2023-02-29"), Err(DateError::NotReal));
        assert_eq!(Date::parse("1900-02-29"), Err(DateError::NotReal));
        assert!(Date::parse("2000-02-29").is_ok());
    }

    #[test]
    fn strict_parse_refuses_other_shapes() {
        for bad in [
            "2024-3-01",
            "2024/03/01",
            "24-03-01",
            "2024-03-01 ",
            "2024-03-0a",
            "",
            "+024-03-01",
            "2024-03-01T00:00",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError::Format), "{bad}");
        }
        assert_eq!(Date::parse("2024-13-01"), Err(DateError::NotReal));
        assert_eq!(Date::parse("2024-04-31"), Err(DateError::NotReal));
        assert_eq!(Date::parse("2024-00-10"), Err(DateError::NotReal));
        assert_eq!(Date::parse("0000-01-01"), Err(DateError::NotReal));
    }

    #[test]
    fn lenient_parse_accepts_year_first_forms_only() {
        assert_eq!(Date::parse_lenient("2024/3/1"), Ok(d("2024-03-01")));
        assert_eq!(Date::parse_lenient(" 2024-03-01 "), Ok(d("2024-03-01")));
        assert_eq!(Date::parse_lenient("2024.12.31"), Ok(d("2024-12-31")));
        assert_eq!(Date::parse_lenient("1/3/2024"), Err(DateError::Format));
        assert_eq!(Date::parse_lenient("2024/3-1"), Err(DateError::Format));
        assert_eq!(Date::parse_lenient("2024/02/30"), Err(DateError::NotReal));
        assert_eq!(Date::parse_lenient("2024/003/01"), Err(DateError::Format));
    }

    #[test]
    fn add_months_clamps_to_month_end() {
        assert_eq!(d("2024-01-31").add_months(1), Some(d("2024-02-29")));
        assert_eq!(d("2023-01-31").add_months(1), Some(d("2023-02-28")));
        assert_eq!(d("2024-08-15").add_months(6), Some(d("2025-02-15")));
        assert_eq!(d("2024-01-15").add_months(12), Some(d("2025-01-15")));
        assert_eq!(d("9999-12-01").add_months(1), None);
        assert_eq!(d("2024-03-31").sub_months(1), Some(d("2024-02-29")));
        assert_eq!(d("2025-01-15").sub_months(12), Some(d("2024-01-15")));
        assert_eq!(d("0001-01-01").sub_months(1), None);
    }

    #[test]
    fn display_and_serde() {
        assert_eq!(d("0042-01-09").to_string(), "0042-01-09");
        let json = serde_json::to_string(&d("2024-02-29")).unwrap();
        assert_eq!(json, "\"2024-02-29\"");
        let back: Date = serde_json::from_str(&json).unwrap();
        assert_eq!(back, d("2024-02-29"));
        assert!(serde_json::from_str::<Date>("\"2023-02-29\"").is_err());
    }

    proptest! {
        #[test]
        fn days_round_trip(days in -719_162i64..2_932_896) {
            let date = Date::from_days_since_epoch(days).unwrap();
            prop_assert_eq!(date.days_since_epoch(), days);
            prop_assert_eq!(Date::parse(&date.to_string()), Ok(date));
        }

        #[test]
        fn order_matches_day_count(a in -700_000i64..2_900_000, b in -700_000i64..2_900_000) {
            let (da, db) = (Date::from_days_since_epoch(a).unwrap(), Date::from_days_since_epoch(b).unwrap());
            prop_assert_eq!(da.cmp(&db), a.cmp(&b));
            prop_assert_eq!(da.days_until(db), b - a);
        }

        #[test]
        fn next_day_is_valid(y in 1i32..9999, m in 1u8..=12, day in 1u8..=31) {
            if let Ok(date) = Date::new(y, m, day) {
                let next = Date::from_days_since_epoch(date.days_since_epoch() + 1);
                if let Some(next) = next {
                    prop_assert!(next > date);
                    prop_assert!(next.day() == 1 || next.day() == date.day() + 1);
                }
            } else {
                prop_assert!(day > days_in_month(y, m));
            }
        }
    }
}
