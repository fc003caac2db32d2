//! Local time in Europe/Berlin: CET (UTC+1) in winter, CEST (UTC+2) from the last Sunday of March
//! 01:00 UTC to the last Sunday of October 01:00 UTC (the EU rule, in force since 1996).

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday};

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let next_month = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    let mut day = next_month.unwrap_or_default() - Duration::days(1);
    while day.weekday() != Weekday::Sun {
        day -= Duration::days(1);
    }
    day
}

/// Whether summer time applies at this instant.
pub fn is_summer_time(at: DateTime<Utc>) -> bool {
    let year = at.year();
    let start = Utc.from_utc_datetime(
        &last_sunday(year, 3)
            .and_hms_opt(1, 0, 0)
            .unwrap_or_default(),
    );
    let end = Utc.from_utc_datetime(
        &last_sunday(year, 10)
            .and_hms_opt(1, 0, 0)
            .unwrap_or_default(),
    );
    at >= start && at < end
}

/// The offset from UTC in hours at this instant.
pub fn offset_hours(at: DateTime<Utc>) -> i64 {
    if is_summer_time(at) { 2 } else { 1 }
}

/// The wall-clock time in Berlin.
pub fn local(at: DateTime<Utc>) -> NaiveDateTime {
    at.naive_utc() + Duration::hours(offset_hours(at))
}

/// The iCalendar VTIMEZONE for Europe/Berlin.
pub const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nX-LIC-LOCATION:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("date")
            .with_timezone(&Utc)
    }

    #[test]
    fn switches_on_the_last_sundays_of_march_and_october() {
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(offset_hours(utc("2026-03-29T00:59:00Z")), 1);
        assert_eq!(offset_hours(utc("2026-03-29T01:00:00Z")), 2);
        assert_eq!(offset_hours(utc("2026-10-25T00:59:00Z")), 2);
        assert_eq!(offset_hours(utc("2026-10-25T01:00:00Z")), 1);
        assert_eq!(
            local(utc("2026-09-17T07:00:00Z")).to_string(),
            "2026-09-17 09:00:00"
        );
        assert_eq!(
            local(utc("2027-01-21T16:00:00Z")).to_string(),
            "2027-01-21 17:00:00"
        );
    }
}
