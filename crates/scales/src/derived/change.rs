//! The change between two assessments, with item 5 left out across a switch between
//! 5a and 5b (two different questions).

use crate::assessment::{Assessment, RecordId};
use crate::date::Date;
use serde::Serialize;

/// Change from the previous assessment to this one (this minus previous).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub previous_id: RecordId,
    pub previous_date: Date,
    pub days: i64,
    pub total: i16,
    pub bulbar: i16,
    pub fine_motor: i16,
    pub gross_motor: i16,
    pub respiratory: i16,
    /// One of the two answered 5a and the other 5b: item 5 is left out of `total` and
    /// `fine_motor` (two different questions cannot be compared).
    pub item_5_left_out: bool,
}

/// True when the list holds both versions of item 5 (5a and 5b).
pub fn mixes_item_5(list: &[&Assessment]) -> bool {
    list.iter().any(|a| a.gastrostomy) && list.iter().any(|a| !a.gastrostomy)
}

/// The change from `previous` to `current`; item 5 is left out across a switch between
/// 5a and 5b.
pub fn change(previous: &Assessment, current: &Assessment) -> Change {
    let without = previous.gastrostomy != current.gastrostomy;
    let ((pt, p), (ct, c)) = (previous.comparable(without), current.comparable(without));
    let d = |a: u8, b: u8| i16::from(b) - i16::from(a);
    Change {
        previous_id: previous.id.clone(),
        previous_date: previous.date,
        days: previous.date.days_until(current.date),
        total: d(pt, ct),
        bulbar: d(p.bulbar, c.bulbar),
        fine_motor: d(p.fine_motor, c.fine_motor),
        gross_motor: d(p.gross_motor, c.gross_motor),
        respiratory: d(p.respiratory, c.respiratory),
        item_5_left_out: without,
    }
}
