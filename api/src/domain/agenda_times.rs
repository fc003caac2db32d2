//! Times follow the order. When the sessions of a training day are reordered, the day's timed
//! sessions are laid out again from the day's first start: each keeps its duration, and the breaks
//! between the day's slots stay where they were (the break after the second slot stays after the
//! second session). So a moved session never shows 11:00 above 09:00.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

/// When a session starts and ends.
pub type Span = (DateTime<Utc>, DateTime<Utc>);

/// The shape of a day: when it starts and the breaks after each slot, from its spans as they are.
#[derive(Debug, Clone, PartialEq)]
pub struct DayShape {
    pub start: DateTime<Utc>,
    pub breaks: Vec<Duration>,
}

impl DayShape {
    /// The shape of a day with these spans; `None` when no session of the day has times.
    pub fn of(spans: &[Span]) -> Option<Self> {
        let mut sorted = spans.to_vec();
        sorted.sort();
        let start = sorted.first()?.0;
        let breaks = sorted
            .windows(2)
            .map(|pair| (pair[1].0 - pair[0].1).max(Duration::zero()))
            .collect();
        Some(Self { start, breaks })
    }

    /// A session arrives from another day at index `slot` among the timed sessions: it directly
    /// follows the session before it, and the break that followed that session now follows it.
    pub fn with_arrival(mut self, slot: usize) -> Self {
        let at = slot.saturating_sub(1).min(self.breaks.len());
        self.breaks.insert(at, Duration::zero());
        self
    }

    /// New spans for the timed sessions of `order` (the day in its new order, with current
    /// times); untimed sessions keep having none.
    pub fn lay_out(&self, order: &[(Uuid, Option<Span>)]) -> Vec<(Uuid, Span)> {
        let mut at = self.start;
        let mut laid = Vec::new();
        for (id, span) in order {
            let Some((starts, ends)) = span else { continue };
            let length = (*ends - *starts).max(Duration::zero());
            let span = (at, at + length);
            at = span.1 + self.breaks.get(laid.len()).copied().unwrap_or_default();
            laid.push((*id, span));
        }
        laid
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 2, h, m, 0)
            .single()
            .expect("a time")
    }

    #[test]
    fn moving_the_last_session_first_gives_it_the_morning_slot_and_keeps_lunch() {
        // 09:00–10:30, 10:30–12:00, lunch, 13:00–14:00
        let (a, b, c) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
        let spans = [
            (at(9, 0), at(10, 30)),
            (at(10, 30), at(12, 0)),
            (at(13, 0), at(14, 0)),
        ];
        let shape = DayShape::of(&spans).expect("timed");
        let laid = shape.lay_out(&[
            (c, Some(spans[2])),
            (a, Some(spans[0])),
            (b, Some(spans[1])),
        ]);
        assert_eq!(
            laid,
            vec![
                (c, (at(9, 0), at(10, 0))),
                (a, (at(10, 0), at(11, 30))),
                (b, (at(12, 30), at(14, 0))),
            ]
        );
    }

    #[test]
    fn an_arriving_session_follows_the_one_before_it_without_a_break() {
        let (a, b, new) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(9));
        let spans = [(at(9, 0), at(10, 0)), (at(11, 0), at(12, 0))];
        let shape = DayShape::of(&spans).expect("timed").with_arrival(1);
        let laid = shape.lay_out(&[
            (a, Some(spans[0])),
            (new, Some((at(15, 0), at(15, 45)))),
            (b, Some(spans[1])),
        ]);
        assert_eq!(laid[1], (new, (at(10, 0), at(10, 45))));
        assert_eq!(laid[2], (b, (at(11, 45), at(12, 45))));
    }

    #[test]
    fn a_day_without_times_has_no_shape_and_untimed_sessions_stay_untimed() {
        assert_eq!(DayShape::of(&[]), None);
        let shape = DayShape::of(&[(at(9, 0), at(10, 0))]).expect("timed");
        assert_eq!(shape.lay_out(&[(Uuid::from_u128(1), None)]), vec![]);
    }
}
